from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractTemplateQueryParameters")


@_attrs_define
class ContractTemplateQueryParameters:
    """
    Attributes:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        expand_attributes (bool | Unset):
    """

    greater_than_value: str | Unset = UNSET
    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    expand_attributes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greater_than_value = self.greater_than_value

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        expand_attributes = self.expand_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if expand_attributes is not UNSET:
            field_dict["expandAttributes"] = expand_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        greater_than_value = d.pop("greaterThanValue", UNSET)

        number_to_read = d.pop("numberToRead", UNSET)

        skip_records = d.pop("skipRecords", UNSET)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        expand_attributes = d.pop("expandAttributes", UNSET)

        contract_template_query_parameters = cls(
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            expand_attributes=expand_attributes,
        )

        contract_template_query_parameters.additional_properties = d
        return contract_template_query_parameters

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
