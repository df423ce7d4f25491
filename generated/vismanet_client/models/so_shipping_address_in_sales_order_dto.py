from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_in_sales_order_address_dto import CountryInSalesOrderAddressDto
    from ..models.county_in_sales_order_address_dto import CountyInSalesOrderAddressDto


T = TypeVar("T", bound="SoShippingAddressInSalesOrderDto")


@_attrs_define
class SoShippingAddressInSalesOrderDto:
    """Delivery settings tab &gt; Delivery address section

    Attributes:
        override_address (bool | Unset): Override address &gt; A check box indicating that you want to override the
            default address information.
        address_id (int | Unset):
        address_line_1 (str | Unset): Address 1 &gt; The first line of the customer's/supplier's/company's/employee's
            contact address.
        address_line_2 (str | Unset): Address 2 &gt; The second line of the address.
        address_line_3 (str | Unset): Address 3 &gt; The third line of the address.
        postal_code (str | Unset): Postcode &gt; The postcode.
        city (str | Unset): City &gt; The city.
        country (CountryInSalesOrderAddressDto | Unset): Country &gt; The country.
        county (CountyInSalesOrderAddressDto | Unset): County &gt; The county or province.
    """

    override_address: bool | Unset = UNSET
    address_id: int | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: CountryInSalesOrderAddressDto | Unset = UNSET
    county: CountyInSalesOrderAddressDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_address = self.override_address

        address_id = self.address_id

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_address is not UNSET:
            field_dict["overrideAddress"] = override_address
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.country_in_sales_order_address_dto import CountryInSalesOrderAddressDto
        from ..models.county_in_sales_order_address_dto import CountyInSalesOrderAddressDto

        d = dict(src_dict)
        override_address = d.pop("overrideAddress", UNSET)

        address_id = d.pop("addressId", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryInSalesOrderAddressDto | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = CountryInSalesOrderAddressDto.from_dict(_country)

        _county = d.pop("county", UNSET)
        county: CountyInSalesOrderAddressDto | Unset
        if isinstance(_county, Unset):
            county = UNSET
        else:
            county = CountyInSalesOrderAddressDto.from_dict(_county)

        so_shipping_address_in_sales_order_dto = cls(
            override_address=override_address,
            address_id=address_id,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city=city,
            country=country,
            county=county,
        )

        so_shipping_address_in_sales_order_dto.additional_properties = d
        return so_shipping_address_in_sales_order_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
