from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.vat_information_dto_calculate_on import (
    VatInformationDtoCalculateOn,
)
from ..models.vat_information_dto_cash_discount import (
    VatInformationDtoCashDiscount,
)
from ..models.vat_information_dto_eu_report_code import (
    VatInformationDtoEuReportCode,
)
from ..models.vat_information_dto_type import VatInformationDtoType
from ..models.vat_information_dto_visma_xml_vat_type import (
    VatInformationDtoVismaXmlVatType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_non_stock_item_in_vat_information_dto import DefaultNonStockItemInVatInformationDto
    from ..models.gl_accounts_in_vat_information_dto import GlAccountsInVatInformationDto
    from ..models.vat_agency_id_in_vat_information_dto import VatAgencyIdInVatInformationDto
    from ..models.vat_category_dto import VatCategoryDto
    from ..models.vat_information_schedule_dto import VatInformationScheduleDto
    from ..models.vat_zone_dto import VatZoneDto


T = TypeVar("T", bound="VatInformationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "vat_category_id",
    "vat_id",
    "description",
    "type_",
    "deductible_vat",
    "reverse_vat",
    "statistical_vat",
    "pending_vat",
    "includein_vat_exempt_total",
    "includein_vat_total",
    "enter_from_vat_invoice",
    "calculate_on",
    "cash_discount",
    "vat_agency_id",
    "not_valid_after",
    "eu_report_code",
    "document_text",
    "default_non_stock_item",
    "visma_xml_vat_type",
    "last_modified_date_time",
    "gl_accounts",
    "schedules",
    "categories",
    "zones",
)


@_attrs_define(repr=False)
class VatInformationDto:
    """
    Attributes:
        vat_category_id (str | Unset): VatCategoryId is deprecated, please use Vat Id instead
        vat_id (str | Unset): Mandatory field: VAT settings tab &gt; VAT ID* &gt; The unique ID of the VAT.
        description (str | Unset): VAT settings tab &gt; Description &gt; A detailed description of the VAT.
        type_ (VatInformationDtoType | Unset): VAT settings tab &gt; VAT type &gt; The type of VAT.
        deductible_vat (bool | Unset): VAT settings tab &gt; Partially deductible VAT &gt; A check box that indicates
            (if selected) that this is a deductible value-added VAT.
        reverse_vat (bool | Unset): VAT settings tab &gt; Reverse VAT &gt; A check box that indicates (if selected) that
            this is a reverse VAT.
        statistical_vat (bool | Unset): VAT settings tab &gt; Statistical VAT &gt; A check box that indicates (if
            selected) that the VAT on documents will be calculated only for statistical purposes or will be reported only
            but not actually paid.
        pending_vat (bool | Unset): VAT settings tab &gt; Pendig VAT &gt; A check box that indicates (if selected) that
            the VAT that should be calculated in documents, but should not be recorded to the VAT report until the VAT
            invoice is received.
        includein_vat_exempt_total (bool | Unset): VAT settings tab &gt; Include in VAT exempt total &gt; A check box
            that indicates (if selected) that this value-added VAT has a zero rate and is used to calculate a document
            subtotal that is actually exempt from VAT.
        includein_vat_total (bool | Unset): VAT settings tab &gt; Include in VAT taxable total &gt; A check box that
            indicates (if selected) that the VAT taxable amount should appear in the VAT taxable total field in the
            documents (such as invoices).
        enter_from_vat_invoice (bool | Unset): VAT settings tab &gt; Enter from VAT invoice &gt; A check box that
            indicates (if selected) that this VAT should be calculated for documents only if the documents are added to a
            VAT invoice or VAT adjustment.
        calculate_on (VatInformationDtoCalculateOn | Unset): VAT settings tab &gt; Calculate on &gt; The method of
            calculating the tax amount, which is one of the following options: Extract from item amount, Item amount, Item
            and VAT amount, Document amount, Document and VAT amount.
        cash_discount (VatInformationDtoCashDiscount | Unset): VAT settings tab &gt; Cash discount &gt; The method of
            calculating the tax base amount if a cash discount is applied.
        vat_agency_id (VatAgencyIdInVatInformationDto | Unset): VAT settings tab &gt; Tax agency &gt; The name of the
            tax agency to receive the VAT.
        not_valid_after (datetime.datetime | Unset): VAT settings tab &gt; Not valid after &gt; The date after which the
            VAT is not effective.
        eu_report_code (VatInformationDtoEuReportCode | Unset): VAT settings tab &gt; EU report code &gt; The EU
            reporting code for the VAT.
        document_text (str | Unset): VAT Settings tab &gt; Document text tab &gt; Document text &gt; The text to be
            printed to the VAT document.
        default_non_stock_item (DefaultNonStockItemInVatInformationDto | Unset): VAT settings tab &gt; Default non-stock
            item &gt; The default non-stock item for the VAT ID.
        visma_xml_vat_type (VatInformationDtoVismaXmlVatType | Unset): VAT settings tab &gt; Visma XML VAT type &gt; The
            VAT type to be used in Visma XML files.
        last_modified_date_time (datetime.datetime | Unset): System generated information.
        gl_accounts (GlAccountsInVatInformationDto | Unset): General ledger accounts &gt;
        schedules (list[VatInformationScheduleDto] | Unset): Both tabs &gt; VAT schedule &gt;
        categories (list[VatCategoryDto] | Unset): Both tabs &gt; Categories tab &gt;
        zones (list[VatZoneDto] | Unset): Both tabs &gt; Zones tab &gt;
    """

    vat_category_id: str | Unset = UNSET
    vat_id: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: VatInformationDtoType | Unset = UNSET
    deductible_vat: bool | Unset = UNSET
    reverse_vat: bool | Unset = UNSET
    statistical_vat: bool | Unset = UNSET
    pending_vat: bool | Unset = UNSET
    includein_vat_exempt_total: bool | Unset = UNSET
    includein_vat_total: bool | Unset = UNSET
    enter_from_vat_invoice: bool | Unset = UNSET
    calculate_on: VatInformationDtoCalculateOn | Unset = UNSET
    cash_discount: VatInformationDtoCashDiscount | Unset = UNSET
    vat_agency_id: VatAgencyIdInVatInformationDto | Unset = UNSET
    not_valid_after: datetime.datetime | Unset = UNSET
    eu_report_code: VatInformationDtoEuReportCode | Unset = UNSET
    document_text: str | Unset = UNSET
    default_non_stock_item: DefaultNonStockItemInVatInformationDto | Unset = UNSET
    visma_xml_vat_type: VatInformationDtoVismaXmlVatType | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    gl_accounts: GlAccountsInVatInformationDto | Unset = UNSET
    schedules: list[VatInformationScheduleDto] | Unset = UNSET
    categories: list[VatCategoryDto] | Unset = UNSET
    zones: list[VatZoneDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_category_id = self.vat_category_id

        vat_id = self.vat_id

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        deductible_vat = self.deductible_vat

        reverse_vat = self.reverse_vat

        statistical_vat = self.statistical_vat

        pending_vat = self.pending_vat

        includein_vat_exempt_total = self.includein_vat_exempt_total

        includein_vat_total = self.includein_vat_total

        enter_from_vat_invoice = self.enter_from_vat_invoice

        calculate_on: str | Unset = UNSET
        if not isinstance(self.calculate_on, Unset):
            calculate_on = self.calculate_on

        cash_discount: str | Unset = UNSET
        if not isinstance(self.cash_discount, Unset):
            cash_discount = self.cash_discount

        vat_agency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_agency_id, Unset):
            vat_agency_id = self.vat_agency_id.to_dict()

        not_valid_after: str | Unset = UNSET
        if not isinstance(self.not_valid_after, Unset):
            not_valid_after = self.not_valid_after.isoformat()

        eu_report_code: str | Unset = UNSET
        if not isinstance(self.eu_report_code, Unset):
            eu_report_code = self.eu_report_code

        document_text = self.document_text

        default_non_stock_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_non_stock_item, Unset):
            default_non_stock_item = self.default_non_stock_item.to_dict()

        visma_xml_vat_type: str | Unset = UNSET
        if not isinstance(self.visma_xml_vat_type, Unset):
            visma_xml_vat_type = self.visma_xml_vat_type

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        gl_accounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gl_accounts, Unset):
            gl_accounts = self.gl_accounts.to_dict()

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_category_id is not UNSET:
            field_dict["vatCategoryId"] = vat_category_id
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deductible_vat is not UNSET:
            field_dict["deductibleVat"] = deductible_vat
        if reverse_vat is not UNSET:
            field_dict["reverseVat"] = reverse_vat
        if statistical_vat is not UNSET:
            field_dict["statisticalVat"] = statistical_vat
        if pending_vat is not UNSET:
            field_dict["pendingVat"] = pending_vat
        if includein_vat_exempt_total is not UNSET:
            field_dict["includeinVatExemptTotal"] = includein_vat_exempt_total
        if includein_vat_total is not UNSET:
            field_dict["includeinVatTotal"] = includein_vat_total
        if enter_from_vat_invoice is not UNSET:
            field_dict["enterFromVatInvoice"] = enter_from_vat_invoice
        if calculate_on is not UNSET:
            field_dict["calculateOn"] = calculate_on
        if cash_discount is not UNSET:
            field_dict["cashDiscount"] = cash_discount
        if vat_agency_id is not UNSET:
            field_dict["vatAgencyId"] = vat_agency_id
        if not_valid_after is not UNSET:
            field_dict["notValidAfter"] = not_valid_after
        if eu_report_code is not UNSET:
            field_dict["euReportCode"] = eu_report_code
        if document_text is not UNSET:
            field_dict["documentText"] = document_text
        if default_non_stock_item is not UNSET:
            field_dict["defaultNonStockItem"] = default_non_stock_item
        if visma_xml_vat_type is not UNSET:
            field_dict["vismaXmlVatType"] = visma_xml_vat_type
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if gl_accounts is not UNSET:
            field_dict["glAccounts"] = gl_accounts
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if categories is not UNSET:
            field_dict["categories"] = categories
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        _instance.vat_id = _rest.pop("vatId", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.type_ = _rest.pop("type", UNSET)
        _instance.deductible_vat = _rest.pop("deductibleVat", UNSET)
        _instance.reverse_vat = _rest.pop("reverseVat", UNSET)
        _instance.statistical_vat = _rest.pop("statisticalVat", UNSET)
        _instance.pending_vat = _rest.pop("pendingVat", UNSET)
        _instance.includein_vat_exempt_total = _rest.pop("includeinVatExemptTotal", UNSET)
        _instance.includein_vat_total = _rest.pop("includeinVatTotal", UNSET)
        _instance.enter_from_vat_invoice = _rest.pop("enterFromVatInvoice", UNSET)
        _instance.calculate_on = _rest.pop("calculateOn", UNSET)
        _instance.cash_discount = _rest.pop("cashDiscount", UNSET)
        _value = _rest.pop("vatAgencyId", UNSET)
        _instance.vat_agency_id = UNSET if _value is UNSET else _models.VatAgencyIdInVatInformationDto.from_dict(_value)
        _value = _rest.pop("notValidAfter", UNSET)
        _instance.not_valid_after = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.eu_report_code = _rest.pop("euReportCode", UNSET)
        _instance.document_text = _rest.pop("documentText", UNSET)
        _value = _rest.pop("defaultNonStockItem", UNSET)
        _instance.default_non_stock_item = (
            UNSET if _value is UNSET else _models.DefaultNonStockItemInVatInformationDto.from_dict(_value)
        )
        _instance.visma_xml_vat_type = _rest.pop("vismaXmlVatType", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("glAccounts", UNSET)
        _instance.gl_accounts = UNSET if _value is UNSET else _models.GlAccountsInVatInformationDto.from_dict(_value)
        _value = _rest.pop("schedules", UNSET)
        _instance.schedules = (
            UNSET
            if _value is UNSET
            else [_models.VatInformationScheduleDto.from_dict(schedules_item_data) for schedules_item_data in _value]
        )
        _value = _rest.pop("categories", UNSET)
        _instance.categories = (
            UNSET
            if _value is UNSET
            else [_models.VatCategoryDto.from_dict(categories_item_data) for categories_item_data in _value]
        )
        _value = _rest.pop("zones", UNSET)
        _instance.zones = (
            UNSET if _value is UNSET else [_models.VatZoneDto.from_dict(zones_item_data) for zones_item_data in _value]
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
