from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDebitMandateDto")


@_attrs_define
class DirectDebitMandateDto:
    """This class represents a Customer Mandate

    Attributes:
        id (UUID | Unset): Mandate Guid as stored in the database. Example: 00000000-0000-0000-0000-000000000000.
        mandate_id (str | Unset): The id shown on Billing Address tab
        mandate_description (str | Unset): Mandate description show on Billing Address tab
    """

    id: UUID | Unset = UNSET
    mandate_id: str | Unset = UNSET
    mandate_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        mandate_id = self.mandate_id

        mandate_description = self.mandate_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mandate_id is not UNSET:
            field_dict["mandateId"] = mandate_id
        if mandate_description is not UNSET:
            field_dict["mandateDescription"] = mandate_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        mandate_id = d.pop("mandateId", UNSET)

        mandate_description = d.pop("mandateDescription", UNSET)

        direct_debit_mandate_dto = cls(
            id=id,
            mandate_id=mandate_id,
            mandate_description=mandate_description,
        )

        direct_debit_mandate_dto.additional_properties = d
        return direct_debit_mandate_dto

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
