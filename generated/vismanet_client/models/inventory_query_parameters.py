from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_query_parameters_status import (
    InventoryQueryParametersStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="InventoryQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "page_size",
    "alternate_id",
    "inventory_number",
    "sales_category",
    "add_cost_price_statistics",
    "attributes",
    "description",
    "availability_last_modified_date_time",
    "availability_last_modified_date_time_condition",
    "inventory_types",
    "expand_cross_reference",
    "expand_attachment",
    "expand_attribute",
    "expand_warehouse_detail",
    "expand_account_information",
    "expand_inventory_units",
    "expand_supplier_details",
    "expand_sales_categories",
    "expand_note",
    "attachment_last_modified_date_time",
    "attachment_last_modified_date_time_condition",
    "status",
    "number_to_read",
    "skip_records",
    "greater_than_value",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "created_date_time",
    "created_date_time_condition",
    "page_number",
)


@_attrs_define(repr=False)
class InventoryQueryParameters(GeneratedModel):
    """
    Attributes:
        page_size (int | Unset): Pagination parameter. Number of items to be collected.
            Please use a page size lower or equal to the allowed max page size which is returned as part of the metadata
            information.
            If requested page size is greater than allowed max page size, request will be limited to max page size.
            MaxPageSize will be set to 5000 from 1. April 2022
        alternate_id (str | Unset): Applies for both Stock and Non-stock items.  Some fields in this filter applies only
            for one of these.
        inventory_number (str | Unset): The Item ID.
        sales_category (int | Unset): The Category ID for the sales category, found on the Attributes tab.
        add_cost_price_statistics (bool | Unset): This filter can be used only for stock items, from the Price/cost
            information tab.
        attributes (str | Unset):  Attributes (additional information) connected to the entity.
             Examples:
            {{base}}/inventory?attributes={"AttributeID":"ValueID","AttributeID":"ValueID"}
            {{base}}/inventory?attributes={"AttributeID":"ValueID1,ValueID2"}
        description (str | Unset): A brief description of the stock item from the Top part of the window.
        availability_last_modified_date_time (str | Unset): System retrieved information.
        availability_last_modified_date_time_condition (str | Unset): System retrieved information for state/condition.
        inventory_types (list[str] | Unset): Filter on one or more inventory types: NonStockItem, LaborItem,
            ServiceItem, ChargeItem, ExpenseItem, FinishedGoodItem, ComponentPartItem or SubassemblyItem
        expand_cross_reference (bool | Unset): These expand fields are by default set to true, but will be changed in
            the future.
            Set to true to retrieve information about the cross-references (item ID and suppliers/customers ID for the item
            connected to the item.
        expand_attachment (bool | Unset): Set to true to retrieve information about the attachments connected to the
            item.
        expand_attribute (bool | Unset): Set to true to retrieve the attribute descriptions used for the item.
        expand_warehouse_detail (bool | Unset): Set to true to retrieve information about the warehouse connected to the
            item.
        expand_account_information (bool | Unset): Set to true to retrieve information about the account information
            connected to the item.
        expand_inventory_units (bool | Unset): Set to true to retrieve information about the units of measure connected
            to the item.
        expand_supplier_details (bool | Unset): Set to true to retrieve details about the supplier connected to the
            item.
        expand_sales_categories (bool | Unset): Set to true to retrieve details about the sales categories connected to
            the item.
        expand_note (bool | Unset): Set to true to retrieve the note value connected to the item.
        attachment_last_modified_date_time (str | Unset): System retrieved information for last modified date and time
            for attachment.
        attachment_last_modified_date_time_condition (str | Unset): System retrieved information for state/condition for
            attachment.
        status (InventoryQueryParametersStatus | Unset): The inventory item status
        number_to_read (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        skip_records (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
        greater_than_value (str | Unset): Greater than value. The item which is the object for this, varies from API to
            API.
        last_modified_date_time (str | Unset): This value, generated by the system, indicates the last time the record
            was modified. Use it to retrieve all records that have been modified since that time, up to the present.

            Accepted format:
            * ```yyyy-MM-dd```
            * ```yyyy-MM-dd HH:mm:ss```
            * ```yyyy-MM-dd HH:mm:ss.FFF```
            * ```yyyy-MM-ddTHH:mm:ss```
            * ```yyyy-MM-ddTHH:mm:ss.FFF```

            _Note:_ __LastModifiedDateTime__ and __LastModifiedDateTimeCondition__ are __mutually inclusive__.
        last_modified_date_time_condition (str | Unset): This value represents the condition to be applied when
            retrieving records.

            Accepted values (without the single quotes):
            * '&gt;' for greater than
            * '&lt;' for less than
            * '&gt;=' for greater than or equal
            * '&lt;=' for less than or equal

            _Note:_ __LastModifiedDateTime__ and __LastModifiedDateTimeCondition__ are __mutually inclusive__.
        created_date_time (str | Unset): Creation date and time.
        created_date_time_condition (str | Unset): System-retrieved information for state/condition
        page_number (int | Unset): Pagination parameter. Page number.
    """

    page_size: int | Unset | None = UNSET
    alternate_id: str | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    sales_category: int | Unset | None = UNSET
    add_cost_price_statistics: bool | Unset | None = UNSET
    attributes: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    availability_last_modified_date_time: str | Unset | None = UNSET
    availability_last_modified_date_time_condition: str | Unset | None = UNSET
    inventory_types: list[str] | Unset | None = UNSET
    expand_cross_reference: bool | Unset | None = UNSET
    expand_attachment: bool | Unset | None = UNSET
    expand_attribute: bool | Unset | None = UNSET
    expand_warehouse_detail: bool | Unset | None = UNSET
    expand_account_information: bool | Unset | None = UNSET
    expand_inventory_units: bool | Unset | None = UNSET
    expand_supplier_details: bool | Unset | None = UNSET
    expand_sales_categories: bool | Unset | None = UNSET
    expand_note: bool | Unset | None = UNSET
    attachment_last_modified_date_time: str | Unset | None = UNSET
    attachment_last_modified_date_time_condition: str | Unset | None = UNSET
    status: InventoryQueryParametersStatus | Unset | None = UNSET
    number_to_read: int | Unset | None = UNSET
    skip_records: int | Unset | None = UNSET
    greater_than_value: str | Unset | None = UNSET
    last_modified_date_time: str | Unset | None = UNSET
    last_modified_date_time_condition: str | Unset | None = UNSET
    created_date_time: str | Unset | None = UNSET
    created_date_time_condition: str | Unset | None = UNSET
    page_number: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.page_size
        if _value is not UNSET:
            field_dict["pageSize"] = _value
        _value = self.alternate_id
        if _value is not UNSET:
            field_dict["alternateID"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.sales_category
        if _value is not UNSET:
            field_dict["salesCategory"] = _value
        _value = self.add_cost_price_statistics
        if _value is not UNSET:
            field_dict["addCostPriceStatistics"] = _value
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.availability_last_modified_date_time
        if _value is not UNSET:
            field_dict["availabilityLastModifiedDateTime"] = _value
        _value = self.availability_last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["availabilityLastModifiedDateTimeCondition"] = _value
        _value = self.inventory_types
        if _value is not UNSET:
            field_dict["inventoryTypes"] = _value
        _value = self.expand_cross_reference
        if _value is not UNSET:
            field_dict["expandCrossReference"] = _value
        _value = self.expand_attachment
        if _value is not UNSET:
            field_dict["expandAttachment"] = _value
        _value = self.expand_attribute
        if _value is not UNSET:
            field_dict["expandAttribute"] = _value
        _value = self.expand_warehouse_detail
        if _value is not UNSET:
            field_dict["expandWarehouseDetail"] = _value
        _value = self.expand_account_information
        if _value is not UNSET:
            field_dict["expandAccountInformation"] = _value
        _value = self.expand_inventory_units
        if _value is not UNSET:
            field_dict["expandInventoryUnits"] = _value
        _value = self.expand_supplier_details
        if _value is not UNSET:
            field_dict["expandSupplierDetails"] = _value
        _value = self.expand_sales_categories
        if _value is not UNSET:
            field_dict["expandSalesCategories"] = _value
        _value = self.expand_note
        if _value is not UNSET:
            field_dict["expandNote"] = _value
        _value = self.attachment_last_modified_date_time
        if _value is not UNSET:
            field_dict["attachmentLastModifiedDateTime"] = _value
        _value = self.attachment_last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["attachmentLastModifiedDateTimeCondition"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.number_to_read
        if _value is not UNSET:
            field_dict["numberToRead"] = _value
        _value = self.skip_records
        if _value is not UNSET:
            field_dict["skipRecords"] = _value
        _value = self.greater_than_value
        if _value is not UNSET:
            field_dict["greaterThanValue"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value
        _value = self.last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value
        _value = self.created_date_time_condition
        if _value is not UNSET:
            field_dict["createdDateTimeCondition"] = _value
        _value = self.page_number
        if _value is not UNSET:
            field_dict["pageNumber"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not InventoryQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.page_size = _rest.pop("pageSize", UNSET)
        self.alternate_id = _rest.pop("alternateID", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.sales_category = _rest.pop("salesCategory", UNSET)
        self.add_cost_price_statistics = _rest.pop("addCostPriceStatistics", UNSET)
        self.attributes = _rest.pop("attributes", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.availability_last_modified_date_time = _rest.pop("availabilityLastModifiedDateTime", UNSET)
        self.availability_last_modified_date_time_condition = _rest.pop(
            "availabilityLastModifiedDateTimeCondition", UNSET
        )
        self.inventory_types = _rest.pop("inventoryTypes", UNSET)
        self.expand_cross_reference = _rest.pop("expandCrossReference", UNSET)
        self.expand_attachment = _rest.pop("expandAttachment", UNSET)
        self.expand_attribute = _rest.pop("expandAttribute", UNSET)
        self.expand_warehouse_detail = _rest.pop("expandWarehouseDetail", UNSET)
        self.expand_account_information = _rest.pop("expandAccountInformation", UNSET)
        self.expand_inventory_units = _rest.pop("expandInventoryUnits", UNSET)
        self.expand_supplier_details = _rest.pop("expandSupplierDetails", UNSET)
        self.expand_sales_categories = _rest.pop("expandSalesCategories", UNSET)
        self.expand_note = _rest.pop("expandNote", UNSET)
        self.attachment_last_modified_date_time = _rest.pop("attachmentLastModifiedDateTime", UNSET)
        self.attachment_last_modified_date_time_condition = _rest.pop("attachmentLastModifiedDateTimeCondition", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.number_to_read = _rest.pop("numberToRead", UNSET)
        self.skip_records = _rest.pop("skipRecords", UNSET)
        self.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        self.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        self.created_date_time = _rest.pop("createdDateTime", UNSET)
        self.created_date_time_condition = _rest.pop("createdDateTimeCondition", UNSET)
        self.page_number = _rest.pop("pageNumber", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("page_size", "pageSize", False, "int"),
        ("alternate_id", "alternateID", False, "str"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("sales_category", "salesCategory", False, "int"),
        ("add_cost_price_statistics", "addCostPriceStatistics", False, "bool"),
        ("attributes", "attributes", False, "str"),
        ("description", "description", False, "str"),
        ("availability_last_modified_date_time", "availabilityLastModifiedDateTime", False, "str"),
        ("availability_last_modified_date_time_condition", "availabilityLastModifiedDateTimeCondition", False, "str"),
        ("inventory_types", "inventoryTypes", False, ("list", "str")),
        ("expand_cross_reference", "expandCrossReference", False, "bool"),
        ("expand_attachment", "expandAttachment", False, "bool"),
        ("expand_attribute", "expandAttribute", False, "bool"),
        ("expand_warehouse_detail", "expandWarehouseDetail", False, "bool"),
        ("expand_account_information", "expandAccountInformation", False, "bool"),
        ("expand_inventory_units", "expandInventoryUnits", False, "bool"),
        ("expand_supplier_details", "expandSupplierDetails", False, "bool"),
        ("expand_sales_categories", "expandSalesCategories", False, "bool"),
        ("expand_note", "expandNote", False, "bool"),
        ("attachment_last_modified_date_time", "attachmentLastModifiedDateTime", False, "str"),
        ("attachment_last_modified_date_time_condition", "attachmentLastModifiedDateTimeCondition", False, "str"),
        ("status", "status", False, "str"),
        ("number_to_read", "numberToRead", False, "int"),
        ("skip_records", "skipRecords", False, "int"),
        ("greater_than_value", "greaterThanValue", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "str"),
        ("last_modified_date_time_condition", "lastModifiedDateTimeCondition", False, "str"),
        ("created_date_time", "createdDateTime", False, "str"),
        ("created_date_time_condition", "createdDateTimeCondition", False, "str"),
        ("page_number", "pageNumber", False, "int"),
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


_Lazy = _lazy_twin(InventoryQueryParameters)
