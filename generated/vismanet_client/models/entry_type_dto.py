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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class EntryTypeDto(GeneratedModel):
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

    entry_type_id: str | Unset | None = UNSET
    disable_receipt: EntryTypeDtoDisableReceipt | Unset | None = UNSET
    module: str | Unset | None = UNSET
    default_offset_account_branch: DefaultOffsetAccountBranchInEntryTypeDto | Unset | None = UNSET
    default_offset_account: DefaultOffsetAccountInEntryTypeDto | Unset | None = UNSET
    default_offset_subaccount: DefaultOffsetSubaccountInEntryTypeDto | Unset | None = UNSET
    reclasification_account: ReclasificationAccountInEntryTypeDto | Unset | None = UNSET
    business_account: BusinessAccountInEntryTypeDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    use_for_payments_reclasification: bool | Unset | None = UNSET
    reclasification_account_override: ReclasificationAccountOverrideInEntryTypeDto | Unset | None = UNSET
    offset_account_override: OffsetAccountOverrideInEntryTypeDto | Unset | None = UNSET
    offset_subaccount_override: OffsetSubaccountOverrideInEntryTypeDto | Unset | None = UNSET
    offset_account_branch: OffsetAccountBranchInEntryTypeDto | Unset | None = UNSET
    vat_zone: VatZoneInEntryTypeDto | Unset | None = UNSET
    tax_calculation_mode: EntryTypeDtoTaxCalculationMode | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.entry_type_id
        if _value is not UNSET:
            field_dict["entryTypeId"] = _value
        _value = self.disable_receipt
        if _value is not UNSET:
            field_dict["disableReceipt"] = _value
        _value = self.module
        if _value is not UNSET:
            field_dict["module"] = _value
        _value = self.default_offset_account_branch
        if _value is not UNSET:
            field_dict["defaultOffsetAccountBranch"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.default_offset_account
        if _value is not UNSET:
            field_dict["defaultOffsetAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.default_offset_subaccount
        if _value is not UNSET:
            field_dict["defaultOffsetSubaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.reclasification_account
        if _value is not UNSET:
            field_dict["reclasificationAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.business_account
        if _value is not UNSET:
            field_dict["businessAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.use_for_payments_reclasification
        if _value is not UNSET:
            field_dict["useForPaymentsReclasification"] = _value
        _value = self.reclasification_account_override
        if _value is not UNSET:
            field_dict["reclasificationAccountOverride"] = (
                _value.to_dict() if isinstance(_value, GeneratedModel) else _value
            )
        _value = self.offset_account_override
        if _value is not UNSET:
            field_dict["offsetAccountOverride"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_subaccount_override
        if _value is not UNSET:
            field_dict["offsetSubaccountOverride"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_account_branch
        if _value is not UNSET:
            field_dict["offsetAccountBranch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_calculation_mode
        if _value is not UNSET:
            field_dict["taxCalculationMode"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not EntryTypeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.entry_type_id = _rest.pop("entryTypeId", UNSET)
        self.disable_receipt = _rest.pop("disableReceipt", UNSET)
        self.module = _rest.pop("module", UNSET)
        _value = _rest.pop("defaultOffsetAccountBranch", UNSET)
        self.default_offset_account_branch = (
            _models.DefaultOffsetAccountBranchInEntryTypeDto._vn_fill(
                _new(_models.DefaultOffsetAccountBranchInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultOffsetAccount", UNSET)
        self.default_offset_account = (
            _models.DefaultOffsetAccountInEntryTypeDto._vn_fill(
                _new(_models.DefaultOffsetAccountInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("defaultOffsetSubaccount", UNSET)
        self.default_offset_subaccount = (
            _models.DefaultOffsetSubaccountInEntryTypeDto._vn_fill(
                _new(_models.DefaultOffsetSubaccountInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("reclasificationAccount", UNSET)
        self.reclasification_account = (
            _models.ReclasificationAccountInEntryTypeDto._vn_fill(
                _new(_models.ReclasificationAccountInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("businessAccount", UNSET)
        self.business_account = (
            _models.BusinessAccountInEntryTypeDto._vn_fill(_new(_models.BusinessAccountInEntryTypeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.use_for_payments_reclasification = _rest.pop("useForPaymentsReclasification", UNSET)
        _value = _rest.pop("reclasificationAccountOverride", UNSET)
        self.reclasification_account_override = (
            _models.ReclasificationAccountOverrideInEntryTypeDto._vn_fill(
                _new(_models.ReclasificationAccountOverrideInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetAccountOverride", UNSET)
        self.offset_account_override = (
            _models.OffsetAccountOverrideInEntryTypeDto._vn_fill(
                _new(_models.OffsetAccountOverrideInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetSubaccountOverride", UNSET)
        self.offset_subaccount_override = (
            _models.OffsetSubaccountOverrideInEntryTypeDto._vn_fill(
                _new(_models.OffsetSubaccountOverrideInEntryTypeDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetAccountBranch", UNSET)
        self.offset_account_branch = (
            _models.OffsetAccountBranchInEntryTypeDto._vn_fill(_new(_models.OffsetAccountBranchInEntryTypeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInEntryTypeDto._vn_fill(_new(_models.VatZoneInEntryTypeDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.tax_calculation_mode = _rest.pop("taxCalculationMode", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("entry_type_id", "entryTypeId", False, "str"),
        ("disable_receipt", "disableReceipt", False, "str"),
        ("module", "module", False, "str"),
        (
            "default_offset_account_branch",
            "defaultOffsetAccountBranch",
            False,
            ("model", "DefaultOffsetAccountBranchInEntryTypeDto"),
        ),
        ("default_offset_account", "defaultOffsetAccount", False, ("model", "DefaultOffsetAccountInEntryTypeDto")),
        (
            "default_offset_subaccount",
            "defaultOffsetSubaccount",
            False,
            ("model", "DefaultOffsetSubaccountInEntryTypeDto"),
        ),
        ("reclasification_account", "reclasificationAccount", False, ("model", "ReclasificationAccountInEntryTypeDto")),
        ("business_account", "businessAccount", False, ("model", "BusinessAccountInEntryTypeDto")),
        ("description", "description", False, "str"),
        ("use_for_payments_reclasification", "useForPaymentsReclasification", False, "bool"),
        (
            "reclasification_account_override",
            "reclasificationAccountOverride",
            False,
            ("model", "ReclasificationAccountOverrideInEntryTypeDto"),
        ),
        ("offset_account_override", "offsetAccountOverride", False, ("model", "OffsetAccountOverrideInEntryTypeDto")),
        (
            "offset_subaccount_override",
            "offsetSubaccountOverride",
            False,
            ("model", "OffsetSubaccountOverrideInEntryTypeDto"),
        ),
        ("offset_account_branch", "offsetAccountBranch", False, ("model", "OffsetAccountBranchInEntryTypeDto")),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInEntryTypeDto")),
        ("tax_calculation_mode", "taxCalculationMode", False, "str"),
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


_Lazy = _lazy_twin(EntryTypeDto)
