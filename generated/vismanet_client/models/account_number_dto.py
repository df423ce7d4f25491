from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_number_dto_type import AccountNumberDtoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountNumberDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "external_code_1",
    "external_code_2",
    "active",
    "number",
    "description",
)


@_attrs_define(repr=False)
class AccountNumberDto:
    """
    Attributes:
        type_ (AccountNumberDtoType | Unset): Account &gt; The account number.
        external_code_1 (str | Unset): Account class &gt; The identifier of the account class.
        external_code_2 (str | Unset): Account class &gt; The name of the account class.
        active (bool | Unset):
        number (str | Unset): Number of item
        description (str | Unset): Name of item/description
    """

    type_: AccountNumberDtoType | Unset = UNSET
    external_code_1: str | Unset = UNSET
    external_code_2: str | Unset = UNSET
    active: bool | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        external_code_1 = self.external_code_1

        external_code_2 = self.external_code_2

        active = self.active

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_code_1 is not UNSET:
            field_dict["externalCode1"] = external_code_1
        if external_code_2 is not UNSET:
            field_dict["externalCode2"] = external_code_2
        if active is not UNSET:
            field_dict["active"] = active
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.external_code_1 = _rest.pop("externalCode1", UNSET)
        _instance.external_code_2 = _rest.pop("externalCode2", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.number = _rest.pop("number", UNSET)
        _instance.description = _rest.pop("description", UNSET)
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
