from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class DiscountDto(GeneratedModel):
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

    discount_code: str | Unset | None = UNSET
    series: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    discount_by: str | Unset | None = UNSET
    break_by: str | Unset | None = UNSET
    promotional: bool | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    prorate_discount: bool | Unset | None = UNSET
    effective_date: datetime.datetime | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    last_update_date: datetime.datetime | Unset | None = UNSET
    free_item: int | Unset | None = UNSET
    pending_free_item: int | Unset | None = UNSET
    last_free_item: int | Unset | None = UNSET
    line_cntr: int | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    discount_breakpoints: list[DiscountBreakpointDto] | Unset | None = UNSET
    customers: list[DiscountCustomer2Dto] | Unset | None = UNSET
    items: list[DiscountItemDto] | Unset | None = UNSET
    warehouses: list[DiscountWarehouseDto] | Unset | None = UNSET
    customer_price_classes: list[DiscountCustomerPriceClassDto] | Unset | None = UNSET
    item_price_classes: list[DiscountItemPriceClassDto] | Unset | None = UNSET
    branches: list[DiscountBranchDto] | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.series
        if _value is not UNSET:
            field_dict["series"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.discount_by
        if _value is not UNSET:
            field_dict["discountBy"] = _value
        _value = self.break_by
        if _value is not UNSET:
            field_dict["breakBy"] = _value
        _value = self.promotional
        if _value is not UNSET:
            field_dict["promotional"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.prorate_discount
        if _value is not UNSET:
            field_dict["prorateDiscount"] = _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_update_date
        if _value is not UNSET:
            field_dict["lastUpdateDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.free_item
        if _value is not UNSET:
            field_dict["freeItem"] = _value
        _value = self.pending_free_item
        if _value is not UNSET:
            field_dict["pendingFreeItem"] = _value
        _value = self.last_free_item
        if _value is not UNSET:
            field_dict["lastFreeItem"] = _value
        _value = self.line_cntr
        if _value is not UNSET:
            field_dict["lineCntr"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.discount_breakpoints
        if _value is not UNSET:
            field_dict["discountBreakpoints"] = (
                [
                    discount_breakpoints_item_data.to_dict()
                    if isinstance(discount_breakpoints_item_data, GeneratedModel)
                    else discount_breakpoints_item_data
                    for discount_breakpoints_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.customers
        if _value is not UNSET:
            field_dict["customers"] = (
                [
                    customers_item_data.to_dict()
                    if isinstance(customers_item_data, GeneratedModel)
                    else customers_item_data
                    for customers_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.items
        if _value is not UNSET:
            field_dict["items"] = (
                [
                    items_item_data.to_dict() if isinstance(items_item_data, GeneratedModel) else items_item_data
                    for items_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.warehouses
        if _value is not UNSET:
            field_dict["warehouses"] = (
                [
                    warehouses_item_data.to_dict()
                    if isinstance(warehouses_item_data, GeneratedModel)
                    else warehouses_item_data
                    for warehouses_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.customer_price_classes
        if _value is not UNSET:
            field_dict["customerPriceClasses"] = (
                [
                    customer_price_classes_item_data.to_dict()
                    if isinstance(customer_price_classes_item_data, GeneratedModel)
                    else customer_price_classes_item_data
                    for customer_price_classes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.item_price_classes
        if _value is not UNSET:
            field_dict["itemPriceClasses"] = (
                [
                    item_price_classes_item_data.to_dict()
                    if isinstance(item_price_classes_item_data, GeneratedModel)
                    else item_price_classes_item_data
                    for item_price_classes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.branches
        if _value is not UNSET:
            field_dict["branches"] = (
                [
                    branches_item_data.to_dict()
                    if isinstance(branches_item_data, GeneratedModel)
                    else branches_item_data
                    for branches_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
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
        if cls is not DiscountDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.series = _rest.pop("series", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.discount_by = _rest.pop("discountBy", UNSET)
        self.break_by = _rest.pop("breakBy", UNSET)
        self.promotional = _rest.pop("promotional", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.prorate_discount = _rest.pop("prorateDiscount", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = _parse_datetime(_value)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        _value = _rest.pop("lastUpdateDate", UNSET)
        self.last_update_date = _parse_datetime(_value)
        self.free_item = _rest.pop("freeItem", UNSET)
        self.pending_free_item = _rest.pop("pendingFreeItem", UNSET)
        self.last_free_item = _rest.pop("lastFreeItem", UNSET)
        self.line_cntr = _rest.pop("lineCntr", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("discountBreakpoints", UNSET)
        self.discount_breakpoints = (
            [
                _models.DiscountBreakpointDto._vn_fill(
                    _new(_models.DiscountBreakpointDto), discount_breakpoints_item_data
                )
                if isinstance(discount_breakpoints_item_data, dict)
                else discount_breakpoints_item_data
                for discount_breakpoints_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("customers", UNSET)
        self.customers = (
            [
                _models.DiscountCustomer2Dto._vn_fill(_new(_models.DiscountCustomer2Dto), customers_item_data)
                if isinstance(customers_item_data, dict)
                else customers_item_data
                for customers_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("items", UNSET)
        self.items = (
            [
                _models.DiscountItemDto._vn_fill(_new(_models.DiscountItemDto), items_item_data)
                if isinstance(items_item_data, dict)
                else items_item_data
                for items_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("warehouses", UNSET)
        self.warehouses = (
            [
                _models.DiscountWarehouseDto._vn_fill(_new(_models.DiscountWarehouseDto), warehouses_item_data)
                if isinstance(warehouses_item_data, dict)
                else warehouses_item_data
                for warehouses_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("customerPriceClasses", UNSET)
        self.customer_price_classes = (
            [
                _models.DiscountCustomerPriceClassDto._vn_fill(
                    _new(_models.DiscountCustomerPriceClassDto), customer_price_classes_item_data
                )
                if isinstance(customer_price_classes_item_data, dict)
                else customer_price_classes_item_data
                for customer_price_classes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("itemPriceClasses", UNSET)
        self.item_price_classes = (
            [
                _models.DiscountItemPriceClassDto._vn_fill(
                    _new(_models.DiscountItemPriceClassDto), item_price_classes_item_data
                )
                if isinstance(item_price_classes_item_data, dict)
                else item_price_classes_item_data
                for item_price_classes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("branches", UNSET)
        self.branches = (
            [
                _models.DiscountBranchDto._vn_fill(_new(_models.DiscountBranchDto), branches_item_data)
                if isinstance(branches_item_data, dict)
                else branches_item_data
                for branches_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
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
        ("discount_code", "discountCode", False, "str"),
        ("series", "series", False, "str"),
        ("description", "description", False, "str"),
        ("discount_by", "discountBy", False, "str"),
        ("break_by", "breakBy", False, "str"),
        ("promotional", "promotional", False, "bool"),
        ("active", "active", False, "bool"),
        ("prorate_discount", "prorateDiscount", False, "bool"),
        ("effective_date", "effectiveDate", False, "datetime"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("last_update_date", "lastUpdateDate", False, "datetime"),
        ("free_item", "freeItem", False, "int"),
        ("pending_free_item", "pendingFreeItem", False, "int"),
        ("last_free_item", "lastFreeItem", False, "int"),
        ("line_cntr", "lineCntr", False, "int"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("discount_breakpoints", "discountBreakpoints", False, ("list", ("model", "DiscountBreakpointDto"))),
        ("customers", "customers", False, ("list", ("model", "DiscountCustomer2Dto"))),
        ("items", "items", False, ("list", ("model", "DiscountItemDto"))),
        ("warehouses", "warehouses", False, ("list", ("model", "DiscountWarehouseDto"))),
        ("customer_price_classes", "customerPriceClasses", False, ("list", ("model", "DiscountCustomerPriceClassDto"))),
        ("item_price_classes", "itemPriceClasses", False, ("list", ("model", "DiscountItemPriceClassDto"))),
        ("branches", "branches", False, ("list", ("model", "DiscountBranchDto"))),
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


_Lazy = _lazy_twin(DiscountDto)
