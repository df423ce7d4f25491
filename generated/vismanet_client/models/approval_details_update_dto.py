from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ApprovalDetailsUpdateDto")


@_attrs_define
class ApprovalDetailsUpdateDto:
    """
    Attributes:
        attachment_id (DtoValueOfString | Unset):
        comment (DtoValueOfString | Unset):
    """

    attachment_id: DtoValueOfString | Unset = UNSET
    comment: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment_id, Unset):
            attachment_id = self.attachment_id.to_dict()

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_id is not UNSET:
            field_dict["attachmentID"] = attachment_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _attachment_id = d.pop("attachmentID", UNSET)
        attachment_id: DtoValueOfString | Unset
        if isinstance(_attachment_id, Unset):
            attachment_id = UNSET
        else:
            attachment_id = DtoValueOfString.from_dict(_attachment_id)

        _comment = d.pop("comment", UNSET)
        comment: DtoValueOfString | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = DtoValueOfString.from_dict(_comment)

        approval_details_update_dto = cls(
            attachment_id=attachment_id,
            comment=comment,
        )

        approval_details_update_dto.additional_properties = d
        return approval_details_update_dto

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
