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
    from ..models.class_attribute_dto import ClassAttributeDto


T = TypeVar("T", bound="SupplierClassDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "attributes",
    "payment_method_id",
    "payment_method_description",
    "time_stamp",
    "id",
    "description",
)


@_attrs_define(repr=False)
class SupplierClassDto(GeneratedModel):
    """
    Attributes:
        attributes (list[ClassAttributeDto] | Unset):
        payment_method_id (str | Unset):
        payment_method_description (str | Unset):
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        id (str | Unset): Click on the magnifier. &gt; The identifier.
        description (str | Unset): Click on the magnifier. &gt; The description.
    """

    attributes: list[ClassAttributeDto] | Unset | None = UNSET
    payment_method_id: str | Unset | None = UNSET
    payment_method_description: str | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.attributes
        if _value is not UNSET:
            field_dict["attributes"] = (
                [
                    attributes_item_data.to_dict()
                    if isinstance(attributes_item_data, GeneratedModel)
                    else attributes_item_data
                    for attributes_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.payment_method_id
        if _value is not UNSET:
            field_dict["paymentMethodId"] = _value
        _value = self.payment_method_description
        if _value is not UNSET:
            field_dict["paymentMethodDescription"] = _value
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
        _value = self.id
        if _value is not UNSET:
            field_dict["id"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SupplierClassDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("attributes", UNSET)
        self.attributes = (
            [
                _models.ClassAttributeDto._vn_fill(_new(_models.ClassAttributeDto), attributes_item_data)
                if isinstance(attributes_item_data, dict)
                else attributes_item_data
                for attributes_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.payment_method_id = _rest.pop("paymentMethodId", UNSET)
        self.payment_method_description = _rest.pop("paymentMethodDescription", UNSET)
        self.time_stamp = _rest.pop("timeStamp", UNSET)
        self.id = _rest.pop("id", UNSET)
        self.description = _rest.pop("description", UNSET)
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("attributes", "attributes", False, ("list", ("model", "ClassAttributeDto"))),
        ("payment_method_id", "paymentMethodId", False, "str"),
        ("payment_method_description", "paymentMethodDescription", False, "str"),
        ("time_stamp", "timeStamp", False, "str"),
        ("id", "id", False, "str"),
        ("description", "description", False, "str"),
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


_Lazy = _lazy_twin(SupplierClassDto)
