from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_contract_dto_status import CustomerContractDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_id_value_dto import AttributeIdValueDto
    from ..models.contract_template_in_customer_contract_dto import ContractTemplateInCustomerContractDto
    from ..models.customer_in_customer_contract_dto import CustomerInCustomerContractDto
    from ..models.details_in_customer_contract_dto import DetailsInCustomerContractDto
    from ..models.location_in_customer_contract_dto import LocationInCustomerContractDto
    from ..models.summary_in_customer_contract_dto import SummaryInCustomerContractDto


T = TypeVar("T", bound="CustomerContractDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contract_id",
    "contract_template",
    "status",
    "customer",
    "location",
    "description",
    "balance",
    "last_modified_date_time",
    "summary",
    "details",
    "attributes",
)


@_attrs_define(repr=False)
class CustomerContractDto:
    """This class represents a CustomerContract in CustomerContractController. Used for getting data.

    Attributes:
        contract_id (str | Unset): Mandatory field: The top part &gt; Contract ID* &gt; The unique identifier of a
            contract.
        contract_template (ContractTemplateInCustomerContractDto | Unset): Mandatory field: The top part &gt; Contract
            template* &gt; The contract template that is used as a base for the contract.
        status (CustomerContractDtoStatus | Unset): The top part &gt; Status &gt; The status of the contract, which is
            one of the following: Draft, Pending activation, Active, Expired, Cancelled, Pending update.
        customer (CustomerInCustomerContractDto | Unset): Mandatory field: The top part &gt; Customer* &gt; The customer
            associated with the contract.
        location (LocationInCustomerContractDto | Unset): The top part &gt; Location &gt; The customer location
            associated with the contract.
        description (str | Unset): Mandatory field: The top part &gt; Description* &gt; The description of the contract,
            which includes any related comments.
        balance (float | Unset): The top part &gt; Balance &gt; A read-only field that displays the sum of the balances
            of open invoices associated with the contract.
        last_modified_date_time (datetime.datetime | Unset): System generated information
        summary (SummaryInCustomerContractDto | Unset): Summary tab &gt;
        details (DetailsInCustomerContractDto | Unset): Details tab &gt;
        attributes (list[AttributeIdValueDto] | Unset): Project attributes tab
    """

    contract_id: str | Unset = UNSET
    contract_template: ContractTemplateInCustomerContractDto | Unset = UNSET
    status: CustomerContractDtoStatus | Unset = UNSET
    customer: CustomerInCustomerContractDto | Unset = UNSET
    location: LocationInCustomerContractDto | Unset = UNSET
    description: str | Unset = UNSET
    balance: float | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    summary: SummaryInCustomerContractDto | Unset = UNSET
    details: DetailsInCustomerContractDto | Unset = UNSET
    attributes: list[AttributeIdValueDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        contract_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_template, Unset):
            contract_template = self.contract_template.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        description = self.description

        balance = self.balance

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if contract_template is not UNSET:
            field_dict["contractTemplate"] = contract_template
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if balance is not UNSET:
            field_dict["balance"] = balance
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if summary is not UNSET:
            field_dict["summary"] = summary
        if details is not UNSET:
            field_dict["details"] = details
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.contract_id = _rest.pop("contractId", UNSET)
        _value = _rest.pop("contractTemplate", UNSET)
        _instance.contract_template = (
            UNSET if _value is UNSET else _models.ContractTemplateInCustomerContractDto.from_dict(_value)
        )
        _instance.status = _rest.pop("status", UNSET)
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInCustomerContractDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.LocationInCustomerContractDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.balance = _rest.pop("balance", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("summary", UNSET)
        _instance.summary = UNSET if _value is UNSET else _models.SummaryInCustomerContractDto.from_dict(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = UNSET if _value is UNSET else _models.DetailsInCustomerContractDto.from_dict(_value)
        _value = _rest.pop("attributes", UNSET)
        _instance.attributes = (
            UNSET
            if _value is UNSET
            else [_models.AttributeIdValueDto.from_dict(attributes_item_data) for attributes_item_data in _value]
        )
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
