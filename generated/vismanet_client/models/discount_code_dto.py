from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="DiscountCodeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "discount_code",
    "description",
    "discount_type",
    "applicable_to",
    "apply_to_deferred_revenue",
    "manual",
    "exclude_from_discountable_amount",
    "skip_document_discounts",
    "auto_numbering",
    "last_number",
    "created_date_time",
    "last_modified_date_time",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class DiscountCodeDto(GeneratedModel):
    """
    Attributes:
        discount_code (str | Unset):
        description (str | Unset):
        discount_type (str | Unset): DiscountType: L - Line, G - Group, D - Document
        applicable_to (str | Unset): Mandatory field: Discount codes table &gt; Applicable to &gt; The entity to which
            the discount may be applied.
            Applicable To values:
            CU - Customer,
            CI - Customer and Item,
            CP - Customer and Item Price Class,
            CE - Customer Price Class,
            PI - Customer Price Class and Item,
            PP - Customer Price Class and Item Price Class,
            CB - Customer and Branch,
            PB - Customer Price Class and Branch,
            WH - Warehouse,
            WI - Warehouse and Item,
            WC - Warehouse and Customer,
            WP - Warehouse and Item Price Class,
            WE - Warehouse and Customer Price Class,
            BR - Branch,
            IN - Item,
            IE - Item Price Class,
            UN - Unconditional
        apply_to_deferred_revenue (bool | Unset): Discount codes table &gt; Apply to deferred revenue &gt; A check box
            that (if selected) indicates that a discount should be applied to a component price while computing a deferred
            revenue for the component.
        manual (bool | Unset): Discount codes table &gt; Manual &gt; A check box that (if selected) indicates that this
            discount is excluded from automatic searches for the best available discount.
        exclude_from_discountable_amount (bool | Unset): Discount codes table &gt; Exclude from discountable amount &gt;
            A check box that (if selected) indicates that the line amount is excluded from the amount that is the base for
            any applicable Group or Document discount.
        skip_document_discounts (bool | Unset): Discount codes table &gt; Skip document discounts &gt; A check box that
            indicates (if selected) that after this discount has been applied, no other applicable discounts should be
            applied.
        auto_numbering (bool | Unset): Discount codes table &gt; Auto numbering &gt; A check box that you select to use
            auto-numbering for generating IDs for series based on this discount code.
        last_number (str | Unset): Discount codes table &gt; Last number &gt; The last ID used for the series if series
            IDs are auto-numbered.
        created_date_time (datetime.datetime | Unset): System generated value.
        last_modified_date_time (datetime.datetime | Unset): System generated value.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    discount_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    discount_type: str | Unset | None = UNSET
    applicable_to: str | Unset | None = UNSET
    apply_to_deferred_revenue: bool | Unset | None = UNSET
    manual: bool | Unset | None = UNSET
    exclude_from_discountable_amount: bool | Unset | None = UNSET
    skip_document_discounts: bool | Unset | None = UNSET
    auto_numbering: bool | Unset | None = UNSET
    last_number: str | Unset | None = UNSET
    created_date_time: datetime.datetime | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.discount_code
        if _value is not UNSET:
            field_dict["discountCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.discount_type
        if _value is not UNSET:
            field_dict["discountType"] = _value
        _value = self.applicable_to
        if _value is not UNSET:
            field_dict["applicableTo"] = _value
        _value = self.apply_to_deferred_revenue
        if _value is not UNSET:
            field_dict["applyToDeferredRevenue"] = _value
        _value = self.manual
        if _value is not UNSET:
            field_dict["manual"] = _value
        _value = self.exclude_from_discountable_amount
        if _value is not UNSET:
            field_dict["excludeFromDiscountableAmount"] = _value
        _value = self.skip_document_discounts
        if _value is not UNSET:
            field_dict["skipDocumentDiscounts"] = _value
        _value = self.auto_numbering
        if _value is not UNSET:
            field_dict["autoNumbering"] = _value
        _value = self.last_number
        if _value is not UNSET:
            field_dict["lastNumber"] = _value
        _value = self.created_date_time
        if _value is not UNSET:
            field_dict["createdDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
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
        if cls is not DiscountCodeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.discount_code = _rest.pop("discountCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.discount_type = _rest.pop("discountType", UNSET)
        self.applicable_to = _rest.pop("applicableTo", UNSET)
        self.apply_to_deferred_revenue = _rest.pop("applyToDeferredRevenue", UNSET)
        self.manual = _rest.pop("manual", UNSET)
        self.exclude_from_discountable_amount = _rest.pop("excludeFromDiscountableAmount", UNSET)
        self.skip_document_discounts = _rest.pop("skipDocumentDiscounts", UNSET)
        self.auto_numbering = _rest.pop("autoNumbering", UNSET)
        self.last_number = _rest.pop("lastNumber", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        self.created_date_time = _parse_datetime(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
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
        ("discount_code", "discountCode", False, "str"),
        ("description", "description", False, "str"),
        ("discount_type", "discountType", False, "str"),
        ("applicable_to", "applicableTo", False, "str"),
        ("apply_to_deferred_revenue", "applyToDeferredRevenue", False, "bool"),
        ("manual", "manual", False, "bool"),
        ("exclude_from_discountable_amount", "excludeFromDiscountableAmount", False, "bool"),
        ("skip_document_discounts", "skipDocumentDiscounts", False, "bool"),
        ("auto_numbering", "autoNumbering", False, "bool"),
        ("last_number", "lastNumber", False, "str"),
        ("created_date_time", "createdDateTime", False, "datetime"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
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


_Lazy = _lazy_twin(DiscountCodeDto)
