from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_claim_dto_approval_status import (
    ExpenseClaimDtoApprovalStatus,
    check_expense_claim_dto_approval_status,
)
from ..models.expense_claim_dto_status import ExpenseClaimDtoStatus, check_expense_claim_dto_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claimed_by_in_expense_claim_dto import ClaimedByInExpenseClaimDto
    from ..models.customer_in_expense_claim_dto import CustomerInExpenseClaimDto
    from ..models.department_in_expense_claim_dto import DepartmentInExpenseClaimDto
    from ..models.expense_claim_detail_dto import ExpenseClaimDetailDto
    from ..models.location_in_expense_claim_dto import LocationInExpenseClaimDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ExpenseClaimDto")


@_attrs_define
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
        from ..models.claimed_by_in_expense_claim_dto import ClaimedByInExpenseClaimDto
        from ..models.customer_in_expense_claim_dto import CustomerInExpenseClaimDto
        from ..models.department_in_expense_claim_dto import DepartmentInExpenseClaimDto
        from ..models.expense_claim_detail_dto import ExpenseClaimDetailDto
        from ..models.location_in_expense_claim_dto import LocationInExpenseClaimDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        ref_nbr = d.pop("refNbr", UNSET)

        _status = d.pop("status", UNSET)
        status: ExpenseClaimDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_expense_claim_dto_status(_status)

        _approval_status = d.pop("approvalStatus", UNSET)
        approval_status: ExpenseClaimDtoApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_expense_claim_dto_approval_status(_approval_status)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        description = d.pop("description", UNSET)

        _claimed_by = d.pop("claimedBy", UNSET)
        claimed_by: ClaimedByInExpenseClaimDto | Unset
        if isinstance(_claimed_by, Unset):
            claimed_by = UNSET
        else:
            claimed_by = ClaimedByInExpenseClaimDto.from_dict(_claimed_by)

        claim_total = d.pop("claimTotal", UNSET)

        vat_taxable_total = d.pop("vatTaxableTotal", UNSET)

        vat_exempt_total = d.pop("vatExemptTotal", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInExpenseClaimDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInExpenseClaimDto.from_dict(_customer)

        currency = d.pop("currency", UNSET)

        _approval_date = d.pop("approvalDate", UNSET)
        approval_date: datetime.datetime | Unset
        if isinstance(_approval_date, Unset):
            approval_date = UNSET
        else:
            approval_date = datetime.datetime.fromisoformat(_approval_date)

        _department = d.pop("department", UNSET)
        department: DepartmentInExpenseClaimDto | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = DepartmentInExpenseClaimDto.from_dict(_department)

        _location = d.pop("location", UNSET)
        location: LocationInExpenseClaimDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInExpenseClaimDto.from_dict(_location)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _details = d.pop("details", UNSET)
        details: list[ExpenseClaimDetailDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ExpenseClaimDetailDto.from_dict(details_item_data)

                details.append(details_item)

        approval_status_text = d.pop("approvalStatusText", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        expense_claim_dto = cls(
            ref_nbr=ref_nbr,
            status=status,
            approval_status=approval_status,
            date=date,
            description=description,
            claimed_by=claimed_by,
            claim_total=claim_total,
            vat_taxable_total=vat_taxable_total,
            vat_exempt_total=vat_exempt_total,
            customer=customer,
            currency=currency,
            approval_date=approval_date,
            department=department,
            location=location,
            last_modified_date_time=last_modified_date_time,
            details=details,
            approval_status_text=approval_status_text,
            error_info=error_info,
            metadata=metadata,
        )

        expense_claim_dto.additional_properties = d
        return expense_claim_dto

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
