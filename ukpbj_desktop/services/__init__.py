"""The use cases: one function each, every SOP step through one engine (``engine.take_step``).

Callers (the UI, the CLI, the demo) use the names exported here; nothing in this package imports Qt.
"""
from ukpbj_desktop.services.applications import (
    ApplicantInput,
    ApplicationInput,
    Checked,
    certificate_types,
    check_application_input,
    correction_refusal,
    ensure_admin,
    find_applicant,
    next_agenda_number,
    open_application_for,
    submit,
    update_application,
)
from ukpbj_desktop.services.archiving import (
    ArchiveInput,
    archive,
    archive_defaults,
    next_archive_number,
    retention_until,
    update_archive,
)
from ukpbj_desktop.services.steps import (
    SPSE_REQUIRED,
    account_of,
    check_completeness,
    check_validity,
    create_account,
    current_missing,
    hand_over,
    latest_slip,
    mismatch_reason,
    proposed_user_id,
    record_slip,
    record_step,
    reject,
    reject_at_completeness_check,
    request_documents,
    supply_documents,
    user_id_of,
    user_id_taken,
)

__all__ = [
    "ApplicantInput", "ApplicationInput", "ArchiveInput", "Checked", "SPSE_REQUIRED", "account_of", "archive",
    "archive_defaults", "request_documents", "certificate_types", "check_application_input", "correction_refusal",
    "current_missing",
    "ensure_admin", "find_applicant", "hand_over", "latest_slip", "mismatch_reason", "proposed_user_id", "user_id_of",
    "next_agenda_number",
    "next_archive_number", "open_application_for", "create_account", "check_completeness", "supply_documents",
    "reject", "record_slip", "record_step", "check_validity", "submit",
    "reject_at_completeness_check", "retention_until", "update_application", "update_archive",
    "user_id_taken",
]
