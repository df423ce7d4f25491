from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.sales_order_type_dto_behavior import SalesOrderTypeDtoBehavior
from ..models.sales_order_type_dto_customer_document_type import (
    SalesOrderTypeDtoCustomerDocumentType,
)
from ..models.sales_order_type_dto_default_operation import (
    SalesOrderTypeDtoDefaultOperation,
)
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.metadata_dto import MetadataDto


T = TypeVar("T", bound="SalesOrderTypeDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "order_type",
    "active",
    "description",
    "behavior",
    "default_operation",
    "customer_document_type",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SalesOrderTypeDto(GeneratedModel):
    """This class represents a SOOrderType in SalesOrderTypeController. Used to get data.

    Attributes:
        order_type (str | Unset): Mandatory field: The top part &gt; Order type* &gt; The ID of the order type, which is
            a two-character alphanumeric string.
        active (bool | Unset): The top part &gt; Active &gt; A check box that indicates (if selected) that the order
            type is active,
        description (str | Unset): The top part &gt; Description &gt; The brief description of the order type.
        behavior (SalesOrderTypeDtoBehavior | Unset): Template settings tab &gt; Automation behaviour &gt; An automation
            behaviour is a set of automation steps. The type of automation behaviour used for the template, which can be
            Sales order, Invoice, Quote, Credit note, or RMA order.
        default_operation (SalesOrderTypeDtoDefaultOperation | Unset): Template settings tab &gt; Default operation &gt;
            The default inventory operation for the order type, which can be Receipt or Issue.
        customer_document_type (SalesOrderTypeDtoCustomerDocumentType | Unset): Template settings tab &gt; Customer
            document type &gt; The type of customer ledger document to be generated on release of a document of this type.
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    order_type: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    behavior: SalesOrderTypeDtoBehavior | Unset | None = UNSET
    default_operation: SalesOrderTypeDtoDefaultOperation | Unset | None = UNSET
    customer_document_type: SalesOrderTypeDtoCustomerDocumentType | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.order_type
        if _value is not UNSET:
            field_dict["orderType"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.description
        if _value is not UNSET:
            field_dict["description"] = _value
        _value = self.behavior
        if _value is not UNSET:
            field_dict["behavior"] = _value
        _value = self.default_operation
        if _value is not UNSET:
            field_dict["defaultOperation"] = _value
        _value = self.customer_document_type
        if _value is not UNSET:
            field_dict["customerDocumentType"] = _value
        _value = self.error_info
        if _value is not UNSET:
            field_dict["errorInfo"] = _value
        _value = self.metadata
        if _value is not UNSET:
            field_dict["metadata"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently; the fields are filled from it when the model is first used."""
        if cls is not SalesOrderTypeDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        self.order_type = _rest.pop("orderType", UNSET)
        self.active = _rest.pop("active", UNSET)
        self.description = _rest.pop("description", UNSET)
        self.behavior = _rest.pop("behavior", UNSET)
        self.default_operation = _rest.pop("defaultOperation", UNSET)
        self.customer_document_type = _rest.pop("customerDocumentType", UNSET)
        self.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        self.metadata = (
            _models.MetadataDto._vn_fill(_new(_models.MetadataDto), _value) if isinstance(_value, dict) else _value
        )
        # dict(_rest) sheds the deleted slots of a large record; most records have no unknown keys at all.
        self.additional_properties = dict(_rest) if _rest else {}
        return self

    # What the spec documents, for find_problems() (vismanet_ext.validate, VismaNet(strict=True)).
    _vn_expect = (
        ("order_type", "orderType", False, "str"),
        ("active", "active", False, "bool"),
        ("description", "description", False, "str"),
        ("behavior", "behavior", False, "str"),
        ("default_operation", "defaultOperation", False, "str"),
        ("customer_document_type", "customerDocumentType", False, "str"),
        ("error_info", "errorInfo", False, "str"),
        ("metadata", "metadata", False, ("model", "MetadataDto")),
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


_Lazy = _lazy_twin(SalesOrderTypeDto)
