from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_description_dto import SupplierDescriptionDto
    from ..models.without_with_vat_dto import WithoutWithVatDto


T = TypeVar("T", bound="SupplierBalanceDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "supplier",
    "balance",
    "unreleased_purchases_not_in_approval",
    "total_sent_for_approval",
    "total_purchase_invoice_period",
    "total_purchase_invoice_year",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
class SupplierBalanceDto:
    """
    Attributes:
        supplier (SupplierDescriptionDto | Unset):
        balance (float | Unset):
        unreleased_purchases_not_in_approval (WithoutWithVatDto | Unset):
        total_sent_for_approval (WithoutWithVatDto | Unset):
        total_purchase_invoice_period (WithoutWithVatDto | Unset):
        total_purchase_invoice_year (WithoutWithVatDto | Unset):
        last_modified_date_time (datetime.datetime | Unset):
    """

    supplier: SupplierDescriptionDto | Unset = UNSET
    balance: float | Unset = UNSET
    unreleased_purchases_not_in_approval: WithoutWithVatDto | Unset = UNSET
    total_sent_for_approval: WithoutWithVatDto | Unset = UNSET
    total_purchase_invoice_period: WithoutWithVatDto | Unset = UNSET
    total_purchase_invoice_year: WithoutWithVatDto | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        balance = self.balance

        unreleased_purchases_not_in_approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unreleased_purchases_not_in_approval, Unset):
            unreleased_purchases_not_in_approval = self.unreleased_purchases_not_in_approval.to_dict()

        total_sent_for_approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sent_for_approval, Unset):
            total_sent_for_approval = self.total_sent_for_approval.to_dict()

        total_purchase_invoice_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_purchase_invoice_period, Unset):
            total_purchase_invoice_period = self.total_purchase_invoice_period.to_dict()

        total_purchase_invoice_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_purchase_invoice_year, Unset):
            total_purchase_invoice_year = self.total_purchase_invoice_year.to_dict()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if balance is not UNSET:
            field_dict["balance"] = balance
        if unreleased_purchases_not_in_approval is not UNSET:
            field_dict["unreleasedPurchasesNotInApproval"] = unreleased_purchases_not_in_approval
        if total_sent_for_approval is not UNSET:
            field_dict["totalSentForApproval"] = total_sent_for_approval
        if total_purchase_invoice_period is not UNSET:
            field_dict["totalPurchaseInvoicePeriod"] = total_purchase_invoice_period
        if total_purchase_invoice_year is not UNSET:
            field_dict["totalPurchaseInvoiceYear"] = total_purchase_invoice_year
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("supplier", UNSET)
        _instance.supplier = UNSET if _value is UNSET else _models.SupplierDescriptionDto.from_dict(_value)
        _instance.balance = _rest.pop("balance", UNSET)
        _value = _rest.pop("unreleasedPurchasesNotInApproval", UNSET)
        _instance.unreleased_purchases_not_in_approval = (
            UNSET if _value is UNSET else _models.WithoutWithVatDto.from_dict(_value)
        )
        _value = _rest.pop("totalSentForApproval", UNSET)
        _instance.total_sent_for_approval = UNSET if _value is UNSET else _models.WithoutWithVatDto.from_dict(_value)
        _value = _rest.pop("totalPurchaseInvoicePeriod", UNSET)
        _instance.total_purchase_invoice_period = (
            UNSET if _value is UNSET else _models.WithoutWithVatDto.from_dict(_value)
        )
        _value = _rest.pop("totalPurchaseInvoiceYear", UNSET)
        _instance.total_purchase_invoice_year = (
            UNSET if _value is UNSET else _models.WithoutWithVatDto.from_dict(_value)
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
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
