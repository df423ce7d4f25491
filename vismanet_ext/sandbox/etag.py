"""ETags in Visma's style: the base64 of an 8-byte SQL rowversion, e.g. ``AAAAAE0YIiI=``.

The header carries the same text as the record's ``timeStamp`` field. When
comparing ``If-Match`` we accept the bare value, the RFC-quoted form and weak
``W/`` forms, and ``*``, because clients differ in how they echo it back.
"""

from __future__ import annotations

import base64


def encode_version(version: int) -> str:
    return base64.b64encode(version.to_bytes(8, "big")).decode("ascii")


def if_match_satisfied(header: str, current: str) -> bool:
    for candidate in header.split(","):
        tag = candidate.strip()
        if tag == "*":
            return True
        tag = tag.removeprefix("W/")
        if len(tag) >= 2 and tag[0] == tag[-1] == '"':
            tag = tag[1:-1]
        if tag == current:
            return True
    return False
