from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sales_person_dto import SalesPersonDto


T = TypeVar("T", bound="BasePaginationDtoOfSalesPersonDto")


@_attrs_define
class BasePaginationDtoOfSalesPersonDto:
    """
    Attributes:
        page_number (int | Unset):
        page_size (int | Unset):
        total_count (int | Unset):
        records (list[SalesPersonDto] | Unset):
    """

    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_count: int | Unset = UNSET
    records: list[SalesPersonDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        total_count = self.total_count

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sales_person_dto import SalesPersonDto

        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        total_count = d.pop("totalCount", UNSET)

        _records = d.pop("records", UNSET)
        records: list[SalesPersonDto] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = SalesPersonDto.from_dict(records_item_data)

                records.append(records_item)

        base_pagination_dto_of_sales_person_dto = cls(
            page_number=page_number,
            page_size=page_size,
            total_count=total_count,
            records=records,
        )

        base_pagination_dto_of_sales_person_dto.additional_properties = d
        return base_pagination_dto_of_sales_person_dto

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
