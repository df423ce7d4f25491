from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.expense_claim_update_dto_customer_update_answer import (
    ExpenseClaimUpdateDtoCustomerUpdateAnswer,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ExpenseClaimUpdateDto(GeneratedModel):
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

    date: DateInExpenseClaimUpdateDto | Unset | None = UNSET
    description: DescriptionInExpenseClaimUpdateDto | Unset | None = UNSET
    claimed_by: ClaimedByInExpenseClaimUpdateDto | Unset | None = UNSET
    customer: CustomerInExpenseClaimUpdateDto | Unset | None = UNSET
    customer_update_answer: ExpenseClaimUpdateDtoCustomerUpdateAnswer | Unset | None = UNSET
    location: LocationInExpenseClaimUpdateDto | Unset | None = UNSET
    details: list[ExpenseClaimDetailUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.date
        if _value is not UNSET:
            field_dict["date"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.claimed_by
        if _value is not UNSET:
            field_dict["claimedBy"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_update_answer
        if _value is not UNSET:
            field_dict["customerUpdateAnswer"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ExpenseClaimUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("date", UNSET)
        self.date = (
            _models.DateInExpenseClaimUpdateDto._vn_fill(_new(_models.DateInExpenseClaimUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInExpenseClaimUpdateDto._vn_fill(
                _new(_models.DescriptionInExpenseClaimUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("claimedBy", UNSET)
        self.claimed_by = (
            _models.ClaimedByInExpenseClaimUpdateDto._vn_fill(_new(_models.ClaimedByInExpenseClaimUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInExpenseClaimUpdateDto._vn_fill(_new(_models.CustomerInExpenseClaimUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.customer_update_answer = _rest.pop("customerUpdateAnswer", UNSET)
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInExpenseClaimUpdateDto._vn_fill(_new(_models.LocationInExpenseClaimUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.ExpenseClaimDetailUpdateDto._vn_fill(
                    _new(_models.ExpenseClaimDetailUpdateDto), details_item_data
                )
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("date", "date", False, ("model", "DateInExpenseClaimUpdateDto")),
        ("description", "description", False, ("model", "DescriptionInExpenseClaimUpdateDto")),
        ("claimed_by", "claimedBy", False, ("model", "ClaimedByInExpenseClaimUpdateDto")),
        ("customer", "customer", False, ("model", "CustomerInExpenseClaimUpdateDto")),
        ("customer_update_answer", "customerUpdateAnswer", False, "str"),
        ("location", "location", False, ("model", "LocationInExpenseClaimUpdateDto")),
        ("details", "details", False, ("list", ("model", "ExpenseClaimDetailUpdateDto"))),
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


_Lazy = _lazy_twin(ExpenseClaimUpdateDto)
