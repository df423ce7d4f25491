from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.stocktake_dto_summary_status import StocktakeDtoSummaryStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.stocktake_line_dto import StocktakeLineDto


T = TypeVar("T", bound="StocktakeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "reference_nbr",
    "description",
    "summary_status",
    "freeze_date",
    "number_of_lines",
    "physical_qty",
    "variance_qty",
    "variance_cost",
    "last_modified_date_time",
    "lines",
)


@_attrs_define(repr=False)
class StocktakeDto(GeneratedModel):
    """
    Attributes:
        reference_nbr (str | Unset): The top part &gt; Ref. no. &gt; The reference number of the stocktaking document to
            be reviewed.
        description (str | Unset): The top part &gt; Description &gt; The description of the stocktaking.
        summary_status (StocktakeDtoSummaryStatus | Unset): The top part &gt; Status &gt; An info field that shows the
            current status of this stocktaking document.
        freeze_date (datetime.datetime | Unset): The top part &gt; Freeze date &gt; An info field that shows the date
            when the stocktaking document was created.
        number_of_lines (int | Unset):
        physical_qty (float | Unset): The top part &gt; Total physical qty. &gt; An info field showing the total actual
            quantity of all stock items listed in the document.
        variance_qty (float | Unset): The top part &gt; Total variance qty. &gt; An info field showing the total
            variance quantity for the document.
        variance_cost (float | Unset): The top part &gt; Total variance cost &gt; An info field showing the total
            variance cost for all stock items listed in the document.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        lines (list[StocktakeLineDto] | Unset): Stocktaking details tab &gt;
    """

    reference_nbr: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    summary_status: StocktakeDtoSummaryStatus | Unset | None = UNSET
    freeze_date: datetime.datetime | Unset | None = UNSET
    number_of_lines: int | Unset | None = UNSET
    physical_qty: float | Unset | None = UNSET
    variance_qty: float | Unset | None = UNSET
    variance_cost: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    lines: list[StocktakeLineDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.reference_nbr
        if _value is not UNSET:
            field_dict["referenceNbr"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.summary_status
        if _value is not UNSET:
            field_dict["summaryStatus"] = _value
        _value = self.freeze_date
        if _value is not UNSET:
            field_dict["freezeDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.number_of_lines
        if _value is not UNSET:
            field_dict["numberOfLines"] = _value
        _value = self.physical_qty
        if _value is not UNSET:
            field_dict["physicalQty"] = _value
        _value = self.variance_qty
        if _value is not UNSET:
            field_dict["varianceQty"] = _value
        _value = self.variance_cost
        if _value is not UNSET:
            field_dict["varianceCost"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.lines
        if _value is not UNSET:
            field_dict["lines"] = (
                [
                    lines_item_data.to_dict() if isinstance(lines_item_data, GeneratedModel) else lines_item_data
                    for lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not StocktakeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.reference_nbr = _rest.pop("referenceNbr", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.summary_status = _rest.pop("summaryStatus", UNSET)
        _value = _rest.pop("freezeDate", UNSET)
        self.freeze_date = _parse_datetime(_value)
        self.number_of_lines = _rest.pop("numberOfLines", UNSET)
        self.physical_qty = _rest.pop("physicalQty", UNSET)
        self.variance_qty = _rest.pop("varianceQty", UNSET)
        self.variance_cost = _rest.pop("varianceCost", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.StocktakeLineDto._vn_fill(_new(_models.StocktakeLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("reference_nbr", "referenceNbr", False, "str"),
        ("description", "description", False, "str"),
        ("summary_status", "summaryStatus", False, "str"),
        ("freeze_date", "freezeDate", False, "datetime"),
        ("number_of_lines", "numberOfLines", False, "int"),
        ("physical_qty", "physicalQty", False, "float"),
        ("variance_qty", "varianceQty", False, "float"),
        ("variance_cost", "varianceCost", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("lines", "lines", False, ("list", ("model", "StocktakeLineDto"))),
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


_Lazy = _lazy_twin(StocktakeDto)
