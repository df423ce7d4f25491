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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class ExpenseClaimDto(GeneratedModel):
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

    ref_nbr: str | Unset | None = UNSET
    status: ExpenseClaimDtoStatus | Unset | None = UNSET
    approval_status: ExpenseClaimDtoApprovalStatus | Unset | None = UNSET
    date: datetime.datetime | Unset | None = UNSET
    description: str | Unset | None = UNSET
    claimed_by: ClaimedByInExpenseClaimDto | Unset | None = UNSET
    claim_total: float | Unset | None = UNSET
    vat_taxable_total: float | Unset | None = UNSET
    vat_exempt_total: float | Unset | None = UNSET
    customer: CustomerInExpenseClaimDto | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    approval_date: datetime.datetime | Unset | None = UNSET
    department: DepartmentInExpenseClaimDto | Unset | None = UNSET
    location: LocationInExpenseClaimDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    details: list[ExpenseClaimDetailDto] | Unset | None = UNSET
    approval_status_text: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.approval_status
        if _value is not UNSET:
            field_dict["approvalStatus"] = _value
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.claimed_by
        if _value is not UNSET:
            field_dict["claimedBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.claim_total
        if _value is not UNSET:
            field_dict["claimTotal"] = _value
        _value = self.vat_taxable_total
        if _value is not UNSET:
            field_dict["vatTaxableTotal"] = _value
        _value = self.vat_exempt_total
        if _value is not UNSET:
            field_dict["vatExemptTotal"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.approval_date
        if _value is not UNSET:
            field_dict["approvalDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.department
        if _value is not UNSET:
            field_dict["department"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = (
                [
                    details_item_data.to_dict() if isinstance(details_item_data, GeneratedModel) else details_item_data
                    for details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.approval_status_text
        if _value is not UNSET:
            field_dict["approvalStatusText"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseClaimDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.approval_status = _rest.pop("approvalStatus", UNSET)
        _value = _rest.pop("date", UNSET)
        self.date = _parse_datetime(_value)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("claimedBy", UNSET)
        self.claimed_by = (
            _models.ClaimedByInExpenseClaimDto._vn_fill(_new(_models.ClaimedByInExpenseClaimDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.claim_total = _rest.pop("claimTotal", UNSET)
        self.vat_taxable_total = _rest.pop("vatTaxableTotal", UNSET)
        self.vat_exempt_total = _rest.pop("vatExemptTotal", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInExpenseClaimDto._vn_fill(_new(_models.CustomerInExpenseClaimDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.currency = _rest.pop("currency", UNSET)
        _value = _rest.pop("approvalDate", UNSET)
        self.approval_date = _parse_datetime(_value)
        _value = _rest.pop("department", UNSET)
        self.department = (
            _models.DepartmentInExpenseClaimDto._vn_fill(_new(_models.DepartmentInExpenseClaimDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInExpenseClaimDto._vn_fill(_new(_models.LocationInExpenseClaimDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.ExpenseClaimDetailDto._vn_fill(_new(_models.ExpenseClaimDetailDto), details_item_data)
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("ref_nbr", "refNbr", False, "str"),
        ("status", "status", False, "str"),
        ("approval_status", "approvalStatus", False, "str"),
        ("date", "date", False, "datetime"),
        ("description", "description", False, "str"),
        ("claimed_by", "claimedBy", False, ("model", "ClaimedByInExpenseClaimDto")),
        ("claim_total", "claimTotal", False, "float"),
        ("vat_taxable_total", "vatTaxableTotal", False, "float"),
        ("vat_exempt_total", "vatExemptTotal", False, "float"),
        ("customer", "customer", False, ("model", "CustomerInExpenseClaimDto")),
        ("currency", "currency", False, "str"),
        ("approval_date", "approvalDate", False, "datetime"),
        ("department", "department", False, ("model", "DepartmentInExpenseClaimDto")),
        ("location", "location", False, ("model", "LocationInExpenseClaimDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("details", "details", False, ("list", ("model", "ExpenseClaimDetailDto"))),
        ("approval_status_text", "approvalStatusText", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(ExpenseClaimDto)
