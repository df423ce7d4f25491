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
    from ..models.account_number_type_description_dto import AccountNumberTypeDescriptionDto
    from ..models.sub_account_dto import SubAccountDto


T = TypeVar("T", bound="GlAccountsInCustomerDto")

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
class GlAccountsInCustomerDto(GeneratedModel):
    """Information collected from the system. Some accounts visible in window, some not.

    Attributes:
        customer_ledger_account (AccountNumberTypeDescriptionDto | Unset):
        customer_ledger_subaccount (SubAccountDto | Unset):
        sales_account (AccountNumberTypeDescriptionDto | Unset):
        sales_non_taxable_account (AccountNumberTypeDescriptionDto | Unset):
        sales_eu_account (AccountNumberTypeDescriptionDto | Unset):
        sales_export_account (AccountNumberTypeDescriptionDto | Unset):
        sales_subaccount (SubAccountDto | Unset):
        discount_account (AccountNumberTypeDescriptionDto | Unset):
        discount_subaccount (SubAccountDto | Unset):
        freight_account (AccountNumberTypeDescriptionDto | Unset):
        freight_subaccount (SubAccountDto | Unset):
        cash_discount_account (AccountNumberTypeDescriptionDto | Unset):
        cash_discount_subaccount (SubAccountDto | Unset):
        prepayment_account (AccountNumberTypeDescriptionDto | Unset):
        prepayment_subaccount (SubAccountDto | Unset):
    """

    customer_ledger_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    customer_ledger_subaccount: SubAccountDto | Unset | None = UNSET
    sales_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    sales_non_taxable_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    sales_eu_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    sales_export_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    sales_subaccount: SubAccountDto | Unset | None = UNSET
    discount_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    discount_subaccount: SubAccountDto | Unset | None = UNSET
    freight_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    freight_subaccount: SubAccountDto | Unset | None = UNSET
    cash_discount_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    cash_discount_subaccount: SubAccountDto | Unset | None = UNSET
    prepayment_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    prepayment_subaccount: SubAccountDto | Unset | None = UNSET
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
            field_dict["customerLedgerSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
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
            field_dict["salesSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_account
        if _value is not UNSET:
            field_dict["discountAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.discount_subaccount
        if _value is not UNSET:
            field_dict["discountSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.freight_account
        if _value is not UNSET:
            field_dict["freightAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.freight_subaccount
        if _value is not UNSET:
            field_dict["freightSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_account
        if _value is not UNSET:
            field_dict["cashDiscountAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.cash_discount_subaccount
        if _value is not UNSET:
            field_dict["cashDiscountSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prepayment_account
        if _value is not UNSET:
            field_dict["prepaymentAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.prepayment_subaccount
        if _value is not UNSET:
            field_dict["prepaymentSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not GlAccountsInCustomerDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("customerLedgerAccount", UNSET)
        self.customer_ledger_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("customerLedgerSubaccount", UNSET)
        self.customer_ledger_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("salesAccount", UNSET)
        self.sales_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesNonTaxableAccount", UNSET)
        self.sales_non_taxable_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesEuAccount", UNSET)
        self.sales_eu_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesExportAccount", UNSET)
        self.sales_export_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("salesSubaccount", UNSET)
        self.sales_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("discountAccount", UNSET)
        self.discount_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("discountSubaccount", UNSET)
        self.discount_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("freightAccount", UNSET)
        self.freight_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("freightSubaccount", UNSET)
        self.freight_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("cashDiscountAccount", UNSET)
        self.cash_discount_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("cashDiscountSubaccount", UNSET)
        self.cash_discount_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        _value = _rest.pop("prepaymentAccount", UNSET)
        self.prepayment_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("prepaymentSubaccount", UNSET)
        self.prepayment_subaccount = (
            _models.SubAccountDto._vn_fill(_new(_models.SubAccountDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("customer_ledger_account", "customerLedgerAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("customer_ledger_subaccount", "customerLedgerSubaccount", False, ("model", "SubAccountDto")),
        ("sales_account", "salesAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("sales_non_taxable_account", "salesNonTaxableAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("sales_eu_account", "salesEuAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("sales_export_account", "salesExportAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("sales_subaccount", "salesSubaccount", False, ("model", "SubAccountDto")),
        ("discount_account", "discountAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("discount_subaccount", "discountSubaccount", False, ("model", "SubAccountDto")),
        ("freight_account", "freightAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("freight_subaccount", "freightSubaccount", False, ("model", "SubAccountDto")),
        ("cash_discount_account", "cashDiscountAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("cash_discount_subaccount", "cashDiscountSubaccount", False, ("model", "SubAccountDto")),
        ("prepayment_account", "prepaymentAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("prepayment_subaccount", "prepaymentSubaccount", False, ("model", "SubAccountDto")),
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


_Lazy = _lazy_twin(GlAccountsInCustomerDto)
