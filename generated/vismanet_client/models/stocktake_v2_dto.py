from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.stocktake_v2_dto_summary_status import StocktakeV2DtoSummaryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.stocktake_line_v2_dto import StocktakeLineV2Dto


T = TypeVar("T", bound="StocktakeV2Dto")

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
    "timestamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class StocktakeV2Dto:
    """
    Attributes:
        reference_nbr (str | Unset): The top part &gt; Ref. no. &gt; The reference number of the stocktaking document to
            be reviewed.
        description (str | Unset): The top part &gt; Description &gt; The description of the stocktaking.
        summary_status (StocktakeV2DtoSummaryStatus | Unset): The top part &gt; Status &gt; An info field that shows the
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
        lines (list[StocktakeLineV2Dto] | Unset): Stocktaking details tab &gt;
        timestamp (str | Unset): Timestamp of the stocktake record
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    reference_nbr: str | Unset = UNSET
    description: str | Unset = UNSET
    summary_status: StocktakeV2DtoSummaryStatus | Unset = UNSET
    freeze_date: datetime.datetime | Unset = UNSET
    number_of_lines: int | Unset = UNSET
    physical_qty: float | Unset = UNSET
    variance_qty: float | Unset = UNSET
    variance_cost: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    lines: list[StocktakeLineV2Dto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_nbr = self.reference_nbr

        description = self.description

        summary_status: str | Unset = UNSET
        if not isinstance(self.summary_status, Unset):
            summary_status = self.summary_status

        freeze_date: str | Unset = UNSET
        if not isinstance(self.freeze_date, Unset):
            freeze_date = self.freeze_date.isoformat()

        number_of_lines = self.number_of_lines

        physical_qty = self.physical_qty

        variance_qty = self.variance_qty

        variance_cost = self.variance_cost

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_nbr is not UNSET:
            field_dict["referenceNbr"] = reference_nbr
        if description is not UNSET:
            field_dict["description"] = description
        if summary_status is not UNSET:
            field_dict["summaryStatus"] = summary_status
        if freeze_date is not UNSET:
            field_dict["freezeDate"] = freeze_date
        if number_of_lines is not UNSET:
            field_dict["numberOfLines"] = number_of_lines
        if physical_qty is not UNSET:
            field_dict["physicalQty"] = physical_qty
        if variance_qty is not UNSET:
            field_dict["varianceQty"] = variance_qty
        if variance_cost is not UNSET:
            field_dict["varianceCost"] = variance_cost
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if lines is not UNSET:
            field_dict["lines"] = lines
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.reference_nbr = _rest.pop("referenceNbr", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.summary_status = _rest.pop("summaryStatus", UNSET)
        _value = _rest.pop("freezeDate", UNSET)
        _instance.freeze_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.number_of_lines = _rest.pop("numberOfLines", UNSET)
        _instance.physical_qty = _rest.pop("physicalQty", UNSET)
        _instance.variance_qty = _rest.pop("varianceQty", UNSET)
        _instance.variance_cost = _rest.pop("varianceCost", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.StocktakeLineV2Dto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _instance.timestamp = _rest.pop("timestamp", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
