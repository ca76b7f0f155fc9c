"""Read back the PDFs our reports write: structure, page count and the text each page shows.

The office-PC bundle ships ReportLab, which writes PDFs but cannot read them, so the
self-test checks a rendered document with this reader instead of a PDF library. It reads
what ReportLab produces: a classic cross-reference table, content streams filtered by
ASCII85 and Flate, text shown by ``Tj``/``TJ`` in Type 1 fonts (WinAnsi) or in TrueType
subsets that carry a ``ToUnicode`` map.
"""
from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

Decoder = Callable[[bytes], str]

_XREF_END = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REF = rb"\s+(\d+)\s+\d+\s+R"
_NAMED_REF = re.compile(rb"/([^\s/<>\[\]()]+)" + _REF)
_DELIMITERS = b"()<>[]{}/%"
_WHITESPACE = b" \t\r\n\f\x00"
_OPERAND = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)|true|false|null")
_SHOW_TEXT = (b"Tj", b"TJ", b"'", b'"')
_NEW_LINE = (b"BT", b"ET", b"Td", b"TD", b"Tm", b"T*", b"'", b'"')  # operators that start a new line of text
_INLINE_IMAGE_END = re.compile(rb"\sEI(?=\s|$)")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


class PdfStructureError(ValueError):
    """The bytes are not a PDF this reader can follow: the file is damaged or incomplete."""


@dataclass(frozen=True)
class PdfDocument:
    page_texts: tuple[str, ...]

    @property
    def pages(self) -> int:
        return len(self.page_texts)

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts)


def _objects(data: bytes) -> dict[int, bytes]:
    """Every object in use, by number, located through the cross-reference table."""
    if not data.startswith(b"%PDF-"):
        raise PdfStructureError("no %PDF header")
    end = _XREF_END.search(data[-64:])
    if end is None:
        raise PdfStructureError("no startxref and %%EOF at the end")
    xref = int(end.group(1))
    if data[xref:xref + 4] != b"xref":
        raise PdfStructureError(f"startxref points to byte {xref}, where no xref table starts")
    table = data[xref:data.find(b"trailer", xref)]
    objects = {}
    for header in re.finditer(rb"(\d+) (\d+)\s*\r?\n((?:\d{10} \d{5} [nf]\s*)+)", table):
        first = int(header.group(1))
        for number, entry in enumerate(_XREF_ENTRY.finditer(header.group(3)), first):
            if entry.group(3) != b"n":
                continue
            offset = int(entry.group(1))
            start = re.match(rb"%d\s+\d+\s+obj" % number, data[offset:offset + 32])
            end_at = data.find(b"endobj", offset)
            if start is None or end_at < 0:
                raise PdfStructureError(f"object {number} is not at byte {offset}")
            objects[number] = data[offset + start.end():end_at]
    if not objects:
        raise PdfStructureError("the xref table lists no objects")
    return objects


def _dictionary(body: bytes) -> bytes:
    """The object's dictionary, without its stream data."""
    at = body.find(b"stream")
    return body if at < 0 else body[:at]


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(rb"/" + key + _REF, _dictionary(body))
    return int(found.group(1)) if found else None


def _refs(body: bytes, key: bytes) -> list[int]:
    """The references under ``key``: one, or an array of them."""
    found = re.search(rb"/" + key + rb"\s*\[([^\]]*)\]", _dictionary(body))
    if found:
        return [int(n) for n in re.findall(rb"(\d+)\s+\d+\s+R", found.group(1))]
    single = _ref(body, key)
    return [] if single is None else [single]


def _stream(body: bytes) -> bytes:
    """The stream's data with its filters undone."""
    start = body.find(b"stream")
    stop = body.rfind(b"endstream")
    if start < 0 or stop < start:
        raise PdfStructureError("a content object has no stream")
    raw = body[start + 6:stop].lstrip(b"\r\n").rstrip(b"\r\n")
    filters = re.search(rb"/Filter\s*(\[[^\]]*\]|/\w+)", _dictionary(body))
    try:
        for name in re.findall(rb"/(\w+)", filters.group(1) if filters else b""):
            if name == b"ASCII85Decode":
                raw = base64.a85decode(raw.strip(), adobe=True)
            elif name == b"FlateDecode":
                raw = zlib.decompress(raw)
            else:
                raise PdfStructureError(f"unknown stream filter {name.decode(errors='replace')}")
    except (ValueError, zlib.error) as exc:
        raise PdfStructureError(f"a stream cannot be decoded: {exc}") from exc
    return raw


