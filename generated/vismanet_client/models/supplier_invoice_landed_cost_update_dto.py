from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_invoice_landed_cost_update_dto_operation import (
    SupplierInvoiceLandedCostUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_in_supplier_invoice_landed_cost_update_dto import AmountInSupplierInvoiceLandedCostUpdateDto
    from ..models.description_in_supplier_invoice_landed_cost_update_dto import (
        DescriptionInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.inventory_id_in_supplier_invoice_landed_cost_update_dto import (
        InventoryIdInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.landed_cost_code_id_in_supplier_invoice_landed_cost_update_dto import (
        LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.line_number_in_supplier_invoice_landed_cost_update_dto import (
        LineNumberInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.location_id_in_supplier_invoice_landed_cost_update_dto import (
        LocationIdInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.po_receipt_number_in_supplier_invoice_landed_cost_update_dto import (
        PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto,
    )
    from ..models.site_id_in_supplier_invoice_landed_cost_update_dto import SiteIdInSupplierInvoiceLandedCostUpdateDto
    from ..models.tax_category_id_in_supplier_invoice_landed_cost_update_dto import (
        TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto,
    )


T = TypeVar("T", bound="SupplierInvoiceLandedCostUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "line_number",
    "landed_cost_code_id",
    "description",
    "amount",
    "tax_category_id",
    "po_receipt_number",
    "inventory_id",
    "site_id",
    "location_id",
)


@_attrs_define(repr=False)
class SupplierInvoiceLandedCostUpdateDto:
    """
    Attributes:
        operation (SupplierInvoiceLandedCostUpdateDtoOperation | Unset):
        line_number (LineNumberInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Number at the left
            indicating the line number of the table.
        landed_cost_code_id (LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Landed
            cost code &gt; The Landed Cost Code ID lf the Landed Cost Code
        description (DescriptionInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Description &gt;
            The description of the landed cost
        amount (AmountInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Amount &gt; The amount in
            currency of the landed cost
        tax_category_id (TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; VAT Category
            &gt; The ID of VAT cateogry
        po_receipt_number (PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Purchase
            order receipt no. &gt; The purchase order receipt number
        inventory_id (InventoryIdInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Item ID &gt; The
            ID of the inventory item
        site_id (SiteIdInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Warehouse &gt; The ID of the
            warehouse
        location_id (LocationIdInSupplierInvoiceLandedCostUpdateDto | Unset): Landed Costs Tab &gt; Location &gt; The ID
            of the warehouse location
    """

    operation: SupplierInvoiceLandedCostUpdateDtoOperation | Unset = UNSET
    line_number: LineNumberInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    landed_cost_code_id: LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    description: DescriptionInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    amount: AmountInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    tax_category_id: TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    po_receipt_number: PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    inventory_id: InventoryIdInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    site_id: SiteIdInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    location_id: LocationIdInSupplierInvoiceLandedCostUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_number, Unset):
            line_number = self.line_number.to_dict()

        landed_cost_code_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_cost_code_id, Unset):
            landed_cost_code_id = self.landed_cost_code_id.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        tax_category_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category_id, Unset):
            tax_category_id = self.tax_category_id.to_dict()

        po_receipt_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.po_receipt_number, Unset):
            po_receipt_number = self.po_receipt_number.to_dict()

        inventory_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_id, Unset):
            inventory_id = self.inventory_id.to_dict()

        site_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_id, Unset):
            site_id = self.site_id.to_dict()

        location_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = self.location_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if landed_cost_code_id is not UNSET:
            field_dict["landedCostCodeId"] = landed_cost_code_id
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_category_id is not UNSET:
            field_dict["taxCategoryId"] = tax_category_id
        if po_receipt_number is not UNSET:
            field_dict["poReceiptNumber"] = po_receipt_number
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if site_id is not UNSET:
            field_dict["siteId"] = site_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        _instance.line_number = (
            UNSET if _value is UNSET else _models.LineNumberInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("landedCostCodeId", UNSET)
        _instance.landed_cost_code_id = (
            UNSET if _value is UNSET else _models.LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = (
            UNSET if _value is UNSET else _models.DescriptionInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("amount", UNSET)
        _instance.amount = (
            UNSET if _value is UNSET else _models.AmountInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("taxCategoryId", UNSET)
        _instance.tax_category_id = (
            UNSET if _value is UNSET else _models.TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("poReceiptNumber", UNSET)
        _instance.po_receipt_number = (
            UNSET if _value is UNSET else _models.PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("inventoryId", UNSET)
        _instance.inventory_id = (
            UNSET if _value is UNSET else _models.InventoryIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("siteId", UNSET)
        _instance.site_id = (
            UNSET if _value is UNSET else _models.SiteIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("locationId", UNSET)
        _instance.location_id = (
            UNSET if _value is UNSET else _models.LocationIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_value)
        )
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
