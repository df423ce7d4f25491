from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_sales_price_query_parameters_price_type import (
    CustomerSalesPriceQueryParametersPriceType,
    check_customer_sales_price_query_parameters_price_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSalesPriceQueryParameters")


@_attrs_define
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
        d = dict(src_dict)
        greater_than_value = d.pop("greaterThanValue", UNSET)

        number_to_read = d.pop("numberToRead", UNSET)

        skip_records = d.pop("skipRecords", UNSET)

        _price_type = d.pop("priceType", UNSET)
        price_type: CustomerSalesPriceQueryParametersPriceType | Unset
        if isinstance(_price_type, Unset):
            price_type = UNSET
        else:
            price_type = check_customer_sales_price_query_parameters_price_type(_price_type)

        price_code = d.pop("priceCode", UNSET)

        inventory_id = d.pop("inventoryId", UNSET)

        _effective_as_of = d.pop("effectiveAsOf", UNSET)
        effective_as_of: datetime.datetime | Unset
        if isinstance(_effective_as_of, Unset):
            effective_as_of = UNSET
        else:
            effective_as_of = datetime.datetime.fromisoformat(_effective_as_of)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        customer_sales_price_query_parameters = cls(
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            price_type=price_type,
            price_code=price_code,
            inventory_id=inventory_id,
            effective_as_of=effective_as_of,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            page_number=page_number,
            page_size=page_size,
        )

        customer_sales_price_query_parameters.additional_properties = d
        return customer_sales_price_query_parameters

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
