from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class TransactionDetailDto:
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

    line_number: int | Unset = UNSET
    branch: BranchInTransactionDetailDto | Unset = UNSET
    item: ItemInTransactionDetailDto | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    uom: str | Unset = UNSET
    price: float | Unset = UNSET
    amount: float | Unset = UNSET
    offset_cash_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    offset_account: AccountNumberTypeDescriptionDto | Unset = UNSET
    offset_sub_account: OffsetSubAccountInTransactionDetailDto | Unset = UNSET
    tax_category: TaxCategoryInTransactionDetailDto | Unset = UNSET
    non_billable: bool | Unset = UNSET
    project: ProjectInTransactionDetailDto | Unset = UNSET
    project_task: ProjectTaskInTransactionDetailDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch, Unset):
            branch = self.branch.to_dict()

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        description = self.description

        quantity = self.quantity

        uom = self.uom

        price = self.price

        amount = self.amount

        offset_cash_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_cash_account, Unset):
            offset_cash_account = self.offset_cash_account.to_dict()

        offset_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_account, Unset):
            offset_account = self.offset_account.to_dict()

        offset_sub_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset_sub_account, Unset):
            offset_sub_account = self.offset_sub_account.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        non_billable = self.non_billable

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if item is not UNSET:
            field_dict["item"] = item
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if uom is not UNSET:
            field_dict["uom"] = uom
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if offset_cash_account is not UNSET:
            field_dict["offsetCashAccount"] = offset_cash_account
        if offset_account is not UNSET:
            field_dict["offsetAccount"] = offset_account
        if offset_sub_account is not UNSET:
            field_dict["offsetSubAccount"] = offset_sub_account
        if tax_category is not UNSET:
            field_dict["taxCategory"] = tax_category
        if non_billable is not UNSET:
            field_dict["nonBillable"] = non_billable
        if project is not UNSET:
            field_dict["project"] = project
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _value = _rest.pop("branch", UNSET)
        _instance.branch = UNSET if _value is UNSET else _models.BranchInTransactionDetailDto.from_dict(_value)
        _value = _rest.pop("item", UNSET)
        _instance.item = UNSET if _value is UNSET else _models.ItemInTransactionDetailDto.from_dict(_value)
        _instance.description = _rest.pop("description", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.price = _rest.pop("price", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _value = _rest.pop("offsetCashAccount", UNSET)
        _instance.offset_cash_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("offsetAccount", UNSET)
        _instance.offset_account = (
            UNSET if _value is UNSET else _models.AccountNumberTypeDescriptionDto.from_dict(_value)
        )
        _value = _rest.pop("offsetSubAccount", UNSET)
        _instance.offset_sub_account = (
            UNSET if _value is UNSET else _models.OffsetSubAccountInTransactionDetailDto.from_dict(_value)
        )
        _value = _rest.pop("taxCategory", UNSET)
        _instance.tax_category = (
            UNSET if _value is UNSET else _models.TaxCategoryInTransactionDetailDto.from_dict(_value)
        )
        _instance.non_billable = _rest.pop("nonBillable", UNSET)
        _value = _rest.pop("project", UNSET)
        _instance.project = UNSET if _value is UNSET else _models.ProjectInTransactionDetailDto.from_dict(_value)
        _value = _rest.pop("projectTask", UNSET)
        _instance.project_task = (
            UNSET if _value is UNSET else _models.ProjectTaskInTransactionDetailDto.from_dict(_value)
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
