from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_in_warehouse_address_dto import CountryInWarehouseAddressDto
    from ..models.county_in_warehouse_address_dto import CountyInWarehouseAddressDto


T = TypeVar("T", bound="AddressInWarehouseDto")


@_attrs_define
class AddressInWarehouseDto:
    """Address information tab &gt; Address section &gt;

    Attributes:
        address_id (int | Unset): Information retrieved from the system.
        address_type (str | Unset): Information retrieved from the system.
        validated (bool | Unset): Information retrieved from the system.
        address_line_1 (str | Unset): Address ! &gt; The first line in the address of the warehouse.
        address_line_2 (str | Unset): Address 2 &gt; The second line in the warehouse address.
        city (str | Unset): City &gt; The city of the warehouse address.
        country (CountryInWarehouseAddressDto | Unset): Country &gt; The country where the warehouse is located.
        county (CountyInWarehouseAddressDto | Unset): County &gt; The county where the warehouse is located.
        postal_code (str | Unset): Postcode &gt; The postcode relevant for the warehouse address.
    """

    address_id: int | Unset = UNSET
    address_type: str | Unset = UNSET
    validated: bool | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: CountryInWarehouseAddressDto | Unset = UNSET
    county: CountyInWarehouseAddressDto | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        address_type = self.address_type

        validated = self.validated

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if address_type is not UNSET:
            field_dict["addressType"] = address_type
        if validated is not UNSET:
            field_dict["validated"] = validated
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if county is not UNSET:
            field_dict["county"] = county
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.country_in_warehouse_address_dto import CountryInWarehouseAddressDto
        from ..models.county_in_warehouse_address_dto import CountyInWarehouseAddressDto

        d = dict(src_dict)
        address_id = d.pop("addressId", UNSET)

        address_type = d.pop("addressType", UNSET)

        validated = d.pop("validated", UNSET)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        city = d.pop("city", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryInWarehouseAddressDto | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = CountryInWarehouseAddressDto.from_dict(_country)

        _county = d.pop("county", UNSET)
        county: CountyInWarehouseAddressDto | Unset
        if isinstance(_county, Unset):
            county = UNSET
        else:
            county = CountyInWarehouseAddressDto.from_dict(_county)

        postal_code = d.pop("postalCode", UNSET)

        address_in_warehouse_dto = cls(
            address_id=address_id,
            address_type=address_type,
            validated=validated,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            country=country,
            county=county,
            postal_code=postal_code,
        )

        address_in_warehouse_dto.additional_properties = d
        return address_in_warehouse_dto

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
