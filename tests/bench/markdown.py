"""docs/benchmarks.md's newest section, regenerated from one run's JSON:

    python -m tests.bench --json run.json && python -m tests.bench.markdown run.json [--doc docs/benchmarks.md]

The section goes right below the `<!-- bench-runs -->` line, above the sections of earlier runs and the
hand-written history, which stay as they are. A run of the same commit and size replaces its own section."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

MARKER = "<!-- bench-runs -->"
DOC = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"


def section(run: dict) -> str:
    meta = run["meta"]
    kind = "quick run" if meta.get("quick") else "full run"
    key = f"<!-- bench-run {meta.get('commit')} {meta['customers']} -->"
    lines = [key, f"### {meta['date'][:10]}: {kind}, {meta['customers']:,} customers (commit {meta.get('commit')})", "",
             f"`python -m tests.bench{' --quick' if meta.get('quick') else ''}"
             f"{'' if meta.get('quick') or meta['customers'] == 200_000 else ' --customers ' + str(meta['customers'])}"
             f"{' --db postgresql://…' if meta.get('postgresql') else ''}` on {meta.get('cpu')} "
             f"({meta.get('cores')} cores, {meta.get('memory_gb')} GB), {meta.get('os')}, Python {meta.get('python')}, "
             f"PySide6 {meta.get('pyside6')}, SQLite {meta.get('sqlite')}; load average {meta.get('load_before')} → "
             f"{meta.get('load_after')} (other sessions' jobs share the box); the run took {meta.get('seconds')} s. "
             f"Import workbook {meta.get('import_rows'):,} rows; reports for {meta.get('month')}. Each floor is "
             "measured in the same run (tests/bench/floors.py, cold_start.py); ratio = figure / floor.", "",
             "| figure | value | target | floor | ratio (allowed) | |", "|---|---|---|---|---|---|"]
    misses = []
    for f in run["figures"]:
        unit = f" {f['unit']}" if f["unit"] else ""
        ratio = "" if f["ratio"] is None else f"{f['ratio']:g}x" + (f" (≤ {f['max_ratio']:g}x)" if f["max_ratio"] else "")
        target = "" if f["target"] is None else f"≤ {f['target']:g}{unit}"
        floor = "" if f["floor"] is None else f"{f['floor']:g}{unit}"
        name = f["name"] + (f" — {f['note']}" if f.get("note") else "")
        lines.append(f"| {name} | {f['value']:g}{unit} | {target} | {floor} | {ratio} | "
                     f"{'ok' if f['ok'] else '**miss**'} |")
        if not f["ok"]:
            over = []
            if f["target"] is not None and f["value"] > f["target"]:
                over.append(f"{f['value'] / f['target']:.2f}x its target" if f["target"] else "over its target")
            if f["max_ratio"] and f["ratio"] and f["ratio"] > f["max_ratio"]:
                over.append(f"{f['ratio']:g}x its floor (allowed {f['max_ratio']:g}x)")
            misses.append(f"{f['name']}: {', '.join(over)}")
    lines.append("")
    lines.append("Misses: " + ("; ".join(misses) + "." if misses else "none."))
    return "\n".join(lines) + "\n"


def update(doc: Path, run: dict) -> None:
    text = doc.read_text(encoding="utf-8")
    new = section(run)
    key = new.splitlines()[0]
    if MARKER not in text:
        head, _, rest = text.partition("\n## ")
        text = f"{head.rstrip()}\n\n## Benchmark runs (python -m tests.bench)\n\n{MARKER}\n\n## {rest}"
    before, _, after = text.partition(MARKER + "\n")
    if key in after:  # the same commit and size measured again: replace that section
        start = after.index(key)
        end = after.find("<!-- bench-run ", start + len(key))
        stop = after.find("\n## ", start)
        end = min(x for x in (end, stop if stop >= 0 else -1, len(after)) if x >= 0)
        after = after[:start] + after[end:].lstrip("\n")
    doc.write_text(f"{before}{MARKER}\n\n{new}\n{after.lstrip(chr(10))}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json")
    ap.add_argument("--doc", default=str(DOC))
    args = ap.parse_args(argv)
    update(Path(args.doc), json.loads(Path(args.json).read_text(encoding="utf-8")))
    print(f"{args.doc} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
