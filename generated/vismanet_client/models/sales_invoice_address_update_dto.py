from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SalesInvoiceAddressUpdateDto")


@_attrs_define
class SalesInvoiceAddressUpdateDto:
    """
    Attributes:
        override_address (DtoValueOfNullableOfBoolean | Unset):
        address_line_1 (DtoValueOfString | Unset):
        address_line_2 (DtoValueOfString | Unset):
        address_line_3 (DtoValueOfString | Unset):
        postal_code (DtoValueOfString | Unset):
        city (DtoValueOfString | Unset):
        country_id (DtoValueOfString | Unset):
        county (DtoValueOfString | Unset):
    """

    override_address: DtoValueOfNullableOfBoolean | Unset = UNSET
    address_line_1: DtoValueOfString | Unset = UNSET
    address_line_2: DtoValueOfString | Unset = UNSET
    address_line_3: DtoValueOfString | Unset = UNSET
    postal_code: DtoValueOfString | Unset = UNSET
    city: DtoValueOfString | Unset = UNSET
    country_id: DtoValueOfString | Unset = UNSET
    county: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_address, Unset):
            override_address = self.override_address.to_dict()

        address_line_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_line_1, Unset):
            address_line_1 = self.address_line_1.to_dict()

        address_line_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_line_2, Unset):
            address_line_2 = self.address_line_2.to_dict()

        address_line_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_line_3, Unset):
            address_line_3 = self.address_line_3.to_dict()

        postal_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_code, Unset):
            postal_code = self.postal_code.to_dict()

        city: dict[str, Any] | Unset = UNSET
        if not isinstance(self.city, Unset):
            city = self.city.to_dict()

        country_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = self.country_id.to_dict()

        county: dict[str, Any] | Unset = UNSET
        if not isinstance(self.county, Unset):
            county = self.county.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if override_address is not UNSET:
            field_dict["overrideAddress"] = override_address
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
        if country_id is not UNSET:
            field_dict["countryId"] = country_id
        if county is not UNSET:
            field_dict["county"] = county

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _override_address = d.pop("overrideAddress", UNSET)
        override_address: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_override_address, Unset):
            override_address = UNSET
        else:
            override_address = DtoValueOfNullableOfBoolean.from_dict(_override_address)

        _address_line_1 = d.pop("addressLine1", UNSET)
        address_line_1: DtoValueOfString | Unset
        if isinstance(_address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = DtoValueOfString.from_dict(_address_line_1)

        _address_line_2 = d.pop("addressLine2", UNSET)
        address_line_2: DtoValueOfString | Unset
        if isinstance(_address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = DtoValueOfString.from_dict(_address_line_2)

        _address_line_3 = d.pop("addressLine3", UNSET)
        address_line_3: DtoValueOfString | Unset
        if isinstance(_address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = DtoValueOfString.from_dict(_address_line_3)

        _postal_code = d.pop("postalCode", UNSET)
        postal_code: DtoValueOfString | Unset
        if isinstance(_postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = DtoValueOfString.from_dict(_postal_code)

        _city = d.pop("city", UNSET)
        city: DtoValueOfString | Unset
        if isinstance(_city, Unset):
            city = UNSET
        else:
            city = DtoValueOfString.from_dict(_city)

        _country_id = d.pop("countryId", UNSET)
        country_id: DtoValueOfString | Unset
        if isinstance(_country_id, Unset):
            country_id = UNSET
        else:
            country_id = DtoValueOfString.from_dict(_country_id)

        _county = d.pop("county", UNSET)
        county: DtoValueOfString | Unset
        if isinstance(_county, Unset):
            county = UNSET
        else:
            county = DtoValueOfString.from_dict(_county)

        sales_invoice_address_update_dto = cls(
            override_address=override_address,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city=city,
            country_id=country_id,
            county=county,
        )

        sales_invoice_address_update_dto.additional_properties = d
        return sales_invoice_address_update_dto

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
