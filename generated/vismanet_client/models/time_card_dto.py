from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.time_card_dto_approval_status import TimeCardDtoApprovalStatus
from ..models.time_card_dto_status import TimeCardDtoStatus
from ..models.time_card_dto_type import TimeCardDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_in_time_card_dto import EmployeeInTimeCardDto
    from ..models.metadata_dto import MetadataDto
    from ..models.time_card_materials_dto import TimeCardMaterialsDto
    from ..models.time_card_summary_dto import TimeCardSummaryDto
    from ..models.week_in_time_card_dto import WeekInTimeCardDto


T = TypeVar("T", bound="TimeCardDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_nbr",
    "status",
    "approval_status",
    "week",
    "employee",
    "type_",
    "orig_ref_nbr",
    "time_spent",
    "invoiceable",
    "overtime_spent",
    "invoiceable_overtime",
    "total_time_spent",
    "invoiceable_total_time",
    "last_modified_date_time",
    "summary",
    "materials",
    "approval_status_text",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class TimeCardDto:
    """
    Attributes:
        ref_nbr (str | Unset): The top part &gt; Ref. no. &gt; The unique reference number of the time card, which
            Acumatica ERP automatically assigns according to the numbering sequence specified as the Time Card Numbering
            Sequence on the Time and Expenses Preferences (EP.10.10.00) form.
        status (TimeCardDtoStatus | Unset): The top part &gt; Status &gt; The status of the time card
        approval_status (TimeCardDtoApprovalStatus | Unset): The top part &gt; Approval status &gt; The approval status
            of the time card
        week (WeekInTimeCardDto | Unset): The top part &gt; Week &gt; The week for which the time card has been created.
        employee (EmployeeInTimeCardDto | Unset): The top part &gt; Employee &gt; The name of the employee whose time
            card is currently open.
        type_ (TimeCardDtoType | Unset): The top part &gt; Type &gt; The type of the time card. The following options
            are available:??? Normal: Regular time card??? Correction: Corrective time card, which is a time card that
            updates a released time card
        orig_ref_nbr (str | Unset): The top part &gt; Orig. ref. no. &gt; The reference number of the time card being
            corrected. This box is filled in only when Correction is specified in the Type box
        time_spent (int | Unset): The top part &gt; Regular column: Time spent &gt; The work hours spent by the employee
            during the week on activities with the Regular Hours earning type.
        invoiceable (int | Unset): The top part &gt; Regular column: Invoicable &gt; The invoiceable work hours spent by
            the employee during the week
        overtime_spent (int | Unset): The top part &gt; Overtime column: Time spent &gt; The work hours spent by the
            employee during the week on activities with the Overtime earning type.
        invoiceable_overtime (int | Unset): The top part &gt; Overtime column: Invoicable &gt; The invoiceable overtime
            spent by the employee during the week
        total_time_spent (int | Unset): The top part &gt; Total column: Time spent &gt; The total working time (regular
            and overtime) for the week
        invoiceable_total_time (int | Unset): The top part &gt; Total column: Invoicable &gt; The total invoiceable
            working time (regular and overtime) for the week
        last_modified_date_time (datetime.datetime | Unset): System generated information: The last time the time card
            line was modified
        summary (list[TimeCardSummaryDto] | Unset): Summary tab &gt; Time Card summary information
        materials (list[TimeCardMaterialsDto] | Unset): Summary tab &gt; Time Card materials information
        approval_status_text (str | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    ref_nbr: str | Unset = UNSET
    status: TimeCardDtoStatus | Unset = UNSET
    approval_status: TimeCardDtoApprovalStatus | Unset = UNSET
    week: WeekInTimeCardDto | Unset = UNSET
    employee: EmployeeInTimeCardDto | Unset = UNSET
    type_: TimeCardDtoType | Unset = UNSET
    orig_ref_nbr: str | Unset = UNSET
    time_spent: int | Unset = UNSET
    invoiceable: int | Unset = UNSET
    overtime_spent: int | Unset = UNSET
    invoiceable_overtime: int | Unset = UNSET
    total_time_spent: int | Unset = UNSET
    invoiceable_total_time: int | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    summary: list[TimeCardSummaryDto] | Unset = UNSET
    materials: list[TimeCardMaterialsDto] | Unset = UNSET
    approval_status_text: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_nbr = self.ref_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status

        week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.week, Unset):
            week = self.week.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        orig_ref_nbr = self.orig_ref_nbr

        time_spent = self.time_spent

        invoiceable = self.invoiceable

        overtime_spent = self.overtime_spent

        invoiceable_overtime = self.invoiceable_overtime

        total_time_spent = self.total_time_spent

        invoiceable_total_time = self.invoiceable_total_time

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        approval_status_text = self.approval_status_text

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if week is not UNSET:
            field_dict["week"] = week
        if employee is not UNSET:
            field_dict["employee"] = employee
        if type_ is not UNSET:
            field_dict["type"] = type_
        if orig_ref_nbr is not UNSET:
            field_dict["origRefNbr"] = orig_ref_nbr
        if time_spent is not UNSET:
            field_dict["timeSpent"] = time_spent
        if invoiceable is not UNSET:
            field_dict["invoiceable"] = invoiceable
        if overtime_spent is not UNSET:
            field_dict["overtimeSpent"] = overtime_spent
        if invoiceable_overtime is not UNSET:
            field_dict["invoiceableOvertime"] = invoiceable_overtime
        if total_time_spent is not UNSET:
            field_dict["totalTimeSpent"] = total_time_spent
        if invoiceable_total_time is not UNSET:
            field_dict["invoiceableTotalTime"] = invoiceable_total_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if summary is not UNSET:
            field_dict["summary"] = summary
        if materials is not UNSET:
            field_dict["materials"] = materials
        if approval_status_text is not UNSET:
            field_dict["approvalStatusText"] = approval_status_text
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.approval_status = _rest.pop("approvalStatus", UNSET)
        _value = _rest.pop("week", UNSET)
        _instance.week = UNSET if _value is UNSET else _models.WeekInTimeCardDto.from_dict(_value)
        _value = _rest.pop("employee", UNSET)
        _instance.employee = UNSET if _value is UNSET else _models.EmployeeInTimeCardDto.from_dict(_value)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.orig_ref_nbr = _rest.pop("origRefNbr", UNSET)
        _instance.time_spent = _rest.pop("timeSpent", UNSET)
        _instance.invoiceable = _rest.pop("invoiceable", UNSET)
        _instance.overtime_spent = _rest.pop("overtimeSpent", UNSET)
        _instance.invoiceable_overtime = _rest.pop("invoiceableOvertime", UNSET)
        _instance.total_time_spent = _rest.pop("totalTimeSpent", UNSET)
        _instance.invoiceable_total_time = _rest.pop("invoiceableTotalTime", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("summary", UNSET)
        _instance.summary = (
            UNSET
            if _value is UNSET
            else [_models.TimeCardSummaryDto.from_dict(summary_item_data) for summary_item_data in _value]
        )
        _value = _rest.pop("materials", UNSET)
        _instance.materials = (
            UNSET
            if _value is UNSET
            else [_models.TimeCardMaterialsDto.from_dict(materials_item_data) for materials_item_data in _value]
        )
        _instance.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
