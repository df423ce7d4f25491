from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarningTypeInProjectTransactionLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "code",
    "description",
    "is_overtime",
    "is_billable",
    "is_active",
    "overtime_multiplier",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class EarningTypeInProjectTransactionLineDto:
    """Earning type &gt; The earning type specified for the transaction to calculate the labour cost.

    Attributes:
        code (str | Unset): Mandatory field: Code* &gt; The unique ID of the type of hour.
        description (str | Unset): Mandatory field: Description &gt; The brief description of the type of hour.
        is_overtime (bool | Unset): Overtime &gt; A check box that indicates (if selected) that the type of hour is
            treated as overtime.
        is_billable (bool | Unset): Invoicable &gt; A check box that indicates (if selected) that the type is treated as
            invoiceable by default.
        is_active (bool | Unset): Active &gt; A check box that indicates (if selected) that the type of hour is active
            and can be used.
        overtime_multiplier (float | Unset): Multiplier &gt; The value by which the employee cost for this type of hour
            is multiplied when the time activity is released.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
    """

    code: str | Unset = UNSET
    description: str | Unset = UNSET
    is_overtime: bool | Unset = UNSET
    is_billable: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    overtime_multiplier: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        is_overtime = self.is_overtime

        is_billable = self.is_billable

        is_active = self.is_active

        overtime_multiplier = self.overtime_multiplier

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if is_overtime is not UNSET:
            field_dict["isOvertime"] = is_overtime
        if is_billable is not UNSET:
            field_dict["isBillable"] = is_billable
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if overtime_multiplier is not UNSET:
            field_dict["overtimeMultiplier"] = overtime_multiplier
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.code = _rest.pop("code", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.is_overtime = _rest.pop("isOvertime", UNSET)
        _instance.is_billable = _rest.pop("isBillable", UNSET)
        _instance.is_active = _rest.pop("isActive", UNSET)
        _instance.overtime_multiplier = _rest.pop("overtimeMultiplier", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
