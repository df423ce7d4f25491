from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, GeneratedModel, Unset
from ..types import lazy_twin as _lazy_twin
from ..types import new_model as _new_model
from ..types import parse_datetime as _parse_datetime
from ..types import set_source as _set_source

if TYPE_CHECKING:
    from ..models.address_in_supplier_location_dto import AddressInSupplierLocationDto
    from ..models.baccount_in_supplier_location_dto import BaccountInSupplierLocationDto
    from ..models.contact_in_supplier_location_dto import ContactInSupplierLocationDto
    from ..models.metadata_dto import MetadataDto
    from ..models.supplier_payment_method_detail_dto import SupplierPaymentMethodDetailDto
    from ..models.vat_zone_in_supplier_location_dto import VatZoneInSupplierLocationDto


T = TypeVar("T", bound="SupplierLocationDto")

_new = object.__new__  # a module global: cheaper per instance than looking up cls.__new__

# Fields in declaration order, for __repr__.
_FIELD_NAMES: tuple[str, ...] = (
    "baccount",
    "location_id",
    "location_name",
    "active",
    "address",
    "contact",
    "vat_registration_id",
    "vat_zone",
    "edi_code",
    "gln",
    "corporate_id",
    "last_modified_date_time",
    "supplier_payment_method_details",
    "time_stamp",
    "error_info",
    "metadata",
)


