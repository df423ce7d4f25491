from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


@_attrs_define
class BranchDto:
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

    branch_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    is_main_branch: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    corporate_id: str | Unset = UNSET
    vat_registration_id: str | Unset = UNSET
    main_address: MainAddressInBranchDto | Unset = UNSET
    main_contact: MainContactInBranchDto | Unset = UNSET
    delivery_address: DeliveryAddressInBranchDto | Unset = UNSET
    delivery_contact: DeliveryContactInBranchDto | Unset = UNSET
    default_country: DefaultCountryInBranchDto | Unset = UNSET
    industry_code: IndustryCodeInBranchDto | Unset = UNSET
    currency: CurrencyInBranchDto | Unset = UNSET
    vat_zone: VatZoneInBranchDto | Unset = UNSET
    ledger: LedgerInBranchDto | Unset = UNSET
    bank_settings: BankSettingsInBranchDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch_id = self.branch_id

        number = self.number

        name = self.name

        organization_id = self.organization_id

        is_main_branch = self.is_main_branch

        is_active = self.is_active

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        corporate_id = self.corporate_id

        vat_registration_id = self.vat_registration_id

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

        ledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger, Unset):
            ledger = self.ledger.to_dict()

        bank_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_settings, Unset):
            bank_settings = self.bank_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch_id is not UNSET:
            field_dict["branchId"] = branch_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if is_main_branch is not UNSET:
            field_dict["isMainBranch"] = is_main_branch
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if corporate_id is not UNSET:
            field_dict["corporateId"] = corporate_id
        if vat_registration_id is not UNSET:
            field_dict["vatRegistrationId"] = vat_registration_id
        if main_address is not UNSET:
            field_dict["mainAddress"] = main_address
        if main_contact is not UNSET:
            field_dict["mainContact"] = main_contact
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country
        if industry_code is not UNSET:
            field_dict["industryCode"] = industry_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if ledger is not UNSET:
            field_dict["ledger"] = ledger
        if bank_settings is not UNSET:
            field_dict["bankSettings"] = bank_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        d = dict(src_dict)
        branch_id = d.pop("branchId", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        is_main_branch = d.pop("isMainBranch", UNSET)

        is_active = d.pop("isActive", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        corporate_id = d.pop("corporateId", UNSET)

        vat_registration_id = d.pop("vatRegistrationId", UNSET)

        _main_address = d.pop("mainAddress", UNSET)
        main_address: MainAddressInBranchDto | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = MainAddressInBranchDto.from_dict(_main_address)

        _main_contact = d.pop("mainContact", UNSET)
        main_contact: MainContactInBranchDto | Unset
        if isinstance(_main_contact, Unset):
            main_contact = UNSET
        else:
            main_contact = MainContactInBranchDto.from_dict(_main_contact)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: DeliveryAddressInBranchDto | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = DeliveryAddressInBranchDto.from_dict(_delivery_address)

        _delivery_contact = d.pop("deliveryContact", UNSET)
        delivery_contact: DeliveryContactInBranchDto | Unset
        if isinstance(_delivery_contact, Unset):
            delivery_contact = UNSET
        else:
            delivery_contact = DeliveryContactInBranchDto.from_dict(_delivery_contact)

        _default_country = d.pop("defaultCountry", UNSET)
        default_country: DefaultCountryInBranchDto | Unset
        if isinstance(_default_country, Unset):
            default_country = UNSET
        else:
            default_country = DefaultCountryInBranchDto.from_dict(_default_country)

        _industry_code = d.pop("industryCode", UNSET)
        industry_code: IndustryCodeInBranchDto | Unset
        if isinstance(_industry_code, Unset):
            industry_code = UNSET
        else:
            industry_code = IndustryCodeInBranchDto.from_dict(_industry_code)

        _currency = d.pop("currency", UNSET)
        currency: CurrencyInBranchDto | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CurrencyInBranchDto.from_dict(_currency)

        _vat_zone = d.pop("vatZone", UNSET)
        vat_zone: VatZoneInBranchDto | Unset
        if isinstance(_vat_zone, Unset):
            vat_zone = UNSET
        else:
            vat_zone = VatZoneInBranchDto.from_dict(_vat_zone)

        _ledger = d.pop("ledger", UNSET)
        ledger: LedgerInBranchDto | Unset
        if isinstance(_ledger, Unset):
            ledger = UNSET
        else:
            ledger = LedgerInBranchDto.from_dict(_ledger)

        _bank_settings = d.pop("bankSettings", UNSET)
        bank_settings: BankSettingsInBranchDto | Unset
        if isinstance(_bank_settings, Unset):
            bank_settings = UNSET
        else:
            bank_settings = BankSettingsInBranchDto.from_dict(_bank_settings)

        branch_dto = cls(
            branch_id=branch_id,
            number=number,
            name=name,
            organization_id=organization_id,
            is_main_branch=is_main_branch,
            is_active=is_active,
            last_modified_date_time=last_modified_date_time,
            corporate_id=corporate_id,
            vat_registration_id=vat_registration_id,
            main_address=main_address,
            main_contact=main_contact,
            delivery_address=delivery_address,
            delivery_contact=delivery_contact,
            default_country=default_country,
            industry_code=industry_code,
            currency=currency,
            vat_zone=vat_zone,
            ledger=ledger,
            bank_settings=bank_settings,
        )

        branch_dto.additional_properties = d
        return branch_dto

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
