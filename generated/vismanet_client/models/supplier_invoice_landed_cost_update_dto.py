from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.supplier_invoice_landed_cost_update_dto_operation import (
    SupplierInvoiceLandedCostUpdateDtoOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class SupplierInvoiceLandedCostUpdateDto(GeneratedModel):
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

    operation: SupplierInvoiceLandedCostUpdateDtoOperation | Unset | None = UNSET
    line_number: LineNumberInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    landed_cost_code_id: LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    description: DescriptionInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    amount: AmountInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    tax_category_id: TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    po_receipt_number: PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    inventory_id: InventoryIdInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    site_id: SiteIdInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    location_id: LocationIdInSupplierInvoiceLandedCostUpdateDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.operation
        if _value is not UNSET:
            field_dict["operation"] = _value
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.landed_cost_code_id
        if _value is not UNSET:
            field_dict["landedCostCodeId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category_id
        if _value is not UNSET:
            field_dict["taxCategoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.po_receipt_number
        if _value is not UNSET:
            field_dict["poReceiptNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.site_id
        if _value is not UNSET:
            field_dict["siteId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierInvoiceLandedCostUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("lineNumber", UNSET)
        self.line_number = (
            _models.LineNumberInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.LineNumberInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("landedCostCodeId", UNSET)
        self.landed_cost_code_id = (
            _models.LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DescriptionInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.DescriptionInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("amount", UNSET)
        self.amount = (
            _models.AmountInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.AmountInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategoryId", UNSET)
        self.tax_category_id = (
            _models.TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("poReceiptNumber", UNSET)
        self.po_receipt_number = (
            _models.PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("inventoryId", UNSET)
        self.inventory_id = (
            _models.InventoryIdInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.InventoryIdInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("siteId", UNSET)
        self.site_id = (
            _models.SiteIdInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.SiteIdInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("locationId", UNSET)
        self.location_id = (
            _models.LocationIdInSupplierInvoiceLandedCostUpdateDto._vn_fill(
                _new(_models.LocationIdInSupplierInvoiceLandedCostUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("operation", "operation", False, "str"),
        ("line_number", "lineNumber", False, ("model", "LineNumberInSupplierInvoiceLandedCostUpdateDto")),
        (
            "landed_cost_code_id",
            "landedCostCodeId",
            False,
            ("model", "LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto"),
        ),
        ("description", "description", False, ("model", "DescriptionInSupplierInvoiceLandedCostUpdateDto")),
        ("amount", "amount", False, ("model", "AmountInSupplierInvoiceLandedCostUpdateDto")),
        ("tax_category_id", "taxCategoryId", False, ("model", "TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto")),
        (
            "po_receipt_number",
            "poReceiptNumber",
            False,
            ("model", "PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto"),
        ),
        ("inventory_id", "inventoryId", False, ("model", "InventoryIdInSupplierInvoiceLandedCostUpdateDto")),
        ("site_id", "siteId", False, ("model", "SiteIdInSupplierInvoiceLandedCostUpdateDto")),
        ("location_id", "locationId", False, ("model", "LocationIdInSupplierInvoiceLandedCostUpdateDto")),
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


_Lazy = _lazy_twin(SupplierInvoiceLandedCostUpdateDto)
