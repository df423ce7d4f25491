from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_line_update_dto import AttributeLineUpdateDto
    from ..models.cogs_account_in_inventory_update_dto import CogsAccountInInventoryUpdateDto
    from ..models.default_issue_from_in_inventory_update_dto import DefaultIssueFromInInventoryUpdateDto
    from ..models.default_price_in_inventory_update_dto import DefaultPriceInInventoryUpdateDto
    from ..models.default_receipt_to_in_inventory_update_dto import DefaultReceiptToInInventoryUpdateDto
    from ..models.default_warehouse_in_inventory_update_dto import DefaultWarehouseInInventoryUpdateDto
    from ..models.dto_value_of_inventory_status import DtoValueOfInventoryStatus
    from ..models.dto_value_of_inventory_type import DtoValueOfInventoryType
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.expense_account_in_inventory_update_dto import ExpenseAccountInInventoryUpdateDto
    from ..models.expense_accrual_account_in_inventory_update_dto import ExpenseAccrualAccountInInventoryUpdateDto
    from ..models.intrastat_update_dto import IntrastatUpdateDto
    from ..models.inventory_account_in_inventory_update_dto import InventoryAccountInInventoryUpdateDto
    from ..models.inventory_number_in_inventory_update_dto import InventoryNumberInInventoryUpdateDto
    from ..models.item_class_in_inventory_update_dto import ItemClassInInventoryUpdateDto
    from ..models.packaging_update_dto import PackagingUpdateDto
    from ..models.posting_class_in_inventory_update_dto import PostingClassInInventoryUpdateDto
    from ..models.segment_update_dto import SegmentUpdateDto
    from ..models.supplier_details_dto import SupplierDetailsDto
    from ..models.vat_code_in_inventory_update_dto import VatCodeInInventoryUpdateDto


T = TypeVar("T", bound="InventoryUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "inventory_number",
    "status",
    "type_",
    "description",
    "body",
    "item_class",
    "posting_class",
    "vat_code",
    "default_price",
    "base_unit",
    "sales_unit",
    "purchase_unit",
    "expense_accrual_account",
    "inventory_account",
    "expense_account",
    "cogs_account",
    "expense_non_taxable_account",
    "expense_eu_account",
    "expense_import_account",
    "expense_subaccount",
    "cogs_subaccount",
    "sales_account",
    "sales_non_taxable_account",
    "sales_eu_account",
    "sales_export_account",
    "sales_subaccount",
    "attribute_lines",
    "packaging",
    "supplier_details",
    "intrastat",
    "default_warehouse",
    "default_issue_from",
    "default_receipt_to",
    "kit_item",
    "note",
)


