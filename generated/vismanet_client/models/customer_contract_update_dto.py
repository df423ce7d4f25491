from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class CustomerContractUpdateDto(GeneratedModel):
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

    contract_id: ContractIdInCustomerContractUpdateDto | Unset | None = UNSET
    contract_template: ContractTemplateInCustomerContractUpdateDto | Unset | None = UNSET
    customer: CustomerInCustomerContractUpdateDto | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    setup_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    activation_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    mass_renewal: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    renewal_point: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    grace_period: DtoValueOfNullableOfInt32 | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    invoice_to: DtoValueOfNullableOfInvoiceToType | Unset | None = UNSET
    invoice_account: DtoValueOfString | Unset | None = UNSET
    invoice_location: DtoValueOfString | Unset | None = UNSET
    owner: DtoValueOfString | Unset | None = UNSET
    sales_person: DtoValueOfString | Unset | None = UNSET
    details: list[CustomerContractDetailsUpdateDto] | Unset | None = UNSET
    attribute_lines: list[AttributeLineUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.contract_id
        if _value is not UNSET:
            field_dict["contractId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contract_template
        if _value is not UNSET:
            field_dict["contractTemplate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer
        if _value is not UNSET:
            field_dict["customer"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.setup_date
        if _value is not UNSET:
            field_dict["setupDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.activation_date
        if _value is not UNSET:
            field_dict["activationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.expiration_date
        if _value is not UNSET:
            field_dict["expirationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.mass_renewal
        if _value is not UNSET:
            field_dict["massRenewal"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.renewal_point
        if _value is not UNSET:
            field_dict["renewalPoint"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.grace_period
        if _value is not UNSET:
            field_dict["gracePeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_to
        if _value is not UNSET:
            field_dict["invoiceTo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_account
        if _value is not UNSET:
            field_dict["invoiceAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.invoice_location
        if _value is not UNSET:
            field_dict["invoiceLocation"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.owner
        if _value is not UNSET:
            field_dict["owner"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_person
        if _value is not UNSET:
            field_dict["salesPerson"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.details
        if _value is not UNSET:
            field_dict["details"] = (
                [
                    details_item_data.to_dict() if isinstance(details_item_data, GeneratedModel) else details_item_data
                    for details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.attribute_lines
        if _value is not UNSET:
            field_dict["attributeLines"] = (
                [
                    attribute_lines_item_data.to_dict()
                    if isinstance(attribute_lines_item_data, GeneratedModel)
                    else attribute_lines_item_data
                    for attribute_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerContractUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("contractId", UNSET)
        self.contract_id = (
            _models.ContractIdInCustomerContractUpdateDto._vn_fill(
                _new(_models.ContractIdInCustomerContractUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contractTemplate", UNSET)
        self.contract_template = (
            _models.ContractTemplateInCustomerContractUpdateDto._vn_fill(
                _new(_models.ContractTemplateInCustomerContractUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customer", UNSET)
        self.customer = (
            _models.CustomerInCustomerContractUpdateDto._vn_fill(
                _new(_models.CustomerInCustomerContractUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("setupDate", UNSET)
        self.setup_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("activationDate", UNSET)
        self.activation_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("expirationDate", UNSET)
        self.expiration_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("massRenewal", UNSET)
        self.mass_renewal = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("renewalPoint", UNSET)
        self.renewal_point = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("gracePeriod", UNSET)
        self.grace_period = (
            _models.DtoValueOfNullableOfInt32._vn_fill(_new(_models.DtoValueOfNullableOfInt32), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceTo", UNSET)
        self.invoice_to = (
            _models.DtoValueOfNullableOfInvoiceToType._vn_fill(_new(_models.DtoValueOfNullableOfInvoiceToType), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceAccount", UNSET)
        self.invoice_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("invoiceLocation", UNSET)
        self.invoice_location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("owner", UNSET)
        self.owner = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesPerson", UNSET)
        self.sales_person = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("details", UNSET)
        self.details = (
            [
                _models.CustomerContractDetailsUpdateDto._vn_fill(
                    _new(_models.CustomerContractDetailsUpdateDto), details_item_data
                )
                if isinstance(details_item_data, dict)
                else details_item_data
                for details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("attributeLines", UNSET)
        self.attribute_lines = (
            [
                _models.AttributeLineUpdateDto._vn_fill(_new(_models.AttributeLineUpdateDto), attribute_lines_item_data)
                if isinstance(attribute_lines_item_data, dict)
                else attribute_lines_item_data
                for attribute_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("contract_id", "contractId", False, ("model", "ContractIdInCustomerContractUpdateDto")),
        ("contract_template", "contractTemplate", False, ("model", "ContractTemplateInCustomerContractUpdateDto")),
        ("customer", "customer", False, ("model", "CustomerInCustomerContractUpdateDto")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("setup_date", "setupDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("activation_date", "activationDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("expiration_date", "expirationDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("mass_renewal", "massRenewal", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("renewal_point", "renewalPoint", False, ("model", "DtoValueOfNullableOfInt32")),
        ("grace_period", "gracePeriod", False, ("model", "DtoValueOfNullableOfInt32")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("invoice_to", "invoiceTo", False, ("model", "DtoValueOfNullableOfInvoiceToType")),
        ("invoice_account", "invoiceAccount", False, ("model", "DtoValueOfString")),
        ("invoice_location", "invoiceLocation", False, ("model", "DtoValueOfString")),
        ("owner", "owner", False, ("model", "DtoValueOfString")),
        ("sales_person", "salesPerson", False, ("model", "DtoValueOfString")),
        ("details", "details", False, ("list", ("model", "CustomerContractDetailsUpdateDto"))),
        ("attribute_lines", "attributeLines", False, ("list", ("model", "AttributeLineUpdateDto"))),
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


_Lazy = _lazy_twin(CustomerContractUpdateDto)
