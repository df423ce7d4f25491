from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_journal_transaction_module import (
        DtoValueOfNullableOfJournalTransactionModule,
    )
    from ..models.dto_value_of_nullable_of_project_transaction_status import (
        DtoValueOfNullableOfProjectTransactionStatus,
    )
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.project_transaction_line_update_dto import ProjectTransactionLineUpdateDto


T = TypeVar("T", bound="ProjectTransactionDocumentUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_nbr",
    "description",
    "status",
    "module",
    "lines",
    "note",
)


@_attrs_define(repr=False)
class ProjectTransactionDocumentUpdateDto:
    """
    Attributes:
        ref_nbr (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        status (DtoValueOfNullableOfProjectTransactionStatus | Unset):
        module (DtoValueOfNullableOfJournalTransactionModule | Unset):
        lines (list[ProjectTransactionLineUpdateDto] | Unset):
        note (DtoValueOfString | Unset):
    """

    ref_nbr: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    status: DtoValueOfNullableOfProjectTransactionStatus | Unset = UNSET
    module: DtoValueOfNullableOfJournalTransactionModule | Unset = UNSET
    lines: list[ProjectTransactionLineUpdateDto] | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        module: dict[str, Any] | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module.to_dict()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if module is not UNSET:
            field_dict["module"] = module
        if lines is not UNSET:
            field_dict["lines"] = lines
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("refNbr", UNSET)
        _instance.ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("status", UNSET)
        _instance.status = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfProjectTransactionStatus.from_dict(_value)
        )
        _value = _rest.pop("module", UNSET)
        _instance.module = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfJournalTransactionModule.from_dict(_value)
        )
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.ProjectTransactionLineUpdateDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
