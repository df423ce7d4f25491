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
class NumberingSequenceDto(GeneratedModel):
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

    numbering_id: str | Unset | None = UNSET
    branch: BranchInNumberingSequenceDto | Unset | None = UNSET
    start_nbr: str | Unset | None = UNSET
    end_nbr: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    last_nbr: str | Unset | None = UNSET
    warn_nbr: str | Unset | None = UNSET
    nbr_step: int | Unset | None = UNSET
    next_number: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.numbering_id
        if _value is not UNSET:
            field_dict["numberingId"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.start_nbr
        if _value is not UNSET:
            field_dict["startNbr"] = _value
        _value = self.end_nbr
        if _value is not UNSET:
            field_dict["endNbr"] = _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_nbr
        if _value is not UNSET:
            field_dict["lastNbr"] = _value
        _value = self.warn_nbr
        if _value is not UNSET:
            field_dict["warnNbr"] = _value
        _value = self.nbr_step
        if _value is not UNSET:
            field_dict["nbrStep"] = _value
        _value = self.next_number
        if _value is not UNSET:
            field_dict["nextNumber"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not NumberingSequenceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.numbering_id = _rest.pop("numberingId", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInNumberingSequenceDto._vn_fill(_new(_models.BranchInNumberingSequenceDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.start_nbr = _rest.pop("startNbr", UNSET)
        self.end_nbr = _rest.pop("endNbr", UNSET)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        self.last_nbr = _rest.pop("lastNbr", UNSET)
        self.warn_nbr = _rest.pop("warnNbr", UNSET)
        self.nbr_step = _rest.pop("nbrStep", UNSET)
        self.next_number = _rest.pop("nextNumber", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("numbering_id", "numberingId", False, "str"),
        ("branch", "branch", False, ("model", "BranchInNumberingSequenceDto")),
        ("start_nbr", "startNbr", False, "str"),
        ("end_nbr", "endNbr", False, "str"),
        ("start_date", "startDate", False, "datetime"),
        ("last_nbr", "lastNbr", False, "str"),
        ("warn_nbr", "warnNbr", False, "str"),
        ("nbr_step", "nbrStep", False, "int"),
        ("next_number", "nextNumber", False, "str"),
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


_Lazy = _lazy_twin(NumberingSequenceDto)
