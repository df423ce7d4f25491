from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankSettingsInBranchDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "bank_name",
    "bank_address_1",
    "bank_address_2",
    "bank_address_3",
    "bank_country",
    "iban",
    "bban",
    "bba_n2",
    "bba_n3",
    "bic",
    "creditor_id",
)


@_attrs_define(repr=False)
class BankSettingsInBranchDto:
    """The payment settings tab.

    Attributes:
        bank_name (str | Unset): Bank name
        bank_address_1 (str | Unset): Bank address1
        bank_address_2 (str | Unset): BankAddress2
        bank_address_3 (str | Unset): BankAddress3
        bank_country (str | Unset): BankCountry
        iban (str | Unset): IBAN
        bban (str | Unset): BBAN
        bba_n2 (str | Unset): BBAN2
        bba_n3 (str | Unset): BBAN3
        bic (str | Unset): BIC
        creditor_id (str | Unset): CreditorId
    """

    bank_name: str | Unset = UNSET
    bank_address_1: str | Unset = UNSET
    bank_address_2: str | Unset = UNSET
    bank_address_3: str | Unset = UNSET
    bank_country: str | Unset = UNSET
    iban: str | Unset = UNSET
    bban: str | Unset = UNSET
    bba_n2: str | Unset = UNSET
    bba_n3: str | Unset = UNSET
    bic: str | Unset = UNSET
    creditor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_name = self.bank_name

        bank_address_1 = self.bank_address_1

        bank_address_2 = self.bank_address_2

        bank_address_3 = self.bank_address_3

        bank_country = self.bank_country

        iban = self.iban

        bban = self.bban

        bba_n2 = self.bba_n2

        bba_n3 = self.bba_n3

        bic = self.bic

        creditor_id = self.creditor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_address_1 is not UNSET:
            field_dict["bankAddress1"] = bank_address_1
        if bank_address_2 is not UNSET:
            field_dict["bankAddress2"] = bank_address_2
        if bank_address_3 is not UNSET:
            field_dict["bankAddress3"] = bank_address_3
        if bank_country is not UNSET:
            field_dict["bankCountry"] = bank_country
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bban is not UNSET:
            field_dict["bban"] = bban
        if bba_n2 is not UNSET:
            field_dict["bbaN2"] = bba_n2
        if bba_n3 is not UNSET:
            field_dict["bbaN3"] = bba_n3
        if bic is not UNSET:
            field_dict["bic"] = bic
        if creditor_id is not UNSET:
            field_dict["creditorId"] = creditor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.bank_name = _rest.pop("bankName", UNSET)
        _instance.bank_address_1 = _rest.pop("bankAddress1", UNSET)
        _instance.bank_address_2 = _rest.pop("bankAddress2", UNSET)
        _instance.bank_address_3 = _rest.pop("bankAddress3", UNSET)
        _instance.bank_country = _rest.pop("bankCountry", UNSET)
        _instance.iban = _rest.pop("iban", UNSET)
        _instance.bban = _rest.pop("bban", UNSET)
        _instance.bba_n2 = _rest.pop("bbaN2", UNSET)
        _instance.bba_n3 = _rest.pop("bbaN3", UNSET)
        _instance.bic = _rest.pop("bic", UNSET)
        _instance.creditor_id = _rest.pop("creditorId", UNSET)
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
