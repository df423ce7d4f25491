from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_id_in_tax_detail_dto import VatIdInTaxDetailDto


T = TypeVar("T", bound="TaxDetailDto")


@_attrs_define
class TaxDetailDto:
    """This class represents a VAT Detail Line. Used for getting data.

    Attributes:
        tax_id (str | Unset): Mandatory field: VAT ID* &gt; The ID of the VAT applied to the document.
        record_id (int | Unset): The id as stored in the database. It can be used when we want to update a VAT record.
        vat_id (VatIdInTaxDetailDto | Unset): VAT ID &gt; The ID of the specific VAT applied.
        vat_rate (float | Unset): VAT rate &gt; The rate of the VAT.
        taxable_amount (float | Unset): Taxable amount &gt; The taxable amount for the VAT, which is calculated at the
            document level.
        vat_amount (float | Unset): VAT &gt; The VAT amount for the specific VAT, which is calculated at the document
            level.
    """

    tax_id: str | Unset = UNSET
    record_id: int | Unset = UNSET
    vat_id: VatIdInTaxDetailDto | Unset = UNSET
    vat_rate: float | Unset = UNSET
    taxable_amount: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_id = self.tax_id

        record_id = self.record_id

        vat_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_id, Unset):
            vat_id = self.vat_id.to_dict()

        vat_rate = self.vat_rate

        taxable_amount = self.taxable_amount

        vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vat_id_in_tax_detail_dto import VatIdInTaxDetailDto

        d = dict(src_dict)
        tax_id = d.pop("taxId", UNSET)

        record_id = d.pop("recordId", UNSET)

        _vat_id = d.pop("vatId", UNSET)
        vat_id: VatIdInTaxDetailDto | Unset
        if isinstance(_vat_id, Unset):
            vat_id = UNSET
        else:
            vat_id = VatIdInTaxDetailDto.from_dict(_vat_id)

        vat_rate = d.pop("vatRate", UNSET)

        taxable_amount = d.pop("taxableAmount", UNSET)

        vat_amount = d.pop("vatAmount", UNSET)

        tax_detail_dto = cls(
            tax_id=tax_id,
            record_id=record_id,
            vat_id=vat_id,
            vat_rate=vat_rate,
            taxable_amount=taxable_amount,
            vat_amount=vat_amount,
        )

        tax_detail_dto.additional_properties = d
        return tax_detail_dto

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
