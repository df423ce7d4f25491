from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.customer_debit_note_line_dto_item_type import (
    CustomerDebitNoteLineDtoItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_customer_debit_note_line_dto import AccountInCustomerDebitNoteLineDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_customer_debit_note_line_dto import BranchNumberInCustomerDebitNoteLineDto
    from ..models.seller_in_customer_debit_note_line_dto import SellerInCustomerDebitNoteLineDto
    from ..models.subaccount_in_customer_debit_note_line_dto import SubaccountInCustomerDebitNoteLineDto
    from ..models.vat_code_in_customer_debit_note_line_dto import VatCodeInCustomerDebitNoteLineDto
    from ..models.work_type_dto import WorkTypeDto


T = TypeVar("T", bound="CustomerDebitNoteLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "term_start_date",
    "term_end_date",
    "is_rot_rut_deductible",
    "item_type",
    "type_of_work",
    "deductable_amount",
    "attachments",
    "so_shipment_nbr",
    "so_order_type",
    "so_order_nbr",
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
class CustomerDebitNoteLineDto:
    """
    Attributes:
        term_start_date (datetime.datetime | Unset): The date when the process of deferred revenue recognition should
            start for the
            selected item; this date can be specified manually if the deferral code assigned
            to the item is based on the Flexible by Periods, Prorate by days or Flexible by
            Days in Period recognition method.This column appears only if the Deferred
            Revenue Management feature is enabled on the Enable/Disable Features screen.
        term_end_date (datetime.datetime | Unset): The date when the process of the deferred revenue recognition should
            finish
            for the selected item; this date can be specified manually if the deferral code
            assigned to the item is based on the Flexible by Periods, Prorate by days or
            Flexible by Days in Period recognition method.This column appears only if the
            Deferred Revenue Management feature is enabled on the Enable/Disable Features form.
        is_rot_rut_deductible (bool | Unset): Domestic services deductible document &gt; A check box indicating if the
            document is Rot/rut deductible (applicable for the Swedish markets)
        item_type (CustomerDebitNoteLineDtoItemType | Unset):
        type_of_work (WorkTypeDto | Unset):
        deductable_amount (float | Unset):
        attachments (list[AttachmentDto] | Unset):
        so_shipment_nbr (str | Unset):
        so_order_type (str | Unset):
        so_order_nbr (str | Unset):
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
        account (AccountInCustomerDebitNoteLineDto | Unset): Mandatory field: Account* &gt; The sales account used for
            the transaction.
        vat_code (VatCodeInCustomerDebitNoteLineDto | Unset): VAT category &gt; The VAT category (if applied) for the
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
        subaccount (SubaccountInCustomerDebitNoteLineDto | Unset): Mandatory field: Subaccount* &gt; The corresponding
            subaccount used for this transaction.
        salesperson (str | Unset): The field is deprecated for customer document endpoints, please use Seller instead
        seller (SellerInCustomerDebitNoteLineDto | Unset): Salesperson ID &gt; The identifier of the salesperson
            involved.
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
        branch_number (BranchNumberInCustomerDebitNoteLineDto | Unset): Mandatory field: Branch* &gt; The branch that
            sells the line item or provides the service.
        external_link (str | Unset):
    """

    term_start_date: datetime.datetime | Unset = UNSET
    term_end_date: datetime.datetime | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    item_type: CustomerDebitNoteLineDtoItemType | Unset = UNSET
    type_of_work: WorkTypeDto | Unset = UNSET
    deductable_amount: float | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    so_shipment_nbr: str | Unset = UNSET
    so_order_type: str | Unset = UNSET
    so_order_nbr: str | Unset = UNSET
    line_number: int | Unset = UNSET
    inventory_number: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    unit_price_in_currency: float | Unset = UNSET
    manual_amount: float | Unset = UNSET
    manual_amount_in_currency: float | Unset = UNSET
    amount: float | Unset = UNSET
    cost: float | Unset = UNSET
    amount_in_currency: float | Unset = UNSET
    account: AccountInCustomerDebitNoteLineDto | Unset = UNSET
    vat_code: VatCodeInCustomerDebitNoteLineDto | Unset = UNSET
    uom: str | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    discount_amount_in_currency: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    subaccount: SubaccountInCustomerDebitNoteLineDto | Unset = UNSET
    salesperson: str | Unset = UNSET
    seller: SellerInCustomerDebitNoteLineDto | Unset = UNSET
    deferral_schedule: int | Unset = UNSET
    deferral_code: str | Unset = UNSET
    discount_code: str | Unset = UNSET
    note: str | Unset = UNSET
    branch_number: BranchNumberInCustomerDebitNoteLineDto | Unset = UNSET
    external_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term_start_date: str | Unset = UNSET
        if not isinstance(self.term_start_date, Unset):
            term_start_date = self.term_start_date.isoformat()

        term_end_date: str | Unset = UNSET
        if not isinstance(self.term_end_date, Unset):
            term_end_date = self.term_end_date.isoformat()

        is_rot_rut_deductible = self.is_rot_rut_deductible

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type

        type_of_work: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_of_work, Unset):
            type_of_work = self.type_of_work.to_dict()

        deductable_amount = self.deductable_amount

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        so_shipment_nbr = self.so_shipment_nbr

        so_order_type = self.so_order_type

        so_order_nbr = self.so_order_nbr

        line_number = self.line_number

        inventory_number = self.inventory_number

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        unit_price_in_currency = self.unit_price_in_currency

        manual_amount = self.manual_amount

        manual_amount_in_currency = self.manual_amount_in_currency

        amount = self.amount

        cost = self.cost

        amount_in_currency = self.amount_in_currency

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        vat_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_code, Unset):
            vat_code = self.vat_code.to_dict()

        uom = self.uom

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        discount_amount_in_currency = self.discount_amount_in_currency

        manual_discount = self.manual_discount

        subaccount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subaccount, Unset):
            subaccount = self.subaccount.to_dict()

        salesperson = self.salesperson

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        deferral_schedule = self.deferral_schedule

        deferral_code = self.deferral_code

        discount_code = self.discount_code

        note = self.note

        branch_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.branch_number, Unset):
            branch_number = self.branch_number.to_dict()

        external_link = self.external_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term_start_date is not UNSET:
            field_dict["termStartDate"] = term_start_date
        if term_end_date is not UNSET:
            field_dict["termEndDate"] = term_end_date
        if is_rot_rut_deductible is not UNSET:
            field_dict["isRotRutDeductible"] = is_rot_rut_deductible
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if type_of_work is not UNSET:
            field_dict["typeOfWork"] = type_of_work
        if deductable_amount is not UNSET:
            field_dict["deductableAmount"] = deductable_amount
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if so_shipment_nbr is not UNSET:
            field_dict["soShipmentNbr"] = so_shipment_nbr
        if so_order_type is not UNSET:
            field_dict["soOrderType"] = so_order_type
        if so_order_nbr is not UNSET:
            field_dict["soOrderNbr"] = so_order_nbr
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if inventory_number is not UNSET:
            field_dict["inventoryNumber"] = inventory_number
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if unit_price_in_currency is not UNSET:
            field_dict["unitPriceInCurrency"] = unit_price_in_currency
        if manual_amount is not UNSET:
            field_dict["manualAmount"] = manual_amount
        if manual_amount_in_currency is not UNSET:
            field_dict["manualAmountInCurrency"] = manual_amount_in_currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if amount_in_currency is not UNSET:
            field_dict["amountInCurrency"] = amount_in_currency
        if account is not UNSET:
            field_dict["account"] = account
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if uom is not UNSET:
            field_dict["uom"] = uom
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_amount_in_currency is not UNSET:
            field_dict["discountAmountInCurrency"] = discount_amount_in_currency
        if manual_discount is not UNSET:
            field_dict["manualDiscount"] = manual_discount
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if salesperson is not UNSET:
            field_dict["salesperson"] = salesperson
        if seller is not UNSET:
            field_dict["seller"] = seller
        if deferral_schedule is not UNSET:
            field_dict["deferralSchedule"] = deferral_schedule
        if deferral_code is not UNSET:
            field_dict["deferralCode"] = deferral_code
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if note is not UNSET:
            field_dict["note"] = note
        if branch_number is not UNSET:
            field_dict["branchNumber"] = branch_number
        if external_link is not UNSET:
            field_dict["externalLink"] = external_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("termStartDate", UNSET)
        _instance.term_start_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("termEndDate", UNSET)
        _instance.term_end_date = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.is_rot_rut_deductible = _rest.pop("isRotRutDeductible", UNSET)
        _instance.item_type = _rest.pop("itemType", UNSET)
        _value = _rest.pop("typeOfWork", UNSET)
        _instance.type_of_work = UNSET if _value is UNSET else _models.WorkTypeDto.from_dict(_value)
        _instance.deductable_amount = _rest.pop("deductableAmount", UNSET)
        _value = _rest.pop("attachments", UNSET)
        _instance.attachments = (
            UNSET
            if _value is UNSET
            else [_models.AttachmentDto.from_dict(attachments_item_data) for attachments_item_data in _value]
        )
        _instance.so_shipment_nbr = _rest.pop("soShipmentNbr", UNSET)
        _instance.so_order_type = _rest.pop("soOrderType", UNSET)
        _instance.so_order_nbr = _rest.pop("soOrderNbr", UNSET)
        _instance.line_number = _rest.pop("lineNumber", UNSET)
        _instance.inventory_number = _rest.pop("inventoryNumber", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.quantity = _rest.pop("quantity", UNSET)
        _instance.unit_price = _rest.pop("unitPrice", UNSET)
        _instance.unit_price_in_currency = _rest.pop("unitPriceInCurrency", UNSET)
        _instance.manual_amount = _rest.pop("manualAmount", UNSET)
        _instance.manual_amount_in_currency = _rest.pop("manualAmountInCurrency", UNSET)
        _instance.amount = _rest.pop("amount", UNSET)
        _instance.cost = _rest.pop("cost", UNSET)
        _instance.amount_in_currency = _rest.pop("amountInCurrency", UNSET)
        _value = _rest.pop("account", UNSET)
        _instance.account = UNSET if _value is UNSET else _models.AccountInCustomerDebitNoteLineDto.from_dict(_value)
        _value = _rest.pop("vatCode", UNSET)
        _instance.vat_code = UNSET if _value is UNSET else _models.VatCodeInCustomerDebitNoteLineDto.from_dict(_value)
        _instance.uom = _rest.pop("uom", UNSET)
        _instance.discount_percent = _rest.pop("discountPercent", UNSET)
        _instance.discount_amount = _rest.pop("discountAmount", UNSET)
        _instance.discount_amount_in_currency = _rest.pop("discountAmountInCurrency", UNSET)
        _instance.manual_discount = _rest.pop("manualDiscount", UNSET)
        _value = _rest.pop("subaccount", UNSET)
        _instance.subaccount = (
            UNSET if _value is UNSET else _models.SubaccountInCustomerDebitNoteLineDto.from_dict(_value)
        )
        _instance.salesperson = _rest.pop("salesperson", UNSET)
        _value = _rest.pop("seller", UNSET)
        _instance.seller = UNSET if _value is UNSET else _models.SellerInCustomerDebitNoteLineDto.from_dict(_value)
        _instance.deferral_schedule = _rest.pop("deferralSchedule", UNSET)
        _instance.deferral_code = _rest.pop("deferralCode", UNSET)
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.note = _rest.pop("note", UNSET)
        _value = _rest.pop("branchNumber", UNSET)
        _instance.branch_number = (
            UNSET if _value is UNSET else _models.BranchNumberInCustomerDebitNoteLineDto.from_dict(_value)
        )
        _instance.external_link = _rest.pop("externalLink", UNSET)
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
