from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.summary_in_customer_contract_dto_invoice_to import (
    SummaryInCustomerContractDtoInvoiceTo,
)
from ..models.summary_in_customer_contract_dto_invoicing_period import (
    SummaryInCustomerContractDtoInvoicingPeriod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_count_item_in_customer_contract_summary_dto import CaseCountItemInCustomerContractSummaryDto
    from ..models.invoice_account_in_customer_contract_summary_dto import InvoiceAccountInCustomerContractSummaryDto
    from ..models.location_name_description_dto import LocationNameDescriptionDto
    from ..models.owner_in_customer_contract_summary_dto import OwnerInCustomerContractSummaryDto
    from ..models.sales_person_in_customer_contract_summary_dto import SalesPersonInCustomerContractSummaryDto


T = TypeVar("T", bound="SummaryInCustomerContractDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "setup_date",
    "activation_date",
    "expiration_date",
    "termination_date",
    "mass_renewal",
    "renewal_point",
    "grace_period",
    "currency",
    "invoicing_schedule_starts_on",
    "invoicing_period",
    "last_invoicing_date",
    "next_invoicing_date",
    "invoice_to",
    "invoice_account",
    "invoice_location",
    "owner",
    "sales_person",
    "case_count_item",
)


@_attrs_define(repr=False)
class SummaryInCustomerContractDto:
    """Summary tab &gt;

    Attributes:
        setup_date (datetime.datetime | Unset): Mandatory field: Contract settings section &gt; Setup date* &gt; The
            date of contract setup.
        activation_date (datetime.datetime | Unset): Contract settings section &gt; Activation date &gt; The date to
            initiate the provision of the contract services.
        expiration_date (datetime.datetime | Unset): Contract settings section &gt; Expiration date &gt; The date when
            the contract expires.
        termination_date (datetime.datetime | Unset): Contract settings section &gt; Termination date &gt; The date when
            the contract will be cancelled; no services will be provided.
        mass_renewal (bool | Unset): Contract settings section &gt; Mass renewal &gt; A check box indicating renewal of
            all contract at expiration date.
        renewal_point (int | Unset): Contract settings section &gt; Renewal point &gt; The number of days before
            expiration where the renewal process are to begin.
        grace_period (int | Unset): Contract settings section &gt; Grace period &gt; The number of days after the
            expiration date where the contract can still be renewed.
        currency (str | Unset): Mandatory field: Contract settings section &gt; Currency* &gt; The currency used in the
            contract.
        invoicing_schedule_starts_on (datetime.datetime | Unset): Invoicing schedule section &gt; Invoice schedule
            starts on &gt; A read-only field that displays the start date of the first invoicing period.
        invoicing_period (SummaryInCustomerContractDtoInvoicingPeriod | Unset): Mandatory field: Invoicing schedule
            section &gt; Invoicing period* &gt; The type of invoicing schedule, which can be one of the following options:
            Weekly, Monthly; Quarterly, Half a year, Yearly, On demand, Statement based.
        last_invoicing_date (datetime.datetime | Unset): Invoicing schedule section &gt; Last invoicing date &gt; A
            read-only field that shows the date when the invoicing was performed most recently.
        next_invoicing_date (datetime.datetime | Unset): Invoicing schedule section &gt; Next invoicing date &gt; The
            date of the next invoicing invoice, according to the invoicing schedule.
        invoice_to (SummaryInCustomerContractDtoInvoiceTo | Unset): Invoice information section &gt; Invoice to &gt; The
            setting that defines the customer account to be invoiced for a contract. The following options are available:
            Parent account, Customer account, Specific account.
        invoice_account (InvoiceAccountInCustomerContractSummaryDto | Unset): Invoice information section &gt; Account
            &gt; 	The specific account that is to be invoiced for contract services.
        invoice_location (LocationNameDescriptionDto | Unset):
        owner (OwnerInCustomerContractSummaryDto | Unset): Contract management section &gt; Owner &gt; The owner of the
            contract.
        sales_person (SalesPersonInCustomerContractSummaryDto | Unset): Contract management &gt; Salesperson &gt; The
            salesperson associated with the contract.
        case_count_item (CaseCountItemInCustomerContractSummaryDto | Unset): Contract management section &gt; Case count
            item &gt; A non-stock item used for counting cases associated with the contract.
    """

    setup_date: datetime.datetime | Unset = UNSET
    activation_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    termination_date: datetime.datetime | Unset = UNSET
    mass_renewal: bool | Unset = UNSET
    renewal_point: int | Unset = UNSET
    grace_period: int | Unset = UNSET
    currency: str | Unset = UNSET
    invoicing_schedule_starts_on: datetime.datetime | Unset = UNSET
    invoicing_period: SummaryInCustomerContractDtoInvoicingPeriod | Unset = UNSET
    last_invoicing_date: datetime.datetime | Unset = UNSET
    next_invoicing_date: datetime.datetime | Unset = UNSET
    invoice_to: SummaryInCustomerContractDtoInvoiceTo | Unset = UNSET
    invoice_account: InvoiceAccountInCustomerContractSummaryDto | Unset = UNSET
    invoice_location: LocationNameDescriptionDto | Unset = UNSET
    owner: OwnerInCustomerContractSummaryDto | Unset = UNSET
    sales_person: SalesPersonInCustomerContractSummaryDto | Unset = UNSET
    case_count_item: CaseCountItemInCustomerContractSummaryDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup_date: str | Unset = UNSET
        if not isinstance(self.setup_date, Unset):
            setup_date = self.setup_date.isoformat()

        activation_date: str | Unset = UNSET
        if not isinstance(self.activation_date, Unset):
            activation_date = self.activation_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        termination_date: str | Unset = UNSET
        if not isinstance(self.termination_date, Unset):
            termination_date = self.termination_date.isoformat()

        mass_renewal = self.mass_renewal

        renewal_point = self.renewal_point

        grace_period = self.grace_period

        currency = self.currency

        invoicing_schedule_starts_on: str | Unset = UNSET
        if not isinstance(self.invoicing_schedule_starts_on, Unset):
            invoicing_schedule_starts_on = self.invoicing_schedule_starts_on.isoformat()

        invoicing_period: str | Unset = UNSET
        if not isinstance(self.invoicing_period, Unset):
            invoicing_period = self.invoicing_period

        last_invoicing_date: str | Unset = UNSET
        if not isinstance(self.last_invoicing_date, Unset):
            last_invoicing_date = self.last_invoicing_date.isoformat()

        next_invoicing_date: str | Unset = UNSET
        if not isinstance(self.next_invoicing_date, Unset):
            next_invoicing_date = self.next_invoicing_date.isoformat()

        invoice_to: str | Unset = UNSET
        if not isinstance(self.invoice_to, Unset):
            invoice_to = self.invoice_to

        invoice_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_account, Unset):
            invoice_account = self.invoice_account.to_dict()

        invoice_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_location, Unset):
            invoice_location = self.invoice_location.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        case_count_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.case_count_item, Unset):
            case_count_item = self.case_count_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setup_date is not UNSET:
            field_dict["setupDate"] = setup_date
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if termination_date is not UNSET:
            field_dict["terminationDate"] = termination_date
        if mass_renewal is not UNSET:
            field_dict["massRenewal"] = mass_renewal
        if renewal_point is not UNSET:
            field_dict["renewalPoint"] = renewal_point
        if grace_period is not UNSET:
            field_dict["gracePeriod"] = grace_period
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoicing_schedule_starts_on is not UNSET:
            field_dict["invoicingScheduleStartsOn"] = invoicing_schedule_starts_on
        if invoicing_period is not UNSET:
            field_dict["invoicingPeriod"] = invoicing_period
        if last_invoicing_date is not UNSET:
            field_dict["lastInvoicingDate"] = last_invoicing_date
        if next_invoicing_date is not UNSET:
            field_dict["nextInvoicingDate"] = next_invoicing_date
        if invoice_to is not UNSET:
            field_dict["invoiceTo"] = invoice_to
        if invoice_account is not UNSET:
            field_dict["invoiceAccount"] = invoice_account
        if invoice_location is not UNSET:
            field_dict["invoiceLocation"] = invoice_location
        if owner is not UNSET:
            field_dict["owner"] = owner
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if case_count_item is not UNSET:
            field_dict["caseCountItem"] = case_count_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("setupDate", UNSET)
        _instance.setup_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("activationDate", UNSET)
        _instance.activation_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("terminationDate", UNSET)
        _instance.termination_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.mass_renewal = _rest.pop("massRenewal", UNSET)
        _instance.renewal_point = _rest.pop("renewalPoint", UNSET)
        _instance.grace_period = _rest.pop("gracePeriod", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("invoicingScheduleStartsOn", UNSET)
        _instance.invoicing_schedule_starts_on = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.invoicing_period = _rest.pop("invoicingPeriod", UNSET)
        _value = _rest.pop("lastInvoicingDate", UNSET)
        _instance.last_invoicing_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("nextInvoicingDate", UNSET)
        _instance.next_invoicing_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.invoice_to = _rest.pop("invoiceTo", UNSET)
        _value = _rest.pop("invoiceAccount", UNSET)
        _instance.invoice_account = (
            UNSET if _value is UNSET else _models.InvoiceAccountInCustomerContractSummaryDto.from_dict(_value)
        )
        _value = _rest.pop("invoiceLocation", UNSET)
        _instance.invoice_location = UNSET if _value is UNSET else _models.LocationNameDescriptionDto.from_dict(_value)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.OwnerInCustomerContractSummaryDto.from_dict(_value)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = (
            UNSET if _value is UNSET else _models.SalesPersonInCustomerContractSummaryDto.from_dict(_value)
        )
        _value = _rest.pop("caseCountItem", UNSET)
        _instance.case_count_item = (
            UNSET if _value is UNSET else _models.CaseCountItemInCustomerContractSummaryDto.from_dict(_value)
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
