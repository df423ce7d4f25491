from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.numbering_sequence_dto import NumberingSequenceDto


T = TypeVar("T", bound="NumberingDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "numbering_id",
    "description",
    "manual_numbering",
    "new_number_symbol",
    "sequence",
)


@_attrs_define(repr=False)
class NumberingDto(GeneratedModel):
    """
    Attributes:
        numbering_id (str | Unset): Mandatory field: The top part &gt; Numbering ID &gt; The unique ID of the numbering
            series, which is an alphanumeric string of up to 10 characters.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; The description of the numbering
            series.
        manual_numbering (bool | Unset): The top part &gt; Manual numbering &gt; A check box that indicates (if
            selected) that the system will not generate numbers for the series and users will need to specify document
            numbers manually.
        new_number_symbol (str | Unset): Mandatory field: The top part &gt; New number symbol* &gt; An alphanumeric
            string used to indicate that a new number for an object will be assigned.
        sequence (list[NumberingSequenceDto] | Unset):
    """

    numbering_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    manual_numbering: bool | Unset | None = UNSET
    new_number_symbol: str | Unset | None = UNSET
    sequence: list[NumberingSequenceDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.numbering_id
        if _value is not UNSET:
            field_dict["numberingId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.manual_numbering
        if _value is not UNSET:
            field_dict["manualNumbering"] = _value
        _value = self.new_number_symbol
        if _value is not UNSET:
            field_dict["newNumberSymbol"] = _value
        _value = self.sequence
        if _value is not UNSET:
            field_dict["sequence"] = (
                [
                    sequence_item_data.to_dict()
                    if isinstance(sequence_item_data, GeneratedModel)
                    else sequence_item_data
                    for sequence_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not NumberingDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.numbering_id = _rest.pop("numberingId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.manual_numbering = _rest.pop("manualNumbering", UNSET)
        self.new_number_symbol = _rest.pop("newNumberSymbol", UNSET)
        _value = _rest.pop("sequence", UNSET)
        self.sequence = (
            [
                _models.NumberingSequenceDto._vn_fill(_new(_models.NumberingSequenceDto), sequence_item_data)
                if isinstance(sequence_item_data, dict)
                else sequence_item_data
                for sequence_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("numbering_id", "numberingId", False, "str"),
        ("description", "description", False, "str"),
        ("manual_numbering", "manualNumbering", False, "bool"),
        ("new_number_symbol", "newNumberSymbol", False, "str"),
        ("sequence", "sequence", False, ("list", ("model", "NumberingSequenceDto"))),
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


_Lazy = _lazy_twin(NumberingDto)
