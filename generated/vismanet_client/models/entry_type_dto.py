from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.entry_type_dto_disable_receipt import EntryTypeDtoDisableReceipt
from ..models.entry_type_dto_tax_calculation_mode import (
    EntryTypeDtoTaxCalculationMode,
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

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "entry_type_id",
    "disable_receipt",
    "module",
    "default_offset_account_branch",
    "default_offset_account",
    "default_offset_subaccount",
    "reclasification_account",
    "business_account",
    "description",
    "use_for_payments_reclasification",
    "reclasification_account_override",
    "offset_account_override",
    "offset_subaccount_override",
    "offset_account_branch",
    "vat_zone",
    "tax_calculation_mode",
    "last_modified_date_time",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.entry_type_id = _rest.pop("entryTypeId", UNSET)
        _instance.disable_receipt = _rest.pop("disableReceipt", UNSET)
        _instance.module = _rest.pop("module", UNSET)
        _value = _rest.pop("defaultOffsetAccountBranch", UNSET)
        _instance.default_offset_account_branch = (
            UNSET if _value is UNSET else _models.DefaultOffsetAccountBranchInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("defaultOffsetAccount", UNSET)
        _instance.default_offset_account = (
            UNSET if _value is UNSET else _models.DefaultOffsetAccountInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("defaultOffsetSubaccount", UNSET)
        _instance.default_offset_subaccount = (
            UNSET if _value is UNSET else _models.DefaultOffsetSubaccountInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("reclasificationAccount", UNSET)
        _instance.reclasification_account = (
            UNSET if _value is UNSET else _models.ReclasificationAccountInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("businessAccount", UNSET)
        _instance.business_account = (
            UNSET if _value is UNSET else _models.BusinessAccountInEntryTypeDto.from_dict(_value)
        )
        _instance.description = _rest.pop("description", UNSET)
        _instance.use_for_payments_reclasification = _rest.pop("useForPaymentsReclasification", UNSET)
        _value = _rest.pop("reclasificationAccountOverride", UNSET)
        _instance.reclasification_account_override = (
            UNSET if _value is UNSET else _models.ReclasificationAccountOverrideInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("offsetAccountOverride", UNSET)
        _instance.offset_account_override = (
            UNSET if _value is UNSET else _models.OffsetAccountOverrideInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("offsetSubaccountOverride", UNSET)
        _instance.offset_subaccount_override = (
            UNSET if _value is UNSET else _models.OffsetSubaccountOverrideInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("offsetAccountBranch", UNSET)
        _instance.offset_account_branch = (
            UNSET if _value is UNSET else _models.OffsetAccountBranchInEntryTypeDto.from_dict(_value)
        )
        _value = _rest.pop("vatZone", UNSET)
        _instance.vat_zone = UNSET if _value is UNSET else _models.VatZoneInEntryTypeDto.from_dict(_value)
        _instance.tax_calculation_mode = _rest.pop("taxCalculationMode", UNSET)
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
