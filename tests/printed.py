"""Reading back the text of a printed document, for tests."""
import io
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth


def pages(pdf: bytes) -> list[str]:
    """Each page's text with whitespace runs collapsed, as a reader would search it."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@dataclass(frozen=True)
class Placed:
    """A run of text where the page shows it, in points from the bottom left."""

    text: str
    x: float
    y: float
    right: float
    size: float


def placed(pdf: bytes, page: int = 0) -> list[Placed]:
    """Each run of text on ``page`` with its position and extent, to check a layout."""
    runs: list[Placed] = []

    def visit(text, cm, tm, font, size):
        text = text.strip()
        if not text or not font:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scaled = size * tm[0] * cm[0]
        runs.append(Placed(text, x, y, x + stringWidth(text, str(font["/BaseFont"])[1:], scaled), scaled))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return runs
