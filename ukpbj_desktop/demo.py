"""Realistic demo data: applications in every state, written in bulk.

Every application follows a path the workflow engine accepts (each step is taken through
``workflow.transition``), with step durations scattered around the SOP's time standards,
so the register, the Mutu Baku figures and the benchmarks see believable data.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable

from peewee import Model, fn, sort_models  # type: ignore[attr-defined]  # the stubs omit sort_models

from ukpbj_desktop import audit, workflow
from ukpbj_desktop.config import resources_dir
from ukpbj_desktop.required_documents import required_documents
from ukpbj_desktop.services import retention_until
from ukpbj_desktop.store.db import compact, database, is_sqlite, tuples
from ukpbj_desktop.store.models import (
    Applicant,
    Application,
    ArchiveRecord,
    ChecklistItem,
    Classification,
    Handover,
    Operator,
    SlipPrint,
    SpseAccount,
    StepLog,
)
from ukpbj_desktop.store.settings import get_setting

FIRST_NAMES = ("Ahmad", "Abdul", "Muhammad", "Yusuf", "Hasan", "Ismail", "La Ode", "Wa Ode", "Siti", "Nur",
               "Fatimah", "Rahmat", "Samsul", "Yohanis", "Maria", "Agustinus", "Fransiska", "Benediktus", "Sri",
               "Dewi", "Budi", "Agus", "Rina", "Hendrik", "Jefri", "Marthen", "Salma", "Ruslan", "Halima", "Umar")
LAST_NAMES = ("Rumalutur", "Kelian", "Wattimena", "Rumakat", "Tuasikal", "Latuconsina", "Pattimura", "Rumbouw",
              "Kastella", "Wokas", "Rumagesan", "Tomia", "Bugis", "Santoso", "Wijaya", "Siregar", "Nasution",
              "Lestaluhu", "Kilwouw", "Rumatiga", "Keliobas", "Rumfot", "Tamher", "Rumonin", "Wailissa")
TITLES = ("", "", "", "S.Sos.", "S.E.", "S.T.", "S.Kom.", "S.Pd.", "M.Si.", "S.H.", "S.Kep.", "S.STP.")
POSITIONS = ("Kepala Bidang Perencanaan", "Kepala Seksi Sarana dan Prasarana", "Sekretaris", "Kepala Bagian Umum",
             "Kepala Subbagian Keuangan", "Kepala Bidang Bina Marga", "Kepala Seksi Pembangunan",
             "Kepala Bidang Pelayanan", "Camat", "Kepala Dinas")
RANKS = ("III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c")

# (weight, outcomes after registration) - every path is checked by the workflow engine.
PATHS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (62, ("complete", "valid", "created", "handed_over", "archived")),
    (14, ("incomplete", "notified", "completed", "complete", "valid", "created", "handed_over", "archived")),
    (9, ("complete", "invalid", "notified", "archived")),
    (5, ("incomplete", "notified", "not_completed", "notified", "archived")),
    (2, ("rejected", "notified", "archived")),
    (3, ("incomplete", "notified", "completed", "incomplete", "notified", "completed", "complete", "valid",
         "created", "handed_over", "archived")),
)
REASONS = ("Nomor SK tidak sesuai dengan data kepegawaian.", "Sertifikat kompetensi sudah tidak berlaku.",
           "Nama pada SK berbeda dengan nama pada sertifikat.", "SK pengangkatan PPK sudah kedaluwarsa.")


def random_nip(rng: random.Random, serial: int) -> tuple[str, dt.date, int]:
    birth = dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(0, 32 * 365))
    year = min(birth.year + rng.randint(21, 32), 2024)
    sex = rng.choice((1, 2))
    return f"{birth:%Y%m%d}{year}{rng.randint(1, 12):02d}{sex}{serial % 999 + 1:03d}", birth, sex


def _person(rng: random.Random, index: int, work_units: list[str]) -> dict[str, str]:
    nip, birth, sex = random_nip(rng, index)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    title = rng.choice(TITLES)
    name = f"{first} {last}" + (f", {title}" if title else "")
    mail = f"{first.lower().replace(' ', '')}.{last.lower()}{index}@serambagiantimurkab.go.id"
    day = birth.day + (40 if sex == 2 else 0)
    return dict(nip=nip, nik=f"8105{rng.randint(1, 15):02d}{day:02d}{birth:%m%y}{rng.randint(1, 9999):04d}",
                name=name, position=rng.choice(POSITIONS), rank=rng.choice(RANKS), work_unit=rng.choice(work_units),
                agency=get_setting("agency"), email=mail, phone="",
                mobile=f"08{rng.randint(11, 59)}{rng.randint(10**7, 10**8 - 1)}",
                address="Bula, Seram Bagian Timur")


def _duration(rng: random.Random, minutes: int | None) -> dt.timedelta:
    """Mostly within the time standard, one step in six over it."""
    base = minutes or 10
    factor = rng.uniform(0.3, 1.0) if rng.random() > 1 / 6 else rng.uniform(1.05, 2.5)
    return dt.timedelta(seconds=int(base * 60 * factor))


def _gap(rng: random.Random, step: str) -> dt.timedelta:
    """Waiting before a step: the PPK takes days to complete a file, the office minutes to hours."""
    if step == "check_completeness":
        return dt.timedelta(minutes=rng.randint(0, 30))
    if step == "supply_documents":
        return dt.timedelta(days=rng.randint(1, 10), minutes=rng.randint(0, 300))
    return dt.timedelta(minutes=rng.randint(1, 240))


class _Rows:
    """Rows gathered per table, written with one executemany each."""

    def __init__(self) -> None:
        self.tables: dict[type[Model], list[dict[str, object]]] = {}

    def add(self, model: type[Model], **row: object) -> None:
        self.tables.setdefault(model, []).append(row)

    def flush(self) -> None:
        cursor = database.cursor()
        for model in sort_models(self.tables):
            rows = self.tables[model]
            columns = list(rows[0])
            fields = [model._meta.fields[c] for c in columns]
            sql = "INSERT INTO {} ({}) VALUES ({})".format(
                model._meta.table_name, ", ".join(f.column_name for f in fields),
                ", ".join([database.param] * len(columns)))
            cursor.executemany(sql, [[f.db_value(r[c]) for f, c in zip(fields, columns, strict=True)] for r in rows])
        self.tables.clear()


def _next_id(model: type[Operator | Applicant | Application | ArchiveRecord]) -> int:
    return (model.select(fn.MAX(model.id)).scalar() or 0) + 1


def generate(requests: int, seed: int = 2026, today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Add ``requests`` applications ending around ``today``; returns how many were written."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    sop = workflow.sop()
    operator = Operator.select().order_by(Operator.id).first()
    work_units = json.loads((resources_dir() / "work_units.json").read_text(encoding="utf-8"))["work_units"]
    classification = Classification.get_by_id("000.3.5")
    span_days = max(30, min(3 * 365, requests // 20))
    # No step may be recorded after this moment: files still under way stay open at that step.
    cutoff = dt.datetime.now() if today == dt.date.today() else dt.datetime.combine(today, dt.time(17, 0))
    start = dt.datetime.combine(today - dt.timedelta(days=span_days), dt.time(8, 0))
    weights = [w for w, _ in PATHS]
    app_id, applicant_id, archive_seq = _next_id(Application), _next_id(Applicant), _next_id(ArchiveRecord)
    seqs: dict[int, int] = {}
    for year, seq in tuples(Application.select(Application.year, Application.seq)
                            .order_by(Application.seq.desc())):
        seqs.setdefault(year, seq)
    pattern = get_setting("agenda_pattern")
    rows = _Rows()
    chunk = 5000
    if is_sqlite():
        database.execute_sql("PRAGMA synchronous=OFF")
    try:
        for done in range(0, requests, chunk):
            with database.atomic():
                for i in range(done, min(requests, done + chunk)):
                    offset = dt.timedelta(days=span_days * i / max(requests, 1), minutes=rng.randint(0, 420))
                    # the app stores whole seconds; no file arrives after the cutoff (a run just after midnight)
                    received = min(start + offset, cutoff).replace(microsecond=0)
                    open_tail = (requests - i) <= max(3, requests // 50)
                    _one(rng, rows, sop, operator, classification, app_id, applicant_id, received, seqs, pattern,
                         work_units, weights, open_tail, archive_seq, cutoff)
                    app_id += 1
                    applicant_id += 1
                    archive_seq += 1
                rows.flush()
                audit.record(operator, "demo_data", "application", None, count=min(chunk, requests - done))
            if progress:
                progress(min(requests, done + chunk), requests)
    finally:
        if is_sqlite():
            database.execute_sql("PRAGMA synchronous=FULL")
        else:  # ids were written explicitly: move PostgreSQL's sequences past them
            for model in (Applicant, Application):
                table = model._meta.table_name
                database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")
    compact()  # the bulk load left its indexes part-empty: 18 MB of 412 on 100,000 applications
    return requests


def _one(rng: random.Random, rows: _Rows, sop: workflow.Sop, operator: Operator, classification: Classification,
         app_id: int, applicant_id: int, received: dt.datetime, seqs: dict[int, int], pattern: str,
         work_units: list[str], weights: list[int], open_tail: bool, archive_seq: int, cutoff: dt.datetime) -> None:
    person = _person(rng, applicant_id, work_units)
    rows.add(Applicant, id=applicant_id, created_at=received, updated_at=received, **person)
    outcomes = rng.choices([p for _, p in PATHS], weights)[0]
    if open_tail:
        outcomes = outcomes[:rng.randrange(0, len(outcomes))]
    seq = seqs[received.year] = seqs.get(received.year, 0) + 1
    agenda = pattern.format(seq=seq, year=received.year)
    is_pa = rng.random() < 0.1
    delivery = "in_person" if rng.random() < 0.8 else "courier"
    transition = workflow.register_transition(sop)
    clock = received
    logs: list[tuple[str, str, dt.datetime, dt.datetime, int | None, str]] = [
        (transition.step, transition.outcome, received, received, None, "")]
    current, decision, reasons = transition.next_step, "", ""
    for outcome in outcomes:
        step = current
        if step is None:  # archived: the path has no step left
            break
        transition = workflow.transition(current, step, outcome, decision, sop)
        started = clock + _gap(rng, step)
        finished = started + _duration(rng, sop.step(step).minutes)
        if finished > cutoff:
            break
        note = ""
        if transition.decision == "rejected" and not reasons:
            reasons = rng.choice(REASONS)
            note = reasons
        if step == "create_account":
            rows.add(SpseAccount, application=app_id, user_id=person["nip"], created_at=finished,
                     created_by=operator.id)
        if step == "hand_over":
            rows.add(SlipPrint, application=app_id, verification_code=f"D{app_id:010d}", printed_at=started,
                     printed_by=operator.id, reprint=False)
            rows.add(Handover, application=app_id, received_by=person["name"], by_proxy=False, handed_at=finished,
                     operator=operator.id)
        if step == "archive":
            active_until, inactive_until = retention_until(finished, classification.active_years,
                                                           classification.inactive_years)
            rows.add(ArchiveRecord, application=app_id, archive_number=f"ARS/{finished.year}/D{archive_seq:07d}",
                     classification=classification.code,
                     description=f"Berkas permohonan akun PPK SPSE {person['name']}",
                     period=str(received.year), quantity=1, media="kertas", development_level="asli",
                     folder_no=str(archive_seq % 50 + 1), box_no=str(archive_seq // 400 + 1), room="Ruang Arsip UKPBJ",
                     rack=f"Rak {archive_seq // 4000 + 1}", shelf=str(archive_seq // 800 % 5 + 1),
                     active_years=classification.active_years, inactive_years=classification.inactive_years,
                     active_until=active_until, inactive_until=inactive_until,
                     disposition=classification.disposition, archived_at=finished, archived_by=operator.id)
        logs.append((step, outcome, started, finished, sop.step(step).minutes, note))
        current, decision, clock = transition.next_step, transition.decision, finished
    checked = any(step == "check_completeness" for step, *_ in logs)
    rows.add(Application, id=app_id, agenda_number=agenda, year=received.year, seq=seq, applicant=applicant_id,
             received_at=received, delivery_mode=delivery, courier_name="" if delivery == "in_person" else "Kurir OPD",
             is_pa=is_pa, sk_number=f"800/{rng.randint(1, 999)}/KEP/{received.year}", sk_date=received.date(),
             sk_valid_until=dt.date(received.year, 12, 31), certificate_type="LEVEL-1",
             certificate_number=f"LV1-{rng.randint(10**6, 10**7 - 1)}", current_step=current,
             state=workflow.state_for(current, decision, sop), step_entered_at=clock, decision=decision,
             decision_reasons=reasons, created_by=operator.id, updated_by=operator.id, updated_at=clock)
    for step, outcome, started, finished, minutes, note in logs:
        rows.add(StepLog, application=app_id, step=step, outcome=outcome, operator=operator.id, started_at=started,
                 finished_at=finished, standard_minutes=minutes, note=note)
    if checked:
        awaiting_documents = current in ("check_completeness", "request_documents", "supply_documents")
        complete = not awaiting_documents or decision == "accepted"
        for doc in required_documents(is_pa):
            rows.add(ChecklistItem, application=app_id, document_code=doc.code, present=complete or rng.random() < 0.5,
                     original_sighted=(True if delivery == "in_person" and doc.original_in_person else None),
                     note="", checked_at=clock)
