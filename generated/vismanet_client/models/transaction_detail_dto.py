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
    from ..models.account_number_type_description_dto import AccountNumberTypeDescriptionDto
    from ..models.branch_in_transaction_detail_dto import BranchInTransactionDetailDto
    from ..models.item_in_transaction_detail_dto import ItemInTransactionDetailDto
    from ..models.offset_sub_account_in_transaction_detail_dto import OffsetSubAccountInTransactionDetailDto
    from ..models.project_in_transaction_detail_dto import ProjectInTransactionDetailDto
    from ..models.project_task_in_transaction_detail_dto import ProjectTaskInTransactionDetailDto
    from ..models.tax_category_in_transaction_detail_dto import TaxCategoryInTransactionDetailDto


T = TypeVar("T", bound="TransactionDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "branch",
    "item",
    "description",
    "quantity",
    "uom",
    "price",
    "amount",
    "offset_cash_account",
    "offset_account",
    "offset_sub_account",
    "tax_category",
    "non_billable",
    "project",
    "project_task",
)


@_attrs_define(repr=False)
class TransactionDetailDto(GeneratedModel):
    """
    Attributes:
        line_number (int | Unset): The line number in the table.
        branch (BranchInTransactionDetailDto | Unset): Mandatory field: Branch &gt; The branch that created the
            transaction.
        item (ItemInTransactionDetailDto | Unset): Item ID &gt; The ID of the non-stock item specified as the
            transaction subject.
        description (str | Unset): Description &gt; The description provided for the item.
        quantity (float | Unset): Quantity &gt; The quantity of the item.
        uom (str | Unset): UoM &gt; The unit of measure of the item.
        price (float | Unset): Price &gt; The unit price for the item.
        amount (float | Unset): Amount &gt; The total amount for all units or items.
        offset_cash_account (AccountNumberTypeDescriptionDto | Unset):
        offset_account (AccountNumberTypeDescriptionDto | Unset):
        offset_sub_account (OffsetSubAccountInTransactionDetailDto | Unset): Mandatory field: Offset subaccount* &gt;
            The corresponding subaccount to be used for the transaction.
        tax_category (TaxCategoryInTransactionDetailDto | Unset): VAT category &gt; The category that applies to the
            transaction.
        non_billable (bool | Unset): Non-invoiceable &gt; A check box that indicates (if selected) that this transaction
            is non-invoiceable in the project.
        project (ProjectInTransactionDetailDto | Unset): Project &gt; The project with which this transaction is
            associated, or the code indicating that this transaction is not associated with any project.
        project_task (ProjectTaskInTransactionDetailDto | Unset): Project task &gt; The particular task of the project
            with which this transaction is associated.
    """

    line_number: int | Unset | None = UNSET
    branch: BranchInTransactionDetailDto | Unset | None = UNSET
    item: ItemInTransactionDetailDto | Unset | None = UNSET
    description: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    price: float | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    offset_cash_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    offset_account: AccountNumberTypeDescriptionDto | Unset | None = UNSET
    offset_sub_account: OffsetSubAccountInTransactionDetailDto | Unset | None = UNSET
    tax_category: TaxCategoryInTransactionDetailDto | Unset | None = UNSET
    non_billable: bool | Unset | None = UNSET
    project: ProjectInTransactionDetailDto | Unset | None = UNSET
    project_task: ProjectTaskInTransactionDetailDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.branch
        if _value is not UNSET:
            field_dict["branch"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.item
        if _value is not UNSET:
            field_dict["item"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.price
        if _value is not UNSET:
            field_dict["price"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.offset_cash_account
        if _value is not UNSET:
            field_dict["offsetCashAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_account
        if _value is not UNSET:
            field_dict["offsetAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.offset_sub_account
        if _value is not UNSET:
            field_dict["offsetSubAccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.tax_category
        if _value is not UNSET:
            field_dict["taxCategory"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.non_billable
        if _value is not UNSET:
            field_dict["nonBillable"] = _value
        _value = self.project
        if _value is not UNSET:
            field_dict["project"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.project_task
        if _value is not UNSET:
            field_dict["projectTask"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not TransactionDetailDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        self.branch = (
            _models.BranchInTransactionDetailDto._vn_fill(_new(_models.BranchInTransactionDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("item", UNSET)
        self.item = (
            _models.ItemInTransactionDetailDto._vn_fill(_new(_models.ItemInTransactionDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.description = _rest.pop("description", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.uom = _rest.pop("uom", UNSET)
        self.price = _rest.pop("price", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("offsetCashAccount", UNSET)
        self.offset_cash_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetAccount", UNSET)
        self.offset_account = (
            _models.AccountNumberTypeDescriptionDto._vn_fill(_new(_models.AccountNumberTypeDescriptionDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("offsetSubAccount", UNSET)
        self.offset_sub_account = (
            _models.OffsetSubAccountInTransactionDetailDto._vn_fill(
                _new(_models.OffsetSubAccountInTransactionDetailDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("taxCategory", UNSET)
        self.tax_category = (
            _models.TaxCategoryInTransactionDetailDto._vn_fill(_new(_models.TaxCategoryInTransactionDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.non_billable = _rest.pop("nonBillable", UNSET)
        _value = _rest.pop("project", UNSET)
        self.project = (
            _models.ProjectInTransactionDetailDto._vn_fill(_new(_models.ProjectInTransactionDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("projectTask", UNSET)
        self.project_task = (
            _models.ProjectTaskInTransactionDetailDto._vn_fill(_new(_models.ProjectTaskInTransactionDetailDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("branch", "branch", False, ("model", "BranchInTransactionDetailDto")),
        ("item", "item", False, ("model", "ItemInTransactionDetailDto")),
        ("description", "description", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("uom", "uom", False, "str"),
        ("price", "price", False, "float"),
        ("amount", "amount", False, "float"),
        ("offset_cash_account", "offsetCashAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("offset_account", "offsetAccount", False, ("model", "AccountNumberTypeDescriptionDto")),
        ("offset_sub_account", "offsetSubAccount", False, ("model", "OffsetSubAccountInTransactionDetailDto")),
        ("tax_category", "taxCategory", False, ("model", "TaxCategoryInTransactionDetailDto")),
        ("non_billable", "nonBillable", False, "bool"),
        ("project", "project", False, ("model", "ProjectInTransactionDetailDto")),
        ("project_task", "projectTask", False, ("model", "ProjectTaskInTransactionDetailDto")),
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


_Lazy = _lazy_twin(TransactionDetailDto)
