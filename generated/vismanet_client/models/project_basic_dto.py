from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_basic_dto_status import ProjectBasicDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.customer_in_project_basic_dto import CustomerInProjectBasicDto
    from ..models.metadata_dto import MetadataDto
    from ..models.visibility_in_project_basic_dto import VisibilityInProjectBasicDto


T = TypeVar("T", bound="ProjectBasicDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "project_id",
    "customer",
    "hold",
    "status",
    "description",
    "start_date",
    "end_date",
    "auto_allocate",
    "automatic_release_ar",
    "last_modified_date_time",
    "public_id",
    "visibility",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class ProjectBasicDto(GeneratedModel):
    """This class represents a Project (light weight) in ProjectBasicController. Used for getting data.

    Attributes:
        internal_id (int | Unset):
        project_id (str | Unset): Mandatory field: The top part &gt; Project ID* &gt; The unique ID for the project.
        customer (CustomerInProjectBasicDto | Unset): The top part &gt; Customer &gt; The customer for the project if
            this project is external.
        hold (bool | Unset): The top part &gt; Hold &gt; A check box that you select to indicate that the project should
            have the In planning status.
        status (ProjectBasicDtoStatus | Unset): The top part &gt; Status &gt; The status of the project, which can be
            one of the following options: In planning, Active, Completed, Suspended, Cancelled.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; The description of the project.
        start_date (datetime.datetime | Unset): Mandatory field: Summary tab &gt; Project properties section &gt; Start
            date* &gt; The date when the project starts.
        end_date (datetime.datetime | Unset): Summary tab &gt; Project properties section &gt; End date &gt; The date
            when the project is expected to end.
        auto_allocate (bool | Unset): Summary tab &gt; Invoicing and allocation settings section &gt; Run allocation
            when you release project transactions &gt; A check box that indicates (if selected) that allocation is run
            automatically during the release of the documents associated with this project.
        automatic_release_ar (bool | Unset): Summary tab &gt; Invoicing and allocation settings section &gt;
            Automatically release customer documents &gt; A check box that indicates (if selected) that invoice documents
            are released automatically after the project invoicing is completed.
        last_modified_date_time (datetime.datetime | Unset): Systemgenerated information.
        public_id (UUID | Unset):  Example: 00000000-0000-0000-0000-000000000000.
        visibility (VisibilityInProjectBasicDto | Unset): Summary tab &gt; Visibility settings section &gt;
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    internal_id: int | Unset | None = UNSET
    project_id: str | Unset | None = UNSET
    customer: CustomerInProjectBasicDto | Unset | None = UNSET
    hold: bool | Unset | None = UNSET
    status: ProjectBasicDtoStatus | Unset | None = UNSET
    description: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    auto_allocate: bool | Unset | None = UNSET
    automatic_release_ar: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    public_id: UUID | Unset | None = UNSET
    visibility: VisibilityInProjectBasicDto | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalID"] = _value
        _value = self.project_id
        if _value is not UNSET:
            field_dict["projectID"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.start_date
        if _value is not UNSET:
            field_dict["startDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.end_date
        if _value is not UNSET:
            field_dict["endDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.auto_allocate
        if _value is not UNSET:
            field_dict["autoAllocate"] = _value
        _value = self.automatic_release_ar
        if _value is not UNSET:
            field_dict["automaticReleaseAr"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.public_id
        if _value is not UNSET:
            field_dict["publicId"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.visibility
        if _value is not UNSET:
            field_dict["visibility"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        if cls is not ProjectBasicDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.internal_id = _rest.pop("internalID", UNSET)
        self.project_id = _rest.pop("projectID", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInProjectBasicDto._vn_fill(_new(_models.CustomerInProjectBasicDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.hold = _rest.pop("hold", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.description = _rest.pop("description", UNSET)
        _value = _rest.pop("startDate", UNSET)
        self.start_date = _parse_datetime(_value)
        _value = _rest.pop("endDate", UNSET)
        self.end_date = _parse_datetime(_value)
        self.auto_allocate = _rest.pop("autoAllocate", UNSET)
        self.automatic_release_ar = _rest.pop("automaticReleaseAr", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("publicId", UNSET)
        self.public_id = _parse_uuid(_value)
        _value = _rest.pop("visibility", UNSET)
        self.visibility = (
            _models.VisibilityInProjectBasicDto._vn_fill(_new(_models.VisibilityInProjectBasicDto), _value)
            if isinstance(_value, dict)
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
        ("internal_id", "internalID", False, "int"),
        ("project_id", "projectID", False, "str"),
        ("customer", "customer", False, ("model", "CustomerInProjectBasicDto")),
        ("hold", "hold", False, "bool"),
        ("status", "status", False, "str"),
        ("description", "description", False, "str"),
        ("start_date", "startDate", False, "datetime"),
        ("end_date", "endDate", False, "datetime"),
        ("auto_allocate", "autoAllocate", False, "bool"),
        ("automatic_release_ar", "automaticReleaseAr", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("public_id", "publicId", False, "uuid"),
        ("visibility", "visibility", False, ("model", "VisibilityInProjectBasicDto")),
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


_Lazy = _lazy_twin(ProjectBasicDto)
