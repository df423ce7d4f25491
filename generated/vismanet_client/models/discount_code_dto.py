from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="DiscountCodeDto")


@_attrs_define
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
        from ..models.metadata_dto import MetadataDto

        d = dict(src_dict)
        discount_code = d.pop("discountCode", UNSET)

        description = d.pop("description", UNSET)

        discount_type = d.pop("discountType", UNSET)

        applicable_to = d.pop("applicableTo", UNSET)

        apply_to_deferred_revenue = d.pop("applyToDeferredRevenue", UNSET)

        manual = d.pop("manual", UNSET)

        exclude_from_discountable_amount = d.pop("excludeFromDiscountableAmount", UNSET)

        skip_document_discounts = d.pop("skipDocumentDiscounts", UNSET)

        auto_numbering = d.pop("autoNumbering", UNSET)

        last_number = d.pop("lastNumber", UNSET)

        _created_date_time = d.pop("createdDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("lastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(_last_modified_date_time)

        error_info = d.pop("errorInfo", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MetadataDto | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataDto.from_dict(_metadata)

        discount_code_dto = cls(
            discount_code=discount_code,
            description=description,
            discount_type=discount_type,
            applicable_to=applicable_to,
            apply_to_deferred_revenue=apply_to_deferred_revenue,
            manual=manual,
            exclude_from_discountable_amount=exclude_from_discountable_amount,
            skip_document_discounts=skip_document_discounts,
            auto_numbering=auto_numbering,
            last_number=last_number,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            error_info=error_info,
            metadata=metadata,
        )

        discount_code_dto.additional_properties = d
        return discount_code_dto

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
