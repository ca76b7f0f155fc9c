"""One dialog per SOP step, the generic step dialog, and the dispatcher that picks the step's dialog."""
