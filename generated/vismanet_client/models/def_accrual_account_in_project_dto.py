from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefAccrualAccountInProjectDto")


@_attrs_define
class DefAccrualAccountInProjectDto:
    """General ledger accounts tab &gt; Default values section &gt; Accrual account &gt; The default accrual account to be
    used in project transactions for the project.

        Attributes:
            type_ (str | Unset):
            number (str | Unset): Number of item
            description (str | Unset): Name of item/description
    """

    type_: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        number = self.number

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        def_accrual_account_in_project_dto = cls(
            type_=type_,
            number=number,
            description=description,
        )

        def_accrual_account_in_project_dto.additional_properties = d
        return def_accrual_account_in_project_dto

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
