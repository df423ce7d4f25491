from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
class BranchByIdQueryParameters:
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

    expand_address: bool | Unset = UNSET
    expand_contact: bool | Unset = UNSET
    expand_currency: bool | Unset = UNSET
    expand_vat_zone: bool | Unset = UNSET
    expand_ledger: bool | Unset = UNSET
    expand_industry_code: bool | Unset = UNSET
    expand_delivery_address: bool | Unset = UNSET
    expand_delivery_contact: bool | Unset = UNSET
    expand_default_country: bool | Unset = UNSET
    expand_bank_settings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expand_address = self.expand_address

        expand_contact = self.expand_contact

        expand_currency = self.expand_currency

        expand_vat_zone = self.expand_vat_zone

        expand_ledger = self.expand_ledger

        expand_industry_code = self.expand_industry_code

        expand_delivery_address = self.expand_delivery_address

        expand_delivery_contact = self.expand_delivery_contact

        expand_default_country = self.expand_default_country

        expand_bank_settings = self.expand_bank_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expand_address is not UNSET:
            field_dict["expandAddress"] = expand_address
        if expand_contact is not UNSET:
            field_dict["expandContact"] = expand_contact
        if expand_currency is not UNSET:
            field_dict["expandCurrency"] = expand_currency
        if expand_vat_zone is not UNSET:
            field_dict["expandVatZone"] = expand_vat_zone
        if expand_ledger is not UNSET:
            field_dict["expandLedger"] = expand_ledger
        if expand_industry_code is not UNSET:
            field_dict["expandIndustryCode"] = expand_industry_code
        if expand_delivery_address is not UNSET:
            field_dict["expandDeliveryAddress"] = expand_delivery_address
        if expand_delivery_contact is not UNSET:
            field_dict["expandDeliveryContact"] = expand_delivery_contact
        if expand_default_country is not UNSET:
            field_dict["expandDefaultCountry"] = expand_default_country
        if expand_bank_settings is not UNSET:
            field_dict["expandBankSettings"] = expand_bank_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.expand_address = _rest.pop("expandAddress", UNSET)
        _instance.expand_contact = _rest.pop("expandContact", UNSET)
        _instance.expand_currency = _rest.pop("expandCurrency", UNSET)
        _instance.expand_vat_zone = _rest.pop("expandVatZone", UNSET)
        _instance.expand_ledger = _rest.pop("expandLedger", UNSET)
        _instance.expand_industry_code = _rest.pop("expandIndustryCode", UNSET)
        _instance.expand_delivery_address = _rest.pop("expandDeliveryAddress", UNSET)
        _instance.expand_delivery_contact = _rest.pop("expandDeliveryContact", UNSET)
        _instance.expand_default_country = _rest.pop("expandDefaultCountry", UNSET)
        _instance.expand_bank_settings = _rest.pop("expandBankSettings", UNSET)
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
