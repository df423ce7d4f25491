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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class ProjectTransactionDocumentDto(GeneratedModel):
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

    ref_nbr: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    orig_doc_nbr: str | Unset | None = UNSET
    status: ProjectTransactionDocumentDtoStatus | Unset | None = UNSET
    module: ProjectTransactionDocumentDtoModule | Unset | None = UNSET
    orig_doc_type: ProjectTransactionDocumentDtoOrigDocType | Unset | None = UNSET
    note: str | Unset | None = UNSET
    lines: list[ProjectTransactionLineDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.ref_nbr
        if _value is not UNSET:
            field_dict["refNbr"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.orig_doc_nbr
        if _value is not UNSET:
            field_dict["origDocNbr"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.module
        if _value is not UNSET:
            field_dict["module"] = _value
        _value = self.orig_doc_type
        if _value is not UNSET:
            field_dict["origDocType"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.lines
        if _value is not UNSET:
            field_dict["lines"] = (
                [
                    lines_item_data.to_dict() if isinstance(lines_item_data, GeneratedModel) else lines_item_data
                    for lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not ProjectTransactionDocumentDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.ref_nbr = _rest.pop("refNbr", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.orig_doc_nbr = _rest.pop("origDocNbr", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.module = _rest.pop("module", UNSET)
        self.orig_doc_type = _rest.pop("origDocType", UNSET)
        self.note = _rest.pop("note", UNSET)
        _value = _rest.pop("lines", UNSET)
        self.lines = (
            [
                _models.ProjectTransactionLineDto._vn_fill(_new(_models.ProjectTransactionLineDto), lines_item_data)
                if isinstance(lines_item_data, dict)
                else lines_item_data
                for lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("ref_nbr", "refNbr", False, "str"),
        ("description", "description", False, "str"),
        ("orig_doc_nbr", "origDocNbr", False, "str"),
        ("status", "status", False, "str"),
        ("module", "module", False, "str"),
        ("orig_doc_type", "origDocType", False, "str"),
        ("note", "note", False, "str"),
        ("lines", "lines", False, ("list", ("model", "ProjectTransactionLineDto"))),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(ProjectTransactionDocumentDto)
