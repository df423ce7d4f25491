from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_metadata_update_dto_send_to_autoinvoice import AttachmentMetadataUpdateDtoSendToAutoinvoice


T = TypeVar("T", bound="AttachmentMetadataUpdateDto")


@_attrs_define
class AttachmentMetadataUpdateDto:
    """
    Attributes:
        send_to_autoinvoice (AttachmentMetadataUpdateDtoSendToAutoinvoice | Unset): The field SendToAutoinvoice only
            applies to files attached to Customer documents
    """

    send_to_autoinvoice: AttachmentMetadataUpdateDtoSendToAutoinvoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_to_autoinvoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_to_autoinvoice, Unset):
            send_to_autoinvoice = self.send_to_autoinvoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_to_autoinvoice is not UNSET:
            field_dict["sendToAutoinvoice"] = send_to_autoinvoice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment_metadata_update_dto_send_to_autoinvoice import (
            AttachmentMetadataUpdateDtoSendToAutoinvoice,
        )

        d = dict(src_dict)
        _send_to_autoinvoice = d.pop("sendToAutoinvoice", UNSET)
        send_to_autoinvoice: AttachmentMetadataUpdateDtoSendToAutoinvoice | Unset
        if isinstance(_send_to_autoinvoice, Unset):
            send_to_autoinvoice = UNSET
        else:
            send_to_autoinvoice = AttachmentMetadataUpdateDtoSendToAutoinvoice.from_dict(_send_to_autoinvoice)

        attachment_metadata_update_dto = cls(
            send_to_autoinvoice=send_to_autoinvoice,
        )

        attachment_metadata_update_dto.additional_properties = d
        return attachment_metadata_update_dto

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
