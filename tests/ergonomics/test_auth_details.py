"""Auth and spec details: the CLI asks only for the scopes a command needs; refused scopes or clients say
what was asked for and how to change it; the default spec URL lives in one place and paths/URLs still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from transport._loopback import LoopbackServer, Reply

from vismanet_ext.cli import main
from vismanet_ext.cli.args import build_parser
from vismanet_ext.cli.connect import connect
from vismanet_ext.client import VismaNet
from vismanet_ext.errors import AuthenticationError
from vismanet_ext.sandbox import Sandbox

from .conftest import REPO

CREDENTIALS = {"VISMANET_CLIENT_ID": "my-app", "VISMANET_CLIENT_SECRET": "very-secret", "VISMANET_TENANT_ID": "t"}


@pytest.mark.parametrize(
    "argv, scope",
    [
        (["export", "customer"], "vismanet_erp_service_api:read"),
        (["get", "customer", "10001"], "vismanet_erp_service_api:read"),
        (["job", "abc"], "vismanet_erp_service_api:read"),
        (["download", "abc"], "vismanet_erp_service_api:read"),
        (["create", "customer", "--json", "x.json"], "vismanet_erp_service_api:create"),
        (["attach", "customerinvoice", "1", "x.pdf"], "vismanet_erp_service_api:create"),
    ],
)
def test_each_command_asks_for_its_scope_only(argv: list[str], scope: str) -> None:
    args = build_parser().parse_args(argv)
    with connect(args, dict(CREDENTIALS)) as vn:
        assert vn._settings.auth.scope == scope  # type: ignore[attr-defined]
    with connect(args, {**CREDENTIALS, "VISMANET_SCOPES": "vismanet_erp_service_api:read custom"}) as vn:
        assert vn._settings.auth.scope == "vismanet_erp_service_api:read custom"  # type: ignore[attr-defined]


@pytest.fixture
def env(sb: Sandbox, base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("VISMANET_"):
            monkeypatch.delenv(name)
    creds = sb.client_kwargs(base_url)
    monkeypatch.setenv("VISMANET_BASE_URL", base_url)
    for key in ("client_id", "client_secret", "tenant_id", "token_url"):
        monkeypatch.setenv(f"VISMANET_{key.upper()}", creds[key])


def test_narrow_tokens_are_enough_for_the_commands(env: None, sb: Sandbox, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """The sandbox checks each method's scope (403 otherwise), so these prove the narrow scope suffices."""
    assert main(["get", "customer", "10001", "-q"]) == 0
    body = tmp_path / "c.json"
    body.write_text(json.dumps({"name": "Scoped AS"}), encoding="utf-8")
    assert main(["call", "Customer_Post", "--json", str(body), "-q"]) == 0  # create only
    assert main(["call", "Customer_GetAll", "-p", "pageSize=2", "-q"]) == 0  # read only
    assert sb.token_requests == 3
    capsys.readouterr()


def test_a_read_token_is_refused_a_write(env: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("VISMANET_SCOPES", "vismanet_erp_service_api:read")
    body = tmp_path / "c.json"
    body.write_text(json.dumps({"name": "x"}), encoding="utf-8")
    assert main(["call", "Customer_Post", "--json", str(body), "-q"]) == 1
    assert "403" in capsys.readouterr().err


def test_invalid_scope_names_client_and_scopes(sb: Sandbox, base_url: str) -> None:
    kwargs = {**sb.client_kwargs(base_url), "scopes": "vismanet_erp_service_api:readx"}
    with VismaNet(base_url=base_url, log=False, **kwargs) as vn, pytest.raises(AuthenticationError) as caught:
        vn.call("GET /v1/customer")
    assert "invalid_scope" in str(caught.value)
    text = "\n".join(caught.value.__notes__)  # shown under the message in every traceback
    assert "client_id 'sandbox'" in text
    assert "asked for the scopes 'vismanet_erp_service_api:readx'" in text
    assert "scopes= (or VISMANET_SCOPES)" in text and "Developer Portal" in text


def test_invalid_client_names_the_client_not_the_secret(sb: Sandbox, base_url: str) -> None:
    kwargs = {**sb.client_kwargs(base_url), "client_secret": "wrong-secret-value"}
    with VismaNet(base_url=base_url, log=False, **kwargs) as vn, pytest.raises(AuthenticationError) as caught:
        vn.call("GET /v1/customer")
    assert "invalid_client" in str(caught.value)
    text = "\n".join(caught.value.__notes__)
    assert "did not accept client_id 'sandbox'" in text
    assert "VISMANET_CLIENT_SECRET" in text and "wrong-secret-value" not in text + repr(caught.value)


def test_cli_shows_the_hint(env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VISMANET_SCOPES", "vismanet_erp_service_api:everything")
    assert main(["get", "customer", "10001"]) == 1
    err = capsys.readouterr().err
    assert "invalid_scope" in err and "VISMANET_SCOPES" in err and "client_id 'sandbox'" in err


# -- the spec URL -----------------------------------------------------------------------------------------

OFFICIAL = "https://api.finance.visma.net/API-index/api/vismanet.erp.service.api-apim"


def test_default_spec_url_is_visma_api_index_in_one_place() -> None:
    sys.path.insert(0, str(REPO / "scripts" / "codegen"))
    try:
        import spec_source
    finally:
        sys.path.pop(0)
    assert spec_source.DEFAULT_SPEC_URL == OFFICIAL
    mentions = [p.relative_to(REPO) for folder in ("scripts", "vismanet_ext") for p in (REPO / folder).rglob("*")
                if p.is_file() and p.suffix in {".py", ".sh"} and OFFICIAL in p.read_text(encoding="utf-8")]  # fmt: skip
    assert mentions == [Path("scripts/codegen/spec_source.py")]
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "codegen" / "regenerate.py"), "--help"],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0 and OFFICIAL in run.stdout.replace("\n", "").replace(" ", "")


def test_a_url_or_a_path_still_loads(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts" / "codegen"))
    try:
        from spec_source import load_spec
    finally:
        sys.path.pop(0)
    doc = {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}
    with LoopbackServer([Reply(200, doc)]) as server:
        loaded = load_spec(f"{server.url}/API-index/api/vismanet.erp.service.api-apim")
    assert loaded.document == doc and server.seen[0].path == "/API-index/api/vismanet.erp.service.api-apim"
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert load_spec(str(path)).document == doc


def test_sync_asks_for_read_only() -> None:
    from vismanet_ext.cli.sync import _real_pool

    args = build_parser().parse_args(["sync", "customer", "--tenant", "t1"])
    pool, tenants = _real_pool(args, dict(CREDENTIALS))
    assert tenants == ["t1"] and pool._scopes == "vismanet_erp_service_api:read"
    pool, _ = _real_pool(args, {**CREDENTIALS, "VISMANET_SCOPES": "vismanet_erp_service_api:read x"})
    assert pool._scopes == "vismanet_erp_service_api:read x"
