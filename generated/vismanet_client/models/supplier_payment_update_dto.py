from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dto_value_of_boolean import DtoValueOfBoolean
    from ..models.dto_value_of_date_time import DtoValueOfDateTime
    from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.supplier_payment_adjustment_update_dto import SupplierPaymentAdjustmentUpdateDto
    from ..models.type_in_supplier_payment_update_dto import TypeInSupplierPaymentUpdateDto


T = TypeVar("T", bound="SupplierPaymentUpdateDto")


@_attrs_define
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
        from ..models.dto_value_of_boolean import DtoValueOfBoolean
        from ..models.dto_value_of_date_time import DtoValueOfDateTime
        from ..models.dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
        from ..models.dto_value_of_string import DtoValueOfString
        from ..models.supplier_payment_adjustment_update_dto import SupplierPaymentAdjustmentUpdateDto
        from ..models.type_in_supplier_payment_update_dto import TypeInSupplierPaymentUpdateDto

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TypeInSupplierPaymentUpdateDto | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TypeInSupplierPaymentUpdateDto.from_dict(_type_)

        _reference_number = d.pop("referenceNumber", UNSET)
        reference_number: DtoValueOfString | Unset
        if isinstance(_reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = DtoValueOfString.from_dict(_reference_number)

        _hold = d.pop("hold", UNSET)
        hold: DtoValueOfBoolean | Unset
        if isinstance(_hold, Unset):
            hold = UNSET
        else:
            hold = DtoValueOfBoolean.from_dict(_hold)

        _application_date = d.pop("applicationDate", UNSET)
        application_date: DtoValueOfDateTime | Unset
        if isinstance(_application_date, Unset):
            application_date = UNSET
        else:
            application_date = DtoValueOfDateTime.from_dict(_application_date)

        _application_period = d.pop("applicationPeriod", UNSET)
        application_period: DtoValueOfString | Unset
        if isinstance(_application_period, Unset):
            application_period = UNSET
        else:
            application_period = DtoValueOfString.from_dict(_application_period)

        _payment_ref = d.pop("paymentRef", UNSET)
        payment_ref: DtoValueOfString | Unset
        if isinstance(_payment_ref, Unset):
            payment_ref = UNSET
        else:
            payment_ref = DtoValueOfString.from_dict(_payment_ref)

        _supplier = d.pop("supplier", UNSET)
        supplier: DtoValueOfString | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = DtoValueOfString.from_dict(_supplier)

        _location = d.pop("location", UNSET)
        location: DtoValueOfString | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = DtoValueOfString.from_dict(_location)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: DtoValueOfString | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = DtoValueOfString.from_dict(_payment_method)

        _cash_account = d.pop("cashAccount", UNSET)
        cash_account: DtoValueOfString | Unset
        if isinstance(_cash_account, Unset):
            cash_account = UNSET
        else:
            cash_account = DtoValueOfString.from_dict(_cash_account)

        _currency = d.pop("currency", UNSET)
        currency: DtoValueOfString | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = DtoValueOfString.from_dict(_currency)

        _description = d.pop("description", UNSET)
        description: DtoValueOfString | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = DtoValueOfString.from_dict(_description)

        _payment_amount = d.pop("paymentAmount", UNSET)
        payment_amount: DtoValueOfNullableOfDecimal | Unset
        if isinstance(_payment_amount, Unset):
            payment_amount = UNSET
        else:
            payment_amount = DtoValueOfNullableOfDecimal.from_dict(_payment_amount)

        _branch = d.pop("branch", UNSET)
        branch: DtoValueOfString | Unset
        if isinstance(_branch, Unset):
            branch = UNSET
        else:
            branch = DtoValueOfString.from_dict(_branch)

        _payment_lines = d.pop("paymentLines", UNSET)
        payment_lines: list[SupplierPaymentAdjustmentUpdateDto] | Unset = UNSET
        if _payment_lines is not UNSET:
            payment_lines = []
            for payment_lines_item_data in _payment_lines:
                payment_lines_item = SupplierPaymentAdjustmentUpdateDto.from_dict(payment_lines_item_data)

                payment_lines.append(payment_lines_item)

        _override_number_series = d.pop("overrideNumberSeries", UNSET)
        override_number_series: DtoValueOfBoolean | Unset
        if isinstance(_override_number_series, Unset):
            override_number_series = UNSET
        else:
            override_number_series = DtoValueOfBoolean.from_dict(_override_number_series)

        supplier_payment_update_dto = cls(
            type_=type_,
            reference_number=reference_number,
            hold=hold,
            application_date=application_date,
            application_period=application_period,
            payment_ref=payment_ref,
            supplier=supplier,
            location=location,
            payment_method=payment_method,
            cash_account=cash_account,
            currency=currency,
            description=description,
            payment_amount=payment_amount,
            branch=branch,
            payment_lines=payment_lines,
            override_number_series=override_number_series,
        )

        supplier_payment_update_dto.additional_properties = d
        return supplier_payment_update_dto

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
