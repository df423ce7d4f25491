from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesCategoryDto")


@_attrs_define
class SalesCategoryDto:
    """This class represents a Sales Category in SalesCategoryController. Used by getting data.

    Attributes:
        category_id (int | Unset): The left pane &gt; Categories. See the list of category members on the right side.
            The right pane &gt; Item ID &gt; The unique identifier of the sales category.
        description (str | Unset): The right pane &gt; Description &gt; The description of the sales category, which can
            serve as an identifier.
        parent_id (int | Unset): The right pane &gt; Parent category &gt; The primary/main category for Item sales.
        sort_order (int | Unset):
        sub_categories (list[SalesCategoryDto] | Unset): A list can be expanded on the left side.
    """

    category_id: int | Unset = UNSET
    description: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    sort_order: int | Unset = UNSET
    sub_categories: list[SalesCategoryDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        description = self.description

        parent_id = self.parent_id

        sort_order = self.sort_order

        sub_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_categories, Unset):
            sub_categories = []
            for sub_categories_item_data in self.sub_categories:
                sub_categories_item = sub_categories_item_data.to_dict()
                sub_categories.append(sub_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryID"] = category_id
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parentID"] = parent_id
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if sub_categories is not UNSET:
            field_dict["subCategories"] = sub_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category_id = d.pop("categoryID", UNSET)

        description = d.pop("description", UNSET)

        parent_id = d.pop("parentID", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _sub_categories = d.pop("subCategories", UNSET)
        sub_categories: list[SalesCategoryDto] | Unset = UNSET
        if _sub_categories is not UNSET:
            sub_categories = []
            for sub_categories_item_data in _sub_categories:
                sub_categories_item = SalesCategoryDto.from_dict(sub_categories_item_data)

                sub_categories.append(sub_categories_item)

        sales_category_dto = cls(
            category_id=category_id,
            description=description,
            parent_id=parent_id,
            sort_order=sort_order,
            sub_categories=sub_categories,
        )

        sales_category_dto.additional_properties = d
        return sales_category_dto

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
