from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

T = TypeVar("T", bound="CustomerDirectDebitDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "mandate_id",
    "mandate_description",
    "date_of_signature",
    "is_default",
    "one_time",
    "bic",
    "iban",
    "last_collection_date",
    "max_amount",
    "expiration_date",
    "branch",
)


@_attrs_define(repr=False)
class CustomerDirectDebitDto(GeneratedModel):
    """
    Attributes:
        id (UUID | Unset):  Example: 00000000-0000-0000-0000-000000000000.
        mandate_id (str | Unset):
        mandate_description (str | Unset):
        date_of_signature (datetime.datetime | Unset):
        is_default (bool | Unset):
        one_time (bool | Unset):
        bic (str | Unset):
        iban (str | Unset):
        last_collection_date (datetime.datetime | Unset):
        max_amount (float | Unset):
        expiration_date (datetime.datetime | Unset):
        branch (str | Unset):
    """

    id: UUID | Unset | None = UNSET
    mandate_id: str | Unset | None = UNSET
    mandate_description: str | Unset | None = UNSET
    date_of_signature: datetime.datetime | Unset | None = UNSET
    is_default: bool | Unset | None = UNSET
    one_time: bool | Unset | None = UNSET
    bic: str | Unset | None = UNSET
    iban: str | Unset | None = UNSET
    last_collection_date: datetime.datetime | Unset | None = UNSET
    max_amount: float | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    branch: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.mandate_id
        if _value is not UNSET:
            field_dict["mandateId"] = _value
        _value = self.mandate_description
        if _value is not UNSET:
            field_dict["mandateDescription"] = _value
        _value = self.date_of_signature
        if _value is not UNSET:
            field_dict["dateOfSignature"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.is_default
        if _value is not UNSET:
            field_dict["isDefault"] = _value
        _value = self.one_time
        if _value is not UNSET:
            field_dict["oneTime"] = _value
        _value = self.bic
        if _value is not UNSET:
            field_dict["bic"] = _value
        _value = self.iban
        if _value is not UNSET:
            field_dict["iban"] = _value
        _value = self.last_collection_date
        if _value is not UNSET:
            field_dict["lastCollectionDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.max_amount
        if _value is not UNSET:
            field_dict["maxAmount"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerDirectDebitDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("id", UNSET)
        self.id = _parse_uuid(_value)
        self.mandate_id = _rest.pop("mandateId", UNSET)
        self.mandate_description = _rest.pop("mandateDescription", UNSET)
        _value = _rest.pop("dateOfSignature", UNSET)
        self.date_of_signature = _parse_datetime(_value)
        self.is_default = _rest.pop("isDefault", UNSET)
        self.one_time = _rest.pop("oneTime", UNSET)
        self.bic = _rest.pop("bic", UNSET)
        self.iban = _rest.pop("iban", UNSET)
        _value = _rest.pop("lastCollectionDate", UNSET)
        self.last_collection_date = _parse_datetime(_value)
        self.max_amount = _rest.pop("maxAmount", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.branch = _rest.pop("branch", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("id", "id", False, "uuid"),
        ("mandate_id", "mandateId", False, "str"),
        ("mandate_description", "mandateDescription", False, "str"),
        ("date_of_signature", "dateOfSignature", False, "datetime"),
        ("is_default", "isDefault", False, "bool"),
        ("one_time", "oneTime", False, "bool"),
        ("bic", "bic", False, "str"),
        ("iban", "iban", False, "str"),
        ("last_collection_date", "lastCollectionDate", False, "datetime"),
        ("max_amount", "maxAmount", False, "float"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("branch", "branch", False, "str"),
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


_Lazy = _lazy_twin(CustomerDirectDebitDto)
