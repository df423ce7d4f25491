from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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

        d = dict(src_dict)
        organization_cd = d.pop("organizationCd", UNSET)

        name = d.pop("name", UNSET)

        organization_type = d.pop("organizationType", UNSET)

        file_tax_by_branches = d.pop("fileTaxByBranches", UNSET)

        base_currency = d.pop("baseCurrency", UNSET)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: MainAddressInExtendedOrganizationDto | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = MainAddressInExtendedOrganizationDto.from_dict(_main_address)

        _main_contact = d.pop("mainContact", UNSET)
        main_contact: MainContactInExtendedOrganizationDto | Unset
        if isinstance(_main_contact, Unset):
            main_contact = UNSET
        else:
            main_contact = MainContactInExtendedOrganizationDto.from_dict(_main_contact)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: DeliveryAddressInExtendedOrganizationDto | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = DeliveryAddressInExtendedOrganizationDto.from_dict(_delivery_address)

        _delivery_contact = d.pop("deliveryContact", UNSET)
        delivery_contact: DeliveryContactInExtendedOrganizationDto | Unset
        if isinstance(_delivery_contact, Unset):
            delivery_contact = UNSET
        else:
            delivery_contact = DeliveryContactInExtendedOrganizationDto.from_dict(_delivery_contact)

        corporate_id = d.pop("corporateId", UNSET)

        vat_registration_id = d.pop("vatRegistrationId", UNSET)

        _default_country = d.pop("defaultCountry", UNSET)
        default_country: DefaultCountryInExtendedOrganizationDto | Unset
        if isinstance(_default_country, Unset):
            default_country = UNSET
        else:
            default_country = DefaultCountryInExtendedOrganizationDto.from_dict(_default_country)

        _industry_code = d.pop("industryCode", UNSET)
        industry_code: IndustryCodeInExtendedOrganizationDto | Unset
        if isinstance(_industry_code, Unset):
            industry_code = UNSET
        else:
            industry_code = IndustryCodeInExtendedOrganizationDto.from_dict(_industry_code)

        _currency = d.pop("currency", UNSET)
        currency: CurrencyInExtendedOrganizationDto | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CurrencyInExtendedOrganizationDto.from_dict(_currency)

        _vat_zone = d.pop("vatZone", UNSET)
        vat_zone: VatZoneInExtendedOrganizationDto | Unset
        if isinstance(_vat_zone, Unset):
            vat_zone = UNSET
        else:
            vat_zone = VatZoneInExtendedOrganizationDto.from_dict(_vat_zone)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _ledger = d.pop("ledger", UNSET)
        ledger: LedgerInExtendedOrganizationDto | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = LedgerInExtendedOrganizationDto.from_dict(_ledger)

        _bank_settings = d.pop("bankSettings", UNSET)
        bank_settings: BankSettingsInExtendedOrganizationDto | Unset
        if isinstance(_bank_settings, Unset):
            bank_settings = UNSET
        else:
            bank_settings = BankSettingsInExtendedOrganizationDto.from_dict(_bank_settings)

        _branches = d.pop("branches", UNSET)
        branches: list[BranchNumberDto] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = BranchNumberDto.from_dict(branches_item_data)

                branches.append(branches_item)

        extended_organization_dto = cls(
            organization_cd=organization_cd,
            name=name,
            organization_type=organization_type,
            file_tax_by_branches=file_tax_by_branches,
            base_currency=base_currency,
            main_address=main_address,
            main_contact=main_contact,
            delivery_address=delivery_address,
            delivery_contact=delivery_contact,
            corporate_id=corporate_id,
            vat_registration_id=vat_registration_id,
            default_country=default_country,
            industry_code=industry_code,
            currency=currency,
            vat_zone=vat_zone,
            last_modified_date_time=last_modified_date_time,
            ledger=ledger,
            bank_settings=bank_settings,
            branches=branches,
        )

        extended_organization_dto.additional_properties = d
        return extended_organization_dto

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
