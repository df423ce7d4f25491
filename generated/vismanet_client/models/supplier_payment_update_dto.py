from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.supplier_payment_adjustment_update_dto import SupplierPaymentAdjustmentUpdateDto
    from ..models.type_in_supplier_payment_update_dto import TypeInSupplierPaymentUpdateDto


T = TypeVar("T", bound="SupplierPaymentUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "type_",
    "reference_number",
    "hold",
    "application_date",
    "application_period",
    "payment_ref",
    "supplier",
    "location",
    "payment_method",
    "cash_account",
    "currency",
    "description",
    "payment_amount",
    "branch",
    "payment_lines",
    "override_number_series",
)


@_attrs_define(repr=False)
class SupplierPaymentUpdateDto:
    """
    Attributes:
        type_ (TypeInSupplierPaymentUpdateDto | Unset): Reference number for the document. Can be used when manual
            numbering is enabled.
        reference_number (DtoValueOfString | Unset):
        hold (DtoValueOfBoolean | Unset):
        application_date (DtoValueOfDateTime | Unset):
        application_period (DtoValueOfString | Unset):
        payment_ref (DtoValueOfString | Unset):
        supplier (DtoValueOfString | Unset):
        location (DtoValueOfString | Unset):
        payment_method (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        currency (DtoValueOfString | Unset):
        description (DtoValueOfString | Unset):
        payment_amount (DtoValueOfNullableOfDecimal | Unset):
        branch (DtoValueOfString | Unset):
        payment_lines (list[SupplierPaymentAdjustmentUpdateDto] | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
    """

    type_: TypeInSupplierPaymentUpdateDto | Unset = UNSET
    reference_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfBoolean | Unset = UNSET
    application_date: DtoValueOfDateTime | Unset = UNSET
    application_period: DtoValueOfString | Unset = UNSET
    payment_ref: DtoValueOfString | Unset = UNSET
    supplier: DtoValueOfString | Unset = UNSET
    location: DtoValueOfString | Unset = UNSET
    payment_method: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    currency: DtoValueOfString | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    payment_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    branch: DtoValueOfString | Unset = UNSET
    payment_lines: list[SupplierPaymentAdjustmentUpdateDto] | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        application_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_date, Unset):
            application_date = self.application_date.to_dict()

        application_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_period, Unset):
            application_period = self.application_period.to_dict()

        payment_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_ref, Unset):
            payment_ref = self.payment_ref.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        payment_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_amount, Unset):
            payment_amount = self.payment_amount.to_dict()

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        payment_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_lines, Unset):
            payment_lines = []
            for payment_lines_item_data in self.payment_lines:
                payment_lines_item = payment_lines_item_data.to_dict()
                payment_lines.append(payment_lines_item)

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if hold is not UNSET:
            field_dict["hold"] = hold
        if application_date is not UNSET:
            field_dict["applicationDate"] = application_date
        if application_period is not UNSET:
            field_dict["applicationPeriod"] = application_period
        if payment_ref is not UNSET:
            field_dict["paymentRef"] = payment_ref
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if location is not UNSET:
            field_dict["location"] = location
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if payment_amount is not UNSET:
            field_dict["paymentAmount"] = payment_amount
        if branch is not UNSET:
            field_dict["branch"] = branch
        if payment_lines is not UNSET:
            field_dict["paymentLines"] = payment_lines
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("type", UNSET)
        _instance.type_ = UNSET if _value is UNSET else _models.TypeInSupplierPaymentUpdateDto.from_dict(_value)
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("applicationDate", UNSET)
        _instance.application_date = UNSET if _value is UNSET else _models.DtoValueOfDateTime.from_dict(_value)
        _value = _rest.pop("applicationPeriod", UNSET)
        _instance.application_period = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentRef", UNSET)
        _instance.payment_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("location", UNSET)
        _instance.location = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentMethod", UNSET)
        _instance.payment_method = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("currency", UNSET)
        _instance.currency = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentAmount", UNSET)
        _instance.payment_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("paymentLines", UNSET)
        _instance.payment_lines = (
            UNSET
            if _value is UNSET
            else [
                _models.SupplierPaymentAdjustmentUpdateDto.from_dict(payment_lines_item_data)
                for payment_lines_item_data in _value
            ]
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
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
