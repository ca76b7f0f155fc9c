"""Where the manual is, in which language, and what it holds (sections, anchors, links).

The manual is one HTML page per language, ``resources/help/<language>/index.html``; each
section starts at an anchor, which is what a window's ``HELP_SECTION`` names. It follows
the language the UI speaks without asking which catalogue was installed: the catalogue
itself says so, translating the text "id" below into its own language code ("en" in the
English one). A language without a manual of its own gets the Indonesian one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl

from ukpbj_desktop.config import resources_dir

SOURCE_LANGUAGE = "id"
PAGE = "index.html"
CONTENTS_LEVELS = ("h2", "h3")  # the headings the contents list shows


def help_dir() -> Path:
    return resources_dir() / "help"


def manual_language() -> str:
    """The UI's language code, as its translation catalogue gives it ("id" when none is installed)."""
    return QCoreApplication.translate("Help", "id")


def manual_path(language: str | None = None) -> Path:
    """The manual in ``language`` (the UI's by default), else the Indonesian one."""
    path = help_dir() / (language or manual_language()) / PAGE
    return path if path.is_file() else help_dir() / SOURCE_LANGUAGE / PAGE


def section_url(path: Path, section: str | None = None) -> QUrl:
    """The manual at ``path``, at the anchor ``section`` (its start when None)."""
    url = QUrl.fromLocalFile(str(path))
    if section:
        url.setFragment(section)
    return url


@dataclass(frozen=True)
class Heading:
    level: int  # 2: a section, 3: a part of one
    anchor: str
    title: str


@dataclass
class Outline:
    """What a manual page holds: its anchors, the links it makes, its headings, each h2 section's text."""

    anchors: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.outline = Outline()
        self._heading: tuple[int, str] | None = None  # level and anchor of the heading being read
        self._title: list[str] = []
        self._section: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        anchor = values.get("id") or (values.get("name") if tag == "a" else None)
        if anchor:
            self.outline.anchors.add(anchor)
        if tag == "a" and values.get("href"):
            self.outline.links.append(values["href"] or "")
        if tag in CONTENTS_LEVELS and anchor:
            self._heading, self._title = (int(tag[1]), anchor), []
            if tag == "h2":
                self._section = anchor
                self.outline.sections[anchor] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag in CONTENTS_LEVELS and self._heading is not None:
            level, anchor = self._heading
            self.outline.headings.append(Heading(level, anchor, " ".join("".join(self._title).split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._title.append(data)
        if self._section is not None:
            self.outline.sections[self._section] += data


def read_outline(path: Path) -> Outline:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.outline
