from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_update_dto_customer_update_answer import (
    ExpenseClaimUpdateDtoCustomerUpdateAnswer,
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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "date",
    "description",
    "claimed_by",
    "customer",
    "customer_update_answer",
    "location",
    "details",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("date", UNSET)
        _instance.date = UNSET if _value is UNSET else _models.DateInExpenseClaimUpdateDto.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInExpenseClaimUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("claimedBy", UNSET)
        _instance.claimed_by = UNSET if _value is UNSET else _models.ClaimedByInExpenseClaimUpdateDto.from_dict(_value)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInExpenseClaimUpdateDto.from_dict(_value)
        _instance.customer_update_answer = _rest.pop("customerUpdateAnswer", UNSET)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInExpenseClaimUpdateDto.from_dict(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.ExpenseClaimDetailUpdateDto.from_dict(details_item_data) for details_item_data in _value]
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
