from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class CashTransactionUpdateDto:
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

    reference_number: DtoValueOfString | Unset = UNSET
    hold: DtoValueOfNullableOfBoolean | Unset = UNSET
    tran_date: DtoValueOfNullableOfDateTime | Unset = UNSET
    finanacial_period: FinanacialPeriodInCashTransactionUpdateDto | Unset = UNSET
    financial_period: FinancialPeriodInCashTransactionUpdateDto | Unset = UNSET
    description: DtoValueOfString | Unset = UNSET
    cash_account: DtoValueOfString | Unset = UNSET
    entry_type: DtoValueOfString | Unset = UNSET
    document_ref: DtoValueOfString | Unset = UNSET
    control_total: DtoValueOfNullableOfDecimal | Unset = UNSET
    vat_amount: DtoValueOfNullableOfDecimal | Unset = UNSET
    vat_zone: DtoValueOfString | Unset = UNSET
    tax_calculation_mode: DtoValueOfNullableOfTaxCalcMode | Unset = UNSET
    override_number_series: DtoValueOfBoolean | Unset = UNSET
    cash_transaction_details: list[CashTransactionDetailUpdateDto] | Unset = UNSET
    cash_transaction_tax_details: list[CashTransactionTaxDetailUpdateDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_number, Unset):
            reference_number = self.reference_number.to_dict()

        hold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hold, Unset):
            hold = self.hold.to_dict()

        tran_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tran_date, Unset):
            tran_date = self.tran_date.to_dict()

        finanacial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finanacial_period, Unset):
            finanacial_period = self.finanacial_period.to_dict()

        financial_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_period, Unset):
            financial_period = self.financial_period.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cash_account, Unset):
            cash_account = self.cash_account.to_dict()

        entry_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry_type, Unset):
            entry_type = self.entry_type.to_dict()

        document_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_ref, Unset):
            document_ref = self.document_ref.to_dict()

        control_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_total, Unset):
            control_total = self.control_total.to_dict()

        vat_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_amount, Unset):
            vat_amount = self.vat_amount.to_dict()

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        tax_calculation_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_calculation_mode, Unset):
            tax_calculation_mode = self.tax_calculation_mode.to_dict()

        override_number_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override_number_series, Unset):
            override_number_series = self.override_number_series.to_dict()

        cash_transaction_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_transaction_details, Unset):
            cash_transaction_details = []
            for cash_transaction_details_item_data in self.cash_transaction_details:
                cash_transaction_details_item = cash_transaction_details_item_data.to_dict()
                cash_transaction_details.append(cash_transaction_details_item)

        cash_transaction_tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_transaction_tax_details, Unset):
            cash_transaction_tax_details = []
            for cash_transaction_tax_details_item_data in self.cash_transaction_tax_details:
                cash_transaction_tax_details_item = cash_transaction_tax_details_item_data.to_dict()
                cash_transaction_tax_details.append(cash_transaction_tax_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if hold is not UNSET:
            field_dict["hold"] = hold
        if tran_date is not UNSET:
            field_dict["tranDate"] = tran_date
        if finanacial_period is not UNSET:
            field_dict["finanacialPeriod"] = finanacial_period
        if financial_period is not UNSET:
            field_dict["financialPeriod"] = financial_period
        if description is not UNSET:
            field_dict["description"] = description
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if entry_type is not UNSET:
            field_dict["entryType"] = entry_type
        if document_ref is not UNSET:
            field_dict["documentRef"] = document_ref
        if control_total is not UNSET:
            field_dict["controlTotal"] = control_total
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if tax_calculation_mode is not UNSET:
            field_dict["taxCalculationMode"] = tax_calculation_mode
        if override_number_series is not UNSET:
            field_dict["overrideNumberSeries"] = override_number_series
        if cash_transaction_details is not UNSET:
            field_dict["cashTransactionDetails"] = cash_transaction_details
        if cash_transaction_tax_details is not UNSET:
            field_dict["cashTransactionTaxDetails"] = cash_transaction_tax_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("referenceNumber", UNSET)
        _instance.reference_number = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("hold", UNSET)
        _instance.hold = UNSET if _value is UNSET else _models.DtoValueOfNullableOfBoolean.from_dict(_value)
        _value = _rest.pop("tranDate", UNSET)
        _instance.tran_date = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDateTime.from_dict(_value)
        _value = _rest.pop("finanacialPeriod", UNSET)
        _instance.finanacial_period = (
            UNSET if _value is UNSET else _models.FinanacialPeriodInCashTransactionUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("financialPeriod", UNSET)
        _instance.financial_period = (
            UNSET if _value is UNSET else _models.FinancialPeriodInCashTransactionUpdateDto.from_dict(_value)
        )
        _value = _rest.pop("description", UNSET)
        _instance.description = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("cashAccount", UNSET)
        _instance.cash_account = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("entryType", UNSET)
        _instance.entry_type = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("documentRef", UNSET)
        _instance.document_ref = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("controlTotal", UNSET)
        _instance.control_total = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("vatAmount", UNSET)
        _instance.vat_amount = UNSET if _value is UNSET else _models.DtoValueOfNullableOfDecimal.from_dict(_value)
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.DtoValueOfString.from_dict(_value)
        _value = _rest.pop("taxCalculationMode", UNSET)
        _instance.tax_calculation_mode = (
            UNSET if _value is UNSET else _models.DtoValueOfNullableOfTaxCalcMode.from_dict(_value)
        )
        _value = _rest.pop("overrideNumberSeries", UNSET)
        _instance.override_number_series = UNSET if _value is UNSET else _models.DtoValueOfBoolean.from_dict(_value)
        _value = _rest.pop("cashTransactionDetails", UNSET)
        _instance.cash_transaction_details = (
            UNSET
            if _value is UNSET
            else [
                _models.CashTransactionDetailUpdateDto.from_dict(cash_transaction_details_item_data)
                for cash_transaction_details_item_data in _value
            ]
        )
        _value = _rest.pop("cashTransactionTaxDetails", UNSET)
        _instance.cash_transaction_tax_details = (
            UNSET
            if _value is UNSET
            else [
                _models.CashTransactionTaxDetailUpdateDto.from_dict(cash_transaction_tax_details_item_data)
                for cash_transaction_tax_details_item_data in _value
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
