from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_request_state_dto_response_headers import BackgroundRequestStateDtoResponseHeaders


T = TypeVar("T", bound="BackgroundRequestStateDto")


@_attrs_define
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
        from ..models.background_request_state_dto_response_headers import BackgroundRequestStateDtoResponseHeaders

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        status_code = d.pop("statusCode", UNSET)

        _received_utc = d.pop("receivedUtc", UNSET)
        received_utc: datetime.datetime | Unset
        if isinstance(_received_utc, Unset):
            received_utc = UNSET
        else:
            received_utc = datetime.datetime.fromisoformat(_received_utc)

        _started_utc = d.pop("startedUtc", UNSET)
        started_utc: datetime.datetime | Unset
        if isinstance(_started_utc, Unset):
            started_utc = UNSET
        else:
            started_utc = datetime.datetime.fromisoformat(_started_utc)

        _finished_utc = d.pop("finishedUtc", UNSET)
        finished_utc: datetime.datetime | Unset
        if isinstance(_finished_utc, Unset):
            finished_utc = UNSET
        else:
            finished_utc = datetime.datetime.fromisoformat(_finished_utc)

        webhook_address = d.pop("webhookAddress", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        reference = d.pop("reference", UNSET)

        original_uri = d.pop("originalUri", UNSET)

        has_response_content = d.pop("hasResponseContent", UNSET)

        has_request_content = d.pop("hasRequestContent", UNSET)

        content_location = d.pop("contentLocation", UNSET)

        _response_headers = d.pop("responseHeaders", UNSET)
        response_headers: BackgroundRequestStateDtoResponseHeaders | Unset
        if isinstance(_response_headers, Unset):
            response_headers = UNSET
        else:
            response_headers = BackgroundRequestStateDtoResponseHeaders.from_dict(_response_headers)

        background_request_state_dto = cls(
            id=id,
            status=status,
            status_code=status_code,
            received_utc=received_utc,
            started_utc=started_utc,
            finished_utc=finished_utc,
            webhook_address=webhook_address,
            error_message=error_message,
            reference=reference,
            original_uri=original_uri,
            has_response_content=has_response_content,
            has_request_content=has_request_content,
            content_location=content_location,
            response_headers=response_headers,
        )

        background_request_state_dto.additional_properties = d
        return background_request_state_dto

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
