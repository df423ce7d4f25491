"""Incremental-export state: where the last export stopped, so the next one neither misses nor repeats.

The state file is JSON holding one entry per export (resource path plus ``--where`` filters, so one
file can serve a whole nightly sync).  An entry keeps the *watermark* (the newest
``lastModifiedDateTime`` exported) and the ``key|lastModifiedDateTime`` of every record exported
within ``overlap`` of it.  The next run asks for ``lastModifiedDateTime >= watermark - overlap``
(the overlap catches records committed late with an older timestamp) and skips what it already
exported; a record modified again has a new timestamp and is exported again, as it should be.

Timestamps are compared as the wall-clock time the server wrote (any UTC offset is dropped), which is
also how the server reads the filter.  The file is replaced atomically and only after the export
itself was committed; a crash in between repeats records (never loses them).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import UsageError
from .outfile import close_quietly, create_part, sweep_leftovers

STATE_VERSION = 1
TIMESTAMP_FIELD = "lastModifiedDateTime"

# Identity fields tried in order; the first combination present (all non-empty) in a record is its key.
# Anything else is keyed by a digest of its content, which can only cause a repeat, never a miss.
_KEY_FIELDS: tuple[tuple[str, ...], ...] = (
    ("internalId",),
    ("internalID",),
    ("documentType", "referenceNumber"),
    ("type", "refNbr"),
    ("documentType", "refNbr"),
    ("orderType", "orderNbr"),
    ("orderType", "orderNo"),
    ("module", "batchNumber"),
    ("referenceNumber",),
    ("refNbr",),
    ("orderNbr",),
    ("shipmentNumber",),
    ("receiptNumber",),
    ("number",),
    ("accountCD",),
    ("projectID",),
    ("id",),
)


def parse_timestamp(text: str) -> datetime:
    """A server or user timestamp as naive wall-clock time (ValueError when it is not one)."""
    value = datetime.fromisoformat(text.strip())
    return value.replace(tzinfo=None)


def format_filter(value: datetime) -> str:
    """``yyyy-MM-dd HH:mm:ss.FFF``, rounded down so a ``>=`` filter never excludes the boundary."""
    # Not strftime: glibc writes year 1 as "1", which no server parses (--since 0001-01-01).
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond // 1000:03d}"
    )


def record_key(record: Mapping[str, Any]) -> str:
    """A stable identity for a record (see _KEY_FIELDS)."""
    for fields in _KEY_FIELDS:
        values = [record.get(f) for f in fields]
        if all(v is not None and v != "" and not isinstance(v, (dict, list)) for v in values):
            return "/".join(f"{f}={v}" for f, v in zip(fields, values))
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":"), default=str)
    return "sha256=" + hashlib.sha256(canonical.encode()).hexdigest()[:32]


def entry_key(path: str, where: Mapping[str, str]) -> str:
    """The state entry for an export: its path and filters, in a stable order."""
    if not where:
        return path
    return path + "?" + "&".join(f"{k}={where[k]}" for k in sorted(where))


@dataclass
class Checkpoint:
    """What one export entry remembers."""

    watermark: str | None = None  # newest lastModifiedDateTime exported, as the server wrote it
    seen: set[str] = field(default_factory=set)  # "key|lastModifiedDateTime" within the overlap
    exported: int = 0  # records written by the run that saved this
    saved_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "watermark": self.watermark,
            "seen": sorted(self.seen),
            "exported": self.exported,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Checkpoint:
        if not isinstance(data, dict):
            raise UsageError(f"state file {where}: entry is not an object")
        watermark = data.get("watermark")
        seen = data.get("seen", [])
        if watermark is not None:
            if not isinstance(watermark, str):
                raise UsageError(f"state file {where}: watermark is not a string")
            try:
                parse_timestamp(watermark)
            except ValueError:
                raise UsageError(f"state file {where}: bad watermark {watermark!r}") from None
        if not isinstance(seen, list) or not all(isinstance(s, str) for s in seen):
            raise UsageError(f"state file {where}: 'seen' is not a list of strings")
        exported = data.get("exported", 0)
        return cls(
            watermark=watermark,
            seen=set(seen),
            exported=exported if isinstance(exported, int) else 0,
            saved_at=data.get("saved_at") if isinstance(data.get("saved_at"), str) else None,
        )


class StateFile:
    """A JSON state file with one Checkpoint per export; missing file means a first run."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._entries: dict[str, Any] = {}
        try:
            st = os.stat(path)
        except OSError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            # Saving replaces the file; a device or FIFO must never be replaced (or read as a state).
            raise UsageError(f"state file {path} is not a regular file")
        try:
            with open(path, encoding="utf-8") as f:
                raw = json.load(f)
        except FileNotFoundError:
            directory = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(directory):
                raise UsageError(f"state file {path}: directory {directory} does not exist") from None
            return
        except (OSError, ValueError) as e:
            raise UsageError(f"state file {path} is unreadable: {e}") from None
        if (
            not isinstance(raw, dict)
            or raw.get("version") != STATE_VERSION
            or not isinstance(raw.get("exports"), dict)
        ):
            raise UsageError(f"state file {path} is not a vismanet export state (version {STATE_VERSION})")
        self._entries = raw["exports"]

    def get(self, key: str) -> Checkpoint:
        if key not in self._entries:
            return Checkpoint()
        return Checkpoint.from_json(self._entries[key], f"{self.path} [{key}]")

    def save(self, key: str, checkpoint: Checkpoint) -> None:
        """Replace the file atomically with this entry updated (others kept as they were)."""
        checkpoint.saved_at = datetime.now(UTC).isoformat(timespec="seconds")
        self._entries[key] = checkpoint.to_json()
        data = {"version": STATE_VERSION, "exports": self._entries}
        real = os.path.realpath(self.path)  # a symlinked state file keeps its link
        directory, base = os.path.split(real)
        sweep_leftovers(directory, base)
        fd, tmp = create_part(directory, base)
        f = os.fdopen(fd, "w", encoding="utf-8")
        try:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.replace(tmp, real)
        except BaseException:
            close_quietly(f)
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


