from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_claim_update_dto_customer_update_answer import (
    ExpenseClaimUpdateDtoCustomerUpdateAnswer,
    check_expense_claim_update_dto_customer_update_answer,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claimed_by_in_expense_claim_update_dto import ClaimedByInExpenseClaimUpdateDto
    from ..models.customer_in_expense_claim_update_dto import CustomerInExpenseClaimUpdateDto
    from ..models.date_in_expense_claim_update_dto import DateInExpenseClaimUpdateDto
    from ..models.description_in_expense_claim_update_dto import DescriptionInExpenseClaimUpdateDto
    from ..models.expense_claim_detail_update_dto import ExpenseClaimDetailUpdateDto
    from ..models.location_in_expense_claim_update_dto import LocationInExpenseClaimUpdateDto


T = TypeVar("T", bound="ExpenseClaimUpdateDto")


@_attrs_define
class ExpenseClaimUpdateDto:
    """
    Attributes:
        date (DateInExpenseClaimUpdateDto | Unset): The date when the claim was entered.
        description (DescriptionInExpenseClaimUpdateDto | Unset): A description of the claim.
        claimed_by (ClaimedByInExpenseClaimUpdateDto | Unset): The employee who is claiming the expenses. If the claim
            is released, an Accounts Payable bill will be generated to this employee.
        customer (CustomerInExpenseClaimUpdateDto | Unset): The applicable customer.
        customer_update_answer (ExpenseClaimUpdateDtoCustomerUpdateAnswer | Unset): If the customer is updated the claim
            details customer information can be updated using the provided answer. By default 'SelectedCustomer' is
            selected.
        location (LocationInExpenseClaimUpdateDto | Unset): The company location associated with the claim.
        details (list[ExpenseClaimDetailUpdateDto] | Unset): Expense Claim detail information
    """

    date: DateInExpenseClaimUpdateDto | Unset = UNSET
    description: DescriptionInExpenseClaimUpdateDto | Unset = UNSET
    claimed_by: ClaimedByInExpenseClaimUpdateDto | Unset = UNSET
    customer: CustomerInExpenseClaimUpdateDto | Unset = UNSET
    customer_update_answer: ExpenseClaimUpdateDtoCustomerUpdateAnswer | Unset = UNSET
    location: LocationInExpenseClaimUpdateDto | Unset = UNSET
    details: list[ExpenseClaimDetailUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        claimed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claimed_by, Unset):
            claimed_by = self.claimed_by.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_update_answer: str | Unset = UNSET
        if not isinstance(self.customer_update_answer, Unset):
            customer_update_answer = self.customer_update_answer

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if claimed_by is not UNSET:
            field_dict["claimedBy"] = claimed_by
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_update_answer is not UNSET:
            field_dict["customerUpdateAnswer"] = customer_update_answer
        if location is not UNSET:
            field_dict["location"] = location
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.claimed_by_in_expense_claim_update_dto import ClaimedByInExpenseClaimUpdateDto
        from ..models.customer_in_expense_claim_update_dto import CustomerInExpenseClaimUpdateDto
        from ..models.date_in_expense_claim_update_dto import DateInExpenseClaimUpdateDto
        from ..models.description_in_expense_claim_update_dto import DescriptionInExpenseClaimUpdateDto
        from ..models.expense_claim_detail_update_dto import ExpenseClaimDetailUpdateDto
        from ..models.location_in_expense_claim_update_dto import LocationInExpenseClaimUpdateDto

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: DateInExpenseClaimUpdateDto | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DateInExpenseClaimUpdateDto.from_dict(_date)

        _description = d.pop("description", UNSET)
        description: DescriptionInExpenseClaimUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInExpenseClaimUpdateDto.from_dict(_description)

        _claimed_by = d.pop("claimedBy", UNSET)
        claimed_by: ClaimedByInExpenseClaimUpdateDto | Unset
        if isinstance(_claimed_by, Unset):
            claimed_by = UNSET
        else:
            claimed_by = ClaimedByInExpenseClaimUpdateDto.from_dict(_claimed_by)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInExpenseClaimUpdateDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInExpenseClaimUpdateDto.from_dict(_customer)

        _customer_update_answer = d.pop("customerUpdateAnswer", UNSET)
        customer_update_answer: ExpenseClaimUpdateDtoCustomerUpdateAnswer | Unset
        if isinstance(_customer_update_answer, Unset):
            customer_update_answer = UNSET
        else:
            customer_update_answer = check_expense_claim_update_dto_customer_update_answer(_customer_update_answer)

        _location = d.pop("location", UNSET)
        location: LocationInExpenseClaimUpdateDto | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LocationInExpenseClaimUpdateDto.from_dict(_location)

        _details = d.pop("details", UNSET)
        details: list[ExpenseClaimDetailUpdateDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ExpenseClaimDetailUpdateDto.from_dict(details_item_data)

                details.append(details_item)

        expense_claim_update_dto = cls(
            date=date,
            description=description,
            claimed_by=claimed_by,
            customer=customer,
            customer_update_answer=customer_update_answer,
            location=location,
            details=details,
        )

        expense_claim_update_dto.additional_properties = d
        return expense_claim_update_dto

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
