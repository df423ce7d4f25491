from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_receipts_dto_status import PurchaseReceiptsDtoStatus, check_purchase_receipts_dto_status
from ..models.purchase_receipts_dto_type import PurchaseReceiptsDtoType, check_purchase_receipts_dto_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseReceiptsDto")


@_attrs_define
class PurchaseReceiptsDto:
    """
    Attributes:
        type_ (PurchaseReceiptsDtoType | Unset): The top part &gt; Type &gt; The type of the document, which can be
            Receipt, Return, or Transfer receipt.
        receipt_number (str | Unset): The top part &gt; Receipt no. &gt; The unique reference number of the purchase
            receipt, transfer receipt, or return, which the system automatically assigns according to its number series.
        status (PurchaseReceiptsDtoStatus | Unset): The top part &gt; Status &gt; The current status of the purchase or
            transfer receipt, or return, which the system assigns automatically.
        supplier_name (str | Unset): The top part &gt; Supplier &gt; The supplier from which the items have been
            received or to which they will be returned.
        currency (str | Unset): The top part &gt; Currency &gt; The currency the supplier uses for invoicing.
        total_qty (float | Unset): The top part &gt; Total qty. &gt; The total quantity of items received from or
            returned to the supplier; the sum of all quantities of all stock items listed on the Document details tab.
        total_amt (float | Unset): The top part &gt; Total amt. &gt; The total amount calculated for items received from
            or returned to the supplier; the sum of all amounts of all stock items listed on the Document details tab.
    """

    type_: PurchaseReceiptsDtoType | Unset = UNSET
    receipt_number: str | Unset = UNSET
    status: PurchaseReceiptsDtoStatus | Unset = UNSET
    supplier_name: str | Unset = UNSET
    currency: str | Unset = UNSET
    total_qty: float | Unset = UNSET
    total_amt: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        receipt_number = self.receipt_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        supplier_name = self.supplier_name

        currency = self.currency

        total_qty = self.total_qty

        total_amt = self.total_amt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if receipt_number is not UNSET:
            field_dict["receiptNumber"] = receipt_number
        if status is not UNSET:
            field_dict["status"] = status
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_qty is not UNSET:
            field_dict["totalQty"] = total_qty
        if total_amt is not UNSET:
            field_dict["totalAmt"] = total_amt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PurchaseReceiptsDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_purchase_receipts_dto_type(_type_)

        receipt_number = d.pop("receiptNumber", UNSET)

        _status = d.pop("status", UNSET)
        status: PurchaseReceiptsDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_purchase_receipts_dto_status(_status)

        supplier_name = d.pop("supplierName", UNSET)

        currency = d.pop("currency", UNSET)

        total_qty = d.pop("totalQty", UNSET)

        total_amt = d.pop("totalAmt", UNSET)

        purchase_receipts_dto = cls(
            type_=type_,
            receipt_number=receipt_number,
            status=status,
            supplier_name=supplier_name,
            currency=currency,
            total_qty=total_qty,
            total_amt=total_amt,
        )

        purchase_receipts_dto.additional_properties = d
        return purchase_receipts_dto

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
