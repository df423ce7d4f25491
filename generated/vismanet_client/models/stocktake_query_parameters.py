from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktake_query_parameters_status import (
    StocktakeQueryParametersStatus,
)
from ..models.stocktake_query_parameters_summary_status import (
    StocktakeQueryParametersSummaryStatus,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="StocktakeQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "warehouse",
    "location",
    "inventory",
    "lot_serial_number",
    "summary_status",
    "number_to_read",
    "start_with_line",
    "end_with_line",
    "freeze_date_time",
    "freeze_date_time_condition",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "expiration_date_time",
    "expiration_date_time_condition",
    "status",
    "skip_records",
)


@_attrs_define(repr=False)
class StocktakeQueryParameters(GeneratedModel):
    """
    Attributes:
        warehouse (str | Unset): Filter by Warehouse.
        location (str | Unset): Filter by Location.
        inventory (str | Unset): Filter by Inventory.
        lot_serial_number (str | Unset): Filter by LotSerialNumber.
        summary_status (StocktakeQueryParametersSummaryStatus | Unset): Filter by SummaryStatus.
        number_to_read (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords
        start_with_line (int | Unset): Filter by LineNumber GreaterEqual StartWithLine.
        end_with_line (int | Unset): Filter by by LineNumber LessEqual EndWithLine.
        freeze_date_time (str | Unset): Filter by FreezeDateTime.
        freeze_date_time_condition (str | Unset): Filter by FreezeDateTimeCondition.
        last_modified_date_time (str | Unset): System generated value for last modification of transaction/record. Use
            format: YYYY-MM-DD HH:MM (date and time) to filter from date to present..
        last_modified_date_time_condition (str | Unset): System retrieved information for state/condition.
        expiration_date_time (str | Unset): Filter by ExpirationDateTime.
        expiration_date_time_condition (str | Unset): Filter by ExpirationDateTimeCondition.
        status (StocktakeQueryParametersStatus | Unset): Filter by StocktakeLineStatus.
        skip_records (int | Unset): This field has been deprecated and will be removed in future versions. Use
            pagenumber and pagesize for pagination purposes. Pagenumber and pagesize does not work with NumberToRead and
            SkipRecords.
    """

    warehouse: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    inventory: str | Unset | None = UNSET
    lot_serial_number: str | Unset | None = UNSET
    summary_status: StocktakeQueryParametersSummaryStatus | Unset | None = UNSET
    number_to_read: int | Unset | None = UNSET
    start_with_line: int | Unset | None = UNSET
    end_with_line: int | Unset | None = UNSET
    freeze_date_time: str | Unset | None = UNSET
    freeze_date_time_condition: str | Unset | None = UNSET
    last_modified_date_time: str | Unset | None = UNSET
    last_modified_date_time_condition: str | Unset | None = UNSET
    expiration_date_time: str | Unset | None = UNSET
    expiration_date_time_condition: str | Unset | None = UNSET
    status: StocktakeQueryParametersStatus | Unset | None = UNSET
    skip_records: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.warehouse
        if _value is not UNSET:
            field_dict["warehouse"] = _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value
        _value = self.inventory
        if _value is not UNSET:
            field_dict["inventory"] = _value
        _value = self.lot_serial_number
        if _value is not UNSET:
            field_dict["lotSerialNumber"] = _value
        _value = self.summary_status
        if _value is not UNSET:
            field_dict["summaryStatus"] = _value
        _value = self.number_to_read
        if _value is not UNSET:
            field_dict["numberToRead"] = _value
        _value = self.start_with_line
        if _value is not UNSET:
            field_dict["startWithLine"] = _value
        _value = self.end_with_line
        if _value is not UNSET:
            field_dict["endWithLine"] = _value
        _value = self.freeze_date_time
        if _value is not UNSET:
            field_dict["freezeDateTime"] = _value
        _value = self.freeze_date_time_condition
        if _value is not UNSET:
            field_dict["freezeDateTimeCondition"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value
        _value = self.last_modified_date_time_condition
        if _value is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = _value
        _value = self.expiration_date_time
        if _value is not UNSET:
            field_dict["expirationDateTime"] = _value
        _value = self.expiration_date_time_condition
        if _value is not UNSET:
            field_dict["expirationDateTimeCondition"] = _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.skip_records
        if _value is not UNSET:
            field_dict["skipRecords"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not StocktakeQueryParameters or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.warehouse = _rest.pop("warehouse", UNSET)
        self.location = _rest.pop("location", UNSET)
        self.inventory = _rest.pop("inventory", UNSET)
        self.lot_serial_number = _rest.pop("lotSerialNumber", UNSET)
        self.summary_status = _rest.pop("summaryStatus", UNSET)
        self.number_to_read = _rest.pop("numberToRead", UNSET)
        self.start_with_line = _rest.pop("startWithLine", UNSET)
        self.end_with_line = _rest.pop("endWithLine", UNSET)
        self.freeze_date_time = _rest.pop("freezeDateTime", UNSET)
        self.freeze_date_time_condition = _rest.pop("freezeDateTimeCondition", UNSET)
        self.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        self.expiration_date_time = _rest.pop("expirationDateTime", UNSET)
        self.expiration_date_time_condition = _rest.pop("expirationDateTimeCondition", UNSET)
        self.status = _rest.pop("status", UNSET)
        self.skip_records = _rest.pop("skipRecords", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("warehouse", "warehouse", False, "str"),
        ("location", "location", False, "str"),
        ("inventory", "inventory", False, "str"),
        ("lot_serial_number", "lotSerialNumber", False, "str"),
        ("summary_status", "summaryStatus", False, "str"),
        ("number_to_read", "numberToRead", False, "int"),
        ("start_with_line", "startWithLine", False, "int"),
        ("end_with_line", "endWithLine", False, "int"),
        ("freeze_date_time", "freezeDateTime", False, "str"),
        ("freeze_date_time_condition", "freezeDateTimeCondition", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "str"),
        ("last_modified_date_time_condition", "lastModifiedDateTimeCondition", False, "str"),
        ("expiration_date_time", "expirationDateTime", False, "str"),
        ("expiration_date_time_condition", "expirationDateTimeCondition", False, "str"),
        ("status", "status", False, "str"),
        ("skip_records", "skipRecords", False, "int"),
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


_Lazy = _lazy_twin(StocktakeQueryParameters)
