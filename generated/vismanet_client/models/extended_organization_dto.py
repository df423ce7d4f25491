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
    from ..models.bank_settings_in_extended_organization_dto import BankSettingsInExtendedOrganizationDto
    from ..models.branch_number_dto import BranchNumberDto
    from ..models.currency_in_extended_organization_dto import CurrencyInExtendedOrganizationDto
    from ..models.default_country_in_extended_organization_dto import DefaultCountryInExtendedOrganizationDto
    from ..models.delivery_address_in_extended_organization_dto import DeliveryAddressInExtendedOrganizationDto
    from ..models.delivery_contact_in_extended_organization_dto import DeliveryContactInExtendedOrganizationDto
    from ..models.industry_code_in_extended_organization_dto import IndustryCodeInExtendedOrganizationDto
    from ..models.ledger_in_extended_organization_dto import LedgerInExtendedOrganizationDto
    from ..models.main_address_in_extended_organization_dto import MainAddressInExtendedOrganizationDto
    from ..models.main_contact_in_extended_organization_dto import MainContactInExtendedOrganizationDto
    from ..models.vat_zone_in_extended_organization_dto import VatZoneInExtendedOrganizationDto


T = TypeVar("T", bound="ExtendedOrganizationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "organization_cd",
    "name",
    "organization_type",
    "file_tax_by_branches",
    "base_currency",
    "main_address",
    "main_contact",
    "delivery_address",
    "delivery_contact",
    "corporate_id",
    "vat_registration_id",
    "default_country",
    "industry_code",
    "currency",
    "vat_zone",
    "last_modified_date_time",
    "ledger",
    "bank_settings",
    "branches",
)


