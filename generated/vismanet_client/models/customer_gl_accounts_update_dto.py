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
    from ..models.dto_value_of_string import DtoValueOfString
    from ..models.segment_update_dto import SegmentUpdateDto


T = TypeVar("T", bound="CustomerGlAccountsUpdateDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "customer_ledger_account",
    "customer_ledger_subaccount",
    "sales_account",
    "sales_non_taxable_account",
    "sales_eu_account",
    "sales_export_account",
    "sales_subaccount",
    "discount_account",
    "discount_subaccount",
    "freight_account",
    "freight_subaccount",
    "cash_discount_account",
    "cash_discount_subaccount",
    "prepayment_account",
    "prepayment_subaccount",
)


@_attrs_define(repr=False)
class CustomerGlAccountsUpdateDto(GeneratedModel):
    """
    Attributes:
        customer_ledger_account (DtoValueOfString | Unset):
        customer_ledger_subaccount (list[SegmentUpdateDto] | Unset):
        sales_account (DtoValueOfString | Unset):
        sales_non_taxable_account (DtoValueOfString | Unset):
        sales_eu_account (DtoValueOfString | Unset):
        sales_export_account (DtoValueOfString | Unset):
        sales_subaccount (list[SegmentUpdateDto] | Unset):
        discount_account (DtoValueOfString | Unset):
        discount_subaccount (list[SegmentUpdateDto] | Unset):
        freight_account (DtoValueOfString | Unset):
        freight_subaccount (list[SegmentUpdateDto] | Unset):
        cash_discount_account (DtoValueOfString | Unset):
        cash_discount_subaccount (list[SegmentUpdateDto] | Unset):
        prepayment_account (DtoValueOfString | Unset):
        prepayment_subaccount (list[SegmentUpdateDto] | Unset):
    """

    customer_ledger_account: DtoValueOfString | Unset | None = UNSET
    customer_ledger_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    sales_account: DtoValueOfString | Unset | None = UNSET
    sales_non_taxable_account: DtoValueOfString | Unset | None = UNSET
    sales_eu_account: DtoValueOfString | Unset | None = UNSET
    sales_export_account: DtoValueOfString | Unset | None = UNSET
    sales_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    discount_account: DtoValueOfString | Unset | None = UNSET
    discount_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    freight_account: DtoValueOfString | Unset | None = UNSET
    freight_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    cash_discount_account: DtoValueOfString | Unset | None = UNSET
    cash_discount_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    prepayment_account: DtoValueOfString | Unset | None = UNSET
    prepayment_subaccount: list[SegmentUpdateDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.customer_ledger_account
        if _value is not UNSET:
            field_dict["customerLedgerAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.customer_ledger_subaccount
        if _value is not UNSET:
            field_dict["customerLedgerSubaccount"] = (
                [
                    customer_ledger_subaccount_item_data.to_dict()
                    if isinstance(customer_ledger_subaccount_item_data, GeneratedModel)
                    else customer_ledger_subaccount_item_data
                    for customer_ledger_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.sales_account
        if _value is not UNSET:
            field_dict["salesAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_non_taxable_account
        if _value is not UNSET:
            field_dict["salesNonTaxableAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_eu_account
        if _value is not UNSET:
            field_dict["salesEuAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_export_account
        if _value is not UNSET:
            field_dict["salesExportAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.sales_subaccount
        if _value is not UNSET:
            field_dict["salesSubaccount"] = (
                [
                    sales_subaccount_item_data.to_dict()
                    if isinstance(sales_subaccount_item_data, GeneratedModel)
                    else sales_subaccount_item_data
                    for sales_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.discount_account
        if _value is not UNSET:
            field_dict["discountAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_subaccount
        if _value is not UNSET:
            field_dict["discountSubaccount"] = (
                [
                    discount_subaccount_item_data.to_dict()
                    if isinstance(discount_subaccount_item_data, GeneratedModel)
                    else discount_subaccount_item_data
                    for discount_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.freight_account
        if _value is not UNSET:
            field_dict["freightAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.freight_subaccount
        if _value is not UNSET:
            field_dict["freightSubaccount"] = (
                [
                    freight_subaccount_item_data.to_dict()
                    if isinstance(freight_subaccount_item_data, GeneratedModel)
                    else freight_subaccount_item_data
                    for freight_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.cash_discount_account
        if _value is not UNSET:
            field_dict["cashDiscountAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_subaccount
        if _value is not UNSET:
            field_dict["cashDiscountSubaccount"] = (
                [
                    cash_discount_subaccount_item_data.to_dict()
                    if isinstance(cash_discount_subaccount_item_data, GeneratedModel)
                    else cash_discount_subaccount_item_data
                    for cash_discount_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.prepayment_account
        if _value is not UNSET:
            field_dict["prepaymentAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prepayment_subaccount
        if _value is not UNSET:
            field_dict["prepaymentSubaccount"] = (
                [
                    prepayment_subaccount_item_data.to_dict()
                    if isinstance(prepayment_subaccount_item_data, GeneratedModel)
                    else prepayment_subaccount_item_data
                    for prepayment_subaccount_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerGlAccountsUpdateDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("customerLedgerAccount", UNSET)
        self.customer_ledger_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerLedgerSubaccount", UNSET)
        self.customer_ledger_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), customer_ledger_subaccount_item_data)
                if isinstance(customer_ledger_subaccount_item_data, dict)
                else customer_ledger_subaccount_item_data
                for customer_ledger_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        self.sales_non_taxable_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesEuAccount", UNSET)
        self.sales_eu_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesExportAccount", UNSET)
        self.sales_export_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        self.sales_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), sales_subaccount_item_data)
                if isinstance(sales_subaccount_item_data, dict)
                else sales_subaccount_item_data
                for sales_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("discountAccount", UNSET)
        self.discount_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountSubaccount", UNSET)
        self.discount_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), discount_subaccount_item_data)
                if isinstance(discount_subaccount_item_data, dict)
                else discount_subaccount_item_data
                for discount_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("freightAccount", UNSET)
        self.freight_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("freightSubaccount", UNSET)
        self.freight_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), freight_subaccount_item_data)
                if isinstance(freight_subaccount_item_data, dict)
                else freight_subaccount_item_data
                for freight_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("cashDiscountAccount", UNSET)
        self.cash_discount_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashDiscountSubaccount", UNSET)
        self.cash_discount_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), cash_discount_subaccount_item_data)
                if isinstance(cash_discount_subaccount_item_data, dict)
                else cash_discount_subaccount_item_data
                for cash_discount_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("prepaymentAccount", UNSET)
        self.prepayment_account = (
            _models.DtoValueOfString._vn_fill(_new(_models.DtoValueOfString), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("prepaymentSubaccount", UNSET)
        self.prepayment_subaccount = (
            [
                _models.SegmentUpdateDto._vn_fill(_new(_models.SegmentUpdateDto), prepayment_subaccount_item_data)
                if isinstance(prepayment_subaccount_item_data, dict)
                else prepayment_subaccount_item_data
                for prepayment_subaccount_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("customer_ledger_account", "customerLedgerAccount", False, ("model", "DtoValueOfString")),
        ("customer_ledger_subaccount", "customerLedgerSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("sales_account", "salesAccount", False, ("model", "DtoValueOfString")),
        ("sales_non_taxable_account", "salesNonTaxableAccount", False, ("model", "DtoValueOfString")),
        ("sales_eu_account", "salesEuAccount", False, ("model", "DtoValueOfString")),
        ("sales_export_account", "salesExportAccount", False, ("model", "DtoValueOfString")),
        ("sales_subaccount", "salesSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("discount_account", "discountAccount", False, ("model", "DtoValueOfString")),
        ("discount_subaccount", "discountSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("freight_account", "freightAccount", False, ("model", "DtoValueOfString")),
        ("freight_subaccount", "freightSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("cash_discount_account", "cashDiscountAccount", False, ("model", "DtoValueOfString")),
        ("cash_discount_subaccount", "cashDiscountSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
        ("prepayment_account", "prepaymentAccount", False, ("model", "DtoValueOfString")),
        ("prepayment_subaccount", "prepaymentSubaccount", False, ("list", ("model", "SegmentUpdateDto"))),
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


_Lazy = _lazy_twin(CustomerGlAccountsUpdateDto)
