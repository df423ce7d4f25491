"""`vismanet export RESOURCE --sandbox` succeeds for every resource `vismanet resources` lists.

Operations whose spec demands a filter first fail with a message naming it (the CLI's usage
error for required parameters, exit 2; the sandbox's 400 for "a filter needs to be specified",
exit 1, as against the real server), then succeed with that filter given."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vismanet_ext.cli import main
from vismanet_ext.cli.resources import all_resources
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.sandbox.catalog import canonical, spec_of

RESOURCES = [r.name for r in all_resources()]


@pytest.fixture(autouse=True)
def _no_vismanet_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in __import__("os").environ if n.startswith("VISMANET_")]:
        monkeypatch.delenv(name)


def _wheres(name: str, message: str) -> list[str]:
    """--where/--since arguments for the filters the error message names, valued from the seed data."""
    store = canonical(name)
    assert store is not None
    spec = spec_of(store)
    record = Sandbox(background_delay=None).records(store)[0]
    named = [p for p in (*spec.required_params, *spec.require_one_of) if re.search(rf"\b{p}\b", message)]
    assert named, message
    if spec.require_one_of and "lastModifiedDateTime" in named:
        return ["--since", "2000-01-01", *[a for p in spec.required_params for a in ("--where", f"{p}=x")]]
    chosen = spec.required_params or spec.require_one_of[:1]
    out = []
    for param in chosen:
        value = record.get(param)
        out += ["--where", f"{param}={'x' if value is None or isinstance(value, (dict, list)) else value}"]
        condition = getattr(spec.filters.get(param), "condition", None)
        if condition:
            out += ["--where", f"{condition}=>="]
    return out


def test_every_resource_is_listed() -> None:
    assert len(RESOURCES) == 106


@pytest.mark.parametrize("name", RESOURCES)
def test_export_every_resource_from_the_sandbox(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["export", name, "--sandbox", "-q", "--out", str(out)])
    if code in (1, 2):  # it demands a filter: the sandbox (exit 1) or the CLI (exit 2) names it
        message = capsys.readouterr().err
        assert any(w in message for w in ("filter", "required", "requires", "must be provided")), message
        code = main(["export", name, "--sandbox", "-q", "--out", str(out), *_wheres(name, message)])
    assert code == 0, capsys.readouterr().err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines, f"{name}: nothing exported"
    assert all(isinstance(json.loads(line), dict) for line in lines)
