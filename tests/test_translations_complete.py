"""English is complete: no unfinished entry in resources/translations/dealerdesk_en.ts (the first 20 named
with file:line), and the Chinese .ts, the source language, needs no translation."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


TS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def unfinished(path: Path) -> list[str]:
    """file:line [context] source of every message whose translation is unfinished or empty."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                where = message.find("location")
                place = (f"{where.get('filename', '').replace('../../', '')}:{where.get('line', '')}"
                         if where is not None else "?")
                found.append(f"{place} [{name}] {message.findtext('source')}")
    return found


def test_every_english_entry_is_finished():
    missing = unfinished(TS / "dealerdesk_en.ts")
    assert not missing, f"{len(missing)} unfinished in dealerdesk_en.ts, the first 20:\n" + "\n".join(missing[:20])


def test_the_check_finds_an_unfinished_entry(tmp_path):
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en"><context><name>c</name>'
        '<message><location filename="../../dealerdesk/ui/a.py" line="7"/><source>保存</source>'
        '<translation type="unfinished"></translation></message>'
        '<message><location filename="../../dealerdesk/ui/a.py" line="8"/><source>取消</source>'
        '<translation>Cancel</translation></message>'
        '<message numerus="yes"><location filename="../../dealerdesk/ui/b.py" line="9"/><source>%n 位</source>'
        '<translation><numerusform>%n person</numerusform><numerusform></numerusform></translation></message>'
        '<message><source>旧的</source><translation type="vanished">Old</translation></message>'
        '</context></TS>', encoding="utf-8")
    assert unfinished(ts) == ["dealerdesk/ui/a.py:7 [c] 保存", "dealerdesk/ui/b.py:9 [c] %n 位"]
