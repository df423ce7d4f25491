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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SummaryInCustomerContractDto(GeneratedModel):
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

    setup_date: datetime.datetime | Unset | None = UNSET
    activation_date: datetime.datetime | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    termination_date: datetime.datetime | Unset | None = UNSET
    mass_renewal: bool | Unset | None = UNSET
    renewal_point: int | Unset | None = UNSET
    grace_period: int | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    invoicing_schedule_starts_on: datetime.datetime | Unset | None = UNSET
    invoicing_period: SummaryInCustomerContractDtoInvoicingPeriod | Unset | None = UNSET
    last_invoicing_date: datetime.datetime | Unset | None = UNSET
    next_invoicing_date: datetime.datetime | Unset | None = UNSET
    invoice_to: SummaryInCustomerContractDtoInvoiceTo | Unset | None = UNSET
    invoice_account: InvoiceAccountInCustomerContractSummaryDto | Unset | None = UNSET
    invoice_location: LocationNameDescriptionDto | Unset | None = UNSET
    owner: OwnerInCustomerContractSummaryDto | Unset | None = UNSET
    sales_person: SalesPersonInCustomerContractSummaryDto | Unset | None = UNSET
    case_count_item: CaseCountItemInCustomerContractSummaryDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.setup_date
        if _value is not UNSET:
            field_dict["setupDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.activation_date
        if _value is not UNSET:
            field_dict["activationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.termination_date
        if _value is not UNSET:
            field_dict["terminationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.mass_renewal
        if _value is not UNSET:
            field_dict["massRenewal"] = _value
        _value = self.renewal_point
        if _value is not UNSET:
            field_dict["renewalPoint"] = _value
        _value = self.grace_period
        if _value is not UNSET:
            field_dict["gracePeriod"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.invoicing_schedule_starts_on
        if _value is not UNSET:
            field_dict["invoicingScheduleStartsOn"] = (
                _value.isoformat() if isinstance(_value, datetime.date) else _value
            )
        _value = self.invoicing_period
        if _value is not UNSET:
            field_dict["invoicingPeriod"] = _value
        _value = self.last_invoicing_date
        if _value is not UNSET:
            field_dict["lastInvoicingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.next_invoicing_date
        if _value is not UNSET:
            field_dict["nextInvoicingDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.invoice_to
        if _value is not UNSET:
            field_dict["invoiceTo"] = _value
        _value = self.invoice_account
        if _value is not UNSET:
            field_dict["invoiceAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_location
        if _value is not UNSET:
            field_dict["invoiceLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.case_count_item
        if _value is not UNSET:
            field_dict["caseCountItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SummaryInCustomerContractDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("setupDate", UNSET)
        self.setup_date = _parse_datetime(_value)
        _value = _rest.pop("activationDate", UNSET)
        self.activation_date = _parse_datetime(_value)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        _value = _rest.pop("terminationDate", UNSET)
        self.termination_date = _parse_datetime(_value)
        self.mass_renewal = _rest.pop("massRenewal", UNSET)
        self.renewal_point = _rest.pop("renewalPoint", UNSET)
        self.grace_period = _rest.pop("gracePeriod", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("invoicingScheduleStartsOn", UNSET)
        self.invoicing_schedule_starts_on = _parse_datetime(_value)
        self.invoicing_period = _rest.pop("invoicingPeriod", UNSET)
        _value = _rest.pop("lastInvoicingDate", UNSET)
        self.last_invoicing_date = _parse_datetime(_value)
        _value = _rest.pop("nextInvoicingDate", UNSET)
        self.next_invoicing_date = _parse_datetime(_value)
        self.invoice_to = _rest.pop("invoiceTo", UNSET)
        _value = _rest.pop("invoiceAccount", UNSET)
        self.invoice_account = (
            _models.InvoiceAccountInCustomerContractSummaryDto._vn_fill(
                _new(_models.InvoiceAccountInCustomerContractSummaryDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceLocation", UNSET)
        self.invoice_location = (
            _models.LocationNameDescriptionDto._vn_fill(_new(_models.LocationNameDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.OwnerInCustomerContractSummaryDto._vn_fill(_new(_models.OwnerInCustomerContractSummaryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.SalesPersonInCustomerContractSummaryDto._vn_fill(
                _new(_models.SalesPersonInCustomerContractSummaryDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("caseCountItem", UNSET)
        self.case_count_item = (
            _models.CaseCountItemInCustomerContractSummaryDto._vn_fill(
                _new(_models.CaseCountItemInCustomerContractSummaryDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("setup_date", "setupDate", False, "datetime"),
        ("activation_date", "activationDate", False, "datetime"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("termination_date", "terminationDate", False, "datetime"),
        ("mass_renewal", "massRenewal", False, "bool"),
        ("renewal_point", "renewalPoint", False, "int"),
        ("grace_period", "gracePeriod", False, "int"),
        ("currency", "currency", False, "str"),
        ("invoicing_schedule_starts_on", "invoicingScheduleStartsOn", False, "datetime"),
        ("invoicing_period", "invoicingPeriod", False, "str"),
        ("last_invoicing_date", "lastInvoicingDate", False, "datetime"),
        ("next_invoicing_date", "nextInvoicingDate", False, "datetime"),
        ("invoice_to", "invoiceTo", False, "str"),
        ("invoice_account", "invoiceAccount", False, ("model", "InvoiceAccountInCustomerContractSummaryDto")),
        ("invoice_location", "invoiceLocation", False, ("model", "LocationNameDescriptionDto")),
        ("owner", "owner", False, ("model", "OwnerInCustomerContractSummaryDto")),
        ("sales_person", "salesPerson", False, ("model", "SalesPersonInCustomerContractSummaryDto")),
        ("case_count_item", "caseCountItem", False, ("model", "CaseCountItemInCustomerContractSummaryDto")),
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


_Lazy = _lazy_twin(SummaryInCustomerContractDto)
