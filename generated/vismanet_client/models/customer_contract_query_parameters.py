from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_query_parameters_status import (
    CustomerContractQueryParametersStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractQueryParameters")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "greater_than_value",
    "number_to_read",
    "skip_records",
    "order_by",
    "last_modified_date_time",
    "last_modified_date_time_condition",
    "contract_template",
    "status",
    "customer",
    "expand_summary",
    "expand_details",
    "attributes",
    "expand_attributes",
)


@_attrs_define(repr=False)
class CustomerContractQueryParameters:
    """
    Attributes:
        greater_than_value (str | Unset):
        number_to_read (int | Unset):
        skip_records (int | Unset):
        order_by (str | Unset):
        last_modified_date_time (str | Unset):
        last_modified_date_time_condition (str | Unset):
        contract_template (str | Unset):
        status (CustomerContractQueryParametersStatus | Unset):
        customer (str | Unset):
        expand_summary (bool | Unset):
        expand_details (bool | Unset):
        attributes (str | Unset):  Attributes (additional information) connected to the entity.
             Examples:
            {{base}}/customerContract?attributes={"AttributeID":"ValueID","AttributeID":"ValueID"}
            {{base}}/customerContract?attributes={"AttributeID":"ValueID1,ValueID2"}
        expand_attributes (bool | Unset):
    """

    greater_than_value: str | Unset = UNSET
    number_to_read: int | Unset = UNSET
    skip_records: int | Unset = UNSET
    order_by: str | Unset = UNSET
    last_modified_date_time: str | Unset = UNSET
    last_modified_date_time_condition: str | Unset = UNSET
    contract_template: str | Unset = UNSET
    status: CustomerContractQueryParametersStatus | Unset = UNSET
    customer: str | Unset = UNSET
    expand_summary: bool | Unset = UNSET
    expand_details: bool | Unset = UNSET
    attributes: str | Unset = UNSET
    expand_attributes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        greater_than_value = self.greater_than_value

        number_to_read = self.number_to_read

        skip_records = self.skip_records

        order_by = self.order_by

        last_modified_date_time = self.last_modified_date_time

        last_modified_date_time_condition = self.last_modified_date_time_condition

        contract_template = self.contract_template

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        customer = self.customer

        expand_summary = self.expand_summary

        expand_details = self.expand_details

        attributes = self.attributes

        expand_attributes = self.expand_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greater_than_value is not UNSET:
            field_dict["greaterThanValue"] = greater_than_value
        if number_to_read is not UNSET:
            field_dict["numberToRead"] = number_to_read
        if skip_records is not UNSET:
            field_dict["skipRecords"] = skip_records
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if last_modified_date_time_condition is not UNSET:
            field_dict["lastModifiedDateTimeCondition"] = last_modified_date_time_condition
        if contract_template is not UNSET:
            field_dict["contractTemplate"] = contract_template
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer
        if expand_summary is not UNSET:
            field_dict["expandSummary"] = expand_summary
        if expand_details is not UNSET:
            field_dict["expandDetails"] = expand_details
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if expand_attributes is not UNSET:
            field_dict["expandAttributes"] = expand_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.greater_than_value = _rest.pop("greaterThanValue", UNSET)
        _instance.number_to_read = _rest.pop("numberToRead", UNSET)
        _instance.skip_records = _rest.pop("skipRecords", UNSET)
        _instance.order_by = _rest.pop("orderBy", UNSET)
        _instance.last_modified_date_time = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time_condition = _rest.pop("lastModifiedDateTimeCondition", UNSET)
        _instance.contract_template = _rest.pop("contractTemplate", UNSET)
        _instance.status = _rest.pop("status", UNSET)
        _instance.customer = _rest.pop("customer", UNSET)
        _instance.expand_summary = _rest.pop("expandSummary", UNSET)
        _instance.expand_details = _rest.pop("expandDetails", UNSET)
        _instance.attributes = _rest.pop("attributes", UNSET)
        _instance.expand_attributes = _rest.pop("expandAttributes", UNSET)
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
