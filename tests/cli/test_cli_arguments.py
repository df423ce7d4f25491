"""Hostile and unusual arguments, as a subprocess: a clear usage error (exit 2) before any request (item 6),
and the --state/--out pattern that never empties an earlier output (item 8).

"Before any request" is checked with a listening socket nobody answers: the CLI must not even connect.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vismanet_ext.sandbox import Sandbox

from ._subproc import contacted, env, only_files, run, trap


def _refused_before_any_request(*argv: str, environ: dict[str, str] | None = None,
                                stdin: str | None = None) -> str:
    with trap() as (base_url, sock):
        r = run(*argv, "--base-url", base_url, "--token", "t0ken-for-tests", "--retries", "0",
                environ=environ, stdin=stdin, timeout=30)
        assert not contacted(sock), "a request was sent"
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr and len(r.stderr) < 3000, r.stderr
    assert "error:" in r.stderr.splitlines()[-1], r.stderr
    return r.stderr


@pytest.mark.parametrize("value", ["inf", "1e20", "nan", "-1", "-inf"])
def test_overlap_must_be_finite_and_bounded(value: str, tmp_path: Path) -> None:
    err = _refused_before_any_request("export", "customer", "--state", str(tmp_path / "s.json"),
                                      f"--overlap={value}")
    assert "--overlap" in err


def test_a_huge_but_finite_overlap_at_the_limit_works(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    e = env(VISMANET_SANDBOX_SIZES="customer=5")
    for n in range(2):  # the second run subtracts the overlap from the watermark
        r = run("export", "customer", "--sandbox", "-q", "--state", str(state), "--overlap", str(366 * 86400),
                "-o", str(tmp_path / f"{n}.jsonl"), environ=e)
        assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("body, why", [
    ('{"name": {"value": NaN}}', "NaN"),
    ('{"creditLimit": Infinity}', "Infinity"),
    ('{"creditLimit": -Infinity}', "Infinity"),
    ("[" * 100_000 + "]" * 100_000, "deeper than"),
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "deeper than"),
])
def test_json_files_are_parsed_strictly(body: str, why: str, tmp_path: Path) -> None:
    f = tmp_path / "body.json"
    f.write_text(body)
    err = _refused_before_any_request("create", "customer", "--json", str(f))
    assert why in err and "--json" in err


def test_json_from_stdin_is_strict_too() -> None:
    err = _refused_before_any_request("create", "customer", "--json", "-", stdin='{"x": NaN}')
    assert "NaN" in err


def test_brackets_inside_json_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    from vismanet_ext.cli.commands import parse_json_strict

    deep_text = {"note": "[" * 5000 + "{" * 5000}
    assert parse_json_strict(json.dumps(deep_text), "x") == deep_text


def test_a_where_value_of_100k_characters() -> None:
    err = _refused_before_any_request("export", "customer", "--where", "name=" + "x" * 100_000)
    assert "1,000" in err and len(err) < 500


def test_where_values_with_control_characters_and_non_finite_numbers() -> None:
    assert "control characters" in _refused_before_any_request("export", "customer", "--where", "name=a\nb")


def test_a_100k_character_filter_name_is_shown_shortened() -> None:
    err = _refused_before_any_request("export", "customer", "--where", "n" * 100_000 + "=1")
    assert "has no filter" in err and len(err) < 2000


@pytest.mark.parametrize("argv", [
    ["get", "customer", "x" * 100_000],
    ["get", "customer", "10000\r\nX-Injected: 1"],
    ["job", "j" * 100_000],
    ["export", "c" * 100_000],
])
def test_huge_or_broken_ids_and_names(argv: list[str]) -> None:
    err = _refused_before_any_request(*argv)
    assert len(err) < 3000


@pytest.mark.parametrize("latency", ["-1", "nan", "inf", "1e9", "soon"])
def test_sandbox_latency_must_be_sane(latency: str) -> None:
    r = run("export", "customer", "--sandbox", environ=env(VISMANET_SANDBOX_LATENCY=latency))
    assert r.returncode == 2 and "VISMANET_SANDBOX_LATENCY" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("sizes", ["customer=-1", "customer=10000000000", "customer=many"])
def test_sandbox_sizes_must_be_sane(sizes: str) -> None:
    r = run("export", "customer", "--sandbox", environ=env(VISMANET_SANDBOX_SIZES=sizes), timeout=30)
    assert r.returncode == 2 and "VISMANET_SANDBOX_SIZES" in r.stderr and "Traceback" not in r.stderr


def test_out_empty_is_a_usage_error_before_any_request() -> None:
    err = _refused_before_any_request("export", "customer", "--out", "")
    assert "--out" in err and "empty" in err


def test_timeout_without_wait_is_a_usage_error() -> None:
    err = _refused_before_any_request("job", "some-job-id", "--timeout", "2")
    assert "--timeout" in err and "--wait" in err


@pytest.mark.parametrize("value", ["inf", "nan", "1e20"])
def test_timeout_must_be_finite(value: str) -> None:
    assert "--timeout" in _refused_before_any_request("job", "j", "--wait", f"--timeout={value}")


def test_retries_are_bounded() -> None:
    assert "--retries" in _refused_before_any_request("export", "customer", "--retries", "1000000000")


def test_credentials_in_the_base_url_are_refused() -> None:
    with trap() as (base_url, sock):
        r = run("export", "customer", "--base-url", base_url.replace("http://", "http://user:hunter2pass@"),
                "--token", "t0ken-for-tests", timeout=30)
        assert not contacted(sock)
    assert r.returncode == 2 and "credentials" in r.stderr and "hunter2pass" not in r.stderr


# -- --since formats that must be accepted -------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> tuple[Sandbox, list[str]]:
    sb = Sandbox(seed=5, sizes={"customer": 20})
    with sb, sb.serve(port=0) as base_url:
        yield sb, ["--base-url", base_url, "--token", sb.issue_token()]


@pytest.mark.parametrize("since, sent", [
    ("0001-01-01", "0001-01-01 00:00:00.000"),
    ("2025-04-01 06:30", "2025-04-01 06:30:00.000"),
    ("2025-04-01T06:30", "2025-04-01 06:30:00.000"),
])
def test_since_formats_are_accepted_and_sent_in_visma_format(
    served: tuple[Sandbox, list[str]], since: str, sent: str
) -> None:
    sb, conn = served
    before = len(sb.request_log)
    r = run("export", "customer", *conn, "-q", "--since", since)
    assert r.returncode == 0, r.stderr
    urls = [str(getattr(e, "url", "")) + " " + str(getattr(e, "query", "")) for e in list(sb.request_log)[before:]]
    from urllib.parse import quote_plus, unquote_plus

    assert any(sent in unquote_plus(u) or quote_plus(sent) in u for u in urls), urls
    if since.startswith("0001"):
        assert len(r.stdout.splitlines()) == 20


# -- --state never silently empties the previous output -----------------------------------------------------


def test_state_with_the_same_out_is_refused_and_the_previous_output_kept(tmp_path: Path) -> None:
    sb = Sandbox(seed=4, sizes={"customer": 12})
    with sb, sb.serve(port=0) as base_url:
        conn = ["--base-url", base_url, "--token", sb.issue_token()]
        state, out = tmp_path / "sync.json", tmp_path / "customers.jsonl"
        r = run("export", "customer", *conn, "--state", str(state), "-o", str(out))
        assert r.returncode == 0, r.stderr
        first = out.read_text()
        assert len(first.splitlines()) == 12

        calls = len(sb.request_log)
        r = run("export", "customer", *conn, "--state", str(state), "-o", str(out))  # the nightly mistake
        assert r.returncode == 2 and "not empty" in r.stderr and "{date}" in r.stderr and "--overwrite" in r.stderr
        assert out.read_text() == first and len(sb.request_log) == calls  # nothing sent, nothing lost

        sb.update("customer", sb.keys("customer")[0], name="Changed AS")
        r = run("export", "customer", *conn, "--state", str(state), "-o", str(out), "--overwrite")
        assert r.returncode == 0, r.stderr
        assert [json.loads(line)["name"] for line in out.read_text().splitlines()] == ["Changed AS"]


def test_dated_outputs_give_every_run_its_own_file(tmp_path: Path) -> None:
    sb = Sandbox(seed=4, sizes={"customer": 12})
    with sb, sb.serve(port=0) as base_url:
        conn = ["--base-url", base_url, "--token", sb.issue_token()]
        state = tmp_path / "sync.json"
        r = run("export", "customer", *conn, "--state", str(state), "-o", str(tmp_path / "c-{date}.jsonl"))
        assert r.returncode == 0, r.stderr
        (first,) = [p for p in tmp_path.iterdir() if p.name.startswith("c-")]
        import re

        assert re.fullmatch(r"c-\d{4}-\d{2}-\d{2}\.jsonl", first.name) and first.name in r.stderr
        sb.insert("customer", 2)
        r = run("export", "customer", *conn, "--state", str(state), "-o", str(tmp_path / "d-{date}-{time}.jsonl"))
        assert r.returncode == 0, r.stderr
        (second,) = [p for p in tmp_path.iterdir() if p.name.startswith("d-")]
        assert len(first.read_text().splitlines()) == 12 and len(second.read_text().splitlines()) == 2
        assert sorted(only_files(tmp_path)) == sorted([first.name, second.name, "sync.json"])


def test_an_empty_previous_output_may_be_replaced(tmp_path: Path) -> None:
    out, state = tmp_path / "c.jsonl", tmp_path / "s.json"
    out.write_text("")
    r = run("export", "customer", "--sandbox", "-q", "--state", str(state), "-o", str(out),
            environ=env(VISMANET_SANDBOX_SIZES="customer=3"))
    assert r.returncode == 0, r.stderr and len(out.read_text().splitlines()) == 3


def test_help_shows_the_safe_nightly_pattern() -> None:
    r = run("export", "--help")
    assert r.returncode == 0
    assert "{date}" in r.stdout and "--overwrite" in r.stdout and "--state" in r.stdout
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "--state" in readme and "{date}" in readme and "--overwrite" in readme
