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
    from ..models.bank_settings_in_branch_dto import BankSettingsInBranchDto
    from ..models.currency_in_branch_dto import CurrencyInBranchDto
    from ..models.default_country_in_branch_dto import DefaultCountryInBranchDto
    from ..models.delivery_address_in_branch_dto import DeliveryAddressInBranchDto
    from ..models.delivery_contact_in_branch_dto import DeliveryContactInBranchDto
    from ..models.industry_code_in_branch_dto import IndustryCodeInBranchDto
    from ..models.ledger_in_branch_dto import LedgerInBranchDto
    from ..models.main_address_in_branch_dto import MainAddressInBranchDto
    from ..models.main_contact_in_branch_dto import MainContactInBranchDto
    from ..models.vat_zone_in_branch_dto import VatZoneInBranchDto


T = TypeVar("T", bound="BranchDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "branch_id",
    "number",
    "name",
    "organization_id",
    "is_main_branch",
    "is_active",
    "last_modified_date_time",
    "corporate_id",
    "vat_registration_id",
    "main_address",
    "main_contact",
    "delivery_address",
    "delivery_contact",
    "default_country",
    "industry_code",
    "currency",
    "vat_zone",
    "ledger",
    "bank_settings",
)


@_attrs_define(repr=False)
class BranchDto(GeneratedModel):
    """
    Attributes:
        branch_id (int | Unset): The top part &gt; Branch ID* &gt; The unique identifier of the Branch
        number (str | Unset): Mandatory field: The top part &gt; Branch CD* &gt; The branch number , which you compose
            according to the rules defined by the BIZACCT segmented key.
        name (str | Unset): The top part &gt; Company name &gt; The name of the company.
        organization_id (int | Unset):
        is_main_branch (bool | Unset): The top part &gt; Is main organisation &gt; If you want this company to be the
            main company of your branches, select this check box.
        is_active (bool | Unset): The top part &gt; Is active branch.
        last_modified_date_time (datetime.datetime | Unset): System generated information. This information is not
            visible in the window.
        corporate_id (str | Unset): The Organisation details tab &gt; VAT registration info section &gt; Corporate ID
            &gt; The corporate ID of the company.
        vat_registration_id (str | Unset): The Organisation details tab &gt; VAT registration info section &gt; VAT
            registration ID &gt; The company registration ID for the country???s tax authority.
        main_address (MainAddressInBranchDto | Unset): The Organisation details tab &gt; The Main address section &gt;
        main_contact (MainContactInBranchDto | Unset): The Organisation details tab &gt;  The Main contact section &gt;
        delivery_address (DeliveryAddressInBranchDto | Unset): The Delivery settings tab &gt; Delivery address section
            &gt;
        delivery_contact (DeliveryContactInBranchDto | Unset): The Delivery settings tab &gt; Delivery contact section
            &gt;
        default_country (DefaultCountryInBranchDto | Unset): Mandatory field: The organisation details tab &gt;
            Configuration settings section &gt; Default country* &gt; The default country, which is the country of most of
            the company's customers and suppliers.
        industry_code (IndustryCodeInBranchDto | Unset): The Organisation details tab &gt; Configuration settings
            section &gt; Industry code &gt; The branch's industry code ID.
        currency (CurrencyInBranchDto | Unset): The Organisation details tab &gt; Base currency settings (shared)
            section &gt; This group of elements holds information that is shared among all branches of the company.
        vat_zone (VatZoneInBranchDto | Unset): The Delivery settings tab &gt; Delivery instruction section &gt; VAT zone
            ID &gt; The VAT zone of the delivery location.
        ledger (LedgerInBranchDto | Unset): The ledgers tab &gt; The ledger column and the Description column.
        bank_settings (BankSettingsInBranchDto | Unset): The payment settings tab.
    """

    branch_id: int | Unset | None = UNSET
    number: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    organization_id: int | Unset | None = UNSET
    is_main_branch: bool | Unset | None = UNSET
    is_active: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    corporate_id: str | Unset | None = UNSET
    vat_registration_id: str | Unset | None = UNSET
    main_address: MainAddressInBranchDto | Unset | None = UNSET
    main_contact: MainContactInBranchDto | Unset | None = UNSET
    delivery_address: DeliveryAddressInBranchDto | Unset | None = UNSET
    delivery_contact: DeliveryContactInBranchDto | Unset | None = UNSET
    default_country: DefaultCountryInBranchDto | Unset | None = UNSET
    industry_code: IndustryCodeInBranchDto | Unset | None = UNSET
    currency: CurrencyInBranchDto | Unset | None = UNSET
    vat_zone: VatZoneInBranchDto | Unset | None = UNSET
    ledger: LedgerInBranchDto | Unset | None = UNSET
    bank_settings: BankSettingsInBranchDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.branch_id
        if _value is not UNSET:
            field_dict["branchId"] = _value
        _value = self.number
        if _value is not UNSET:
            field_dict["number"] = _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value
        _value = self.organization_id
        if _value is not UNSET:
            field_dict["organizationId"] = _value
        _value = self.is_main_branch
        if _value is not UNSET:
            field_dict["isMainBranch"] = _value
        _value = self.is_active
        if _value is not UNSET:
            field_dict["isActive"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value
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
        _value = self.ledger
        if _value is not UNSET:
            field_dict["ledger"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.bank_settings
        if _value is not UNSET:
            field_dict["bankSettings"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not BranchDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.branch_id = _rest.pop("branchId", UNSET)
        self.number = _rest.pop("number", UNSET)
        self.name = _rest.pop("name", UNSET)
        self.organization_id = _rest.pop("organizationId", UNSET)
        self.is_main_branch = _rest.pop("isMainBranch", UNSET)
        self.is_active = _rest.pop("isActive", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.corporate_id = _rest.pop("corporateId", UNSET)
        self.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        self.main_address = (
            _models.MainAddressInBranchDto._vn_fill(_new(_models.MainAddressInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("mainContact", UNSET)
        self.main_contact = (
            _models.MainContactInBranchDto._vn_fill(_new(_models.MainContactInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryAddress", UNSET)
        self.delivery_address = (
            _models.DeliveryAddressInBranchDto._vn_fill(_new(_models.DeliveryAddressInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("deliveryContact", UNSET)
        self.delivery_contact = (
            _models.DeliveryContactInBranchDto._vn_fill(_new(_models.DeliveryContactInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultCountry", UNSET)
        self.default_country = (
            _models.DefaultCountryInBranchDto._vn_fill(_new(_models.DefaultCountryInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("industryCode", UNSET)
        self.industry_code = (
            _models.IndustryCodeInBranchDto._vn_fill(_new(_models.IndustryCodeInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.CurrencyInBranchDto._vn_fill(_new(_models.CurrencyInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInBranchDto._vn_fill(_new(_models.VatZoneInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("ledger", UNSET)
        self.ledger = (
            _models.LedgerInBranchDto._vn_fill(_new(_models.LedgerInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("bankSettings", UNSET)
        self.bank_settings = (
            _models.BankSettingsInBranchDto._vn_fill(_new(_models.BankSettingsInBranchDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("branch_id", "branchId", False, "int"),
        ("number", "number", False, "str"),
        ("name", "name", False, "str"),
        ("organization_id", "organizationId", False, "int"),
        ("is_main_branch", "isMainBranch", False, "bool"),
        ("is_active", "isActive", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("corporate_id", "corporateId", False, "str"),
        ("vat_registration_id", "vatRegistrationId", False, "str"),
        ("main_address", "mainAddress", False, ("model", "MainAddressInBranchDto")),
        ("main_contact", "mainContact", False, ("model", "MainContactInBranchDto")),
        ("delivery_address", "deliveryAddress", False, ("model", "DeliveryAddressInBranchDto")),
        ("delivery_contact", "deliveryContact", False, ("model", "DeliveryContactInBranchDto")),
        ("default_country", "defaultCountry", False, ("model", "DefaultCountryInBranchDto")),
        ("industry_code", "industryCode", False, ("model", "IndustryCodeInBranchDto")),
        ("currency", "currency", False, ("model", "CurrencyInBranchDto")),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInBranchDto")),
        ("ledger", "ledger", False, ("model", "LedgerInBranchDto")),
        ("bank_settings", "bankSettings", False, ("model", "BankSettingsInBranchDto")),
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


_Lazy = _lazy_twin(BranchDto)
