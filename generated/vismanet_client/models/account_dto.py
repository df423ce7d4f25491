from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.account_dto_type import AccountDtoType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class AccountDto(GeneratedModel):
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

    account_id: int | Unset | None = UNSET
    account_cd: str | Unset | None = UNSET
    account_group_cd: str | Unset | None = UNSET
    account_class: str | Unset | None = UNSET
    type_: AccountDtoType | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    account_class_description: str | Unset | None = UNSET
    use_default_sub: bool | Unset | None = UNSET
    post_option: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    tax_category: str | Unset | None = UNSET
    cash_account: bool | Unset | None = UNSET
    public_code_1: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    external_code_1_info: ExternalCode1InfoInAccountDto | Unset | None = UNSET
    external_code_2_info: ExternalCode2InfoInAccountDto | Unset | None = UNSET
    analisys_code_info: AnalisysCodeInfoInAccountDto | Unset | None = UNSET
    control_account_module: str | Unset | None = UNSET
    allow_manual_entry: bool | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.account_id
        if _value is not UNSET:
            field_dict["accountID"] = _value
        _value = self.account_cd
        if _value is not UNSET:
            field_dict["accountCD"] = _value
        _value = self.account_group_cd
        if _value is not UNSET:
            field_dict["accountGroupCD"] = _value
        _value = self.account_class
        if _value is not UNSET:
            field_dict["accountClass"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.account_class_description
        if _value is not UNSET:
            field_dict["accountClassDescription"] = _value
        _value = self.use_default_sub
        if _value is not UNSET:
            field_dict["useDefaultSub"] = _value
        _value = self.post_option
        if _value is not UNSET:
            field_dict["postOption"] = _value
        _value = self.currency
        if _value is not UNSET:
            field_dict["currency"] = _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value
        _value = self.cash_account
        if _value is not UNSET:
            field_dict["cashAccount"] = _value
        _value = self.public_code_1
        if _value is not UNSET:
            field_dict["publicCode1"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.external_code_1_info
        if _value is not UNSET:
            field_dict["externalCode1Info"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_code_2_info
        if _value is not UNSET:
            field_dict["externalCode2Info"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.analisys_code_info
        if _value is not UNSET:
            field_dict["analisysCodeInfo"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.control_account_module
        if _value is not UNSET:
            field_dict["controlAccountModule"] = _value
        _value = self.allow_manual_entry
        if _value is not UNSET:
            field_dict["allowManualEntry"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not AccountDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.account_id = _rest.pop("accountID", UNSET)
        self.account_cd = _rest.pop("accountCD", UNSET)
        self.account_group_cd = _rest.pop("accountGroupCD", UNSET)
        self.account_class = _rest.pop("accountClass", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.account_class_description = _rest.pop("accountClassDescription", UNSET)
        self.use_default_sub = _rest.pop("useDefaultSub", UNSET)
        self.post_option = _rest.pop("postOption", UNSET)
        self.currency = _rest.pop("currency", UNSET)
        self.tax_category = _rest.pop("taxCategory", UNSET)
        self.cash_account = _rest.pop("cashAccount", UNSET)
        self.public_code_1 = _rest.pop("publicCode1", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("externalCode1Info", UNSET)
        self.external_code_1_info = (
            _models.ExternalCode1InfoInAccountDto._vn_fill(_new(_models.ExternalCode1InfoInAccountDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("externalCode2Info", UNSET)
        self.external_code_2_info = (
            _models.ExternalCode2InfoInAccountDto._vn_fill(_new(_models.ExternalCode2InfoInAccountDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("analisysCodeInfo", UNSET)
        self.analisys_code_info = (
            _models.AnalisysCodeInfoInAccountDto._vn_fill(_new(_models.AnalisysCodeInfoInAccountDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.control_account_module = _rest.pop("controlAccountModule", UNSET)
        self.allow_manual_entry = _rest.pop("allowManualEntry", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("account_id", "accountID", False, "int"),
        ("account_cd", "accountCD", False, "str"),
        ("account_group_cd", "accountGroupCD", False, "str"),
        ("account_class", "accountClass", False, "str"),
        ("type_", "type", False, "str"),
        ("active", "active", False, "bool"),
        ("description", "description", False, "str"),
        ("account_class_description", "accountClassDescription", False, "str"),
        ("use_default_sub", "useDefaultSub", False, "bool"),
        ("post_option", "postOption", False, "str"),
        ("currency", "currency", False, "str"),
        ("tax_category", "taxCategory", False, "str"),
        ("cash_account", "cashAccount", False, "bool"),
        ("public_code_1", "publicCode1", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("external_code_1_info", "externalCode1Info", False, ("model", "ExternalCode1InfoInAccountDto")),
        ("external_code_2_info", "externalCode2Info", False, ("model", "ExternalCode2InfoInAccountDto")),
        ("analisys_code_info", "analisysCodeInfo", False, ("model", "AnalisysCodeInfoInAccountDto")),
        ("control_account_module", "controlAccountModule", False, "str"),
        ("allow_manual_entry", "allowManualEntry", False, "bool"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(AccountDto)
