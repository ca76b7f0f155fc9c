"""The archive browser finds, filters, sorts and pages archive records the way auditors ask for them."""
import datetime as dt

import pytest

from tests.factories import advance, application_input
from tests.paging import all_pages, ids
from ukpbj_desktop import demo, services
from ukpbj_desktop.formatting import group_nip
from ukpbj_desktop.queries import archive as aq
from ukpbj_desktop.store.models import Application, ArchiveRecord, Scan

F = aq.ArchiveFilter
EVERYTHING = F()
THIS_YEAR = dt.date.today().year


def file_application(operator, nip, name, received, rejected=False, **archive):
    """Register an application, take it to step 9 (accepted or rejected) and archive it."""
    app = services.submit(operator, application_input(nip=nip, name=name, received_at=received))
    if rejected:
        app = services.reject_at_completeness_check(operator, app, ["Bukan pejabat pembuat komitmen."])
        app = services.reject(operator, app)
    else:
        app = advance(operator, app, "archive")
    values = dict(classification="000.3.5", description="Berkas akun PPK", period=str(received.year))
    services.archive(operator, app, services.ArchiveInput(**{**values, **archive}))
    return aq.by_application(app.id)


@pytest.fixture
def filed(store):
    """Four hand-made records with distinct filing data, named for the tests."""
    return {
        "japar": file_application(store, "19650705 199203 1 023", "Drs. Japar Kwairumaratu", dt.datetime(2024, 3, 4, 9),
                                   classification="027", box_no="2", room="A", rack="1", shelf="3",
                                   archive_number="ARS-UJI/77"),
        "theodora": file_application(store, "19751231 200001 2 002", "Theodora Kuswandari", dt.datetime(2025, 6, 2, 9),
                                     box_no="10", room="B", active_years=0,
                                     description="Berkas akun PPK, disimpan dalam kotak merah"),
        "yohanis": file_application(store, "19800615 200501 1 003", "Yohanis Lewerissa", dt.datetime(2025, 7, 1, 9),
                                    rejected=True, box_no="2", room="A", active_years=0, inactive_years=0,
                                    disposition="dinilai kembali"),
        "maria": file_application(store, "19850320 201001 2 004", "Maria Goreti Latumahina", dt.datetime(2025, 8, 1, 9),
                                  box_no="", room="", active_years=5),
    }


@pytest.fixture
def archive(filed):
    """The hand-made records among 300 demo applications (most of them archived)."""
    demo.generate(300, today=dt.date(2026, 1, 10))
    return filed


def every_row(flt=EVERYTHING, sort="archived_at", descending=False, limit=aq.PAGE_SIZE, total=None):
    """All rows, read page by page as the browser does."""
    return all_pages(lambda rows: aq.page(flt, sort, descending, offset=len(rows), limit=limit, total=total), limit)


def found(text):
    return set(ids(every_row(F(text=text))))


def test_unfiltered_archive_lists_every_record_once(archive):
    rows = every_row(limit=37)
    assert len(rows) == aq.count() == ArchiveRecord.select().count() > 250
    assert len(set(ids(rows))) == len(rows)


def test_paging_gives_every_row_exactly_once_in_one_order(archive):
    for sort in aq.SORT_COLUMNS:
        for descending in (False, True):
            whole = aq.page(F(), sort, descending, limit=10**4)
            assert ids(every_row(F(), sort, descending, limit=23)) == ids(whole), (sort, descending)
            assert sorted(ids(whole)) == sorted(r.id for r in ArchiveRecord.select())
            tail = aq.page(F(), sort, descending, offset=len(whole) - 5, limit=10)  # read from the far end
            assert ids(tail) == ids(whole[-5:]), (sort, descending)
            assert aq.page(F(), sort, descending, offset=len(whole)) == []


def _visible(sort, row):
    """What the user sees in the sorted column, as something ordered (empty years first)."""
    value = getattr(row, sort)
    if sort == "box_no":
        return len(value), value  # box numbers in number order
    if sort in ("active_until", "inactive_until"):
        return value is not None, value or 0
    return value


def test_each_sort_orders_its_column_both_ways(archive):
    for sort in aq.SORT_COLUMNS:
        up = [_visible(sort, r) for r in every_row(F(), sort, False, limit=50)]
        down = [_visible(sort, r) for r in every_row(F(), sort, True, limit=50)]
        assert up == sorted(up) and down == sorted(down, reverse=True), sort
        assert up[0] != up[-1], sort


def test_box_numbers_sort_as_numbers(archive):
    boxes = [r.box_no for r in every_row(F(), "box_no") if r.box_no]
    assert boxes.index("2") < boxes.index("10")


