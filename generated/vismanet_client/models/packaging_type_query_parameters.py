from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackagingTypeQueryParameters")


@_attrs_define
class PackagingTypeQueryParameters:
    """
    Attributes:
        greater_than_value (str | Unset): This field has been deprecated and will be removed in future versions.
        number_to_read (int | Unset): This field has been deprecated and will be removed in future versions.
        skip_records (int | Unset): This field has been deprecated and will be removed in future versions.
        order_by (str | Unset): This field has been deprecated and will be removed in future versions. The OrderBy
            parameter has no effect on the result.
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset): Pagination parameter. Page number.
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
    """

    greater_than_value: str | Unset = UNSET
    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    order_by: str | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greater_than_value = self.greater_than_value

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        order_by = self.order_by

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        page_number = self.page_number

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        greater_than_value = d.pop("greaterThanValue", UNSET)

        number_to_read = d.pop("numberToRead", UNSET)

        skip_records = d.pop("skipRecords", UNSET)

        order_by = d.pop("orderBy", UNSET)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        packaging_type_query_parameters = cls(
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
        )

        packaging_type_query_parameters.additional_properties = d
        return packaging_type_query_parameters

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
