from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookNotificationFeedbackDto")


@_attrs_define
class WebhookNotificationFeedbackDto:
    """
    Attributes:
        notification_id (UUID | Unset): The ID of the notification.
        source (str | Unset): The source of the notification
        description (str | Unset): The description text of the notification. Such as "Operation failed".
        is_success (bool | Unset): Was the notification successfully consumed: True or false.
    """

    notification_id: UUID | Unset = UNSET
    source: str | Unset = UNSET
    description: str | Unset = UNSET
    is_success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id: str | Unset = UNSET
        if not isinstance(self.notification_id, Unset):
            notification_id = str(self.notification_id)

        source = self.source

        description = self.description

        is_success = self.is_success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_id is not UNSET:
            field_dict["notificationId"] = notification_id
        if source is not UNSET:
            field_dict["source"] = source
        if description is not UNSET:
            field_dict["description"] = description
        if is_success is not UNSET:
            field_dict["isSuccess"] = is_success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _notification_id = d.pop("notificationId", UNSET)
        notification_id: UUID | Unset
        if isinstance(_notification_id, Unset):
            notification_id = UNSET
        else:
            notification_id = UUID(_notification_id)

        source = d.pop("source", UNSET)

        description = d.pop("description", UNSET)

        is_success = d.pop("isSuccess", UNSET)

        webhook_notification_feedback_dto = cls(
            notification_id=notification_id,
            source=source,
            description=description,
            is_success=is_success,
        )

        webhook_notification_feedback_dto.additional_properties = d
        return webhook_notification_feedback_dto

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
