from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.account_dto_type import AccountDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analisys_code_info_in_account_dto import AnalisysCodeInfoInAccountDto
    from ..models.external_code_1_info_in_account_dto import ExternalCode1InfoInAccountDto
    from ..models.external_code_2_info_in_account_dto import ExternalCode2InfoInAccountDto
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="AccountDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "account_id",
    "account_cd",
    "account_group_cd",
    "account_class",
    "type_",
    "active",
    "description",
    "account_class_description",
    "use_default_sub",
    "post_option",
    "currency",
    "tax_category",
    "cash_account",
    "public_code_1",
    "last_modified_date_time",
    "external_code_1_info",
    "external_code_2_info",
    "analisys_code_info",
    "control_account_module",
    "allow_manual_entry",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class AccountDto:
    """
    Attributes:
        account_id (int | Unset): The table &gt; AccountID &gt; The Account ID is the actual ID that the account have in
            the database and are used in other tables as the relation between the Chart of accounts table and other tables.
        account_cd (str | Unset): Mandatory field: The table &gt; Account* &gt; The unique identifier of the general
            ledger account in the system.
        account_group_cd (str | Unset): The table &gt; Account group &gt; The account group (used in project management
            if the Projects module has been activated) that includes this account.
        account_class (str | Unset): The table &gt; Account class &gt; Optional. The account class to which the account
            is assigned.
        type_ (AccountDtoType | Unset): The table &gt; Type &gt; The type of account: Asset, Liability, Income, or
            Expense.
        active (bool | Unset): The table &gt; Active &gt; A check box that indicates that the account is active.
        description (str | Unset): The table &gt; Description &gt; An alphanumeric string of up to 30 characters that
            describes the account.
        account_class_description (str | Unset): The table &gt; Desc &gt; An alphanumeric string of up to 30 characters
            that describes the AccountClass.
        use_default_sub (bool | Unset): The table &gt; Use default sub &gt; A check box that causes the system (if
            selected) to set the default subaccount as the Subaccount if the account is selected.
        post_option (str | Unset): The table &gt; Post option &gt; An option that defines how transactions created in
            other workspaces are posted to this account. Summary (default) or Detail.
        currency (str | Unset): The table &gt; Currency &gt; Optional: This column appears only if support for multiple
            currencies has been activated for the system.
        tax_category (str | Unset): The table &gt; VAT category &gt; A tax category that you define for the selected
            account. When you create a journal transaction manually in the GL301000 window, based on this VAT category, the
            taxable amount will be calculated for the journal entry.
        cash_account (bool | Unset): The table &gt; Cash account &gt; A check box that indicates (if selected) that the
            account has a cash account or multiple cash accounts linked to it.
        public_code_1 (str | Unset): The table &gt; Public code 1 &gt; The authorities valid code mapped to the account.
            Used for example in SAF-T and in some nationals reporting to the authorities.
        last_modified_date_time (datetime.datetime | Unset): This information is not visible in the window.  It is
            collected from the system.
        external_code_1_info (ExternalCode1InfoInAccountDto | Unset): Table SigmaExternalCodes1 &gt; The information row
            connected through the ExternalCode1
        external_code_2_info (ExternalCode2InfoInAccountDto | Unset): Table SigmaExternalCodes2 &gt; The information row
            connected through the ExternalCode2
        analisys_code_info (AnalisysCodeInfoInAccountDto | Unset): Table SigmaBIAnalysisCodes &gt; The information row
            connected through the AnalysisCode
        control_account_module (str | Unset):
        allow_manual_entry (bool | Unset):
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    account_id: int | Unset = UNSET
    account_cd: str | Unset = UNSET
    account_group_cd: str | Unset = UNSET
    account_class: str | Unset = UNSET
    type_: AccountDtoType | Unset = UNSET
    active: bool | Unset = UNSET
    description: str | Unset = UNSET
    account_class_description: str | Unset = UNSET
    use_default_sub: bool | Unset = UNSET
    post_option: str | Unset = UNSET
    currency: str | Unset = UNSET
    tax_category: str | Unset = UNSET
    cash_account: bool | Unset = UNSET
    public_code_1: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    external_code_1_info: ExternalCode1InfoInAccountDto | Unset = UNSET
    external_code_2_info: ExternalCode2InfoInAccountDto | Unset = UNSET
    analisys_code_info: AnalisysCodeInfoInAccountDto | Unset = UNSET
    control_account_module: str | Unset = UNSET
    allow_manual_entry: bool | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_cd = self.account_cd

        account_group_cd = self.account_group_cd

        account_class = self.account_class

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        active = self.active

        description = self.description

        account_class_description = self.account_class_description

        use_default_sub = self.use_default_sub

        post_option = self.post_option

        currency = self.currency

        tax_category = self.tax_category

        cash_account = self.cash_account

        public_code_1 = self.public_code_1

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        external_code_1_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_code_1_info, Unset):
            external_code_1_info = self.external_code_1_info.to_dict()

        external_code_2_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_code_2_info, Unset):
            external_code_2_info = self.external_code_2_info.to_dict()

        analisys_code_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analisys_code_info, Unset):
            analisys_code_info = self.analisys_code_info.to_dict()

        control_account_module = self.control_account_module

        allow_manual_entry = self.allow_manual_entry

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if account_cd is not UNSET:
            field_dict["accountCD"] = account_cd
        if account_group_cd is not UNSET:
            field_dict["accountGroupCD"] = account_group_cd
        if account_class is not UNSET:
            field_dict["accountClass"] = account_class
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if account_class_description is not UNSET:
            field_dict["accountClassDescription"] = account_class_description
        if use_default_sub is not UNSET:
            field_dict["useDefaultSub"] = use_default_sub
        if post_option is not UNSET:
            field_dict["postOption"] = post_option
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if cash_account is not UNSET:
            field_dict["cashAccount"] = cash_account
        if public_code_1 is not UNSET:
            field_dict["publicCode1"] = public_code_1
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if external_code_1_info is not UNSET:
            field_dict["externalCode1Info"] = external_code_1_info
        if external_code_2_info is not UNSET:
            field_dict["externalCode2Info"] = external_code_2_info
        if analisys_code_info is not UNSET:
            field_dict["analisysCodeInfo"] = analisys_code_info
        if control_account_module is not UNSET:
            field_dict["controlAccountModule"] = control_account_module
        if allow_manual_entry is not UNSET:
            field_dict["allowManualEntry"] = allow_manual_entry
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.account_id = _rest.pop("accountID", UNSET)
        _instance.account_cd = _rest.pop("accountCD", UNSET)
        _instance.account_group_cd = _rest.pop("accountGroupCD", UNSET)
        _instance.account_class = _rest.pop("accountClass", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.account_class_description = _rest.pop("accountClassDescription", UNSET)
        _instance.use_default_sub = _rest.pop("useDefaultSub", UNSET)
        _instance.post_option = _rest.pop("postOption", UNSET)
        _instance.currency = _rest.pop("currency", UNSET)
        _instance.tax_category = _rest.pop("taxCategory", UNSET)
        _instance.cash_account = _rest.pop("cashAccount", UNSET)
        _instance.public_code_1 = _rest.pop("publicCode1", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("externalCode1Info", UNSET)
        _instance.external_code_1_info = (
            UNSET if _value is UNSET else _models.ExternalCode1InfoInAccountDto.from_dict(_value)
        )
        _value = _rest.pop("externalCode2Info", UNSET)
        _instance.external_code_2_info = (
            UNSET if _value is UNSET else _models.ExternalCode2InfoInAccountDto.from_dict(_value)
        )
        _value = _rest.pop("analisysCodeInfo", UNSET)
        _instance.analisys_code_info = (
            UNSET if _value is UNSET else _models.AnalisysCodeInfoInAccountDto.from_dict(_value)
        )
        _instance.control_account_module = _rest.pop("controlAccountModule", UNSET)
        _instance.allow_manual_entry = _rest.pop("allowManualEntry", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
