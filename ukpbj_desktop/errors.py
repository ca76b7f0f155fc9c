"""Errors the user is meant to read.

Below ``ui/`` nothing knows Qt, yet every message must be translatable. A message is
therefore carried untranslated (Bahasa Indonesia is the source language) together with
its translation context and named parameters; the UI translates it with
``QCoreApplication.translate(context, text)`` and only then fills the parameters in. A
``label`` parameter names the field at fault: it is a marked text of the same context and
is translated too, so an English message names the field in English.
``QT_TRANSLATE_NOOP`` is the marker ``pyside6-lupdate`` collects the texts by.
"""
from __future__ import annotations

from collections.abc import Callable

# QCoreApplication.translate(context, text), as the UI hands it in
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


class UserError(Exception):
    """A problem the user can fix: shown in the UI, never as a traceback."""

    context = "Errors"
    translated_params: tuple[str, ...] = ("label",)  # marked texts of the same context, not user data

    def __init__(self, text: str, field: str | None = None, **params: object) -> None:
        self.text = text
        self.field = field
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        """The message, translated by ``translate(context, text)`` when one is given."""
        source, params = self.text, self.params
        if translate is not None:
            source = translate(self.context, self.text)
            params = {key: translate(self.context, value) if key in self.translated_params and isinstance(value, str)
                      else value for key, value in params.items()}
        try:
            return source.format(**params)
        except (KeyError, IndexError, ValueError):
            return source


class ValidationError(UserError):
    """Input that does not pass a check; ``field`` names the input at fault."""

    context = "Validation"


class WorkflowError(UserError):
    """A step the SOP does not allow from the application's current state."""

    context = "Workflow"
    translated_params = ("label", "name", "current_name")  # step names, marked in the Workflow context


class StorageError(UserError):
    """The database cannot be read or written (locked, corrupt, disk full)."""

    context = "Storage"


class AccessError(UserError):
    """The operator's role does not allow this (``roles.require``)."""

    context = "Access"
    translated_params = ("label", "role")  # the role's name, marked in the Access context


class ConflictError(WorkflowError):
    """Another operator changed the record since this one was shown: reload, then look again."""
