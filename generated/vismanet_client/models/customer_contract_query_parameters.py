from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_query_parameters_status import (
    CustomerContractQueryParametersStatus,
    check_customer_contract_query_parameters_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerContractQueryParameters")


@_attrs_define
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
        d = dict(src_dict)
        greater_than_value = d.pop("greaterThanValue", UNSET)

        number_to_read = d.pop("numberToRead", UNSET)

        skip_records = d.pop("skipRecords", UNSET)

        order_by = d.pop("orderBy", UNSET)

        last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)

        last_modified_date_time_condition = d.pop("lastModifiedDateTimeCondition", UNSET)

        contract_template = d.pop("contractTemplate", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomerContractQueryParametersStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_customer_contract_query_parameters_status(_status)

        customer = d.pop("customer", UNSET)

        expand_summary = d.pop("expandSummary", UNSET)

        expand_details = d.pop("expandDetails", UNSET)

        attributes = d.pop("attributes", UNSET)

        expand_attributes = d.pop("expandAttributes", UNSET)

        customer_contract_query_parameters = cls(
            greater_than_value=greater_than_value,
            number_to_read=number_to_read,
            skip_records=skip_records,
            order_by=order_by,
            last_modified_date_time=last_modified_date_time,
            last_modified_date_time_condition=last_modified_date_time_condition,
            contract_template=contract_template,
            status=status,
            customer=customer,
            expand_summary=expand_summary,
            expand_details=expand_details,
            attributes=attributes,
            expand_attributes=expand_attributes,
        )

        customer_contract_query_parameters.additional_properties = d
        return customer_contract_query_parameters

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
