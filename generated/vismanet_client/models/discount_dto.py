from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_branch_dto import DiscountBranchDto
    from ..models.discount_breakpoint_dto import DiscountBreakpointDto
    from ..models.discount_customer_2_dto import DiscountCustomer2Dto
    from ..models.discount_customer_price_class_dto import DiscountCustomerPriceClassDto
    from ..models.discount_item_dto import DiscountItemDto
    from ..models.discount_item_price_class_dto import DiscountItemPriceClassDto
    from ..models.discount_warehouse_dto import DiscountWarehouseDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="DiscountDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "discount_code",
    "series",
    "description",
    "discount_by",
    "break_by",
    "promotional",
    "active",
    "prorate_discount",
    "effective_date",
    "expiration_date",
    "last_update_date",
    "free_item",
    "pending_free_item",
    "last_free_item",
    "line_cntr",
    "created_date_time",
    "last_modified_date_time",
    "discount_breakpoints",
    "customers",
    "items",
    "warehouses",
    "customer_price_classes",
    "item_price_classes",
    "branches",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class DiscountDto:
    """
    Attributes:
        discount_code (str | Unset): Mandatory field: The top part &gt; Discount code &gt; The code of the discount for
            which you want to create a new series or view an existing one.
        series (str | Unset): Mandatory field: The top part &gt; Series &gt; The ID of the series defined for the
            discount.
        description (str | Unset): The top part &gt; Description &gt; A brief description of the series.
        discount_by (str | Unset): The top part &gt; Discount by &gt; The way the discount for the series is specified.
            Percent, Amount, Free item.
        break_by (str | Unset): The top part &gt; Break by &gt; The way the breakpoints for this discount series are
            specified. Quantity, Amount.
        promotional (bool | Unset): The top part &gt; Promotional &gt; A check box that indicates (if selected) that the
            series is a promotional discount.
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates (if selected) that the series is
            active.
        prorate_discount (bool | Unset): The top part &gt; Prorate discount &gt; A check box that indicates (if
            selected) that the discount can be prorated.
        effective_date (datetime.datetime | Unset): The top part &gt; Effective date &gt; The date when the series
            becomes effective; this field appears for promotional discount series only.
        expiration_date (datetime.datetime | Unset): The top part &gt; Expiration date &gt; The date when the
            promotional discount expires. This field appears for the series if the Promotional check box is selected.
        last_update_date (datetime.datetime | Unset): The top part &gt; Last update date &gt; A read-only field that
            shows the date when the discount series was last updated.
        free_item (int | Unset): Free item tab &gt; Free item &gt; The free item (by its item ID) that is added to
            orders as the discount for this series.
        pending_free_item (int | Unset): Free item tab &gt; Pending free item &gt; The free item (by its item ID) that
            will be added to orders as the discount for this series, starting on the date specified in the Pending date
            column on the Discount breakpoints tab.
        last_free_item (int | Unset): Free item tab &gt; Last free item &gt; The free item (by its item ID) that had
            been added to orders as the discount for this series before the date shown in the Last date column on the
            Discount breakpoints tab.
        line_cntr (int | Unset): Free item tab &gt; A line counter for the table.
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset): Free item tab &gt; Last update date &gt; A read-only field
            that shows the date when this discount series has been updated last.
        discount_breakpoints (list[DiscountBreakpointDto] | Unset):
        customers (list[DiscountCustomer2Dto] | Unset): Customers tab &gt; Customer &gt; The customer to which the
            series is applicable.
        items (list[DiscountItemDto] | Unset): Items tab &gt; Items ID &gt; The stock or non-stock item, by its item ID,
            to which the series can be applied.
        warehouses (list[DiscountWarehouseDto] | Unset): Warehouses tab &gt; Warehouse ID &gt; The warehouse to which
            the series can be applied.
        customer_price_classes (list[DiscountCustomerPriceClassDto] | Unset): Customer price classes tab &gt; Customer
            price class ID &gt; The customer price class to which the series is applicable.
        item_price_classes (list[DiscountItemPriceClassDto] | Unset): Item price classes tab &gt; Price class ID &gt;
            The item price class to which the series is applicable.
        branches (list[DiscountBranchDto] | Unset): Branches tab &gt; Branch &gt; The branch to which the series can be
            applied.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    discount_code: str | Unset = UNSET
    series: str | Unset = UNSET
    description: str | Unset = UNSET
    discount_by: str | Unset = UNSET
    break_by: str | Unset = UNSET
    promotional: bool | Unset = UNSET
    active: bool | Unset = UNSET
    prorate_discount: bool | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    last_update_date: datetime.datetime | Unset = UNSET
    free_item: int | Unset = UNSET
    pending_free_item: int | Unset = UNSET
    last_free_item: int | Unset = UNSET
    line_cntr: int | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    discount_breakpoints: list[DiscountBreakpointDto] | Unset = UNSET
    customers: list[DiscountCustomer2Dto] | Unset = UNSET
    items: list[DiscountItemDto] | Unset = UNSET
    warehouses: list[DiscountWarehouseDto] | Unset = UNSET
    customer_price_classes: list[DiscountCustomerPriceClassDto] | Unset = UNSET
    item_price_classes: list[DiscountItemPriceClassDto] | Unset = UNSET
    branches: list[DiscountBranchDto] | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_code = self.discount_code

        series = self.series

        description = self.description

        discount_by = self.discount_by

        break_by = self.break_by

        promotional = self.promotional

        active = self.active

        prorate_discount = self.prorate_discount

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        last_update_date: str | Unset = UNSET
        if not isinstance(self.last_update_date, Unset):
            last_update_date = self.last_update_date.isoformat()

        free_item = self.free_item

        pending_free_item = self.pending_free_item

        last_free_item = self.last_free_item

        line_cntr = self.line_cntr

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        discount_breakpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_breakpoints, Unset):
            discount_breakpoints = []
            for discount_breakpoints_item_data in self.discount_breakpoints:
                discount_breakpoints_item = discount_breakpoints_item_data.to_dict()
                discount_breakpoints.append(discount_breakpoints_item)

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        warehouses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warehouses, Unset):
            warehouses = []
            for warehouses_item_data in self.warehouses:
                warehouses_item = warehouses_item_data.to_dict()
                warehouses.append(warehouses_item)

        customer_price_classes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customer_price_classes, Unset):
            customer_price_classes = []
            for customer_price_classes_item_data in self.customer_price_classes:
                customer_price_classes_item = customer_price_classes_item_data.to_dict()
                customer_price_classes.append(customer_price_classes_item)

        item_price_classes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_price_classes, Unset):
            item_price_classes = []
            for item_price_classes_item_data in self.item_price_classes:
                item_price_classes_item = item_price_classes_item_data.to_dict()
                item_price_classes.append(item_price_classes_item)

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if series is not UNSET:
            field_dict["series"] = series
        if description is not UNSET:
            field_dict["description"] = description
        if discount_by is not UNSET:
            field_dict["discountBy"] = discount_by
        if break_by is not UNSET:
            field_dict["breakBy"] = break_by
        if promotional is not UNSET:
            field_dict["promotional"] = promotional
        if active is not UNSET:
            field_dict["active"] = active
        if prorate_discount is not UNSET:
            field_dict["prorateDiscount"] = prorate_discount
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if free_item is not UNSET:
            field_dict["freeItem"] = free_item
        if pending_free_item is not UNSET:
            field_dict["pendingFreeItem"] = pending_free_item
        if last_free_item is not UNSET:
            field_dict["lastFreeItem"] = last_free_item
        if line_cntr is not UNSET:
            field_dict["lineCntr"] = line_cntr
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if discount_breakpoints is not UNSET:
            field_dict["discountBreakpoints"] = discount_breakpoints
        if customers is not UNSET:
            field_dict["customers"] = customers
        if items is not UNSET:
            field_dict["items"] = items
        if warehouses is not UNSET:
            field_dict["warehouses"] = warehouses
        if customer_price_classes is not UNSET:
            field_dict["customerPriceClasses"] = customer_price_classes
        if item_price_classes is not UNSET:
            field_dict["itemPriceClasses"] = item_price_classes
        if branches is not UNSET:
            field_dict["branches"] = branches
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
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.series = _rest.pop("series", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.discount_by = _rest.pop("discountBy", UNSET)
        _instance.break_by = _rest.pop("breakBy", UNSET)
        _instance.promotional = _rest.pop("promotional", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.prorate_discount = _rest.pop("prorateDiscount", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastUpdateDate", UNSET)
        _instance.last_update_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.free_item = _rest.pop("freeItem", UNSET)
        _instance.pending_free_item = _rest.pop("pendingFreeItem", UNSET)
        _instance.last_free_item = _rest.pop("lastFreeItem", UNSET)
        _instance.line_cntr = _rest.pop("lineCntr", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("discountBreakpoints", UNSET)
        _instance.discount_breakpoints = (
            UNSET
            if _value is UNSET
            else [
                _models.DiscountBreakpointDto.from_dict(discount_breakpoints_item_data)
                for discount_breakpoints_item_data in _value
            ]
        )
        _value = _rest.pop("customers", UNSET)
        _instance.customers = (
            UNSET
            if _value is UNSET
            else [_models.DiscountCustomer2Dto.from_dict(customers_item_data) for customers_item_data in _value]
        )
        _value = _rest.pop("items", UNSET)
        _instance.items = (
            UNSET
            if _value is UNSET
            else [_models.DiscountItemDto.from_dict(items_item_data) for items_item_data in _value]
        )
        _value = _rest.pop("warehouses", UNSET)
        _instance.warehouses = (
            UNSET
            if _value is UNSET
            else [_models.DiscountWarehouseDto.from_dict(warehouses_item_data) for warehouses_item_data in _value]
        )
        _value = _rest.pop("customerPriceClasses", UNSET)
        _instance.customer_price_classes = (
            UNSET
            if _value is UNSET
            else [
                _models.DiscountCustomerPriceClassDto.from_dict(customer_price_classes_item_data)
                for customer_price_classes_item_data in _value
            ]
        )
        _value = _rest.pop("itemPriceClasses", UNSET)
        _instance.item_price_classes = (
            UNSET
            if _value is UNSET
            else [
                _models.DiscountItemPriceClassDto.from_dict(item_price_classes_item_data)
                for item_price_classes_item_data in _value
            ]
        )
        _value = _rest.pop("branches", UNSET)
        _instance.branches = (
            UNSET
            if _value is UNSET
            else [_models.DiscountBranchDto.from_dict(branches_item_data) for branches_item_data in _value]
        )
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
