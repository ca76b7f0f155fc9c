"""The one step engine: two operators at once never both succeed, and a revised SOP needs no code."""
import multiprocessing
import threading
from pathlib import Path

import pytest

from tests.factories import advance, all_present, application_input
from ukpbj_desktop import services, workflow
from ukpbj_desktop.errors import ConflictError, WorkflowError
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Application, Operator, SpseAccount, StepLog

REVISED_SOP = Path(__file__).resolve().parents[1] / "resources" / "sop_revised.json"
CONFLICT = "baru saja diubah oleh"


def two_operators(store):
    other = Operator.create(username="siti", full_name="Siti Rumalutur", role="operator")
    return store, other


def at(store, step):
    return advance(store, services.submit(store, application_input()), step)


def race(calls):
    """Run each call in its own thread, released together; what each returned or raised."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(i, call):
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever came out
            results[i] = exc
        finally:
            database.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def log_of(app):
    return [(s.step, s.outcome) for s in StepLog.select().where(StepLog.application == app.id).order_by(StepLog.id)]


def test_two_operators_checking_one_file_in_threads_only_one_wins(store):
    first, second = two_operators(store)
    app = at(store, "check_completeness")
    docs = all_present(app)
    results = race([lambda: services.check_completeness(first, app, docs)[0],
                    lambda: services.check_completeness(second, app, docs[:-1])[0]])
    winners = [r for r in results if isinstance(r, Application)]
    losers = [r for r in results if isinstance(r, ConflictError)]
    assert len(winners) == 1 and len(losers) == 1, results
    current = Application.get_by_id(app.id)
    outcome = "complete" if winners[0].current_step == "check_validity" else "incomplete"
    assert log_of(app)[1:] == [("check_completeness", outcome)]
    assert current.current_step == winners[0].current_step and current.version == app.version + 1
    winner = winners[0].updated_by.full_name
    assert f"{CONFLICT} {winner} pukul" in losers[0].message()


def test_valid_against_invalid_never_sends_the_loser_on(store):
    first, second = two_operators(store)
    app = at(store, "check_validity")
    results = race([lambda: services.check_validity(first, app, True),
                    lambda: services.check_validity(second, app, False, reasons=["Nomor SK berbeda"])])
    [winner] = [r for r in results if isinstance(r, Application)]
    assert sum(isinstance(r, ConflictError) for r in results) == 1
    assert Application.get_by_id(app.id).current_step == winner.current_step in ("create_account", "reject")
    assert len(log_of(app)) == 3  # submit, completeness, and one validity line


def test_two_account_creations_give_one_account_and_a_conflict_not_an_integrity_error(store):
    first, second = two_operators(store)
    app = at(store, "create_account")
    results = race([lambda: services.create_account(first, app, "japar.k"),
                    lambda: services.create_account(second, app, "japar.kw")])
    assert sum(isinstance(r, Application) for r in results) == 1
    assert sum(isinstance(r, ConflictError) for r in results) == 1, results
    assert SpseAccount.select().where(SpseAccount.application == app.id).count() == 1


def test_a_dialog_left_open_while_another_operator_moved_the_file_is_refused(store):
    first, second = two_operators(store)
    seen = at(store, "check_completeness")
    services.check_completeness(second, seen, all_present(seen))
    with pytest.raises(ConflictError) as err:
        services.reject_at_completeness_check(first, seen, ["Bukan PPK"])
    assert "Siti Rumalutur" in err.value.message()
    assert Application.get_by_id(seen.id).current_step == "check_validity"  # nothing written
    assert [s for s, _ in log_of(seen)] == ["submit", "check_completeness"]


def test_archive_record_edits_use_the_same_version_check(store):
    first, second = two_operators(store)
    app = advance(store, at(store, "archive"), None)
    record = app.archive.get()
    data = services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026", box_no="3")
    services.update_archive(second, record, data)
    with pytest.raises(ConflictError) as err:
        services.update_archive(first, record, services.ArchiveInput("000.3.5", "Berkas akun PPK", "2026",
                                                                     box_no="4"))
    assert "Data arsip ini baru saja diubah oleh Siti Rumalutur" in err.value.message()
    assert record.__class__.get_by_id(record.id).box_no == "3"


def _process_operator(path, app_id, complete, barrier, results):
    """One operator in a process of its own, on the same database file."""
    from tests.factories import all_present as present
    from ukpbj_desktop.store.bootstrap import open_store
    from ukpbj_desktop.store.models import Application as App

    operator = open_store(path)
    app = App.get_by_id(app_id)
    docs = present(app)
    barrier.wait()
    try:
        updated, _ = services.check_completeness(operator, app, docs if complete else docs[:-1])
        results.put(("ok", updated.current_step))
    except ConflictError as exc:
        results.put(("conflict", exc.message()))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(("error", repr(exc)))


def test_two_operators_in_two_processes_only_one_wins(store, tmp_path):
    app = at(store, "check_completeness")
    path = database.obj.database
    database.close()
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_process_operator, args=(path, app.id, complete, barrier, results))
               for complete in (True, False)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    outcomes = sorted(results.get(timeout=5) for _ in workers)
    assert [kind for kind, _ in outcomes] == ["conflict", "ok"], outcomes
    assert CONFLICT in outcomes[0][1]
    database.connect(reuse_if_open=True)
    current = Application.get_by_id(app.id)
    assert current.current_step == outcomes[1][1]
    assert len(log_of(app)) == 2


@pytest.fixture
def revised_sop(monkeypatch):
    """The office adopts a revised SOP: an access verification between validity and the account."""
    monkeypatch.setenv("UKPBJ_SOP", str(REVISED_SOP))
    workflow.sop.cache_clear()
    yield workflow.sop()
    workflow.sop.cache_clear()


def test_a_revised_sop_with_a_new_step_runs_through_the_services_unchanged(revised_sop, store):
    assert revised_sop.step("verify_access").no == 6
    app = at(store, "verify_access")
    assert app.state == workflow.IN_PROGRESS
    with pytest.raises(WorkflowError):
        services.record_step(store, app, "create_account", "created")  # a step with its own records
    app = services.record_step(store, app, "verify_access", "verified", note="Akses INAPROC diperiksa")
    assert app.current_step == "create_account"
    app = advance(store, app, None)
    assert app.state == workflow.ARCHIVED and app.decision == "accepted"
    assert [s for s, _ in log_of(app)] == ["submit", "check_completeness", "check_validity", "verify_access",
                                           "create_account", "hand_over", "archive"]
    assert revised_sop.standard_minutes(s for s, _ in log_of(app)) == 60


def test_a_refused_verification_in_the_revised_sop_ends_rejected(revised_sop, store):
    app = services.record_step(store, at(store, "verify_access"), "verify_access", "refused")
    assert (app.current_step, app.state, app.decision) == ("reject", workflow.REJECTED, "rejected")
