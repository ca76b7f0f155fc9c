"""How fast the register's and the archive's queries answer, one by one: page, count, search, filter, sort, details.

    python benchmarks/bench_queries.py [--rows 100000] [--runs 7] [--db FILE]

Runs on the cached demo database of ``--rows`` applications (``demo_cache.py``, the one
``make bench`` uses), or on ``--db`` (to compare two versions of the store). Each figure is the
median of ``--runs`` timed runs after one warm-up, in milliseconds, of what the views do:
``count`` plus the first page for a new filter or search, one page for scrolling. ``make bench``
times the same through the window; this breaks it down by query.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys

import demo_cache
from harness import timed

from ukpbj_desktop import workflow
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import archive as aq, register as rq
from ukpbj_desktop.store.bootstrap import open_store
from ukpbj_desktop.store.models import Applicant, Application, ArchiveRecord

TARGETS_MS = {"search": 60.0, "details": 50.0}
F = rq.RegisterFilter
A = aq.ArchiveFilter
PAGE = aq.PAGE_SIZE


def open_page(flt: F, sort: str = "received_at", descending: bool = True):
    """What the model does on a new filter, search or sort: count, then the first page."""
    total = rq.count(flt)
    return rq.page(flt, sort, descending, total=total)


def next_page(flt: F, sort: str, descending: bool):
    """A page further down (scrolling): the page after the 4th, read with the keyset."""
    total = rq.count(flt)
    key = None
    for _ in range(4):
        rows = rq.page(flt, sort, descending, after_key=key, total=total)
        key = rows[-1].key
    return lambda: rq.page(flt, sort, descending, after_key=key, total=total)


def open_archive_page(flt: A, sort: str = "archived_at", descending: bool = True, offset: int = 0):
    """What the archive browser does on a new filter or sort: count, then the page at ``offset``."""
    return aq.page(flt, sort, descending, offset=offset, total=aq.count(flt))


def register_cases():
    """(group, name, action) for every measured register operation."""
    sample = Application.select().order_by(Application.id.desc()).first()
    nip = sample.applicant.nip
    unit = Applicant.select(Applicant.work_unit).order_by(Applicant.id).first().work_unit
    year = rq.years()[0]
    yield "open", "first page + count (all)", lambda: open_page(F())
    for label, text in (("name part 'rumak'", "rumak"), ("NIP prefix (8 digits)", nip[:8]),
                        ("NIP grouped prefix", group_nip(nip)[:15]), ("agenda number", sample.agenda_number),
                        ("broad 'dinas'", "dinas"), ("2 letters 'ru' (LIKE)", "ru"),
                        ("1 letter 'a' (LIKE)", "a"), ("2 letters, no match 'qz' (LIKE)", "qz")):
        yield "search", label, lambda t=text: open_page(F(text=t))
    for state in workflow.STATES:
        yield "filter", f"state = {state}", lambda s=state: open_page(F(state=s))
    yield "filter", "step = check_completeness", lambda: open_page(F(step="check_completeness"))
    yield "filter", f"year = {year}", lambda: open_page(F(year=year))
    yield "filter", f"work unit = {unit[:24]}", lambda: open_page(F(work_unit=unit))
    yield "filter", "year + archived", lambda: open_page(F(year=year, state=workflow.ARCHIVED))
    yield "filter", "'rumak' + archived", lambda: open_page(F(text="rumak", state=workflow.ARCHIVED))
    for sort in rq.SORT_COLUMNS:
        for descending in (False, True):
            arrow = "desc" if descending else "asc"
            yield "sort", f"{sort} {arrow}: first page", lambda s=sort, d=descending: open_page(F(), s, d)
            yield "sort", f"{sort} {arrow}: 5th page", next_page(F(), sort, descending)
    ids = itertools.cycle([1, sample.id // 3, sample.id // 2, sample.id - 5, sample.id])
    yield "details", "details(id), varying ids", lambda: rq.details(next(ids))


def archive_cases():
    """(group, name, action) for every measured archive browser operation."""
    sample = ArchiveRecord.select().order_by(ArchiveRecord.id.desc()).first()
    year = aq.years()[0]
    yield "archive", "first page + count (all)", lambda: open_archive_page(A())
    nip = sample.application.applicant.nip
    for label, text in (("name part 'rumak'", "rumak"), ("archive number", sample.archive_number),
                        ("NIP prefix (8 digits)", nip[:8]), ("2 letters 'ru' (LIKE)", "ru")):
        yield "archive", f"search {label}", lambda t=text: open_archive_page(A(text=t))
    for label, flt in ((f"year = {year}", A(year=year)), (f"box = {sample.box_no}", A(box=sample.box_no)),
                       (f"room = {sample.room}", A(location=sample.room)),
                       ("retention ends (either)", A(retention="either", retention_year=year + 2))):
        yield "archive", f"filter {label}", lambda f=flt: open_archive_page(f)
    for sort in aq.SORT_COLUMNS:
        yield "archive", f"sort {sort} desc: first page", lambda s=sort: open_archive_page(A(), s)
        yield "archive", f"sort {sort} desc: 5th page", lambda s=sort: open_archive_page(A(), s, offset=4 * PAGE)
    yield "archive", "export: first 5,000 rows in archive order", lambda: list(itertools.islice(aq.iter_rows(A()),
                                                                                                5000))
    ids = itertools.cycle([1, sample.id // 3, sample.id // 2, sample.id - 5, sample.id])
    yield "archive", "details(id), varying ids", lambda: aq.details(next(ids))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, choices=demo_cache.SIZES)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", help="this database file instead of the cached demo")
    args = parser.parse_args(argv)
    open_store(args.db or str(demo_cache.ensure(args.rows).path))
    print(f"\n{'group':8} {'operation':40} {'median':>8} {'min':>8} {'max':>8}  target")
    failures = 0
    for group, name, action in itertools.chain(register_cases(), archive_cases()):
        samples = timed(action, args.runs)
        median, low, high = statistics.median(samples), min(samples), max(samples)
        target = TARGETS_MS.get(group)
        verdict = "" if target is None else (f"< {target:.0f} ok" if median < target else f"< {target:.0f} MISSED")
        failures += verdict.endswith("MISSED")
        print(f"{group:8} {name:40} {median:8.1f} {low:8.1f} {high:8.1f}  {verdict}")
    print("\nmilliseconds; median of", args.runs, "runs after a warm-up")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
