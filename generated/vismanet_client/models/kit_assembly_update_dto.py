from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.in_allocations_update_dto import INAllocationsUpdateDto
    from ..models.kit_assembly_non_stock_components_update_dto import KitAssemblyNonStockComponentsUpdateDto
    from ..models.kit_assembly_stock_component_allocations_update_dto import (
        KitAssemblyStockComponentAllocationsUpdateDto,
    )
    from ..models.kit_assembly_stock_components_update_dto import KitAssemblyStockComponentsUpdateDto


T = TypeVar("T", bound="KitAssemblyUpdateDto")


@_attrs_define
class KitAssemblyUpdateDto:
    """
    Attributes:
        type_ (str | Unset): Type, possible values: P - Production, D - Disassembly
        ref_no (str | Unset):
        hold (DtoValueOfBoolean | Unset):
        date (DtoValueOfDateTime | Unset):
        post_period (DtoValueOfString | Unset):
        item_id (DtoValueOfString | Unset):
        revision (DtoValueOfString | Unset):
        reason_code (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        warehouse (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        uo_m (DtoValueOfString | Unset):
        quantity (DtoValueOfDecimal | Unset):
        stock_component_lines (list[KitAssemblyStockComponentsUpdateDto] | Unset):
        stock_component_allocations (list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset):
        non_stock_component_lines (list[KitAssemblyNonStockComponentsUpdateDto] | Unset):
        kit_allocations (list[INAllocationsUpdateDto] | Unset):
    """

    type_: str | Unset = UNSET
    ref_no: str | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    date: DtoValueOfDateTime | Unset = UNSET
    post_period: DtoValueOfString | Unset = UNSET
    item_id: DtoValueOfString | Unset = UNSET
    revision: DtoValueOfString | Unset = UNSET
    reason_code: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    uo_m: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfDecimal | Unset = UNSET
    stock_component_lines: list[KitAssemblyStockComponentsUpdateDto] | Unset = UNSET
    stock_component_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset = UNSET
    non_stock_component_lines: list[KitAssemblyNonStockComponentsUpdateDto] | Unset = UNSET
    kit_allocations: list[INAllocationsUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ref_no = self.ref_no

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        post_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_period, Unset):
            post_period = self.post_period.to_dict()

        item_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = self.item_id.to_dict()

        revision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revision, Unset):
            revision = self.revision.to_dict()

        reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        uo_m: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uo_m, Unset):
            uo_m = self.uo_m.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_lines, Unset):
            stock_component_lines = []
            for stock_component_lines_item_data in self.stock_component_lines:
                stock_component_lines_item = stock_component_lines_item_data.to_dict()
                stock_component_lines.append(stock_component_lines_item)

        stock_component_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_component_allocations, Unset):
            stock_component_allocations = []
            for stock_component_allocations_item_data in self.stock_component_allocations:
                stock_component_allocations_item = stock_component_allocations_item_data.to_dict()
                stock_component_allocations.append(stock_component_allocations_item)

        non_stock_component_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_stock_component_lines, Unset):
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in self.non_stock_component_lines:
                non_stock_component_lines_item = non_stock_component_lines_item_data.to_dict()
                non_stock_component_lines.append(non_stock_component_lines_item)

        kit_allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kit_allocations, Unset):
            kit_allocations = []
            for kit_allocations_item_data in self.kit_allocations:
                kit_allocations_item = kit_allocations_item_data.to_dict()
                kit_allocations.append(kit_allocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref_no is not UNSET:
            field_dict["refNo"] = ref_no
        if hold is not UNSET:
            field_dict["hold"] = hold
        if date is not UNSET:
            field_dict["date"] = date
        if post_period is not UNSET:
            field_dict["postPeriod"] = post_period
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if location is not UNSET:
            field_dict["location"] = location
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if stock_component_lines is not UNSET:
            field_dict["stockComponentLines"] = stock_component_lines
        if stock_component_allocations is not UNSET:
            field_dict["stockComponentAllocations"] = stock_component_allocations
        if non_stock_component_lines is not UNSET:
            field_dict["nonStockComponentLines"] = non_stock_component_lines
        if kit_allocations is not UNSET:
            field_dict["kitAllocations"] = kit_allocations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_date_time import DtoValueOfDateTime
        from ..models.dto_value_of_decimal import DtoValueOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.in_allocations_update_dto import INAllocationsUpdateDto
        from ..models.kit_assembly_non_stock_components_update_dto import KitAssemblyNonStockComponentsUpdateDto
        from ..models.kit_assembly_stock_component_allocations_update_dto import (
            KitAssemblyStockComponentAllocationsUpdateDto,
        )
        from ..models.kit_assembly_stock_components_update_dto import KitAssemblyStockComponentsUpdateDto

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        ref_no = d.pop("refNo", UNSET)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _date = d.pop("date", UNSET)
        date: DtoValueOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfDateTime.from_dict(_date)

        _post_period = d.pop("postPeriod", UNSET)
        post_period: DtoValueOfString | Unset
        if isinstance(_post_period, Unset):
            post_period = UNSET
        else:
            post_period = DtoValueOfString.from_dict(_post_period)

        _item_id = d.pop("itemId", UNSET)
        item_id: DtoValueOfString | Unset
        if isinstance(_item_id, Unset):
            item_id = UNSET
        else:
            item_id = DtoValueOfString.from_dict(_item_id)

        _revision = d.pop("revision", UNSET)
        revision: DtoValueOfString | Unset
        if isinstance(_revision, Unset):
            revision = UNSET
        else:
            revision = DtoValueOfString.from_dict(_revision)

        _reason_code = d.pop("reasonCode", UNSET)
        reason_code: DtoValueOfString | Unset
        if isinstance(_reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = DtoValueOfString.from_dict(_reason_code)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: DtoValueOfString | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = DtoValueOfString.from_dict(_warehouse)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _uo_m = d.pop("uoM", UNSET)
        uo_m: DtoValueOfString | Unset
        if isinstance(_uo_m, Unset):
            uo_m = UNSET
        else:
            uo_m = DtoValueOfString.from_dict(_uo_m)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfDecimal.from_dict(_quantity)

        _stock_component_lines = d.pop("stockComponentLines", UNSET)
        stock_component_lines: list[KitAssemblyStockComponentsUpdateDto] | Unset = UNSET
        if _stock_component_lines is not UNSET:
            stock_component_lines = []
            for stock_component_lines_item_data in _stock_component_lines:
                stock_component_lines_item = KitAssemblyStockComponentsUpdateDto.from_dict(
                    stock_component_lines_item_data
                )

                stock_component_lines.append(stock_component_lines_item)

        _stock_component_allocations = d.pop("stockComponentAllocations", UNSET)
        stock_component_allocations: list[KitAssemblyStockComponentAllocationsUpdateDto] | Unset = UNSET
        if _stock_component_allocations is not UNSET:
            stock_component_allocations = []
            for stock_component_allocations_item_data in _stock_component_allocations:
                stock_component_allocations_item = KitAssemblyStockComponentAllocationsUpdateDto.from_dict(
                    stock_component_allocations_item_data
                )

                stock_component_allocations.append(stock_component_allocations_item)

        _non_stock_component_lines = d.pop("nonStockComponentLines", UNSET)
        non_stock_component_lines: list[KitAssemblyNonStockComponentsUpdateDto] | Unset = UNSET
        if _non_stock_component_lines is not UNSET:
            non_stock_component_lines = []
            for non_stock_component_lines_item_data in _non_stock_component_lines:
                non_stock_component_lines_item = KitAssemblyNonStockComponentsUpdateDto.from_dict(
                    non_stock_component_lines_item_data
                )

                non_stock_component_lines.append(non_stock_component_lines_item)

        _kit_allocations = d.pop("kitAllocations", UNSET)
        kit_allocations: list[INAllocationsUpdateDto] | Unset = UNSET
        if _kit_allocations is not UNSET:
            kit_allocations = []
            for kit_allocations_item_data in _kit_allocations:
                kit_allocations_item = INAllocationsUpdateDto.from_dict(kit_allocations_item_data)

                kit_allocations.append(kit_allocations_item)

        kit_assembly_update_dto = cls(
            type_=type_,
            ref_no=ref_no,
            hold=hold,
            date=date,
            post_period=post_period,
            item_id=item_id,
            revision=revision,
            reason_code=reason_code,
            description=description,
            warehouse=warehouse,
            location=location,
            uo_m=uo_m,
            quantity=quantity,
            stock_component_lines=stock_component_lines,
            stock_component_allocations=stock_component_allocations,
            non_stock_component_lines=non_stock_component_lines,
            kit_allocations=kit_allocations,
        )

        kit_assembly_update_dto.additional_properties = d
        return kit_assembly_update_dto

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
