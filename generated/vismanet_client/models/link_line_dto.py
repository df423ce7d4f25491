from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.link_line_dto_purchase_type import LinkLineDtoPurchaseType
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.purchase_line_nbr_in_link_line_dto import PurchaseLineNbrInLinkLineDto
    from ..models.purchase_number_in_link_line_dto import PurchaseNumberInLinkLineDto


T = TypeVar("T", bound="LinkLineDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "purchase_type",
    "purchase_number",
    "purchase_line_nbr",
)


@_attrs_define(repr=False)
class LinkLineDto(GeneratedModel):
    """
    Attributes:
        purchase_type (LinkLineDtoPurchaseType | Unset): PurchaseTye can be either
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseOrder} or
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseReceipt}<para>
            It should be noted that for stock-items, its only limited to
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseReceipt}, however,
            for non-stock items we can choose either {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseReceipt} or
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseOrder}</para>
        purchase_number (PurchaseNumberInLinkLineDto | Unset): PurchaseNumber refers to either PurchaseOrder or
            PurchaseReceipt number depends on the value of {Visma.net.ERP.Web.Api.Model.V1.AP.LinkLineDto.PurchaseType}
            If {Visma.net.ERP.Web.Api.Model.V1.AP.LinkLineDto.PurchaseType} is set to
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseReceipt}, then it should refer to the PruchaseReceipt
            number
            otherwise it refers to the PurchaseOrder
        purchase_line_nbr (PurchaseLineNbrInLinkLineDto | Unset): PurchaseLineNbr refers to either PurchaseOrder or
            PurchaseReceipt line number depends on the value of {Visma.net.ERP.Web.Api.Model.V1.AP.LinkLineDto.PurchaseType}
            If {Visma.net.ERP.Web.Api.Model.V1.AP.LinkLineDto.PurchaseType} is set to
            {Visma.net.ERP.Web.Api.Model.V1.Enum.PurchaseType.PurchaseReceipt}, then it should refer to the PruchaseReceipt
            line number
            otherwise it refers to the PurchaseOrder
    """

    purchase_type: LinkLineDtoPurchaseType | Unset | None = UNSET
    purchase_number: PurchaseNumberInLinkLineDto | Unset | None = UNSET
    purchase_line_nbr: PurchaseLineNbrInLinkLineDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.purchase_type
        if _value is not UNSET:
            field_dict["purchaseType"] = _value
        _value = self.purchase_number
        if _value is not UNSET:
            field_dict["purchaseNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.purchase_line_nbr
        if _value is not UNSET:
            field_dict["purchaseLineNbr"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not LinkLineDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.purchase_type = _rest.pop("purchaseType", UNSET)
        _value = _rest.pop("purchaseNumber", UNSET)
        self.purchase_number = (
            _models.PurchaseNumberInLinkLineDto._vn_fill(_new(_models.PurchaseNumberInLinkLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("purchaseLineNbr", UNSET)
        self.purchase_line_nbr = (
            _models.PurchaseLineNbrInLinkLineDto._vn_fill(_new(_models.PurchaseLineNbrInLinkLineDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("purchase_type", "purchaseType", False, "str"),
        ("purchase_number", "purchaseNumber", False, ("model", "PurchaseNumberInLinkLineDto")),
        ("purchase_line_nbr", "purchaseLineNbr", False, ("model", "PurchaseLineNbrInLinkLineDto")),
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


_Lazy = _lazy_twin(LinkLineDto)
