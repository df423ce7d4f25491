from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.branch_in_numbering_sequence_dto import BranchInNumberingSequenceDto


T = TypeVar("T", bound="NumberingSequenceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "numbering_id",
    "branch",
    "start_nbr",
    "end_nbr",
    "start_date",
    "last_nbr",
    "warn_nbr",
    "nbr_step",
    "next_number",
)


@_attrs_define(repr=False)
class NumberingSequenceDto:
    """
    Attributes:
        numbering_id (str | Unset): Mandatory field: The top part &gt; Numbering ID &gt; The unique ID of the numbering
            series, which is an alphanumeric string of up to 10 characters.
        branch (BranchInNumberingSequenceDto | Unset): The table &gt; Branch &gt; The branch using the numbering series.
        start_nbr (str | Unset): Mandatory field: The table &gt; Start number* &gt; The number to be used first in this
            numbering series or subsequence.
        end_nbr (str | Unset): Mandatory field: The table &gt; End number* &gt; The number to be used at the end of this
            series. The end number cannot be less than the Start number.
        start_date (datetime.datetime | Unset): Mandatory field: The table &gt; Start dat*e &gt; The date when this
            series will first be used.
        last_nbr (str | Unset): Mandatory field: The table &gt; Last number* &gt; The most recent allocated number used
            for an object in this series.
        warn_nbr (str | Unset): Mandatory field: The table &gt; Warning number* &gt; The minimum number that triggers a
            warning that available numbers will be used up soon.
        nbr_step (int | Unset): Mandatory field: The table &gt; Numbering step* &gt; The increment this series uses to
            generate the next number.
        next_number (str | Unset): Next number that will be assigned
    """

    numbering_id: str | Unset = UNSET
    branch: BranchInNumberingSequenceDto | Unset = UNSET
    start_nbr: str | Unset = UNSET
    end_nbr: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    last_nbr: str | Unset = UNSET
    warn_nbr: str | Unset = UNSET
    nbr_step: int | Unset = UNSET
    next_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbering_id = self.numbering_id

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        start_nbr = self.start_nbr

        end_nbr = self.end_nbr

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        last_nbr = self.last_nbr

        warn_nbr = self.warn_nbr

        nbr_step = self.nbr_step

        next_number = self.next_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbering_id is not UNSET:
            field_dict["numberingId"] = numbering_id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if start_nbr is not UNSET:
            field_dict["startNbr"] = start_nbr
        if end_nbr is not UNSET:
            field_dict["endNbr"] = end_nbr
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if last_nbr is not UNSET:
            field_dict["lastNbr"] = last_nbr
        if warn_nbr is not UNSET:
            field_dict["warnNbr"] = warn_nbr
        if nbr_step is not UNSET:
            field_dict["nbrStep"] = nbr_step
        if next_number is not UNSET:
            field_dict["nextNumber"] = next_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.numbering_id = _rest.pop("numberingId", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInNumberingSequenceDto.from_dict(_value)
        _instance.start_nbr = _rest.pop("startNbr", UNSET)
        _instance.end_nbr = _rest.pop("endNbr", UNSET)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.last_nbr = _rest.pop("lastNbr", UNSET)
        _instance.warn_nbr = _rest.pop("warnNbr", UNSET)
        _instance.nbr_step = _rest.pop("nbrStep", UNSET)
        _instance.next_number = _rest.pop("nextNumber", UNSET)
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
