from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_claimable_account_in_vat_gl_accounts_dto import VatClaimableAccountInVatGlAccountsDto
    from ..models.vat_claimable_subccount_in_vat_gl_accounts_dto import VatClaimableSubccountInVatGlAccountsDto
    from ..models.vat_payable_account_in_vat_gl_accounts_dto import VatPayableAccountInVatGlAccountsDto
    from ..models.vat_payable_subaccount_in_vat_gl_accounts_dto import VatPayableSubaccountInVatGlAccountsDto


T = TypeVar("T", bound="GlAccountsInVatInformationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_payable_account",
    "vat_payable_subaccount",
    "vat_claimable_account",
    "vat_claimable_subccount",
)


@_attrs_define(repr=False)
class GlAccountsInVatInformationDto:
    """General ledger accounts &gt;

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

    vat_payable_account: VatPayableAccountInVatGlAccountsDto | Unset = UNSET
    vat_payable_subaccount: VatPayableSubaccountInVatGlAccountsDto | Unset = UNSET
    vat_claimable_account: VatClaimableAccountInVatGlAccountsDto | Unset = UNSET
    vat_claimable_subccount: VatClaimableSubccountInVatGlAccountsDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_payable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_payable_account, Unset):
            vat_payable_account = self.vat_payable_account.to_dict()

        vat_payable_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_payable_subaccount, Unset):
            vat_payable_subaccount = self.vat_payable_subaccount.to_dict()

        vat_claimable_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_claimable_account, Unset):
            vat_claimable_account = self.vat_claimable_account.to_dict()

        vat_claimable_subccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_claimable_subccount, Unset):
            vat_claimable_subccount = self.vat_claimable_subccount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_payable_account is not UNSET:
            field_dict["vatPayableAccount"] = vat_payable_account
        if vat_payable_subaccount is not UNSET:
            field_dict["vatPayableSubaccount"] = vat_payable_subaccount
        if vat_claimable_account is not UNSET:
            field_dict["vatClaimableAccount"] = vat_claimable_account
        if vat_claimable_subccount is not UNSET:
            field_dict["vatClaimableSubccount"] = vat_claimable_subccount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("vatPayableAccount", UNSET)
        _instance.vat_payable_account = (
            UNSET if _value is UNSET else _models.VatPayableAccountInVatGlAccountsDto.from_dict(_value)
        )
        _value = _rest.pop("vatPayableSubaccount", UNSET)
        _instance.vat_payable_subaccount = (
            UNSET if _value is UNSET else _models.VatPayableSubaccountInVatGlAccountsDto.from_dict(_value)
        )
        _value = _rest.pop("vatClaimableAccount", UNSET)
        _instance.vat_claimable_account = (
            UNSET if _value is UNSET else _models.VatClaimableAccountInVatGlAccountsDto.from_dict(_value)
        )
        _value = _rest.pop("vatClaimableSubccount", UNSET)
        _instance.vat_claimable_subccount = (
            UNSET if _value is UNSET else _models.VatClaimableSubccountInVatGlAccountsDto.from_dict(_value)
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
