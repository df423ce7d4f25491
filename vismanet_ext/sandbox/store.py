"""In-memory records of one resource: seeded lazily, overlaid by writes.

A seeded record exists only as its index until someone reads it; reads cache
the record's JSON text (bounded) so paging the same 100,000 records twice does
not rebuild them. Filtered key lists are cached per filter until the next
write to the resource, so paging a filtered result is O(page), not O(n).

All methods expect the caller to hold the sandbox lock (``Store.lock``); the
store itself does not lock so that one handler can make several calls
atomically.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any

from . import catalog
from .data import DATASETS, Context, Dataset, Record, generate, light, light_fields
from .etag import encode_version

Predicate = Callable[[Record], bool]

# Writes get rowversions above every seeded one, like a database's rowversion.
_WRITE_VERSION_START = 0x7F_0000_0000
_RECENT = 4096  # materialised seeded records kept, so GET-then-serialise builds once
_SEEDED_VERSION_BASE = 0x4D_1800_0000


class VersionCounter:
    def __init__(self) -> None:
        self._next = itertools.count(_WRITE_VERSION_START)

    def next(self) -> int:
        return next(self._next)


class ResourceStore:
    def __init__(
        self,
        dataset: Dataset,
        ctx: Context,
        size: int,
        versions: VersionCounter,
        fragment_budget: list[int],
    ) -> None:
        self.dataset = dataset
        self.ctx = ctx
        self.seeded = size
        self._versions = versions
        self._budget = fragment_budget  # shared, mutable: [remaining fragments]
        self._order: list[str] | None = None
        self._seed_index: dict[str, int] | None = None
        self._records: dict[str, Record] = {}  # written or inserted records
        self._record_versions: dict[str, int] = {}
        self._deleted: set[str] = set()
        self._fragments: dict[str, str] = {}
        self._queries: dict[Hashable, list[str]] = {}
        self._recent: dict[str, Record] = {}
        self._light_fields = (dataset.light_fields if dataset.light_fields is not None
                              else light_fields(dataset.name))
        self._next_index = size
        self.generation = 0

    # --- keys and lookup -------------------------------------------------------

    def _ensure_index(self) -> tuple[list[str], dict[str, int]]:
        if self._order is None or self._seed_index is None:
            key_of = self.dataset.key_of
            order = [key_of(i) for i in range(self.seeded)]
            self._seed_index = {key: i for i, key in enumerate(order)}
            self._order = order
        return self._order, self._seed_index

    def keys(self) -> list[str]:
        """Keys in the API's stable order (creation order). Do not mutate."""
        return self._ensure_index()[0]

    def __len__(self) -> int:
        return len(self.keys())

    def __contains__(self, key: str) -> bool:
        if key in self._records:
            return True
        if key in self._deleted:
            return False
        return key in self._ensure_index()[1]

    def get(self, key: str) -> Record | None:
        """The stored record; treat as read-only (use :meth:`for_update` to change)."""
        record = self._records.get(key)
        if record is not None:
            return record
        if key in self._deleted:
            return None
        record = self._recent.get(key)
        if record is not None:
            return record
        index = self._ensure_index()[1].get(key)
        if index is None:
            return None
        record = self._materialize(index, key)
        if len(self._recent) >= _RECENT:
            del self._recent[next(iter(self._recent))]
        self._recent[key] = record
        return record

    def _materialize(self, index: int, key: str) -> Record:
        record = generate(self.ctx, self.dataset.name, index)
        if self.dataset.etag_field:
            record[self.dataset.etag_field] = encode_version(self._seeded_version(index))
        return record

    def _seeded_version(self, index: int) -> int:
        return _SEEDED_VERSION_BASE + index * 8 + 1

    def version(self, key: str) -> int:
        found = self._record_versions.get(key)
        if found is not None:
            return found
        return self._seeded_version(self._ensure_index()[1][key])

    def etag(self, key: str) -> str:
        return encode_version(self.version(key))

    def records(self) -> Iterator[Record]:
        for key in list(self.keys()):
            record = self.get(key)
            if record is not None:
                yield record

    # --- JSON ----------------------------------------------------------------

    def fragment(self, key: str) -> str:
        """The record's JSON text, cached while the fragment budget lasts."""
        text = self._fragments.get(key)
        if text is None:
            record = self.get(key)
            if record is None:
                raise KeyError(key)
            text = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
            if self._budget[0] > 0:
                self._fragments[key] = text
                self._budget[0] -= 1
        return text

    # --- writes --------------------------------------------------------------

    def for_update(self, key: str) -> Record:
        """A private deep copy to modify and hand back to :meth:`put`."""
        record = self.get(key)
        if record is None:
            raise KeyError(key)
        return copy.deepcopy(record)

    def put(self, key: str, record: Record) -> int:
        """Insert or replace; returns the new rowversion (the ETag's source)."""
        order, _ = self._ensure_index()
        if key not in self:
            order.append(key)
            self._deleted.discard(key)
        version = self._versions.next()
        if self.dataset.etag_field:
            record[self.dataset.etag_field] = encode_version(version)
        self._records[key] = record
        self._record_versions[key] = version
        self._forget(key)
        return version

    def delete(self, key: str) -> bool:
        if key not in self:
            return False
        order, _ = self._ensure_index()
        order.remove(key)
        self._records.pop(key, None)
        self._record_versions.pop(key, None)
        self._deleted.add(key)
        self._forget(key)
        return True

    def next_generated(self) -> tuple[int, str]:
        """A fresh index and key for auto-numbered inserts (skipping taken keys)."""
        while True:
            index = self._next_index
            self._next_index += 1
            key = self.dataset.key_of(index)
            if key not in self:
                return index, key

    def generate_new(self) -> tuple[str, Record]:
        index, key = self.next_generated()
        return key, self._materialize(index, key)

    def _forget(self, key: str) -> None:
        self._recent.pop(key, None)
        if self._fragments.pop(key, None) is not None:
            self._budget[0] += 1
        self._queries.clear()
        self.generation += 1

    # --- queries ---------------------------------------------------------------

    def matching(
        self, signature: Hashable, predicate: Predicate, fields: frozenset[str] | None = None
    ) -> list[str]:
        """Keys of records satisfying ``predicate``, cached until the next write.

        When the predicate only reads ``fields`` that a seeded record's light view
        has (dates, status), untouched seeded records are not built at all.
        """
        cached = self._queries.get(signature)
        if cached is None:
            cached = []
            use_light = fields is not None and fields <= self._light_fields
            seed_index = self._ensure_index()[1]
            for key in self.keys():
                record = self._records.get(key)
                if record is None:
                    record = light(self.ctx, self.dataset.name, seed_index[key]) if use_light else self.get(key)
                if record is not None and predicate(record):
                    cached.append(key)
            if len(self._queries) > 64:
                self._queries.clear()
            self._queries[signature] = cached
        return cached


