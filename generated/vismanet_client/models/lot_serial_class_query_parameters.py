from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lot_serial_class_query_parameters_assignment_method import (
    LotSerialClassQueryParametersAssignmentMethod,
)
from ..models.lot_serial_class_query_parameters_issue_method import (
    LotSerialClassQueryParametersIssueMethod,
)
from ..models.lot_serial_class_query_parameters_tracking_method import (
    LotSerialClassQueryParametersTrackingMethod,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="LotSerialClassQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "description",
    "tracking_method",
    "track_expiration_date",
    "required_for_drop_ship",
    "assignment_method",
    "issue_method",
    "auto_incremental_value_between_classes",
    "auto_incremental_value",
    "auto_generate_next_number",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "page_number",
    "page_size",
)


@_attrs_define(repr=False)
class LotSerialClassQueryParameters(GeneratedModel):
    """
    Attributes:
        description (str | Unset):
        tracking_method (LotSerialClassQueryParametersTrackingMethod | Unset):
        track_expiration_date (bool | Unset):
        required_for_drop_ship (bool | Unset):
        assignment_method (LotSerialClassQueryParametersAssignmentMethod | Unset):
        issue_method (LotSerialClassQueryParametersIssueMethod | Unset):
        auto_incremental_value_between_classes (bool | Unset):
        auto_incremental_value (str | Unset):
        auto_generate_next_number (bool | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        page_number (int | Unset): Pagination parameter. Page number.
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
    """

    description: str | Unset | None = UNSET
    tracking_method: LotSerialClassQueryParametersTrackingMethod | Unset | None = UNSET
    track_expiration_date: bool | Unset | None = UNSET
    required_for_drop_ship: bool | Unset | None = UNSET
    assignment_method: LotSerialClassQueryParametersAssignmentMethod | Unset | None = UNSET
    issue_method: LotSerialClassQueryParametersIssueMethod | Unset | None = UNSET
    auto_incremental_value_between_classes: bool | Unset | None = UNSET
    auto_incremental_value: str | Unset | None = UNSET
    auto_generate_next_number: bool | Unset | None = UNSET
    last_modified_date_time: str | Unset | None = UNSET
    last_modified_date_time_condition: str | Unset | None = UNSET
    page_number: int | Unset | None = UNSET
    page_size: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.tracking_method
        if _value is not UNSET:
            field_dict["trackingMethod"] = _value
        _value = self.track_expiration_date
        if _value is not UNSET:
            field_dict["trackExpirationDate"] = _value
        _value = self.required_for_drop_ship
        if _value is not UNSET:
            field_dict["requiredForDropShip"] = _value
        _value = self.assignment_method
        if _value is not UNSET:
            field_dict["assignmentMethod"] = _value
        _value = self.issue_method
        if _value is not UNSET:
            field_dict["issueMethod"] = _value
        _value = self.auto_incremental_value_between_classes
        if _value is not UNSET:
            field_dict["autoIncrementalValueBetweenClasses"] = _value
        _value = self.auto_incremental_value
        if _value is not UNSET:
            field_dict["autoIncrementalValue"] = _value
        _value = self.auto_generate_next_number
        if _value is not UNSET:
            field_dict["autoGenerateNextNumber"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value
        _value = self.last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = _value
        _value = self.page_number
        if _value is not UNSET:
            field_dict["pageNumber"] = _value
        _value = self.page_size
        if _value is not UNSET:
            field_dict["pageSize"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LotSerialClassQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.description = _rest.pop("description", UNSET)
        self.tracking_method = _rest.pop("trackingMethod", UNSET)
        self.track_expiration_date = _rest.pop("trackExpirationDate", UNSET)
        self.required_for_drop_ship = _rest.pop("requiredForDropShip", UNSET)
        self.assignment_method = _rest.pop("assignmentMethod", UNSET)
        self.issue_method = _rest.pop("issueMethod", UNSET)
        self.auto_incremental_value_between_classes = _rest.pop("autoIncrementalValueBetweenClasses", UNSET)
        self.auto_incremental_value = _rest.pop("autoIncrementalValue", UNSET)
        self.auto_generate_next_number = _rest.pop("autoGenerateNextNumber", UNSET)
        self.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        self.page_number = _rest.pop("pageNumber", UNSET)
        self.page_size = _rest.pop("pageSize", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("description", "description", False, "str"),
        ("tracking_method", "trackingMethod", False, "str"),
        ("track_expiration_date", "trackExpirationDate", False, "bool"),
        ("required_for_drop_ship", "requiredForDropShip", False, "bool"),
        ("assignment_method", "assignmentMethod", False, "str"),
        ("issue_method", "issueMethod", False, "str"),
        ("auto_incremental_value_between_classes", "autoIncrementalValueBetweenClasses", False, "bool"),
        ("auto_incremental_value", "autoIncrementalValue", False, "str"),
        ("auto_generate_next_number", "autoGenerateNextNumber", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "str"),
        ("last_modified_date_time_condition", "lastModifiedDateTimeCondition", False, "str"),
        ("page_number", "pageNumber", False, "int"),
        ("page_size", "pageSize", False, "int"),
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


_Lazy = _lazy_twin(LotSerialClassQueryParameters)
