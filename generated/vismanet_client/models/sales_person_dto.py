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
    from ..models.arsp_commn_history_dto import ARSPCommnHistoryDto
    from ..models.cust_sales_people_dto import CustSalesPeopleDto
    from ..models.metadata_dto import MetadataDto
    from ..models.sub_account_description_dto import SubAccountDescriptionDto


T = TypeVar("T", bound="SalesPersonDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "salesperson_id",
    "name",
    "is_active",
    "commission_pct",
    "sales_sub",
    "customers",
    "commission_history",
    "created_date_time",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SalesPersonDto(GeneratedModel):
    """This class represents a salesperson in SalesPersonController. Used for getting data.

    Attributes:
        salesperson_id (str | Unset):
        name (str | Unset):
        is_active (bool | Unset):
        commission_pct (float | Unset):
        sales_sub (SubAccountDescriptionDto | Unset):
        customers (list[CustSalesPeopleDto] | Unset):
        commission_history (list[ARSPCommnHistoryDto] | Unset):
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    salesperson_id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    is_active: bool | Unset | None = UNSET
    commission_pct: float | Unset | None = UNSET
    sales_sub: SubAccountDescriptionDto | Unset | None = UNSET
    customers: list[CustSalesPeopleDto] | Unset | None = UNSET
    commission_history: list[ARSPCommnHistoryDto] | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.salesperson_id
        if _value is not UNSET:
            field_dict["salespersonID"] = _value
        _value = self.name
        if _value is not UNSET:
            field_dict["name"] = _value
        _value = self.is_active
        if _value is not UNSET:
            field_dict["isActive"] = _value
        _value = self.commission_pct
        if _value is not UNSET:
            field_dict["commissionPct"] = _value
        _value = self.sales_sub
        if _value is not UNSET:
            field_dict["salesSub"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
        _value = self.commission_history
        if _value is not UNSET:
            field_dict["commissionHistory"] = (
                [
                    commission_history_item_data.to_dict()
                    if isinstance(commission_history_item_data, GeneratedModel)
                    else commission_history_item_data
                    for commission_history_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not SalesPersonDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.salesperson_id = _rest.pop("salespersonID", UNSET)
        self.name = _rest.pop("name", UNSET)
        self.is_active = _rest.pop("isActive", UNSET)
        self.commission_pct = _rest.pop("commissionPct", UNSET)
        _value = _rest.pop("salesSub", UNSET)
        self.sales_sub = (
            _models.SubAccountDescriptionDto._vn_fill(_new(_models.SubAccountDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customers", UNSET)
        self.customers = (
            [
                _models.CustSalesPeopleDto._vn_fill(_new(_models.CustSalesPeopleDto), customers_item_data)
                if isinstance(customers_item_data, dict)
                else customers_item_data
                for customers_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("commissionHistory", UNSET)
        self.commission_history = (
            [
                _models.ARSPCommnHistoryDto._vn_fill(_new(_models.ARSPCommnHistoryDto), commission_history_item_data)
                if isinstance(commission_history_item_data, dict)
                else commission_history_item_data
                for commission_history_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
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
        ("salesperson_id", "salespersonID", False, "str"),
        ("name", "name", False, "str"),
        ("is_active", "isActive", False, "bool"),
        ("commission_pct", "commissionPct", False, "float"),
        ("sales_sub", "salesSub", False, ("model", "SubAccountDescriptionDto")),
        ("customers", "customers", False, ("list", ("model", "CustSalesPeopleDto"))),
        ("commission_history", "commissionHistory", False, ("list", ("model", "ARSPCommnHistoryDto"))),
        ("created_date_time", "createdDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(SalesPersonDto)
