from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class CreditTermDto(GeneratedModel):
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

    terms_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    visible_to: str | Unset | None = UNSET
    due_date_type: str | Unset | None = UNSET
    move_due_date_if_on_the_weekend: str | Unset | None = UNSET
    due_day_1: int | Unset | None = UNSET
    due_day_1_day_from_1: int | Unset | None = UNSET
    due_day_1_day_to_1: int | Unset | None = UNSET
    due_day_2: int | Unset | None = UNSET
    due_day_2_day_from_1: int | Unset | None = UNSET
    due_day_2_day_to_1: int | Unset | None = UNSET
    discount_type: str | Unset | None = UNSET
    discount_day: int | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    delay_days: int | Unset | None = UNSET
    calculation_type: str | Unset | None = UNSET
    instalment_type: str | Unset | None = UNSET
    number_of_instalments: int | Unset | None = UNSET
    instalment_frequency: str | Unset | None = UNSET
    instalment_method: str | Unset | None = UNSET
    instalments_schedule: list[InstalmentSchedule] | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.terms_id
        if _value is not UNSET:
            field_dict["termsId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.visible_to
        if _value is not UNSET:
            field_dict["visibleTo"] = _value
        _value = self.due_date_type
        if _value is not UNSET:
            field_dict["dueDateType"] = _value
        _value = self.move_due_date_if_on_the_weekend
        if _value is not UNSET:
            field_dict["moveDueDateIfOnTheWeekend"] = _value
        _value = self.due_day_1
        if _value is not UNSET:
            field_dict["dueDay1"] = _value
        _value = self.due_day_1_day_from_1
        if _value is not UNSET:
            field_dict["dueDay1DayFrom1"] = _value
        _value = self.due_day_1_day_to_1
        if _value is not UNSET:
            field_dict["dueDay1DayTo1"] = _value
        _value = self.due_day_2
        if _value is not UNSET:
            field_dict["dueDay2"] = _value
        _value = self.due_day_2_day_from_1
        if _value is not UNSET:
            field_dict["dueDay2DayFrom1"] = _value
        _value = self.due_day_2_day_to_1
        if _value is not UNSET:
            field_dict["dueDay2DayTo1"] = _value
        _value = self.discount_type
        if _value is not UNSET:
            field_dict["discountType"] = _value
        _value = self.discount_day
        if _value is not UNSET:
            field_dict["discountDay"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.delay_days
        if _value is not UNSET:
            field_dict["delayDays"] = _value
        _value = self.calculation_type
        if _value is not UNSET:
            field_dict["calculationType"] = _value
        _value = self.instalment_type
        if _value is not UNSET:
            field_dict["instalmentType"] = _value
        _value = self.number_of_instalments
        if _value is not UNSET:
            field_dict["numberOfInstalments"] = _value
        _value = self.instalment_frequency
        if _value is not UNSET:
            field_dict["instalmentFrequency"] = _value
        _value = self.instalment_method
        if _value is not UNSET:
            field_dict["instalmentMethod"] = _value
        _value = self.instalments_schedule
        if _value is not UNSET:
            field_dict["instalmentsSchedule"] = (
                [
                    instalments_schedule_item_data.to_dict()
                    if isinstance(instalments_schedule_item_data, GeneratedModel)
                    else instalments_schedule_item_data
                    for instalments_schedule_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CreditTermDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.terms_id = _rest.pop("termsId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.visible_to = _rest.pop("visibleTo", UNSET)
        self.due_date_type = _rest.pop("dueDateType", UNSET)
        self.move_due_date_if_on_the_weekend = _rest.pop("moveDueDateIfOnTheWeekend", UNSET)
        self.due_day_1 = _rest.pop("dueDay1", UNSET)
        self.due_day_1_day_from_1 = _rest.pop("dueDay1DayFrom1", UNSET)
        self.due_day_1_day_to_1 = _rest.pop("dueDay1DayTo1", UNSET)
        self.due_day_2 = _rest.pop("dueDay2", UNSET)
        self.due_day_2_day_from_1 = _rest.pop("dueDay2DayFrom1", UNSET)
        self.due_day_2_day_to_1 = _rest.pop("dueDay2DayTo1", UNSET)
        self.discount_type = _rest.pop("discountType", UNSET)
        self.discount_day = _rest.pop("discountDay", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.delay_days = _rest.pop("delayDays", UNSET)
        self.calculation_type = _rest.pop("calculationType", UNSET)
        self.instalment_type = _rest.pop("instalmentType", UNSET)
        self.number_of_instalments = _rest.pop("numberOfInstalments", UNSET)
        self.instalment_frequency = _rest.pop("instalmentFrequency", UNSET)
        self.instalment_method = _rest.pop("instalmentMethod", UNSET)
        _value = _rest.pop("instalmentsSchedule", UNSET)
        self.instalments_schedule = (
            [
                _models.InstalmentSchedule._vn_fill(_new(_models.InstalmentSchedule), instalments_schedule_item_data)
                if isinstance(instalments_schedule_item_data, dict)
                else instalments_schedule_item_data
                for instalments_schedule_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("terms_id", "termsId", False, "str"),
        ("description", "description", False, "str"),
        ("visible_to", "visibleTo", False, "str"),
        ("due_date_type", "dueDateType", False, "str"),
        ("move_due_date_if_on_the_weekend", "moveDueDateIfOnTheWeekend", False, "str"),
        ("due_day_1", "dueDay1", False, "int"),
        ("due_day_1_day_from_1", "dueDay1DayFrom1", False, "int"),
        ("due_day_1_day_to_1", "dueDay1DayTo1", False, "int"),
        ("due_day_2", "dueDay2", False, "int"),
        ("due_day_2_day_from_1", "dueDay2DayFrom1", False, "int"),
        ("due_day_2_day_to_1", "dueDay2DayTo1", False, "int"),
        ("discount_type", "discountType", False, "str"),
        ("discount_day", "discountDay", False, "int"),
        ("discount_percent", "discountPercent", False, "float"),
        ("delay_days", "delayDays", False, "int"),
        ("calculation_type", "calculationType", False, "str"),
        ("instalment_type", "instalmentType", False, "str"),
        ("number_of_instalments", "numberOfInstalments", False, "int"),
        ("instalment_frequency", "instalmentFrequency", False, "str"),
        ("instalment_method", "instalmentMethod", False, "str"),
        ("instalments_schedule", "instalmentsSchedule", False, ("list", ("model", "InstalmentSchedule"))),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(CreditTermDto)
