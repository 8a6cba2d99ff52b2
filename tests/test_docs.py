"""The developer docs point at files that exist, and nothing in the repository points outside it.

Why: docs/dev/ tells a newcomer which module implements which rule; a renamed module must not leave the
map pointing at nothing. And the design documents now live in docs/dev/, so a comment that sends the reader
to ../shared/… (or to the old ARCHITECTURE.md / DOMAIN.md / GLOSSARY.md / CLI.md) points out of the repo.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_DOCS = sorted((ROOT / "docs" / "dev").glob("*.md"))
# Short forms the docs use for the package's layers ("domain/levels.py" is dealerdesk/domain/levels.py).
LAYERS = ("domain/", "store/", "services/", "reports/", "ui/", "cli/")
TOP = ("dealerdesk/", "tests/", "docs/", "scripts/", "packaging/", "resources/", ".ci/")
# Added by the other branches of issue #17; drop an entry once it exists on the merged branch.
LANDING = {
    "dealerdesk/domain/labels.py", "dealerdesk/domain/settings_spec.py", "dealerdesk/services/derived.py",
    "dealerdesk/ui/ops.py", "dealerdesk/ui/labels.py", "dealerdesk/ui/format.py",
    "dealerdesk/ui/models/columns/", "dealerdesk/cli/", "dealerdesk/cli/app.py", "dealerdesk/cli/common.py",
}
OUTSIDE = re.compile(r"\.\./shared|shared/(ARCHITECTURE|DOMAIN|GLOSSARY|CLI)\.md|\b(ARCHITECTURE|DOMAIN|GLOSSARY|CLI)\.md")
NOT_YET: set[str] = set()  # files whose pointers are still to be fixed (none)


def _paths_in(text: str) -> set[str]:
    """Repository paths named in `code` spans: whole files or folders, no templates or globs."""
    found = set()
    for span in re.findall(r"`([^`\s]+)`", text):
        span = span.split("::")[0].rstrip(".,;:)")
        if any(c in span for c in "<>*?{}") or not span.endswith((".py", ".md", ".toml", "/")) and "." in span:
            continue
        if span.startswith(LAYERS):
            span = "dealerdesk/" + span
        if span.startswith(TOP) and (span.endswith("/") or "." in span.rsplit("/", 1)[-1]):
            found.add(span)
    return found


def _links_in(doc: Path) -> set[str]:
    links = set()
    for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
        if "://" not in target:
            path = (doc.parent / target.split("#")[0]).resolve()
            links.add(str(path.relative_to(ROOT)))
    return links


def test_the_developer_docs_exist():
    assert {p.name for p in DEV_DOCS} >= {"architecture.md", "domain.md", "glossary.md"}


@pytest.mark.parametrize("doc", DEV_DOCS, ids=lambda p: p.name)
def test_every_path_a_developer_doc_names_exists(doc):
    named = _paths_in(doc.read_text(encoding="utf-8")) | _links_in(doc)
    missing = {p for p in named if not (ROOT / p).exists()} - LANDING
    assert not missing, f"{doc.name} names paths that do not exist: {sorted(missing)}"


def test_the_path_check_sees_a_missing_module():
    assert _paths_in("rules in `domain/nowhere.py` and `services/sales/`") == {
        "dealerdesk/domain/nowhere.py", "dealerdesk/services/sales/"}
    assert not (ROOT / "dealerdesk/domain/nowhere.py").exists()


def test_nothing_points_outside_the_repository():
    places = [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / ".ci" / "run"]
    for folder in ("dealerdesk", "tests", "scripts", "packaging", "docs"):
        places += [p for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".md", ".spec", ".iss", ".toml"}]
    offenders = []
    for path in places:
        rel = path.relative_to(ROOT).as_posix()
        if rel in NOT_YET or path == Path(__file__):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{rel}:{number}: {line.strip()}")
    assert not offenders, "point inside the repository (docs/dev/, docs/cli.md):\n" + "\n".join(offenders)
