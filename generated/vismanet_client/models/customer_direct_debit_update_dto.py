from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_direct_debit_update_dto_operation import (
    CustomerDirectDebitUpdateDtoOperation,
    check_customer_direct_debit_update_dto_operation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerDirectDebitUpdateDto")


@_attrs_define
class CustomerDirectDebitUpdateDto:
    """
    Attributes:
        operation (CustomerDirectDebitUpdateDtoOperation | Unset):
        id (UUID | Unset):
        mandate_id (DtoValueOfString | Unset):
        mandate_description (DtoValueOfString | Unset):
        date_of_signature (DtoValueOfNullableOfDateTime | Unset):
        is_default (DtoValueOfNullableOfBoolean | Unset):
        one_time (DtoValueOfNullableOfBoolean | Unset):
        bic (DtoValueOfString | Unset):
        iban (DtoValueOfString | Unset):
        last_collection_date (DtoValueOfNullableOfDateTime | Unset):
        max_amount (DtoValueOfNullableOfDecimal | Unset):
        expiration_date (DtoValueOfNullableOfDateTime | Unset):
        branch (DtoValueOfString | Unset):
    """

    operation: CustomerDirectDebitUpdateDtoOperation | Unset = UNSET
    id: UUID | Unset = UNSET
    mandate_id: DtoValueOfString | Unset = UNSET
    mandate_description: DtoValueOfString | Unset = UNSET
    date_of_signature: DtoValueOfNullableOfDateTime | Unset = UNSET
    is_default: DtoValueOfNullableOfBoolean | Unset = UNSET
    one_time: DtoValueOfNullableOfBoolean | Unset = UNSET
    bic: DtoValueOfString | Unset = UNSET
    iban: DtoValueOfString | Unset = UNSET
    last_collection_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    max_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    expiration_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        mandate_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_id, Unset):
            mandate_id = self.mandate_id.to_dict()

        mandate_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mandate_description, Unset):
            mandate_description = self.mandate_description.to_dict()

        date_of_signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_of_signature, Unset):
            date_of_signature = self.date_of_signature.to_dict()

        is_default: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_default, Unset):
            is_default = self.is_default.to_dict()

        one_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_time, Unset):
            one_time = self.one_time.to_dict()

        bic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bic, Unset):
            bic = self.bic.to_dict()

        iban: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iban, Unset):
            iban = self.iban.to_dict()

        last_collection_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_collection_date, Unset):
            last_collection_date = self.last_collection_date.to_dict()

        max_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = self.max_amount.to_dict()

        expiration_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if id is not UNSET:
            field_dict["id"] = id
        if mandate_id is not UNSET:
            field_dict["mandateId"] = mandate_id
        if mandate_description is not UNSET:
            field_dict["mandateDescription"] = mandate_description
        if date_of_signature is not UNSET:
            field_dict["dateOfSignature"] = date_of_signature
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if one_time is not UNSET:
            field_dict["oneTime"] = one_time
        if bic is not UNSET:
            field_dict["bic"] = bic
        if iban is not UNSET:
            field_dict["iban"] = iban
        if last_collection_date is not UNSET:
            field_dict["lastCollectionDate"] = last_collection_date
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
        from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: CustomerDirectDebitUpdateDtoOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = check_customer_direct_debit_update_dto_operation(_operation)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _mandate_id = d.pop("mandateId", UNSET)
        mandate_id: DtoValueOfString | Unset
        if isinstance(_mandate_id, Unset):
            mandate_id = UNSET
        else:
            mandate_id = DtoValueOfString.from_dict(_mandate_id)

        _mandate_description = d.pop("mandateDescription", UNSET)
        mandate_description: DtoValueOfString | Unset
        if isinstance(_mandate_description, Unset):
            mandate_description = UNSET
        else:
            mandate_description = DtoValueOfString.from_dict(_mandate_description)

        _date_of_signature = d.pop("dateOfSignature", UNSET)
        date_of_signature: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_date_of_signature, Unset):
            date_of_signature = UNSET
        else:
            date_of_signature = DtoValueOfNullableOfDateTime.from_dict(_date_of_signature)

        _is_default = d.pop("isDefault", UNSET)
        is_default: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_is_default, Unset):
            is_default = UNSET
        else:
            is_default = DtoValueOfNullableOfBoolean.from_dict(_is_default)

        _one_time = d.pop("oneTime", UNSET)
        one_time: DtoValueOfNullableOfBoolean | Unset
        if isinstance(_one_time, Unset):
            one_time = UNSET
        else:
            one_time = DtoValueOfNullableOfBoolean.from_dict(_one_time)

        _bic = d.pop("bic", UNSET)
        bic: DtoValueOfString | Unset
        if isinstance(_bic, Unset):
            bic = UNSET
        else:
            bic = DtoValueOfString.from_dict(_bic)

        _iban = d.pop("iban", UNSET)
        iban: DtoValueOfString | Unset
        if isinstance(_iban, Unset):
            iban = UNSET
        else:
            iban = DtoValueOfString.from_dict(_iban)

        _last_collection_date = d.pop("lastCollectionDate", UNSET)
        last_collection_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_last_collection_date, Unset):
            last_collection_date = UNSET
        else:
            last_collection_date = DtoValueOfNullableOfDateTime.from_dict(_last_collection_date)

        _max_amount = d.pop("maxAmount", UNSET)
        max_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = DtoValueOfNullableOfDecimal.from_dict(_max_amount)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: DtoValueOfNullableOfDateTime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = DtoValueOfNullableOfDateTime.from_dict(_expiration_date)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        customer_direct_debit_update_dto = cls(
            operation=operation,
            id=id,
            mandate_id=mandate_id,
            mandate_description=mandate_description,
            date_of_signature=date_of_signature,
            is_default=is_default,
            one_time=one_time,
            bic=bic,
            iban=iban,
            last_collection_date=last_collection_date,
            max_amount=max_amount,
            expiration_date=expiration_date,
            branch=branch,
        )

        customer_direct_debit_update_dto.additional_properties = d
        return customer_direct_debit_update_dto

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
