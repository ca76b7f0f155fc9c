"""Demo data must be data the workflow engine itself would have produced."""
import datetime as dt
from collections import Counter

from ukpbj_desktop import demo, validation, workflow
from ukpbj_desktop.cli import main
from ukpbj_desktop.store.db import database
from ukpbj_desktop.store.models import Applicant, Application, StepLog


def replay(app: Application) -> tuple[int | None, str]:
    """Walk the application's step log through the workflow; return where it ends."""
    logs = list(StepLog.select().where(StepLog.application == app).order_by(StepLog.id))
    assert logs[0].step == "submit"
    current, decision = workflow.register_transition().next_step, ""
    for log in logs[1:]:
        t = workflow.transition(current, log.step, log.outcome, decision)
        assert log.finished_at >= log.started_at
        current, decision = t.next_step, t.decision
    return current, decision


def test_every_demo_application_replays_through_the_workflow(store):
    demo.generate(600, seed=7, today=dt.date(2026, 1, 10))  # a fixed day: open files at every step by 17.00
    apps = list(Application.select())
    assert len(apps) == 600
    for app in apps:
        current, decision = replay(app)
        assert (current, decision) == (app.current_step, app.decision)
        assert app.state == workflow.state_for(current, decision)
    states = Counter(a.state for a in apps)
    assert set(states) == set(workflow.STATES), states  # every state is represented


def test_no_demo_step_is_recorded_in_the_future(store):
    """Files received in the last days are still under way, not archived next week."""
    import datetime as dt

    from ukpbj_desktop.store.models import ArchiveRecord, StepLog

    before = dt.datetime.now()
    demo.generate(400, seed=11)
    latest = StepLog.select(StepLog.finished_at).order_by(StepLog.finished_at.desc()).scalar()
    assert latest <= dt.datetime.now()
    assert ArchiveRecord.select().where(ArchiveRecord.archived_at > before).count() == 0


def test_demo_people_have_valid_nips_and_unique_agenda_numbers(store):
    demo.generate(300, seed=3)
    for applicant in Applicant.select():
        validation.check_nip(applicant.nip)
        validation.normalize_nik(applicant.nik)
    numbers = [a.agenda_number for a in Application.select()]
    assert len(numbers) == len(set(numbers))


def test_demo_durations_scatter_around_the_time_standard(store):
    demo.generate(400, seed=11)
    timed = [s for s in StepLog.select() if s.standard_minutes]
    over = [s for s in timed if (s.finished_at - s.started_at).total_seconds() > s.standard_minutes * 60]
    assert 0.05 < len(over) / len(timed) < 0.35


def test_demo_command_line(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--requests", "50"]) == 0
    assert Application.select().count() == 50
    database.close()
    assert main(["check", "--db", str(path)]) == 0
    assert "utuh" in capsys.readouterr().out
    database.close()
