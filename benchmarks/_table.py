"""The benchmark report: one row per figure, measured side by side with what it is compared with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the report.

    ``ratio`` is the SDK figure over the comparison (or however the goal is phrased: the goal text says which),
    and ``met`` is whether ``goal_check(ratio)`` held; ``None`` when the figure could not be measured here
    (the reason is in ``sdk``).
    """

    figure: str
    sdk: str
    compared_with: str
    ratio: float | None
    goal: str
    met: bool | None

    @classmethod
    def measured(
        cls,
        figure: str,
        sdk: str,
        compared_with: str,
        ratio: float,
        goal: str,
        goal_check: Callable[[float], bool],
    ) -> Row:
        return cls(figure, sdk, compared_with, ratio, goal, goal_check(ratio))

    @classmethod
    def unavailable(cls, figure: str, reason: str, compared_with: str, goal: str) -> Row:
        return cls(figure, f"n/a: {reason}", compared_with, None, goal, None)


def render(rows: list[Row]) -> str:
    """A Markdown table, so the output can be pasted into the README as is."""
    header = ("figure", "SDK", "compared with", "ratio", "goal", "met")
    lines = [_line(header), _line(tuple("---" for _ in header))]
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}"
        met = {True: "yes", False: "NO", None: "-"}[row.met]
        lines.append(_line((row.figure, row.sdk, row.compared_with, ratio, row.goal, met)))
    return "\n".join(lines)


def _line(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
