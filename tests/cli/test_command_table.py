"""The cli package's shape: one explicit table names every command `dealerdesk --help` lists, and no cli
module reaches into the store's models or peewee (queries go through the services)."""
import ast
import importlib
from pathlib import Path

import pytest

from dealerdesk import cli
from dealerdesk.cli.common import Command

CLI_DIR = Path(cli.__file__).resolve().parent
MODULES = sorted(p.stem for p in CLI_DIR.glob("*.py"))
# The commands of docs/cli.md, in the order `dealerdesk --help` shows them.
DOCUMENTED = ["gui", "tray", "demo", "search", "due", "customer", "check", "backup", "restore", "migrate", "migrate-store", "user",
              "store-profile", "catalogue",
              "reminders",
              "vehicle", "winback", "leads", "appointments", "kpi", "report", "import", "export"]
# The only cli modules that may call dealerdesk.store (opening, checking, backing up the store file).
STORE_CALLERS = {"common", "maintenance", "self_test"}  # self_test opens and closes its throw-away store
FORBIDDEN = ("dealerdesk.store.models", "peewee", "playhouse")


def help_commands(capsys) -> list[str]:
    """The command names in the COMMAND section of `dealerdesk --help`."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    section = text[text.index("  COMMAND\n") + len("  COMMAND\n"):text.index("\n选项:")]
    return [line.split()[0] for line in section.splitlines() if line.startswith("    ") and line[4] != " "]


def test_the_table_names_every_command_help_lists(capsys):
    listed = help_commands(capsys)
    assert listed == DOCUMENTED
    assert [c.name for c in cli.COMMANDS] == listed


def test_every_command_a_cli_module_defines_is_in_the_table():
    in_table = {id(c) for c in cli.COMMANDS}
    for name in set(MODULES) - {"__main__"}:  # (importing __main__ would run the program)
        module = importlib.import_module(f"dealerdesk.cli.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, Command) and attr.isupper() and attr != "COMMANDS":
                assert id(value) in in_table, f"dealerdesk.cli.{name}.{attr} is not listed in cli.parser.COMMANDS"


def _leaves(command: Command, prefix=()):
    path = (*prefix, command.name)
    if command.actions:
        assert command.run is None, f"{' '.join(path)}: a group runs one of its actions"
        for action in command.actions:
            yield from _leaves(action, path)
    else:
        yield path, command


@pytest.mark.parametrize("path", [p for c in cli.COMMANDS for p, _ in _leaves(c)], ids=" ".join)
def test_every_command_has_help_and_a_run_function(path, capsys):
    command = next(c for top in cli.COMMANDS for p, c in _leaves(top) if p == path)
    assert callable(command.run) and command.help
    with pytest.raises(SystemExit) as exit_:
        cli.main([*path, "--help"])
    assert exit_.value.code == 0
    assert f"用法：dealerdesk {' '.join(path)}" in capsys.readouterr().out


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function, with `from a import b` as a.b too."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: relative import"
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def forbidden_imports(path: Path) -> set[str]:
    return {n for n in imported_modules(path) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)}


@pytest.mark.parametrize("name", MODULES)
def test_no_cli_module_imports_the_models_or_peewee(name):
    assert not forbidden_imports(CLI_DIR / f"{name}.py")


@pytest.mark.parametrize("name", sorted(set(MODULES) - STORE_CALLERS))
def test_command_modules_reach_the_store_only_through_services(name):
    store = {n for n in imported_modules(CLI_DIR / f"{name}.py") if n.startswith("dealerdesk.store")}
    assert not store, f"dealerdesk/cli/{name}.py imports {sorted(store)}"


def test_no_cycle_between_cli_modules_and_no_scanning():
    """common is imported by the command modules and imports none (only language, the parser's words, which
    imports no cli module); only parser (and the package) imports the command modules; nothing finds commands
    by scanning."""
    cli_imports = {name: {n.split(".")[2] for n in imported_modules(CLI_DIR / f"{name}.py")
                          if n.startswith("dealerdesk.cli.") and n.split(".")[2] in MODULES}
                   for name in MODULES}
    assert cli_imports["common"] <= {"language"}
    assert cli_imports["language"] == set()
    for name, imported in cli_imports.items():
        if name not in {"__init__", "parser"}:
            assert imported <= {"common", "language"}, f"{name} imports {imported}"
        assert not {"pkgutil", "importlib"} & {n.split(".")[0] for n in imported_modules(CLI_DIR / f"{name}.py")}
    assert cli_imports["__init__"] == {"parser"}


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def run():\n    from dealerdesk.store import models\n    from dealerdesk.store.models import User\n"
                   "    import peewee\n", encoding="utf-8")
    assert forbidden_imports(bad) == {"dealerdesk.store.models", "dealerdesk.store.models.User", "peewee"}
