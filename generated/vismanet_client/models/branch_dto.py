from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.branch_id = _rest.pop("branchId", UNSET)
        _instance.number = _rest.pop("number", UNSET)
        _instance.name = _rest.pop("name", UNSET)
        _instance.organization_id = _rest.pop("organizationId", UNSET)
        _instance.is_main_branch = _rest.pop("isMainBranch", UNSET)
        _instance.is_active = _rest.pop("isActive", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.corporate_id = _rest.pop("corporateId", UNSET)
        _instance.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("mainAddress", UNSET)
        _instance.main_address = UNSET if _value is UNSET else _models.MainAddressInBranchDto.from_dict(_value)
        _value = _rest.pop("mainContact", UNSET)
        _instance.main_contact = UNSET if _value is UNSET else _models.MainContactInBranchDto.from_dict(_value)
        _value = _rest.pop("deliveryAddress", UNSET)
        _instance.delivery_address = UNSET if _value is UNSET else _models.DeliveryAddressInBranchDto.from_dict(_value)
        _value = _rest.pop("deliveryContact", UNSET)
        _instance.delivery_contact = UNSET if _value is UNSET else _models.DeliveryContactInBranchDto.from_dict(_value)
        _value = _rest.pop("defaultCountry", UNSET)
        _instance.default_country = UNSET if _value is UNSET else _models.DefaultCountryInBranchDto.from_dict(_value)
        _value = _rest.pop("industryCode", UNSET)
        _instance.industry_code = UNSET if _value is UNSET else _models.IndustryCodeInBranchDto.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.CurrencyInBranchDto.from_dict(_value)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInBranchDto.from_dict(_value)
        _value = _rest.pop("ledger", UNSET)
        _instance.ledger = UNSET if _value is UNSET else _models.LedgerInBranchDto.from_dict(_value)
        _value = _rest.pop("bankSettings", UNSET)
        _instance.bank_settings = UNSET if _value is UNSET else _models.BankSettingsInBranchDto.from_dict(_value)
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
