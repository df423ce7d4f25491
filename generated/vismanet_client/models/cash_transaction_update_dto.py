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
    from ..models.cash_transaction_detail_update_dto import CashTransactionDetailUpdateDto
    from ..models.cash_transaction_tax_detail_update_dto import CashTransactionTaxDetailUpdateDto
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from ..models.dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_nullable_of_tax_calc_mode import DtoValueOfNullableOfTaxCalcMode
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.finanacial_period_in_cash_transaction_update_dto import FinanacialPeriodInCashTransactionUpdateDto
    from ..models.financial_period_in_cash_transaction_update_dto import FinancialPeriodInCashTransactionUpdateDto


T = TypeVar("T", bound="CashTransactionUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "reference_number",
    "hold",
    "tran_date",
    "finanacial_period",
    "financial_period",
    "description",
    "cash_account",
    "entry_type",
    "document_ref",
    "control_total",
    "vat_amount",
    "vat_zone",
    "tax_calculation_mode",
    "override_number_series",
    "cash_transaction_details",
    "cash_transaction_tax_details",
)


@_attrs_define(repr=False)
class CashTransactionUpdateDto(GeneratedModel):
    """
    Attributes:
        reference_number (DtoValueOfString | Unset):
        hold (DtoValueOfNullableOfBoolean | Unset):
        tran_date (DtoValueOfNullableOfDateTime | Unset):
        finanacial_period (FinanacialPeriodInCashTransactionUpdateDto | Unset): The property is now considered obsolete.
            Use Financial Period instead
        financial_period (FinancialPeriodInCashTransactionUpdateDto | Unset): The financial period to which the
            transactions recorded in the document should be posted. Use the format YYYYMM.
        description (DtoValueOfString | Unset):
        cash_account (DtoValueOfString | Unset):
        entry_type (DtoValueOfString | Unset):
        document_ref (DtoValueOfString | Unset):
        control_total (DtoValueOfNullableOfDecimal | Unset):
        vat_amount (DtoValueOfNullableOfDecimal | Unset):
        vat_zone (DtoValueOfString | Unset):
        tax_calculation_mode (DtoValueOfNullableOfTaxCalcMode | Unset):
        override_number_series (DtoValueOfBoolean | Unset):
        cash_transaction_details (list[CashTransactionDetailUpdateDto] | Unset):
        cash_transaction_tax_details (list[CashTransactionTaxDetailUpdateDto] | Unset):
    """

    reference_number: DtoValueOfString | Unset | None = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset | None = UNSET
    tran_date: DtoValueOfNullableOfDateTime | Unset | None = UNSET
    finanacial_period: FinanacialPeriodInCashTransactionUpdateDto | Unset | None = UNSET
    financial_period: FinancialPeriodInCashTransactionUpdateDto | Unset | None = UNSET
    description: DtoValueOfString | Unset | None = UNSET
    cash_account: DtoValueOfString | Unset | None = UNSET
    entry_type: DtoValueOfString | Unset | None = UNSET
    document_ref: DtoValueOfString | Unset | None = UNSET
    control_total: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    vat_amount: DtoValueOfNullableOfDecimal | Unset | None = UNSET
    vat_zone: DtoValueOfString | Unset | None = UNSET
    tax_calculation_mode: DtoValueOfNullableOfTaxCalcMode | Unset | None = UNSET
    override_number_series: DtoValueOfBoolean | Unset | None = UNSET
    cash_transaction_details: list[CashTransactionDetailUpdateDto] | Unset | None = UNSET
    cash_transaction_tax_details: list[CashTransactionTaxDetailUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.reference_number
        if _value is not UNSET:
            field_dict["referenceNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.hold
        if _value is not UNSET:
            field_dict["hold"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tran_date
        if _value is not UNSET:
            field_dict["tranDate"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.finanacial_period
        if _value is not UNSET:
            field_dict["finanacialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.financial_period
        if _value is not UNSET:
            field_dict["financialPeriod"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.entry_type
        if _value is not UNSET:
            field_dict["entryType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.document_ref
        if _value is not UNSET:
            field_dict["documentRef"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_total
        if _value is not UNSET:
            field_dict["controlTotal"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_amount
        if _value is not UNSET:
            field_dict["vatAmount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_calculation_mode
        if _value is not UNSET:
            field_dict["taxCalculationMode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.override_number_series
        if _value is not UNSET:
            field_dict["overrideNumberSeries"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_transaction_details
        if _value is not UNSET:
            field_dict["cashTransactionDetails"] = (
                [
                    cash_transaction_details_item_data.to_dict()
                    if isinstance(cash_transaction_details_item_data, GeneratedModel)
                    else cash_transaction_details_item_data
                    for cash_transaction_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.cash_transaction_tax_details
        if _value is not UNSET:
            field_dict["cashTransactionTaxDetails"] = (
                [
                    cash_transaction_tax_details_item_data.to_dict()
                    if isinstance(cash_transaction_tax_details_item_data, GeneratedModel)
                    else cash_transaction_tax_details_item_data
                    for cash_transaction_tax_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashTransactionUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("referenceNumber", UNSET)
        self.reference_number = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("hold", UNSET)
        self.hold = (
            _models.DtoValueOfNullableOfBoolean._vn_fill(_new(_models.DtoValueOfNullableOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("tranDate", UNSET)
        self.tran_date = (
            _models.DtoValueOfNullableOfDateTime._vn_fill(_new(_models.DtoValueOfNullableOfDateTime), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("finanacialPeriod", UNSET)
        self.finanacial_period = (
            _models.FinanacialPeriodInCashTransactionUpdateDto._vn_fill(
                _new(_models.FinanacialPeriodInCashTransactionUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("financialPeriod", UNSET)
        self.financial_period = (
            _models.FinancialPeriodInCashTransactionUpdateDto._vn_fill(
                _new(_models.FinancialPeriodInCashTransactionUpdateDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("description", UNSET)
        self.description = (
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
        _value = _rest.pop("entryType", UNSET)
        self.entry_type = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("documentRef", UNSET)
        self.document_ref = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("controlTotal", UNSET)
        self.control_total = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatAmount", UNSET)
        self.vat_amount = (
            _models.DtoValueOfNullableOfDecimal._vn_fill(_new(_models.DtoValueOfNullableOfDecimal), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCalculationMode", UNSET)
        self.tax_calculation_mode = (
            _models.DtoValueOfNullableOfTaxCalcMode._vn_fill(_new(_models.DtoValueOfNullableOfTaxCalcMode), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        self.override_number_series = (
            _models.DtoValueOfBoolean._vn_fill(_new(_models.DtoValueOfBoolean), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashTransactionDetails", UNSET)
        self.cash_transaction_details = (
            [
                _models.CashTransactionDetailUpdateDto._vn_fill(
                    _new(_models.CashTransactionDetailUpdateDto), cash_transaction_details_item_data
                )
                if isinstance(cash_transaction_details_item_data, dict)
                else cash_transaction_details_item_data
                for cash_transaction_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("cashTransactionTaxDetails", UNSET)
        self.cash_transaction_tax_details = (
            [
                _models.CashTransactionTaxDetailUpdateDto._vn_fill(
                    _new(_models.CashTransactionTaxDetailUpdateDto), cash_transaction_tax_details_item_data
                )
                if isinstance(cash_transaction_tax_details_item_data, dict)
                else cash_transaction_tax_details_item_data
                for cash_transaction_tax_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("reference_number", "referenceNumber", False, ("model", "DtoValueOfString")),
        ("hold", "hold", False, ("model", "DtoValueOfNullableOfBoolean")),
        ("tran_date", "tranDate", False, ("model", "DtoValueOfNullableOfDateTime")),
        ("finanacial_period", "finanacialPeriod", False, ("model", "FinanacialPeriodInCashTransactionUpdateDto")),
        ("financial_period", "financialPeriod", False, ("model", "FinancialPeriodInCashTransactionUpdateDto")),
        ("description", "description", False, ("model", "DtoValueOfString")),
        ("cash_account", "cashAccount", False, ("model", "DtoValueOfString")),
        ("entry_type", "entryType", False, ("model", "DtoValueOfString")),
        ("document_ref", "documentRef", False, ("model", "DtoValueOfString")),
        ("control_total", "controlTotal", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("vat_amount", "vatAmount", False, ("model", "DtoValueOfNullableOfDecimal")),
        ("vat_zone", "vatZone", False, ("model", "DtoValueOfString")),
        ("tax_calculation_mode", "taxCalculationMode", False, ("model", "DtoValueOfNullableOfTaxCalcMode")),
        ("override_number_series", "overrideNumberSeries", False, ("model", "DtoValueOfBoolean")),
        (
            "cash_transaction_details",
            "cashTransactionDetails",
            False,
            ("list", ("model", "CashTransactionDetailUpdateDto")),
        ),
        (
            "cash_transaction_tax_details",
            "cashTransactionTaxDetails",
            False,
            ("list", ("model", "CashTransactionTaxDetailUpdateDto")),
        ),
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


_Lazy = _lazy_twin(CashTransactionUpdateDto)
