from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalDetailsDto")


@_attrs_define
class ApprovalDetailsDto:
    """
    Attributes:
        attachment_id (str | Unset): The Approval details tab &gt; Default document &gt; The default document that
            includes the payments requiring approval.
        comment (str | Unset): The Approval details tab &gt; Comment &gt; The comment connected with the approval of the
            payments.
    """

    attachment_id: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_id = self.attachment_id

        comment = self.comment

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
        d = dict(src_dict)
        attachment_id = d.pop("attachmentID", UNSET)

        comment = d.pop("comment", UNSET)

        approval_details_dto = cls(
            attachment_id=attachment_id,
            comment=comment,
        )

        approval_details_dto.additional_properties = d
        return approval_details_dto

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