class Store:
    """All resources' stores behind one re-entrant lock."""

    def __init__(
        self,
        seed: int,
        sizes: dict[str, int] | None,
        fragment_cache: int = 250_000,
        *,
        budget: list[int] | None = None,
    ) -> None:
        sizes = self.check_sizes(sizes or {})
        resolved = {name: d.default_size for name, d in DATASETS.items()}
        resolved.update(sizes)
        self._sizes = resolved
        self.lock = threading.RLock()
        self.ctx = Context(seed, resolved)
        self.versions = VersionCounter()
        # Several tenants' stores share one budget: [remaining cached fragments].
        self._budget = budget if budget is not None else [fragment_cache]
        self._stores = {
            name: ResourceStore(dataset, self.ctx, resolved[name], self.versions, self._budget)
            for name, dataset in DATASETS.items()
        }

    @staticmethod
    def check_sizes(sizes: Mapping[str, int]) -> dict[str, int]:
        """Sizes by store name (names in any case, generic resources included); ValueError if bad."""
        checked: dict[str, int] = {}
        unknown = []
        for name, size in sizes.items():
            known = name if name in DATASETS else catalog.canonical(name)
            if known is None:
                unknown.append(name)
                continue
            if not isinstance(size, int) or isinstance(size, bool) or size < 0:
                raise ValueError(f"size for {name!r} must be a non-negative int, got {size!r}")
            checked[known] = size
        if unknown:
            raise ValueError(
                f"unknown resource {', '.join(sorted(unknown))}; the sandbox has {', '.join(sorted(DATASETS))} "
                "and every other list operation of the spec, by its `vismanet resources` name"
            )
        return checked

    def __getitem__(self, resource: str) -> ResourceStore:
        found = self._stores.get(resource)
        if found is not None:
            return found
        if not catalog.is_generic(resource):
            known = catalog.canonical(resource)  # another spelling: "Customer", "payment"
            if known is None:
                raise KeyError(f"unknown sandbox resource {resource!r}; known: {sorted(DATASETS)} "
                               "and the spec's other list operations")
            return self[known]
        with self.lock:
            found = self._stores.get(resource)
            if found is None:
                dataset = catalog.generic_dataset(resource)
                self._sizes.setdefault(resource, dataset.default_size)
                found = ResourceStore(dataset, self.ctx, self._sizes[resource], self.versions,
                                      self._budget)
                self._stores[resource] = found
            return found

    def names(self) -> list[str]:
        return list(self._stores)


def deep_get(record: Record, path: tuple[str, ...]) -> Any:
    value: Any = record
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value
