"""Real error bodies (../shared/realworld/, see SOURCES.md there) give a useful one-line ``str(error)``.

Each body is served over loopback HTTP with the status its source reports (or, where SOURCES.md says so,
assumes) and comes back as the client's exception; the checks read what a user sees in a log line or on
the command line.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from transport._loopback import LoopbackServer, Reply

from vismanet_ext import VismaNet
from vismanet_ext.errors import ApiError, AuthenticationError, BadRequest

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"


def body_of(name: str) -> bytes:
    path = REALWORLD / name
    if not path.is_file():
        pytest.skip(f"the real-world corpus is not at {REALWORLD} ({name} missing)")
    return path.read_bytes()


def served(name: str, status: int, route: str = "GET /v1/account") -> ApiError:
    """The exception the client raises when the server answers `route` with this body and status."""
    reply = Reply(status, body_of(name), {"Content-Type": "application/json; charset=utf-8"})
    with LoopbackServer([reply]) as server, VismaNet(base_url=server.url, token="tok", retry=None) as vn:
        method, path = route.split(" ", 1)
        with pytest.raises(ApiError) as caught:
            vn.call(f"{method} {path}", **({"json": {}} if method == "POST" else {}))
    err = caught.value
    text = str(err)
    assert "\n" not in text and "\r" not in text  # one line, always
    assert text.startswith(f"{status} ")
    assert f"{method} {server.url}{path}" in text
    assert "tok" not in text.replace("token", "")  # the bearer token never shows
    assert str(pickle.loads(pickle.dumps(err))) == text  # survives a process boundary unchanged
    return err


def test_ippexception_with_an_empty_message_shows_fault_code_and_message_id() -> None:
    # Stack Overflow 53636772: GET .../v1/account?active=true -> 400, only ExceptionFaultCode says anything.
    err = served("stackoverflow-error-ippexception-12002-empty-message.json", 400)
    assert isinstance(err, BadRequest)
    assert err.message == ""
    assert (err.exception_type, err.fault_code, err.message_id) == ("IPPException", "12002", "12002_12002_some-guid")
    assert str(err).endswith(": IPPException fault 12002 (message id 12002_12002_some-guid)")


def test_ippexception_no_license_reads_as_visma_wrote_it() -> None:
    # Visma community knowledge base: fault 12027 "No license for this company." (status assumed 401).
    err = served("visma-community-error-ippexception-12027-no-license.json", 401)
    assert isinstance(err, AuthenticationError)
    assert str(err).endswith(": No license for this company.")
    assert err.fault_code == "12027"
    assert err.message_id == "12027_6e2a06a8-76d8-4e9a-bce8-a5818d60a388"


def test_a_multi_line_message_stays_readable_on_one_line() -> None:
    # ON-IT/Visma.Net issue #78: "...Please review the errors.\r\nError: 'Customer ID' cannot be empty.\r\n"
    err = served("onit-issue78-error-message-multiline.json", 400, "POST /v1/customer")
    assert str(err).endswith(
        ": VismaId: 30f6cee2-b3fa-4413-a084-2d18f9333e9c. Error inserting the customer. Error: Inserting "
        "'Customer' record raised at least one error. Please review the errors. Error: 'Customer ID' cannot be "
        "empty."
    )
    assert "\\r\\n" in err.body  # the raw body is kept as sent (JSON-escaped line breaks)


def test_a_background_jobs_error_content() -> None:
    # GET /v1/background/{id}/content of a failed job (ON-IT's captured test data).
    err = served("onit-background-content-error-message.json", 400, "GET /v1/background/4f1c/content")
    assert str(err).endswith(": Payment can't be updated because it is already released.")


def test_several_lines_without_full_stops_are_kept_apart() -> None:
    body = b'{"message": "Error: a\\r\\nError: b\\nError: c"}'
    with LoopbackServer([Reply(400, body, {"Content-Type": "application/json"})]) as server, VismaNet(
        base_url=server.url, token="tok", retry=None
    ) as vn, pytest.raises(BadRequest) as caught:
        vn.call("GET /v1/customer")
    assert caught.value.message == "Error: a; Error: b; Error: c"
