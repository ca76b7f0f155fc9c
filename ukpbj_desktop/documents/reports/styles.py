"""The page and the type every document is set in: A4 and its margins, the letterhead's room, fonts, styles.

Plain values, kept apart from the building blocks in ``common`` that draw with them.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

LETTERHEAD_H = 30 * mm  # from the top margin to the thick rule
RUNNING_HEAD_H = 9 * mm  # the compact header of later pages, rule and gap included


@dataclass(frozen=True)
class Page:
    """Paper and margins; the letterhead and page numbers follow the paper's width."""

    size: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def content_w(self) -> float:
        return self.width - self.left - self.right

    @property
    def rule_y(self) -> float:
        """The thick line under the letterhead."""
        return self.height - self.top - LETTERHEAD_H

    @property
    def body_top(self) -> float:
        """Where the text starts under the full letterhead."""
        return self.rule_y - 6 * mm

    @property
    def running_body_top(self) -> float:
        """Where the text starts under the compact header of later pages."""
        return self.height - self.top - RUNNING_HEAD_H


PORTRAIT = Page(A4, left=25 * mm, right=20 * mm, top=12 * mm, bottom=15 * mm)
LANDSCAPE = Page(landscape(A4), left=14 * mm, right=10 * mm, top=10 * mm, bottom=13 * mm)

LEFT, BOTTOM, CONTENT_W = PORTRAIT.left, PORTRAIT.bottom, PORTRAIT.content_w

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15, alignment=TA_JUSTIFY,
                      spaceAfter=7)
TEXT = ParagraphStyle("text", BODY, alignment=0, spaceAfter=0)
CENTER = ParagraphStyle("center", TEXT, alignment=TA_CENTER)
RIGHT_TEXT = ParagraphStyle("right", TEXT, alignment=TA_RIGHT)
SMALL = ParagraphStyle("small", TEXT, fontSize=9, leading=11.5)
TITLE = ParagraphStyle("title", CENTER, fontName=BOLD, fontSize=13, leading=17)
