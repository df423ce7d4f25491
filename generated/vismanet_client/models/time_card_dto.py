from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_card_dto_approval_status import TimeCardDtoApprovalStatus, check_time_card_dto_approval_status
from ..models.time_card_dto_status import TimeCardDtoStatus, check_time_card_dto_status
from ..models.time_card_dto_type import TimeCardDtoType, check_time_card_dto_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employee_in_time_card_dto import EmployeeInTimeCardDto
    from ..models.metadata_dto import MetadataDto
    from ..models.time_card_materials_dto import TimeCardMaterialsDto
    from ..models.time_card_summary_dto import TimeCardSummaryDto
    from ..models.week_in_time_card_dto import WeekInTimeCardDto


T = TypeVar("T", bound="TimeCardDto")


@_attrs_define
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
        from ..models.employee_in_time_card_dto import EmployeeInTimeCardDto
        from ..models.metadata_dto import MetadataDto
        from ..models.time_card_materials_dto import TimeCardMaterialsDto
        from ..models.time_card_summary_dto import TimeCardSummaryDto
        from ..models.week_in_time_card_dto import WeekInTimeCardDto

        d = dict(src_dict)
        ref_nbr = d.pop("refNbr", UNSET)

        _status = d.pop("status", UNSET)
        status: TimeCardDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_time_card_dto_status(_status)

        _approval_status = d.pop("approvalStatus", UNSET)
        approval_status: TimeCardDtoApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = check_time_card_dto_approval_status(_approval_status)

        _week = d.pop("week", UNSET)
        week: WeekInTimeCardDto | Unset
        if isinstance(_week, Unset):
            week = UNSET
        else:
            week = WeekInTimeCardDto.from_dict(_week)

        _employee = d.pop("employee", UNSET)
        employee: EmployeeInTimeCardDto | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = EmployeeInTimeCardDto.from_dict(_employee)

        _type_ = d.pop("type", UNSET)
        type_: TimeCardDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_time_card_dto_type(_type_)

        orig_ref_nbr = d.pop("origRefNbr", UNSET)

        time_spent = d.pop("timeSpent", UNSET)

        invoiceable = d.pop("invoiceable", UNSET)

        overtime_spent = d.pop("overtimeSpent", UNSET)

        invoiceable_overtime = d.pop("invoiceableOvertime", UNSET)

        total_time_spent = d.pop("totalTimeSpent", UNSET)

        invoiceable_total_time = d.pop("invoiceableTotalTime", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _summary = d.pop("summary", UNSET)
        summary: list[TimeCardSummaryDto] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary_item = TimeCardSummaryDto.from_dict(summary_item_data)

                summary.append(summary_item)

        _materials = d.pop("materials", UNSET)
        materials: list[TimeCardMaterialsDto] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = TimeCardMaterialsDto.from_dict(materials_item_data)

                materials.append(materials_item)

        approval_status_text = d.pop("approvalStatusText", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        time_card_dto = cls(
            ref_nbr=ref_nbr,
            status=status,
            approval_status=approval_status,
            week=week,
            employee=employee,
            type_=type_,
            orig_ref_nbr=orig_ref_nbr,
            time_spent=time_spent,
            invoiceable=invoiceable,
            overtime_spent=overtime_spent,
            invoiceable_overtime=invoiceable_overtime,
            total_time_spent=total_time_spent,
            invoiceable_total_time=invoiceable_total_time,
            last_modified_date_time=last_modified_date_time,
            summary=summary,
            materials=materials,
            approval_status_text=approval_status_text,
            error_info=error_info,
            metadata=metadata,
        )

        time_card_dto.additional_properties = d
        return time_card_dto

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
