from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_contract_details_line_dto_invoice_type import (
    CustomerContractDetailsLineDtoInvoiceType,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

T = TypeVar("T", bound="CustomerContractDetailsLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "contract_detail_id",
    "item_code",
    "description",
    "included",
    "difference",
    "setup_price",
    "setup_discount",
    "recurring_price",
    "extra_usage_price",
    "recurring_discount",
    "renewal_price",
    "renewal_discount",
    "invoice_type",
)


@_attrs_define(repr=False)
class CustomerContractDetailsLineDto(GeneratedModel):
    """This class represents a CustomerContractDetailLine in CustomerContractController. Used for getting data.

    Attributes:
        contract_detail_id (int | Unset):
        item_code (str | Unset):
        description (str | Unset):
        included (float | Unset):
        difference (float | Unset):
        setup_price (float | Unset):
        setup_discount (float | Unset):
        recurring_price (float | Unset):
        extra_usage_price (float | Unset):
        recurring_discount (float | Unset):
        renewal_price (float | Unset):
        renewal_discount (float | Unset):
        invoice_type (CustomerContractDetailsLineDtoInvoiceType | Unset):
    """

    contract_detail_id: int | Unset | None = UNSET
    item_code: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    included: float | Unset | None = UNSET
    difference: float | Unset | None = UNSET
    setup_price: float | Unset | None = UNSET
    setup_discount: float | Unset | None = UNSET
    recurring_price: float | Unset | None = UNSET
    extra_usage_price: float | Unset | None = UNSET
    recurring_discount: float | Unset | None = UNSET
    renewal_price: float | Unset | None = UNSET
    renewal_discount: float | Unset | None = UNSET
    invoice_type: CustomerContractDetailsLineDtoInvoiceType | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.contract_detail_id
        if _value is not UNSET:
            field_dict["contractDetailId"] = _value
        _value = self.item_code
        if _value is not UNSET:
            field_dict["itemCode"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.included
        if _value is not UNSET:
            field_dict["included"] = _value
        _value = self.difference
        if _value is not UNSET:
            field_dict["difference"] = _value
        _value = self.setup_price
        if _value is not UNSET:
            field_dict["setupPrice"] = _value
        _value = self.setup_discount
        if _value is not UNSET:
            field_dict["setupDiscount"] = _value
        _value = self.recurring_price
        if _value is not UNSET:
            field_dict["recurringPrice"] = _value
        _value = self.extra_usage_price
        if _value is not UNSET:
            field_dict["extraUsagePrice"] = _value
        _value = self.recurring_discount
        if _value is not UNSET:
            field_dict["recurringDiscount"] = _value
        _value = self.renewal_price
        if _value is not UNSET:
            field_dict["renewalPrice"] = _value
        _value = self.renewal_discount
        if _value is not UNSET:
            field_dict["renewalDiscount"] = _value
        _value = self.invoice_type
        if _value is not UNSET:
            field_dict["invoiceType"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not CustomerContractDetailsLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.contract_detail_id = _rest.pop("contractDetailId", UNSET)
        self.item_code = _rest.pop("itemCode", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.included = _rest.pop("included", UNSET)
        self.difference = _rest.pop("difference", UNSET)
        self.setup_price = _rest.pop("setupPrice", UNSET)
        self.setup_discount = _rest.pop("setupDiscount", UNSET)
        self.recurring_price = _rest.pop("recurringPrice", UNSET)
        self.extra_usage_price = _rest.pop("extraUsagePrice", UNSET)
        self.recurring_discount = _rest.pop("recurringDiscount", UNSET)
        self.renewal_price = _rest.pop("renewalPrice", UNSET)
        self.renewal_discount = _rest.pop("renewalDiscount", UNSET)
        self.invoice_type = _rest.pop("invoiceType", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("contract_detail_id", "contractDetailId", False, "int"),
        ("item_code", "itemCode", False, "str"),
        ("description", "description", False, "str"),
        ("included", "included", False, "float"),
        ("difference", "difference", False, "float"),
        ("setup_price", "setupPrice", False, "float"),
        ("setup_discount", "setupDiscount", False, "float"),
        ("recurring_price", "recurringPrice", False, "float"),
        ("extra_usage_price", "extraUsagePrice", False, "float"),
        ("recurring_discount", "recurringDiscount", False, "float"),
        ("renewal_price", "renewalPrice", False, "float"),
        ("renewal_discount", "renewalDiscount", False, "float"),
        ("invoice_type", "invoiceType", False, "str"),
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


_Lazy = _lazy_twin(CustomerContractDetailsLineDto)
