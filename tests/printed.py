"""Reading back the text of a printed document, for tests."""
import io

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    """Each page's text with whitespace runs collapsed, as a reader would search it."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