def test_unknown_sort_or_retention_is_refused(archive):
    with pytest.raises(ValueError):
        aq.page(F(), "colour")
    with pytest.raises(ValueError):
        aq.count(F(retention="soon"))


@pytest.mark.parametrize("flt, check", [
    (F(year=2024), lambda r: Application.get_by_id(r.application_id).year == 2024),
    (F(year=2025), lambda r: Application.get_by_id(r.application_id).year == 2025),
    (F(classification="027"), lambda r: r.classification == "027"),
    (F(box="2"), lambda r: r.box_no == "2"),
    (F(location="A"), lambda r: r.room == "A"),
    (F(disposition="dinilai kembali"), lambda r: r.disposition == "dinilai kembali"),
    (F(disposition="permanen"), lambda r: r.disposition == "permanen"),
    (F(retention="active"), lambda r: r.active_until == THIS_YEAR),
    (F(retention="inactive"), lambda r: r.inactive_until == THIS_YEAR),
    (F(retention="either"), lambda r: THIS_YEAR in (r.active_until, r.inactive_until)),
    (F(retention="active", retention_year=2028), lambda r: r.active_until == 2028),
    (F(retention="inactive", retention_year=2030), lambda r: r.inactive_until == 2030),
    (F(retention="either", retention_year=THIS_YEAR + 5),
     lambda r: THIS_YEAR + 5 in (r.active_until, r.inactive_until)),
    (F(year=2025, box="2", location="A"),
     lambda r: Application.get_by_id(r.application_id).year == 2025 and r.box_no == "2" and r.room == "A"),
    (F(year=2025, retention="either"),
     lambda r: Application.get_by_id(r.application_id).year == 2025
     and THIS_YEAR in (r.active_until, r.inactive_until)),
    (F(text="Berkas akun PPK", classification="000.3.5", disposition="permanen"),
     lambda r: "Berkas akun PPK" in r.description and r.classification == "000.3.5" and r.disposition == "permanen"),
])
def test_filters_keep_exactly_the_matching_rows(archive, flt, check):
    everything = every_row()
    expected = {r.id for r in everything if check(r)}
    rows = every_row(flt, limit=11)
    assert expected and len(expected) < len(everything), "the filter must narrow the list"
    assert {r.id for r in rows} == expected
    assert aq.count(flt) == len(rows) == len(expected)


def test_each_filter_narrows_to_the_hand_made_records(filed):
    by_filter = {
        F(year=2024): {"japar"},
        F(classification="027"): {"japar"},
        F(box="2"): {"japar", "yohanis"},
        F(box="10"): {"theodora"},
        F(location="B"): {"theodora"},
        F(disposition="dinilai kembali"): {"yohanis"},
        F(retention="active"): {"theodora", "yohanis"},
        F(retention="inactive"): {"yohanis"},
        F(retention="either"): {"theodora", "yohanis"},
        F(retention="active", retention_year=THIS_YEAR + 2): {"japar"},
        F(retention="inactive", retention_year=THIS_YEAR + 3): {"theodora"},
        F(retention="active", retention_year=THIS_YEAR + 5): {"maria"},
        F(retention="inactive", retention_year=THIS_YEAR + 5): {"japar"},
        F(retention="either", retention_year=THIS_YEAR + 5): {"japar", "maria"},
    }
    for flt, names in by_filter.items():
        assert set(ids(every_row(flt))) == {filed[n] for n in names}, flt


def test_rows_carry_what_the_daftar_arsip_and_the_browser_show(filed):
    line = aq.row(filed["japar"])
    record = ArchiveRecord.get_by_id(filed["japar"])
    assert (line.archive_number, line.classification, line.box_no, line.period) == ("ARS-UJI/77", "027", "2", "2024")
    assert line.classification_name == "Pengadaan" and line.disposition == "musnah"
    assert (line.active_years, line.inactive_years) == (2, 3)
    assert (line.active_until, line.inactive_until) == (THIS_YEAR + 2, THIS_YEAR + 5)
    assert line.archived_at == record.archived_at and line.agenda_number == record.application.agenda_number
    assert (line.name, line.nip, line.decision) == ("Drs. Japar Kwairumaratu", "196507051992031023", "accepted")
    assert line.work_unit == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert aq.row(filed["yohanis"]).decision == "rejected"
    assert aq.row(10**6) is None


