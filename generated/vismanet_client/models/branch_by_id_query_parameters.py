from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="BranchByIdQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "expand_address",
    "expand_contact",
    "expand_currency",
    "expand_vat_zone",
    "expand_ledger",
    "expand_industry_code",
    "expand_delivery_address",
    "expand_delivery_contact",
    "expand_default_country",
    "expand_bank_settings",
)


@_attrs_define(repr=False)
class BranchByIdQueryParameters(GeneratedModel):
    """
    Attributes:
        expand_address (bool | Unset): True to get main address for branch.
        expand_contact (bool | Unset): True to get main contact for a branch.
        expand_currency (bool | Unset): True to get base currency for a branch.
        expand_vat_zone (bool | Unset): True to get vat zone for a branch.
        expand_ledger (bool | Unset): True to get ledger for a branch.
        expand_industry_code (bool | Unset): True to get industry code for a branch.
        expand_delivery_address (bool | Unset): True to get delivery address for a branch.
        expand_delivery_contact (bool | Unset): True to get delivery contact for a branch.
        expand_default_country (bool | Unset): True to get default country for a branch.
        expand_bank_settings (bool | Unset): True to get payment settings for Branch.
    """

    expand_address: bool | Unset | None = UNSET
    expand_contact: bool | Unset | None = UNSET
    expand_currency: bool | Unset | None = UNSET
    expand_vat_zone: bool | Unset | None = UNSET
    expand_ledger: bool | Unset | None = UNSET
    expand_industry_code: bool | Unset | None = UNSET
    expand_delivery_address: bool | Unset | None = UNSET
    expand_delivery_contact: bool | Unset | None = UNSET
    expand_default_country: bool | Unset | None = UNSET
    expand_bank_settings: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.expand_address
        if _value is not UNSET:
            field_dict["expandAddress"] = _value
        _value = self.expand_contact
        if _value is not UNSET:
            field_dict["expandContact"] = _value
        _value = self.expand_currency
        if _value is not UNSET:
            field_dict["expandCurrency"] = _value
        _value = self.expand_vat_zone
        if _value is not UNSET:
            field_dict["expandVatZone"] = _value
        _value = self.expand_ledger
        if _value is not UNSET:
            field_dict["expandLedger"] = _value
        _value = self.expand_industry_code
        if _value is not UNSET:
            field_dict["expandIndustryCode"] = _value
        _value = self.expand_delivery_address
        if _value is not UNSET:
            field_dict["expandDeliveryAddress"] = _value
        _value = self.expand_delivery_contact
        if _value is not UNSET:
            field_dict["expandDeliveryContact"] = _value
        _value = self.expand_default_country
        if _value is not UNSET:
            field_dict["expandDefaultCountry"] = _value
        _value = self.expand_bank_settings
        if _value is not UNSET:
            field_dict["expandBankSettings"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BranchByIdQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.expand_address = _rest.pop("expandAddress", UNSET)
        self.expand_contact = _rest.pop("expandContact", UNSET)
        self.expand_currency = _rest.pop("expandCurrency", UNSET)
        self.expand_vat_zone = _rest.pop("expandVatZone", UNSET)
        self.expand_ledger = _rest.pop("expandLedger", UNSET)
        self.expand_industry_code = _rest.pop("expandIndustryCode", UNSET)
        self.expand_delivery_address = _rest.pop("expandDeliveryAddress", UNSET)
        self.expand_delivery_contact = _rest.pop("expandDeliveryContact", UNSET)
        self.expand_default_country = _rest.pop("expandDefaultCountry", UNSET)
        self.expand_bank_settings = _rest.pop("expandBankSettings", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("expand_address", "expandAddress", False, "bool"),
        ("expand_contact", "expandContact", False, "bool"),
        ("expand_currency", "expandCurrency", False, "bool"),
        ("expand_vat_zone", "expandVatZone", False, "bool"),
        ("expand_ledger", "expandLedger", False, "bool"),
        ("expand_industry_code", "expandIndustryCode", False, "bool"),
        ("expand_delivery_address", "expandDeliveryAddress", False, "bool"),
        ("expand_delivery_contact", "expandDeliveryContact", False, "bool"),
        ("expand_default_country", "expandDefaultCountry", False, "bool"),
        ("expand_bank_settings", "expandBankSettings", False, "bool"),
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


_Lazy = _lazy_twin(BranchByIdQueryParameters)
