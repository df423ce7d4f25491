"""main() in-process: argument and usage errors (exit 2) that need no server, and credential checks."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from vismanet_ext.cli import main
from vismanet_ext.cli.connect import check_credentials
from vismanet_ext.cli.errors import UsageError


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("VISMANET_"):
            monkeypatch.delenv(name)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["export", "custmer", "--sandbox"], "did you mean: customer"),
        (["export", "salesorder", "--api-version", "9", "--sandbox"], "no API version 9"),
        (["export", "customer", "--sandbox", "--since", "last tuesday"], "--since 'last tuesday' is not a date"),
        (["export", "customer", "--sandbox", "--where", "colour=red"], "allowed: "),
        (["export", "customer", "--sandbox", "--where", "status"], "expected NAME=VALUE"),
        (["export", "country", "--sandbox", "--since", "2025-01-01"], "no lastModifiedDateTime filter"),
        (["export", "budget", "--sandbox"], "requires --where for: branch, ledger, financialYear"),
        (["export", "account", "--sandbox", "--page-size", "10"], "is not paged"),
        (["export", "customer", "--sandbox", "--token", "x"], "cannot be combined"),
        (["export", "customer"], "no credentials"),
        (["get", "customer", "a//b", "--sandbox"], "bad id"),
        (["create", "customer", "--json", "/nonexistent/x.json", "--sandbox"], "does not exist"),
        (["attach", "customer", "1", "/etc/hostname", "--sandbox"], "has no attachment endpoint"),
    ],
)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("vismanet: error:")


def test_argparse_errors_are_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 2
    assert main(["export", "customer", "--page-size", "0"]) == 2
    assert main(["export", "customer", "--format", "xml"]) == 2
    assert main([]) == 2
    assert main(["--help"]) == 0


def test_bad_state_file_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "s.json"
    state.write_text("{}")
    assert main(["export", "customer", "--sandbox", "--state", str(state)]) == 2
    assert "not a vismanet export state" in capsys.readouterr().err


def test_bad_json_body_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "b.json"
    body.write_text("{not json")
    assert main(["create", "customer", "--json", str(body), "--sandbox"]) == 2
    assert "is not valid JSON" in capsys.readouterr().err


def _args(**kw: object) -> argparse.Namespace:
    return argparse.Namespace(**{"token": None, "base_url": None, **kw})


def test_credentials_rules() -> None:
    with pytest.raises(UsageError) as e:
        check_credentials(_args(), {})
    assert "missing: VISMANET_TOKEN, VISMANET_CLIENT_ID, VISMANET_CLIENT_SECRET, VISMANET_TENANT_ID" in str(e.value)
    assert "--sandbox" in str(e.value)
    with pytest.raises(UsageError, match="missing VISMANET_CLIENT_SECRET, VISMANET_TENANT_ID"):
        check_credentials(_args(), {"VISMANET_CLIENT_ID": "id"})
    check_credentials(_args(token="t"), {})
    check_credentials(_args(), {"VISMANET_TOKEN": "t"})
    check_credentials(_args(), {"VISMANET_CLIENT_ID": "a", "VISMANET_CLIENT_SECRET": "b", "VISMANET_TENANT_ID": "c"})
    with pytest.raises(UsageError, match="VISMANET_COMPANY_ID"):
        check_credentials(_args(base_url="https://integration.visma.net/API"), {"VISMANET_TOKEN": "t"})


def test_sandbox_export_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISMANET_SANDBOX_SIZES", "customer=4")
    out = tmp_path / "c.csv"
    assert main(["export", "customer", "--sandbox", "--out", str(out), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "offline sandbox" in err and "4/4 100%" in err and "exported 4 customer records" in err
    assert len(out.read_text().splitlines()) == 5


def test_resources_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resources"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["NAME", "PATH", "PAGED", "SINCE"]
    assert any(line.split()[:2] == ["v2/salesorder", "/v2/salesorder"] for line in lines)
    assert main(["resources", "--json"]) == 0
    import json

    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {"name": "customer", "path": "/v1/customer"}.items() <= next(r for r in rows if r["name"] == "customer").items()


def test_sandbox_sizes_naming_an_unknown_resource_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISMANET_SANDBOX_SIZES", "customers=4")
    assert main(["export", "customer", "--sandbox"]) == 2
    err = capsys.readouterr().err
    assert "unknown resource customers" in err and "customer, customerPayment" in err


def test_sandbox_serve_hands_out_a_token_that_lasts_a_week(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import signal
    from contextlib import contextmanager
    from collections.abc import Iterator
    from typing import Any

    import vismanet_ext.sandbox as sandbox_module

    made: dict[str, Any] = {}

    class Recording:
        def __init__(self, **kwargs: Any) -> None:
            made.update(kwargs)

        def __enter__(self) -> "Recording":
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        @contextmanager
        def serve(self, port: int, host: str) -> Iterator[str]:
            yield f"http://{host}:{port or 5555}"

        def issue_token(self) -> str:
            return "tok"

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sandbox_module, "Sandbox", Recording)
    monkeypatch.setattr(signal, "pause", interrupted)
    assert main(["sandbox", "serve", "--port", "0"]) == 0
    assert made["token_lifetime"] == 7 * 24 * 3600
    assert "token valid 7 days" in capsys.readouterr().err
