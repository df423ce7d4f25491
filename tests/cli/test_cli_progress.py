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
