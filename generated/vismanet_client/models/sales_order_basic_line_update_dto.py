from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_basic_line_update_dto_operation import (
    SalesOrderBasicLineUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_number",
    "branch_number",
    "operation",
    "line_nbr",
    "inventory_id",
    "warehouse",
    "uom",
    "quantity",
    "unit_cost",
    "unit_price",
    "discount_percent",
    "discount_amount",
    "discount_code",
    "manual_discount",
    "disc_unit_price",
    "line_description",
    "note",
)


@_attrs_define(repr=False)
class SalesOrderBasicLineUpdateDto(GeneratedModel):
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

    inventory_number: InventoryNumberInSalesOrderBasicLineUpdateDto | None
    branch_number: DtoValueOfString | Unset | None = UNSET
    operation: SalesOrderBasicLineUpdateDtoOperation | Unset | None = UNSET
    line_nbr: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    inventory_id: InventoryIdInSalesOrderBasicLineUpdateDto | Unset | None = UNSET
    warehouse: DtoValueOfString | Unset | None = UNSET
    uom: DtoValueOfString | Unset | None = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_cost: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    unit_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_percent: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    discount_code: DtoValueOfString | Unset | None = UNSET
    manual_discount: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    disc_unit_price: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    line_description: DtoValueOfString | Unset | None = UNSET
    note: DtoValueOfString | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.disc_unit_price
        if _value is not UNSET:
            field_dict["discUnitPrice"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.line_description
        if _value is not UNSET:
            field_dict["lineDescription"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderBasicLineUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("inventoryNumber", UNSET)
        self.inventory_number = (
            _models.InventoryNumberInSalesOrderBasicLineUpdateDto._vn_fill(
                _new(_models.InventoryNumberInSalesOrderBasicLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNbr", UNSET)
        self.line_nbr = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.InventoryIdInSalesOrderBasicLineUpdateDto._vn_fill(
                _new(_models.InventoryIdInSalesOrderBasicLineUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("uom", UNSET)
        self.uom = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("quantity", UNSET)
        self.quantity = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitCost", UNSET)
        self.unit_cost = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("unitPrice", UNSET)
        self.unit_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountPercent", UNSET)
        self.discount_percent = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountAmount", UNSET)
        self.discount_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountCode", UNSET)
        self.discount_code = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("manualDiscount", UNSET)
        self.manual_discount = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discUnitPrice", UNSET)
        self.disc_unit_price = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lineDescription", UNSET)
        self.line_description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("note", UNSET)
        self.note = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("inventory_number", "inventoryNumber", True, ("model", "InventoryNumberInSalesOrderBasicLineUpdateDto")),
        ("branch_number", "branchNumber", False, ("model", "DtoValueOfString")),
        ("operation", "operation", False, "str"),
        ("line_nbr", "lineNbr", False, ("model", "DtoValueOfNullableOfInt32")),
        ("inventory_id", "inventoryId", False, ("model", "InventoryIdInSalesOrderBasicLineUpdateDto")),
        ("warehouse", "warehouse", False, ("model", "DtoValueOfString")),
        ("uom", "uom", False, ("model", "DtoValueOfString")),
        ("quantity", "quantity", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_cost", "unitCost", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("unit_price", "unitPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_percent", "discountPercent", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_amount", "discountAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("discount_code", "discountCode", False, ("model", "DtoValueOfString")),
        ("manual_discount", "manualDiscount", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("disc_unit_price", "discUnitPrice", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("line_description", "lineDescription", False, ("model", "DtoValueOfString")),
        ("note", "note", False, ("model", "DtoValueOfString")),
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


_Lazy = _lazy_twin(SalesOrderBasicLineUpdateDto)
