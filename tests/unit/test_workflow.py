"""The SOP's state machine: every legal path, every illegal move refused."""
import json

import pytest

from ukpbj_desktop import workflow
from ukpbj_desktop.errors import WorkflowError


def walk(outcomes):
    t = workflow.register_transition()
    path, current, decision = [t.step], t.next_step, t.decision
    for outcome in outcomes:
        t = workflow.transition(current, current, outcome, decision)
        path.append(t.step)
        current, decision = t.next_step, t.decision
    return path, t


def test_sop_definition_matches_the_signed_sop():
    sop = workflow.sop()
    assert sop.number == "027/01/SOP-LPSE/UKPBJ/2022"
    assert {s.no: s.minutes for s in sop.steps.values()} == {1: None, 2: 5, 3: 5, 4: None, 5: 15, 6: 15, 7: 5,
                                                             8: 10, 9: 5}
    assert [s.no for s in sop.steps.values()] == list(range(1, 10))
    assert [s.actor for s in sop.steps.values()].count("PPK") == 2


def test_happy_path_takes_fifty_minutes_of_admin_time():
    path, last = walk(["complete", "valid", "created", "handed_over", "archived"])
    assert path == ["submit", "check_completeness", "check_validity", "create_account", "hand_over", "archive"]
    assert workflow.sop().standard_minutes(path) == 50
    assert last.state == workflow.ARCHIVED and last.decision == "accepted" and last.next_step is None


def test_one_completion_round_returns_to_the_checklist():
    path, _ = walk(["incomplete", "notified", "completed", "complete", "valid", "created", "handed_over",
                    "archived"])
    assert path == ["submit", "check_completeness", "request_documents", "supply_documents", "check_completeness",
                    "check_validity", "create_account", "hand_over", "archive"]


def test_waiting_for_the_ppk_is_its_own_state():
    t = workflow.transition("request_documents", "request_documents", "notified")
    assert (t.next_step, t.state) == ("supply_documents", workflow.AWAITING_PPK)


@pytest.mark.parametrize("outcomes,expected", [
    (["complete", "invalid", "notified", "archived"],
     ["submit", "check_completeness", "check_validity", "reject", "archive"]),
    (["incomplete", "notified", "not_completed", "notified", "archived"],
     ["submit", "check_completeness", "request_documents", "supply_documents", "reject", "archive"]),
    (["rejected", "notified", "archived"], ["submit", "check_completeness", "reject", "archive"]),
])
def test_rejection_paths_end_archived_as_rejected(outcomes, expected):
    path, last = walk(outcomes)
    assert path == expected
    assert last.decision == "rejected" and last.state == workflow.ARCHIVED


def test_rejected_application_waits_for_the_notice_as_rejected():
    t = workflow.transition("check_validity", "check_validity", "invalid")
    assert (t.next_step, t.state, t.decision) == ("reject", workflow.REJECTED, "rejected")


@pytest.mark.parametrize("current,step,outcome", [
    ("check_completeness", "hand_over", "handed_over"),   # hand over an account never created
    (None, "archive", "archived"),   # archive twice
    ("reject", "create_account", "created"),       # create an account for a rejected application
    ("check_completeness", "check_validity", "valid"),         # validity before completeness
    ("supply_documents", "check_completeness", "complete"),      # checklist while waiting for the PPK
    ("hand_over", "create_account", "created"),       # create the account twice
    ("check_completeness", "check_completeness", "valid"),         # an outcome that step does not have
    ("check_completeness", "no_such_step", "done"),         # a step the SOP does not have
])
def test_illegal_moves_are_refused_with_a_message(current, step, outcome):
    with pytest.raises(WorkflowError) as err:
        workflow.transition(current, step, outcome)
    assert err.value.message()  # a readable sentence, parameters filled in
    assert "{" not in err.value.message()


def test_a_revised_sop_is_a_data_change(tmp_path):
    raw = json.loads((workflow.sop_path()).read_text(encoding="utf-8"))
    raw["steps"][1]["minutes"] = 7
    path = tmp_path / "sop.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert workflow.load_sop(path).step("check_completeness").minutes == 7


def test_a_branch_to_nowhere_is_refused(tmp_path):
    raw = json.loads((workflow.sop_path()).read_text(encoding="utf-8"))
    raw["steps"][1]["outcomes"]["complete"]["next"] = "no_such_step"
    path = tmp_path / "sop.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError):
        workflow.load_sop(path)
