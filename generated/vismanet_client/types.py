"""Contains some shared types for properties, and the base of every generated model"""

import datetime
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, TypeVar
from uuid import UUID

from attrs import define


class Unset:
    """Marks a field the server did not send (distinct from an explicit null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickles as a reference to the one UNSET, so `is UNSET` holds after unpickling


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# -- The base of every generated model: lenient, lazy parsing ---------------------------------------------------
#
# Responses are untrusted input (Visma sends explicit nulls though its spec marks no property nullable), so
# the models never raise on a response body and never drop a value:
#   * a JSON null is None (the annotations say `| None`); a key that is absent is UNSET;
#   * a value of another JSON type than the spec documents (a string for a number, a list for an object, a
#     date-time that does not parse, ...) is kept in the attribute exactly as received, so to_dict() sends it
#     back unchanged; unknown keys go to additional_properties; unknown enum values stay strings;
#   * find_problems() lists every value that does not fit the documented types (vismanet_ext.validate() and
#     VismaNet(strict=True) raise on them). Parsing records nothing: the check walks the parsed values, so
#     clean data costs nothing extra.
#
# from_dict() is lazy. It keeps the mapping and returns an instance of the model's twin class (same name,
# same slots, see lazy_twin); the first attribute read or write fills the whole record, nested models
# included, in one pass, and turns the instance into the model class itself, an ordinary attrs instance from
# then on. A page of records costs little more than decoding its JSON; a record that is used costs what
# parsing it eagerly did (nested models are filled eagerly: making them lazy too costs more than it saves
# once a record is read whole). A write before any read fills first, so the write wins. The mapping is read
# when the model is first used: do not change it in between (the SDK never does).

_new = object.__new__
_set_class = object.__dict__["__class__"].__set__


class GeneratedModel:
    """Base of the generated models: lazy filling from the received mapping (see the comment above).

    Deliberately without ``__getattr__``: a class with one loses CPython's fast (specialised) attribute
    access, which every later read of a field would pay. Only the transient classes of lazy_twin hook reads.
    """

    __slots__ = ("_vn_src",)

    def _vn_fill(self, src: Mapping[str, Any]) -> Any:
        """Set every field from ``src`` and return ``self`` (generated per model)."""
        raise NotImplementedError

    @classmethod
    def _vn_parse(cls, src: Mapping[str, Any]) -> Any:
        """An eagerly filled instance (nested models: a record is filled whole on first use)."""
        return cls._vn_fill(_new(cls), src)

    @classmethod
    def _vn_parse_checked(cls, data: Any) -> Any:
        """Parse ``data`` as this model, raising TypeError unless it fits the documented types.

        For unions (``oneOf``), which pick the first member that fits, as the stock generator's parser does.
        """
        model = new_model(cls, data)
        if find_problems(model):
            raise TypeError(f"not a {cls.__name__}")
        return model


_get_src = GeneratedModel.__dict__["_vn_src"].__get__
set_source = _set_src = GeneratedModel.__dict__["_vn_src"].__set__


def _materialize(model: Any, src: Any = UNSET) -> None:
    """Fill a twin from its mapping and turn it into its model class.

    While the fields are being set the instance is of the class's "filling" twin: plain writes (no hook, so
    the generated stores stay fast) and reads of a slot not yet set fill too (another thread may read the
    same fresh record); the mapping is released and the class swapped only once every field is set.
    """
    real = type(model)._vn_real
    if src is UNSET:
        try:
            src = _get_src(model)
        except AttributeError:  # a twin built by __init__ (attrs.evolve of a twin): nothing to fill
            src = None
    if src is not None:
        _set_class(model, real._vn_filling)
        real._vn_fill(model, src)
        _set_src(model, None)
    _set_class(model, real)


def new_model(cls: Any, src: Any) -> Any:
    """An eagerly filled instance of ``cls`` (a model class, its twin, or a user's subclass)."""
    if not isinstance(src, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict() takes a JSON object (a mapping), got {type(src).__name__}")
    cls = cls.__dict__.get("_vn_real", cls)
    model = _new(cls)
    cls._vn_fill(model, src)
    return model


def _read_unfilled(self: Any, name: str) -> Any:
    """__getattr__ of the twins: reached when a slot is empty, i.e. a field read before the record is filled."""
    try:
        src = _get_src(self)
    except AttributeError:
        src = None
    _materialize(self, src)  # src None: filled meanwhile (another thread) or built by __init__
    return object.__getattribute__(self, name)


def lazy_twin(cls: Any) -> Any:
    """The class from_dict's instances start as: ``cls`` with no slots added, filling itself when first used.

    Reads of empty slots, writes, deletes, comparisons and pickling fill first (a write before any read, as
    in read-modify-write, so lands after the received values). Afterwards the instance's class is ``cls``
    itself, with nothing hooked. Also makes ``cls._vn_filling``, the class an instance has while being filled.
    """

    def __setattr__(self: Any, name: str, value: Any) -> None:
        _materialize(self)
        setattr(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        _materialize(self)
        delattr(self, name)

    def __eq__(self: Any, other: object) -> bool:
        _materialize(self)
        return bool(self == other)

    def __ne__(self: Any, other: object) -> bool:
        _materialize(self)
        return bool(self != other)

    def __reduce_ex__(self: Any, protocol: Any) -> Any:
        _materialize(self)
        return self.__reduce_ex__(protocol)

    common = {"__slots__": (), "__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
    cls._vn_filling = type(cls.__name__, (cls,), {**common, "_vn_real": cls, "__getattr__": _read_unfilled})
    namespace = {
        **common,
        "_vn_real": cls,
        "__getattr__": _read_unfilled,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__eq__": __eq__,
        "__ne__": __ne__,
        "__reduce_ex__": __reduce_ex__,
    }
    return type(cls.__name__, (cls,), namespace)


# -- Lenient conversions: a value that does not convert is kept as it came -------------------------------------

_fromisoformat = datetime.datetime.fromisoformat


def parse_datetime(value: Any) -> Any:
    """A date-time string as ``datetime`` (Python 3.11 accepts Visma's 7 fraction digits and offsets)."""
    if value.__class__ is str:
        try:
            return _fromisoformat(value)
        except ValueError:
            return value
    return value


def parse_date(value: Any) -> Any:
    if value.__class__ is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def parse_uuid(value: Any) -> Any:
    if value.__class__ is str:
        try:
            return UUID(value)
        except ValueError:
            return value
    return value


def dump(value: Any) -> Any:
    """The JSON form of a parsed value; a raw value (one that did not parse) is returned as it is."""
    if isinstance(value, GeneratedModel):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, Enum):
        return value.value
    return value


# -- Checking parsed values against the documented types ---------------------------------------------------------
#
# Each model class carries _vn_expect: (attribute, wire name, required, expected) per field, and _vn_extra: the
# expected type of additional_properties values (None: anything). "expected" is "str", "int", "float", "bool",
# "datetime", "date", "uuid", "none", "any", ("model", class name), ("list", expected), ("union", (expected,
# ...)) or ("const", value).


class Problem(NamedTuple):
    """One value that does not fit the type Visma's spec documents."""

    model: str  # the model that declares the field
    field: str  # its wire name (or the key of an additional property)
    path: str  # from the value checked: "CustomerDto.mainAddress.country", "[3].invoiceLines[0].amount"
    value: Any  # as received
    expected: str  # in words: "a number", "a CountryInAddressDto (a JSON object)", ...

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 120:
            shown = shown[:117] + "..."
        declared = f"{self.model}.{self.field}"
        where = "" if self.path.endswith(declared) else f" ({declared})"
        if self.value is UNSET:
            return f"{self.path}: missing, but the field is required{where}"
        return f"{self.path}: expected {self.expected}{where}, got {_json_type(self.value)} {shown}"


_WORDS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "datetime": "a date-time (ISO 8601)",
    "date": "a date (ISO 8601)",
    "uuid": "a UUID",
    "none": "null",
    "any": "anything",
}

_MODEL_CLASSES: dict[str, Any] = {}


def _model_class(name: str) -> Any:
    cls = _MODEL_CLASSES.get(name)
    if cls is None:
        from . import models

        cls = _MODEL_CLASSES[name] = getattr(models, name)
    return cls


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (dict, GeneratedModel)):
        return "an object"
    return type(value).__name__


def describe(expected: Any) -> str:
    """``expected`` (see above) in words."""
    if isinstance(expected, str):
        return _WORDS.get(expected, expected)
    kind = expected[0]
    if kind == "model":
        return f"a {expected[1]} (a JSON object)"
    if kind == "list":
        return f"a list of {describe(expected[1])}"
    if kind == "union":
        return " or ".join(describe(member) for member in expected[1])
    return f"the constant {expected[1]!r}"


def _fits_scalar(value: Any, expected: str) -> bool:
    if expected == "str":
        return isinstance(value, str)
    if expected == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == "bool":
        return isinstance(value, bool)
    if expected == "datetime":
        return isinstance(value, datetime.datetime)
    if expected == "date":
        return isinstance(value, datetime.date)
    if expected == "uuid":
        return isinstance(value, UUID)
    return expected in ("any", "none") or value is None


def _check(value: Any, expected: Any, owner: str, field: str, path: str, out: list[Problem], active: set[int]) -> None:
    if value is None or expected == "any":
        return  # null is accepted everywhere: Visma sends it for "no value" although its spec never says so
    if isinstance(expected, str):
        if not _fits_scalar(value, expected):
            out.append(Problem(owner, field, path, value, describe(expected)))
        return
    kind = expected[0]
    if kind == "model":
        if isinstance(value, _model_class(expected[1])):
            _check_model(value, path, out, active)
        else:
            out.append(Problem(owner, field, path, value, describe(expected)))
    elif kind == "list":
        if not isinstance(value, list):
            out.append(Problem(owner, field, path, value, describe(expected)))
            return
        for index, item in enumerate(value):
            _check(item, expected[1], owner, field, f"{path}[{index}]", out, active)
    elif kind == "union":
        for member in expected[1]:
            trial: list[Problem] = []
            _check(value, member, owner, field, path, trial, active)
            if not trial:
                return
        out.append(Problem(owner, field, path, value, describe(expected)))
    elif kind == "const" and value != expected[1]:
        out.append(Problem(owner, field, path, value, describe(expected)))


def _check_model(model: Any, path: str, out: list[Problem], active: set[int]) -> None:
    if id(model) in active:
        return  # a cycle built by hand; parsed values are trees
    active.add(id(model))
    cls = type(model)
    owner = cls.__name__
    for attribute, wire, required, expected in cls._vn_expect:
        value = getattr(model, attribute)
        if value is UNSET:
            if required:
                out.append(Problem(owner, wire, f"{path}.{wire}", UNSET, "a value"))
            continue
        _check(value, expected, owner, wire, f"{path}.{wire}", out, active)
    extra = cls._vn_extra
    if extra is not None:
        for key, value in model.additional_properties.items():
            _check(value, extra, owner, key, f"{path}.{key}", out, active)
    active.discard(id(model))


def find_problems(value: Any) -> list[Problem]:
    """Every value inside ``value`` (a model, or a list of models such as a page) that does not fit its type."""
    out: list[Problem] = []
    if isinstance(value, GeneratedModel):
        _check_model(value, type(value).__name__, out, set())
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, GeneratedModel):
                _check_model(item, f"[{index}]", out, set())
    return out


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "GeneratedModel",
    "Problem",
    "RequestFiles",
    "Response",
    "Unset",
    "find_problems",
]
