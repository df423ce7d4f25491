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
    from ..models.vat_claimable_account_in_vat_gl_accounts_dto import VatClaimableAccountInVatGlAccountsDto
    from ..models.vat_claimable_subccount_in_vat_gl_accounts_dto import VatClaimableSubccountInVatGlAccountsDto
    from ..models.vat_payable_account_in_vat_gl_accounts_dto import VatPayableAccountInVatGlAccountsDto
    from ..models.vat_payable_subaccount_in_vat_gl_accounts_dto import VatPayableSubaccountInVatGlAccountsDto


T = TypeVar("T", bound="VatGlAccountsDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_payable_account",
    "vat_payable_subaccount",
    "vat_claimable_account",
    "vat_claimable_subccount",
)


@_attrs_define(repr=False)
class VatGlAccountsDto(GeneratedModel):
    """
    Attributes:
        vat_payable_account (VatPayableAccountInVatGlAccountsDto | Unset): Mandatory field: VAT payable account* &gt;
            The liability account that accumulates the VAT amounts to be paid to a tax agency for the VAT reporting period.
        vat_payable_subaccount (VatPayableSubaccountInVatGlAccountsDto | Unset): Mandatory field: VAT payable
            subaccount* &gt; The corresponding VAT payable subaccount.
        vat_claimable_account (VatClaimableAccountInVatGlAccountsDto | Unset): VAT Claimable account &gt; The account
            that accumulates the VAT amounts to be claimed from the tax agency for the VAT reporting period.
        vat_claimable_subccount (VatClaimableSubccountInVatGlAccountsDto | Unset): VAT claimable subaccount &gt; The
            corresponding tax claimable subaccount.
    """

    vat_payable_account: VatPayableAccountInVatGlAccountsDto | Unset | None = UNSET
    vat_payable_subaccount: VatPayableSubaccountInVatGlAccountsDto | Unset | None = UNSET
    vat_claimable_account: VatClaimableAccountInVatGlAccountsDto | Unset | None = UNSET
    vat_claimable_subccount: VatClaimableSubccountInVatGlAccountsDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.vat_payable_account
        if _value is not UNSET:
            field_dict["vatPayableAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_payable_subaccount
        if _value is not UNSET:
            field_dict["vatPayableSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_claimable_account
        if _value is not UNSET:
            field_dict["vatClaimableAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_claimable_subccount
        if _value is not UNSET:
            field_dict["vatClaimableSubccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VatGlAccountsDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("vatPayableAccount", UNSET)
        self.vat_payable_account = (
            _models.VatPayableAccountInVatGlAccountsDto._vn_fill(
                _new(_models.VatPayableAccountInVatGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatPayableSubaccount", UNSET)
        self.vat_payable_subaccount = (
            _models.VatPayableSubaccountInVatGlAccountsDto._vn_fill(
                _new(_models.VatPayableSubaccountInVatGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatClaimableAccount", UNSET)
        self.vat_claimable_account = (
            _models.VatClaimableAccountInVatGlAccountsDto._vn_fill(
                _new(_models.VatClaimableAccountInVatGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatClaimableSubccount", UNSET)
        self.vat_claimable_subccount = (
            _models.VatClaimableSubccountInVatGlAccountsDto._vn_fill(
                _new(_models.VatClaimableSubccountInVatGlAccountsDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("vat_payable_account", "vatPayableAccount", False, ("model", "VatPayableAccountInVatGlAccountsDto")),
        ("vat_payable_subaccount", "vatPayableSubaccount", False, ("model", "VatPayableSubaccountInVatGlAccountsDto")),
        ("vat_claimable_account", "vatClaimableAccount", False, ("model", "VatClaimableAccountInVatGlAccountsDto")),
        (
            "vat_claimable_subccount",
            "vatClaimableSubccount",
            False,
            ("model", "VatClaimableSubccountInVatGlAccountsDto"),
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


_Lazy = _lazy_twin(VatGlAccountsDto)
