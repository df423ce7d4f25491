from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_contract_dto_status import CustomerContractDtoStatus
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class CustomerContractDto(GeneratedModel):
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

    contract_id: str | Unset | None = UNSET
    contract_template: ContractTemplateInCustomerContractDto | Unset | None = UNSET
    status: CustomerContractDtoStatus | Unset | None = UNSET
    customer: CustomerInCustomerContractDto | Unset | None = UNSET
    location: LocationInCustomerContractDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    summary: SummaryInCustomerContractDto | Unset | None = UNSET
    details: DetailsInCustomerContractDto | Unset | None = UNSET
    attributes: list[AttributeIdValueDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.contract_id
        if _value is not UNSET:
            field_dict["contractId"] = _value
        _value = self.contract_template
        if _value is not UNSET:
            field_dict["contractTemplate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.status
        if _value is not UNSET:
            field_dict["status"] = _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.summary
        if _value is not UNSET:
            field_dict["summary"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = (
                [
                    attributes_item_data.to_dict()
                    if isinstance(attributes_item_data, GeneratedModel)
                    else attributes_item_data
                    for attributes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerContractDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.contract_id = _rest.pop("contractId", UNSET)
        _value = _rest.pop("contractTemplate", UNSET)
        self.contract_template = (
            _models.ContractTemplateInCustomerContractDto._vn_fill(
                _new(_models.ContractTemplateInCustomerContractDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.status = _rest.pop("status", UNSET)
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInCustomerContractDto._vn_fill(_new(_models.CustomerInCustomerContractDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.LocationInCustomerContractDto._vn_fill(_new(_models.LocationInCustomerContractDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.balance = _rest.pop("balance", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("summary", UNSET)
        self.summary = (
            _models.SummaryInCustomerContractDto._vn_fill(_new(_models.SummaryInCustomerContractDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("details", UNSET)
        self.details = (
            _models.DetailsInCustomerContractDto._vn_fill(_new(_models.DetailsInCustomerContractDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("attributes", UNSET)
        self.attributes = (
            [
                _models.AttributeIdValueDto._vn_fill(_new(_models.AttributeIdValueDto), attributes_item_data)
                if isinstance(attributes_item_data, dict)
                else attributes_item_data
                for attributes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("contract_id", "contractId", False, "str"),
        ("contract_template", "contractTemplate", False, ("model", "ContractTemplateInCustomerContractDto")),
        ("status", "status", False, "str"),
        ("customer", "customer", False, ("model", "CustomerInCustomerContractDto")),
        ("location", "location", False, ("model", "LocationInCustomerContractDto")),
        ("description", "description", False, "str"),
        ("balance", "balance", False, "float"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("summary", "summary", False, ("model", "SummaryInCustomerContractDto")),
        ("details", "details", False, ("model", "DetailsInCustomerContractDto")),
        ("attributes", "attributes", False, ("list", ("model", "AttributeIdValueDto"))),
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


_Lazy = _lazy_twin(CustomerContractDto)
