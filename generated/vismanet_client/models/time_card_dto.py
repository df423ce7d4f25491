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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class TimeCardDto(GeneratedModel):
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

    ref_nbr: str | Unset | None = UNSET
    status: TimeCardDtoStatus | Unset | None = UNSET
    approval_status: TimeCardDtoApprovalStatus | Unset | None = UNSET
    week: WeekInTimeCardDto | Unset | None = UNSET
    employee: EmployeeInTimeCardDto | Unset | None = UNSET
    type_: TimeCardDtoType | Unset | None = UNSET
    orig_ref_nbr: str | Unset | None = UNSET
    time_spent: int | Unset | None = UNSET
    invoiceable: int | Unset | None = UNSET
    overtime_spent: int | Unset | None = UNSET
    invoiceable_overtime: int | Unset | None = UNSET
    total_time_spent: int | Unset | None = UNSET
    invoiceable_total_time: int | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    summary: list[TimeCardSummaryDto] | Unset | None = UNSET
    materials: list[TimeCardMaterialsDto] | Unset | None = UNSET
    approval_status_text: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.approval_status
        if _value is not UNSET:
            field_dict["approvalStatus"] = _value
        _value = self.week
        if _value is not UNSET:
            field_dict["week"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.employee
        if _value is not UNSET:
            field_dict["employee"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.orig_ref_nbr
        if _value is not UNSET:
            field_dict["origRefNbr"] = _value
        _value = self.time_spent
        if _value is not UNSET:
            field_dict["timeSpent"] = _value
        _value = self.invoiceable
        if _value is not UNSET:
            field_dict["invoiceable"] = _value
        _value = self.overtime_spent
        if _value is not UNSET:
            field_dict["overtimeSpent"] = _value
        _value = self.invoiceable_overtime
        if _value is not UNSET:
            field_dict["invoiceableOvertime"] = _value
        _value = self.total_time_spent
        if _value is not UNSET:
            field_dict["totalTimeSpent"] = _value
        _value = self.invoiceable_total_time
        if _value is not UNSET:
            field_dict["invoiceableTotalTime"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.summary
        if _value is not UNSET:
            field_dict["summary"] = (
                [
                    summary_item_data.to_dict() if isinstance(summary_item_data, GeneratedModel) else summary_item_data
                    for summary_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.materials
        if _value is not UNSET:
            field_dict["materials"] = (
                [
                    materials_item_data.to_dict()
                    if isinstance(materials_item_data, GeneratedModel)
                    else materials_item_data
                    for materials_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.approval_status_text
        if _value is not UNSET:
            field_dict["approvalStatusText"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TimeCardDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.approval_status = _rest.pop("approvalStatus", UNSET)
        _value = _rest.pop("week", UNSET)
        self.week = (
            _models.WeekInTimeCardDto._vn_fill(_new(_models.WeekInTimeCardDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("employee", UNSET)
        self.employee = (
            _models.EmployeeInTimeCardDto._vn_fill(_new(_models.EmployeeInTimeCardDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.type_ = _rest.pop("type", UNSET)
        self.orig_ref_nbr = _rest.pop("origRefNbr", UNSET)
        self.time_spent = _rest.pop("timeSpent", UNSET)
        self.invoiceable = _rest.pop("invoiceable", UNSET)
        self.overtime_spent = _rest.pop("overtimeSpent", UNSET)
        self.invoiceable_overtime = _rest.pop("invoiceableOvertime", UNSET)
        self.total_time_spent = _rest.pop("totalTimeSpent", UNSET)
        self.invoiceable_total_time = _rest.pop("invoiceableTotalTime", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("summary", UNSET)
        self.summary = (
            [
                _models.TimeCardSummaryDto._vn_fill(_new(_models.TimeCardSummaryDto), summary_item_data)
                if isinstance(summary_item_data, dict)
                else summary_item_data
                for summary_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("materials", UNSET)
        self.materials = (
            [
                _models.TimeCardMaterialsDto._vn_fill(_new(_models.TimeCardMaterialsDto), materials_item_data)
                if isinstance(materials_item_data, dict)
                else materials_item_data
                for materials_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.approval_status_text = _rest.pop("approvalStatusText", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("ref_nbr", "refNbr", False, "str"),
        ("status", "status", False, "str"),
        ("approval_status", "approvalStatus", False, "str"),
        ("week", "week", False, ("model", "WeekInTimeCardDto")),
        ("employee", "employee", False, ("model", "EmployeeInTimeCardDto")),
        ("type_", "type", False, "str"),
        ("orig_ref_nbr", "origRefNbr", False, "str"),
        ("time_spent", "timeSpent", False, "int"),
        ("invoiceable", "invoiceable", False, "int"),
        ("overtime_spent", "overtimeSpent", False, "int"),
        ("invoiceable_overtime", "invoiceableOvertime", False, "int"),
        ("total_time_spent", "totalTimeSpent", False, "int"),
        ("invoiceable_total_time", "invoiceableTotalTime", False, "int"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("summary", "summary", False, ("list", ("model", "TimeCardSummaryDto"))),
        ("materials", "materials", False, ("list", ("model", "TimeCardMaterialsDto"))),
        ("approval_status_text", "approvalStatusText", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(TimeCardDto)
