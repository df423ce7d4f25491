from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_details_line_dto_invoice_type import (
    CustomerContractDetailsLineDtoInvoiceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractDetailsLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contract_detail_id",
    "item_code",
    "description",
    "included",
    "difference",
    "setup_price",
    "setup_discount",
    "recurring_price",
    "extra_usage_price",
    "recurring_discount",
    "renewal_price",
    "renewal_discount",
    "invoice_type",
)


@_attrs_define(repr=False)
class CustomerContractDetailsLineDto:
    """This class represents a CustomerContractDetailLine in CustomerContractController. Used for getting data.

    Attributes:
        contract_detail_id (int | Unset):
        item_code (str | Unset):
        description (str | Unset):
        included (float | Unset):
        difference (float | Unset):
        setup_price (float | Unset):
        setup_discount (float | Unset):
        recurring_price (float | Unset):
        extra_usage_price (float | Unset):
        recurring_discount (float | Unset):
        renewal_price (float | Unset):
        renewal_discount (float | Unset):
        invoice_type (CustomerContractDetailsLineDtoInvoiceType | Unset):
    """

    contract_detail_id: int | Unset = UNSET
    item_code: str | Unset = UNSET
    description: str | Unset = UNSET
    included: float | Unset = UNSET
    difference: float | Unset = UNSET
    setup_price: float | Unset = UNSET
    setup_discount: float | Unset = UNSET
    recurring_price: float | Unset = UNSET
    extra_usage_price: float | Unset = UNSET
    recurring_discount: float | Unset = UNSET
    renewal_price: float | Unset = UNSET
    renewal_discount: float | Unset = UNSET
    invoice_type: CustomerContractDetailsLineDtoInvoiceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_detail_id = self.contract_detail_id

        item_code = self.item_code

        description = self.description

        included = self.included

        difference = self.difference

        setup_price = self.setup_price

        setup_discount = self.setup_discount

        recurring_price = self.recurring_price

        extra_usage_price = self.extra_usage_price

        recurring_discount = self.recurring_discount

        renewal_price = self.renewal_price

        renewal_discount = self.renewal_discount

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_detail_id is not UNSET:
            field_dict["contractDetailId"] = contract_detail_id
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if description is not UNSET:
            field_dict["description"] = description
        if included is not UNSET:
            field_dict["included"] = included
        if difference is not UNSET:
            field_dict["difference"] = difference
        if setup_price is not UNSET:
            field_dict["setupPrice"] = setup_price
        if setup_discount is not UNSET:
            field_dict["setupDiscount"] = setup_discount
        if recurring_price is not UNSET:
            field_dict["recurringPrice"] = recurring_price
        if extra_usage_price is not UNSET:
            field_dict["extraUsagePrice"] = extra_usage_price
        if recurring_discount is not UNSET:
            field_dict["recurringDiscount"] = recurring_discount
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price
        if renewal_discount is not UNSET:
            field_dict["renewalDiscount"] = renewal_discount
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.contract_detail_id = _rest.pop("contractDetailId", UNSET)
        _instance.item_code = _rest.pop("itemCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.included = _rest.pop("included", UNSET)
        _instance.difference = _rest.pop("difference", UNSET)
        _instance.setup_price = _rest.pop("setupPrice", UNSET)
        _instance.setup_discount = _rest.pop("setupDiscount", UNSET)
        _instance.recurring_price = _rest.pop("recurringPrice", UNSET)
        _instance.extra_usage_price = _rest.pop("extraUsagePrice", UNSET)
        _instance.recurring_discount = _rest.pop("recurringDiscount", UNSET)
        _instance.renewal_price = _rest.pop("renewalPrice", UNSET)
        _instance.renewal_discount = _rest.pop("renewalDiscount", UNSET)
        _instance.invoice_type = _rest.pop("invoiceType", UNSET)
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
