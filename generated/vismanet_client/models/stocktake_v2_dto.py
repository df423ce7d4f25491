from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_v2_dto_summary_status import StocktakeV2DtoSummaryStatus, check_stocktake_v2_dto_summary_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.stocktake_line_v2_dto import StocktakeLineV2Dto


T = TypeVar("T", bound="StocktakeV2Dto")


@_attrs_define
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
        from ..models.metadata_dto import MetadataDto
        from ..models.stocktake_line_v2_dto import StocktakeLineV2Dto

        d = dict(src_dict)
        reference_nbr = d.pop("referenceNbr", UNSET)

        description = d.pop("description", UNSET)

        _summary_status = d.pop("summaryStatus", UNSET)
        summary_status: StocktakeV2DtoSummaryStatus | Unset
        if isinstance(_summary_status, Unset):
            summary_status = UNSET
        else:
            summary_status = check_stocktake_v2_dto_summary_status(_summary_status)

        _freeze_date = d.pop("freezeDate", UNSET)
        freeze_date: datetime.datetime | Unset
        if isinstance(_freeze_date, Unset):
            freeze_date = UNSET
        else:
            freeze_date = datetime.datetime.fromisoformat(_freeze_date)

        number_of_lines = d.pop("numberOfLines", UNSET)

        physical_qty = d.pop("physicalQty", UNSET)

        variance_qty = d.pop("varianceQty", UNSET)

        variance_cost = d.pop("varianceCost", UNSET)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _lines = d.pop("lines", UNSET)
        lines: list[StocktakeLineV2Dto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = StocktakeLineV2Dto.from_dict(lines_item_data)

                lines.append(lines_item)

        timestamp = d.pop("timestamp", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        stocktake_v2_dto = cls(
            reference_nbr=reference_nbr,
            description=description,
            summary_status=summary_status,
            freeze_date=freeze_date,
            number_of_lines=number_of_lines,
            physical_qty=physical_qty,
            variance_qty=variance_qty,
            variance_cost=variance_cost,
            last_modified_date_time=last_modified_date_time,
            lines=lines,
            timestamp=timestamp,
            error_info=error_info,
            metadata=metadata,
        )

        stocktake_v2_dto.additional_properties = d
        return stocktake_v2_dto

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
