from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_dto_status import InventoryDtoStatus
from ..models.inventory_dto_type import InventoryDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import parse_uuid as _parse_uuid
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.account_information_in_inventory_dto import AccountInformationInInventoryDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.cost_price_statistics_in_inventory_dto import CostPriceStatisticsInInventoryDto
    from ..models.default_issue_from_in_inventory_dto import DefaultIssueFromInInventoryDto
    from ..models.default_receipt_to_in_inventory_dto import DefaultReceiptToInInventoryDto
    from ..models.default_warehouse_in_inventory_dto import DefaultWarehouseInInventoryDto
    from ..models.intrastat_in_inventory_dto import IntrastatInInventoryDto
    from ..models.inventory_cross_reference_dto import InventoryCrossReferenceDto
    from ..models.inventory_unit_dto import InventoryUnitDto
    from ..models.item_class_in_inventory_dto import ItemClassInInventoryDto
    from ..models.lot_serial_class_in_inventory_dto import LotSerialClassInInventoryDto
    from ..models.metadata_dto import MetadataDto
    from ..models.packaging_in_inventory_dto import PackagingInInventoryDto
    from ..models.posting_class_in_inventory_dto import PostingClassInInventoryDto
    from ..models.price_class_in_inventory_dto import PriceClassInInventoryDto
    from ..models.price_manager_in_inventory_dto import PriceManagerInInventoryDto
    from ..models.sales_category_line_dto import SalesCategoryLineDto
    from ..models.supplier_details_line_dto import SupplierDetailsLineDto
    from ..models.vat_code_in_inventory_dto import VatCodeInInventoryDto
    from ..models.warehouse_detail_dto import WarehouseDetailDto


