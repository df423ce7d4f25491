from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_dto_approval_status import (
    ExpenseClaimDtoApprovalStatus,
)
from ..models.expense_claim_dto_status import ExpenseClaimDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claimed_by_in_expense_claim_dto import ClaimedByInExpenseClaimDto
    from ..models.customer_in_expense_claim_dto import CustomerInExpenseClaimDto
    from ..models.department_in_expense_claim_dto import DepartmentInExpenseClaimDto
    from ..models.expense_claim_detail_dto import ExpenseClaimDetailDto
    from ..models.location_in_expense_claim_dto import LocationInExpenseClaimDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ExpenseClaimDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_nbr",
    "status",
    "approval_status",
    "date",
    "description",
    "claimed_by",
    "claim_total",
    "vat_taxable_total",
    "vat_exempt_total",
    "customer",
    "currency",
    "approval_date",
    "department",
    "location",
    "last_modified_date_time",
    "details",
    "approval_status_text",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ExpenseClaimDto:
    """This class represents a Expense Claim in ExpenseClaimController. Used for getting data.

    Attributes:
        ref_nbr (str | Unset): The top part &gt; Ref. no. &gt; The unique reference number of the expense claim
            document.
        status (ExpenseClaimDtoStatus | Unset): The top part &gt; Status &gt; The current status of the expense claim:
            On Hold/Pending Approval/Approved/Rejected/Released.
        approval_status (ExpenseClaimDtoApprovalStatus | Unset): The top part &gt; Approval status &gt; The status of
            the claim in Approval.
        date (datetime.datetime | Unset): Mandatory field: The top part &gt; Date* &gt; The date when the claim was
            entered.
        description (str | Unset): Mandatory field: The top part &gt; Description &gt; A description of the claim.
        claimed_by (ClaimedByInExpenseClaimDto | Unset): Mandatory field: The top part &gt; Claimed by &gt; The employee
            who is claiming the expenses. If the claim is released, an Accounts Payable bill will be generated to this
            employee.
        claim_total (float | Unset): The top part &gt; Claim total &gt; The total amount of the claim.
        vat_taxable_total (float | Unset): The top part &gt; VAT taxable total &gt; The document total that is subjected
            to VAT.
        vat_exempt_total (float | Unset): The top part &gt; VAT exempt total &gt; The document total that is exempt from
            VAT.
        customer (CustomerInExpenseClaimDto | Unset): The top part &gt; Customer &gt; The applicable customer.
        currency (str | Unset): The top part &gt; Currency &gt; The currency of the claim.
        approval_date (datetime.datetime | Unset): The top part &gt; Approval date &gt; The date when the claim was
            approved.
        department (DepartmentInExpenseClaimDto | Unset): Mandatory field: The top part &gt; Department ID &gt; The
            department associated with the expense claim.
        location (LocationInExpenseClaimDto | Unset): The top part &gt; Location &gt; The company location associated
            with the claim.
        last_modified_date_time (datetime.datetime | Unset): System generated information: The lastest time the expense
            claim was modified
        details (list[ExpenseClaimDetailDto] | Unset): Expence claim details tab &gt;
        approval_status_text (str | Unset): The top part &gt; Approval status &gt; A text field.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    ref_nbr: str | Unset = UNSET
    status: ExpenseClaimDtoStatus | Unset = UNSET
    approval_status: ExpenseClaimDtoApprovalStatus | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    claimed_by: ClaimedByInExpenseClaimDto | Unset = UNSET
    claim_total: float | Unset = UNSET
    vat_taxable_total: float | Unset = UNSET
    vat_exempt_total: float | Unset = UNSET
    customer: CustomerInExpenseClaimDto | Unset = UNSET
    currency: str | Unset = UNSET
    approval_date: datetime.datetime | Unset = UNSET
    department: DepartmentInExpenseClaimDto | Unset = UNSET
    location: LocationInExpenseClaimDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    details: list[ExpenseClaimDetailDto] | Unset = UNSET
    approval_status_text: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_nbr = self.ref_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        description = self.description

        claimed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claimed_by, Unset):
            claimed_by = self.claimed_by.to_dict()

        claim_total = self.claim_total

        vat_taxable_total = self.vat_taxable_total

        vat_exempt_total = self.vat_exempt_total

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        currency = self.currency

        approval_date: str | Unset = UNSET
        if not isinstance(self.approval_date, Unset):
            approval_date = self.approval_date.isoformat()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        approval_status_text = self.approval_status_text

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if claimed_by is not UNSET:
            field_dict["claimedBy"] = claimed_by
        if claim_total is not UNSET:
            field_dict["claimTotal"] = claim_total
        if vat_taxable_total is not UNSET:
            field_dict["vatTaxableTotal"] = vat_taxable_total
        if vat_exempt_total is not UNSET:
            field_dict["vatExemptTotal"] = vat_exempt_total
        if customer is not UNSET:
            field_dict["customer"] = customer
        if currency is not UNSET:
            field_dict["currency"] = currency
        if approval_date is not UNSET:
            field_dict["approvalDate"] = approval_date
        if department is not UNSET:
            field_dict["department"] = department
        if location is not UNSET:
            field_dict["location"] = location
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if details is not UNSET:
            field_dict["details"] = details
        if approval_status_text is not UNSET:
            field_dict["approvalStatusText"] = approval_status_text
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.approval_status = _rest.pop("approvalStatus", UNSET)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("claimedBy", UNSET)
        _instance.claimed_by = UNSET if _value is UNSET else _models.ClaimedByInExpenseClaimDto.from_dict(_value)
        _instance.claim_total = _rest.pop("claimTotal", UNSET)
        _instance.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        _instance.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInExpenseClaimDto.from_dict(_value)
        _instance.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("approvalDate", UNSET)
        _instance.approval_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("department", UNSET)
        _instance.department = UNSET if _value is UNSET else _models.DepartmentInExpenseClaimDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInExpenseClaimDto.from_dict(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.ExpenseClaimDetailDto.from_dict(details_item_data) for details_item_data in _value]
        )
        _instance.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
