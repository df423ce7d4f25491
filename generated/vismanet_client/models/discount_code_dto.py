from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

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
class DiscountCodeDto:
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

    discount_code: str | Unset = UNSET
    description: str | Unset = UNSET
    discount_type: str | Unset = UNSET
    applicable_to: str | Unset = UNSET
    apply_to_deferred_revenue: bool | Unset = UNSET
    manual: bool | Unset = UNSET
    exclude_from_discountable_amount: bool | Unset = UNSET
    skip_document_discounts: bool | Unset = UNSET
    auto_numbering: bool | Unset = UNSET
    last_number: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_code = self.discount_code

        description = self.description

        discount_type = self.discount_type

        applicable_to = self.applicable_to

        apply_to_deferred_revenue = self.apply_to_deferred_revenue

        manual = self.manual

        exclude_from_discountable_amount = self.exclude_from_discountable_amount

        skip_document_discounts = self.skip_document_discounts

        auto_numbering = self.auto_numbering

        last_number = self.last_number

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code
        if description is not UNSET:
            field_dict["description"] = description
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if applicable_to is not UNSET:
            field_dict["applicableTo"] = applicable_to
        if apply_to_deferred_revenue is not UNSET:
            field_dict["applyToDeferredRevenue"] = apply_to_deferred_revenue
        if manual is not UNSET:
            field_dict["manual"] = manual
        if exclude_from_discountable_amount is not UNSET:
            field_dict["excludeFromDiscountableAmount"] = exclude_from_discountable_amount
        if skip_document_discounts is not UNSET:
            field_dict["skipDocumentDiscounts"] = skip_document_discounts
        if auto_numbering is not UNSET:
            field_dict["autoNumbering"] = auto_numbering
        if last_number is not UNSET:
            field_dict["lastNumber"] = last_number
        if created_date_time is not UNSET:
            field_dict["createdDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["lastModifiedDateTime"] = last_modified_date_time
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.discount_code = _rest.pop("discountCode", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.discount_type = _rest.pop("discountType", UNSET)
        _instance.applicable_to = _rest.pop("applicableTo", UNSET)
        _instance.apply_to_deferred_revenue = _rest.pop("applyToDeferredRevenue", UNSET)
        _instance.manual = _rest.pop("manual", UNSET)
        _instance.exclude_from_discountable_amount = _rest.pop("excludeFromDiscountableAmount", UNSET)
        _instance.skip_document_discounts = _rest.pop("skipDocumentDiscounts", UNSET)
        _instance.auto_numbering = _rest.pop("autoNumbering", UNSET)
        _instance.last_number = _rest.pop("lastNumber", UNSET)
        _value = _rest.pop("createdDateTime", UNSET)
        _instance.created_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        _instance.last_modified_date_time = UNSET if _value is UNSET else datetime.datetime.fromisoformat(_value)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
