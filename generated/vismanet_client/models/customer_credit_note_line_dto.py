from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_credit_note_line_dto_item_type import (
    CustomerCreditNoteLineDtoItemType,
    check_customer_credit_note_line_dto_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_in_customer_credit_note_line_dto import AccountInCustomerCreditNoteLineDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.branch_number_in_customer_credit_note_line_dto import BranchNumberInCustomerCreditNoteLineDto
    from ..models.project_task_id_description_dto import ProjectTaskIdDescriptionDto
    from ..models.seller_in_customer_credit_note_line_dto import SellerInCustomerCreditNoteLineDto
    from ..models.subaccount_in_customer_credit_note_line_dto import SubaccountInCustomerCreditNoteLineDto
    from ..models.vat_code_in_customer_credit_note_line_dto import VatCodeInCustomerCreditNoteLineDto
    from ..models.work_type_dto import WorkTypeDto


T = TypeVar("T", bound="CustomerCreditNoteLineDto")


@_attrs_define
class CustomerCreditNoteLineDto:
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
        is_rot_rut_deductible (bool | Unset):
        item_type (CustomerCreditNoteLineDtoItemType | Unset):
        type_of_work (WorkTypeDto | Unset):
        deductable_amount (float | Unset):
        so_shipment_nbr (str | Unset):
        so_order_type (str | Unset):
        so_order_nbr (str | Unset):
        attachments (list[AttachmentDto] | Unset):
        project_task (ProjectTaskIdDescriptionDto | Unset):
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
        account (AccountInCustomerCreditNoteLineDto | Unset): Mandatory field: Account* &gt; The sales account used for
            the transaction.
        vat_code (VatCodeInCustomerCreditNoteLineDto | Unset): VAT category &gt; The VAT category (if applied) for the
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
        subaccount (SubaccountInCustomerCreditNoteLineDto | Unset): Mandatory field: Subaccount* &gt; The corresponding
            subaccount used for this transaction.
        salesperson (str | Unset): The field is deprecated for customer document endpoints, please use Seller instead
        seller (SellerInCustomerCreditNoteLineDto | Unset): Salesperson ID &gt; The identifier of the salesperson
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
        branch_number (BranchNumberInCustomerCreditNoteLineDto | Unset): Mandatory field: Branch* &gt; The branch that
            sells the line item or provides the service.
        external_link (str | Unset):
    """

    term_start_date: datetime.datetime | Unset = UNSET
    term_end_date: datetime.datetime | Unset = UNSET
    is_rot_rut_deductible: bool | Unset = UNSET
    item_type: CustomerCreditNoteLineDtoItemType | Unset = UNSET
    type_of_work: WorkTypeDto | Unset = UNSET
    deductable_amount: float | Unset = UNSET
    so_shipment_nbr: str | Unset = UNSET
    so_order_type: str | Unset = UNSET
    so_order_nbr: str | Unset = UNSET
    attachments: list[AttachmentDto] | Unset = UNSET
    project_task: ProjectTaskIdDescriptionDto | Unset = UNSET
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
    account: AccountInCustomerCreditNoteLineDto | Unset = UNSET
    vat_code: VatCodeInCustomerCreditNoteLineDto | Unset = UNSET
    uom: str | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    discount_amount_in_currency: float | Unset = UNSET
    manual_discount: bool | Unset = UNSET
    subaccount: SubaccountInCustomerCreditNoteLineDto | Unset = UNSET
    salesperson: str | Unset = UNSET
    seller: SellerInCustomerCreditNoteLineDto | Unset = UNSET
    deferral_schedule: int | Unset = UNSET
    deferral_code: str | Unset = UNSET
    discount_code: str | Unset = UNSET
    note: str | Unset = UNSET
    branch_number: BranchNumberInCustomerCreditNoteLineDto | Unset = UNSET
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

        so_shipment_nbr = self.so_shipment_nbr

        so_order_type = self.so_order_type

        so_order_nbr = self.so_order_nbr

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        project_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_task, Unset):
            project_task = self.project_task.to_dict()

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
        if so_shipment_nbr is not UNSET:
            field_dict["soShipmentNbr"] = so_shipment_nbr
        if so_order_type is not UNSET:
            field_dict["soOrderType"] = so_order_type
        if so_order_nbr is not UNSET:
            field_dict["soOrderNbr"] = so_order_nbr
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if project_task is not UNSET:
            field_dict["projectTask"] = project_task
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
        from ..models.account_in_customer_credit_note_line_dto import AccountInCustomerCreditNoteLineDto
        from ..models.attachment_dto import AttachmentDto
        from ..models.branch_number_in_customer_credit_note_line_dto import BranchNumberInCustomerCreditNoteLineDto
        from ..models.project_task_id_description_dto import ProjectTaskIdDescriptionDto
        from ..models.seller_in_customer_credit_note_line_dto import SellerInCustomerCreditNoteLineDto
        from ..models.subaccount_in_customer_credit_note_line_dto import SubaccountInCustomerCreditNoteLineDto
        from ..models.vat_code_in_customer_credit_note_line_dto import VatCodeInCustomerCreditNoteLineDto
        from ..models.work_type_dto import WorkTypeDto

        d = dict(src_dict)
        _term_start_date = d.pop("termStartDate", UNSET)
        term_start_date: datetime.datetime | Unset
        if isinstance(_term_start_date, Unset):
            term_start_date = UNSET
        else:
            term_start_date = datetime.datetime.fromisoformat(_term_start_date)

        _term_end_date = d.pop("termEndDate", UNSET)
        term_end_date: datetime.datetime | Unset
        if isinstance(_term_end_date, Unset):
            term_end_date = UNSET
        else:
            term_end_date = datetime.datetime.fromisoformat(_term_end_date)

        is_rot_rut_deductible = d.pop("isRotRutDeductible", UNSET)

        _item_type = d.pop("itemType", UNSET)
        item_type: CustomerCreditNoteLineDtoItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = check_customer_credit_note_line_dto_item_type(_item_type)

        _type_of_work = d.pop("typeOfWork", UNSET)
        type_of_work: WorkTypeDto | Unset
        if isinstance(_type_of_work, Unset):
            type_of_work = UNSET
        else:
            type_of_work = WorkTypeDto.from_dict(_type_of_work)

        deductable_amount = d.pop("deductableAmount", UNSET)

        so_shipment_nbr = d.pop("soShipmentNbr", UNSET)

        so_order_type = d.pop("soOrderType", UNSET)

        so_order_nbr = d.pop("soOrderNbr", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentDto] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentDto.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _project_task = d.pop("projectTask", UNSET)
        project_task: ProjectTaskIdDescriptionDto | Unset
        if isinstance(_project_task, Unset):
            project_task = UNSET
        else:
            project_task = ProjectTaskIdDescriptionDto.from_dict(_project_task)

        line_number = d.pop("lineNumber", UNSET)

        inventory_number = d.pop("inventoryNumber", UNSET)

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        unit_price_in_currency = d.pop("unitPriceInCurrency", UNSET)

        manual_amount = d.pop("manualAmount", UNSET)

        manual_amount_in_currency = d.pop("manualAmountInCurrency", UNSET)

        amount = d.pop("amount", UNSET)

        cost = d.pop("cost", UNSET)

        amount_in_currency = d.pop("amountInCurrency", UNSET)

        _account = d.pop("account", UNSET)
        account: AccountInCustomerCreditNoteLineDto | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountInCustomerCreditNoteLineDto.from_dict(_account)

        _vat_code = d.pop("vatCode", UNSET)
        vat_code: VatCodeInCustomerCreditNoteLineDto | Unset
        if isinstance(_vat_code, Unset):
            vat_code = UNSET
        else:
            vat_code = VatCodeInCustomerCreditNoteLineDto.from_dict(_vat_code)

        uom = d.pop("uom", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        discount_amount = d.pop("discountAmount", UNSET)

        discount_amount_in_currency = d.pop("discountAmountInCurrency", UNSET)

        manual_discount = d.pop("manualDiscount", UNSET)

        _subaccount = d.pop("subaccount", UNSET)
        subaccount: SubaccountInCustomerCreditNoteLineDto | Unset
        if isinstance(_subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = SubaccountInCustomerCreditNoteLineDto.from_dict(_subaccount)

        salesperson = d.pop("salesperson", UNSET)

        _seller = d.pop("seller", UNSET)
        seller: SellerInCustomerCreditNoteLineDto | Unset
        if isinstance(_seller, Unset):
            seller = UNSET
        else:
            seller = SellerInCustomerCreditNoteLineDto.from_dict(_seller)

        deferral_schedule = d.pop("deferralSchedule", UNSET)

        deferral_code = d.pop("deferralCode", UNSET)

        discount_code = d.pop("discountCode", UNSET)

        note = d.pop("note", UNSET)

        _branch_number = d.pop("branchNumber", UNSET)
        branch_number: BranchNumberInCustomerCreditNoteLineDto | Unset
        if isinstance(_branch_number, Unset):
            branch_number = UNSET
        else:
            branch_number = BranchNumberInCustomerCreditNoteLineDto.from_dict(_branch_number)

        external_link = d.pop("externalLink", UNSET)

        customer_credit_note_line_dto = cls(
            term_start_date=term_start_date,
            term_end_date=term_end_date,
            is_rot_rut_deductible=is_rot_rut_deductible,
            item_type=item_type,
            type_of_work=type_of_work,
            deductable_amount=deductable_amount,
            so_shipment_nbr=so_shipment_nbr,
            so_order_type=so_order_type,
            so_order_nbr=so_order_nbr,
            attachments=attachments,
            project_task=project_task,
            line_number=line_number,
            inventory_number=inventory_number,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            unit_price_in_currency=unit_price_in_currency,
            manual_amount=manual_amount,
            manual_amount_in_currency=manual_amount_in_currency,
            amount=amount,
            cost=cost,
            amount_in_currency=amount_in_currency,
            account=account,
            vat_code=vat_code,
            uom=uom,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
            discount_amount_in_currency=discount_amount_in_currency,
            manual_discount=manual_discount,
            subaccount=subaccount,
            salesperson=salesperson,
            seller=seller,
            deferral_schedule=deferral_schedule,
            deferral_code=deferral_code,
            discount_code=discount_code,
            note=note,
            branch_number=branch_number,
            external_link=external_link,
        )

        customer_credit_note_line_dto.additional_properties = d
        return customer_credit_note_line_dto

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
