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
    from ..models.account_in_cash_sale_line_dto import AccountInCashSaleLineDto
    from ..models.branch_number_in_cash_sale_line_dto import BranchNumberInCashSaleLineDto
    from ..models.seller_in_cash_sale_line_dto import SellerInCashSaleLineDto
    from ..models.subaccount_in_cash_sale_line_dto import SubaccountInCashSaleLineDto
    from ..models.vat_code_in_cash_sale_line_dto import VatCodeInCashSaleLineDto


T = TypeVar("T", bound="CashSaleLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "line_number",
    "inventory_number",
    "description",
    "quantity",
    "unit_price",
    "unit_price_in_currency",
    "manual_amount",
    "manual_amount_in_currency",
    "amount",
    "cost",
    "amount_in_currency",
    "account",
    "vat_code",
    "uom",
    "discount_percent",
    "discount_amount",
    "discount_amount_in_currency",
    "manual_discount",
    "subaccount",
    "salesperson",
    "seller",
    "deferral_schedule",
    "deferral_code",
    "discount_code",
    "note",
    "branch_number",
    "external_link",
)


@_attrs_define(repr=False)
class CashSaleLineDto(GeneratedModel):
    """
    Attributes:
        line_number (int | Unset): Line no. &gt; A counter of lines in the overview of cash sales document overview.
        inventory_number (str | Unset): Item ID &gt; The item ID of the line item, if applicable. Only a non-stock item
            can be selected.
        description (str | Unset): Transaction descr. &gt; Any brief comment relevant to the transaction.The
            alphanumeric string may contain up to 30 characters.
        quantity (float | Unset): Quantity &gt; The quantity of items (goods or services) of a particular type sold to
            the customer.
        unit_price (float | Unset): Unit price &gt; The unit price set for the item or service. If you want to update
            the unit price
            automatically to the current value(that is, the applicable sales or default price),
            you can use the Recalculate Prices and Discounts action.If you have modified
            the unit price and saved the document, the value will not be updated by the
            system if you change the document date.
        unit_price_in_currency (float | Unset): Background calculation giving you the Unit price in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        manual_amount (float | Unset): Manual amount &gt; a check box indicating that the amount has been entered
            manually.
        manual_amount_in_currency (float | Unset): Background calculation giving you the Manual amount in your default
            currency. This field is applicable if the amount is given in another currency than your default.
        amount (float | Unset): Amount &gt; The amount after the discount has been applied. The value of this read-only
            box
            is calculated automatically by deducting the discount amount from the extended price.
        cost (float | Unset): Cost &gt; The total cost of the line in default currency.
            The value will always be 0 for unreleased documents.
        amount_in_currency (float | Unset): Background calculation giving you the Amount in your default currency. This
            field is applicable if the amount is given in another currency than your default.
        account (AccountInCashSaleLineDto | Unset): Mandatory field: Account* &gt; The sales account used for the
            transaction.
        vat_code (VatCodeInCashSaleLineDto | Unset): VAT category &gt; The VAT category (if applied) for the
            transaction. The category represents the type of goods or services.
        uom (str | Unset): UoM &gt; The unit of measure (UoM) for the item.
        discount_percent (float | Unset): Discount percent &gt; The percent of the line-level discount that has been
            applied manually or
            automatically.The system selects the Manual Discount check box and
            calculates the discount amount after you have entered the percent manually and
            saved your changes or added a new line.
        discount_amount (float | Unset): Discount amount &gt; The amount of the line-level discount that has been
            applied manually or
            automatically to this line.The system selects the Manual Discount check box
            and calculates the line amount after you have entered the discount amount
            manually and save your changes or added a new line.
        discount_amount_in_currency (float | Unset): Background calculation giving you the Discount amount in your
            default currency. This field is applicable if the amount is given in another currency than your default.
        manual_discount (bool | Unset): Manual discount &gt; A check box that indicates (if selected) that the discount
            has been applied
            manually.If you clear the check box, the system clears entered discount percent,
            or discount amount, or selected discount code.
        subaccount (SubaccountInCashSaleLineDto | Unset): Mandatory field: Subaccount* &gt; The corresponding subaccount
            used for this transaction.
        salesperson (str | Unset): The field is deprecated for customer document endpoints, please use Seller instead
        seller (SellerInCashSaleLineDto | Unset): Salesperson ID &gt; The identifier of the salesperson involved.
        deferral_schedule (int | Unset): Original deferral schedule &gt; A read-only column filled in by the system in
            the Cash return documents created by the reversing process. It shows the identifier of the deferral schedule
            associated with the original Cash sale document.
        deferral_code (str | Unset): The deferral code assigned to the stock item or non-stock item specified in this
            document line.Upon release of the document, the system generates a deferral
            schedule (or schedules) based on the settings defined in this deferral code.
        discount_code (str | Unset): The code of the line discount that has been applied to this line automatically or
            manually.
        note (str | Unset): Table &gt; Icon Notes &gt; Pop-up window for providing any user-defined text connected to
            the order.
        branch_number (BranchNumberInCashSaleLineDto | Unset): Mandatory field: Branch* &gt; The branch that sells the
            line item or provides the service.
        external_link (str | Unset):
    """

    line_number: int | Unset | None = UNSET
    inventory_number: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    quantity: float | Unset | None = UNSET
    unit_price: float | Unset | None = UNSET
    unit_price_in_currency: float | Unset | None = UNSET
    manual_amount: float | Unset | None = UNSET
    manual_amount_in_currency: float | Unset | None = UNSET
    amount: float | Unset | None = UNSET
    cost: float | Unset | None = UNSET
    amount_in_currency: float | Unset | None = UNSET
    account: AccountInCashSaleLineDto | Unset | None = UNSET
    vat_code: VatCodeInCashSaleLineDto | Unset | None = UNSET
    uom: str | Unset | None = UNSET
    discount_percent: float | Unset | None = UNSET
    discount_amount: float | Unset | None = UNSET
    discount_amount_in_currency: float | Unset | None = UNSET
    manual_discount: bool | Unset | None = UNSET
    subaccount: SubaccountInCashSaleLineDto | Unset | None = UNSET
    salesperson: str | Unset | None = UNSET
    seller: SellerInCashSaleLineDto | Unset | None = UNSET
    deferral_schedule: int | Unset | None = UNSET
    deferral_code: str | Unset | None = UNSET
    discount_code: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    branch_number: BranchNumberInCashSaleLineDto | Unset | None = UNSET
    external_link: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.line_number
        if _value is not UNSET:
            field_dict["lineNumber"] = _value
        _value = self.inventory_number
        if _value is not UNSET:
            field_dict["inventoryNumber"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.quantity
        if _value is not UNSET:
            field_dict["quantity"] = _value
        _value = self.unit_price
        if _value is not UNSET:
            field_dict["unitPrice"] = _value
        _value = self.unit_price_in_currency
        if _value is not UNSET:
            field_dict["unitPriceInCurrency"] = _value
        _value = self.manual_amount
        if _value is not UNSET:
            field_dict["manualAmount"] = _value
        _value = self.manual_amount_in_currency
        if _value is not UNSET:
            field_dict["manualAmountInCurrency"] = _value
        _value = self.amount
        if _value is not UNSET:
            field_dict["amount"] = _value
        _value = self.cost
        if _value is not UNSET:
            field_dict["cost"] = _value
        _value = self.amount_in_currency
        if _value is not UNSET:
            field_dict["amountInCurrency"] = _value
        _value = self.account
        if _value is not UNSET:
            field_dict["account"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_code
        if _value is not UNSET:
            field_dict["vatCode"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.uom
        if _value is not UNSET:
            field_dict["uom"] = _value
        _value = self.discount_percent
        if _value is not UNSET:
            field_dict["discountPercent"] = _value
        _value = self.discount_amount
        if _value is not UNSET:
            field_dict["discountAmount"] = _value
        _value = self.discount_amount_in_currency
        if _value is not UNSET:
            field_dict["discountAmountInCurrency"] = _value
        _value = self.manual_discount
        if _value is not UNSET:
            field_dict["manualDiscount"] = _value
        _value = self.subaccount
        if _value is not UNSET:
            field_dict["subaccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.salesperson
        if _value is not UNSET:
            field_dict["salesperson"] = _value
        _value = self.seller
        if _value is not UNSET:
            field_dict["seller"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.deferral_schedule
        if _value is not UNSET:
            field_dict["deferralSchedule"] = _value
        _value = self.deferral_code
        if _value is not UNSET:
            field_dict["deferralCode"] = _value
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.note
        if _value is not UNSET:
            field_dict["note"] = _value
        _value = self.branch_number
        if _value is not UNSET:
            field_dict["branchNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.external_link
        if _value is not UNSET:
            field_dict["externalLink"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CashSaleLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.line_number = _rest.pop("lineNumber", UNSET)
        self.inventory_number = _rest.pop("inventoryNumber", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.quantity = _rest.pop("quantity", UNSET)
        self.unit_price = _rest.pop("unitPrice", UNSET)
        self.unit_price_in_currency = _rest.pop("unitPriceInCurrency", UNSET)
        self.manual_amount = _rest.pop("manualAmount", UNSET)
        self.manual_amount_in_currency = _rest.pop("manualAmountInCurrency", UNSET)
        self.amount = _rest.pop("amount", UNSET)
        self.cost = _rest.pop("cost", UNSET)
        self.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        _value = _rest.pop("account", UNSET)
        self.account = (
            _models.AccountInCashSaleLineDto._vn_fill(_new(_models.AccountInCashSaleLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("vatCode", UNSET)
        self.vat_code = (
            _models.VatCodeInCashSaleLineDto._vn_fill(_new(_models.VatCodeInCashSaleLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.uom = _rest.pop("uom", UNSET)
        self.discount_percent = _rest.pop("discountPercent", UNSET)
        self.discount_amount = _rest.pop("discountAmount", UNSET)
        self.discount_amount_in_currency = _rest.pop("discountAmountInCurrency", UNSET)
        self.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("subaccount", UNSET)
        self.subaccount = (
            _models.SubaccountInCashSaleLineDto._vn_fill(_new(_models.SubaccountInCashSaleLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.salesperson = _rest.pop("salesperson", UNSET)
        _value = _rest.pop("seller", UNSET)
        self.seller = (
            _models.SellerInCashSaleLineDto._vn_fill(_new(_models.SellerInCashSaleLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.deferral_schedule = _rest.pop("deferralSchedule", UNSET)
        self.deferral_code = _rest.pop("deferralCode", UNSET)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.note = _rest.pop("note", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        self.branch_number = (
            _models.BranchNumberInCashSaleLineDto._vn_fill(_new(_models.BranchNumberInCashSaleLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.external_link = _rest.pop("externalLink", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("line_number", "lineNumber", False, "int"),
        ("inventory_number", "inventoryNumber", False, "str"),
        ("description", "description", False, "str"),
        ("quantity", "quantity", False, "float"),
        ("unit_price", "unitPrice", False, "float"),
        ("unit_price_in_currency", "unitPriceInCurrency", False, "float"),
        ("manual_amount", "manualAmount", False, "float"),
        ("manual_amount_in_currency", "manualAmountInCurrency", False, "float"),
        ("amount", "amount", False, "float"),
        ("cost", "cost", False, "float"),
        ("amount_in_currency", "amountInCurrency", False, "float"),
        ("account", "account", False, ("model", "AccountInCashSaleLineDto")),
        ("vat_code", "vatCode", False, ("model", "VatCodeInCashSaleLineDto")),
        ("uom", "uom", False, "str"),
        ("discount_percent", "discountPercent", False, "float"),
        ("discount_amount", "discountAmount", False, "float"),
        ("discount_amount_in_currency", "discountAmountInCurrency", False, "float"),
        ("manual_discount", "manualDiscount", False, "bool"),
        ("subaccount", "subaccount", False, ("model", "SubaccountInCashSaleLineDto")),
        ("salesperson", "salesperson", False, "str"),
        ("seller", "seller", False, ("model", "SellerInCashSaleLineDto")),
        ("deferral_schedule", "deferralSchedule", False, "int"),
        ("deferral_code", "deferralCode", False, "str"),
        ("discount_code", "discountCode", False, "str"),
        ("note", "note", False, "str"),
        ("branch_number", "branchNumber", False, ("model", "BranchNumberInCashSaleLineDto")),
        ("external_link", "externalLink", False, "str"),
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


_Lazy = _lazy_twin(CashSaleLineDto)
