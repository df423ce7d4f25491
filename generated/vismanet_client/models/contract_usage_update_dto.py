from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_usage_line_update_dto import ContractUsageLineUpdateDto


T = TypeVar("T", bound="ContractUsageUpdateDto")


@_attrs_define
class ContractUsageUpdateDto:
    """This class represent a Contract Usage in Contract Usage Controller. Used to pass data to server for creating or
    updating an Contract Usage

        Attributes:
            lines (list[ContractUsageLineUpdateDto] | Unset):
    """

    lines: list[ContractUsageLineUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract_usage_line_update_dto import ContractUsageLineUpdateDto

        d = dict(src_dict)
        _lines = d.pop("lines", UNSET)
        lines: list[ContractUsageLineUpdateDto] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = ContractUsageLineUpdateDto.from_dict(lines_item_data)

                lines.append(lines_item)

        contract_usage_update_dto = cls(
            lines=lines,
        )

        contract_usage_update_dto.additional_properties = d
        return contract_usage_update_dto

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