def _minus(when: datetime, delta: timedelta) -> datetime:
    """``when - delta``, or the beginning of time when that reaches back before year 1."""
    try:
        return when - delta
    except OverflowError:
        return datetime.min


class Deduper:
    """Decides which fetched records are new, and computes the Checkpoint to save afterwards.

    Memory is bounded by the records inside the overlap window, not by the size of the export:
    only records within ``overlap`` of the newest timestamp so far are remembered, and older ones are
    pruned as the newest advances.
    """

    def __init__(self, previous: Checkpoint, overlap: timedelta) -> None:
        self._previous = previous
        self._overlap = overlap
        self._previous_seen = frozenset(previous.seen)
        self._kept: dict[str, datetime] = {}
        self._prune_at = 1024
        self._newest: datetime | None = (
            parse_timestamp(previous.watermark) if previous.watermark is not None else None
        )
        self._newest_text = previous.watermark
        self.skipped = 0
        self.admitted = 0

    def start(self) -> datetime | None:
        """The ``>=`` bound to ask the server for (None: from the beginning)."""
        if self._previous.watermark is None:
            return None
        return _minus(parse_timestamp(self._previous.watermark), self._overlap)

    def admit(self, record: Mapping[str, Any]) -> bool:
        """True if the record should be written (and remember it); False if already exported."""
        stamp = record.get(TIMESTAMP_FIELD)
        if not isinstance(stamp, str) or not stamp:
            self.admitted += 1  # cannot be tracked: better written twice than never
            return True
        try:
            when = parse_timestamp(stamp)
        except ValueError:
            self.admitted += 1
            return True
        token = f"{record_key(record)}|{stamp}"
        if token in self._previous_seen or token in self._kept:
            self.skipped += 1
            return False
        if self._newest is None or when > self._newest:
            self._newest, self._newest_text = when, stamp
        if when >= _minus(self._newest, self._overlap):
            self._kept[token] = when
            if len(self._kept) >= self._prune_at:
                self._prune()
        self.admitted += 1
        return True

    def _prune(self) -> None:
        assert self._newest is not None
        floor = _minus(self._newest, self._overlap)
        self._kept = {t: w for t, w in self._kept.items() if w >= floor}
        self._prune_at = max(1024, 2 * len(self._kept))

    def checkpoint(self) -> Checkpoint:
        """The state after this run: new watermark, and only the records still inside the overlap."""
        if self._newest is None:
            return Checkpoint(watermark=None, seen=set(), exported=self.admitted)
        floor = _minus(self._newest, self._overlap)
        keep = {t for t, w in self._kept.items() if w >= floor}
        for token in self._previous_seen:
            try:
                if parse_timestamp(token.rpartition("|")[2]) >= floor:
                    keep.add(token)
            except ValueError:
                continue
        return Checkpoint(watermark=self._newest_text, seen=keep, exported=self.admitted)
