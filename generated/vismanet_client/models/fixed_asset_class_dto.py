from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounts_in_fixed_asset_class_dto import AccountsInFixedAssetClassDto
    from ..models.book_settings_in_fixed_asset_class_dto import BookSettingsInFixedAssetClassDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="FixedAssetClassDto")


@_attrs_define
class FixedAssetClassDto:
    """This class represents an attribute in FixedAssetClass. Used for getting data.

    Attributes:
        class_id (str | Unset): The id that identifies this fixed asset class
        record_type (str | Unset): The type of the record. This value is 'C' for fixed asset classes
        description (str | Unset): The description of this fixed asset class
        active (bool | Unset): Indicates whether this fixed asset class is active or not
        asset_type_id (str | Unset): The type id of this fixed asset class
        is_tangible (bool | Unset): Indicates whether the fixed asset using this fixed asset class is tangible or not by
            default
        depreciable (bool | Unset): Indicates whether the fixed asset using this fixed asset class can be depreciated or
            not by default
        useful_life (float | Unset): Default useful life in years of the fixed asset using this fixed asset class
        accelerated_depreciation (bool | Unset): Indicates whether the fixed asset using this fixed asset class will use
            accelerated depreciation depending on selected depreciation method
        book_settings (BookSettingsInFixedAssetClassDto | Unset): Default book settings for the fixed asset using this
            fixed asset class
        accounts (AccountsInFixedAssetClassDto | Unset): Default accounts for the fixed asset using this fixed asset
            class
        sub_account_mask (str | Unset): The sub account mask for this fixed asset class
        accumulated_depreciation_sub_account_mask (str | Unset): The accumulated depreciation sub account mask for this
            fixed asset class
        depreciated_expense_sub_account_mask (str | Unset): The depreciated expense sub account mask for this fixed
            asset class
        proceed_sub_account_mask (str | Unset): The proceed sub account mask for this fixed asset class
        gain_loss_sub_account_mask (str | Unset): The gain/loss sub account mask for this fixed asset class
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    class_id: str | Unset = UNSET
    record_type: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    asset_type_id: str | Unset = UNSET
    is_tangible: bool | Unset = UNSET
    depreciable: bool | Unset = UNSET
    useful_life: float | Unset = UNSET
    accelerated_depreciation: bool | Unset = UNSET
    book_settings: BookSettingsInFixedAssetClassDto | Unset = UNSET
    accounts: AccountsInFixedAssetClassDto | Unset = UNSET
    sub_account_mask: str | Unset = UNSET
    accumulated_depreciation_sub_account_mask: str | Unset = UNSET
    depreciated_expense_sub_account_mask: str | Unset = UNSET
    proceed_sub_account_mask: str | Unset = UNSET
    gain_loss_sub_account_mask: str | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_id = self.class_id

        record_type = self.record_type

        description = self.description

        active = self.active

        asset_type_id = self.asset_type_id

        is_tangible = self.is_tangible

        depreciable = self.depreciable

        useful_life = self.useful_life

        accelerated_depreciation = self.accelerated_depreciation

        book_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.book_settings, Unset):
            book_settings = self.book_settings.to_dict()

        accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts.to_dict()

        sub_account_mask = self.sub_account_mask

        accumulated_depreciation_sub_account_mask = self.accumulated_depreciation_sub_account_mask

        depreciated_expense_sub_account_mask = self.depreciated_expense_sub_account_mask

        proceed_sub_account_mask = self.proceed_sub_account_mask

        gain_loss_sub_account_mask = self.gain_loss_sub_account_mask

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if class_id is not UNSET:
            field_dict["classID"] = class_id
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if asset_type_id is not UNSET:
            field_dict["assetTypeID"] = asset_type_id
        if is_tangible is not UNSET:
            field_dict["isTangible"] = is_tangible
        if depreciable is not UNSET:
            field_dict["depreciable"] = depreciable
        if useful_life is not UNSET:
            field_dict["usefulLife"] = useful_life
        if accelerated_depreciation is not UNSET:
            field_dict["acceleratedDepreciation"] = accelerated_depreciation
        if book_settings is not UNSET:
            field_dict["bookSettings"] = book_settings
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if sub_account_mask is not UNSET:
            field_dict["subAccountMask"] = sub_account_mask
        if accumulated_depreciation_sub_account_mask is not UNSET:
            field_dict["accumulatedDepreciationSubAccountMask"] = accumulated_depreciation_sub_account_mask
        if depreciated_expense_sub_account_mask is not UNSET:
            field_dict["depreciatedExpenseSubAccountMask"] = depreciated_expense_sub_account_mask
        if proceed_sub_account_mask is not UNSET:
            field_dict["proceedSubAccountMask"] = proceed_sub_account_mask
        if gain_loss_sub_account_mask is not UNSET:
            field_dict["gainLossSubAccountMask"] = gain_loss_sub_account_mask
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.accounts_in_fixed_asset_class_dto import AccountsInFixedAssetClassDto
        from ..models.book_settings_in_fixed_asset_class_dto import BookSettingsInFixedAssetClassDto
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        class_id = d.pop("classID", UNSET)

        record_type = d.pop("recordType", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        asset_type_id = d.pop("assetTypeID", UNSET)

        is_tangible = d.pop("isTangible", UNSET)

        depreciable = d.pop("depreciable", UNSET)

        useful_life = d.pop("usefulLife", UNSET)

        accelerated_depreciation = d.pop("acceleratedDepreciation", UNSET)

        _book_settings = d.pop("bookSettings", UNSET)
        book_settings: BookSettingsInFixedAssetClassDto | Unset
        if isinstance(_book_settings, Unset):
            book_settings = UNSET
        else:
            book_settings = BookSettingsInFixedAssetClassDto.from_dict(_book_settings)

        _accounts = d.pop("accounts", UNSET)
        accounts: AccountsInFixedAssetClassDto | Unset
        if isinstance(_accounts, Unset):
            accounts = UNSET
        else:
            accounts = AccountsInFixedAssetClassDto.from_dict(_accounts)

        sub_account_mask = d.pop("subAccountMask", UNSET)

        accumulated_depreciation_sub_account_mask = d.pop("accumulatedDepreciationSubAccountMask", UNSET)

        depreciated_expense_sub_account_mask = d.pop("depreciatedExpenseSubAccountMask", UNSET)

        proceed_sub_account_mask = d.pop("proceedSubAccountMask", UNSET)

        gain_loss_sub_account_mask = d.pop("gainLossSubAccountMask", UNSET)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        fixed_asset_class_dto = cls(
            class_id=class_id,
            record_type=record_type,
            description=description,
            active=active,
            asset_type_id=asset_type_id,
            is_tangible=is_tangible,
            depreciable=depreciable,
            useful_life=useful_life,
            accelerated_depreciation=accelerated_depreciation,
            book_settings=book_settings,
            accounts=accounts,
            sub_account_mask=sub_account_mask,
            accumulated_depreciation_sub_account_mask=accumulated_depreciation_sub_account_mask,
            depreciated_expense_sub_account_mask=depreciated_expense_sub_account_mask,
            proceed_sub_account_mask=proceed_sub_account_mask,
            gain_loss_sub_account_mask=gain_loss_sub_account_mask,
            error_info=error_info,
            metadata=metadata,
        )

        fixed_asset_class_dto.additional_properties = d
        return fixed_asset_class_dto

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
