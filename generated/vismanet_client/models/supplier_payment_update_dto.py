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
class SupplierPaymentUpdateDto(GeneratedModel):
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

    type_: TypeInSupplierPaymentUpdateDto | Unset | None = UNSET
    reference_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfBoolean | Unset | None = UNSET
    application_date: DtoValueOfDateTime | Unset | None = UNSET
    application_period: DtoValueOfString | Unset | None = UNSET
    payment_ref: DtoValueOfString | Unset | None = UNSET
    supplier: DtoValueOfString | Unset | None = UNSET
    location: DtoValueOfString | Unset | None = UNSET
    payment_method: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    currency: DtoValueOfString | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    payment_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    branch: DtoValueOfString | Unset | None = UNSET
    payment_lines: list[SupplierPaymentAdjustmentUpdateDto] | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.application_date
        if _value is not UNSET:
            field_dict["applicationDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.application_period
        if _value is not UNSET:
            field_dict["applicationPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_ref
        if _value is not UNSET:
            field_dict["paymentRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location
        if _value is not UNSET:
            field_dict["location"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_method
        if _value is not UNSET:
            field_dict["paymentMethod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_amount
        if _value is not UNSET:
            field_dict["paymentAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.payment_lines
        if _value is not UNSET:
            field_dict["paymentLines"] = (
                [
                    payment_lines_item_data.to_dict()
                    if isinstance(payment_lines_item_data, GeneratedModel)
                    else payment_lines_item_data
                    for payment_lines_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierPaymentUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("type", UNSET)
        self.type_ = (
            _models.TypeInSupplierPaymentUpdateDto._vn_fill(_new(_models.TypeInSupplierPaymentUpdateDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applicationDate", UNSET)
        self.application_date = (
            _models.DtoValueOfDateTime._vn_fill(_new(_models.DtoValueOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("applicationPeriod", UNSET)
        self.application_period = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentRef", UNSET)
        self.payment_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("location", UNSET)
        self.location = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentMethod", UNSET)
        self.payment_method = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashAccount", UNSET)
        self.cash_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("currency", UNSET)
        self.currency = (
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
        _value = _rest.pop("paymentAmount", UNSET)
        self.payment_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("paymentLines", UNSET)
        self.payment_lines = (
            [
                _models.SupplierPaymentAdjustmentUpdateDto._vn_fill(
                    _new(_models.SupplierPaymentAdjustmentUpdateDto), payment_lines_item_data
                )
                if isinstance(payment_lines_item_data, dict)
                else payment_lines_item_data
                for payment_lines_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("type_", "type", False, ("model", "TypeInSupplierPaymentUpdateDto")),
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfBoolean")),
        ("application_date", "applicationDate", False, ("model", "DtoValueOfDateTime")),
        ("application_period", "applicationPeriod", False, ("model", "DtoValueOfString")),
        ("payment_ref", "paymentRef", False, ("model", "DtoValueOfString")),
        ("supplier", "supplier", False, ("model", "DtoValueOfString")),
        ("location", "location", False, ("model", "DtoValueOfString")),
        ("payment_method", "paymentMethod", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("currency", "currency", False, ("model", "DtoValueOfString")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("payment_amount", "paymentAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("branch", "branch", False, ("model", "DtoValueOfString")),
        ("payment_lines", "paymentLines", False, ("list", ("model", "SupplierPaymentAdjustmentUpdateDto"))),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
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


_Lazy = _lazy_twin(SupplierPaymentUpdateDto)
