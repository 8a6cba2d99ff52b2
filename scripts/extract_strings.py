"""Collect every translatable string in dealerdesk/ into resources/translations/dealerdesk_<lang>.ts.

Why not pyside6-lupdate (it ships with PySide6-Essentials): this codebase routes most strings through small
per-module helpers -- `tr(text)` bound to a fixed context, `tr(text, context="service")`, `_t(context, text)`,
`N = QT_TRANSLATE_NOOP` aliases and context constants such as `CONTEXT = "errors"`. lupdate 6.11 files the
helpers' strings under an empty context, takes the *context* argument of `tr(context, text)` as the source
text, and misses `_tr(...)` entirely, so the runtime look-up (which uses the real context) would never find
the translation. This script reads the sources with `ast`, learns each module's helpers, aliases and string
constants, and writes standard Qt TS 2.1 XML that lrelease and Qt Linguist read.

Existing translations are kept: messages still in the code keep their translation; messages gone from the
code keep theirs marked `vanished` (so work is not lost), untranslated ones that vanished are dropped.

    python scripts/extract_strings.py            # update the .ts files
    python scripts/extract_strings.py --check    # exit 1 if they are out of date (for CI)
"""
from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "dealerdesk"
TS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": 1, "en": 2}  # language -> number of plural forms Qt uses for it
APP_RECEIVERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOOP_NAMES = {"QT_TRANSLATE_NOOP": "ctx", "QT_TRANSLATE_NOOP3": "ctx", "QT_TR_NOOP": "class"}
# The CLI's help texts (cli/language.py translates them in context "cli" when `dealerdesk --help` is shown):
# help=/description= of any call under dealerdesk/cli, and the help line of a Command(name, help, ...).
CLI_PACKAGE = "dealerdesk.cli"
CLI_CONTEXT = "cli"
CLI_KEYWORDS = {"help", "description"}


@dataclass(frozen=True)
class Arg:
    """Where a helper gets its context or text: a literal, or its own parameter (with a default)."""

    literal: str | None = None
    param: int | None = None
    name: str | None = None
    default: str | None = None


