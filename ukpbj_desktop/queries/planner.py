"""Query plans for the register's and the archive's lists, chosen here because SQLite cannot.

SQLite keeps no statistics (nobody runs ANALYZE on an office PC), so it cannot tell a
filter that keeps 1% of the rows from one that keeps 98%, and often starts from the wrong
index. The plan is therefore chosen from counts: few matches are read through the most
selective filter's index and sorted; many are found by walking the sort's index, testing
each row. The filters not chosen are hidden from SQLite with a unary ``+`` (``not_indexed``).

A plan's *driver* names the filter whose index to start from, or is ``WALK`` (walk the
sort's index, no filter's index) or ``ANY`` (let SQLite pick among the filters' indexes).
The register pages, and the archive's exports read, by keyset (``after``): the rows after
the last one read, in the sort's order, which costs the same on the thousandth page as on the first.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw

from ukpbj_desktop.store.db import is_sqlite

PAGE_SIZE = 256
COUNT_CAP = 1000  # a count that would read every row stops here: "more than 1,000" is enough to know
WALK, ANY = "walk", "any"

CountAlone = Callable[[str, int], int]  # (filter name, cap): that filter's matches alone, counted up to cap


def not_indexed(column: pw.ColumnBase) -> pw.ColumnBase:
    """``column`` as SQLite's unary ``+`` writes it: same value, but no index is used for it."""
    return pw.NodeList((pw.SQL("+"), column), glue="") if is_sqlite() else column


def may_use_index(name: str, driver: str) -> bool:
    """Whether the filter ``name`` may be answered from its index under ``driver``."""
    return driver in (ANY, name)


def usable(column: pw.ColumnBase, name: str, driver: str) -> pw.ColumnBase:
    """``column`` of the filter ``name``, hidden from the planner unless ``driver`` lets it use its index."""
    return column if may_use_index(name, driver) else not_indexed(column)


def walk_limit(table: type[pw.Model]) -> int:
    """Beyond this many matches, walking the sort's index beats reading and sorting the matches.

    Sorting costs about two row reads per match (measured on 100,000 rows); walking the index
    and skipping rows that do not match costs about ``PAGE_SIZE * size / matching`` reads a page.
    """
    size = table.select(pw.fn.MAX(table._meta.primary_key)).scalar() or 0
    return math.isqrt(PAGE_SIZE * size // 2)


def driver(names: Sequence[str], count_alone: CountAlone, cap: Callable[[], int]) -> str:
    """The filter to start from: the only one, else the most selective, each counted up to ``cap()``.

    ANY when none is used or none keeps fewer than ``cap()`` rows."""
    if len(names) <= 1:
        return names[0] if names else ANY
    limit = cap()
    sizes = {name: count_alone(name, limit) for name in names}
    best = min(sizes, key=sizes.__getitem__)
    return best if sizes[best] < limit else ANY


def count_driver(names: Sequence[str], count_alone: CountAlone, limit: Callable[[], int]) -> str:
    """The driver of a count, which reads every match: a filter is worth starting from below 4x ``limit()``."""
    return driver(names, count_alone, lambda: 4 * limit())


def page_driver(names: Sequence[str], count_alone: CountAlone, limit: int, matching: int, capped: bool) -> str:
    """A page's driver: WALK for more than ``limit`` matches (or a capped count past COUNT_CAP, which
    means more rows than counted); for fewer, the most selective filter, its matches sorted."""
    if matching > limit or (capped and matching > COUNT_CAP):
        return WALK
    return driver(names, count_alone, lambda: limit)


def sort_keys(keys: Sequence[pw.ColumnBase], plan: str) -> list[pw.ColumnBase]:
    """The ORDER BY keys: the sort's index is walked under WALK only; otherwise the matches are sorted."""
    return list(keys) if plan == WALK else [not_indexed(key) for key in keys]


def count_up_to(select: Callable[[pw.Node], pw.ModelSelect[Any]], id_column: pw.ColumnBase, limit: int | None) -> int:
    """How many rows ``select(column)`` finds, counting no further than ``limit`` (None: all of them)."""
    query = select(id_column if limit else pw.fn.COUNT(pw.SQL("*")))
    return query.limit(limit).count() if limit else query.scalar()


def ordered(keys: Sequence[pw.ColumnBase], backwards: bool = False) -> list[pw.Ordering]:
    """``keys`` ascending, or all descending when ``backwards``."""
    return [key.desc() if backwards else key.asc() for key in keys]


def after(keys: Sequence[pw.ColumnBase], last: Sequence[object], backwards: bool = False) -> pw.Expression:
    """The keyset condition: rows after ``last`` (the last row's ``keys``) in the order ``ordered`` gives."""
    # A tuple is not a column, so peewee would pass the values as they are: each takes its column's form here.
    values = (key.db_value(value) if isinstance(key, pw.Field) else value
              for key, value in zip(keys, last, strict=True))
    # peewee leaves Tuple untyped.
    position: pw.ColumnBase = pw.Tuple(*keys)
    previous: pw.ColumnBase = pw.Tuple(*values)
    return position < previous if backwards else position > previous
