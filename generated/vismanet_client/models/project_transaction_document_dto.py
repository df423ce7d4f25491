from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_transaction_document_dto_module import (
    ProjectTransactionDocumentDtoModule,
)
from ..models.project_transaction_document_dto_orig_doc_type import (
    ProjectTransactionDocumentDtoOrigDocType,
)
from ..models.project_transaction_document_dto_status import (
    ProjectTransactionDocumentDtoStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto
    from ..models.project_transaction_line_dto import ProjectTransactionLineDto


T = TypeVar("T", bound="ProjectTransactionDocumentDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "ref_nbr",
    "description",
    "orig_doc_nbr",
    "status",
    "module",
    "orig_doc_type",
    "note",
    "lines",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.ref_nbr = _rest.pop("refNbr", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.orig_doc_nbr = _rest.pop("origDocNbr", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.module = _rest.pop("module", UNSET)
        _instance.orig_doc_type = _rest.pop("origDocType", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("lines", UNSET)
        _instance.lines = (
            UNSET
            if _value is UNSET
            else [_models.ProjectTransactionLineDto.from_dict(lines_item_data) for lines_item_data in _value]
        )
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
