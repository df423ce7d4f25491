from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
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
        from ..models.attribute_line_update_dto import AttributeLineUpdateDto
        from ..models.contract_id_in_customer_contract_update_dto import ContractIdInCustomerContractUpdateDto
        from ..models.contract_template_in_customer_contract_update_dto import (
            ContractTemplateInCustomerContractUpdateDto,
        )
        from ..models.customer_contract_details_update_dto import CustomerContractDetailsUpdateDto
        from ..models.customer_in_customer_contract_update_dto import CustomerInCustomerContractUpdateDto
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_nullable_of_invoice_to_type import DtoValueOfNullableOfInvoiceToType
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _contract_id = d.pop("contractId", UNSET)
        contract_id: ContractIdInCustomerContractUpdateDto | Unset
        if isinstance(_contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = ContractIdInCustomerContractUpdateDto.from_dict(_contract_id)

        _contract_template = d.pop("contractTemplate", UNSET)
        contract_template: ContractTemplateInCustomerContractUpdateDto | Unset
        if isinstance(_contract_template, Unset):
            contract_template = UNSET
        else:
            contract_template = ContractTemplateInCustomerContractUpdateDto.from_dict(_contract_template)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInCustomerContractUpdateDto | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInCustomerContractUpdateDto.from_dict(_customer)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _setup_date = d.pop("setupDate", UNSET)
        setup_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_setup_date, Unset):
            setup_date = UNSET
        else:
            setup_date = DtoValueOfNullableOfDateTime.from_dict(_setup_date)

        _activation_date = d.pop("activationDate", UNSET)
        activation_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = DtoValueOfNullableOfDateTime.from_dict(_activation_date)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = DtoValueOfNullableOfDateTime.from_dict(_expiration_date)

        _mass_renewal = d.pop("massRenewal", UNSET)
        mass_renewal: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_mass_renewal, Unset):
            mass_renewal = UNSET
        else:
            mass_renewal = DtoValueOfNullableOfBoolean.from_dict(_mass_renewal)

        _renewal_point = d.pop("renewalPoint", UNSET)
        renewal_point: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_renewal_point, Unset):
            renewal_point = UNSET
        else:
            renewal_point = DtoValueOfNullableOfInt32.from_dict(_renewal_point)

        _grace_period = d.pop("gracePeriod", UNSET)
        grace_period: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_grace_period, Unset):
            grace_period = UNSET
        else:
            grace_period = DtoValueOfNullableOfInt32.from_dict(_grace_period)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _invoice_to = d.pop("invoiceTo", UNSET)
        invoice_to: DtoValueOfNullableOfInvoiceToType | Unset
        if isinstance(_invoice_to, Unset):
            invoice_to = UNSET
        else:
            invoice_to = DtoValueOfNullableOfInvoiceToType.from_dict(_invoice_to)

        _invoice_account = d.pop("invoiceAccount", UNSET)
        invoice_account: DtoValueOfString | Unset
        if isinstance(_invoice_account, Unset):
            invoice_account = UNSET
        else:
            invoice_account = DtoValueOfString.from_dict(_invoice_account)

        _invoice_location = d.pop("invoiceLocation", UNSET)
        invoice_location: DtoValueOfString | Unset
        if isinstance(_invoice_location, Unset):
            invoice_location = UNSET
        else:
            invoice_location = DtoValueOfString.from_dict(_invoice_location)

        _owner = d.pop("owner", UNSET)
        owner: DtoValueOfString | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = DtoValueOfString.from_dict(_owner)

        _sales_person = d.pop("salesPerson", UNSET)
        sales_person: DtoValueOfString | Unset
        if isinstance(_sales_person, Unset):
            sales_person = UNSET
        else:
            sales_person = DtoValueOfString.from_dict(_sales_person)

        _details = d.pop("details", UNSET)
        details: list[CustomerContractDetailsUpdateDto] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = CustomerContractDetailsUpdateDto.from_dict(details_item_data)

                details.append(details_item)

        _attribute_lines = d.pop("attributeLines", UNSET)
        attribute_lines: list[AttributeLineUpdateDto] | Unset = UNSET
        if _attribute_lines is not UNSET:
            attribute_lines = []
            for attribute_lines_item_data in _attribute_lines:
                attribute_lines_item = AttributeLineUpdateDto.from_dict(attribute_lines_item_data)

                attribute_lines.append(attribute_lines_item)

        customer_contract_update_dto = cls(
            contract_id=contract_id,
            contract_template=contract_template,
            customer=customer,
            location=location,
            description=description,
            setup_date=setup_date,
            activation_date=activation_date,
            expiration_date=expiration_date,
            mass_renewal=mass_renewal,
            renewal_point=renewal_point,
            grace_period=grace_period,
            currency=currency,
            invoice_to=invoice_to,
            invoice_account=invoice_account,
            invoice_location=invoice_location,
            owner=owner,
            sales_person=sales_person,
            details=details,
            attribute_lines=attribute_lines,
        )

        customer_contract_update_dto.additional_properties = d
        return customer_contract_update_dto

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
