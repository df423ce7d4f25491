from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.payment_lines_update_dto_operation import (
    PaymentLinesUpdateDtoOperation,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
    from ..models.dto_value_of_decimal import DtoValueOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString


T = TypeVar("T", bound="PaymentLinesUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "cash_discount_taken",
    "balance_write_off",
    "write_off_reason_code",
    "cross_rate",
    "operation",
    "document_type",
    "ref_nbr",
    "amount_paid",
)


@_attrs_define(repr=False)
class PaymentLinesUpdateDto:
    """
    Attributes:
        cash_discount_taken (DtoValueOfDecimal | Unset):
        balance_write_off (DtoValueOfDecimal | Unset):
        write_off_reason_code (DtoValueOfString | Unset):
        cross_rate (DtoValueOfDecimal | Unset):
        operation (PaymentLinesUpdateDtoOperation | Unset):
        document_type (DtoValueOfCustomerDocumentTypes | Unset):
        ref_nbr (DtoValueOfString | Unset):
        amount_paid (DtoValueOfDecimal | Unset):
    """

    cash_discount_taken: DtoValueOfDecimal | Unset = UNSET
    balance_write_off: DtoValueOfDecimal | Unset = UNSET
    write_off_reason_code: DtoValueOfString | Unset = UNSET
    cross_rate: DtoValueOfDecimal | Unset = UNSET
    operation: PaymentLinesUpdateDtoOperation | Unset = UNSET
    document_type: DtoValueOfCustomerDocumentTypes | Unset = UNSET
    ref_nbr: DtoValueOfString | Unset = UNSET
    amount_paid: DtoValueOfDecimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_discount_taken: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_discount_taken, Unset):
            cash_discount_taken = self.cash_discount_taken.to_dict()

        balance_write_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_write_off, Unset):
            balance_write_off = self.balance_write_off.to_dict()

        write_off_reason_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_off_reason_code, Unset):
            write_off_reason_code = self.write_off_reason_code.to_dict()

        cross_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cross_rate, Unset):
            cross_rate = self.cross_rate.to_dict()

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        document_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.to_dict()

        ref_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref_nbr, Unset):
            ref_nbr = self.ref_nbr.to_dict()

        amount_paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_paid, Unset):
            amount_paid = self.amount_paid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_discount_taken is not UNSET:
            field_dict["cashDiscountTaken"] = cash_discount_taken
        if balance_write_off is not UNSET:
            field_dict["balanceWriteOff"] = balance_write_off
        if write_off_reason_code is not UNSET:
            field_dict["writeOffReasonCode"] = write_off_reason_code
        if cross_rate is not UNSET:
            field_dict["crossRate"] = cross_rate
        if operation is not UNSET:
            field_dict["operation"] = operation
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if ref_nbr is not UNSET:
            field_dict["refNbr"] = ref_nbr
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("cashDiscountTaken", UNSET)
        _instance.cash_discount_taken = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("balanceWriteOff", UNSET)
        _instance.balance_write_off = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _value = _rest.pop("writeOffReasonCode", UNSET)
        _instance.write_off_reason_code = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("crossRate", UNSET)
        _instance.cross_rate = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
        _instance.operation = _rest.pop("operation", UNSET)
        _value = _rest.pop("documentType", UNSET)
        _instance.document_type = (
            UNSET if _value is UNSET else _models.DtoValueOfCustomerDocumentTypes.from_dict(_value)
        )
        _value = _rest.pop("refNbr", UNSET)
        _instance.ref_nbr = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("amountPaid", UNSET)
        _instance.amount_paid = UNSET if _value is UNSET else _models.DtoValueOfDecimal.from_dict(_value)
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
