from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_receipts_dto_status import PurchaseReceiptsDtoStatus
from ..models.purchase_receipts_dto_type import PurchaseReceiptsDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class PurchaseReceiptsDto(GeneratedModel):
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

    type_: PurchaseReceiptsDtoType | Unset | None = UNSET
    receipt_number: str | Unset | None = UNSET
    status: PurchaseReceiptsDtoStatus | Unset | None = UNSET
    supplier_name: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    total_qty: float | Unset | None = UNSET
    total_amt: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.receipt_number
        if _value is not UNSET:
            field_dict["receiptNumber"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.supplier_name
        if _value is not UNSET:
            field_dict["supplierName"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.total_qty
        if _value is not UNSET:
            field_dict["totalQty"] = _value
        _value = self.total_amt
        if _value is not UNSET:
            field_dict["totalAmt"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not PurchaseReceiptsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.type_ = _rest.pop("type", UNSET)
        self.receipt_number = _rest.pop("receiptNumber", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.supplier_name = _rest.pop("supplierName", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.total_qty = _rest.pop("totalQty", UNSET)
        self.total_amt = _rest.pop("totalAmt", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("type_", "type", False, "str"),
        ("receipt_number", "receiptNumber", False, "str"),
        ("status", "status", False, "str"),
        ("supplier_name", "supplierName", False, "str"),
        ("currency", "currency", False, "str"),
        ("total_qty", "totalQty", False, "float"),
        ("total_amt", "totalAmt", False, "float"),
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


_Lazy = _lazy_twin(PurchaseReceiptsDto)
