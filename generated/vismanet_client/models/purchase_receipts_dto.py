from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_receipts_dto_status import PurchaseReceiptsDtoStatus
from ..models.purchase_receipts_dto_type import PurchaseReceiptsDtoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseReceiptsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "receipt_number",
    "status",
    "supplier_name",
    "currency",
    "total_qty",
    "total_amt",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.receipt_number = _rest.pop("receiptNumber", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.supplier_name = _rest.pop("supplierName", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.total_qty = _rest.pop("totalQty", UNSET)
        _instance.total_amt = _rest.pop("totalAmt", UNSET)
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
