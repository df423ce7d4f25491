from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_recurring_summary_line_dto_invoice_type import (
    CustomerContractRecurringSummaryLineDtoInvoiceType,
    check_customer_contract_recurring_summary_line_dto_invoice_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractRecurringSummaryLineDto")


@_attrs_define
class CustomerContractRecurringSummaryLineDto:
    """This class represents a CustomerContractRecurringSummaryLine in CustomerContractController. Used for getting data.

    Attributes:
        item_code (str | Unset):
        description (str | Unset):
        item_id (str | Unset):
        uom (str | Unset):
        invoice_type (CustomerContractRecurringSummaryLineDtoInvoiceType | Unset):
        included (float | Unset):
        recurring_price (float | Unset):
        recurring_discount (float | Unset):
        extra_usage_price (float | Unset):
        un_invoiced (float | Unset):
        used_total (float | Unset):
    """

    item_code: str | Unset = UNSET
    description: str | Unset = UNSET
    item_id: str | Unset = UNSET
    uom: str | Unset = UNSET
    invoice_type: CustomerContractRecurringSummaryLineDtoInvoiceType | Unset = UNSET
    included: float | Unset = UNSET
    recurring_price: float | Unset = UNSET
    recurring_discount: float | Unset = UNSET
    extra_usage_price: float | Unset = UNSET
    un_invoiced: float | Unset = UNSET
    used_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        description = self.description

        item_id = self.item_id

        uom = self.uom

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type

        included = self.included

        recurring_price = self.recurring_price

        recurring_discount = self.recurring_discount

        extra_usage_price = self.extra_usage_price

        un_invoiced = self.un_invoiced

        used_total = self.used_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_code is not UNSET:
            field_dict["itemCode"] = item_code
        if description is not UNSET:
            field_dict["description"] = description
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if uom is not UNSET:
            field_dict["uom"] = uom
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if included is not UNSET:
            field_dict["included"] = included
        if recurring_price is not UNSET:
            field_dict["recurringPrice"] = recurring_price
        if recurring_discount is not UNSET:
            field_dict["recurringDiscount"] = recurring_discount
        if extra_usage_price is not UNSET:
            field_dict["extraUsagePrice"] = extra_usage_price
        if un_invoiced is not UNSET:
            field_dict["unInvoiced"] = un_invoiced
        if used_total is not UNSET:
            field_dict["usedTotal"] = used_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("itemCode", UNSET)

        description = d.pop("description", UNSET)

        item_id = d.pop("itemId", UNSET)

        uom = d.pop("uom", UNSET)

        _invoice_type = d.pop("invoiceType", UNSET)
        invoice_type: CustomerContractRecurringSummaryLineDtoInvoiceType | Unset
        if isinstance(_invoice_type, Unset):
            invoice_type = UNSET
        else:
            invoice_type = check_customer_contract_recurring_summary_line_dto_invoice_type(_invoice_type)

        included = d.pop("included", UNSET)

        recurring_price = d.pop("recurringPrice", UNSET)

        recurring_discount = d.pop("recurringDiscount", UNSET)

        extra_usage_price = d.pop("extraUsagePrice", UNSET)

        un_invoiced = d.pop("unInvoiced", UNSET)

        used_total = d.pop("usedTotal", UNSET)

        customer_contract_recurring_summary_line_dto = cls(
            item_code=item_code,
            description=description,
            item_id=item_id,
            uom=uom,
            invoice_type=invoice_type,
            included=included,
            recurring_price=recurring_price,
            recurring_discount=recurring_discount,
            extra_usage_price=extra_usage_price,
            un_invoiced=un_invoiced,
            used_total=used_total,
        )

        customer_contract_recurring_summary_line_dto.additional_properties = d
        return customer_contract_recurring_summary_line_dto

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
