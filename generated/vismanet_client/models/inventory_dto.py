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
from ..types import UNSET, Unset

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
class InventoryDto:
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

    inventory_id: int | Unset = UNSET
    inventory_number: str | Unset = UNSET
    status: InventoryDtoStatus | Unset = UNSET
    type_: InventoryDtoType | Unset = UNSET
    description: str | Unset = UNSET
    body: str | Unset = UNSET
    item_class: ItemClassInInventoryDto | Unset = UNSET
    posting_class: PostingClassInInventoryDto | Unset = UNSET
    vat_code: VatCodeInInventoryDto | Unset = UNSET
    lot_serial_class: LotSerialClassInInventoryDto | Unset = UNSET
    default_price: float | Unset = UNSET
    pending_cost: float | Unset = UNSET
    pending_cost_date: datetime.datetime | Unset = UNSET
    current_cost: float | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    last_cost: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    base_unit: str | Unset = UNSET
    sales_unit: str | Unset = UNSET
    purchase_unit: str | Unset = UNSET
    stock_item: bool | Unset = UNSET
    kit_item: bool | Unset = UNSET
    account_information: AccountInformationInInventoryDto | Unset = UNSET
    cost_price_statistics: CostPriceStatisticsInInventoryDto | Unset = UNSET
    cross_references: list[InventoryCrossReferenceDto] | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    warehouse_details: list[WarehouseDetailDto] | Unset = UNSET
    inventory_units: list[InventoryUnitDto] | Unset = UNSET
    default_warehouse: DefaultWarehouseInInventoryDto | Unset = UNSET
    default_issue_from: DefaultIssueFromInInventoryDto | Unset = UNSET
    default_receipt_to: DefaultReceiptToInInventoryDto | Unset = UNSET
    supplier_details: list[SupplierDetailsLineDto] | Unset = UNSET
    sales_categories: list[SalesCategoryLineDto] | Unset = UNSET
    packaging: PackagingInInventoryDto | Unset = UNSET
    intrastat: IntrastatInInventoryDto | Unset = UNSET
    recommended_price: float | Unset = UNSET
    price_manager_id: UUID | Unset = UNSET
    price_manager: PriceManagerInInventoryDto | Unset = UNSET
    price_class: PriceClassInInventoryDto | Unset = UNSET
    price_workgroup_id: int | Unset = UNSET
    price_class_id: str | Unset = UNSET
    note: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_id = self.inventory_id

        inventory_number = self.inventory_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        description = self.description

        body = self.body

        item_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_class, Unset):
            item_class = self.item_class.to_dict()

        posting_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posting_class, Unset):
            posting_class = self.posting_class.to_dict()

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        lot_serial_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lot_serial_class, Unset):
            lot_serial_class = self.lot_serial_class.to_dict()

        default_price = self.default_price

        pending_cost = self.pending_cost

        pending_cost_date: str | Unset = UNSET
        if not isinstance(self.pending_cost_date, Unset):
            pending_cost_date = self.pending_cost_date.isoformat()

        current_cost = self.current_cost

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        last_cost = self.last_cost

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        base_unit = self.base_unit

        sales_unit = self.sales_unit

        purchase_unit = self.purchase_unit

        stock_item = self.stock_item

        kit_item = self.kit_item

        account_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_information, Unset):
            account_information = self.account_information.to_dict()

        cost_price_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_price_statistics, Unset):
            cost_price_statistics = self.cost_price_statistics.to_dict()

        cross_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cross_references, Unset):
            cross_references = []
            for cross_references_item_data in self.cross_references:
                cross_references_item = cross_references_item_data.to_dict()
                cross_references.append(cross_references_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        warehouse_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warehouse_details, Unset):
            warehouse_details = []
            for warehouse_details_item_data in self.warehouse_details:
                warehouse_details_item = warehouse_details_item_data.to_dict()
                warehouse_details.append(warehouse_details_item)

        inventory_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory_units, Unset):
            inventory_units = []
            for inventory_units_item_data in self.inventory_units:
                inventory_units_item = inventory_units_item_data.to_dict()
                inventory_units.append(inventory_units_item)

        default_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_warehouse, Unset):
            default_warehouse = self.default_warehouse.to_dict()

        default_issue_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_issue_from, Unset):
            default_issue_from = self.default_issue_from.to_dict()

        default_receipt_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_receipt_to, Unset):
            default_receipt_to = self.default_receipt_to.to_dict()

        supplier_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_details, Unset):
            supplier_details = []
            for supplier_details_item_data in self.supplier_details:
                supplier_details_item = supplier_details_item_data.to_dict()
                supplier_details.append(supplier_details_item)

        sales_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_categories, Unset):
            sales_categories = []
            for sales_categories_item_data in self.sales_categories:
                sales_categories_item = sales_categories_item_data.to_dict()
                sales_categories.append(sales_categories_item)

        packaging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packaging, Unset):
            packaging = self.packaging.to_dict()

        intrastat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intrastat, Unset):
            intrastat = self.intrastat.to_dict()

        recommended_price = self.recommended_price

        price_manager_id: str | Unset = UNSET
        if not isinstance(self.price_manager_id, Unset):
            price_manager_id = str(self.price_manager_id)

        price_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_manager, Unset):
            price_manager = self.price_manager.to_dict()

        price_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_class, Unset):
            price_class = self.price_class.to_dict()

        price_workgroup_id = self.price_workgroup_id

        price_class_id = self.price_class_id

        note = self.note

        timestamp = self.timestamp

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if body is not UNSET:
            field_dict["body"] = body
        if item_class is not UNSET:
            field_dict["itemClass"] = item_class
        if posting_class is not UNSET:
            field_dict["postingClass"] = posting_class
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if lot_serial_class is not UNSET:
            field_dict["lotSerialClass"] = lot_serial_class
        if default_price is not UNSET:
            field_dict["defaultPrice"] = default_price
        if pending_cost is not UNSET:
            field_dict["pendingCost"] = pending_cost
        if pending_cost_date is not UNSET:
            field_dict["pendingCostDate"] = pending_cost_date
        if current_cost is not UNSET:
            field_dict["currentCost"] = current_cost
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if last_cost is not UNSET:
            field_dict["lastCost"] = last_cost
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if base_unit is not UNSET:
            field_dict["baseUnit"] = base_unit
        if sales_unit is not UNSET:
            field_dict["salesUnit"] = sales_unit
        if purchase_unit is not UNSET:
            field_dict["purchaseUnit"] = purchase_unit
        if stock_item is not UNSET:
            field_dict["stockItem"] = stock_item
        if kit_item is not UNSET:
            field_dict["kitItem"] = kit_item
        if account_information is not UNSET:
            field_dict["accountInformation"] = account_information
        if cost_price_statistics is not UNSET:
            field_dict["costPriceStatistics"] = cost_price_statistics
        if cross_references is not UNSET:
            field_dict["crossReferences"] = cross_references
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if warehouse_details is not UNSET:
            field_dict["warehouseDetails"] = warehouse_details
        if inventory_units is not UNSET:
            field_dict["inventoryUnits"] = inventory_units
        if default_warehouse is not UNSET:
            field_dict["defaultWarehouse"] = default_warehouse
        if default_issue_from is not UNSET:
            field_dict["defaultIssueFrom"] = default_issue_from
        if default_receipt_to is not UNSET:
            field_dict["defaultReceiptTo"] = default_receipt_to
        if supplier_details is not UNSET:
            field_dict["supplierDetails"] = supplier_details
        if sales_categories is not UNSET:
            field_dict["salesCategories"] = sales_categories
        if packaging is not UNSET:
            field_dict["packaging"] = packaging
        if intrastat is not UNSET:
            field_dict["intrastat"] = intrastat
        if recommended_price is not UNSET:
            field_dict["recommendedPrice"] = recommended_price
        if price_manager_id is not UNSET:
            field_dict["priceManagerID"] = price_manager_id
        if price_manager is not UNSET:
            field_dict["priceManager"] = price_manager
        if price_class is not UNSET:
            field_dict["priceClass"] = price_class
        if price_workgroup_id is not UNSET:
            field_dict["priceWorkgroupID"] = price_workgroup_id
        if price_class_id is not UNSET:
            field_dict["priceClassID"] = price_class_id
        if note is not UNSET:
            field_dict["note"] = note
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.inventory_id = _rest.pop("inventoryId", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.body = _rest.pop("body", UNSET)
        _value = _rest.pop("itemClass", UNSET)
        _instance.item_class = UNSET if _value is UNSET else _models.ItemClassInInventoryDto.from_dict(_value)
        _value = _rest.pop("postingClass", UNSET)
        _instance.posting_class = UNSET if _value is UNSET else _models.PostingClassInInventoryDto.from_dict(_value)
        _value = _rest.pop("vatCode", UNSET)
        _instance.vat_code = UNSET if _value is UNSET else _models.VatCodeInInventoryDto.from_dict(_value)
        _value = _rest.pop("lotSerialClass", UNSET)
        _instance.lot_serial_class = (
            UNSET if _value is UNSET else _models.LotSerialClassInInventoryDto.from_dict(_value)
        )
        _instance.default_price = _rest.pop("defaultPrice", UNSET)
        _instance.pending_cost = _rest.pop("pendingCost", UNSET)
        _value = _rest.pop("pendingCostDate", UNSET)
        _instance.pending_cost_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.current_cost = _rest.pop("currentCost", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.last_cost = _rest.pop("lastCost", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.base_unit = _rest.pop("baseUnit", UNSET)
        _instance.sales_unit = _rest.pop("salesUnit", UNSET)
        _instance.purchase_unit = _rest.pop("purchaseUnit", UNSET)
        _instance.stock_item = _rest.pop("stockItem", UNSET)
        _instance.kit_item = _rest.pop("kitItem", UNSET)
        _value = _rest.pop("accountInformation", UNSET)
        _instance.account_information = (
            UNSET if _value is UNSET else _models.AccountInformationInInventoryDto.from_dict(_value)
        )
        _value = _rest.pop("costPriceStatistics", UNSET)
        _instance.cost_price_statistics = (
            UNSET if _value is UNSET else _models.CostPriceStatisticsInInventoryDto.from_dict(_value)
        )
        _value = _rest.pop("crossReferences", UNSET)
        _instance.cross_references = (
            UNSET
            if _value is UNSET
            else [
                _models.InventoryCrossReferenceDto.from_dict(cross_references_item_data)
                for cross_references_item_data in _value
            ]
        )
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
        )
        _value = _rest.pop("warehouseDetails", UNSET)
        _instance.warehouse_details = (
            UNSET
            if _value is UNSET
            else [
                _models.WarehouseDetailDto.from_dict(warehouse_details_item_data)
                for warehouse_details_item_data in _value
            ]
        )
        _value = _rest.pop("inventoryUnits", UNSET)
        _instance.inventory_units = (
            UNSET
            if _value is UNSET
            else [_models.InventoryUnitDto.from_dict(inventory_units_item_data) for inventory_units_item_data in _value]
        )
        _value = _rest.pop("defaultWarehouse", UNSET)
        _instance.default_warehouse = (
            UNSET if _value is UNSET else _models.DefaultWarehouseInInventoryDto.from_dict(_value)
        )
        _value = _rest.pop("defaultIssueFrom", UNSET)
        _instance.default_issue_from = (
            UNSET if _value is UNSET else _models.DefaultIssueFromInInventoryDto.from_dict(_value)
        )
        _value = _rest.pop("defaultReceiptTo", UNSET)
        _instance.default_receipt_to = (
            UNSET if _value is UNSET else _models.DefaultReceiptToInInventoryDto.from_dict(_value)
        )
        _value = _rest.pop("supplierDetails", UNSET)
        _instance.supplier_details = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierDetailsLineDto.from_dict(supplier_details_item_data)
                for supplier_details_item_data in _value
            ]
        )
        _value = _rest.pop("salesCategories", UNSET)
        _instance.sales_categories = (
            UNSET
            if _value is UNSET
            else [
                _models.SalesCategoryLineDto.from_dict(sales_categories_item_data)
                for sales_categories_item_data in _value
            ]
        )
        _value = _rest.pop("packaging", UNSET)
        _instance.packaging = UNSET if _value is UNSET else _models.PackagingInInventoryDto.from_dict(_value)
        _value = _rest.pop("intrastat", UNSET)
        _instance.intrastat = UNSET if _value is UNSET else _models.IntrastatInInventoryDto.from_dict(_value)
        _instance.recommended_price = _rest.pop("recommendedPrice", UNSET)
        _value = _rest.pop("priceManagerID", UNSET)
        _instance.price_manager_id = UNSET if _value is UNSET else UUID(_value)
        _value = _rest.pop("priceManager", UNSET)
        _instance.price_manager = UNSET if _value is UNSET else _models.PriceManagerInInventoryDto.from_dict(_value)
        _value = _rest.pop("priceClass", UNSET)
        _instance.price_class = UNSET if _value is UNSET else _models.PriceClassInInventoryDto.from_dict(_value)
        _instance.price_workgroup_id = _rest.pop("priceWorkgroupID", UNSET)
        _instance.price_class_id = _rest.pop("priceClassID", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _instance.timestamp = _rest.pop("timestamp", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
