from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.ledger_dto_balance_type import LedgerDtoBalanceType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.consol_branch_in_ledger_dto import ConsolBranchInLedgerDto


T = TypeVar("T", bound="LedgerDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "internal_id",
    "number",
    "description",
    "balance_type",
    "currency_id",
    "consolidation_source",
    "consol_branch",
    "branch_accounting",
    "last_modified_date_time",
    "post_inter_company",
)


@_attrs_define(repr=False)
class LedgerDto(GeneratedModel):
    """
    Attributes:
        internal_id (int | Unset):
        number (str | Unset): Mandatory field: The top part &gt; Ledger ID* &gt; An alphanumeric string of up to 10
            characters used to identify the ledger.
        description (str | Unset): The top part &gt; Description &gt; A detailed ledger description.
        balance_type (LedgerDtoBalanceType | Unset): The top part &gt; Balance type &gt; The type of balance in the
            ledger. Select one of the following predefined types: Actual, Budget, Reporting, Statistical.
        currency_id (str | Unset): Mandatory field: The top part &gt; Currency* &gt; The default currency of the ledger.
        consolidation_source (bool | Unset): The top part &gt; Consolidation source &gt; A check box that specifies, if
            selected, that the ledger should be used as a source ledger for consolidation.
        consol_branch (ConsolBranchInLedgerDto | Unset): The top part &gt; Consol. branch &gt;  The consolidation
            branch, which you create when a company has multiple branches that operate within a single legal entity and post
            transactions to the same ledger.
        branch_accounting (bool | Unset): The top part &gt; Branch accounting &gt; A check box that you select to
            indicate that the system should automatically generate inter-branch transactions for this ledger to balance
            transactions for all branches involved.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        post_inter_company (bool | Unset): Branch accounting &gt; True/False
    """

    internal_id: int | Unset | None = UNSET
    number: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    balance_type: LedgerDtoBalanceType | Unset | None = UNSET
    currency_id: str | Unset | None = UNSET
    consolidation_source: bool | Unset | None = UNSET
    consol_branch: ConsolBranchInLedgerDto | Unset | None = UNSET
    branch_accounting: bool | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    post_inter_company: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.internal_id
        if _value is not UNSET:
            field_dict["internalId"] = _value
        _value = self.number
        if _value is not UNSET:
            field_dict["number"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.balance_type
        if _value is not UNSET:
            field_dict["balanceType"] = _value
        _value = self.currency_id
        if _value is not UNSET:
            field_dict["currencyId"] = _value
        _value = self.consolidation_source
        if _value is not UNSET:
            field_dict["consolidationSource"] = _value
        _value = self.consol_branch
        if _value is not UNSET:
            field_dict["consolBranch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.branch_accounting
        if _value is not UNSET:
            field_dict["branchAccounting"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.post_inter_company
        if _value is not UNSET:
            field_dict["postInterCompany"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LedgerDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.internal_id = _rest.pop("internalId", UNSET)
        self.number = _rest.pop("number", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.balance_type = _rest.pop("balanceType", UNSET)
        self.currency_id = _rest.pop("currencyId", UNSET)
        self.consolidation_source = _rest.pop("consolidationSource", UNSET)
        _value = _rest.pop("consolBranch", UNSET)
        self.consol_branch = (
            _models.ConsolBranchInLedgerDto._vn_fill(_new(_models.ConsolBranchInLedgerDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.branch_accounting = _rest.pop("branchAccounting", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        self.post_inter_company = _rest.pop("postInterCompany", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("internal_id", "internalId", False, "int"),
        ("number", "number", False, "str"),
        ("description", "description", False, "str"),
        ("balance_type", "balanceType", False, "str"),
        ("currency_id", "currencyId", False, "str"),
        ("consolidation_source", "consolidationSource", False, "bool"),
        ("consol_branch", "consolBranch", False, ("model", "ConsolBranchInLedgerDto")),
        ("branch_accounting", "branchAccounting", False, "bool"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("post_inter_company", "postInterCompany", False, "bool"),
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


_Lazy = _lazy_twin(LedgerDto)
