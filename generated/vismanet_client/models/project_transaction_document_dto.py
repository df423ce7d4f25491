from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_transaction_document_dto_module import (
    ProjectTransactionDocumentDtoModule,
    check_project_transaction_document_dto_module,
)
from ..models.project_transaction_document_dto_orig_doc_type import (
    ProjectTransactionDocumentDtoOrigDocType,
    check_project_transaction_document_dto_orig_doc_type,
)
from ..models.project_transaction_document_dto_status import (
    ProjectTransactionDocumentDtoStatus,
    check_project_transaction_document_dto_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.project_transaction_line_dto import ProjectTransactionLineDto


T = TypeVar("T", bound="ProjectTransactionDocumentDto")


@_attrs_define
class ProjectTransactionDocumentDto:
    """
    Attributes:
        ref_nbr (str | Unset): The top part &gt; Ref. no. &gt; The reference number of the transaction.
        description (str | Unset): The top part &gt; Description &gt; The description provided for the transaction.
        orig_doc_nbr (str | Unset): The top part &gt; Orig. doc. no. &gt; The reference number of the underlying
            document for the transaction.
        status (ProjectTransactionDocumentDtoStatus | Unset): The top part &gt; Status &gt; The status of the
            transaction. The following statuses are possible: Balanced, Released.
        module (ProjectTransactionDocumentDtoModule | Unset): The top part &gt; Module &gt; The module you create the
            transactions in.
        orig_doc_type (ProjectTransactionDocumentDtoOrigDocType | Unset): The top part &gt; Orig. doc. no. &gt; The type
            of the document the transaction is based on. It has one of the following values: Allocation, Time card, Case,
            Expense claim, Allocation reversal, Reversal, Credit note.
        note (str | Unset):
        lines (list[ProjectTransactionLineDto] | Unset): The table &gt;
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    ref_nbr: str | Unset = UNSET
    description: str | Unset = UNSET
    orig_doc_nbr: str | Unset = UNSET
    status: ProjectTransactionDocumentDtoStatus | Unset = UNSET
    module: ProjectTransactionDocumentDtoModule | Unset = UNSET
    orig_doc_type: ProjectTransactionDocumentDtoOrigDocType | Unset = UNSET
    note: str | Unset = UNSET
    lines: list[ProjectTransactionLineDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_nbr = self.ref_nbr

        description = self.description

        orig_doc_nbr = self.orig_doc_nbr

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        module: str | Unset = UNSET
        if not isinstance(self.module, Unset):
            module = self.module

        orig_doc_type: str | Unset = UNSET
        if not isinstance(self.orig_doc_type, Unset):
            orig_doc_type = self.orig_doc_type

        note = self.note

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if description is not UNSET:
            field_dict["description"] = description
        if orig_doc_nbr is not UNSET:
            field_dict["origDocNbr"] = orig_doc_nbr
        if status is not UNSET:
            field_dict["status"] = status
        if module is not UNSET:
            field_dict["module"] = module
        if orig_doc_type is not UNSET:
            field_dict["origDocType"] = orig_doc_type
        if note is not UNSET:
            field_dict["note"] = note
        if lines is not UNSET:
            field_dict["lines"] = lines
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_dto import MetadataDto
        from ..models.project_transaction_line_dto import ProjectTransactionLineDto

        d = dict(src_dict)
        ref_nbr = d.pop("refNbr", UNSET)

        description = d.pop("description", UNSET)

        orig_doc_nbr = d.pop("origDocNbr", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectTransactionDocumentDtoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_project_transaction_document_dto_status(_status)

        _module = d.pop("module", UNSET)
        module: ProjectTransactionDocumentDtoModule | Unset
        if isinstance(_module, Unset):
            module = UNSET
        else:
            module = check_project_transaction_document_dto_module(_module)

        _orig_doc_type = d.pop("origDocType", UNSET)
        orig_doc_type: ProjectTransactionDocumentDtoOrigDocType | Unset
        if isinstance(_orig_doc_type, Unset):
            orig_doc_type = UNSET
        else:
            orig_doc_type = check_project_transaction_document_dto_orig_doc_type(_orig_doc_type)

        note = d.pop("note", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[ProjectTransactionLineDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = ProjectTransactionLineDto.from_dict(lines_item_data)

                lines.append(lines_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        project_transaction_document_dto = cls(
            ref_nbr=ref_nbr,
            description=description,
            orig_doc_nbr=orig_doc_nbr,
            status=status,
            module=module,
            orig_doc_type=orig_doc_type,
            note=note,
            lines=lines,
            error_info=error_info,
            metadata=metadata,
        )

        project_transaction_document_dto.additional_properties = d
        return project_transaction_document_dto

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
