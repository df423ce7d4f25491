from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="BankSettingsInExtendedOrganizationDto")

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
class BankSettingsInExtendedOrganizationDto(GeneratedModel):
    """Bank Settings

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

    bank_name: str | Unset | None = UNSET
    bank_address_1: str | Unset | None = UNSET
    bank_address_2: str | Unset | None = UNSET
    bank_address_3: str | Unset | None = UNSET
    bank_country: str | Unset | None = UNSET
    iban: str | Unset | None = UNSET
    bban: str | Unset | None = UNSET
    bba_n2: str | Unset | None = UNSET
    bba_n3: str | Unset | None = UNSET
    bic: str | Unset | None = UNSET
    creditor_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.bank_name
        if _value is not UNSET:
            field_dict["bankName"] = _value
        _value = self.bank_address_1
        if _value is not UNSET:
            field_dict["bankAddress1"] = _value
        _value = self.bank_address_2
        if _value is not UNSET:
            field_dict["bankAddress2"] = _value
        _value = self.bank_address_3
        if _value is not UNSET:
            field_dict["bankAddress3"] = _value
        _value = self.bank_country
        if _value is not UNSET:
            field_dict["bankCountry"] = _value
        _value = self.iban
        if _value is not UNSET:
            field_dict["iban"] = _value
        _value = self.bban
        if _value is not UNSET:
            field_dict["bban"] = _value
        _value = self.bba_n2
        if _value is not UNSET:
            field_dict["bbaN2"] = _value
        _value = self.bba_n3
        if _value is not UNSET:
            field_dict["bbaN3"] = _value
        _value = self.bic
        if _value is not UNSET:
            field_dict["bic"] = _value
        _value = self.creditor_id
        if _value is not UNSET:
            field_dict["creditorId"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BankSettingsInExtendedOrganizationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.bank_name = _rest.pop("bankName", UNSET)
        self.bank_address_1 = _rest.pop("bankAddress1", UNSET)
        self.bank_address_2 = _rest.pop("bankAddress2", UNSET)
        self.bank_address_3 = _rest.pop("bankAddress3", UNSET)
        self.bank_country = _rest.pop("bankCountry", UNSET)
        self.iban = _rest.pop("iban", UNSET)
        self.bban = _rest.pop("bban", UNSET)
        self.bba_n2 = _rest.pop("bbaN2", UNSET)
        self.bba_n3 = _rest.pop("bbaN3", UNSET)
        self.bic = _rest.pop("bic", UNSET)
        self.creditor_id = _rest.pop("creditorId", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("bank_name", "bankName", False, "str"),
        ("bank_address_1", "bankAddress1", False, "str"),
        ("bank_address_2", "bankAddress2", False, "str"),
        ("bank_address_3", "bankAddress3", False, "str"),
        ("bank_country", "bankCountry", False, "str"),
        ("iban", "iban", False, "str"),
        ("bban", "bban", False, "str"),
        ("bba_n2", "bbaN2", False, "str"),
        ("bba_n3", "bbaN3", False, "str"),
        ("bic", "bic", False, "str"),
        ("creditor_id", "creditorId", False, "str"),
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


_Lazy = _lazy_twin(BankSettingsInExtendedOrganizationDto)
