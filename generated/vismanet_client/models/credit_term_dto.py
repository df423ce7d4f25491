from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instalment_schedule import InstalmentSchedule


T = TypeVar("T", bound="CreditTermDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "terms_id",
    "description",
    "visible_to",
    "due_date_type",
    "move_due_date_if_on_the_weekend",
    "due_day_1",
    "due_day_1_day_from_1",
    "due_day_1_day_to_1",
    "due_day_2",
    "due_day_2_day_from_1",
    "due_day_2_day_to_1",
    "discount_type",
    "discount_day",
    "discount_percent",
    "delay_days",
    "calculation_type",
    "instalment_type",
    "number_of_instalments",
    "instalment_frequency",
    "instalment_method",
    "instalments_schedule",
    "created_date_time",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class CreditTermDto:
    """
    Attributes:
        terms_id (str | Unset):
        description (str | Unset):
        visible_to (str | Unset): VisibleTo: AL - All, VE - Suppliers, CU - Customers, DS - Disabled
        due_date_type (str | Unset): Due Date Type , values:
            N - Fixed Number of Days,
            D - Day of Next Month,
            E - End of the Month,
            M - End of Next Month,
            T - Day of the Month,
            P - Fixed Number of Days starting Next Month,
            C - Custom.
        move_due_date_if_on_the_weekend (str | Unset): Move Due Date If On The Weekend, values:
            1 - Keep the exact date,
            2 - Day before (Friday),
            3 - Day after (Monday).
        due_day_1 (int | Unset):
        due_day_1_day_from_1 (int | Unset):
        due_day_1_day_to_1 (int | Unset):
        due_day_2 (int | Unset):
        due_day_2_day_from_1 (int | Unset):
        due_day_2_day_to_1 (int | Unset):
        discount_type (str | Unset): Discount Type , values:
            N - Fixed Number of Days,
            D - Day of Next Month,
            E - End of the Month,
            M - End of Next Month,
            T - Day of the Month,
            P - Fixed Number of Days starting Next Month.
        discount_day (int | Unset):
        discount_percent (float | Unset):
        delay_days (int | Unset):
        calculation_type (str | Unset): Calculation Type: G - Gross amount, N - Net amount
        instalment_type (str | Unset): Instalment Type: S - Simple, M - Multiple
        number_of_instalments (int | Unset):
        instalment_frequency (str | Unset): Instalment Frequency, values:
            W - Weekly,
            M - Monthly,
            B - Semi-monthly (the second installment comes a half a month after the first one, and so on).
        instalment_method (str | Unset): Instalment Method, values:
            E - Equal Parts,
            A - All Tax in First Installment (the total amount before tax is split equally between installments and the
            entire amount of tax is added to the first installment),
            S - Split by Percents in Table (the days and amounts of installments are defined by the related Instalments
            Schedule records).
        instalments_schedule (list[InstalmentSchedule] | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
    """

    terms_id: str | Unset = UNSET
    description: str | Unset = UNSET
    visible_to: str | Unset = UNSET
    due_date_type: str | Unset = UNSET
    move_due_date_if_on_the_weekend: str | Unset = UNSET
    due_day_1: int | Unset = UNSET
    due_day_1_day_from_1: int | Unset = UNSET
    due_day_1_day_to_1: int | Unset = UNSET
    due_day_2: int | Unset = UNSET
    due_day_2_day_from_1: int | Unset = UNSET
    due_day_2_day_to_1: int | Unset = UNSET
    discount_type: str | Unset = UNSET
    discount_day: int | Unset = UNSET
    discount_percent: float | Unset = UNSET
    delay_days: int | Unset = UNSET
    calculation_type: str | Unset = UNSET
    instalment_type: str | Unset = UNSET
    number_of_instalments: int | Unset = UNSET
    instalment_frequency: str | Unset = UNSET
    instalment_method: str | Unset = UNSET
    instalments_schedule: list[InstalmentSchedule] | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terms_id = self.terms_id

        description = self.description

        visible_to = self.visible_to

        due_date_type = self.due_date_type

        move_due_date_if_on_the_weekend = self.move_due_date_if_on_the_weekend

        due_day_1 = self.due_day_1

        due_day_1_day_from_1 = self.due_day_1_day_from_1

        due_day_1_day_to_1 = self.due_day_1_day_to_1

        due_day_2 = self.due_day_2

        due_day_2_day_from_1 = self.due_day_2_day_from_1

        due_day_2_day_to_1 = self.due_day_2_day_to_1

        discount_type = self.discount_type

        discount_day = self.discount_day

        discount_percent = self.discount_percent

        delay_days = self.delay_days

        calculation_type = self.calculation_type

        instalment_type = self.instalment_type

        number_of_instalments = self.number_of_instalments

        instalment_frequency = self.instalment_frequency

        instalment_method = self.instalment_method

        instalments_schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instalments_schedule, Unset):
            instalments_schedule = []
            for instalments_schedule_item_data in self.instalments_schedule:
                instalments_schedule_item = instalments_schedule_item_data.to_dict()
                instalments_schedule.append(instalments_schedule_item)

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terms_id is not UNSET:
            field_dict["termsId"] = terms_id
        if description is not UNSET:
            field_dict["description"] = description
        if visible_to is not UNSET:
            field_dict["visibleTo"] = visible_to
        if due_date_type is not UNSET:
            field_dict["dueDateType"] = due_date_type
        if move_due_date_if_on_the_weekend is not UNSET:
            field_dict["moveDueDateIfOnTheWeekend"] = move_due_date_if_on_the_weekend
        if due_day_1 is not UNSET:
            field_dict["dueDay1"] = due_day_1
        if due_day_1_day_from_1 is not UNSET:
            field_dict["dueDay1DayFrom1"] = due_day_1_day_from_1
        if due_day_1_day_to_1 is not UNSET:
            field_dict["dueDay1DayTo1"] = due_day_1_day_to_1
        if due_day_2 is not UNSET:
            field_dict["dueDay2"] = due_day_2
        if due_day_2_day_from_1 is not UNSET:
            field_dict["dueDay2DayFrom1"] = due_day_2_day_from_1
        if due_day_2_day_to_1 is not UNSET:
            field_dict["dueDay2DayTo1"] = due_day_2_day_to_1
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if discount_day is not UNSET:
            field_dict["discountDay"] = discount_day
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if delay_days is not UNSET:
            field_dict["delayDays"] = delay_days
        if calculation_type is not UNSET:
            field_dict["calculationType"] = calculation_type
        if instalment_type is not UNSET:
            field_dict["instalmentType"] = instalment_type
        if number_of_instalments is not UNSET:
            field_dict["numberOfInstalments"] = number_of_instalments
        if instalment_frequency is not UNSET:
            field_dict["instalmentFrequency"] = instalment_frequency
        if instalment_method is not UNSET:
            field_dict["instalmentMethod"] = instalment_method
        if instalments_schedule is not UNSET:
            field_dict["instalmentsSchedule"] = instalments_schedule
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.terms_id = _rest.pop("termsId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.visible_to = _rest.pop("visibleTo", UNSET)
        _instance.due_date_type = _rest.pop("dueDateType", UNSET)
        _instance.move_due_date_if_on_the_weekend = _rest.pop("moveDueDateIfOnTheWeekend", UNSET)
        _instance.due_day_1 = _rest.pop("dueDay1", UNSET)
        _instance.due_day_1_day_from_1 = _rest.pop("dueDay1DayFrom1", UNSET)
        _instance.due_day_1_day_to_1 = _rest.pop("dueDay1DayTo1", UNSET)
        _instance.due_day_2 = _rest.pop("dueDay2", UNSET)
        _instance.due_day_2_day_from_1 = _rest.pop("dueDay2DayFrom1", UNSET)
        _instance.due_day_2_day_to_1 = _rest.pop("dueDay2DayTo1", UNSET)
        _instance.discount_type = _rest.pop("discountType", UNSET)
        _instance.discount_day = _rest.pop("discountDay", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.delay_days = _rest.pop("delayDays", UNSET)
        _instance.calculation_type = _rest.pop("calculationType", UNSET)
        _instance.instalment_type = _rest.pop("instalmentType", UNSET)
        _instance.number_of_instalments = _rest.pop("numberOfInstalments", UNSET)
        _instance.instalment_frequency = _rest.pop("instalmentFrequency", UNSET)
        _instance.instalment_method = _rest.pop("instalmentMethod", UNSET)
        _value = _rest.pop("instalmentsSchedule", UNSET)
        _instance.instalments_schedule = (
            UNSET
            if _value is UNSET
            else [
                _models.InstalmentSchedule.from_dict(instalments_schedule_item_data)
                for instalments_schedule_item_data in _value
            ]
        )
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
