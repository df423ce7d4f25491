"""The top-level package: every advertised name resolves, and importing it stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest

import vismanet_ext


@pytest.mark.parametrize("name", vismanet_ext.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(vismanet_ext, name) is not None


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        vismanet_ext.Nope  # noqa: B018


def test_import_is_lazy_until_a_name_is_used() -> None:
    code = (
        "import sys, vismanet_ext\n"
        "print('httpx' in sys.modules, 'vismanet_ext.client' in sys.modules)\n"
        "from vismanet_ext import VismaNet, errors\n"
        "print('vismanet_ext.client' in sys.modules, errors.NotFound.__name__)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False", "True", "NotFound"]