@_attrs_define(repr=False)
class InventoryUpdateDto:
    """
    Attributes:
        inventory_number (InventoryNumberInInventoryUpdateDto | Unset): Mandatory for POST, not applicable for PUT. The
            unique alphanumeric identifier of the  item that is used in UI.
        status (DtoValueOfInventoryStatus | Unset):
        type_ (DtoValueOfInventoryType | Unset):
        description (DtoValueOfString | Unset):
        body (DtoValueOfString | Unset):
        item_class (ItemClassInInventoryUpdateDto | Unset): Mandatory, the item class to which the item is assigned.
            Selecting a class provides default settings for the item.
        posting_class (PostingClassInInventoryUpdateDto | Unset): The posting class of the item, which by default is the
            posting class assigned to the item class.
        vat_code (VatCodeInInventoryUpdateDto | Unset): The vat category of the item, which by default is the vat
            category associated with the item class.
        default_price (DefaultPriceInInventoryUpdateDto | Unset): The price of the item. This price is used as the
            default price, if there are no other prices set.
        base_unit (DtoValueOfString | Unset):
        sales_unit (DtoValueOfString | Unset):
        purchase_unit (DtoValueOfString | Unset):
        expense_accrual_account (ExpenseAccrualAccountInInventoryUpdateDto | Unset): Only used for Non-stock items
        inventory_account (InventoryAccountInInventoryUpdateDto | Unset): Only used for Stock items
        expense_account (ExpenseAccountInInventoryUpdateDto | Unset): Only used for Non-stock items
        cogs_account (CogsAccountInInventoryUpdateDto | Unset): Only used for Stock items
        expense_non_taxable_account (DtoValueOfString | Unset):
        expense_eu_account (DtoValueOfString | Unset):
        expense_import_account (DtoValueOfString | Unset):
        expense_subaccount (list[SegmentUpdateDto] | Unset): Only used for Non-stock items
        cogs_subaccount (list[SegmentUpdateDto] | Unset): Only used for Stock items
        sales_account (DtoValueOfString | Unset):
        sales_non_taxable_account (DtoValueOfString | Unset):
        sales_eu_account (DtoValueOfString | Unset):
        sales_export_account (DtoValueOfString | Unset):
        sales_subaccount (list[SegmentUpdateDto] | Unset):
        attribute_lines (list[AttributeLineUpdateDto] | Unset):
        packaging (PackagingUpdateDto | Unset): This class represents a Packaging part of InventoryItem in
            InventoryItemController. Used for insert/update data.
        supplier_details (list[SupplierDetailsDto] | Unset):
        intrastat (IntrastatUpdateDto | Unset): This class represents a Intrastat part of InventoryItem in
            InventoryItemController. Used for insert/update data.
        default_warehouse (DefaultWarehouseInInventoryUpdateDto | Unset): General information tab &gt; Warehouse
            defaults section &gt; Default warehouse &gt; The default warehouse used to store the stock item with the
            specified item ID.
        default_issue_from (DefaultIssueFromInInventoryUpdateDto | Unset): General information tab &gt; Warehouse
            defaults section &gt; Default issue from &gt; The location of the warehouse to be used by default to issue
            quantities of the selected stock item.
        default_receipt_to (DefaultReceiptToInInventoryUpdateDto | Unset): General information tab &gt; Warehouse
            defaults section &gt; Default receipt to &gt; The location of warehouse to be used by default to receive certain
            quantities of the specified stock item.
        kit_item (DtoValueOfNullableOfBoolean | Unset):
        note (DtoValueOfString | Unset):
    """

    inventory_number: InventoryNumberInInventoryUpdateDto | Unset = UNSET
    status: DtoValueOfInventoryStatus | Unset = UNSET
    type_: DtoValueOfInventoryType | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    body: DtoValueOfString | Unset = UNSET
    item_class: ItemClassInInventoryUpdateDto | Unset = UNSET
    posting_class: PostingClassInInventoryUpdateDto | Unset = UNSET
    vat_code: VatCodeInInventoryUpdateDto | Unset = UNSET
    default_price: DefaultPriceInInventoryUpdateDto | Unset = UNSET
    base_unit: DtoValueOfString | Unset = UNSET
    sales_unit: DtoValueOfString | Unset = UNSET
    purchase_unit: DtoValueOfString | Unset = UNSET
    expense_accrual_account: ExpenseAccrualAccountInInventoryUpdateDto | Unset = UNSET
    inventory_account: InventoryAccountInInventoryUpdateDto | Unset = UNSET
    expense_account: ExpenseAccountInInventoryUpdateDto | Unset = UNSET
    cogs_account: CogsAccountInInventoryUpdateDto | Unset = UNSET
    expense_non_taxable_account: DtoValueOfString | Unset = UNSET
    expense_eu_account: DtoValueOfString | Unset = UNSET
    expense_import_account: DtoValueOfString | Unset = UNSET
    expense_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    cogs_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    sales_account: DtoValueOfString | Unset = UNSET
    sales_non_taxable_account: DtoValueOfString | Unset = UNSET
    sales_eu_account: DtoValueOfString | Unset = UNSET
    sales_export_account: DtoValueOfString | Unset = UNSET
    sales_subaccount: list[SegmentUpdateDto] | Unset = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
    packaging: PackagingUpdateDto | Unset = UNSET
    supplier_details: list[SupplierDetailsDto] | Unset = UNSET
    intrastat: IntrastatUpdateDto | Unset = UNSET
    default_warehouse: DefaultWarehouseInInventoryUpdateDto | Unset = UNSET
    default_issue_from: DefaultIssueFromInInventoryUpdateDto | Unset = UNSET
    default_receipt_to: DefaultReceiptToInInventoryUpdateDto | Unset = UNSET
    kit_item: DtoValueOfNullableOfBoolean | Unset = UNSET
    note: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_number, Unset):
            inventory_number = self.inventory_number.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        item_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_class, Unset):
            item_class = self.item_class.to_dict()

        posting_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posting_class, Unset):
            posting_class = self.posting_class.to_dict()

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        default_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_price, Unset):
            default_price = self.default_price.to_dict()

        base_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_unit, Unset):
            base_unit = self.base_unit.to_dict()

        sales_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_unit, Unset):
            sales_unit = self.sales_unit.to_dict()

        purchase_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_unit, Unset):
            purchase_unit = self.purchase_unit.to_dict()

        expense_accrual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_accrual_account, Unset):
            expense_accrual_account = self.expense_accrual_account.to_dict()

        inventory_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_account, Unset):
            inventory_account = self.inventory_account.to_dict()

        expense_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_account, Unset):
            expense_account = self.expense_account.to_dict()

        cogs_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogs_account, Unset):
            cogs_account = self.cogs_account.to_dict()

        expense_non_taxable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_non_taxable_account, Unset):
            expense_non_taxable_account = self.expense_non_taxable_account.to_dict()

        expense_eu_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_eu_account, Unset):
            expense_eu_account = self.expense_eu_account.to_dict()

        expense_import_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense_import_account, Unset):
            expense_import_account = self.expense_import_account.to_dict()

        expense_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expense_subaccount, Unset):
            expense_subaccount = []
            for expense_subaccount_item_data in self.expense_subaccount:
                expense_subaccount_item = expense_subaccount_item_data.to_dict()
                expense_subaccount.append(expense_subaccount_item)

        cogs_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cogs_subaccount, Unset):
            cogs_subaccount = []
            for cogs_subaccount_item_data in self.cogs_subaccount:
                cogs_subaccount_item = cogs_subaccount_item_data.to_dict()
                cogs_subaccount.append(cogs_subaccount_item)

        sales_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_account, Unset):
            sales_account = self.sales_account.to_dict()

        sales_non_taxable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_non_taxable_account, Unset):
            sales_non_taxable_account = self.sales_non_taxable_account.to_dict()

        sales_eu_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_eu_account, Unset):
            sales_eu_account = self.sales_eu_account.to_dict()

        sales_export_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_export_account, Unset):
            sales_export_account = self.sales_export_account.to_dict()

        sales_subaccount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_subaccount, Unset):
            sales_subaccount = []
            for sales_subaccount_item_data in self.sales_subaccount:
                sales_subaccount_item = sales_subaccount_item_data.to_dict()
                sales_subaccount.append(sales_subaccount_item)

        attribute_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_lines, Unset):
            attribute_lines = []
            for attribute_lines_item_data in self.attribute_lines:
                attribute_lines_item = attribute_lines_item_data.to_dict()
                attribute_lines.append(attribute_lines_item)

        packaging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packaging, Unset):
            packaging = self.packaging.to_dict()

        supplier_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_details, Unset):
            supplier_details = []
            for supplier_details_item_data in self.supplier_details:
                supplier_details_item = supplier_details_item_data.to_dict()
                supplier_details.append(supplier_details_item)

        intrastat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intrastat, Unset):
            intrastat = self.intrastat.to_dict()

        default_warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_warehouse, Unset):
            default_warehouse = self.default_warehouse.to_dict()

        default_issue_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_issue_from, Unset):
            default_issue_from = self.default_issue_from.to_dict()

        default_receipt_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_receipt_to, Unset):
            default_receipt_to = self.default_receipt_to.to_dict()

        kit_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kit_item, Unset):
            kit_item = self.kit_item.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if default_price is not UNSET:
            field_dict["defaultPrice"] = default_price
        if base_unit is not UNSET:
            field_dict["baseUnit"] = base_unit
        if sales_unit is not UNSET:
            field_dict["salesUnit"] = sales_unit
        if purchase_unit is not UNSET:
            field_dict["purchaseUnit"] = purchase_unit
        if expense_accrual_account is not UNSET:
            field_dict["expenseAccrualAccount"] = expense_accrual_account
        if inventory_account is not UNSET:
            field_dict["inventoryAccount"] = inventory_account
        if expense_account is not UNSET:
            field_dict["expenseAccount"] = expense_account
        if cogs_account is not UNSET:
            field_dict["cogsAccount"] = cogs_account
        if expense_non_taxable_account is not UNSET:
            field_dict["expenseNonTaxableAccount"] = expense_non_taxable_account
        if expense_eu_account is not UNSET:
            field_dict["expenseEuAccount"] = expense_eu_account
        if expense_import_account is not UNSET:
            field_dict["expenseImportAccount"] = expense_import_account
        if expense_subaccount is not UNSET:
            field_dict["expenseSubaccount"] = expense_subaccount
        if cogs_subaccount is not UNSET:
            field_dict["cogsSubaccount"] = cogs_subaccount
        if sales_account is not UNSET:
            field_dict["salesAccount"] = sales_account
        if sales_non_taxable_account is not UNSET:
            field_dict["salesNonTaxableAccount"] = sales_non_taxable_account
        if sales_eu_account is not UNSET:
            field_dict["salesEuAccount"] = sales_eu_account
        if sales_export_account is not UNSET:
            field_dict["salesExportAccount"] = sales_export_account
        if sales_subaccount is not UNSET:
            field_dict["salesSubaccount"] = sales_subaccount
        if attribute_lines is not UNSET:
            field_dict["attributeLines"] = attribute_lines
        if packaging is not UNSET:
            field_dict["packaging"] = packaging
        if supplier_details is not UNSET:
            field_dict["supplierDetails"] = supplier_details
        if intrastat is not UNSET:
            field_dict["intrastat"] = intrastat
        if default_warehouse is not UNSET:
            field_dict["defaultWarehouse"] = default_warehouse
        if default_issue_from is not UNSET:
            field_dict["defaultIssueFrom"] = default_issue_from
        if default_receipt_to is not UNSET:
            field_dict["defaultReceiptTo"] = default_receipt_to
        if kit_item is not UNSET:
            field_dict["kitItem"] = kit_item
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("inventoryNumber", UNSET)
        _instance.inventory_number = (
            UNSET if _value is UNSET else _models.InventoryNumberInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("status", UNSET)
        _instance.status = UNSET if _value is UNSET else _models.DtoValueOfInventoryStatus.from_dict(_value)
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.DtoValueOfInventoryType.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("body", UNSET)
        _instance.body = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("itemClass", UNSET)
        _instance.item_class = UNSET if _value is UNSET else _models.ItemClassInInventoryUpdateDto.from_dict(_value)
        _value = _rest.pop("postingClass", UNSET)
        _instance.posting_class = (
            UNSET if _value is UNSET else _models.PostingClassInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("vatCode", UNSET)
        _instance.vat_code = UNSET if _value is UNSET else _models.VatCodeInInventoryUpdateDto.from_dict(_value)
        _value = _rest.pop("defaultPrice", UNSET)
        _instance.default_price = (
            UNSET if _value is UNSET else _models.DefaultPriceInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("baseUnit", UNSET)
        _instance.base_unit = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesUnit", UNSET)
        _instance.sales_unit = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("purchaseUnit", UNSET)
        _instance.purchase_unit = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseAccrualAccount", UNSET)
        _instance.expense_accrual_account = (
            UNSET if _value is UNSET else _models.ExpenseAccrualAccountInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("inventoryAccount", UNSET)
        _instance.inventory_account = (
            UNSET if _value is UNSET else _models.InventoryAccountInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("expenseAccount", UNSET)
        _instance.expense_account = (
            UNSET if _value is UNSET else _models.ExpenseAccountInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("cogsAccount", UNSET)
        _instance.cogs_account = UNSET if _value is UNSET else _models.CogsAccountInInventoryUpdateDto.from_dict(_value)
        _value = _rest.pop("expenseNonTaxableAccount", UNSET)
        _instance.expense_non_taxable_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseEuAccount", UNSET)
        _instance.expense_eu_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseImportAccount", UNSET)
        _instance.expense_import_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("expenseSubaccount", UNSET)
        _instance.expense_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(expense_subaccount_item_data)
                for expense_subaccount_item_data in _value
            ]
        )
        _value = _rest.pop("cogsSubaccount", UNSET)
        _instance.cogs_subaccount = (
            UNSET
            if _value is UNSET
            else [_models.SegmentUpdateDto.from_dict(cogs_subaccount_item_data) for cogs_subaccount_item_data in _value]
        )
        _value = _rest.pop("salesAccount", UNSET)
        _instance.sales_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        _instance.sales_non_taxable_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesEuAccount", UNSET)
        _instance.sales_eu_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesExportAccount", UNSET)
        _instance.sales_export_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesSubaccount", UNSET)
        _instance.sales_subaccount = (
            UNSET
            if _value is UNSET
            else [
                _models.SegmentUpdateDto.from_dict(sales_subaccount_item_data) for sales_subaccount_item_data in _value
            ]
        )
        _value = _rest.pop("attributeLines", UNSET)
        _instance.attribute_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.AttributeLineUpdateDto.from_dict(attribute_lines_item_data)
                for attribute_lines_item_data in _value
            ]
        )
        _value = _rest.pop("packaging", UNSET)
        _instance.packaging = UNSET if _value is UNSET else _models.PackagingUpdateDto.from_dict(_value)
        _value = _rest.pop("supplierDetails", UNSET)
        _instance.supplier_details = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierDetailsDto.from_dict(supplier_details_item_data)
                for supplier_details_item_data in _value
            ]
        )
        _value = _rest.pop("intrastat", UNSET)
        _instance.intrastat = UNSET if _value is UNSET else _models.IntrastatUpdateDto.from_dict(_value)
        _value = _rest.pop("defaultWarehouse", UNSET)
        _instance.default_warehouse = (
            UNSET if _value is UNSET else _models.DefaultWarehouseInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("defaultIssueFrom", UNSET)
        _instance.default_issue_from = (
            UNSET if _value is UNSET else _models.DefaultIssueFromInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("defaultReceiptTo", UNSET)
        _instance.default_receipt_to = (
            UNSET if _value is UNSET else _models.DefaultReceiptToInInventoryUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("kitItem", UNSET)
        _instance.kit_item = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("note", UNSET)
        _instance.note = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