@dataclass(frozen=True)
class Helper:
    context: Arg
    text: Arg


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class ModuleInfo:
    path: Path
    name: str
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    helpers: dict[str, Helper] = field(default_factory=dict)
    noops: dict[str, str] = field(default_factory=dict)  # local name -> NOOP kind


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def const_str(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """A string known at parse time: a literal, "a" + "b", or a module-level string constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = const_str(node.left, constants), const_str(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def is_translate_call(node: ast.AST, noops: dict[str, str]) -> str | None:
    """'translate' for QCoreApplication.translate(ctx, text, ...), 'ctx' for QT_TRANSLATE_NOOP, else None."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name) \
            and func.value.id in APP_RECEIVERS:
        return "translate"
    if isinstance(func, ast.Name) and noops.get(func.id) == "ctx":
        return "ctx"
    return None


def collect_module_facts(info: ModuleInfo) -> None:
    """Module-level string constants, NOOP aliases and one-line translation helpers."""
    for stmt in info.tree.body:
        if isinstance(stmt, ast.ImportFrom):
            for alias in stmt.names:
                if alias.name in NOOP_NAMES:
                    info.noops[alias.asname or alias.name] = NOOP_NAMES[alias.name]
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            target = stmt.targets[0].id
            value = const_str(stmt.value, info.constants)
            if value is not None:
                info.constants[target] = value
            elif isinstance(stmt.value, ast.Name) and stmt.value.id in info.noops:
                info.noops[target] = info.noops[stmt.value.id]
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            value = const_str(stmt.value, info.constants)
            if value is not None:
                info.constants[stmt.target.id] = value
        elif isinstance(stmt, ast.FunctionDef) and stmt.name in NOOP_NAMES:
            info.noops[stmt.name] = NOOP_NAMES[stmt.name]  # i18n.py defines the marker itself


def collect_helpers(info: ModuleInfo) -> None:
    """`def tr(text, context="x"): return QCoreApplication.translate(context, text)` and the like."""
    for stmt in info.tree.body:
        if not isinstance(stmt, ast.FunctionDef) or stmt.name in NOOP_NAMES:
            continue
        body = [s for s in stmt.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            continue
        call = next((n for n in ast.walk(body[0].value) if is_translate_call(n, info.noops)), None)
        if call is None or len(call.args) < 2:
            continue
        params = [a.arg for a in stmt.args.args]
        defaults = dict(zip(params[len(params) - len(stmt.args.defaults):], stmt.args.defaults, strict=True))

        def arg_of(node: ast.AST, params: list[str] = params, defaults: dict = defaults) -> Arg | None:
            if isinstance(node, ast.Name) and node.id in params:
                return Arg(param=params.index(node.id), name=node.id,
                           default=const_str(defaults.get(node.id), info.constants))
            literal = const_str(node, info.constants)
            return Arg(literal=literal) if literal is not None else None

        context, text = arg_of(call.args[0]), arg_of(call.args[1])
        if context is not None and text is not None and text.param is not None:
            info.helpers[stmt.name] = Helper(context, text)


def resolve_imports(info: ModuleInfo, modules: dict[str, ModuleInfo]) -> None:
    """Helpers and constants imported from another dealerdesk module work the same as local ones."""
    for stmt in info.tree.body:
        if not isinstance(stmt, ast.ImportFrom) or not stmt.module:
            continue
        source = modules.get(stmt.module)
        if source is None:
            continue
        for alias in stmt.names:
            local = alias.asname or alias.name
            if alias.name in source.helpers:
                info.helpers.setdefault(local, source.helpers[alias.name])
            if alias.name in source.constants:
                info.constants.setdefault(local, source.constants[alias.name])
            if alias.name in source.noops:
                info.noops.setdefault(local, source.noops[alias.name])


def call_arg(call: ast.Call, index: int, name: str | None) -> ast.AST | None:
    if index < len(call.args):
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


class Extractor(ast.NodeVisitor):
    def __init__(self, info: ModuleInfo, rel_path: str, sink: dict[tuple[str, str, str], Message]) -> None:
        self.info = info
        self.rel_path = rel_path
        self.sink = sink
        self.classes: list[str] = []
        self.skipped: list[int] = []

    def add(self, context: str | None, text: str | None, node: ast.AST, comment: str = "",
            numerus: bool = False) -> None:
        if context is None or not text:
            return
        key = (context, text, comment)
        message = self.sink.setdefault(key, Message(context, text, comment))
        message.numerus = message.numerus or numerus
        message.locations.append((self.rel_path, node.lineno))

    def add_cli_texts(self, node: ast.Call) -> None:
        consts = self.info.constants
        for kw in node.keywords:
            if kw.arg in CLI_KEYWORDS:
                self.add(CLI_CONTEXT, const_str(kw.value, consts), kw.value)
        if isinstance(node.func, ast.Name) and node.func.id == "Command" and len(node.args) >= 2:
            self.add(CLI_CONTEXT, const_str(node.args[1], consts), node.args[1])

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        consts = self.info.constants
        func = node.func
        kind = is_translate_call(node, self.info.noops)
        if kind is not None:  # QCoreApplication.translate(ctx, text, disambiguation, n) / QT_TRANSLATE_NOOP
            comment = const_str(call_arg(node, 2, "disambiguation"), consts) or ""
            numerus = kind == "translate" and call_arg(node, 3, "n") is not None
            self.add(const_str(call_arg(node, 0, "context"), consts),
                     const_str(call_arg(node, 1, "sourceText"), consts), node, comment, numerus)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes and (
                isinstance(func.value, ast.Name) and func.value.id in {"self", "cls", self.classes[-1]}):
            comment = const_str(call_arg(node, 1, "disambiguation"), consts) or ""
            numerus = call_arg(node, 2, "n") is not None
            self.add(self.classes[-1], const_str(call_arg(node, 0, "sourceText"), consts), node, comment, numerus)
        elif isinstance(func, ast.Name) and self.info.noops.get(func.id) == "class" and self.classes:
            self.add(self.classes[-1], const_str(call_arg(node, 0, None), consts), node)
        elif isinstance(func, ast.Name) and func.id in self.info.helpers:
            helper = self.info.helpers[func.id]
            text = const_str(call_arg(node, helper.text.param, helper.text.name), consts)
            if helper.context.literal is not None:
                context = helper.context.literal
            else:
                passed = call_arg(node, helper.context.param, helper.context.name)
                context = const_str(passed, consts) if passed is not None else helper.context.default
            self.add(context, text, node)
        if self.info.name == CLI_PACKAGE or self.info.name.startswith(CLI_PACKAGE + "."):
            self.add_cli_texts(node)
        self.generic_visit(node)


def extract(source_dir: Path = SOURCE_DIR, ts_dir: Path = TS_DIR) -> list[Message]:
    """Every translatable message under source_dir, contexts sorted, messages in source order."""
    modules: dict[str, ModuleInfo] = {}
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        info = ModuleInfo(path, module_name(path), tree)
        collect_module_facts(info)
        modules[info.name] = info
    for info in modules.values():
        resolve_imports(info, modules)  # NOOP aliases first, so helpers built on them are recognised
    for info in modules.values():
        collect_helpers(info)
    for info in modules.values():
        resolve_imports(info, modules)
    sink: dict[tuple[str, str, str], Message] = {}
    for info in modules.values():
        rel = Path(os.path.relpath(info.path, ts_dir)).as_posix()
        Extractor(info, rel, sink).visit(info.tree)
    return sorted(sink.values(), key=lambda m: (m.context, m.locations[0]))


def read_existing(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <translation> element of an existing .ts file."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = translation
    return found


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    return any((f.text or "").strip() for f in forms) if forms else bool((translation.text or "").strip())


def _translation_xml(old: ET.Element | None, numerus: bool, forms: int, vanished: bool) -> str:
    kind = old.get("type") if old is not None else "unfinished"
    if vanished:
        kind = "vanished"
    elif kind in ("vanished", "obsolete"):
        kind = None
    attr = f' type="{kind}"' if kind else ""
    if numerus:
        old_forms = [f.text or "" for f in old.findall("numerusform")] if old is not None else []
        old_forms += [""] * (forms - len(old_forms))
        inner = "".join(f"\n            <numerusform>{escape(t)}</numerusform>" for t in old_forms[:forms])
        return f"<translation{attr}>{inner}\n        </translation>"
    return f"<translation{attr}>{escape(old.text or '') if old is not None else ''}</translation>"


def render_ts(messages: list[Message], language: str, existing: dict[tuple[str, str, str], ET.Element]) -> str:
    forms = LANGUAGES.get(language, 2)
    current = {(m.context, m.source, m.comment) for m in messages}
    vanished = [Message(k[0], k[1], k[2], numerus=t.find("numerusform") is not None)
                for k, t in existing.items() if k not in current and _has_text(t)]
    by_context: dict[str, list[tuple[Message, bool]]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append((message, False))
    for message in vanished:
        by_context.setdefault(message.context, []).append((message, True))
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for context in sorted(by_context):
        out.append("<context>")
        out.append(f"    <name>{escape(context)}</name>")
        for message, gone in by_context[context]:
            out.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for filename, line in message.locations:
                out.append(f'        <location filename="{escape(filename)}" line="{line}"/>')
            out.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                out.append(f"        <comment>{escape(message.comment)}</comment>")
            old = existing.get((message.context, message.source, message.comment))
            out.append("        " + _translation_xml(old, message.numerus, forms, gone))
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a .ts file is out of date")
    args = parser.parse_args(argv)
    messages = extract()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for language in LANGUAGES:
        path = TS_DIR / f"dealerdesk_{language}.ts"
        text = render_ts(messages, language, read_existing(path))
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if text == old:
            continue
        stale.append(path.name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    contexts = len({m.context for m in messages})
    print(f"{len(messages)} messages in {contexts} contexts; "
          + (("out of date: " if args.check else "updated: ") + ", ".join(stale) if stale else "up to date"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
