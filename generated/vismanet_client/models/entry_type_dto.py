from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_type_dto_disable_receipt import EntryTypeDtoDisableReceipt, check_entry_type_dto_disable_receipt
from ..models.entry_type_dto_tax_calculation_mode import (
    EntryTypeDtoTaxCalculationMode,
    check_entry_type_dto_tax_calculation_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_account_in_entry_type_dto import BusinessAccountInEntryTypeDto
    from ..models.default_offset_account_branch_in_entry_type_dto import DefaultOffsetAccountBranchInEntryTypeDto
    from ..models.default_offset_account_in_entry_type_dto import DefaultOffsetAccountInEntryTypeDto
    from ..models.default_offset_subaccount_in_entry_type_dto import DefaultOffsetSubaccountInEntryTypeDto
    from ..models.offset_account_branch_in_entry_type_dto import OffsetAccountBranchInEntryTypeDto
    from ..models.offset_account_override_in_entry_type_dto import OffsetAccountOverrideInEntryTypeDto
    from ..models.offset_subaccount_override_in_entry_type_dto import OffsetSubaccountOverrideInEntryTypeDto
    from ..models.reclasification_account_in_entry_type_dto import ReclasificationAccountInEntryTypeDto
    from ..models.reclasification_account_override_in_entry_type_dto import ReclasificationAccountOverrideInEntryTypeDto
    from ..models.vat_zone_in_entry_type_dto import VatZoneInEntryTypeDto


T = TypeVar("T", bound="EntryTypeDto")


@_attrs_define
class EntryTypeDto:
    """
    Attributes:
        entry_type_id (str | Unset): Entry type ID* &gt; The entry type, selected by its identifier.
        disable_receipt (EntryTypeDtoDisableReceipt | Unset): Disb/receipt &gt; The basic type of cash transaction
            designated by this entry type: Receipt or Disbursement.
        module (str | Unset): Module &gt; The way the entry type is used in the system.
        default_offset_account_branch (DefaultOffsetAccountBranchInEntryTypeDto | Unset): The branch to which the
            default offset account belongs.
        default_offset_account (DefaultOffsetAccountInEntryTypeDto | Unset): Default offset account &gt; The account
            that is used by default as the offset account for this entry type.
        default_offset_subaccount (DefaultOffsetSubaccountInEntryTypeDto | Unset): Default offset subaccount &gt; The
            corresponding subaccount.
        reclasification_account (ReclasificationAccountInEntryTypeDto | Unset): Reclassification account &gt;  &gt; The
            cash account that is used to temporary hold payments that came to the bank account but cannot be entered as
            valid payments because the customer or supplier is unknown.
            The parameter is used together with the Use for payments reclassification check box.
        business_account (BusinessAccountInEntryTypeDto | Unset): Business account &gt; The supplier account, if the
            entry type is used to record transactions that involve a particular supplier, or the customer account,
            if the entry type is used to record transactions that involve a particular customer.
        description (str | Unset): Description &gt; A detailed description of the entry type that is used as transaction
            description by default.
        use_for_payments_reclasification (bool | Unset): A check box that you select if this entry type is used to
            record unknown payments that need to be reclassified later.
        reclasification_account_override (ReclasificationAccountOverrideInEntryTypeDto | Unset): The account that should
            be used instead of the reclassification account specified as the default one on the Entry types tab.
        offset_account_override (OffsetAccountOverrideInEntryTypeDto | Unset): Reclassification account override &gt;
            The account that should be used as the offset account for this entry type with this cash account instead of the
            default offset account specified on the Entry types tab.
            We recommend that for the disbursement type of transaction, you specify an expense account. For the receipt type
            of transaction, specify an asset account.
        offset_subaccount_override (OffsetSubaccountOverrideInEntryTypeDto | Unset): Offset account override &gt; The
            subaccount for this entry type to be used with this cash account instead of the default offset subaccount
            specified in the Entry types window.
        offset_account_branch (OffsetAccountBranchInEntryTypeDto | Unset): Default offset account branch &gt; The branch
            to which the overriding offset account belongs.
        vat_zone (VatZoneInEntryTypeDto | Unset): VAT zone &gt; The VAT zone to be used by default with this entry type.
        tax_calculation_mode (EntryTypeDtoTaxCalculationMode | Unset): Tax calculation mode &gt; The tax calculation
            mode to be used by default with this entry type
        last_modified_date_time (datetime.datetime | Unset):
    """

    entry_type_id: str | Unset = UNSET
    disable_receipt: EntryTypeDtoDisableReceipt | Unset = UNSET
    module: str | Unset = UNSET
    default_offset_account_branch: DefaultOffsetAccountBranchInEntryTypeDto | Unset = UNSET
    default_offset_account: DefaultOffsetAccountInEntryTypeDto | Unset = UNSET
    default_offset_subaccount: DefaultOffsetSubaccountInEntryTypeDto | Unset = UNSET
    reclasification_account: ReclasificationAccountInEntryTypeDto | Unset = UNSET
    business_account: BusinessAccountInEntryTypeDto | Unset = UNSET
    description: str | Unset = UNSET
    use_for_payments_reclasification: bool | Unset = UNSET
    reclasification_account_override: ReclasificationAccountOverrideInEntryTypeDto | Unset = UNSET
    offset_account_override: OffsetAccountOverrideInEntryTypeDto | Unset = UNSET
    offset_subaccount_override: OffsetSubaccountOverrideInEntryTypeDto | Unset = UNSET
    offset_account_branch: OffsetAccountBranchInEntryTypeDto | Unset = UNSET
    vat_zone: VatZoneInEntryTypeDto | Unset = UNSET
    tax_calculation_mode: EntryTypeDtoTaxCalculationMode | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_type_id = self.entry_type_id

        disable_receipt: str | Unset = UNSET
        if not isinstance(self.disable_receipt, Unset):
            disable_receipt = self.disable_receipt

        module = self.module

        default_offset_account_branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_offset_account_branch, Unset):
            default_offset_account_branch = self.default_offset_account_branch.to_dict()

        default_offset_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_offset_account, Unset):
            default_offset_account = self.default_offset_account.to_dict()

        default_offset_subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_offset_subaccount, Unset):
            default_offset_subaccount = self.default_offset_subaccount.to_dict()

        reclasification_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reclasification_account, Unset):
            reclasification_account = self.reclasification_account.to_dict()

        business_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_account, Unset):
            business_account = self.business_account.to_dict()

        description = self.description

        use_for_payments_reclasification = self.use_for_payments_reclasification

        reclasification_account_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reclasification_account_override, Unset):
            reclasification_account_override = self.reclasification_account_override.to_dict()

        offset_account_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_account_override, Unset):
            offset_account_override = self.offset_account_override.to_dict()

        offset_subaccount_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_subaccount_override, Unset):
            offset_subaccount_override = self.offset_subaccount_override.to_dict()

        offset_account_branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_account_branch, Unset):
            offset_account_branch = self.offset_account_branch.to_dict()

        vat_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_zone, Unset):
            vat_zone = self.vat_zone.to_dict()

        tax_calculation_mode: str | Unset = UNSET
        if not isinstance(self.tax_calculation_mode, Unset):
            tax_calculation_mode = self.tax_calculation_mode

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entry_type_id is not UNSET:
            field_dict["entryTypeId"] = entry_type_id
        if disable_receipt is not UNSET:
            field_dict["disableReceipt"] = disable_receipt
        if module is not UNSET:
            field_dict["module"] = module
        if default_offset_account_branch is not UNSET:
            field_dict["defaultOffsetAccountBranch"] = default_offset_account_branch
        if default_offset_account is not UNSET:
            field_dict["defaultOffsetAccount"] = default_offset_account
        if default_offset_subaccount is not UNSET:
            field_dict["defaultOffsetSubaccount"] = default_offset_subaccount
        if reclasification_account is not UNSET:
            field_dict["reclasificationAccount"] = reclasification_account
        if business_account is not UNSET:
            field_dict["businessAccount"] = business_account
        if description is not UNSET:
            field_dict["description"] = description
        if use_for_payments_reclasification is not UNSET:
            field_dict["useForPaymentsReclasification"] = use_for_payments_reclasification
        if reclasification_account_override is not UNSET:
            field_dict["reclasificationAccountOverride"] = reclasification_account_override
        if offset_account_override is not UNSET:
            field_dict["offsetAccountOverride"] = offset_account_override
        if offset_subaccount_override is not UNSET:
            field_dict["offsetSubaccountOverride"] = offset_subaccount_override
        if offset_account_branch is not UNSET:
            field_dict["offsetAccountBranch"] = offset_account_branch
        if vat_zone is not UNSET:
            field_dict["vatZone"] = vat_zone
        if tax_calculation_mode is not UNSET:
            field_dict["taxCalculationMode"] = tax_calculation_mode
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_account_in_entry_type_dto import BusinessAccountInEntryTypeDto
        from ..models.default_offset_account_branch_in_entry_type_dto import DefaultOffsetAccountBranchInEntryTypeDto
        from ..models.default_offset_account_in_entry_type_dto import DefaultOffsetAccountInEntryTypeDto
        from ..models.default_offset_subaccount_in_entry_type_dto import DefaultOffsetSubaccountInEntryTypeDto
        from ..models.offset_account_branch_in_entry_type_dto import OffsetAccountBranchInEntryTypeDto
        from ..models.offset_account_override_in_entry_type_dto import OffsetAccountOverrideInEntryTypeDto
        from ..models.offset_subaccount_override_in_entry_type_dto import OffsetSubaccountOverrideInEntryTypeDto
        from ..models.reclasification_account_in_entry_type_dto import ReclasificationAccountInEntryTypeDto
        from ..models.reclasification_account_override_in_entry_type_dto import (
            ReclasificationAccountOverrideInEntryTypeDto,
        )
        from ..models.vat_zone_in_entry_type_dto import VatZoneInEntryTypeDto

        d = dict(src_dict)
        entry_type_id = d.pop("entryTypeId", UNSET)

        _disable_receipt = d.pop("disableReceipt", UNSET)
        disable_receipt: EntryTypeDtoDisableReceipt | Unset
        if isinstance(_disable_receipt, Unset):
            disable_receipt = UNSET
        else:
            disable_receipt = check_entry_type_dto_disable_receipt(_disable_receipt)

        module = d.pop("module", UNSET)

        _default_offset_account_branch = d.pop("defaultOffsetAccountBranch", UNSET)
        default_offset_account_branch: DefaultOffsetAccountBranchInEntryTypeDto | Unset
        if isinstance(_default_offset_account_branch, Unset):
            default_offset_account_branch = UNSET
        else:
            default_offset_account_branch = DefaultOffsetAccountBranchInEntryTypeDto.from_dict(
                _default_offset_account_branch
            )

        _default_offset_account = d.pop("defaultOffsetAccount", UNSET)
        default_offset_account: DefaultOffsetAccountInEntryTypeDto | Unset
        if isinstance(_default_offset_account, Unset):
            default_offset_account = UNSET
        else:
            default_offset_account = DefaultOffsetAccountInEntryTypeDto.from_dict(_default_offset_account)

        _default_offset_subaccount = d.pop("defaultOffsetSubaccount", UNSET)
        default_offset_subaccount: DefaultOffsetSubaccountInEntryTypeDto | Unset
        if isinstance(_default_offset_subaccount, Unset):
            default_offset_subaccount = UNSET
        else:
            default_offset_subaccount = DefaultOffsetSubaccountInEntryTypeDto.from_dict(_default_offset_subaccount)

        _reclasification_account = d.pop("reclasificationAccount", UNSET)
        reclasification_account: ReclasificationAccountInEntryTypeDto | Unset
        if isinstance(_reclasification_account, Unset):
            reclasification_account = UNSET
        else:
            reclasification_account = ReclasificationAccountInEntryTypeDto.from_dict(_reclasification_account)

        _business_account = d.pop("businessAccount", UNSET)
        business_account: BusinessAccountInEntryTypeDto | Unset
        if isinstance(_business_account, Unset):
            business_account = UNSET
        else:
            business_account = BusinessAccountInEntryTypeDto.from_dict(_business_account)

        description = d.pop("description", UNSET)

        use_for_payments_reclasification = d.pop("useForPaymentsReclasification", UNSET)

        _reclasification_account_override = d.pop("reclasificationAccountOverride", UNSET)
        reclasification_account_override: ReclasificationAccountOverrideInEntryTypeDto | Unset
        if isinstance(_reclasification_account_override, Unset):
            reclasification_account_override = UNSET
        else:
            reclasification_account_override = ReclasificationAccountOverrideInEntryTypeDto.from_dict(
                _reclasification_account_override
            )

        _offset_account_override = d.pop("offsetAccountOverride", UNSET)
        offset_account_override: OffsetAccountOverrideInEntryTypeDto | Unset
        if isinstance(_offset_account_override, Unset):
            offset_account_override = UNSET
        else:
            offset_account_override = OffsetAccountOverrideInEntryTypeDto.from_dict(_offset_account_override)

        _offset_subaccount_override = d.pop("offsetSubaccountOverride", UNSET)
        offset_subaccount_override: OffsetSubaccountOverrideInEntryTypeDto | Unset
        if isinstance(_offset_subaccount_override, Unset):
            offset_subaccount_override = UNSET
        else:
            offset_subaccount_override = OffsetSubaccountOverrideInEntryTypeDto.from_dict(_offset_subaccount_override)

        _offset_account_branch = d.pop("offsetAccountBranch", UNSET)
        offset_account_branch: OffsetAccountBranchInEntryTypeDto | Unset
        if isinstance(_offset_account_branch, Unset):
            offset_account_branch = UNSET
        else:
            offset_account_branch = OffsetAccountBranchInEntryTypeDto.from_dict(_offset_account_branch)

        _vat_zone = d.pop("vatZone", UNSET)
        vat_zone: VatZoneInEntryTypeDto | Unset
        if isinstance(_vat_zone, Unset):
            vat_zone = UNSET
        else:
            vat_zone = VatZoneInEntryTypeDto.from_dict(_vat_zone)

        _tax_calculation_mode = d.pop("taxCalculationMode", UNSET)
        tax_calculation_mode: EntryTypeDtoTaxCalculationMode | Unset
        if isinstance(_tax_calculation_mode, Unset):
            tax_calculation_mode = UNSET
        else:
            tax_calculation_mode = check_entry_type_dto_tax_calculation_mode(_tax_calculation_mode)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        entry_type_dto = cls(
            entry_type_id=entry_type_id,
            disable_receipt=disable_receipt,
            module=module,
            default_offset_account_branch=default_offset_account_branch,
            default_offset_account=default_offset_account,
            default_offset_subaccount=default_offset_subaccount,
            reclasification_account=reclasification_account,
            business_account=business_account,
            description=description,
            use_for_payments_reclasification=use_for_payments_reclasification,
            reclasification_account_override=reclasification_account_override,
            offset_account_override=offset_account_override,
            offset_subaccount_override=offset_subaccount_override,
            offset_account_branch=offset_account_branch,
            vat_zone=vat_zone,
            tax_calculation_mode=tax_calculation_mode,
            last_modified_date_time=last_modified_date_time,
        )

        entry_type_dto.additional_properties = d
        return entry_type_dto

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
