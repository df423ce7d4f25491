from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocations_update_dto import AllocationsUpdateDto
    from ..models.purchase_receipt_order_line_nbr_update_dto import PurchaseReceiptOrderLineNbrUpdateDto


T = TypeVar("T", bound="PurchaseReceiptOrderLinesUpdateDto")


@_attrs_define
class PurchaseReceiptOrderLinesUpdateDto:
    """Represents a collection of Purchase Order lines belonging to a specific Purchase Order.

    Attributes:
        order_nbr (str | Unset): The Purchase Order reference number.
        lines (list[PurchaseReceiptOrderLineNbrUpdateDto] | Unset): Array of line numbers belonging to a Purchase Order.
        allocations (list[AllocationsUpdateDto] | Unset):
    """

    order_nbr: str | Unset = UNSET
    lines: list[PurchaseReceiptOrderLineNbrUpdateDto] | Unset = UNSET
    allocations: list[AllocationsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_nbr = self.order_nbr

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_nbr is not UNSET:
            field_dict["orderNbr"] = order_nbr
        if lines is not UNSET:
            field_dict["lines"] = lines
        if allocations is not UNSET:
            field_dict["allocations"] = allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allocations_update_dto import AllocationsUpdateDto
        from ..models.purchase_receipt_order_line_nbr_update_dto import PurchaseReceiptOrderLineNbrUpdateDto

        d = dict(src_dict)
        order_nbr = d.pop("orderNbr", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[PurchaseReceiptOrderLineNbrUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = PurchaseReceiptOrderLineNbrUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[AllocationsUpdateDto] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = AllocationsUpdateDto.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        purchase_receipt_order_lines_update_dto = cls(
            order_nbr=order_nbr,
            lines=lines,
            allocations=allocations,
        )

        purchase_receipt_order_lines_update_dto.additional_properties = d
        return purchase_receipt_order_lines_update_dto

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
