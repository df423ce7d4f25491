from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ARSPCommnHistoryDto")


@_attrs_define
class ARSPCommnHistoryDto:
    """
    Attributes:
        commn_period (str | Unset):
        commn_amt (float | Unset):
        commnbl_amt (float | Unset):
        pr_processed_date (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    commn_period: str | Unset = UNSET
    commn_amt: float | Unset = UNSET
    commnbl_amt: float | Unset = UNSET
    pr_processed_date: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commn_period = self.commn_period

        commn_amt = self.commn_amt

        commnbl_amt = self.commnbl_amt

        pr_processed_date: str | Unset = UNSET
        if not isinstance(self.pr_processed_date, Unset):
            pr_processed_date = self.pr_processed_date.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commn_period is not UNSET:
            field_dict["commnPeriod"] = commn_period
        if commn_amt is not UNSET:
            field_dict["commnAmt"] = commn_amt
        if commnbl_amt is not UNSET:
            field_dict["commnblAmt"] = commnbl_amt
        if pr_processed_date is not UNSET:
            field_dict["prProcessedDate"] = pr_processed_date
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        commn_period = d.pop("commnPeriod", UNSET)

        commn_amt = d.pop("commnAmt", UNSET)

        commnbl_amt = d.pop("commnblAmt", UNSET)

        _pr_processed_date = d.pop("prProcessedDate", UNSET)
        pr_processed_date: datetime.datetime | Unset
        if isinstance(_pr_processed_date, Unset):
            pr_processed_date = UNSET
        else:
            pr_processed_date = datetime.datetime.fromisoformat(_pr_processed_date)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        arsp_commn_history_dto = cls(
            commn_period=commn_period,
            commn_amt=commn_amt,
            commnbl_amt=commnbl_amt,
            pr_processed_date=pr_processed_date,
            error_info=error_info,
            metadata=metadata,
        )

        arsp_commn_history_dto.additional_properties = d
        return arsp_commn_history_dto

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
