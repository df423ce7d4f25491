from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.project_basic_dto_status import ProjectBasicDtoStatus
from ..types import UNSET, Unset

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
class ProjectBasicDto:
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

    internal_id: int | Unset = UNSET
    project_id: str | Unset = UNSET
    customer: CustomerInProjectBasicDto | Unset = UNSET
    hold: bool | Unset = UNSET
    status: ProjectBasicDtoStatus | Unset = UNSET
    description: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    auto_allocate: bool | Unset = UNSET
    automatic_release_ar: bool | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    public_id: UUID | Unset = UNSET
    visibility: VisibilityInProjectBasicDto | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id = self.internal_id

        project_id = self.project_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        hold = self.hold

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        description = self.description

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        auto_allocate = self.auto_allocate

        automatic_release_ar = self.automatic_release_ar

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        public_id: str | Unset = UNSET
        if not isinstance(self.public_id, Unset):
            public_id = str(self.public_id)

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["internalID"] = internal_id
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if hold is not UNSET:
            field_dict["hold"] = hold
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if auto_allocate is not UNSET:
            field_dict["autoAllocate"] = auto_allocate
        if automatic_release_ar is not UNSET:
            field_dict["automaticReleaseAr"] = automatic_release_ar
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
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
        _instance.internal_id = _rest.pop("internalID", UNSET)
        _instance.project_id = _rest.pop("projectID", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInProjectBasicDto.from_dict(_value)
        _instance.hold = _rest.pop("hold", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _value = _rest.pop("startDate", UNSET)
        _instance.start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("endDate", UNSET)
        _instance.end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.auto_allocate = _rest.pop("autoAllocate", UNSET)
        _instance.automatic_release_ar = _rest.pop("automaticReleaseAr", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("publicId", UNSET)
        _instance.public_id = UNSET if _value is UNSET else UUID(_value)
        _value = _rest.pop("visibility", UNSET)
        _instance.visibility = UNSET if _value is UNSET else _models.VisibilityInProjectBasicDto.from_dict(_value)
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