@_attrs_define(repr=False)
class ExtendedOrganizationDto(GeneratedModel):
    """ExtendedOrganizationDto

    Attributes:
        organization_cd (str | Unset): Organization Cd
        name (str | Unset): Name
        organization_type (str | Unset): Organization Type
        file_tax_by_branches (bool | Unset): File Tax By Branches
        base_currency (str | Unset): Base Currency
        main_address (MainAddressInExtendedOrganizationDto | Unset): Main Address
        main_contact (MainContactInExtendedOrganizationDto | Unset): Main Contact
        delivery_address (DeliveryAddressInExtendedOrganizationDto | Unset): Delivery Address
        delivery_contact (DeliveryContactInExtendedOrganizationDto | Unset): Delivery Contact
        corporate_id (str | Unset): CorporateId
        vat_registration_id (str | Unset): VatRegistrationId
        default_country (DefaultCountryInExtendedOrganizationDto | Unset): Default Country
        industry_code (IndustryCodeInExtendedOrganizationDto | Unset): Industry Code
        currency (CurrencyInExtendedOrganizationDto | Unset): Currency
        vat_zone (VatZoneInExtendedOrganizationDto | Unset): Vat Zone
        last_modified_date_time (datetime.datetime | Unset): LastModifiedDateTime
        ledger (LedgerInExtendedOrganizationDto | Unset): Ledger
        bank_settings (BankSettingsInExtendedOrganizationDto | Unset): Bank Settings
        branches (list[BranchNumberDto] | Unset): Branches
    """

    organization_cd: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    organization_type: str | Unset | None = UNSET
    file_tax_by_branches: bool | Unset | None = UNSET
    base_currency: str | Unset | None = UNSET
    main_address: MainAddressInExtendedOrganizationDto | Unset | None = UNSET
    main_contact: MainContactInExtendedOrganizationDto | Unset | None = UNSET
    delivery_address: DeliveryAddressInExtendedOrganizationDto | Unset | None = UNSET
    delivery_contact: DeliveryContactInExtendedOrganizationDto | Unset | None = UNSET
    corporate_id: str | Unset | None = UNSET
    vat_registration_id: str | Unset | None = UNSET
    default_country: DefaultCountryInExtendedOrganizationDto | Unset | None = UNSET
    industry_code: IndustryCodeInExtendedOrganizationDto | Unset | None = UNSET
    currency: CurrencyInExtendedOrganizationDto | Unset | None = UNSET
    vat_zone: VatZoneInExtendedOrganizationDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    ledger: LedgerInExtendedOrganizationDto | Unset | None = UNSET
    bank_settings: BankSettingsInExtendedOrganizationDto | Unset | None = UNSET
    branches: list[BranchNumberDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.organization_cd
        if _value is not UNSET:
            field_dict["organizationCd"] = _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value
        _value = self.organization_type
        if _value is not UNSET:
            field_dict["organizationType"] = _value
        _value = self.file_tax_by_branches
        if _value is not UNSET:
            field_dict["fileTaxByBranches"] = _value
        _value = self.base_currency
        if _value is not UNSET:
            field_dict["baseCurrency"] = _value
        _value = self.main_address
        if _value is not UNSET:
            field_dict["mainAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.main_contact
        if _value is not UNSET:
            field_dict["mainContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.delivery_address
        if _value is not UNSET:
            field_dict["deliveryAddress"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.delivery_contact
        if _value is not UNSET:
            field_dict["deliveryContact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value
        _value = self.default_country
        if _value is not UNSET:
            field_dict["defaultCountry"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.industry_code
        if _value is not UNSET:
            field_dict["industryCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_settings
        if _value is not UNSET:
            field_dict["bankSettings"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branches
        if _value is not UNSET:
            field_dict["branches"] = (
                [
                    branches_item_data.to_dict()
                    if isinstance(branches_item_data, GeneratedModel)
                    else branches_item_data
                    for branches_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExtendedOrganizationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.organization_cd = _rest.pop("organizationCd", UNSET)
        self.name = _rest.pop("name", UNSET)
        self.organization_type = _rest.pop("organizationType", UNSET)
        self.file_tax_by_branches = _rest.pop("fileTaxByBranches", UNSET)
        self.base_currency = _rest.pop("baseCurrency", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        self.main_address = (
            _models.MainAddressInExtendedOrganizationDto._vn_fill(
                _new(_models.MainAddressInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainContact", UNSET)
        self.main_contact = (
            _models.MainContactInExtendedOrganizationDto._vn_fill(
                _new(_models.MainContactInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryAddress", UNSET)
        self.delivery_address = (
            _models.DeliveryAddressInExtendedOrganizationDto._vn_fill(
                _new(_models.DeliveryAddressInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryContact", UNSET)
        self.delivery_contact = (
            _models.DeliveryContactInExtendedOrganizationDto._vn_fill(
                _new(_models.DeliveryContactInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.corporate_id = _rest.pop("corporateId", UNSET)
        self.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("defaultCountry", UNSET)
        self.default_country = (
            _models.DefaultCountryInExtendedOrganizationDto._vn_fill(
                _new(_models.DefaultCountryInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("industryCode", UNSET)
        self.industry_code = (
            _models.IndustryCodeInExtendedOrganizationDto._vn_fill(
                _new(_models.IndustryCodeInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.CurrencyInExtendedOrganizationDto._vn_fill(_new(_models.CurrencyInExtendedOrganizationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInExtendedOrganizationDto._vn_fill(_new(_models.VatZoneInExtendedOrganizationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("ledger", UNSET)
        self.ledger = (
            _models.LedgerInExtendedOrganizationDto._vn_fill(_new(_models.LedgerInExtendedOrganizationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankSettings", UNSET)
        self.bank_settings = (
            _models.BankSettingsInExtendedOrganizationDto._vn_fill(
                _new(_models.BankSettingsInExtendedOrganizationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branches", UNSET)
        self.branches = (
            [
                _models.BranchNumberDto._vn_fill(_new(_models.BranchNumberDto), branches_item_data)
                if isinstance(branches_item_data, dict)
                else branches_item_data
                for branches_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("organization_cd", "organizationCd", False, "str"),
        ("name", "name", False, "str"),
        ("organization_type", "organizationType", False, "str"),
        ("file_tax_by_branches", "fileTaxByBranches", False, "bool"),
        ("base_currency", "baseCurrency", False, "str"),
        ("main_address", "mainAddress", False, ("model", "MainAddressInExtendedOrganizationDto")),
        ("main_contact", "mainContact", False, ("model", "MainContactInExtendedOrganizationDto")),
        ("delivery_address", "deliveryAddress", False, ("model", "DeliveryAddressInExtendedOrganizationDto")),
        ("delivery_contact", "deliveryContact", False, ("model", "DeliveryContactInExtendedOrganizationDto")),
        ("corporate_id", "corporateId", False, "str"),
        ("vat_registration_id", "vatRegistrationId", False, "str"),
        ("default_country", "defaultCountry", False, ("model", "DefaultCountryInExtendedOrganizationDto")),
        ("industry_code", "industryCode", False, ("model", "IndustryCodeInExtendedOrganizationDto")),
        ("currency", "currency", False, ("model", "CurrencyInExtendedOrganizationDto")),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInExtendedOrganizationDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("ledger", "ledger", False, ("model", "LedgerInExtendedOrganizationDto")),
        ("bank_settings", "bankSettings", False, ("model", "BankSettingsInExtendedOrganizationDto")),
        ("branches", "branches", False, ("list", ("model", "BranchNumberDto"))),
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


_Lazy = _lazy_twin(ExtendedOrganizationDto)
