from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="SalesOrderAddressUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "override_address",
    "address_line_1",
    "address_line_2",
    "address_line_3",
    "postal_code",
    "city",
    "country_id",
    "county",
)


@_attrs_define(repr=False)
class SalesOrderAddressUpdateDto:
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("overrideAddress", UNSET)
        _instance.override_address = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("addressLine1", UNSET)
        _instance.address_line_1 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("addressLine2", UNSET)
        _instance.address_line_2 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("addressLine3", UNSET)
        _instance.address_line_3 = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("postalCode", UNSET)
        _instance.postal_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("city", UNSET)
        _instance.city = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("countryId", UNSET)
        _instance.country_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("county", UNSET)
        _instance.county = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        _instance.additional_properties = dict(_rest) if _rest else {}
        return _instance

    def __repr__(self) -> str:
        """Only the fields that are set: a Visma DTO has dozens of fields and a record usually fills a few."""
        fields = [f"{name}={value!r}" for name in _FIELD_NAMES if (value := getattr(self, name)) is not UNSET]
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

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