@_attrs_define(repr=False)
class SupplierLocationDto(GeneratedModel):
    """This class represents a Location in LocationController. Used for getting data.

    Attributes:
        baccount (BaccountInSupplierLocationDto | Unset): Mandatory field: The top part &gt; Business connection* &gt;
            The business account this location is associated with. Click the magnifier.
        location_id (str | Unset): Mandatory field: The top part &gt; Location ID* &gt; The identifier of the location.
            Click the magnifier.
        location_name (str | Unset): The top part &gt; Location name &gt; A descriptive name to help users recognize the
            location.
        active (bool | Unset): The top part &gt; Active &gt; A check box that you select if the location is active.
        address (AddressInSupplierLocationDto | Unset): General information tab &gt; Location address section &gt;
        contact (ContactInSupplierLocationDto | Unset): General information tab &gt; Location contact section &gt;
        vat_registration_id (str | Unset): General information tab &gt; Location address section &gt; VAT registration
            ID &gt; The optional VAT registration ID associated with the location.
        vat_zone (VatZoneInSupplierLocationDto | Unset): General information tab &gt; Location address section &gt; VAT
            zone &gt; The VAT zone associated with the account location.
        edi_code (str | Unset): General information tab &gt; Location address section &gt; EDI code &gt; The EDI code to
            be used for the customer location.
        gln (str | Unset): General information tab &gt; Location address section &gt; GLN &gt; The GLN to be used for
            the customer location.
        corporate_id (str | Unset): General information tab &gt; Location address section &gt; Corporate ID &gt; The
            corporate ID associated with the customer location.
        last_modified_date_time (datetime.datetime | Unset): System generation information
        supplier_payment_method_details (list[SupplierPaymentMethodDetailDto] | Unset): Supplier payment method details
            from the supplier location page.
        time_stamp (str | Unset): Identifier that represents a specific version of the resource.
            It helps to prevent simultaneous updates of the resource from overwriting each other (by using ETags and If-
            Match headers)
        error_info (str | Unset):
        metadata (MetadataDto | Unset):
    """

    baccount: BaccountInSupplierLocationDto | Unset | None = UNSET
    location_id: str | Unset | None = UNSET
    location_name: str | Unset | None = UNSET
    active: bool | Unset | None = UNSET
    address: AddressInSupplierLocationDto | Unset | None = UNSET
    contact: ContactInSupplierLocationDto | Unset | None = UNSET
    vat_registration_id: str | Unset | None = UNSET
    vat_zone: VatZoneInSupplierLocationDto | Unset | None = UNSET
    edi_code: str | Unset | None = UNSET
    gln: str | Unset | None = UNSET
    corporate_id: str | Unset | None = UNSET
    last_modified_date_time: datetime.datetime | Unset | None = UNSET
    supplier_payment_method_details: list[SupplierPaymentMethodDetailDto] | Unset | None = UNSET
    time_stamp: str | Unset | None = UNSET
    error_info: str | Unset | None = UNSET
    metadata: MetadataDto | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Lenient like from_dict: a value kept raw (it did not fit its type) goes back as it came.
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _value = self.baccount
        if _value is not UNSET:
            field_dict["baccount"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.location_id
        if _value is not UNSET:
            field_dict["locationId"] = _value
        _value = self.location_name
        if _value is not UNSET:
            field_dict["locationName"] = _value
        _value = self.active
        if _value is not UNSET:
            field_dict["active"] = _value
        _value = self.address
        if _value is not UNSET:
            field_dict["address"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.contact
        if _value is not UNSET:
            field_dict["contact"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.vat_registration_id
        if _value is not UNSET:
            field_dict["vatRegistrationId"] = _value
        _value = self.vat_zone
        if _value is not UNSET:
            field_dict["vatZone"] = _value.to_dict() if isinstance(_value, GeneratedModel) else _value
        _value = self.edi_code
        if _value is not UNSET:
            field_dict["ediCode"] = _value
        _value = self.gln
        if _value is not UNSET:
            field_dict["gln"] = _value
        _value = self.corporate_id
        if _value is not UNSET:
            field_dict["corporateId"] = _value
        _value = self.last_modified_date_time
        if _value is not UNSET:
            field_dict["lastModifiedDateTime"] = _value.isoformat() if isinstance(_value, datetime.date) else _value
        _value = self.supplier_payment_method_details
        if _value is not UNSET:
            field_dict["supplierPaymentMethodDetails"] = (
                [
                    supplier_payment_method_details_item_data.to_dict()
                    if isinstance(supplier_payment_method_details_item_data, GeneratedModel)
                    else supplier_payment_method_details_item_data
                    for supplier_payment_method_details_item_data in _value
                ]
                if isinstance(_value, list)
                else _value
            )
        _value = self.time_stamp
        if _value is not UNSET:
            field_dict["timeStamp"] = _value
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
        if cls is not SupplierLocationDto or src_dict.__class__ is not dict:
            return _new_model(cls, src_dict)  # a subclass, or a mapping other than a dict: filled now
        _instance = _new(_Lazy)
        _set_source(_instance, src_dict)
        return _instance

    def _vn_fill(self, src: Mapping[str, Any]) -> Self:
        _rest = dict(src)
        _value = _rest.pop("baccount", UNSET)
        self.baccount = (
            _models.BaccountInSupplierLocationDto._vn_fill(_new(_models.BaccountInSupplierLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.location_id = _rest.pop("locationId", UNSET)
        self.location_name = _rest.pop("locationName", UNSET)
        self.active = _rest.pop("active", UNSET)
        _value = _rest.pop("address", UNSET)
        self.address = (
            _models.AddressInSupplierLocationDto._vn_fill(_new(_models.AddressInSupplierLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        _value = _rest.pop("contact", UNSET)
        self.contact = (
            _models.ContactInSupplierLocationDto._vn_fill(_new(_models.ContactInSupplierLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.vat_registration_id = _rest.pop("vatRegistrationId", UNSET)
        _value = _rest.pop("vatZone", UNSET)
        self.vat_zone = (
            _models.VatZoneInSupplierLocationDto._vn_fill(_new(_models.VatZoneInSupplierLocationDto), _value)
            if isinstance(_value, dict)
            else _value
        )
        self.edi_code = _rest.pop("ediCode", UNSET)
        self.gln = _rest.pop("gln", UNSET)
        self.corporate_id = _rest.pop("corporateId", UNSET)
        _value = _rest.pop("lastModifiedDateTime", UNSET)
        self.last_modified_date_time = _parse_datetime(_value)
        _value = _rest.pop("supplierPaymentMethodDetails", UNSET)
        self.supplier_payment_method_details = (
            [
                _models.SupplierPaymentMethodDetailDto._vn_fill(
                    _new(_models.SupplierPaymentMethodDetailDto), supplier_payment_method_details_item_data
                )
                if isinstance(supplier_payment_method_details_item_data, dict)
                else supplier_payment_method_details_item_data
                for supplier_payment_method_details_item_data in _value
            ]
            if isinstance(_value, list)
            else _value
        )
        self.time_stamp = _rest.pop("timeStamp", UNSET)
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
        ("baccount", "baccount", False, ("model", "BaccountInSupplierLocationDto")),
        ("location_id", "locationId", False, "str"),
        ("location_name", "locationName", False, "str"),
        ("active", "active", False, "bool"),
        ("address", "address", False, ("model", "AddressInSupplierLocationDto")),
        ("contact", "contact", False, ("model", "ContactInSupplierLocationDto")),
        ("vat_registration_id", "vatRegistrationId", False, "str"),
        ("vat_zone", "vatZone", False, ("model", "VatZoneInSupplierLocationDto")),
        ("edi_code", "ediCode", False, "str"),
        ("gln", "gln", False, "str"),
        ("corporate_id", "corporateId", False, "str"),
        ("last_modified_date_time", "lastModifiedDateTime", False, "datetime"),
        (
            "supplier_payment_method_details",
            "supplierPaymentMethodDetails",
            False,
            ("list", ("model", "SupplierPaymentMethodDetailDto")),
        ),
        ("time_stamp", "timeStamp", False, "str"),
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


_Lazy = _lazy_twin(SupplierLocationDto)