def _unicode_map(cmap: bytes) -> Decoder:
    """A decoder by the font's ToUnicode CMap (single-byte codes, as ReportLab's subsets use)."""
    table: dict[int, str] = {}

    def text(hex_digits: bytes) -> str:
        return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            table[int(code, 16)] = text(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(target, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                table[code] = chr(first + offset)
    return lambda raw: "".join(table.get(byte, "\ufffd") for byte in raw)


def _fonts(objects: dict[int, bytes], resources: bytes) -> dict[bytes, Decoder]:
    """The page's fonts by resource name, each with the decoder of its string bytes."""
    font_ref = re.search(rb"/Font" + _REF, resources)
    if font_ref:
        listing = _dictionary(objects.get(int(font_ref.group(1)), b""))
    else:
        inline = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        listing = inline.group(1) if inline else b""
    fonts: dict[bytes, Decoder] = {}
    for name, number in _NAMED_REF.findall(listing):
        font = objects.get(int(number))
        if font is None:
            raise PdfStructureError(f"font {name.decode(errors='replace')} is missing")
        to_unicode = _ref(font, b"ToUnicode")
        if to_unicode is not None:
            fonts[name] = _unicode_map(_stream(objects.get(to_unicode, b"")))
        else:
            fonts[name] = lambda raw: raw.decode("cp1252", errors="replace")
    return fonts


def _literal(content: bytes, at: int) -> tuple[bytes, int]:
    """The literal string opening at ``content[at]`` ('('), and the index after it."""
    out, depth, i = bytearray(), 1, at + 1
    while i < len(content):
        char = content[i]
        if char == 0x5C:  # backslash
            nxt = content[i + 1:i + 2]
            if nxt.isdigit():
                digits = re.match(rb"[0-7]{1,3}", content[i + 1:i + 4])
                size = len(digits.group()) if digits else 1
                out.append(int(digits.group(), 8) & 0xFF if digits else nxt[0])
                i += 1 + size
                continue
            if nxt in (b"\r", b"\n"):  # a line continuation
                i += 2 + (content[i + 1:i + 3] == b"\r\n")
                continue
            out += _ESCAPES.get(nxt[0], nxt) if nxt else b""
            i += 2
            continue
        if char == 0x28:
            depth += 1
        elif char == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(char)
        i += 1
    raise PdfStructureError("a text string is not closed")


def _tokens(content: bytes) -> Iterator[tuple[str, bytes]]:
    """(kind, value) pairs of a content stream: string, name, array start/end, or operand/operator word."""
    i = 0
    while i < len(content):
        char = content[i:i + 1]
        if char in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00"):
            i += 1
        elif char == b"%":
            i = content.find(b"\n", i) if b"\n" in content[i:] else len(content)
        elif char == b"(":
            text, i = _literal(content, i)
            yield "string", text
        elif content[i:i + 2] in (b"<<", b">>"):
            yield "word", content[i:i + 2]
            i += 2
        elif char == b"<":
            close = content.index(b">", i)
            digits = re.sub(rb"\s", b"", content[i + 1:close])
            yield "string", bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
            i = close + 1
        elif char in (b"[", b"]"):
            yield char.decode(), char
            i += 1
        else:
            start = i + (char == b"/")
            i = start
            while i < len(content) and content[i] not in _WHITESPACE and content[i] not in _DELIMITERS:
                i += 1
            i = max(i, start + 1)
            word = content[start:i]
            if char != b"/" and word == b"BI":  # an inline image: skip its data, which is no text
                end = _INLINE_IMAGE_END.search(content, i)
                i = end.end() if end else len(content)
                continue
            yield ("name" if char == b"/" else "word"), word


def _page_text(content: bytes, fonts: dict[bytes, Decoder]) -> str:
    """The text the page shows, one line per line of text (what one text position shows in a row)."""
    lines: list[str] = []
    line: list[str] = []
    operands: list[bytes | list[bytes]] = []
    array: list[bytes] | None = None
    font: Decoder | None = None
    for kind, value in _tokens(content):
        if kind == "[":
            array = []
        elif kind == "]":
            operands.append(array if array is not None else [])
            array = None
        elif array is not None:
            if kind == "string":  # numbers between the strings of a TJ array only move the pen
                array.append(value)
        elif kind in ("string", "name") or _OPERAND.fullmatch(value):
            operands.append(value)
        else:
            if value in _NEW_LINE and line:
                lines.append("".join(line))
                line = []
            if value == b"Tf" and len(operands) >= 2:
                name = operands[-2]
                if not isinstance(name, bytes) or name not in fonts:
                    raise PdfStructureError(f"the page uses font {name!r}, which it does not declare")
                font = fonts[name]
            elif value in _SHOW_TEXT and operands:
                if font is None:
                    raise PdfStructureError("text is shown before a font is set")
                shown = operands[-1]
                line.append(font(b"".join(shown) if isinstance(shown, list) else shown))
            operands = []
    return "\n".join(lines + (["".join(line)] if line else []))


def _pages(objects: dict[int, bytes], node: int, resources: bytes, seen: set[int]) -> Iterator[tuple[int, bytes]]:
    """(page object, resources in force) in reading order; resources are inherited down the tree."""
    if node in seen or node not in objects:
        raise PdfStructureError(f"the page tree is broken at object {node}")
    seen.add(node)
    body = _dictionary(objects[node])
    own = re.search(rb"/Resources\s*(<<.*>>|\d+\s+\d+\s+R)", body, re.S)
    if own:
        resources = own.group(1)
        indirect = re.fullmatch(rb"(\d+)\s+\d+\s+R", resources)
        if indirect:
            resources = _dictionary(objects.get(int(indirect.group(1)), b""))
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        yield node, resources
        return
    for kid in _refs(body, b"Kids"):
        yield from _pages(objects, kid, resources, seen)


def read_pdf(data: bytes) -> PdfDocument:
    """The document's pages and their text; ``PdfStructureError`` when its structure does not hold."""
    objects = _objects(data)
    trailer = data[data.rfind(b"trailer"):]
    root = _ref(trailer, b"Root")
    catalog = objects.get(root) if root is not None else None
    pages_root = _ref(catalog, b"Pages") if catalog is not None else None
    if pages_root is None or pages_root not in objects:
        raise PdfStructureError("no document catalog with a page tree")
    count = re.search(rb"/Count\s+(\d+)", _dictionary(objects[pages_root]))
    texts = []
    for page, resources in _pages(objects, pages_root, b"", set()):
        fonts = _fonts(objects, resources)
        content = b"\n".join(_stream(objects.get(n, b"")) for n in _refs(objects[page], b"Contents"))
        texts.append(_page_text(content, fonts))
    if not texts or count is None or int(count.group(1)) != len(texts):
        raise PdfStructureError(f"the page tree counts {count.group(1).decode() if count else '?'} pages "
                        f"but holds {len(texts)}")
    return PdfDocument(tuple(texts))
