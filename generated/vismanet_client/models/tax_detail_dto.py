from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vat_id_in_tax_detail_dto import VatIdInTaxDetailDto


T = TypeVar("T", bound="TaxDetailDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "tax_id",
    "record_id",
    "vat_id",
    "vat_rate",
    "taxable_amount",
    "vat_amount",
)


@_attrs_define(repr=False)
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
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.tax_id = _rest.pop("taxId", UNSET)
        _instance.record_id = _rest.pop("recordId", UNSET)
        _value = _rest.pop("vatId", UNSET)
        _instance.vat_id = UNSET if _value is UNSET else _models.VatIdInTaxDetailDto.from_dict(_value)
        _instance.vat_rate = _rest.pop("vatRate", UNSET)
        _instance.taxable_amount = _rest.pop("taxableAmount", UNSET)
        _instance.vat_amount = _rest.pop("vatAmount", UNSET)
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
