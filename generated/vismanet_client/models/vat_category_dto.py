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
class VatCategoryDto(GeneratedModel):
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

    vat_category_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    exclude_listed_taxes: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    vat_category_lines: list[VatCategoryLineDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.vat_category_id
        if _value is not UNSET:
            field_dict["vatCategoryId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.exclude_listed_taxes
        if _value is not UNSET:
            field_dict["excludeListedTaxes"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.vat_category_lines
        if _value is not UNSET:
            field_dict["vatCategoryLines"] = (
                [
                    vat_category_lines_item_data.to_dict()
                    if isinstance(vat_category_lines_item_data, GeneratedModel)
                    else vat_category_lines_item_data
                    for vat_category_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VatCategoryDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.exclude_listed_taxes = _rest.pop("excludeListedTaxes", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("vatCategoryLines", UNSET)
        self.vat_category_lines = (
            [
                _models.VatCategoryLineDto._vn_fill(_new(_models.VatCategoryLineDto), vat_category_lines_item_data)
                if isinstance(vat_category_lines_item_data, dict)
                else vat_category_lines_item_data
                for vat_category_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("vat_category_id", "vatCategoryId", False, "str"),
        ("description", "description", False, "str"),
        ("active", "active", False, "bool"),
        ("exclude_listed_taxes", "excludeListedTaxes", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("vat_category_lines", "vatCategoryLines", False, ("list", ("model", "VatCategoryLineDto"))),
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


_Lazy = _lazy_twin(VatCategoryDto)
