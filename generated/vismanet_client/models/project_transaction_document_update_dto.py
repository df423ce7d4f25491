from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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
        from ..models.dto_value_of_nullable_of_journal_transaction_module import (
            DtoValueOfNullableOfJournalTransactionModule,
        )
        from ..models.dto_value_of_nullable_of_project_transaction_status import (
            DtoValueOfNullableOfProjectTransactionStatus,
        )
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.project_transaction_line_update_dto import ProjectTransactionLineUpdateDto

        d = dict(src_dict)
        _ref_nbr = d.pop("refNbr", UNSET)
        ref_nbr: DtoValueOfString | Unset
        if isinstance(_ref_nbr, Unset):
            ref_nbr = UNSET
        else:
            ref_nbr = DtoValueOfString.from_dict(_ref_nbr)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _status = d.pop("status", UNSET)
        status: DtoValueOfNullableOfProjectTransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DtoValueOfNullableOfProjectTransactionStatus.from_dict(_status)

        _module = d.pop("module", UNSET)
        module: DtoValueOfNullableOfJournalTransactionModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = DtoValueOfNullableOfJournalTransactionModule.from_dict(_module)

        _lines = d.pop("lines", UNSET)
        lines: list[ProjectTransactionLineUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = ProjectTransactionLineUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        project_transaction_document_update_dto = cls(
            ref_nbr=ref_nbr,
            description=description,
            status=status,
            module=module,
            lines=lines,
            note=note,
        )

        project_transaction_document_update_dto.additional_properties = d
        return project_transaction_document_update_dto

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
