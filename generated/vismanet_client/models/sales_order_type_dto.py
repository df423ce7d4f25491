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
from ..types import UNSET, Unset

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
class SalesOrderTypeDto:
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

    order_type: str | Unset = UNSET
    active: bool | Unset = UNSET
    description: str | Unset = UNSET
    behavior: SalesOrderTypeDtoBehavior | Unset = UNSET
    default_operation: SalesOrderTypeDtoDefaultOperation | Unset = UNSET
    customer_document_type: SalesOrderTypeDtoCustomerDocumentType | Unset = UNSET
    error_info: str | Unset = UNSET
    metadata: MetadataDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        active = self.active

        description = self.description

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior

        default_operation: str | Unset = UNSET
        if not isinstance(self.default_operation, Unset):
            default_operation = self.default_operation

        customer_document_type: str | Unset = UNSET
        if not isinstance(self.customer_document_type, Unset):
            customer_document_type = self.customer_document_type

        error_info = self.error_info

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if default_operation is not UNSET:
            field_dict["defaultOperation"] = default_operation
        if customer_document_type is not UNSET:
            field_dict["customerDocumentType"] = customer_document_type
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Built without __init__: the generated attrs classes have no validators, converters or hooks to run,
        # and setting the slots here directly makes parsing a page about a third faster.
        _instance = _new(cls)
        _rest = dict(src_dict)
        _instance.order_type = _rest.pop("orderType", UNSET)
        _instance.active = _rest.pop("active", UNSET)
        _instance.description = _rest.pop("description", UNSET)
        _instance.behavior = _rest.pop("behavior", UNSET)
        _instance.default_operation = _rest.pop("defaultOperation", UNSET)
        _instance.customer_document_type = _rest.pop("customerDocumentType", UNSET)
        _instance.error_info = _rest.pop("errorInfo", UNSET)
        _value = _rest.pop("metadata", UNSET)
        _instance.metadata = UNSET if _value is UNSET else _models.MetadataDto.from_dict(_value)
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
