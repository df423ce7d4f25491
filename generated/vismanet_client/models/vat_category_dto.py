from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_category_line_dto import VatCategoryLineDto


T = TypeVar("T", bound="VatCategoryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_category_id",
    "description",
    "active",
    "exclude_listed_taxes",
    "last_modified_date_time",
    "vat_category_lines",
)


@_attrs_define(repr=False)
class VatCategoryDto:
    """
    Attributes:
        vat_category_id (str | Unset): Mandatory field: The top part &gt; VAT category ID* &gt; The unique ID of the VAT
            category. An alphanumeric string of up to six characters can be used.
        description (str | Unset): The top part &gt; Description &gt; A detailed description of the category.
        active (bool | Unset): The top part &gt; Active &gt; A check box that means (if selected) that this VAT category
            is active.
        exclude_listed_taxes (bool | Unset): The top part &gt; Exclude listed taxes &gt; A check box that indicates (if
            selected) this VAT category should exclude the listed taxes from VAT zones.
        last_modified_date_time (datetime.datetime | Unset): Systemgenerated information.
        vat_category_lines (list[VatCategoryLineDto] | Unset): The table &gt;
    """

    vat_category_id: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    exclude_listed_taxes: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    vat_category_lines: list[VatCategoryLineDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_category_id = self.vat_category_id

        description = self.description

        active = self.active

        exclude_listed_taxes = self.exclude_listed_taxes

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        vat_category_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vat_category_lines, Unset):
            vat_category_lines = []
            for vat_category_lines_item_data in self.vat_category_lines:
                vat_category_lines_item = vat_category_lines_item_data.to_dict()
                vat_category_lines.append(vat_category_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_category_id is not UNSET:
            field_dict["vatCategoryId"] = vat_category_id
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if exclude_listed_taxes is not UNSET:
            field_dict["excludeListedTaxes"] = exclude_listed_taxes
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if vat_category_lines is not UNSET:
            field_dict["vatCategoryLines"] = vat_category_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.exclude_listed_taxes = _rest.pop("excludeListedTaxes", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("vatCategoryLines", UNSET)
        _instance.vat_category_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.VatCategoryLineDto.from_dict(vat_category_lines_item_data)
                for vat_category_lines_item_data in _value
            ]
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
