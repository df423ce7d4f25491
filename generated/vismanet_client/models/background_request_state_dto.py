from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_request_state_dto_response_headers import BackgroundRequestStateDtoResponseHeaders


T = TypeVar("T", bound="BackgroundRequestStateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "status",
    "status_code",
    "received_utc",
    "started_utc",
    "finished_utc",
    "webhook_address",
    "error_message",
    "reference",
    "original_uri",
    "has_response_content",
    "has_request_content",
    "content_location",
    "response_headers",
)


@_attrs_define(repr=False)
class BackgroundRequestStateDto:
    """
    Attributes:
        id (str | Unset):
            Identifies a started background API operation
        status (str | Unset):
            Current status of a background API operation. Possible values are 'Started', 'Finished' and 'Failed'.
        status_code (int | Unset):
            The Http Status Code of the finished background API operation. Value is 0 when operation is not done.
        received_utc (datetime.datetime | Unset):
            Time when background API operation was requested
        started_utc (datetime.datetime | Unset):
            Time when processing of background API operation was started
        finished_utc (datetime.datetime | Unset):
            Time when background API operation was finished processing
        webhook_address (str | Unset):
            The webhook uri used to notify when background API operation is finished, or 'none' if no notification is
            configured
        error_message (str | Unset):
            Any error message during processing of background API operation request. Note that any error response from the
            actual endpoint can be obtained by calling the ContentLocation address from the webhook notifaction response or
            the background state document.
        reference (str | Unset):
        original_uri (str | Unset):
            The endpoint that was requested to be processed as a background API operation.
        has_response_content (bool | Unset):
            Indicates whether or not the background API operation ended with a response content. Value is updated only when
            background API operation is finished.
        has_request_content (bool | Unset):
            Indicates whether or not the background API operation request has a request content.
        content_location (str | Unset):
            The uri from where the client can get the response from the background API operation, if any is available.
        response_headers (BackgroundRequestStateDtoResponseHeaders | Unset):
            Any response headers from the finished background API operation.
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    status_code: int | Unset = UNSET
    received_utc: datetime.datetime | Unset = UNSET
    started_utc: datetime.datetime | Unset = UNSET
    finished_utc: datetime.datetime | Unset = UNSET
    webhook_address: str | Unset = UNSET
    error_message: str | Unset = UNSET
    reference: str | Unset = UNSET
    original_uri: str | Unset = UNSET
    has_response_content: bool | Unset = UNSET
    has_request_content: bool | Unset = UNSET
    content_location: str | Unset = UNSET
    response_headers: BackgroundRequestStateDtoResponseHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        status_code = self.status_code

        received_utc: str | Unset = UNSET
        if not isinstance(self.received_utc, Unset):
            received_utc = self.received_utc.isoformat()

        started_utc: str | Unset = UNSET
        if not isinstance(self.started_utc, Unset):
            started_utc = self.started_utc.isoformat()

        finished_utc: str | Unset = UNSET
        if not isinstance(self.finished_utc, Unset):
            finished_utc = self.finished_utc.isoformat()

        webhook_address = self.webhook_address

        error_message = self.error_message

        reference = self.reference

        original_uri = self.original_uri

        has_response_content = self.has_response_content

        has_request_content = self.has_request_content

        content_location = self.content_location

        response_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_headers, Unset):
            response_headers = self.response_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if received_utc is not UNSET:
            field_dict["receivedUtc"] = received_utc
        if started_utc is not UNSET:
            field_dict["startedUtc"] = started_utc
        if finished_utc is not UNSET:
            field_dict["finishedUtc"] = finished_utc
        if webhook_address is not UNSET:
            field_dict["webhookAddress"] = webhook_address
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if reference is not UNSET:
            field_dict["reference"] = reference
        if original_uri is not UNSET:
            field_dict["originalUri"] = original_uri
        if has_response_content is not UNSET:
            field_dict["hasResponseContent"] = has_response_content
        if has_request_content is not UNSET:
            field_dict["hasRequestContent"] = has_request_content
        if content_location is not UNSET:
            field_dict["contentLocation"] = content_location
        if response_headers is not UNSET:
            field_dict["responseHeaders"] = response_headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.id = _rest.pop("id", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.status_code = _rest.pop("statusCode", UNSET)
        _value = _rest.pop("receivedUtc", UNSET)
        _instance.received_utc = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("startedUtc", UNSET)
        _instance.started_utc = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("finishedUtc", UNSET)
        _instance.finished_utc = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.webhook_address = _rest.pop("webhookAddress", UNSET)
        _instance.error_message = _rest.pop("errorMessage", UNSET)
        _instance.reference = _rest.pop("reference", UNSET)
        _instance.original_uri = _rest.pop("originalUri", UNSET)
        _instance.has_response_content = _rest.pop("hasResponseContent", UNSET)
        _instance.has_request_content = _rest.pop("hasRequestContent", UNSET)
        _instance.content_location = _rest.pop("contentLocation", UNSET)
        _value = _rest.pop("responseHeaders", UNSET)
        _instance.response_headers = (
            UNSET if _value is UNSET else _models.BackgroundRequestStateDtoResponseHeaders.from_dict(_value)
        )
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
