from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note_in_update_note_dto import NoteInUpdateNoteDto


T = TypeVar("T", bound="UpdateNoteDto")


@_attrs_define
class UpdateNoteDto:
    """
    Attributes:
        note (NoteInUpdateNoteDto | Unset): Note for Vat report header.
    """

    note: NoteInUpdateNoteDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.note_in_update_note_dto import NoteInUpdateNoteDto

        d = dict(src_dict)
        _note = d.pop("note", UNSET)
        note: NoteInUpdateNoteDto | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = NoteInUpdateNoteDto.from_dict(_note)

        update_note_dto = cls(
            note=note,
        )

        update_note_dto.additional_properties = d
        return update_note_dto

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
