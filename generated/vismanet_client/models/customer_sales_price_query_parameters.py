from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_sales_price_query_parameters_price_type import (
    CustomerSalesPriceQueryParametersPriceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSalesPriceQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "greater_than_value",
    "number_to_read",
    "skip_records",
    "price_type",
    "price_code",
    "inventory_id",
    "effective_as_of",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "page_number",
    "page_size",
)


@_attrs_define(repr=False)
class CustomerSalesPriceQueryParameters:
    """
    Attributes:
        greater_than_value (str | Unset):
        number_to_read (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        skip_records (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        price_type (CustomerSalesPriceQueryParametersPriceType | Unset):
        price_code (str | Unset):
        inventory_id (str | Unset):
        effective_as_of (datetime.datetime | Unset):
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
    price_type: CustomerSalesPriceQueryParametersPriceType | Unset = UNSET
    price_code: str | Unset = UNSET
    inventory_id: str | Unset = UNSET
    effective_as_of: datetime.datetime | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greater_than_value = self.greater_than_value

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type

        price_code = self.price_code

        inventory_id = self.inventory_id

        effective_as_of: str | Unset = UNSET
        if not isinstance(self.effective_as_of, Unset):
            effective_as_of = self.effective_as_of.isoformat()

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
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if price_code is not UNSET:
            field_dict["priceCode"] = price_code
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if effective_as_of is not UNSET:
            field_dict["effectiveAsOf"] = effective_as_of
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        _instance.number_to_read = _rest.pop("numberToRead", UNSET)
        _instance.skip_records = _rest.pop("skipRecords", UNSET)
        _instance.price_type = _rest.pop("priceType", UNSET)
        _instance.price_code = _rest.pop("priceCode", UNSET)
        _instance.inventory_id = _rest.pop("inventoryId", UNSET)
        _value = _rest.pop("effectiveAsOf", UNSET)
        _instance.effective_as_of = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.page_number = _rest.pop("pageNumber", UNSET)
        _instance.page_size = _rest.pop("pageSize", UNSET)
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
