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
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

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
class VatInformationDto(GeneratedModel):
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

    vat_category_id: str | Unset | None = UNSET
    vat_id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    type_: VatInformationDtoType | Unset | None = UNSET
    deductible_vat: bool | Unset | None = UNSET
    reverse_vat: bool | Unset | None = UNSET
    statistical_vat: bool | Unset | None = UNSET
    pending_vat: bool | Unset | None = UNSET
    includein_vat_exempt_total: bool | Unset | None = UNSET
    includein_vat_total: bool | Unset | None = UNSET
    enter_from_vat_invoice: bool | Unset | None = UNSET
    calculate_on: VatInformationDtoCalculateOn | Unset | None = UNSET
    cash_discount: VatInformationDtoCashDiscount | Unset | None = UNSET
    vat_agency_id: VatAgencyIdInVatInformationDto | Unset | None = UNSET
    not_valid_after: datetime.datetime | Unset | None = UNSET
    eu_report_code: VatInformationDtoEuReportCode | Unset | None = UNSET
    document_text: str | Unset | None = UNSET
    default_non_stock_item: DefaultNonStockItemInVatInformationDto | Unset | None = UNSET
    visma_xml_vat_type: VatInformationDtoVismaXmlVatType | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    gl_accounts: GlAccountsInVatInformationDto | Unset | None = UNSET
    schedules: list[VatInformationScheduleDto] | Unset | None = UNSET
    categories: list[VatCategoryDto] | Unset | None = UNSET
    zones: list[VatZoneDto] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.vat_category_id
        if _value is not UNSET:
            field_dict["vatCategoryId"] = _value
        _value = self.vat_id
        if _value is not UNSET:
            field_dict["vatId"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.type_
        if _value is not UNSET:
            field_dict["type"] = _value
        _value = self.deductible_vat
        if _value is not UNSET:
            field_dict["deductibleVat"] = _value
        _value = self.reverse_vat
        if _value is not UNSET:
            field_dict["reverseVat"] = _value
        _value = self.statistical_vat
        if _value is not UNSET:
            field_dict["statisticalVat"] = _value
        _value = self.pending_vat
        if _value is not UNSET:
            field_dict["pendingVat"] = _value
        _value = self.includein_vat_exempt_total
        if _value is not UNSET:
            field_dict["includeinVatExemptTotal"] = _value
        _value = self.includein_vat_total
        if _value is not UNSET:
            field_dict["includeinVatTotal"] = _value
        _value = self.enter_from_vat_invoice
        if _value is not UNSET:
            field_dict["enterFromVatInvoice"] = _value
        _value = self.calculate_on
        if _value is not UNSET:
            field_dict["calculateOn"] = _value
        _value = self.cash_discount
        if _value is not UNSET:
            field_dict["cashDiscount"] = _value
        _value = self.vat_agency_id
        if _value is not UNSET:
            field_dict["vatAgencyId"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.not_valid_after
        if _value is not UNSET:
            field_dict["notValidAfter"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.eu_report_code
        if _value is not UNSET:
            field_dict["euReportCode"] = _value
        _value = self.document_text
        if _value is not UNSET:
            field_dict["documentText"] = _value
        _value = self.default_non_stock_item
        if _value is not UNSET:
            field_dict["defaultNonStockItem"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.visma_xml_vat_type
        if _value is not UNSET:
            field_dict["vismaXmlVatType"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.gl_accounts
        if _value is not UNSET:
            field_dict["glAccounts"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.schedules
        if _value is not UNSET:
            field_dict["schedules"] = (
                [
                    schedules_item_data.to_dict()
                    if isinstance(schedules_item_data, GeneratedModel)
                    else schedules_item_data
                    for schedules_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.categories
        if _value is not UNSET:
            field_dict["categories"] = (
                [
                    categories_item_data.to_dict()
                    if isinstance(categories_item_data, GeneratedModel)
                    else categories_item_data
                    for categories_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.zones
        if _value is not UNSET:
            field_dict["zones"] = (
                [
                    zones_item_data.to_dict() if isinstance(zones_item_data, GeneratedModel) else zones_item_data
                    for zones_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not VatInformationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.vat_category_id = _rest.pop("vatCategoryId", UNSET)
        self.vat_id = _rest.pop("vatId", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.type_ = _rest.pop("type", UNSET)
        self.deductible_vat = _rest.pop("deductibleVat", UNSET)
        self.reverse_vat = _rest.pop("reverseVat", UNSET)
        self.statistical_vat = _rest.pop("statisticalVat", UNSET)
        self.pending_vat = _rest.pop("pendingVat", UNSET)
        self.includein_vat_exempt_total = _rest.pop("includeinVatExemptTotal", UNSET)
        self.includein_vat_total = _rest.pop("includeinVatTotal", UNSET)
        self.enter_from_vat_invoice = _rest.pop("enterFromVatInvoice", UNSET)
        self.calculate_on = _rest.pop("calculateOn", UNSET)
        self.cash_discount = _rest.pop("cashDiscount", UNSET)
        _value = _rest.pop("vatAgencyId", UNSET)
        self.vat_agency_id = (
            _models.VatAgencyIdInVatInformationDto._vn_fill(_new(_models.VatAgencyIdInVatInformationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("notValidAfter", UNSET)
        self.not_valid_after = _parse_datetime(_value)
        self.eu_report_code = _rest.pop("euReportCode", UNSET)
        self.document_text = _rest.pop("documentText", UNSET)
        _value = _rest.pop("defaultNonStockItem", UNSET)
        self.default_non_stock_item = (
            _models.DefaultNonStockItemInVatInformationDto._vn_fill(
                _new(_models.DefaultNonStockItemInVatInformationDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        self.visma_xml_vat_type = _rest.pop("vismaXmlVatType", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("glAccounts", UNSET)
        self.gl_accounts = (
            _models.GlAccountsInVatInformationDto._vn_fill(_new(_models.GlAccountsInVatInformationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("schedules", UNSET)
        self.schedules = (
            [
                _models.VatInformationScheduleDto._vn_fill(_new(_models.VatInformationScheduleDto), schedules_item_data)
                if isinstance(schedules_item_data, dict)
                else schedules_item_data
                for schedules_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("categories", UNSET)
        self.categories = (
            [
                _models.VatCategoryDto._vn_fill(_new(_models.VatCategoryDto), categories_item_data)
                if isinstance(categories_item_data, dict)
                else categories_item_data
                for categories_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        _value = _rest.pop("zones", UNSET)
        self.zones = (
            [
                _models.VatZoneDto._vn_fill(_new(_models.VatZoneDto), zones_item_data)
                if isinstance(zones_item_data, dict)
                else zones_item_data
                for zones_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("vat_category_id", "vatCategoryId", False, "str"),
        ("vat_id", "vatId", False, "str"),
        ("description", "description", False, "str"),
        ("type_", "type", False, "str"),
        ("deductible_vat", "deductibleVat", False, "bool"),
        ("reverse_vat", "reverseVat", False, "bool"),
        ("statistical_vat", "statisticalVat", False, "bool"),
        ("pending_vat", "pendingVat", False, "bool"),
        ("includein_vat_exempt_total", "includeinVatExemptTotal", False, "bool"),
        ("includein_vat_total", "includeinVatTotal", False, "bool"),
        ("enter_from_vat_invoice", "enterFromVatInvoice", False, "bool"),
        ("calculate_on", "calculateOn", False, "str"),
        ("cash_discount", "cashDiscount", False, "str"),
        ("vat_agency_id", "vatAgencyId", False, ("model", "VatAgencyIdInVatInformationDto")),
        ("not_valid_after", "notValidAfter", False, "datetime"),
        ("eu_report_code", "euReportCode", False, "str"),
        ("document_text", "documentText", False, "str"),
        ("default_non_stock_item", "defaultNonStockItem", False, ("model", "DefaultNonStockItemInVatInformationDto")),
        ("visma_xml_vat_type", "vismaXmlVatType", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        ("gl_accounts", "glAccounts", False, ("model", "GlAccountsInVatInformationDto")),
        ("schedules", "schedules", False, ("list", ("model", "VatInformationScheduleDto"))),
        ("categories", "categories", False, ("list", ("model", "VatCategoryDto"))),
        ("zones", "zones", False, ("list", ("model", "VatZoneDto"))),
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


_Lazy = _lazy_twin(VatInformationDto)
