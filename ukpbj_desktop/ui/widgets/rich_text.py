"""Label/value tables in Qt rich text, as the side panels show a record."""
from __future__ import annotations

import html


def html_value(value) -> str:
    """A value made safe for rich text; an empty one shown as a dash."""
    return html.escape(str(value)) if value not in (None, "") else "&mdash;"


def html_heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def html_table(rows: list[tuple[str, str]]) -> str:
    """Label/value lines; values are HTML already."""
    cells = "".join(f"<tr><td style='color:#5f6368; padding-right:10px'>{html.escape(label)}</td>"
                    f"<td>{value}</td></tr>" for label, value in rows)
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


def unbroken(text: str) -> str:
    """``text`` joined by non-breaking spaces, so that a wrapping label never breaks it (a grouped NIP)."""
    return text.replace(" ", "\u00a0")