@pytest.mark.parametrize("room, rack, shelf, expected", [
    ("A", "2", "3", "Ruang A, Rak 2, Baris 3"),
    ("Arsip UKPBJ", "", "4", "Ruang Arsip UKPBJ, Baris 4"),
    ("Ruang Arsip UKPBJ", "Rak 1", "", "Ruang Arsip UKPBJ, Rak 1"),  # labels the user typed are not doubled
    ("", "Rakyat", "", "Rak Rakyat"),
    ("", "", "", ""),
])
def test_location_reads_like_a_place(filed, room, rack, shelf, expected):
    line = aq.row(filed["japar"])
    assert aq.ArchiveRow(**{**vars(line), "room": room, "rack": rack, "shelf": shelf}).location == expected


def test_search_finds_a_name_in_any_case(archive):
    assert found("KWAIRUMARATU") == found("japar kwai") == {archive["japar"]}


def test_search_finds_a_nip_plain_grouped_and_by_prefix(archive):
    nip = "197512312000012002"
    for text in (nip, group_nip(nip), nip[:12], group_nip(nip)[:15]):
        assert archive["theodora"] in found(text), text
    assert found(group_nip(nip)) == {archive["theodora"]}


def test_search_finds_agenda_number_archive_number_and_description(archive):
    agenda = ArchiveRecord.get_by_id(archive["maria"]).application.agenda_number
    assert found(agenda) == {archive["maria"]}
    assert found("ars-uji/77") == {archive["japar"]}
    assert found("kotak merah") == {archive["theodora"]}


def _contains(row, text):
    """The search's meaning spelt out in Python: the text anywhere in a searched field."""
    fields = (row.name, row.nip, group_nip(row.nip), row.agenda_number, row.work_unit, row.archive_number,
              row.description)
    return any(text.lower() in value.lower() for value in fields)


@pytest.mark.parametrize("text", ["rum", "Kwai", "ab", "a", "19", "1 0", "ARS/20", "Kesehatan", "merah", "zzzz"])
def test_search_finds_exactly_the_rows_holding_the_text(archive, text):
    expected = {r.id for r in every_row() if _contains(r, text)}
    assert found(text) == expected
    assert aq.count(F(text=text)) == len(expected)


def test_punctuation_in_the_search_never_raises(archive):
    for text in ['"', "'", "%", "_", "\\", "rum*", "NEAR(a b)", "a AND b", "(", "\x00"]:
        assert aq.count(F(text=text)) == len(every_row(F(text=text))), text


def test_wildcards_are_taken_literally(archive):
    assert found("%") == set() and found("__") == set()


@pytest.mark.parametrize("walk_limit", [0, 3, 10**9])
@pytest.mark.parametrize("flt", [F(), F(text="rum"), F(year=2025, box="2"),
                                 F(retention="either", disposition="permanen"),
                                 F(text="ab", location="Ruang Arsip UKPBJ", classification="000.3.5")])
def test_query_plan_never_changes_the_answer(archive, monkeypatch, walk_limit, flt):
    """Whether SQLite walks the sort's index or starts from a filter, the rows and their order are the same."""
    sorts = ("archived_at", "name", "box_no", "description")
    expected = {sort: ids(aq.page(flt, sort, limit=10**4)) for sort in sorts}
    monkeypatch.setattr(aq, "_walk_limit", lambda: walk_limit)
    for sort in sorts:
        assert ids(every_row(flt, sort, limit=9)) == expected[sort], sort
        assert ids(every_row(flt, sort, True, limit=9)) == expected[sort][::-1], sort
    assert aq.count(flt) == len(expected["archived_at"])


def test_iter_rows_gives_every_match_in_archive_order_across_batches(archive):
    same_time = dt.datetime(2025, 12, 1, 10, 0)
    tied = [r.id for r in ArchiveRecord.select().order_by(ArchiveRecord.id).limit(5)]
    ArchiveRecord.update(archived_at=same_time).where(ArchiveRecord.id.in_(tied)).execute()
    rows = list(aq.iter_rows(F(), batch=2))
    assert len(rows) == ArchiveRecord.select().count()
    assert [(r.archived_at, r.id) for r in rows] == sorted((r.archived_at, r.id) for r in rows)
    assert len(set(ids(rows))) == len(rows)
    flt = F(year=2025, retention="either")
    assert ids(aq.iter_rows(flt, batch=3)) == ids(every_row(flt, "archived_at"))


