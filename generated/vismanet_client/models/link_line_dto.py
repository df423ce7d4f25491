from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.link_line_dto_purchase_type import LinkLineDtoPurchaseType
from ..types import UNSET, Unset

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
class LinkLineDto:
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

    purchase_type: LinkLineDtoPurchaseType | Unset = UNSET
    purchase_number: PurchaseNumberInLinkLineDto | Unset = UNSET
    purchase_line_nbr: PurchaseLineNbrInLinkLineDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_type: str | Unset = UNSET
        if not isinstance(self.purchase_type, Unset):
            purchase_type = self.purchase_type

        purchase_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_number, Unset):
            purchase_number = self.purchase_number.to_dict()

        purchase_line_nbr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_line_nbr, Unset):
            purchase_line_nbr = self.purchase_line_nbr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_type is not UNSET:
            field_dict["purchaseType"] = purchase_type
        if purchase_number is not UNSET:
            field_dict["purchaseNumber"] = purchase_number
        if purchase_line_nbr is not UNSET:
            field_dict["purchaseLineNbr"] = purchase_line_nbr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.purchase_type = _rest.pop("purchaseType", UNSET)
        _value = _rest.pop("purchaseNumber", UNSET)
        _instance.purchase_number = UNSET if _value is UNSET else _models.PurchaseNumberInLinkLineDto.from_dict(_value)
        _value = _rest.pop("purchaseLineNbr", UNSET)
        _instance.purchase_line_nbr = (
            UNSET if _value is UNSET else _models.PurchaseLineNbrInLinkLineDto.from_dict(_value)
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
