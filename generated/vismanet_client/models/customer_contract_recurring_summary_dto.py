from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contract_recurring_summary_line_dto import CustomerContractRecurringSummaryLineDto


T = TypeVar("T", bound="CustomerContractRecurringSummaryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "recurring_total",
    "extra_usage_total",
    "total_due",
    "lines",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.recurring_total = _rest.pop("recurringTotal", UNSET)
        _instance.extra_usage_total = _rest.pop("extraUsageTotal", UNSET)
        _instance.total_due = _rest.pop("totalDue", UNSET)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [
                _models.CustomerContractRecurringSummaryLineDto.from_dict(lines_item_data) for lines_item_data in _value
            ]
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
