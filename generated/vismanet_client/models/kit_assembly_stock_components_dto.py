from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_allocations_dto import INAllocationsDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="KitAssemblyStockComponentsDto")


@_attrs_define
class KitAssemblyStockComponentsDto:
    """
    Attributes:
        line_nbr (int | Unset):
        item_id (str | Unset):
        description (str | Unset):
        location (str | Unset):
        uo_m (str | Unset):
        quantity (float | Unset):
        unit_cost (float | Unset):
        reason_code (str | Unset):
        component_qty (float | Unset):
        min_component_qty (float | Unset):
        allow_component_qty_variance (bool | Unset):
        max_component_qty (float | Unset):
        allow_component_substitution (bool | Unset):
        disassembly_coeff (float | Unset):
        allocations (list[INAllocationsDto] | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    line_nbr: int | Unset = UNSET
    item_id: str | Unset = UNSET
    description: str | Unset = UNSET
    location: str | Unset = UNSET
    uo_m: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_cost: float | Unset = UNSET
    reason_code: str | Unset = UNSET
    component_qty: float | Unset = UNSET
    min_component_qty: float | Unset = UNSET
    allow_component_qty_variance: bool | Unset = UNSET
    max_component_qty: float | Unset = UNSET
    allow_component_substitution: bool | Unset = UNSET
    disassembly_coeff: float | Unset = UNSET
    allocations: list[INAllocationsDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_nbr = self.line_nbr

        item_id = self.item_id

        description = self.description

        location = self.location

        uo_m = self.uo_m

        quantity = self.quantity

        unit_cost = self.unit_cost

        reason_code = self.reason_code

        component_qty = self.component_qty

        min_component_qty = self.min_component_qty

        allow_component_qty_variance = self.allow_component_qty_variance

        max_component_qty = self.max_component_qty

        allow_component_substitution = self.allow_component_substitution

        disassembly_coeff = self.disassembly_coeff

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if component_qty is not UNSET:
            field_dict["componentQty"] = component_qty
        if min_component_qty is not UNSET:
            field_dict["minComponentQty"] = min_component_qty
        if allow_component_qty_variance is not UNSET:
            field_dict["allowComponentQtyVariance"] = allow_component_qty_variance
        if max_component_qty is not UNSET:
            field_dict["maxComponentQty"] = max_component_qty
        if allow_component_substitution is not UNSET:
            field_dict["allowComponentSubstitution"] = allow_component_substitution
        if disassembly_coeff is not UNSET:
            field_dict["disassemblyCoeff"] = disassembly_coeff
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.in_allocations_dto import INAllocationsDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        line_nbr = d.pop("lineNbr", UNSET)

        item_id = d.pop("itemId", UNSET)

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

        uo_m = d.pop("uoM", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        reason_code = d.pop("reasonCode", UNSET)

        component_qty = d.pop("componentQty", UNSET)

        min_component_qty = d.pop("minComponentQty", UNSET)

        allow_component_qty_variance = d.pop("allowComponentQtyVariance", UNSET)

        max_component_qty = d.pop("maxComponentQty", UNSET)

        allow_component_substitution = d.pop("allowComponentSubstitution", UNSET)

        disassembly_coeff = d.pop("disassemblyCoeff", UNSET)

        _allocations = d.pop("allocations", UNSET)
        allocations: list[INAllocationsDto] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = INAllocationsDto.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        kit_assembly_stock_components_dto = cls(
            line_nbr=line_nbr,
            item_id=item_id,
            description=description,
            location=location,
            uo_m=uo_m,
            quantity=quantity,
            unit_cost=unit_cost,
            reason_code=reason_code,
            component_qty=component_qty,
            min_component_qty=min_component_qty,
            allow_component_qty_variance=allow_component_qty_variance,
            max_component_qty=max_component_qty,
            allow_component_substitution=allow_component_substitution,
            disassembly_coeff=disassembly_coeff,
            allocations=allocations,
            error_info=error_info,
            metadata=metadata,
        )

        kit_assembly_stock_components_dto.additional_properties = d
        return kit_assembly_stock_components_dto

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
