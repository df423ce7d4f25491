from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_employee_update_dto_operation import (
    ProjectEmployeeUpdateDtoOperation,
    check_project_employee_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ProjectEmployeeUpdateDto")


@_attrs_define
class ProjectEmployeeUpdateDto:
    """
    Attributes:
        operation (ProjectEmployeeUpdateDtoOperation | Unset):
        employee_id (DtoValueOfString | Unset):
    """

    operation: ProjectEmployeeUpdateDtoOperation | Unset = UNSET
    employee_id: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        employee_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = self.employee_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ProjectEmployeeUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_project_employee_update_dto_operation(_operation)

        _employee_id = d.pop("employeeId", UNSET)
        employee_id: DtoValueOfString | Unset
        if isinstance(_employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = DtoValueOfString.from_dict(_employee_id)

        project_employee_update_dto = cls(
            operation=operation,
            employee_id=employee_id,
        )

        project_employee_update_dto.additional_properties = d
        return project_employee_update_dto

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
