from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.stocktake_line_v2_dto_status import StocktakeLineV2DtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.inventory_in_stocktake_line_v2_dto import InventoryInStocktakeLineV2Dto
    from ..models.location_in_stocktake_line_v2_dto import LocationInStocktakeLineV2Dto
    from ..models.warehouse_in_stocktake_line_v2_dto import WarehouseInStocktakeLineV2Dto


T = TypeVar("T", bound="StocktakeLineV2Dto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "status",
    "line_nbr",
    "tag_nbr",
    "inventory",
    "location",
    "warehouse",
    "lot_serial_nbr",
    "expiration_date",
    "book_quantity",
    "physical_quantity",
    "variance_quantity",
    "unit_cost",
    "ext_variance_cost",
    "reason_code",
    "last_modified_date_time",
    "base_unit",
)


@_attrs_define(repr=False)
class StocktakeLineV2Dto(GeneratedModel):
    """
    Attributes:
        status (StocktakeLineV2DtoStatus | Unset): Stocktaking details tab &gt; Status &gt; The status of the line of
            the stocktaking document, which indicates whether the actual physical quantity has been specified for the line.
        line_nbr (int | Unset): Stocktaking details tab &gt; Line no. &gt; The number of the line in the stocktaking
            document.
        tag_nbr (int | Unset): Stocktaking details tab &gt; Tag no. &gt; The tag number for the line item, which is the
            stock item with the properties specified in the line, such as location, subitem, and lot or serial number.
        inventory (InventoryInStocktakeLineV2Dto | Unset): Stocktaking details tab &gt; Item ID &gt; The item ID of the
            item.
        location (LocationInStocktakeLineV2Dto | Unset): Stocktaking details tab &gt; Location &gt; The warehouse
            location of the item.
        warehouse (WarehouseInStocktakeLineV2Dto | Unset): The top part &gt; Warehouse &gt; An info field that shows the
            warehouse where the stocktaking count is performed.
        lot_serial_nbr (str | Unset): Stocktaking details tab &gt; Lot/serial number &gt; The lot or serial number of
            the item.
        expiration_date (datetime.datetime | Unset): Stocktaking details tab &gt; Expiration date &gt; The expiration
            date of the item with this specific lot or serial number.
        book_quantity (float | Unset): Stocktaking details tab &gt; Book quantity &gt; The book quantity of the item,
            which is calculated based on the system records.
        physical_quantity (float | Unset): Stocktaking details tab &gt; Physical quantity &gt; The physical quantity of
            the item as entered manually.
        variance_quantity (float | Unset): Stocktaking details tab &gt; Variance quantity &gt; The difference between
            the book quantity and the physical quantity for the line item.
        unit_cost (float | Unset): Stocktaking details tab &gt; Unit cost &gt; The last cost of the item???s base unit
            as approximation of its unit cost during the count.
        ext_variance_cost (float | Unset): Stocktaking details tab &gt; Variance cost &gt; The difference between the
            extended cost calculated based on the book quantity and the extended cost calculated based on the physical
            quantity for the item.
        reason_code (str | Unset): Stocktaking details tab &gt; Reason code &gt; The reason code for the item.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        base_unit (str | Unset): Stocktaking details tab &gt; Base Unit &gt; The base unit for the item.
    """

    status: StocktakeLineV2DtoStatus | Unset | None = UNSET
    line_nbr: int | Unset | None = UNSET
    tag_nbr: int | Unset | None = UNSET
    inventory: InventoryInStocktakeLineV2Dto | Unset | None = UNSET
    location: LocationInStocktakeLineV2Dto | Unset | None = UNSET
    warehouse: WarehouseInStocktakeLineV2Dto | Unset | None = UNSET
    lot_serial_nbr: str | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    book_quantity: float | Unset | None = UNSET
    physical_quantity: float | Unset | None = UNSET
    variance_quantity: float | Unset | None = UNSET
    unit_cost: float | Unset | None = UNSET
    ext_variance_cost: float | Unset | None = UNSET
    reason_code: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    base_unit: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.line_nbr
        if _value is not UNSET:
            field_dict["lineNbr"] = _value
        _value = self.tag_nbr
        if _value is not UNSET:
            field_dict["tagNbr"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.lot_serial_nbr
        if _value is not UNSET:
            field_dict["lotSerialNbr"] = _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.book_quantity
        if _value is not UNSET:
            field_dict["bookQuantity"] = _value
        _value = self.physical_quantity
        if _value is not UNSET:
            field_dict["physicalQuantity"] = _value
        _value = self.variance_quantity
        if _value is not UNSET:
            field_dict["varianceQuantity"] = _value
        _value = self.unit_cost
        if _value is not UNSET:
            field_dict["unitCost"] = _value
        _value = self.ext_variance_cost
        if _value is not UNSET:
            field_dict["extVarianceCost"] = _value
        _value = self.reason_code
        if _value is not UNSET:
            field_dict["reasonCode"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.base_unit
        if _value is not UNSET:
            field_dict["baseUnit"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not StocktakeLineV2Dto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.status = _rest.pop("status", UNSET)
        self.line_nbr = _rest.pop("lineNbr", UNSET)
        self.tag_nbr = _rest.pop("tagNbr", UNSET)
        _value = _rest.pop("inventory", UNSET)
        self.inventory = (
            _models.InventoryInStocktakeLineV2Dto._vn_fill(_new(_models.InventoryInStocktakeLineV2Dto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInStocktakeLineV2Dto._vn_fill(_new(_models.LocationInStocktakeLineV2Dto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("warehouse", UNSET)
        self.warehouse = (
            _models.WarehouseInStocktakeLineV2Dto._vn_fill(_new(_models.WarehouseInStocktakeLineV2Dto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.lot_serial_nbr = _rest.pop("lotSerialNbr", UNSET)
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = _parse_datetime(_value)
        self.book_quantity = _rest.pop("bookQuantity", UNSET)
        self.physical_quantity = _rest.pop("physicalQuantity", UNSET)
        self.variance_quantity = _rest.pop("varianceQuantity", UNSET)
        self.unit_cost = _rest.pop("unitCost", UNSET)
        self.ext_variance_cost = _rest.pop("extVarianceCost", UNSET)
        self.reason_code = _rest.pop("reasonCode", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.base_unit = _rest.pop("baseUnit", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("status", "status", False, "str"),
        ("line_nbr", "lineNbr", False, "int"),
        ("tag_nbr", "tagNbr", False, "int"),
        ("inventory", "inventory", False, ("model", "InventoryInStocktakeLineV2Dto")),
        ("location", "location", False, ("model", "LocationInStocktakeLineV2Dto")),
        ("warehouse", "warehouse", False, ("model", "WarehouseInStocktakeLineV2Dto")),
        ("lot_serial_nbr", "lotSerialNbr", False, "str"),
        ("expiration_date", "expirationDate", False, "datetime"),
        ("book_quantity", "bookQuantity", False, "float"),
        ("physical_quantity", "physicalQuantity", False, "float"),
        ("variance_quantity", "varianceQuantity", False, "float"),
        ("unit_cost", "unitCost", False, "float"),
        ("ext_variance_cost", "extVarianceCost", False, "float"),
        ("reason_code", "reasonCode", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("base_unit", "baseUnit", False, "str"),
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


_Lazy = _lazy_twin(StocktakeLineV2Dto)
