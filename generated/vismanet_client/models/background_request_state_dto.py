from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class BackgroundRequestStateDto(GeneratedModel):
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

    id: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    status_code: int | Unset | None = UNSET
    received_utc: datetime.datetime | Unset | None = UNSET
    started_utc: datetime.datetime | Unset | None = UNSET
    finished_utc: datetime.datetime | Unset | None = UNSET
    webhook_address: str | Unset | None = UNSET
    error_message: str | Unset | None = UNSET
    reference: str | Unset | None = UNSET
    original_uri: str | Unset | None = UNSET
    has_response_content: bool | Unset | None = UNSET
    has_request_content: bool | Unset | None = UNSET
    content_location: str | Unset | None = UNSET
    response_headers: BackgroundRequestStateDtoResponseHeaders | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.status_code
        if _value is not UNSET:
            field_dict["statusCode"] = _value
        _value = self.received_utc
        if _value is not UNSET:
            field_dict["receivedUtc"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.started_utc
        if _value is not UNSET:
            field_dict["startedUtc"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.finished_utc
        if _value is not UNSET:
            field_dict["finishedUtc"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.webhook_address
        if _value is not UNSET:
            field_dict["webhookAddress"] = _value
        _value = self.error_message
        if _value is not UNSET:
            field_dict["errorMessage"] = _value
        _value = self.reference
        if _value is not UNSET:
            field_dict["reference"] = _value
        _value = self.original_uri
        if _value is not UNSET:
            field_dict["originalUri"] = _value
        _value = self.has_response_content
        if _value is not UNSET:
            field_dict["hasResponseContent"] = _value
        _value = self.has_request_content
        if _value is not UNSET:
            field_dict["hasRequestContent"] = _value
        _value = self.content_location
        if _value is not UNSET:
            field_dict["contentLocation"] = _value
        _value = self.response_headers
        if _value is not UNSET:
            field_dict["responseHeaders"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BackgroundRequestStateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.id = _rest.pop("id", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.status_code = _rest.pop("statusCode", UNSET)
        _value = _rest.pop("receivedUtc", UNSET)
        self.received_utc = _parse_datetime(_value)
        _value = _rest.pop("startedUtc", UNSET)
        self.started_utc = _parse_datetime(_value)
        _value = _rest.pop("finishedUtc", UNSET)
        self.finished_utc = _parse_datetime(_value)
        self.webhook_address = _rest.pop("webhookAddress", UNSET)
        self.error_message = _rest.pop("errorMessage", UNSET)
        self.reference = _rest.pop("reference", UNSET)
        self.original_uri = _rest.pop("originalUri", UNSET)
        self.has_response_content = _rest.pop("hasResponseContent", UNSET)
        self.has_request_content = _rest.pop("hasRequestContent", UNSET)
        self.content_location = _rest.pop("contentLocation", UNSET)
        _value = _rest.pop("responseHeaders", UNSET)
        self.response_headers = (
            _models.BackgroundRequestStateDtoResponseHeaders._vn_fill(
                _new(_models.BackgroundRequestStateDtoResponseHeaders), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("id", "id", False, "str"),
        ("status", "status", False, "str"),
        ("status_code", "statusCode", False, "int"),
        ("received_utc", "receivedUtc", False, "datetime"),
        ("started_utc", "startedUtc", False, "datetime"),
        ("finished_utc", "finishedUtc", False, "datetime"),
        ("webhook_address", "webhookAddress", False, "str"),
        ("error_message", "errorMessage", False, "str"),
        ("reference", "reference", False, "str"),
        ("original_uri", "originalUri", False, "str"),
        ("has_response_content", "hasResponseContent", False, "bool"),
        ("has_request_content", "hasRequestContent", False, "bool"),
        ("content_location", "contentLocation", False, "str"),
        ("response_headers", "responseHeaders", False, ("model", "BackgroundRequestStateDtoResponseHeaders")),
    )
    _vn_extra = None

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


_Lazy = _lazy_twin(BackgroundRequestStateDto)
