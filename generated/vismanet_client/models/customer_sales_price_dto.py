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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class CustomerSalesPriceDto(GeneratedModel):
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

    record_id: int | Unset | None = UNSET
    price_type: CustomerSalesPriceDtoPriceType | Unset | None = UNSET
    price_code: str | Unset | None = UNSET
    inventory_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    uo_m: str | Unset | None = UNSET
    promotion: bool | Unset | None = UNSET
    break_qty: float | Unset | None = UNSET
    price: float | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    vat: str | Unset | None = UNSET
    effective_date: datetime.datetime | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.record_id
        if _value is not UNSET:
            field_dict["recordId"] = _value
        _value = self.price_type
        if _value is not UNSET:
            field_dict["priceType"] = _value
        _value = self.price_code
        if _value is not UNSET:
            field_dict["priceCode"] = _value
        _value = self.inventory_id
        if _value is not UNSET:
            field_dict["inventoryId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.uo_m
        if _value is not UNSET:
            field_dict["uoM"] = _value
        _value = self.promotion
        if _value is not UNSET:
            field_dict["promotion"] = _value
        _value = self.break_qty
        if _value is not UNSET:
            field_dict["breakQty"] = _value
        _value = self.price
        if _value is not UNSET:
            field_dict["price"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.vat
        if _value is not UNSET:
            field_dict["vat"] = _value
        _value = self.effective_date
        if _value is not UNSET:
            field_dict["effectiveDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not CustomerSalesPriceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.record_id = _rest.pop("recordId", UNSET)
        self.price_type = _rest.pop("priceType", UNSET)
        self.price_code = _rest.pop("priceCode", UNSET)
        self.inventory_id = _rest.pop("inventoryId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.uo_m = _rest.pop("uoM", UNSET)
        self.promotion = _rest.pop("promotion", UNSET)
        self.break_qty = _rest.pop("breakQty", UNSET)
        self.price = _rest.pop("price", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.vat = _rest.pop("vat", UNSET)
        _value = _rest.pop("effectiveDate", UNSET)
        self.effective_date = _parse_datetime(_value)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
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
        ("record_id", "recordId", False, "int"),
        ("price_type", "priceType", False, "str"),
        ("price_code", "priceCode", False, "str"),
        ("inventory_id", "inventoryId", False, "str"),
        ("description", "description", False, "str"),
        ("uo_m", "uoM", False, "str"),
        ("promotion", "promotion", False, "bool"),
        ("break_qty", "breakQty", False, "float"),
        ("price", "price", False, "float"),
        ("currency", "currency", False, "str"),
        ("vat", "vat", False, "str"),
        ("effective_date", "effectiveDate", False, "datetime"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(CustomerSalesPriceDto)
