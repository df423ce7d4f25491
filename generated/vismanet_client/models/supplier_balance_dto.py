from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supplier_description_dto import SupplierDescriptionDto
    from ..models.without_with_vat_dto import WithoutWithVatDto


T = TypeVar("T", bound="SupplierBalanceDto")


@_attrs_define
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
        from ..models.supplier_description_dto import SupplierDescriptionDto
        from ..models.without_with_vat_dto import WithoutWithVatDto

        d = dict(src_dict)
        _supplier = d.pop("supplier", UNSET)
        supplier: SupplierDescriptionDto | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = SupplierDescriptionDto.from_dict(_supplier)

        balance = d.pop("balance", UNSET)

        _unreleased_purchases_not_in_approval = d.pop("unreleasedPurchasesNotInApproval", UNSET)
        unreleased_purchases_not_in_approval: WithoutWithVatDto | Unset
        if isinstance(_unreleased_purchases_not_in_approval, Unset):
            unreleased_purchases_not_in_approval = UNSET
        else:
            unreleased_purchases_not_in_approval = WithoutWithVatDto.from_dict(_unreleased_purchases_not_in_approval)

        _total_sent_for_approval = d.pop("totalSentForApproval", UNSET)
        total_sent_for_approval: WithoutWithVatDto | Unset
        if isinstance(_total_sent_for_approval, Unset):
            total_sent_for_approval = UNSET
        else:
            total_sent_for_approval = WithoutWithVatDto.from_dict(_total_sent_for_approval)

        _total_purchase_invoice_period = d.pop("totalPurchaseInvoicePeriod", UNSET)
        total_purchase_invoice_period: WithoutWithVatDto | Unset
        if isinstance(_total_purchase_invoice_period, Unset):
            total_purchase_invoice_period = UNSET
        else:
            total_purchase_invoice_period = WithoutWithVatDto.from_dict(_total_purchase_invoice_period)

        _total_purchase_invoice_year = d.pop("totalPurchaseInvoiceYear", UNSET)
        total_purchase_invoice_year: WithoutWithVatDto | Unset
        if isinstance(_total_purchase_invoice_year, Unset):
            total_purchase_invoice_year = UNSET
        else:
            total_purchase_invoice_year = WithoutWithVatDto.from_dict(_total_purchase_invoice_year)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        supplier_balance_dto = cls(
            supplier=supplier,
            balance=balance,
            unreleased_purchases_not_in_approval=unreleased_purchases_not_in_approval,
            total_sent_for_approval=total_sent_for_approval,
            total_purchase_invoice_period=total_purchase_invoice_period,
            total_purchase_invoice_year=total_purchase_invoice_year,
            last_modified_date_time=last_modified_date_time,
        )

        supplier_balance_dto.additional_properties = d
        return supplier_balance_dto

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
