from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EarningTypeInProjectTransactionLineDto")


@_attrs_define
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
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        is_overtime = d.pop("isOvertime", UNSET)

        is_billable = d.pop("isBillable", UNSET)

        is_active = d.pop("isActive", UNSET)

        overtime_multiplier = d.pop("overtimeMultiplier", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        earning_type_in_project_transaction_line_dto = cls(
            code=code,
            description=description,
            is_overtime=is_overtime,
            is_billable=is_billable,
            is_active=is_active,
            overtime_multiplier=overtime_multiplier,
            last_modified_date_time=last_modified_date_time,
        )

        earning_type_in_project_transaction_line_dto.additional_properties = d
        return earning_type_in_project_transaction_line_dto

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
