from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesCategoryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "category_id",
    "description",
    "parent_id",
    "sort_order",
    "sub_categories",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.category_id = _rest.pop("categoryID", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.parent_id = _rest.pop("parentID", UNSET)
        _instance.sort_order = _rest.pop("sortOrder", UNSET)
        _value = _rest.pop("subCategories", UNSET)
        _instance.sub_categories = (
            UNSET
            if _value is UNSET
            else [_models.SalesCategoryDto.from_dict(sub_categories_item_data) for sub_categories_item_data in _value]
        )
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
