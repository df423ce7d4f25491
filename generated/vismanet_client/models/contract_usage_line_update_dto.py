from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_usage_line_update_dto_operation import (
    ContractUsageLineUpdateDtoOperation,
    check_contract_usage_line_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="ContractUsageLineUpdateDto")


@_attrs_define
class ContractUsageLineUpdateDto:
    """This class represent a Contract Usage Line in Contract Usage Controller. Used to pass data to server for creating or
    updating an Contract Usage Line

        Attributes:
            operation (ContractUsageLineUpdateDtoOperation | Unset):
            transaction_number (DtoValueOfNullableOfInt32 | Unset):
            branch (DtoValueOfString | Unset):
            inventory (DtoValueOfString | Unset):
            description (DtoValueOfString | Unset):
            uom (DtoValueOfString | Unset):
            quantity (DtoValueOfNullableOfDecimal | Unset):
            date (DtoValueOfNullableOfDateTime | Unset):
    """

    operation: ContractUsageLineUpdateDtoOperation | Unset = UNSET
    transaction_number: DtoValueOfNullableOfInt32 | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    inventory: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    uom: DtoValueOfString | Unset = UNSET
    quantity: DtoValueOfNullableOfDecimal | Unset = UNSET
    date: DtoValueOfNullableOfDateTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        transaction_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_number, Unset):
            transaction_number = self.transaction_number.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        uom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uom, Unset):
            uom = self.uom.to_dict()

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if transaction_number is not UNSET:
            field_dict["transactionNumber"] = transaction_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if description is not UNSET:
            field_dict["description"] = description
        if uom is not UNSET:
            field_dict["uom"] = uom
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: ContractUsageLineUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_contract_usage_line_update_dto_operation(_operation)

        _transaction_number = d.pop("transactionNumber", UNSET)
        transaction_number: DtoValueOfNullableOfInt32 | Unset
        if isinstance(_transaction_number, Unset):
            transaction_number = UNSET
        else:
            transaction_number = DtoValueOfNullableOfInt32.from_dict(_transaction_number)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _inventory = d.pop("inventory", UNSET)
        inventory: DtoValueOfString | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = DtoValueOfString.from_dict(_inventory)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _uom = d.pop("uom", UNSET)
        uom: DtoValueOfString | Unset
        if isinstance(_uom, Unset):
            uom = UNSET
        else:
            uom = DtoValueOfString.from_dict(_uom)

        _quantity = d.pop("quantity", UNSET)
        quantity: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = DtoValueOfNullableOfDecimal.from_dict(_quantity)

        _date = d.pop("date", UNSET)
        date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DtoValueOfNullableOfDateTime.from_dict(_date)

        contract_usage_line_update_dto = cls(
            operation=operation,
            transaction_number=transaction_number,
            branch=branch,
            inventory=inventory,
            description=description,
            uom=uom,
            quantity=quantity,
            date=date,
        )

        contract_usage_line_update_dto.additional_properties = d
        return contract_usage_line_update_dto

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
