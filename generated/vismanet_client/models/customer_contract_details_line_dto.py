from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_details_line_dto_invoice_type import (
    CustomerContractDetailsLineDtoInvoiceType,
    check_customer_contract_details_line_dto_invoice_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractDetailsLineDto")


@_attrs_define
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
        d = dict(src_dict)
        contract_detail_id = d.pop("contractDetailId", UNSET)

        item_code = d.pop("itemCode", UNSET)

        description = d.pop("description", UNSET)

        included = d.pop("included", UNSET)

        difference = d.pop("difference", UNSET)

        setup_price = d.pop("setupPrice", UNSET)

        setup_discount = d.pop("setupDiscount", UNSET)

        recurring_price = d.pop("recurringPrice", UNSET)

        extra_usage_price = d.pop("extraUsagePrice", UNSET)

        recurring_discount = d.pop("recurringDiscount", UNSET)

        renewal_price = d.pop("renewalPrice", UNSET)

        renewal_discount = d.pop("renewalDiscount", UNSET)

        _invoice_type = d.pop("invoiceType", UNSET)
        invoice_type: CustomerContractDetailsLineDtoInvoiceType | Unset
        if isinstance(_invoice_type, Unset):
            invoice_type = UNSET
        else:
            invoice_type = check_customer_contract_details_line_dto_invoice_type(_invoice_type)

        customer_contract_details_line_dto = cls(
            contract_detail_id=contract_detail_id,
            item_code=item_code,
            description=description,
            included=included,
            difference=difference,
            setup_price=setup_price,
            setup_discount=setup_discount,
            recurring_price=recurring_price,
            extra_usage_price=extra_usage_price,
            recurring_discount=recurring_discount,
            renewal_price=renewal_price,
            renewal_discount=renewal_discount,
            invoice_type=invoice_type,
        )

        customer_contract_details_line_dto.additional_properties = d
        return customer_contract_details_line_dto

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
