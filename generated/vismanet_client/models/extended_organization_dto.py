from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class ExtendedOrganizationDto:
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

    organization_cd: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_type: str | Unset = UNSET
    file_tax_by_branches: bool | Unset = UNSET
    base_currency: str | Unset = UNSET
    main_address: MainAddressInExtendedOrganizationDto | Unset = UNSET
    main_contact: MainContactInExtendedOrganizationDto | Unset = UNSET
    delivery_address: DeliveryAddressInExtendedOrganizationDto | Unset = UNSET
    delivery_contact: DeliveryContactInExtendedOrganizationDto | Unset = UNSET
    corporate_id: str | Unset = UNSET
    vat_registration_id: str | Unset = UNSET
    default_country: DefaultCountryInExtendedOrganizationDto | Unset = UNSET
    industry_code: IndustryCodeInExtendedOrganizationDto | Unset = UNSET
    currency: CurrencyInExtendedOrganizationDto | Unset = UNSET
    vat_zone: VatZoneInExtendedOrganizationDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    ledger: LedgerInExtendedOrganizationDto | Unset = UNSET
    bank_settings: BankSettingsInExtendedOrganizationDto | Unset = UNSET
    branches: list[BranchNumberDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_cd = self.organization_cd

        name = self.name

        organization_type = self.organization_type

        file_tax_by_branches = self.file_tax_by_branches

        base_currency = self.base_currency

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_contact, Unset):
            main_contact = self.main_contact.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_contact, Unset):
            delivery_contact = self.delivery_contact.to_dict()

        corporate_id = self.corporate_id

        vat_registration_id = self.vat_registration_id

        default_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_country, Unset):
            default_country = self.default_country.to_dict()

        industry_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industry_code, Unset):
            industry_code = self.industry_code.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        bank_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_settings, Unset):
            bank_settings = self.bank_settings.to_dict()

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_cd is not UNSET:
            field_dict["organizationCd"] = organization_cd
        if name is not UNSET:
            field_dict["name"] = name
        if organization_type is not UNSET:
            field_dict["organizationType"] = organization_type
        if file_tax_by_branches is not UNSET:
            field_dict["fileTaxByBranches"] = file_tax_by_branches
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if main_contact is not UNSET:
            field_dict["mainContact"] = main_contact
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country
        if industry_code is not UNSET:
            field_dict["industryCode"] = industry_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if bank_settings is not UNSET:
            field_dict["bankSettings"] = bank_settings
        if branches is not UNSET:
            field_dict["branches"] = branches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.organization_cd = _rest.pop("organizationCd", UNSET)
        _instance.name = _rest.pop("name", UNSET)
        _instance.organization_type = _rest.pop("organizationType", UNSET)
        _instance.file_tax_by_branches = _rest.pop("fileTaxByBranches", UNSET)
        _instance.base_currency = _rest.pop("baseCurrency", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        _instance.main_address = (
            UNSET if _value is UNSET else _models.MainAddressInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = (
            UNSET if _value is UNSET else _models.MainContactInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("deliveryAddress", UNSET)
        _instance.delivery_address = (
            UNSET if _value is UNSET else _models.DeliveryAddressInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("deliveryContact", UNSET)
        _instance.delivery_contact = (
            UNSET if _value is UNSET else _models.DeliveryContactInExtendedOrganizationDto.from_dict(_value)
        )
        _instance.corporate_id = _rest.pop("corporateId", UNSET)
        _instance.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("defaultCountry", UNSET)
        _instance.default_country = (
            UNSET if _value is UNSET else _models.DefaultCountryInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("industryCode", UNSET)
        _instance.industry_code = (
            UNSET if _value is UNSET else _models.IndustryCodeInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.CurrencyInExtendedOrganizationDto.from_dict(_value)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInExtendedOrganizationDto.from_dict(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("ledger", UNSET)
        _instance.ledger = UNSET if _value is UNSET else _models.LedgerInExtendedOrganizationDto.from_dict(_value)
        _value = _rest.pop("bankSettings", UNSET)
        _instance.bank_settings = (
            UNSET if _value is UNSET else _models.BankSettingsInExtendedOrganizationDto.from_dict(_value)
        )
        _value = _rest.pop("branches", UNSET)
        _instance.branches = (
            UNSET
            if _value is UNSET
            else [_models.BranchNumberDto.from_dict(branches_item_data) for branches_item_data in _value]
        )
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
