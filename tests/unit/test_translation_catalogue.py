"""The catalogues (ours in English, Qt's texts in Indonesian) must not break what the code fills in or
how the user reaches a control.

A translation that renames ``{agenda}`` makes str.format raise KeyError, one that drops it
silently loses the value; a lost ``%n`` shows no count, a lost ``&`` takes the keyboard
shortcut away, and a stale .qm ships old texts. Messages
still unfinished (or vanished from the code) are not used at run time, so they are skipped.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ukpbj_en.ts"
QT_TS = ROOT / "resources" / "translations" / "qtbase_id.ts"  # Qt's own texts in Indonesian, kept by hand
CATALOGUES = pytest.mark.parametrize("ts", [TS, QT_TS], ids=lambda path: path.stem)

NOT_USED = {"unfinished", "vanished", "obsolete"}
FIELD = re.compile(r"\{(\w*)\}")
QT_ARG = re.compile(r"%(?:n|L?\d+)")
# '&' before a letter or digit, but not '&&' (a literal '&') and not an entity such as '&mdash;'.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#\d+;)\w")
TAG = re.compile(r"<(/?[A-Za-z][A-Za-z0-9]*)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one text, or one per numerus form


def finished_messages(ts_text: str) -> list[Message]:
    messages = []
    for context in ET.fromstring(ts_text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in NOT_USED:
                continue
            forms = translation.findall("numerusform")
            texts = tuple(form.text or "" for form in forms) if forms else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", texts))
    return messages


def problems(message: Message) -> list[str]:
    """What a translation breaks compared with its source; empty when it is fine."""
    found = []
    src = message.source
    for text in message.translations:
        if not text.strip():
            found.append("empty translation")
            continue
        if sorted(FIELD.findall(text)) != sorted(FIELD.findall(src)):
            found.append(f"placeholders {sorted(FIELD.findall(src))} became {sorted(FIELD.findall(text))}")
        if sorted(QT_ARG.findall(text)) != sorted(QT_ARG.findall(src)):
            found.append(f"markers {QT_ARG.findall(src)} became {QT_ARG.findall(text)}")
        if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(src)):
            found.append(f"{len(MNEMONIC.findall(src))} mnemonic(s) became {len(MNEMONIC.findall(text))}")
        if sorted(TAG.findall(text)) != sorted(TAG.findall(src)):
            found.append(f"HTML tags {sorted(TAG.findall(src))} became {sorted(TAG.findall(text))}")
        if text.count("\n") != src.count("\n"):
            found.append("line breaks differ")
        if (text[:1].isspace(), text[-1:].isspace()) != (src[:1].isspace(), src[-1:].isspace()):
            found.append("leading/trailing space differs")
    return found


@CATALOGUES
def test_every_finished_translation_keeps_what_the_code_fills_in(ts):
    messages = finished_messages(ts.read_text(encoding="utf-8"))
    assert messages, f"{ts.name} has no finished translations"
    broken = [f"[{m.context}] {m.source!r} -> {m.translations!r}: {'; '.join(problems(m))}"
              for m in messages if problems(m)]
    assert not broken, "\n".join(broken)


def test_plural_messages_have_singular_and_plural_forms():
    root = ET.fromstring(TS.read_text(encoding="utf-8"))
    for message in root.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation.get("type") not in NOT_USED:
            assert len(translation.findall("numerusform")) == 2, message.findtext("source")


@CATALOGUES
def test_compiled_catalogue_matches_its_source(tmp_path, ts):
    """The shipped .qm is what lrelease makes of the .ts now (file times mean nothing after a clone)."""
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    qm = ts.with_suffix(".qm")
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert qm.exists(), f"{qm.name} is missing: run tools/update_translations.py"
    assert qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is stale: run tools/update_translations.py"


def test_checker_catches_broken_translations():
    """The checks above would notice each way a translator can break a message."""
    ts = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">
    <context><name>Demo</name>
      <message><source>Berkas {agenda} belum lengkap</source><translation>File is incomplete</translation></message>
      <message><source>&amp;Simpan</source><translation>Save</translation></message>
      <message numerus="yes"><source>%n halaman</source>
        <translation><numerusform>one page</numerusform><numerusform>%n pages</numerusform></translation></message>
      <message><source>&lt;b&gt;{n}&lt;/b&gt; berkas</source><translation>{n} files</translation></message>
      <message><source> tahun</source><translation>years</translation></message>
      <message><source>Tutup</source><translation></translation></message>
      <message><source>Cetak</source><translation type="unfinished"></translation></message>
      <message><source>&lt;b&gt;{a}&lt;/b&gt; &amp;mdash; {b}</source>
        <translation>&lt;b&gt;{a}&lt;/b&gt; &amp;mdash; {b}</translation></message>
    </context></TS>"""
    found = {m.source: problems(m) for m in finished_messages(ts)}
    assert "Cetak" not in found  # unfinished: skipped
    assert found["Berkas {agenda} belum lengkap"] == ["placeholders ['agenda'] became []"]
    assert found["&Simpan"] == ["1 mnemonic(s) became 0"]
    assert found["%n halaman"] == ["markers ['%n'] became []"]
    assert found["<b>{n}</b> berkas"] == ["HTML tags ['/b', 'b'] became []"]
    assert found[" tahun"] == ["leading/trailing space differs"]
    assert found["Tutup"] == ["empty translation"]
    assert found["<b>{a}</b> &mdash; {b}"] == []  # an entity is not a mnemonic


def test_every_text_shipped_in_json_is_marked_for_the_translation_tool():
    """lupdate cannot read JSON: the shipped names are listed in the code, and the list must keep up."""
    from ukpbj_desktop import required_documents, workflow

    documents = {d.name for d in required_documents.all_documents()} | set(required_documents.delivery_modes().values())
    assert documents <= set(required_documents.SHIPPED_TEXTS)
    steps = workflow.sop().steps.values()
    sop = {s.name for s in steps} | {o.label for s in steps for o in s.outcomes.values()}
    assert sop <= set(workflow.SHIPPED_TEXTS)
