"""Language switching and the translation catalogue tooling."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ukpbj_desktop.ui import i18n
from ukpbj_desktop.ui.widgets import messages

ROOT = Path(__file__).resolve().parents[2]


def test_english_translates_the_texts_users_see(language, monkeypatch):
    assert language("en")
    assert QCoreApplication.translate("Messages", "Tidak dapat dilanjutkan") == "Cannot continue"
    shown = []
    monkeypatch.setattr(messages, "exec_box", lambda box: shown.append(box) or box.defaultButton())
    messages.confirm(None, "?", "?", destructive=True)
    assert [b.text() for b in shown[0].buttons()] == ["Yes", "No"]


def test_back_to_indonesian(language):
    language("en")
    assert language("id")
    assert QCoreApplication.translate("Messages", "Ya") == "Ya"


def test_unknown_language_is_refused_and_leaves_the_source_texts(language):
    language("en")
    assert language("xx") is False
    assert QCoreApplication.translate("Messages", "Ya") == "Ya"


def test_resources_are_found_inside_a_pyinstaller_bundle(monkeypatch, tmp_path):
    assert i18n.translations_dir() == ROOT / "resources" / "translations"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"


@pytest.fixture
def tool(monkeypatch, tmp_path):
    """tools/update_translations.py working on a scratch project in tmp_path."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "SOURCES", tmp_path / "ukpbj_desktop")
    monkeypatch.setattr(module, "TRANSLATIONS", tmp_path / "resources" / "translations")
    (tmp_path / "ukpbj_desktop" / "core").mkdir(parents=True)
    return module


def test_update_tool_collects_core_markers_and_keeps_translations(tool, tmp_path):
    source = tmp_path / "ukpbj_desktop" / "core" / "rules.py"
    source.write_text('A = QT_TRANSLATE_NOOP("Validation", "NIK wajib diisi.")\n', encoding="utf-8")
    tool.main(["en"])
    ts = tmp_path / "resources" / "translations" / "ukpbj_en.ts"
    text = ts.read_text(encoding="utf-8")
    assert "<source>NIK wajib diisi.</source>" in text
    ts.write_text(text.replace('<translation type="unfinished"></translation>',
                               "<translation>The NIK is required.</translation>"), encoding="utf-8")

    source.write_text(source.read_text(encoding="utf-8")
                      + 'B = QT_TRANSLATE_NOOP("Validation", "NIP wajib diisi.")\n', encoding="utf-8")
    tool.main(["en"])

    text = ts.read_text(encoding="utf-8")
    assert "<translation>The NIK is required.</translation>" in text
    assert "<source>NIP wajib diisi.</source>" in text
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Validation", "NIK wajib diisi.") == "The NIK is required."
