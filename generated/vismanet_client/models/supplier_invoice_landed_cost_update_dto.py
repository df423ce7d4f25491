from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_invoice_landed_cost_update_dto_operation import (
    SupplierInvoiceLandedCostUpdateDtoOperation,
    check_supplier_invoice_landed_cost_update_dto_operation,
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


@_attrs_define
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
        from ..models.amount_in_supplier_invoice_landed_cost_update_dto import (
            AmountInSupplierInvoiceLandedCostUpdateDto,
        )
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
        from ..models.site_id_in_supplier_invoice_landed_cost_update_dto import (
            SiteIdInSupplierInvoiceLandedCostUpdateDto,
        )
        from ..models.tax_category_id_in_supplier_invoice_landed_cost_update_dto import (
            TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto,
        )

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: SupplierInvoiceLandedCostUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_supplier_invoice_landed_cost_update_dto_operation(_operation)

        _line_number = d.pop("lineNumber", UNSET)
        line_number: LineNumberInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_line_number, Unset):
            line_number = UNSET
        else:
            line_number = LineNumberInSupplierInvoiceLandedCostUpdateDto.from_dict(_line_number)

        _landed_cost_code_id = d.pop("landedCostCodeId", UNSET)
        landed_cost_code_id: LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_landed_cost_code_id, Unset):
            landed_cost_code_id = UNSET
        else:
            landed_cost_code_id = LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_landed_cost_code_id)

        _description = d.pop("description", UNSET)
        description: DescriptionInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DescriptionInSupplierInvoiceLandedCostUpdateDto.from_dict(_description)

        _amount = d.pop("amount", UNSET)
        amount: AmountInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = AmountInSupplierInvoiceLandedCostUpdateDto.from_dict(_amount)

        _tax_category_id = d.pop("taxCategoryId", UNSET)
        tax_category_id: TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_tax_category_id, Unset):
            tax_category_id = UNSET
        else:
            tax_category_id = TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_tax_category_id)

        _po_receipt_number = d.pop("poReceiptNumber", UNSET)
        po_receipt_number: PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_po_receipt_number, Unset):
            po_receipt_number = UNSET
        else:
            po_receipt_number = PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto.from_dict(_po_receipt_number)

        _inventory_id = d.pop("inventoryId", UNSET)
        inventory_id: InventoryIdInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_inventory_id, Unset):
            inventory_id = UNSET
        else:
            inventory_id = InventoryIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_inventory_id)

        _site_id = d.pop("siteId", UNSET)
        site_id: SiteIdInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_site_id, Unset):
            site_id = UNSET
        else:
            site_id = SiteIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_site_id)

        _location_id = d.pop("locationId", UNSET)
        location_id: LocationIdInSupplierInvoiceLandedCostUpdateDto | Unset
        if isinstance(_location_id, Unset):
            location_id = UNSET
        else:
            location_id = LocationIdInSupplierInvoiceLandedCostUpdateDto.from_dict(_location_id)

        supplier_invoice_landed_cost_update_dto = cls(
            operation=operation,
            line_number=line_number,
            landed_cost_code_id=landed_cost_code_id,
            description=description,
            amount=amount,
            tax_category_id=tax_category_id,
            po_receipt_number=po_receipt_number,
            inventory_id=inventory_id,
            site_id=site_id,
            location_id=location_id,
        )

        supplier_invoice_landed_cost_update_dto.additional_properties = d
        return supplier_invoice_landed_cost_update_dto

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
