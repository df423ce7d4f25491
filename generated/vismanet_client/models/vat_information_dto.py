from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_information_dto_calculate_on import (
    VatInformationDtoCalculateOn,
    check_vat_information_dto_calculate_on,
)
from ..models.vat_information_dto_cash_discount import (
    VatInformationDtoCashDiscount,
    check_vat_information_dto_cash_discount,
)
from ..models.vat_information_dto_eu_report_code import (
    VatInformationDtoEuReportCode,
    check_vat_information_dto_eu_report_code,
)
from ..models.vat_information_dto_type import VatInformationDtoType, check_vat_information_dto_type
from ..models.vat_information_dto_visma_xml_vat_type import (
    VatInformationDtoVismaXmlVatType,
    check_vat_information_dto_visma_xml_vat_type,
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


@_attrs_define
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
        from ..models.default_non_stock_item_in_vat_information_dto import DefaultNonStockItemInVatInformationDto
        from ..models.gl_accounts_in_vat_information_dto import GlAccountsInVatInformationDto
        from ..models.vat_agency_id_in_vat_information_dto import VatAgencyIdInVatInformationDto
        from ..models.vat_category_dto import VatCategoryDto
        from ..models.vat_information_schedule_dto import VatInformationScheduleDto
        from ..models.vat_zone_dto import VatZoneDto

        d = dict(src_dict)
        vat_category_id = d.pop("vatCategoryId", UNSET)

        vat_id = d.pop("vatId", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VatInformationDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_vat_information_dto_type(_type_)

        deductible_vat = d.pop("deductibleVat", UNSET)

        reverse_vat = d.pop("reverseVat", UNSET)

        statistical_vat = d.pop("statisticalVat", UNSET)

        pending_vat = d.pop("pendingVat", UNSET)

        includein_vat_exempt_total = d.pop("includeinVatExemptTotal", UNSET)

        includein_vat_total = d.pop("includeinVatTotal", UNSET)

        enter_from_vat_invoice = d.pop("enterFromVatInvoice", UNSET)

        _calculate_on = d.pop("calculateOn", UNSET)
        calculate_on: VatInformationDtoCalculateOn | Unset
        if isinstance(_calculate_on, Unset):
            calculate_on = UNSET
        else:
            calculate_on = check_vat_information_dto_calculate_on(_calculate_on)

        _cash_discount = d.pop("cashDiscount", UNSET)
        cash_discount: VatInformationDtoCashDiscount | Unset
        if isinstance(_cash_discount, Unset):
            cash_discount = UNSET
        else:
            cash_discount = check_vat_information_dto_cash_discount(_cash_discount)

        _vat_agency_id = d.pop("vatAgencyId", UNSET)
        vat_agency_id: VatAgencyIdInVatInformationDto | Unset
        if isinstance(_vat_agency_id, Unset):
            vat_agency_id = UNSET
        else:
            vat_agency_id = VatAgencyIdInVatInformationDto.from_dict(_vat_agency_id)

        _not_valid_after = d.pop("notValidAfter", UNSET)
        not_valid_after: datetime.datetime | Unset
        if isinstance(_not_valid_after, Unset):
            not_valid_after = UNSET
        else:
            not_valid_after = datetime.datetime.fromisoformat(_not_valid_after)

        _eu_report_code = d.pop("euReportCode", UNSET)
        eu_report_code: VatInformationDtoEuReportCode | Unset
        if isinstance(_eu_report_code, Unset):
            eu_report_code = UNSET
        else:
            eu_report_code = check_vat_information_dto_eu_report_code(_eu_report_code)

        document_text = d.pop("documentText", UNSET)

        _default_non_stock_item = d.pop("defaultNonStockItem", UNSET)
        default_non_stock_item: DefaultNonStockItemInVatInformationDto | Unset
        if isinstance(_default_non_stock_item, Unset):
            default_non_stock_item = UNSET
        else:
            default_non_stock_item = DefaultNonStockItemInVatInformationDto.from_dict(_default_non_stock_item)

        _visma_xml_vat_type = d.pop("vismaXmlVatType", UNSET)
        visma_xml_vat_type: VatInformationDtoVismaXmlVatType | Unset
        if isinstance(_visma_xml_vat_type, Unset):
            visma_xml_vat_type = UNSET
        else:
            visma_xml_vat_type = check_vat_information_dto_visma_xml_vat_type(_visma_xml_vat_type)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        _gl_accounts = d.pop("glAccounts", UNSET)
        gl_accounts: GlAccountsInVatInformationDto | Unset
        if isinstance(_gl_accounts, Unset):
            gl_accounts = UNSET
        else:
            gl_accounts = GlAccountsInVatInformationDto.from_dict(_gl_accounts)

        _schedules = d.pop("schedules", UNSET)
        schedules: list[VatInformationScheduleDto] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = VatInformationScheduleDto.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        _categories = d.pop("categories", UNSET)
        categories: list[VatCategoryDto] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = VatCategoryDto.from_dict(categories_item_data)

                categories.append(categories_item)

        _zones = d.pop("zones", UNSET)
        zones: list[VatZoneDto] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = VatZoneDto.from_dict(zones_item_data)

                zones.append(zones_item)

        vat_information_dto = cls(
            vat_category_id=vat_category_id,
            vat_id=vat_id,
            description=description,
            type_=type_,
            deductible_vat=deductible_vat,
            reverse_vat=reverse_vat,
            statistical_vat=statistical_vat,
            pending_vat=pending_vat,
            includein_vat_exempt_total=includein_vat_exempt_total,
            includein_vat_total=includein_vat_total,
            enter_from_vat_invoice=enter_from_vat_invoice,
            calculate_on=calculate_on,
            cash_discount=cash_discount,
            vat_agency_id=vat_agency_id,
            not_valid_after=not_valid_after,
            eu_report_code=eu_report_code,
            document_text=document_text,
            default_non_stock_item=default_non_stock_item,
            visma_xml_vat_type=visma_xml_vat_type,
            last_modified_date_time=last_modified_date_time,
            gl_accounts=gl_accounts,
            schedules=schedules,
            categories=categories,
            zones=zones,
        )

        vat_information_dto.additional_properties = d
        return vat_information_dto

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
