from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kit_specification_non_stock_component_dto import KitSpecificationNonStockComponentDto
    from ..models.kit_specification_stock_components_dto import KitSpecificationStockComponentsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitSpecificationDto")


@_attrs_define
class KitSpecificationDto:
    """
    Attributes:
        kit_inventory_id (str | Unset):
        revision (str | Unset):
        description (str | Unset):
        is_active (bool | Unset):
        allow_component_addition (bool | Unset):
        is_non_stock (bool | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        stock_component_lines (list[KitSpecificationStockComponentsDto] | Unset):
        non_stock_component_lines (list[KitSpecificationNonStockComponentDto] | Unset):
        timestamp (str | Unset): Timestamp of the kit specification record
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    kit_inventory_id: str | Unset = UNSET
    revision: str | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    allow_component_addition: bool | Unset = UNSET
    is_non_stock: bool | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    stock_component_lines: list[KitSpecificationStockComponentsDto] | Unset = UNSET
    non_stock_component_lines: list[KitSpecificationNonStockComponentDto] | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kit_inventory_id = self.kit_inventory_id

        revision = self.revision

        description = self.description

        is_active = self.is_active

        allow_component_addition = self.allow_component_addition

        is_non_stock = self.is_non_stock

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_lines, Unset):
            stock_component_lines = []
            for stock_component_lines_item_data in self.stock_component_lines:
                stock_component_lines_item = stock_component_lines_item_data.to_dict()
                stock_component_lines.append(stock_component_lines_item)

        non_stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_stock_component_lines, Unset):
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in self.non_stock_component_lines:
                non_stock_component_lines_item = non_stock_component_lines_item_data.to_dict()
                non_stock_component_lines.append(non_stock_component_lines_item)

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kit_inventory_id is not UNSET:
            field_dict["kitInventoryID"] = kit_inventory_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if allow_component_addition is not UNSET:
            field_dict["allowComponentAddition"] = allow_component_addition
        if is_non_stock is not UNSET:
            field_dict["isNonStock"] = is_non_stock
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kit_specification_non_stock_component_dto import KitSpecificationNonStockComponentDto
        from ..models.kit_specification_stock_components_dto import KitSpecificationStockComponentsDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        kit_inventory_id = d.pop("kitInventoryID", UNSET)

        revision = d.pop("revision", UNSET)

        description = d.pop("description", UNSET)

        is_active = d.pop("isActive", UNSET)

        allow_component_addition = d.pop("allowComponentAddition", UNSET)

        is_non_stock = d.pop("isNonStock", UNSET)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _stock_component_lines = d.pop("stockComponentLines", UNSET)
        stock_component_lines: list[KitSpecificationStockComponentsDto] | Unset = UNSET
        if _stock_component_lines is not UNSET:
            stock_component_lines = []
            for stock_component_lines_item_data in _stock_component_lines:
                stock_component_lines_item = KitSpecificationStockComponentsDto.from_dict(
                    stock_component_lines_item_data
                )

                stock_component_lines.append(stock_component_lines_item)

        _non_stock_component_lines = d.pop("nonStockComponentLines", UNSET)
        non_stock_component_lines: list[KitSpecificationNonStockComponentDto] | Unset = UNSET
        if _non_stock_component_lines is not UNSET:
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in _non_stock_component_lines:
                non_stock_component_lines_item = KitSpecificationNonStockComponentDto.from_dict(
                    non_stock_component_lines_item_data
                )

                non_stock_component_lines.append(non_stock_component_lines_item)

        timestamp = d.pop("timestamp", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        kit_specification_dto = cls(
            kit_inventory_id=kit_inventory_id,
            revision=revision,
            description=description,
            is_active=is_active,
            allow_component_addition=allow_component_addition,
            is_non_stock=is_non_stock,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            stock_component_lines=stock_component_lines,
            non_stock_component_lines=non_stock_component_lines,
            timestamp=timestamp,
            error_info=error_info,
            metadata=metadata,
        )

        kit_specification_dto.additional_properties = d
        return kit_specification_dto

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
