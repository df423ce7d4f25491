"""Progress rendering and throttling, with a fake clock."""

from __future__ import annotations

import io

from vismanet_ext.cli.progress import Progress, render


def test_render_with_total() -> None:
    line = render(250, 1000, 10.0, width=80)
    assert line.startswith("[######------------------] 250/1,000  25%")
    assert "25 rec/s" in line and "ETA 0:30" in line


def test_render_without_total() -> None:
    assert render(5, None, 2.0).startswith("5 records  2 rec/s")


def test_progress_throttles_and_finishes() -> None:
    now = [0.0]
    buf = io.StringIO()
    p = Progress(buf, interval=1.0, clock=lambda: now[0])
    p.set_total(3)
    p.advance()  # first draw
    p.advance()  # too soon: no draw
    assert buf.getvalue().count("\r") == 1
    now[0] = 2.0
    p.advance()
    assert buf.getvalue().count("\r") == 2 and "3/3 100%" in buf.getvalue()
    p.finish()
    assert buf.getvalue().endswith("\n")


def test_disabled_progress_writes_nothing() -> None:
    p = Progress(None)
    p.set_total(10)
    p.advance(5)
    p.finish("done")
    assert p.done == 5 and not p.enabled


def test_a_log_line_erases_the_progress_line_first() -> None:
    import logging
    import sys

    from vismanet_ext.cli.logs import attach_progress, configure

    buf = io.StringIO()
    p = Progress(buf, interval=0.0, clock=lambda: 1.0, width=lambda: 80)
    p.set_total(10)
    p.advance()
    drawn = buf.getvalue()
    saved, sys.stderr = sys.stderr, buf
    undo = configure(quiet=False, debug=False)
    attach_progress(p)
    try:
        logging.getLogger("vismanet").warning("GET /v1/customer: ConnectError; retry 1 of 1")
    finally:
        attach_progress(None)
        undo()
        sys.stderr = saved
    after = buf.getvalue()[len(drawn):]
    assert after.startswith("\r" + " " * (len(drawn) - 1) + "\r")  # the old line blanked, cursor home
    assert "vismanet: warning: GET /v1/customer: ConnectError; retry 1 of 1\n" in after
    p.advance()
    assert "2/10" in buf.getvalue().rsplit("\r", 1)[-1]  # redrawn below the log line


def test_quiet_keeps_only_errors_and_undo_restores_logging() -> None:
    import logging
    import sys

    from vismanet_ext.cli.logs import configure

    library = logging.getLogger("vismanet")
    before = (library.level, library.propagate, list(library.handlers))
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    undo = configure(quiet=True, debug=False)
    try:
        library.warning("retry 1 of 4")
        library.error("the last attempt failed")
    finally:
        undo()
        sys.stderr = saved
    assert buf.getvalue() == "vismanet: error: the last attempt failed\n"
    assert (library.level, library.propagate, list(library.handlers)) == before
