from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_line_update_dto import AttributeLineUpdateDto
    from ..models.contract_id_in_customer_contract_update_dto import ContractIdInCustomerContractUpdateDto
    from ..models.contract_template_in_customer_contract_update_dto import ContractTemplateInCustomerContractUpdateDto
    from ..models.customer_contract_details_update_dto import CustomerContractDetailsUpdateDto
    from ..models.customer_in_customer_contract_update_dto import CustomerInCustomerContractUpdateDto
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_nullable_of_invoice_to_type import DtoValueOfNullableOfInvoiceToType
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerContractUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contract_id",
    "contract_template",
    "customer",
    "location",
    "description",
    "setup_date",
    "activation_date",
    "expiration_date",
    "mass_renewal",
    "renewal_point",
    "grace_period",
    "currency",
    "invoice_to",
    "invoice_account",
    "invoice_location",
    "owner",
    "sales_person",
    "details",
    "attribute_lines",
)


@_attrs_define(repr=False)
class CustomerContractUpdateDto:
    """
    Attributes:
        contract_id (ContractIdInCustomerContractUpdateDto | Unset): Mandatory for POST, not applicable for PUT.
        contract_template (ContractTemplateInCustomerContractUpdateDto | Unset): Mandatory for POST, not applicable for
            PUT.
        customer (CustomerInCustomerContractUpdateDto | Unset): Mandatory for POST, not applicable for PUT.
        location (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        setup_date (DtoValueOfNullableOfDateTime | Unset):
        activation_date (DtoValueOfNullableOfDateTime | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
        mass_renewal (DtoValueOfNullableOfBoolean | Unset):
        renewal_point (DtoValueOfNullableOfInt32 | Unset):
        grace_period (DtoValueOfNullableOfInt32 | Unset):
        currency (DtoValueOfString | Unset):
        invoice_to (DtoValueOfNullableOfInvoiceToType | Unset):
        invoice_account (DtoValueOfString | Unset):
        invoice_location (DtoValueOfString | Unset):
        owner (DtoValueOfString | Unset):
        sales_person (DtoValueOfString | Unset):
        details (list[CustomerContractDetailsUpdateDto] | Unset):
        attribute_lines (list[AttributeLineUpdateDto] | Unset):
    """

    contract_id: ContractIdInCustomerContractUpdateDto | Unset = UNSET
    contract_template: ContractTemplateInCustomerContractUpdateDto | Unset = UNSET
    customer: CustomerInCustomerContractUpdateDto | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    setup_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    activation_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    mass_renewal: DtoValueOfNullableOfBoolean | Unset = UNSET
    renewal_point: DtoValueOfNullableOfInt32 | Unset = UNSET
    grace_period: DtoValueOfNullableOfInt32 | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    invoice_to: DtoValueOfNullableOfInvoiceToType | Unset = UNSET
    invoice_account: DtoValueOfString | Unset = UNSET
    invoice_location: DtoValueOfString | Unset = UNSET
    owner: DtoValueOfString | Unset = UNSET
    sales_person: DtoValueOfString | Unset = UNSET
    details: list[CustomerContractDetailsUpdateDto] | Unset = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_id, Unset):
            contract_id = self.contract_id.to_dict()

        contract_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_template, Unset):
            contract_template = self.contract_template.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        setup_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_date, Unset):
            setup_date = self.setup_date.to_dict()

        activation_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activation_date, Unset):
            activation_date = self.activation_date.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        mass_renewal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mass_renewal, Unset):
            mass_renewal = self.mass_renewal.to_dict()

        renewal_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_point, Unset):
            renewal_point = self.renewal_point.to_dict()

        grace_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grace_period, Unset):
            grace_period = self.grace_period.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        invoice_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_to, Unset):
            invoice_to = self.invoice_to.to_dict()

        invoice_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_account, Unset):
            invoice_account = self.invoice_account.to_dict()

        invoice_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_location, Unset):
            invoice_location = self.invoice_location.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        sales_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_person, Unset):
            sales_person = self.sales_person.to_dict()

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        attribute_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_lines, Unset):
            attribute_lines = []
            for attribute_lines_item_data in self.attribute_lines:
                attribute_lines_item = attribute_lines_item_data.to_dict()
                attribute_lines.append(attribute_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if contract_template is not UNSET:
            field_dict["contractTemplate"] = contract_template
        if customer is not UNSET:
            field_dict["customer"] = customer
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if setup_date is not UNSET:
            field_dict["setupDate"] = setup_date
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if mass_renewal is not UNSET:
            field_dict["massRenewal"] = mass_renewal
        if renewal_point is not UNSET:
            field_dict["renewalPoint"] = renewal_point
        if grace_period is not UNSET:
            field_dict["gracePeriod"] = grace_period
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_to is not UNSET:
            field_dict["invoiceTo"] = invoice_to
        if invoice_account is not UNSET:
            field_dict["invoiceAccount"] = invoice_account
        if invoice_location is not UNSET:
            field_dict["invoiceLocation"] = invoice_location
        if owner is not UNSET:
            field_dict["owner"] = owner
        if sales_person is not UNSET:
            field_dict["salesPerson"] = sales_person
        if details is not UNSET:
            field_dict["details"] = details
        if attribute_lines is not UNSET:
            field_dict["attributeLines"] = attribute_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("contractId", UNSET)
        _instance.contract_id = (
            UNSET if _value is UNSET else _models.ContractIdInCustomerContractUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("contractTemplate", UNSET)
        _instance.contract_template = (
            UNSET if _value is UNSET else _models.ContractTemplateInCustomerContractUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("customer", UNSET)
        _instance.customer = UNSET if _value is UNSET else _models.CustomerInCustomerContractUpdateDto.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("setupDate", UNSET)
        _instance.setup_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("activationDate", UNSET)
        _instance.activation_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("massRenewal", UNSET)
        _instance.mass_renewal = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("renewalPoint", UNSET)
        _instance.renewal_point = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("gracePeriod", UNSET)
        _instance.grace_period = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInt32.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("invoiceTo", UNSET)
        _instance.invoice_to = UNSET if _value is UNSET else _models.DtoValueOfNullableOfInvoiceToType.from_dict(_value)
        _value = _rest.pop("invoiceAccount", UNSET)
        _instance.invoice_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("invoiceLocation", UNSET)
        _instance.invoice_location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("owner", UNSET)
        _instance.owner = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("salesPerson", UNSET)
        _instance.sales_person = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("details", UNSET)
        _instance.details = (
            UNSET
            if _value is UNSET
            else [_models.CustomerContractDetailsUpdateDto.from_dict(details_item_data) for details_item_data in _value]
        )
        _value = _rest.pop("attributeLines", UNSET)
        _instance.attribute_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.AttributeLineUpdateDto.from_dict(attribute_lines_item_data)
                for attribute_lines_item_data in _value
            ]
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
