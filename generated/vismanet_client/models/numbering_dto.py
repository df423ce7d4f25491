from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class NumberingDto:
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

    numbering_id: str | Unset = UNSET
    description: str | Unset = UNSET
    manual_numbering: bool | Unset = UNSET
    new_number_symbol: str | Unset = UNSET
    sequence: list[NumberingSequenceDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbering_id = self.numbering_id

        description = self.description

        manual_numbering = self.manual_numbering

        new_number_symbol = self.new_number_symbol

        sequence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequence, Unset):
            sequence = []
            for sequence_item_data in self.sequence:
                sequence_item = sequence_item_data.to_dict()
                sequence.append(sequence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbering_id is not UNSET:
            field_dict["numberingId"] = numbering_id
        if description is not UNSET:
            field_dict["description"] = description
        if manual_numbering is not UNSET:
            field_dict["manualNumbering"] = manual_numbering
        if new_number_symbol is not UNSET:
            field_dict["newNumberSymbol"] = new_number_symbol
        if sequence is not UNSET:
            field_dict["sequence"] = sequence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.numbering_id = _rest.pop("numberingId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.manual_numbering = _rest.pop("manualNumbering", UNSET)
        _instance.new_number_symbol = _rest.pop("newNumberSymbol", UNSET)
        _value = _rest.pop("sequence", UNSET)
        _instance.sequence = (
            UNSET
            if _value is UNSET
            else [_models.NumberingSequenceDto.from_dict(sequence_item_data) for sequence_item_data in _value]
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
