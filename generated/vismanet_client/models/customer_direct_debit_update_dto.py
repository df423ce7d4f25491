from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_direct_debit_update_dto_operation import (
    CustomerDirectDebitUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="CustomerDirectDebitUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "operation",
    "id",
    "mandate_id",
    "mandate_description",
    "date_of_signature",
    "is_default",
    "one_time",
    "bic",
    "iban",
    "last_collection_date",
    "max_amount",
    "expiration_date",
    "branch",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("id", UNSET)
        _instance.id = UNSET if _value is UNSET else UUID(_value)
        _value = _rest.pop("mandateId", UNSET)
        _instance.mandate_id = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("mandateDescription", UNSET)
        _instance.mandate_description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("dateOfSignature", UNSET)
        _instance.date_of_signature = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        )
        _value = _rest.pop("isDefault", UNSET)
        _instance.is_default = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("oneTime", UNSET)
        _instance.one_time = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("bic", UNSET)
        _instance.bic = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("iban", UNSET)
        _instance.iban = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("lastCollectionDate", UNSET)
        _instance.last_collection_date = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        )
        _value = _rest.pop("maxAmount", UNSET)
        _instance.max_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("expirationDate", UNSET)
        _instance.expiration_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
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