T = TypeVar("T", bound="InventoryDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_id",
    "inventory_number",
    "status",
    "type_",
    "description",
    "body",
    "item_class",
    "posting_class",
    "vat_code",
    "lot_serial_class",
    "default_price",
    "pending_cost",
    "pending_cost_date",
    "current_cost",
    "effective_date",
    "last_cost",
    "last_modified_date_time",
    "base_unit",
    "sales_unit",
    "purchase_unit",
    "stock_item",
    "kit_item",
    "account_information",
    "cost_price_statistics",
    "cross_references",
    "attachments",
    "attributes",
    "warehouse_details",
    "inventory_units",
    "default_warehouse",
    "default_issue_from",
    "default_receipt_to",
    "supplier_details",
    "sales_categories",
    "packaging",
    "intrastat",
    "recommended_price",
    "price_manager_id",
    "price_manager",
    "price_class",
    "price_workgroup_id",
    "price_class_id",
    "note",
    "timestamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class InventoryDto(GeneratedModel):
    """
    Attributes:
        inventory_id (int | Unset): The unique internal identifier of the  item as is stored in the database. This Id is
            not visible in the window.
        inventory_number (str | Unset): Mandatory field: The top part &gt; Item Id* &gt; The unique alphanumeric
            identifier of the stock item.
        status (InventoryDtoStatus | Unset): The top part &gt; Item status &gt; The status of the stock item. The
            alternatives are: Active, No sales, No purchases, No request, Inactive, Marked for deletion.
        type_ (InventoryDtoType | Unset): General information tab &gt; Item defaults section &gt; Type &gt; The type of
            stock item.
        description (str | Unset): The top part &gt; Description *&gt; A brief description of the stock item.
        body (str | Unset): The top part &gt; Body *&gt; A brief description of the stock item.
        item_class (ItemClassInInventoryDto | Unset): Mandatory field: General information tab &gt; Item defaults
            section &gt; Item class* &gt; The item class to which the stock item is assigned.
        posting_class (PostingClassInInventoryDto | Unset): Mandatory field: General information tab &gt; Item defaults
            section &gt; Posting class* &gt; The posting class of the stock item, which by default is the posting class
            assigned to the item class.
        vat_code (VatCodeInInventoryDto | Unset): Mandatory field: General information tab &gt; Item defaults section
            &gt; VAT category* &gt; The VAT code of the stock item, which by default is the VAT code associated with the
            item class.
        lot_serial_class (LotSerialClassInInventoryDto | Unset): Mandatory field: General information tab &gt; Item
            defaults section &gt; Lot/Serial Class* &gt; The lot serial class ID of the stock item, which by default is the
            ID associated with the item class.
        default_price (float | Unset): Price/cost information tab &gt; Price management section &gt; Default price &gt;
            The price of the stock item.
        pending_cost (float | Unset): Price/cost information tab &gt; Standard cost section &gt; Pending cost &gt; The
            pending standard cost for the stock item.
        pending_cost_date (datetime.datetime | Unset): Price/cost information tab &gt; Standard cost section &gt;
            Pending cost date &gt; The date when the pending standard cost becomes effective.
        current_cost (float | Unset): Price/cost information tab &gt; Standard cost section &gt; Current cost &gt; Read-
            only. This field displays the current standard cost for the stock item.
        effective_date (datetime.datetime | Unset): Price/cost information tab &gt; Standard cost section &gt; Effective
            date &gt; Read-only. This field shows the effective date for the current standard cost of the stock item.
        last_cost (float | Unset): Price/cost information tab &gt; Standard cost section &gt; Last cost &gt; Read-only.
            This field showing the last standard cost defined for the stock item.
        last_modified_date_time (datetime.datetime | Unset): Information collected from system.
        base_unit (str | Unset): Mandatory field: General information tab &gt; Unit of measurement section &gt; Base
            unit* &gt; The UoM used as the base unit for this stock item.
        sales_unit (str | Unset): Mandatory field: General information tab &gt; Unit of measurement section &gt; Sales
            unit *&gt; The UoM to be used as the sales unit for the stock item.
        purchase_unit (str | Unset): Mandatory field: General information tab &gt; Unit of measurement section &gt;
            Purchase unit *&gt; The UoM to be used as the purchase unit for the stock item.
        stock_item (bool | Unset):
        kit_item (bool | Unset):
        account_information (AccountInformationInInventoryDto | Unset): General ledger account tab &gt;
        cost_price_statistics (CostPriceStatisticsInInventoryDto | Unset): Price/cost information tab &gt;
        cross_references (list[InventoryCrossReferenceDto] | Unset): Cross-reference tab &gt;
        attachments (list[AttachmentDto] | Unset): Attributes tab &gt;
        attributes (list[AttributeIdValueDto] | Unset):
        warehouse_details (list[WarehouseDetailDto] | Unset): Warehouse details tab &gt;
        inventory_units (list[InventoryUnitDto] | Unset): General information tab &gt; The Unit conversion table just
            below the Unit of measurement section. Several fields collected from different parts of the window.
        default_warehouse (DefaultWarehouseInInventoryDto | Unset): General information tab &gt; Warehouse defaults
            section &gt; Default warehouse &gt; The default warehouse used to store the stock item with the specified item
            ID.
        default_issue_from (DefaultIssueFromInInventoryDto | Unset): General information tab &gt; Warehouse defaults
            section &gt; Default issue from &gt; The location of the warehouse to be used by default to issue quantities of
            the selected stock item.
        default_receipt_to (DefaultReceiptToInInventoryDto | Unset): General information tab &gt; Warehouse defaults
            section &gt; Default receipt to &gt; The location of warehouse to be used by default to receive certain
            quantities of the specified stock item.
        supplier_details (list[SupplierDetailsLineDto] | Unset): Supplier details tab
        sales_categories (list[SalesCategoryLineDto] | Unset): Attributes tab &gt; Sales categories grid
        packaging (PackagingInInventoryDto | Unset): Packaging tab
        intrastat (IntrastatInInventoryDto | Unset): General information tab &gt; Intrastat section
        recommended_price (float | Unset): The Price/cost information tab &gt; Price management section &gt; List price
            &gt;??The manufacturer's suggested retail price (MSRP) of the stock item.
        price_manager_id (UUID | Unset): The Price/cost information tab &gt; Price management section &gt; Price manager
            &gt; The ID of the manager responsible for the product pricing. Example: 00000000-0000-0000-0000-000000000000.
        price_manager (PriceManagerInInventoryDto | Unset): The Price/cost information tab &gt; Price management section
            &gt; Price manager &gt; The manager responsible for the product pricing.
        price_class (PriceClassInInventoryDto | Unset): The Price/cost information tab &gt; Price management section
            &gt; Price class &gt; The item price class associated with the non-stock item. Group stock or non-stock items
            with similar price calculation methods.
        price_workgroup_id (int | Unset): The Price/cost information tab &gt; Price management section &gt; Price work
            group &gt; The work group responsible for product pricing. Select the pricing work group for the stock item.
        price_class_id (str | Unset): The Price/cost information tab &gt; Price management section &gt; Price class &gt;
            The price class of the item.
        note (str | Unset): Icon Notes on top of the window &gt; Pop-up window for providing any user-defined text
            connected to the inventory item.
        timestamp (str | Unset): Timestamp of the inventory item record
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    inventory_id: int | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    status: InventoryDtoStatus | Unset | None = UNSET
    type_: InventoryDtoType | Unset | None = UNSET
    description: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    item_class: ItemClassInInventoryDto | Unset | None = UNSET
    posting_class: PostingClassInInventoryDto | Unset | None = UNSET
    vat_code: VatCodeInInventoryDto | Unset | None = UNSET
    lot_serial_class: LotSerialClassInInventoryDto | Unset | None = UNSET
    default_price: float | Unset | None = UNSET
    pending_cost: float | Unset | None = UNSET
    pending_cost_date: datetime.datetime | Unset | None = UNSET
    current_cost: float | Unset | None = UNSET
    effective_date: datetime.datetime | Unset | None = UNSET
    last_cost: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    base_unit: str | Unset | None = UNSET
    sales_unit: str | Unset | None = UNSET
    purchase_unit: str | Unset | None = UNSET
    stock_item: bool | Unset | None = UNSET
    kit_item: bool | Unset | None = UNSET
    account_information: AccountInformationInInventoryDto | Unset | None = UNSET
    cost_price_statistics: CostPriceStatisticsInInventoryDto | Unset | None = UNSET
    cross_references: list[InventoryCrossReferenceDto] | Unset | None = UNSET
    attachments: list[AttachmentDto] | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    warehouse_details: list[WarehouseDetailDto] | Unset | None = UNSET
    inventory_units: list[InventoryUnitDto] | Unset | None = UNSET
    default_warehouse: DefaultWarehouseInInventoryDto | Unset | None = UNSET
    default_issue_from: DefaultIssueFromInInventoryDto | Unset | None = UNSET
    default_receipt_to: DefaultReceiptToInInventoryDto | Unset | None = UNSET
    supplier_details: list[SupplierDetailsLineDto] | Unset | None = UNSET
    sales_categories: list[SalesCategoryLineDto] | Unset | None = UNSET
    packaging: PackagingInInventoryDto | Unset | None = UNSET
    intrastat: IntrastatInInventoryDto | Unset | None = UNSET
    recommended_price: float | Unset | None = UNSET
    price_manager_id: UUID | Unset | None = UNSET
    price_manager: PriceManagerInInventoryDto | Unset | None = UNSET
    price_class: PriceClassInInventoryDto | Unset | None = UNSET
    price_workgroup_id: int | Unset | None = UNSET
    price_class_id: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.body
        if _value is not UNSET:
            field_dict["body"] = _value
        _value = self.item_class
        if _value is not UNSET:
            field_dict["itemClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.posting_class
        if _value is not UNSET:
            field_dict["postingClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_code
        if _value is not UNSET:
            field_dict["vatCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_class
        if _value is not UNSET:
            field_dict["lotSerialClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default_price
        if _value is not UNSET:
            field_dict["defaultPrice"] = _value
        _value = self.pending_cost
        if _value is not UNSET:
            field_dict["pendingCost"] = _value
        _value = self.pending_cost_date
        if _value is not UNSET:
            field_dict["pendingCostDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.current_cost
        if _value is not UNSET:
            field_dict["currentCost"] = _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_cost
        if _value is not UNSET:
            field_dict["lastCost"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.base_unit
        if _value is not UNSET:
            field_dict["baseUnit"] = _value
        _value = self.sales_unit
        if _value is not UNSET:
            field_dict["salesUnit"] = _value
        _value = self.purchase_unit
        if _value is not UNSET:
            field_dict["purchaseUnit"] = _value
        _value = self.stock_item
        if _value is not UNSET:
            field_dict["stockItem"] = _value
        _value = self.kit_item
        if _value is not UNSET:
            field_dict["kitItem"] = _value
        _value = self.account_information
        if _value is not UNSET:
            field_dict["accountInformation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cost_price_statistics
        if _value is not UNSET:
            field_dict["costPriceStatistics"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cross_references
        if _value is not UNSET:
            field_dict["crossReferences"] = (
                [
                    cross_references_item_data.to_dict()
                    if isinstance(cross_references_item_data, GeneratedModel)
                    else cross_references_item_data
                    for cross_references_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.attachments
        if _value is not UNSET:
            field_dict["attachments"] = (
                [
                    attachments_item_data.to_dict()
                    if isinstance(attachments_item_data, GeneratedModel)
                    else attachments_item_data
                    for attachments_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = (
                [
                    attributes_item_data.to_dict()
                    if isinstance(attributes_item_data, GeneratedModel)
                    else attributes_item_data
                    for attributes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.warehouse_details
        if _value is not UNSET:
            field_dict["warehouseDetails"] = (
                [
                    warehouse_details_item_data.to_dict()
                    if isinstance(warehouse_details_item_data, GeneratedModel)
                    else warehouse_details_item_data
                    for warehouse_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.inventory_units
        if _value is not UNSET:
            field_dict["inventoryUnits"] = (
                [
                    inventory_units_item_data.to_dict()
                    if isinstance(inventory_units_item_data, GeneratedModel)
                    else inventory_units_item_data
                    for inventory_units_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.default_warehouse
        if _value is not UNSET:
            field_dict["defaultWarehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default_issue_from
        if _value is not UNSET:
            field_dict["defaultIssueFrom"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default_receipt_to
        if _value is not UNSET:
            field_dict["defaultReceiptTo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier_details
        if _value is not UNSET:
            field_dict["supplierDetails"] = (
                [
                    supplier_details_item_data.to_dict()
                    if isinstance(supplier_details_item_data, GeneratedModel)
                    else supplier_details_item_data
                    for supplier_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.sales_categories
        if _value is not UNSET:
            field_dict["salesCategories"] = (
                [
                    sales_categories_item_data.to_dict()
                    if isinstance(sales_categories_item_data, GeneratedModel)
                    else sales_categories_item_data
                    for sales_categories_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.packaging
        if _value is not UNSET:
            field_dict["packaging"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.intrastat
        if _value is not UNSET:
            field_dict["intrastat"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.recommended_price
        if _value is not UNSET:
            field_dict["recommendedPrice"] = _value
        _value = self.price_manager_id
        if _value is not UNSET:
            field_dict["priceManagerID"] = str(_value) if isinstance(_value, UUID) else _value
        _value = self.price_manager
        if _value is not UNSET:
            field_dict["priceManager"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.price_class
        if _value is not UNSET:
            field_dict["priceClass"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.price_workgroup_id
        if _value is not UNSET:
            field_dict["priceWorkgroupID"] = _value
        _value = self.price_class_id
        if _value is not UNSET:
            field_dict["priceClassID"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.timestamp
        if _value is not UNSET:
            field_dict["timestamp"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.inventory_id = _rest.pop("inventoryId", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.body = _rest.pop("body", UNSET)
        _value = _rest.pop("itemClass", UNSET)
        self.item_class = (
            _models.ItemClassInInventoryDto._vn_fill(_new(_models.ItemClassInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("postingClass", UNSET)
        self.posting_class = (
            _models.PostingClassInInventoryDto._vn_fill(_new(_models.PostingClassInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatCode", UNSET)
        self.vat_code = (
            _models.VatCodeInInventoryDto._vn_fill(_new(_models.VatCodeInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lotSerialClass", UNSET)
        self.lot_serial_class = (
            _models.LotSerialClassInInventoryDto._vn_fill(_new(_models.LotSerialClassInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.default_price = _rest.pop("defaultPrice", UNSET)
        self.pending_cost = _rest.pop("pendingCost", UNSET)
        _value = _rest.pop("pendingCostDate", UNSET)
        self.pending_cost_date = _parse_datetime(_value)
        self.current_cost = _rest.pop("currentCost", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = _parse_datetime(_value)
        self.last_cost = _rest.pop("lastCost", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.base_unit = _rest.pop("baseUnit", UNSET)
        self.sales_unit = _rest.pop("salesUnit", UNSET)
        self.purchase_unit = _rest.pop("purchaseUnit", UNSET)
        self.stock_item = _rest.pop("stockItem", UNSET)
        self.kit_item = _rest.pop("kitItem", UNSET)
        _value = _rest.pop("accountInformation", UNSET)
        self.account_information = (
            _models.AccountInformationInInventoryDto._vn_fill(_new(_models.AccountInformationInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("costPriceStatistics", UNSET)
        self.cost_price_statistics = (
            _models.CostPriceStatisticsInInventoryDto._vn_fill(_new(_models.CostPriceStatisticsInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("crossReferences", UNSET)
        self.cross_references = (
            [
                _models.InventoryCrossReferenceDto._vn_fill(
                    _new(_models.InventoryCrossReferenceDto), cross_references_item_data
                )
                if isinstance(cross_references_item_data, dict)
                else cross_references_item_data
                for cross_references_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attachments", UNSET)
        self.attachments = (
            [
                _models.AttachmentDto._vn_fill(_new(_models.AttachmentDto), attachments_item_data)
                if isinstance(attachments_item_data, dict)
                else attachments_item_data
                for attachments_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attributes", UNSET)
        self.attributes = (
            [
                _models.AttributeIdValueDto._vn_fill(_new(_models.AttributeIdValueDto), attributes_item_data)
                if isinstance(attributes_item_data, dict)
                else attributes_item_data
                for attributes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("warehouseDetails", UNSET)
        self.warehouse_details = (
            [
                _models.WarehouseDetailDto._vn_fill(_new(_models.WarehouseDetailDto), warehouse_details_item_data)
                if isinstance(warehouse_details_item_data, dict)
                else warehouse_details_item_data
                for warehouse_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("inventoryUnits", UNSET)
        self.inventory_units = (
            [
                _models.InventoryUnitDto._vn_fill(_new(_models.InventoryUnitDto), inventory_units_item_data)
                if isinstance(inventory_units_item_data, dict)
                else inventory_units_item_data
                for inventory_units_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("defaultWarehouse", UNSET)
        self.default_warehouse = (
            _models.DefaultWarehouseInInventoryDto._vn_fill(_new(_models.DefaultWarehouseInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultIssueFrom", UNSET)
        self.default_issue_from = (
            _models.DefaultIssueFromInInventoryDto._vn_fill(_new(_models.DefaultIssueFromInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultReceiptTo", UNSET)
        self.default_receipt_to = (
            _models.DefaultReceiptToInInventoryDto._vn_fill(_new(_models.DefaultReceiptToInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplierDetails", UNSET)
        self.supplier_details = (
            [
                _models.SupplierDetailsLineDto._vn_fill(
                    _new(_models.SupplierDetailsLineDto), supplier_details_item_data
                )
                if isinstance(supplier_details_item_data, dict)
                else supplier_details_item_data
                for supplier_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("salesCategories", UNSET)
        self.sales_categories = (
            [
                _models.SalesCategoryLineDto._vn_fill(_new(_models.SalesCategoryLineDto), sales_categories_item_data)
                if isinstance(sales_categories_item_data, dict)
                else sales_categories_item_data
                for sales_categories_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("packaging", UNSET)
        self.packaging = (
            _models.PackagingInInventoryDto._vn_fill(_new(_models.PackagingInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("intrastat", UNSET)
        self.intrastat = (
            _models.IntrastatInInventoryDto._vn_fill(_new(_models.IntrastatInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.recommended_price = _rest.pop("recommendedPrice", UNSET)
        _value = _rest.pop("priceManagerID", UNSET)
        self.price_manager_id = _parse_uuid(_value)
        _value = _rest.pop("priceManager", UNSET)
        self.price_manager = (
            _models.PriceManagerInInventoryDto._vn_fill(_new(_models.PriceManagerInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("priceClass", UNSET)
        self.price_class = (
            _models.PriceClassInInventoryDto._vn_fill(_new(_models.PriceClassInInventoryDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.price_workgroup_id = _rest.pop("priceWorkgroupID", UNSET)
        self.price_class_id = _rest.pop("priceClassID", UNSET)
        self.note = _rest.pop("note", UNSET)
        self.timestamp = _rest.pop("timestamp", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("inventory_id", "inventoryId", False, "int"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("status", "status", False, "str"),
        ("type_", "type", False, "str"),
        ("description", "description", False, "str"),
        ("body", "body", False, "str"),
        ("item_class", "itemClass", False, ("model", "ItemClassInInventoryDto")),
        ("posting_class", "postingClass", False, ("model", "PostingClassInInventoryDto")),
        ("vat_code", "vatCode", False, ("model", "VatCodeInInventoryDto")),
        ("lot_serial_class", "lotSerialClass", False, ("model", "LotSerialClassInInventoryDto")),
        ("default_price", "defaultPrice", False, "float"),
        ("pending_cost", "pendingCost", False, "float"),
        ("pending_cost_date", "pendingCostDate", False, "datetime"),
        ("current_cost", "currentCost", False, "float"),
        ("effective_date", "effectiveDate", False, "datetime"),
        ("last_cost", "lastCost", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("base_unit", "baseUnit", False, "str"),
        ("sales_unit", "salesUnit", False, "str"),
        ("purchase_unit", "purchaseUnit", False, "str"),
        ("stock_item", "stockItem", False, "bool"),
        ("kit_item", "kitItem", False, "bool"),
        ("account_information", "accountInformation", False, ("model", "AccountInformationInInventoryDto")),
        ("cost_price_statistics", "costPriceStatistics", False, ("model", "CostPriceStatisticsInInventoryDto")),
        ("cross_references", "crossReferences", False, ("list", ("model", "InventoryCrossReferenceDto"))),
        ("attachments", "attachments", False, ("list", ("model", "AttachmentDto"))),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
        ("warehouse_details", "warehouseDetails", False, ("list", ("model", "WarehouseDetailDto"))),
        ("inventory_units", "inventoryUnits", False, ("list", ("model", "InventoryUnitDto"))),
        ("default_warehouse", "defaultWarehouse", False, ("model", "DefaultWarehouseInInventoryDto")),
        ("default_issue_from", "defaultIssueFrom", False, ("model", "DefaultIssueFromInInventoryDto")),
        ("default_receipt_to", "defaultReceiptTo", False, ("model", "DefaultReceiptToInInventoryDto")),
        ("supplier_details", "supplierDetails", False, ("list", ("model", "SupplierDetailsLineDto"))),
        ("sales_categories", "salesCategories", False, ("list", ("model", "SalesCategoryLineDto"))),
        ("packaging", "packaging", False, ("model", "PackagingInInventoryDto")),
        ("intrastat", "intrastat", False, ("model", "IntrastatInInventoryDto")),
        ("recommended_price", "recommendedPrice", False, "float"),
        ("price_manager_id", "priceManagerID", False, "uuid"),
        ("price_manager", "priceManager", False, ("model", "PriceManagerInInventoryDto")),
        ("price_class", "priceClass", False, ("model", "PriceClassInInventoryDto")),
        ("price_workgroup_id", "priceWorkgroupID", False, "int"),
        ("price_class_id", "priceClassID", False, "str"),
        ("note", "note", False, "str"),
        ("timestamp", "timestamp", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(InventoryDto)
