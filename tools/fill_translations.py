"""Fill unfinished messages of a .ts catalogue from a JSON mapping {source: translation}.

An unfinished message lupdate pre-filled with a guess (the translation of a similar text)
is filled too: the mapping's translation replaces the guess.

Usage: python tools/fill_translations.py resources/translations/ukpbj_en.ts new.json
For the few texts added between translation rounds; the .qm is rebuilt by update_translations.py.
Text edits only, so the file keeps lupdate's own layout.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

UNFINISHED = re.compile(r'(<source>(?P<source>[^<]*)</source>\s*'
                        r'(?:<(?:comment|extracomment)>[^<]*</(?:comment|extracomment)>\s*)*)'
                        r'<translation type="unfinished">[^<]*</translation>')


def fill(ts: Path, mapping: dict[str, str]) -> int:
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        source = html.unescape(match["source"])
        if source not in mapping:
            return match[0]
        count += 1
        return f"{match.group(1)}<translation>{html.escape(mapping[source], quote=False)}</translation>"

    ts.write_text(UNFINISHED.sub(replace, ts.read_text(encoding="utf-8")), encoding="utf-8")
    return count


if __name__ == "__main__":
    print(fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
