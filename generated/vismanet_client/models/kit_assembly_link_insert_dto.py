from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

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
class KitAssemblyLinkInsertDto(GeneratedModel):
    """
    Attributes:
        order_type (OrderTypeInKitAssemblyLinkInsertDto | Unset): Reference to the order type that the kit assembly is
            connected to
        order_number (OrderNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order number that the kit
            assembly is connected to
        order_line_number (OrderLineNumberInKitAssemblyLinkInsertDto | Unset): Reference to the order line number that
            the kit assembly is connected to
    """

    order_type: OrderTypeInKitAssemblyLinkInsertDto | Unset | None = UNSET
    order_number: OrderNumberInKitAssemblyLinkInsertDto | Unset | None = UNSET
    order_line_number: OrderLineNumberInKitAssemblyLinkInsertDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.order_number
        if _value is not UNSET:
            field_dict["orderNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.order_line_number
        if _value is not UNSET:
            field_dict["orderLineNumber"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not KitAssemblyLinkInsertDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("orderType", UNSET)
        self.order_type = (
            _models.OrderTypeInKitAssemblyLinkInsertDto._vn_fill(
                _new(_models.OrderTypeInKitAssemblyLinkInsertDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("orderNumber", UNSET)
        self.order_number = (
            _models.OrderNumberInKitAssemblyLinkInsertDto._vn_fill(
                _new(_models.OrderNumberInKitAssemblyLinkInsertDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("orderLineNumber", UNSET)
        self.order_line_number = (
            _models.OrderLineNumberInKitAssemblyLinkInsertDto._vn_fill(
                _new(_models.OrderLineNumberInKitAssemblyLinkInsertDto), _value
            )
            if isinstance(_value, dict)
            else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", False, ("model", "OrderTypeInKitAssemblyLinkInsertDto")),
        ("order_number", "orderNumber", False, ("model", "OrderNumberInKitAssemblyLinkInsertDto")),
        ("order_line_number", "orderLineNumber", False, ("model", "OrderLineNumberInKitAssemblyLinkInsertDto")),
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


_Lazy = _lazy_twin(KitAssemblyLinkInsertDto)
