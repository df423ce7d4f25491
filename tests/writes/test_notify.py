"""The erp-api-background header value: every accepted form and the refusals."""

from __future__ import annotations

import pytest

from vismanet_ext.errors import InvalidArgument
from vismanet_ext.writes.notify import notify_header


@pytest.mark.parametrize(
    ("notify", "header"),
    [
        ("none", "none"),
        ("NONE", "none"),
        ("subscription", "subscription"),
        ("subscription:orderRef=A-17", "subscription:orderRef=A-17"),
        ("subscription: a=1, b=2", "subscription:a=1,b=2"),
        ({"orderRef": "A-17", "batch": 3}, "subscription:orderRef=A-17,batch=3"),
        ("https://hooks.example.com/visma?x=1", "https://hooks.example.com/visma?x=1"),
        ("http://127.0.0.1:8080/cb", "http://127.0.0.1:8080/cb"),
    ],
)
def test_accepted_forms(notify: object, header: str) -> None:
    assert notify_header(notify) == header  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("notify", "message"),
    [
        ("", "is not 'none'"),
        ("webhook", "is not 'none'"),
        ("ftp://example.com/x", "http"),
        ("https:///nohost", "http"),
        ("https://example.com/a b", "spaces"),
        ("https://example.com:99999/", "port"),
        ({}, "empty"),
        ({"a,b": "1"}, "header name"),
        ({"a=b": "1"}, "header name"),
        ({"": "1"}, "header name"),
        ({"ref": "x,y"}, "without ','"),
        ({"ref": "x=y"}, "without ','"),
        ({"ref": "line\nbreak"}, "printable"),
        ({"ref": "blå"}, "ASCII"),
        ("subscription:novalue", "name=value"),
        (42, "string or a mapping"),
    ],
)
def test_refused_forms(notify: object, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        notify_header(notify)  # type: ignore[arg-type]
