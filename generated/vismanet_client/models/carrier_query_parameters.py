from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "number_to_read",
    "skip_records",
    "last_modified_date_time",
    "last_modified_date_time_condition",
)


@_attrs_define(repr=False)
class CarrierQueryParameters:
    """
    Attributes:
        number_to_read (int | Unset): Enter the number of records to read.
        skip_records (int | Unset): Enter the number of records to skip.
        last_modified_date_time (str | Unset): System generated value for last modification of transaction/record. Use
            format: YYYY-MM-DD HH:MM (date and time) to filter from date to present.
        last_modified_date_time_condition (str | Unset): System retrieved information for state/condition.
    """

    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_to_read = self.number_to_read

        skip_records = self.skip_records

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.number_to_read = _rest.pop("numberToRead", UNSET)
        _instance.skip_records = _rest.pop("skipRecords", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
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
