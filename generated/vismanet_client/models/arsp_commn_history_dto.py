from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="ARSPCommnHistoryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "commn_period",
    "commn_amt",
    "commnbl_amt",
    "pr_processed_date",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.commn_period = _rest.pop("commnPeriod", UNSET)
        _instance.commn_amt = _rest.pop("commnAmt", UNSET)
        _instance.commnbl_amt = _rest.pop("commnblAmt", UNSET)
        _value = _rest.pop("prProcessedDate", UNSET)
        _instance.pr_processed_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
