from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class SalesPersonDto:
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

    salesperson_id: str | Unset = UNSET
    name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    commission_pct: float | Unset = UNSET
    sales_sub: SubAccountDescriptionDto | Unset = UNSET
    customers: list[CustSalesPeopleDto] | Unset = UNSET
    commission_history: list[ARSPCommnHistoryDto] | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salesperson_id = self.salesperson_id

        name = self.name

        is_active = self.is_active

        commission_pct = self.commission_pct

        sales_sub: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_sub, Unset):
            sales_sub = self.sales_sub.to_dict()

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        commission_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commission_history, Unset):
            commission_history = []
            for commission_history_item_data in self.commission_history:
                commission_history_item = commission_history_item_data.to_dict()
                commission_history.append(commission_history_item)

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

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
        if salesperson_id is not UNSET:
            field_dict["salespersonID"] = salesperson_id
        if name is not UNSET:
            field_dict["name"] = name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if commission_pct is not UNSET:
            field_dict["commissionPct"] = commission_pct
        if sales_sub is not UNSET:
            field_dict["salesSub"] = sales_sub
        if customers is not UNSET:
            field_dict["customers"] = customers
        if commission_history is not UNSET:
            field_dict["commissionHistory"] = commission_history
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
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
        _instance.salesperson_id = _rest.pop("salespersonID", UNSET)
        _instance.name = _rest.pop("name", UNSET)
        _instance.is_active = _rest.pop("isActive", UNSET)
        _instance.commission_pct = _rest.pop("commissionPct", UNSET)
        _value = _rest.pop("salesSub", UNSET)
        _instance.sales_sub = UNSET if _value is UNSET else _models.SubAccountDescriptionDto.from_dict(_value)
        _value = _rest.pop("customers", UNSET)
        _instance.customers = (
            UNSET
            if _value is UNSET
            else [_models.CustSalesPeopleDto.from_dict(customers_item_data) for customers_item_data in _value]
        )
        _value = _rest.pop("commissionHistory", UNSET)
        _instance.commission_history = (
            UNSET
            if _value is UNSET
            else [
                _models.ARSPCommnHistoryDto.from_dict(commission_history_item_data)
                for commission_history_item_data in _value
            ]
        )
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
