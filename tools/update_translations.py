"""Collect the translatable texts into the .ts catalogues and compile them to .qm.

Usage: python tools/update_translations.py [language ...]   (default: en)

pyside6-lupdate reads every .py file under ukpbj_desktop/: ``self.tr(...)``,
``QCoreApplication.translate("Context", ...)`` and the ``QT_TRANSLATE_NOOP("Context",
...)`` markers of the core. It merges into an existing .ts: translations already made
are kept, texts gone from the code are kept as "vanished" for a translator to reuse.
Files are listed explicitly because lupdate skips .py files when given a folder.
Note: lupdate only knows the marker by its own name; an alias (``import ... as N``)
is not collected.

``qtbase_xx.ts`` catalogues hold Qt's own texts for a language Qt ships none for
(Indonesian): kept by hand, never collected from our code, only compiled.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ukpbj_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment, else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def update(language: str) -> None:
    ts = TRANSLATIONS / f"ukpbj_{language}.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-source-language", "id", "-target-language", language,
         "-ts", str(ts.relative_to(ROOT))],
        cwd=ROOT, check=True,
    )
    compile_catalogue(ts)


def compile_catalogue(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(languages: list[str]) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages or ["en"]:
        update(language)
    for ts in sorted(TRANSLATIONS.glob("qtbase_*.ts")):
        compile_catalogue(ts)


if __name__ == "__main__":
    main(sys.argv[1:])
