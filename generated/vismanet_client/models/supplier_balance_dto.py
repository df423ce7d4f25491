from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class SupplierBalanceDto(GeneratedModel):
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

    supplier: SupplierDescriptionDto | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    unreleased_purchases_not_in_approval: WithoutWithVatDto | Unset | None = UNSET
    total_sent_for_approval: WithoutWithVatDto | Unset | None = UNSET
    total_purchase_invoice_period: WithoutWithVatDto | Unset | None = UNSET
    total_purchase_invoice_year: WithoutWithVatDto | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.supplier
        if _value is not UNSET:
            field_dict["supplier"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.balance
        if _value is not UNSET:
            field_dict["balance"] = _value
        _value = self.unreleased_purchases_not_in_approval
        if _value is not UNSET:
            field_dict["unreleasedPurchasesNotInApproval"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.total_sent_for_approval
        if _value is not UNSET:
            field_dict["totalSentForApproval"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.total_purchase_invoice_period
        if _value is not UNSET:
            field_dict["totalPurchaseInvoicePeriod"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.total_purchase_invoice_year
        if _value is not UNSET:
            field_dict["totalPurchaseInvoiceYear"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierBalanceDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("supplier", UNSET)
        self.supplier = (
            _models.SupplierDescriptionDto._vn_fill(_new(_models.SupplierDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.balance = _rest.pop("balance", UNSET)
        _value = _rest.pop("unreleasedPurchasesNotInApproval", UNSET)
        self.unreleased_purchases_not_in_approval = (
            _models.WithoutWithVatDto._vn_fill(_new(_models.WithoutWithVatDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("totalSentForApproval", UNSET)
        self.total_sent_for_approval = (
            _models.WithoutWithVatDto._vn_fill(_new(_models.WithoutWithVatDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("totalPurchaseInvoicePeriod", UNSET)
        self.total_purchase_invoice_period = (
            _models.WithoutWithVatDto._vn_fill(_new(_models.WithoutWithVatDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("totalPurchaseInvoiceYear", UNSET)
        self.total_purchase_invoice_year = (
            _models.WithoutWithVatDto._vn_fill(_new(_models.WithoutWithVatDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("supplier", "supplier", False, ("model", "SupplierDescriptionDto")),
        ("balance", "balance", False, "float"),
        (
            "unreleased_purchases_not_in_approval",
            "unreleasedPurchasesNotInApproval",
            False,
            ("model", "WithoutWithVatDto"),
        ),
        ("total_sent_for_approval", "totalSentForApproval", False, ("model", "WithoutWithVatDto")),
        ("total_purchase_invoice_period", "totalPurchaseInvoicePeriod", False, ("model", "WithoutWithVatDto")),
        ("total_purchase_invoice_year", "totalPurchaseInvoiceYear", False, ("model", "WithoutWithVatDto")),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(SupplierBalanceDto)
