from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contract_recurring_summary_line_dto import CustomerContractRecurringSummaryLineDto


T = TypeVar("T", bound="CustomerContractRecurringSummaryDto")


@_attrs_define
class CustomerContractRecurringSummaryDto:
    """This class represents the CustomerContractRecurringSummary in CustomerContractController. Used for getting data.

    Attributes:
        recurring_total (float | Unset):
        extra_usage_total (float | Unset):
        total_due (float | Unset):
        lines (list[CustomerContractRecurringSummaryLineDto] | Unset):
    """

    recurring_total: float | Unset = UNSET
    extra_usage_total: float | Unset = UNSET
    total_due: float | Unset = UNSET
    lines: list[CustomerContractRecurringSummaryLineDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recurring_total = self.recurring_total

        extra_usage_total = self.extra_usage_total

        total_due = self.total_due

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recurring_total is not UNSET:
            field_dict["recurringTotal"] = recurring_total
        if extra_usage_total is not UNSET:
            field_dict["extraUsageTotal"] = extra_usage_total
        if total_due is not UNSET:
            field_dict["totalDue"] = total_due
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_contract_recurring_summary_line_dto import CustomerContractRecurringSummaryLineDto

        d = dict(src_dict)
        recurring_total = d.pop("recurringTotal", UNSET)

        extra_usage_total = d.pop("extraUsageTotal", UNSET)

        total_due = d.pop("totalDue", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[CustomerContractRecurringSummaryLineDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = CustomerContractRecurringSummaryLineDto.from_dict(lines_item_data)

                lines.append(lines_item)

        customer_contract_recurring_summary_dto = cls(
            recurring_total=recurring_total,
            extra_usage_total=extra_usage_total,
            total_due=total_due,
            lines=lines,
        )

        customer_contract_recurring_summary_dto.additional_properties = d
        return customer_contract_recurring_summary_dto

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
