from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_sales_price_dto_price_type import (
    CustomerSalesPriceDtoPriceType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="CustomerSalesPriceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "record_id",
    "price_type",
    "price_code",
    "inventory_id",
    "description",
    "uo_m",
    "promotion",
    "break_qty",
    "price",
    "currency",
    "vat",
    "effective_date",
    "expiration_date",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class CustomerSalesPriceDto:
    """This class represents a CustomerSalesPrice in CustomerSalesPriceController.

    Attributes:
        record_id (int | Unset): Mandatory field: The Sales price table &gt; Item ID* &gt; The ID of the stock or non-
            stock stock item for which price information is listed.
        price_type (CustomerSalesPriceDtoPriceType | Unset): The Sales price table or the top part &gt; Price type &gt;
            The type of prices you want to view: All prices, Base, Customer, Customer price class.
        price_code (str | Unset): The Sales price table or the top part &gt; Price code &gt; The customer or a customer
            price class for which you want to create or edit a price list.
        inventory_id (str | Unset): The Sales price table or the top part &gt; Warehouse &gt; The warehouse in which the
            price applies.
        description (str | Unset): The Sales price table &gt; Description &gt; The description of the stock item.
        uo_m (str | Unset): Mandatory field: The Sales price table &gt; UoM* &gt; The unit of measure (UoM) used for the
            item.
        promotion (bool | Unset): The Sales price table &gt; Promotion &gt; A check box that indicates (if selected)
            that the price for this item is promotional.
        break_qty (float | Unset): The Sales price table &gt; Break quantity &gt; The quantity to define a lower bound
            for a quantity tier with the specific price.
        price (float | Unset): The Sales Price table &gt; Price &gt; The price for the item.
        currency (str | Unset): Mandatory field: The Sales price table &gt; Currency* &gt; The currency in which this
            price is specified.
        vat (str | Unset): The Sales price table &gt; VAT &gt; The VAT amount that is included in the sales price.
        effective_date (datetime.datetime | Unset): The Sales price table &gt; Effective date &gt; The date when the
            price became effective.
        expiration_date (datetime.datetime | Unset): The Sales price table &gt; Ecpiration date &gt; The date when the
            price expires.
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    record_id: int | Unset = UNSET
    price_type: CustomerSalesPriceDtoPriceType | Unset = UNSET
    price_code: str | Unset = UNSET
    inventory_id: str | Unset = UNSET
    description: str | Unset = UNSET
    uo_m: str | Unset = UNSET
    promotion: bool | Unset = UNSET
    break_qty: float | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    vat: str | Unset = UNSET
    effective_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        price_type: str | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = self.price_type

        price_code = self.price_code

        inventory_id = self.inventory_id

        description = self.description

        uo_m = self.uo_m

        promotion = self.promotion

        break_qty = self.break_qty

        price = self.price

        currency = self.currency

        vat = self.vat

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if price_type is not UNSET:
            field_dict["priceType"] = price_type
        if price_code is not UNSET:
            field_dict["priceCode"] = price_code
        if inventory_id is not UNSET:
            field_dict["inventoryId"] = inventory_id
        if description is not UNSET:
            field_dict["description"] = description
        if uo_m is not UNSET:
            field_dict["uoM"] = uo_m
        if promotion is not UNSET:
            field_dict["promotion"] = promotion
        if break_qty is not UNSET:
            field_dict["breakQty"] = break_qty
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vat is not UNSET:
            field_dict["vat"] = vat
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
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
        _instance.record_id = _rest.pop("recordId", UNSET)
        _instance.price_type = _rest.pop("priceType", UNSET)
        _instance.price_code = _rest.pop("priceCode", UNSET)
        _instance.inventory_id = _rest.pop("inventoryId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.uo_m = _rest.pop("uoM", UNSET)
        _instance.promotion = _rest.pop("promotion", UNSET)
        _instance.break_qty = _rest.pop("breakQty", UNSET)
        _instance.price = _rest.pop("price", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.vat = _rest.pop("vat", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        _instance.effective_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
