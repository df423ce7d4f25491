from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class CustomerDirectDebitDto:
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

    id: UUID | Unset = UNSET
    mandate_id: str | Unset = UNSET
    mandate_description: str | Unset = UNSET
    date_of_signature: datetime.datetime | Unset = UNSET
    is_default: bool | Unset = UNSET
    one_time: bool | Unset = UNSET
    bic: str | Unset = UNSET
    iban: str | Unset = UNSET
    last_collection_date: datetime.datetime | Unset = UNSET
    max_amount: float | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    branch: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        mandate_id = self.mandate_id

        mandate_description = self.mandate_description

        date_of_signature: str | Unset = UNSET
        if not isinstance(self.date_of_signature, Unset):
            date_of_signature = self.date_of_signature.isoformat()

        is_default = self.is_default

        one_time = self.one_time

        bic = self.bic

        iban = self.iban

        last_collection_date: str | Unset = UNSET
        if not isinstance(self.last_collection_date, Unset):
            last_collection_date = self.last_collection_date.isoformat()

        max_amount = self.max_amount

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mandate_id is not UNSET:
            field_dict["mandateId"] = mandate_id
        if mandate_description is not UNSET:
            field_dict["mandateDescription"] = mandate_description
        if date_of_signature is not UNSET:
            field_dict["dateOfSignature"] = date_of_signature
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if one_time is not UNSET:
            field_dict["oneTime"] = one_time
        if bic is not UNSET:
            field_dict["bic"] = bic
        if iban is not UNSET:
            field_dict["iban"] = iban
        if last_collection_date is not UNSET:
            field_dict["lastCollectionDate"] = last_collection_date
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("id", UNSET)
        _instance.id = UNSET if _value is UNSET else UUID(_value)
        _instance.mandate_id = _rest.pop("mandateId", UNSET)
        _instance.mandate_description = _rest.pop("mandateDescription", UNSET)
        _value = _rest.pop("dateOfSignature", UNSET)
        _instance.date_of_signature = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.is_default = _rest.pop("isDefault", UNSET)
        _instance.one_time = _rest.pop("oneTime", UNSET)
        _instance.bic = _rest.pop("bic", UNSET)
        _instance.iban = _rest.pop("iban", UNSET)
        _value = _rest.pop("lastCollectionDate", UNSET)
        _instance.last_collection_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.max_amount = _rest.pop("maxAmount", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.branch = _rest.pop("branch", UNSET)
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