@pytest.mark.parametrize("sort", aq.SORT_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_iter_rows_follows_the_browsers_sort(archive, sort, descending):
    """The Daftar Arsip lists the records in the order the browser shows them."""
    flt = F(year=2025)
    assert ids(aq.iter_rows(flt, sort, descending, batch=7)) == ids(every_row(flt, sort, descending))


def test_rows_count_their_scans(filed):
    record = ArchiveRecord.get_by_id(filed["japar"])
    for n in range(2):
        Scan.create(archive=record, sha256=f"{n}" * 64, filename=f"{n}.pdf", size=1)
    assert aq.row(record.id).scans == 2
    assert {row.scans for row in aq.iter_rows(F()) if row.id != record.id} == {0}


def test_details_hold_the_application_history_and_the_scans(filed):
    record = ArchiveRecord.get_by_id(filed["japar"])
    Scan.create(archive=record, sha256="b" * 64, filename="sk.pdf", size=2048, added_at=dt.datetime(2026, 2, 2, 10))
    Scan.create(archive=record, sha256="a" * 64, filename="ktp.jpg", size=1024, added_at=dt.datetime(2026, 2, 1, 10))
    info = aq.details(record.id)
    assert info.row == aq.row(record.id)
    assert info.application.agenda_number == record.application.agenda_number
    assert [s.step for s in info.application.steps][0] == "submit" and info.application.steps[-1].step == "archive"
    assert info.application.archive_number == "ARS-UJI/77"
    assert [(s.filename, s.size) for s in info.scans] == [("ktp.jpg", 1024), ("sk.pdf", 2048)]
    assert aq.details(filed["maria"]).scans == ()
    assert aq.details(10**6) is None


def test_by_application_finds_the_record_only_once_archived(filed, store):
    record = ArchiveRecord.get_by_id(filed["maria"])
    assert aq.by_application(record.application_id) == record.id
    open_app = services.submit(store, application_input(nip="19900101 201503 1 005", name="Budi"))
    assert aq.by_application(open_app.id) is None


def test_filter_choices_offer_what_exists(filed, store):
    services.submit(store, application_input(nip="19900101 201503 1 005", name="Budi Santoso",
                                                            received_at=dt.datetime(2023, 5, 5, 9)))
    assert aq.years() == [2025, 2024]  # 2023 has an application but nothing archived
    assert aq.boxes() == ["2", "10"]
    assert aq.locations() == ["A", "B"]
    codes = aq.classifications()
    assert [c for c, _ in codes] == sorted(c for c, _ in codes) and ("027", "Pengadaan") in codes


@pytest.mark.parametrize("flt, text", [
    (F(), "Semua arsip"),
    (F(year=2024, classification="000.3.5", box="12"), "Tahun 2024; klasifikasi 000.3.5; boks 12"),
    (F(location="A", disposition="musnah"), "Ruang A; nasib akhir musnah"),
    (F(location="Ruang Arsip"), "Ruang Arsip"),
    (F(retention="active", retention_year=2027), "Retensi aktif berakhir tahun 2027"),
    (F(retention="either"), f"Retensi aktif atau inaktif berakhir tahun {THIS_YEAR}"),
    (F(text="  siti  ", year=2025), 'Tahun 2025; pencarian "siti"'),
])
def test_describe_names_the_filter_in_indonesian(flt, text):
    assert aq.describe(flt) == text


def test_the_archive_index_follows_a_corrected_description_and_number(store, filed):
    from ukpbj_desktop.queries import search

    assert search.uses_index("merah", aq.ARCHIVE_INDEX)  # the indexed path is the one under test here
    record = ArchiveRecord.get_by_id(filed["theodora"])
    data = services.ArchiveInput(record.classification_id, "Berkas akun PPK, dalam kotak biru", record.period,
                                 archive_number="ARS-UJI/88", box_no=record.box_no, room=record.room)
    services.update_archive(store, record, data)
    assert found("kotak biru") == found("ars-uji/88") == {filed["theodora"]}
    assert found("kotak merah") == set()


def test_a_short_text_counts_up_to_the_cap_yet_every_row_can_be_read(archive, monkeypatch):
    from ukpbj_desktop.queries import planner

    monkeypatch.setattr(planner, "COUNT_CAP", 5)
    everyone = {r.id for r in every_row() if _contains(r, "a")}
    capped = aq.count(F(text="a"))
    assert capped == 6 and aq.count(F(text="a"), exact=True) == len(everyone) > 6
    assert {r.id for r in every_row(F(text="a"), limit=4, total=capped)} == everyone
    assert aq.count(F(text="ama")) == len(found("ama"))  # the index counts exactly


def test_the_record_to_edit_comes_with_its_application_and_applicant(filed, sql_log):
    record = aq.record(filed["theodora"])
    assert record.application.applicant.name == "Theodora Kuswandari" and record.box_no == "10"
    assert len(sql_log) == 1
    assert aq.record(-1) is None
