from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_basic_line_update_dto_operation import (
    SalesOrderBasicLineUpdateDtoOperation,
    check_sales_order_basic_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.inventory_id_in_sales_order_basic_line_update_dto import InventoryIdInSalesOrderBasicLineUpdateDto
    from ..models.inventory_number_in_sales_order_basic_line_update_dto import (
        InventoryNumberInSalesOrderBasicLineUpdateDto,
    )


T = TypeVar("T", bound="SalesOrderBasicLineUpdateDto")


@_attrs_define
class SalesOrderBasicLineUpdateDto:
    """This class represent a Sales Order Line in Sales Order Controller. Used to pass data to server for creating or
    updating an order line

        Attributes:
            inventory_number (InventoryNumberInSalesOrderBasicLineUpdateDto): Mandatory field
            branch_number (DtoValueOfString | Unset):
            operation (SalesOrderBasicLineUpdateDtoOperation | Unset):
            line_nbr (DtoValueOfNullableOfInt32 | Unset):
            inventory_id (InventoryIdInSalesOrderBasicLineUpdateDto | Unset): InventoryId is deprecated, please use
                InventoryNumber instead.
            warehouse (DtoValueOfString | Unset):
            uom (DtoValueOfString | Unset):
            quantity (DtoValueOfNullableOfDecimal | Unset):
            unit_cost (DtoValueOfNullableOfDecimal | Unset):
            unit_price (DtoValueOfNullableOfDecimal | Unset):
            discount_percent (DtoValueOfNullableOfDecimal | Unset):
            discount_amount (DtoValueOfNullableOfDecimal | Unset):
            discount_code (DtoValueOfString | Unset):
            manual_discount (DtoValueOfNullableOfBoolean | Unset):
            disc_unit_price (DtoValueOfNullableOfDecimal | Unset):
            line_description (DtoValueOfString | Unset):
            note (DtoValueOfString | Unset):
    """

    inventory_number: InventoryNumberInSalesOrderBasicLineUpdateDto
    branch_number: DtoValueOfString | Unset = UNSET
    operation: SalesOrderBasicLineUpdateDtoOperation | Unset = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset = UNSET
    inventory_id: InventoryIdInSalesOrderBasicLineUpdateDto | Unset = UNSET
    warehouse: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset = UNSET
    unit_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    discount_code: DtoValueOfString | Unset = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset = UNSET
    disc_unit_price: DtoValueOfNullableOfDecimal | Unset = UNSET
    line_description: DtoValueOfString | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_number = self.inventory_number.to_dict()

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_nbr, Unset):
            line_nbr = self.line_nbr.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        discount_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_percent, Unset):
            discount_percent = self.discount_percent.to_dict()

        discount_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_amount, Unset):
            discount_amount = self.discount_amount.to_dict()

        discount_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_code, Unset):
            discount_code = self.discount_code.to_dict()

        manual_discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual_discount, Unset):
            manual_discount = self.manual_discount.to_dict()

        disc_unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disc_unit_price, Unset):
            disc_unit_price = self.disc_unit_price.to_dict()

        line_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_description, Unset):
            line_description = self.line_description.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventoryNumber": inventory_number,
            }
        )
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_nbr is not UNSET:
            field_dict["lineNbr"] = line_nbr
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if disc_unit_price is not UNSET:
            field_dict["discUnitPrice"] = disc_unit_price
        if line_description is not UNSET:
            field_dict["lineDescription"] = line_description
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.inventory_id_in_sales_order_basic_line_update_dto import InventoryIdInSalesOrderBasicLineUpdateDto
        from ..models.inventory_number_in_sales_order_basic_line_update_dto import (
            InventoryNumberInSalesOrderBasicLineUpdateDto,
        )

        d = dict(src_dict)
        inventory_number = InventoryNumberInSalesOrderBasicLineUpdateDto.from_dict(d.pop("inventoryNumber"))

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: DtoValueOfString | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = DtoValueOfString.from_dict(_branch_number)

        _operation = d.pop("operation", UNSET)
        operation: SalesOrderBasicLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_sales_order_basic_line_update_dto_operation(_operation)

        _line_nbr = d.pop("lineNbr", UNSET)
        line_nbr: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_line_nbr, Unset):
            line_nbr = UNSET
        else:
            line_nbr = DtoValueOfNullableOfInt32.from_dict(_line_nbr)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: InventoryIdInSalesOrderBasicLineUpdateDto | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = InventoryIdInSalesOrderBasicLineUpdateDto.from_dict(_inventory_id)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: DtoValueOfString | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = DtoValueOfString.from_dict(_warehouse)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = DtoValueOfNullableOfDecimal.from_dict(_unit_cost)

        _unit_price = d.pop("unitPrice", UNSET)
        unit_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = DtoValueOfNullableOfDecimal.from_dict(_unit_price)

        _discount_percent = d.pop("discountPercent", UNSET)
        discount_percent: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_percent, Unset):
            discount_percent = UNSET
        else:
            discount_percent = DtoValueOfNullableOfDecimal.from_dict(_discount_percent)

        _discount_amount = d.pop("discountAmount", UNSET)
        discount_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = DtoValueOfNullableOfDecimal.from_dict(_discount_amount)

        _discount_code = d.pop("discountCode", UNSET)
        discount_code: DtoValueOfString | Unset
        if isinstance(_discount_code, Unset):
            discount_code = UNSET
        else:
            discount_code = DtoValueOfString.from_dict(_discount_code)

        _manual_discount = d.pop("manualDiscount", UNSET)
        manual_discount: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_manual_discount, Unset):
            manual_discount = UNSET
        else:
            manual_discount = DtoValueOfNullableOfBoolean.from_dict(_manual_discount)

        _disc_unit_price = d.pop("discUnitPrice", UNSET)
        disc_unit_price: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_disc_unit_price, Unset):
            disc_unit_price = UNSET
        else:
            disc_unit_price = DtoValueOfNullableOfDecimal.from_dict(_disc_unit_price)

        _line_description = d.pop("lineDescription", UNSET)
        line_description: DtoValueOfString | Unset
        if isinstance(_line_description, Unset):
            line_description = UNSET
        else:
            line_description = DtoValueOfString.from_dict(_line_description)

        _note = d.pop("note", UNSET)
        note: DtoValueOfString | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = DtoValueOfString.from_dict(_note)

        sales_order_basic_line_update_dto = cls(
            inventory_number=inventory_number,
            branch_number=branch_number,
            operation=operation,
            line_nbr=line_nbr,
            inventory_id=inventory_id,
            warehouse=warehouse,
            uom=uom,
            quantity=quantity,
            unit_cost=unit_cost,
            unit_price=unit_price,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            discount_code=discount_code,
            manual_discount=manual_discount,
            disc_unit_price=disc_unit_price,
            line_description=line_description,
            note=note,
        )

        sales_order_basic_line_update_dto.additional_properties = d
        return sales_order_basic_line_update_dto

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
