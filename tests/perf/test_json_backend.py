"""vismanet_ext._json gives the stdlib's answers, byte for byte and value for value, with and without orjson."""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import json
import math
import os
import subprocess
import sys
import uuid
from typing import Any

import orjson  # the `test` extra installs it (the `fast` extra), so both paths are exercised
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vismanet_ext import _json


def stdlib_line(value: Any) -> str:
    """What the CLI's JSON-lines writer wrote before orjson: the reference."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def test_orjson_is_the_backend_when_installed() -> None:
    assert orjson.loads(b"[1]") == [1]
    if os.environ.get("VISMANET_JSON", "").strip().lower() == "stdlib":  # the suite run with the stdlib forced
        assert _json.BACKEND == "stdlib" and _json.loads is _json._stdlib_loads
    else:
        assert _json.BACKEND == "orjson"
        assert _json.loads is not _json._stdlib_loads and _json.dumps_line is not _json._stdlib_dumps_line


FLOATS = [
    0.0, -0.0, 0.1, 2.5, 1 / 3, 1e-4, 1e-5, 9.99e-5, 1.2e-5, -4.5e-5, 5e-324, 2.2250738585072014e-308, 1e15,
    1e16, 1.5e16, 123456789012345680.0, 1e22, 1.7976931348623157e308, 225662.37, -0.00012,
]  # fmt: skip
INTS = [0, -1, 2**53 + 1, 2**63 - 1, -(2**63), 2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**30, -(10**40)]
STRINGS = [
    "", "plain", "Ærøskøbing Ünïcødé 日本 😀", "\x00\x01\x1f\x7f", "tab\tnew\nline\rback\bfeed\f", 'quote" slash\\ /',
    "\u2028\u2029", "\ud800 lone surrogate", "\udfff",
]  # fmt: skip


@pytest.mark.parametrize("value", FLOATS + [math.nan, math.inf, -math.inf], ids=repr)
def test_floats_are_written_as_the_stdlib_writes_them(value: float) -> None:
    for record in ({"x": value}, [value], {"a": [1, {"b": value}], "n": None}, {"n": None, "x": value}):
        assert _json.dumps_line(record) == stdlib_line(record)
        assert _json.dumps_line_bytes(record) == (stdlib_line(record) + "\n").encode()


@pytest.mark.parametrize("value", INTS, ids=repr)
def test_ints_beyond_64_bits_are_written_and_read_exactly(value: int) -> None:
    assert _json.dumps_line({"i": value}) == stdlib_line({"i": value})
    body = json.dumps({"i": value, "name": "x"}).encode()
    decoded = _json.loads(body)
    assert decoded == json.loads(body) and type(decoded["i"]) is int and decoded["i"] == value


@pytest.mark.parametrize("value", STRINGS, ids=repr)
def test_strings_non_ascii_control_and_surrogates(value: str) -> None:
    assert _json.dumps_line({"s": value, value: 1}) == stdlib_line({"s": value, value: 1})


class Colour(str, enum.Enum):
    RED = "red"


@dataclasses.dataclass
class Point:
    x: int


def test_values_the_stdlib_stringifies_with_default_str() -> None:
    record = {
        "date": datetime.date(2024, 2, 29),
        "when": datetime.datetime(2024, 2, 29, 12, 30, 1, 5, tzinfo=datetime.UTC),
        "uuid": uuid.UUID(int=7),
        "amount": decimal.Decimal("1.10"),
        "point": Point(1),
        "colour": Colour.RED,
        1: "int key",
        "tuple": (1, 2),
    }
    assert _json.dumps_line(record) == stdlib_line(record)


def test_values_orjson_rejects_or_would_change_are_decoded_by_the_stdlib() -> None:
    bodies: list[bytes | str] = [
        b"NaN", b"[Infinity, -Infinity]", b"[1e400]", b'"\\ud800"', b"\xef\xbb\xbf[1]", "[1]".encode("utf-16"),
        b'{"id": 123456789012345678901234567890}', b"[18446744073709551616, -9223372036854775809]",
        b'{"a": 1, "a": 2}', b"[-0, 1e-400, 1.0e5]", "[\"é\"]", '[{"name": "Ærø"}]'.encode(),
    ]  # fmt: skip
    for body in bodies:
        expected = json.loads(body)
        assert repr(_json.loads(body)) == repr(expected), body


@pytest.mark.parametrize("offset", range(8))
@pytest.mark.parametrize("digits", [19, 20, 21, 25])
def test_a_long_integer_at_any_byte_offset_is_decoded_exactly(offset: int, digits: int) -> None:
    """The probe samples every 4th byte first: a 19+ digit run must be found wherever it starts."""
    value = int("9" * digits)
    body = (" " * offset + json.dumps({"pad": "2023-01-29T23:27:16.542", "i": value, "j": -value})).encode()
    decoded = _json.loads(body)
    assert type(decoded["i"]) is int and decoded["i"] == value and decoded["j"] == -value


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80), st.integers(min_value=0, max_value=60))
def test_the_sampled_probe_never_misses_a_run_of_19_digits(noise: bytes, at: int) -> None:
    data = noise[:at] + b"1234567890123456789" + noise[at:]
    assert _json._may_hold_long_integer(data)


def test_the_sampled_probe_passes_a_visma_page_without_the_full_scan() -> None:
    """Timestamps, dates, amounts and runs of up to 12 digits never put digits on 4 consecutive samples."""
    page = json.dumps(
        [{"lastModifiedDateTime": "2023-01-29T23:27:16.542", "amount": 12345678.25, "orgNo": "123456789012",
          "date": "2025-04-24", "id": 2**39} for _ in range(50)]
    ).encode()  # fmt: skip
    assert page[::4].translate(_json._DIGITS_TO_ZERO).find(_json._SAMPLED_RUN) < 0
    assert not _json._may_hold_long_integer(page)


@pytest.mark.parametrize("body", [b"", b"[1,]", b"{", b"\xff\xfe\xfa", b"[1] x", b"nul"], ids=repr)
def test_invalid_json_raises_what_the_stdlib_raises(body: bytes) -> None:
    with pytest.raises(ValueError) as stdlib_error:
        json.loads(body)
    with pytest.raises(ValueError) as ours:
        _json.loads(body)
    assert type(ours.value) is type(stdlib_error.value) and str(ours.value) == str(stdlib_error.value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_gives_the_same_line_and_round_trips(value: Any) -> None:
    line = _json.dumps_line(value)
    assert line == stdlib_line(value)
    try:
        expected = (stdlib_line(value) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: not writable as UTF-8 either way
        with pytest.raises(UnicodeEncodeError):
            _json.dumps_line_bytes(value)
    else:
        assert _json.dumps_line_bytes(value) == expected
    body = line.encode("utf-8", "surrogatepass")
    assert repr(_json.loads(body)) == repr(json.loads(body))


def _backend_in_child(prelude: str, env: dict[str, str] | None = None) -> str:
    script = prelude + "\nfrom vismanet_ext import _json\nprint(_json.BACKEND, _json.loads(b'[1]'), _json.dumps_line([1.5]))"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    return run.stdout.strip()


def test_visma_json_stdlib_forces_the_stdlib_and_a_missing_orjson_falls_back() -> None:
    assert _backend_in_child("", {k: v for k, v in os.environ.items() if k != "VISMANET_JSON"}) == "orjson [1] [1.5]"
    assert _backend_in_child("", {**os.environ, "VISMANET_JSON": "stdlib"}) == "stdlib [1] [1.5]"
    assert _backend_in_child("", {**os.environ, "VISMANET_JSON": " STDLIB "}) == "stdlib [1] [1.5]"
    assert _backend_in_child("", {**os.environ, "VISMANET_JSON": "orjson"}) == "orjson [1] [1.5]"
    # Without orjson installed (an import that fails), the stdlib is used.
    assert _backend_in_child("import sys; sys.modules['orjson'] = None") == "stdlib [1] [1.5]"


def _stdlib_lines(values: list[Any], errors: str = "strict") -> bytes:
    return "".join(stdlib_line(value) + "\n" for value in values).encode("utf-8", errors)


@settings(max_examples=200, deadline=None)
@given(st.lists(json_values, max_size=6), st.booleans())
def test_a_page_of_lines_is_the_stdlib_lines_joined(values: list[Any], decoded: bool) -> None:
    """`dumps_lines_bytes` (the export's page at a time) writes what `dumps_line_bytes` writes, value by value."""
    try:
        expected = _stdlib_lines(values)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            _json.dumps_lines_bytes(values)
        expected = _stdlib_lines(values, "surrogatepass")
        assert _json.dumps_lines_bytes(values, errors="surrogatepass") == expected
        return
    assert _json.dumps_lines_bytes(values) == expected
    if decoded:  # what the pager decoded: the bytes of the values decoded back
        page = [_json.loads(line) for line in expected.splitlines()]
        assert _json.dumps_lines_bytes(page, decoded=True) == _stdlib_lines(page)


def test_a_page_with_nulls_needs_no_nan_search_while_orjson_decoded_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real records carry many nulls; NaN can only come from a body the stdlib decoded (orjson rejects it)."""
    if _json.BACKEND != "orjson":
        pytest.skip("VISMANET_JSON=stdlib: the stdlib writes every line; nothing to spare")  # only in that suite run
    page = _json.loads(b'[{"a": null, "b": [1, null]}, {"c": 2.5, "d": null}]')
    searched: list[Any] = []
    monkeypatch.setattr(_json, "stdlib_decodes", 0)
    monkeypatch.setattr(_json, "_has_non_finite", lambda value: searched.append(value) or False)
    assert _json.dumps_lines_bytes(page, decoded=True) == _stdlib_lines(page)
    assert searched == []
    assert _json.dumps_lines_bytes(page) == _stdlib_lines(page)  # not said to be decoded: searched
    assert len(searched) == 2


def test_nan_from_a_body_the_stdlib_decoded_is_written_as_the_stdlib_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "stdlib_decodes", 0)
    page = _json.loads(b'[{"a": NaN, "b": null}, {"c": -Infinity, "d": null}, {"e": 1e-7}]')
    assert math.isnan(page[0]["a"]) and _json.stdlib_decodes == 1
    assert _json.dumps_lines_bytes(page, decoded=True) == _stdlib_lines(page)
    assert b"NaN" in _json.dumps_lines_bytes(page, decoded=True) and b"1e-07" in _json.dumps_lines_bytes(page)


def test_lone_surrogates_follow_the_streams_error_handler() -> None:
    page = [{"s": "\udc80 escaped byte"}, {"t": "plain"}]
    with pytest.raises(UnicodeEncodeError):
        _json.dumps_lines_bytes(page)
    assert _json.dumps_lines_bytes(page, errors="surrogateescape") == _stdlib_lines(page, "surrogateescape")
    assert _json.dumps_line_bytes(page[0], "surrogateescape") == _stdlib_lines(page[:1], "surrogateescape")
