from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_claimable_account_in_vat_gl_accounts_dto import VatClaimableAccountInVatGlAccountsDto
    from ..models.vat_claimable_subccount_in_vat_gl_accounts_dto import VatClaimableSubccountInVatGlAccountsDto
    from ..models.vat_payable_account_in_vat_gl_accounts_dto import VatPayableAccountInVatGlAccountsDto
    from ..models.vat_payable_subaccount_in_vat_gl_accounts_dto import VatPayableSubaccountInVatGlAccountsDto


T = TypeVar("T", bound="VatGlAccountsDto")


@_attrs_define
class VatGlAccountsDto:
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
        from ..models.vat_claimable_account_in_vat_gl_accounts_dto import VatClaimableAccountInVatGlAccountsDto
        from ..models.vat_claimable_subccount_in_vat_gl_accounts_dto import VatClaimableSubccountInVatGlAccountsDto
        from ..models.vat_payable_account_in_vat_gl_accounts_dto import VatPayableAccountInVatGlAccountsDto
        from ..models.vat_payable_subaccount_in_vat_gl_accounts_dto import VatPayableSubaccountInVatGlAccountsDto

        d = dict(src_dict)
        _vat_payable_account = d.pop("vatPayableAccount", UNSET)
        vat_payable_account: VatPayableAccountInVatGlAccountsDto | Unset
        if isinstance(_vat_payable_account, Unset):
            vat_payable_account = UNSET
        else:
            vat_payable_account = VatPayableAccountInVatGlAccountsDto.from_dict(_vat_payable_account)

        _vat_payable_subaccount = d.pop("vatPayableSubaccount", UNSET)
        vat_payable_subaccount: VatPayableSubaccountInVatGlAccountsDto | Unset
        if isinstance(_vat_payable_subaccount, Unset):
            vat_payable_subaccount = UNSET
        else:
            vat_payable_subaccount = VatPayableSubaccountInVatGlAccountsDto.from_dict(_vat_payable_subaccount)

        _vat_claimable_account = d.pop("vatClaimableAccount", UNSET)
        vat_claimable_account: VatClaimableAccountInVatGlAccountsDto | Unset
        if isinstance(_vat_claimable_account, Unset):
            vat_claimable_account = UNSET
        else:
            vat_claimable_account = VatClaimableAccountInVatGlAccountsDto.from_dict(_vat_claimable_account)

        _vat_claimable_subccount = d.pop("vatClaimableSubccount", UNSET)
        vat_claimable_subccount: VatClaimableSubccountInVatGlAccountsDto | Unset
        if isinstance(_vat_claimable_subccount, Unset):
            vat_claimable_subccount = UNSET
        else:
            vat_claimable_subccount = VatClaimableSubccountInVatGlAccountsDto.from_dict(_vat_claimable_subccount)

        vat_gl_accounts_dto = cls(
            vat_payable_account=vat_payable_account,
            vat_payable_subaccount=vat_payable_subaccount,
            vat_claimable_account=vat_claimable_account,
            vat_claimable_subccount=vat_claimable_subccount,
        )

        vat_gl_accounts_dto.additional_properties = d
        return vat_gl_accounts_dto

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
