from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_query_parameters_status import (
    InventoryQueryParametersStatus,
)
from ..types import UNSET, Unset

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
class InventoryQueryParameters:
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

    page_size: int | Unset = UNSET
    alternate_id: str | Unset = UNSET
    inventory_number: str | Unset = UNSET
    sales_category: int | Unset = UNSET
    add_cost_price_statistics: bool | Unset = UNSET
    attributes: str | Unset = UNSET
    description: str | Unset = UNSET
    availability_last_modified_date_time: str | Unset = UNSET
    availability_last_modified_date_time_condition: str | Unset = UNSET
    inventory_types: list[str] | Unset = UNSET
    expand_cross_reference: bool | Unset = UNSET
    expand_attachment: bool | Unset = UNSET
    expand_attribute: bool | Unset = UNSET
    expand_warehouse_detail: bool | Unset = UNSET
    expand_account_information: bool | Unset = UNSET
    expand_inventory_units: bool | Unset = UNSET
    expand_supplier_details: bool | Unset = UNSET
    expand_sales_categories: bool | Unset = UNSET
    expand_note: bool | Unset = UNSET
    attachment_last_modified_date_time: str | Unset = UNSET
    attachment_last_modified_date_time_condition: str | Unset = UNSET
    status: InventoryQueryParametersStatus | Unset = UNSET
    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    greater_than_value: str | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    created_date_time: str | Unset = UNSET
    created_date_time_condition: str | Unset = UNSET
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        alternate_id = self.alternate_id

        inventory_number = self.inventory_number

        sales_category = self.sales_category

        add_cost_price_statistics = self.add_cost_price_statistics

        attributes = self.attributes

        description = self.description

        availability_last_modified_date_time = self.availability_last_modified_date_time

        availability_last_modified_date_time_condition = self.availability_last_modified_date_time_condition

        inventory_types: list[str] | Unset = UNSET
        if not isinstance(self.inventory_types, Unset):
            inventory_types = self.inventory_types

        expand_cross_reference = self.expand_cross_reference

        expand_attachment = self.expand_attachment

        expand_attribute = self.expand_attribute

        expand_warehouse_detail = self.expand_warehouse_detail

        expand_account_information = self.expand_account_information

        expand_inventory_units = self.expand_inventory_units

        expand_supplier_details = self.expand_supplier_details

        expand_sales_categories = self.expand_sales_categories

        expand_note = self.expand_note

        attachment_last_modified_date_time = self.attachment_last_modified_date_time

        attachment_last_modified_date_time_condition = self.attachment_last_modified_date_time_condition

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        greater_than_value = self.greater_than_value

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        created_date_time = self.created_date_time

        created_date_time_condition = self.created_date_time_condition

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if alternate_id is not UNSET:
            field_dict["alternateID"] = alternate_id
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if sales_category is not UNSET:
            field_dict["salesCategory"] = sales_category
        if add_cost_price_statistics is not UNSET:
            field_dict["addCostPriceStatistics"] = add_cost_price_statistics
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description
        if availability_last_modified_date_time is not UNSET:
            field_dict["availabilityLastModifiedDateTime"] = availability_last_modified_date_time
        if availability_last_modified_date_time_condition is not UNSET:
            field_dict["availabilityLastModifiedDateTimeCondition"] = availability_last_modified_date_time_condition
        if inventory_types is not UNSET:
            field_dict["inventoryTypes"] = inventory_types
        if expand_cross_reference is not UNSET:
            field_dict["expandCrossReference"] = expand_cross_reference
        if expand_attachment is not UNSET:
            field_dict["expandAttachment"] = expand_attachment
        if expand_attribute is not UNSET:
            field_dict["expandAttribute"] = expand_attribute
        if expand_warehouse_detail is not UNSET:
            field_dict["expandWarehouseDetail"] = expand_warehouse_detail
        if expand_account_information is not UNSET:
            field_dict["expandAccountInformation"] = expand_account_information
        if expand_inventory_units is not UNSET:
            field_dict["expandInventoryUnits"] = expand_inventory_units
        if expand_supplier_details is not UNSET:
            field_dict["expandSupplierDetails"] = expand_supplier_details
        if expand_sales_categories is not UNSET:
            field_dict["expandSalesCategories"] = expand_sales_categories
        if expand_note is not UNSET:
            field_dict["expandNote"] = expand_note
        if attachment_last_modified_date_time is not UNSET:
            field_dict["attachmentLastModifiedDateTime"] = attachment_last_modified_date_time
        if attachment_last_modified_date_time_condition is not UNSET:
            field_dict["attachmentLastModifiedDateTimeCondition"] = attachment_last_modified_date_time_condition
        if status is not UNSET:
            field_dict["status"] = status
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if created_date_time_condition is not UNSET:
            field_dict["createdDateTimeCondition"] = created_date_time_condition
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.page_size = _rest.pop("pageSize", UNSET)
        _instance.alternate_id = _rest.pop("alternateID", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.sales_category = _rest.pop("salesCategory", UNSET)
        _instance.add_cost_price_statistics = _rest.pop("addCostPriceStatistics", UNSET)
        _instance.attributes = _rest.pop("attributes", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.availability_last_modified_date_time = _rest.pop("availabilityLastModifiedDateTime", UNSET)
        _instance.availability_last_modified_date_time_condition = _rest.pop(
            "availabilityLastModifiedDateTimeCondition", UNSET
        )
        _instance.inventory_types = _rest.pop("inventoryTypes", UNSET)
        _instance.expand_cross_reference = _rest.pop("expandCrossReference", UNSET)
        _instance.expand_attachment = _rest.pop("expandAttachment", UNSET)
        _instance.expand_attribute = _rest.pop("expandAttribute", UNSET)
        _instance.expand_warehouse_detail = _rest.pop("expandWarehouseDetail", UNSET)
        _instance.expand_account_information = _rest.pop("expandAccountInformation", UNSET)
        _instance.expand_inventory_units = _rest.pop("expandInventoryUnits", UNSET)
        _instance.expand_supplier_details = _rest.pop("expandSupplierDetails", UNSET)
        _instance.expand_sales_categories = _rest.pop("expandSalesCategories", UNSET)
        _instance.expand_note = _rest.pop("expandNote", UNSET)
        _instance.attachment_last_modified_date_time = _rest.pop("attachmentLastModifiedDateTime", UNSET)
        _instance.attachment_last_modified_date_time_condition = _rest.pop(
            "attachmentLastModifiedDateTimeCondition", UNSET
        )
        _instance.status = _rest.pop("status", UNSET)
        _instance.number_to_read = _rest.pop("numberToRead", UNSET)
        _instance.skip_records = _rest.pop("skipRecords", UNSET)
        _instance.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.created_date_time = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time_condition = _rest.pop("createdDateTimeCondition", UNSET)
        _instance.page_number = _rest.pop("pageNumber", UNSET)
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
