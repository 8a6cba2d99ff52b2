"""Hostile input through the services, the CLI and import files (issue 23), seeded and bounded (~10–20 s).

Generated values: control characters (NUL included), bidirectional overrides and isolates, BOMs, lone
surrogates (undecodable command-line bytes), huge strings, huge and negative integers, dates at the ends of
the calendar, wrong enumeration codes, many phones. What must hold for every one of them:

- a service either does it or raises a DealerDeskError, or an error the catalogue (services/failures.py)
  says in words — never a true bug (UnexpectedError, 意外错误);
- what is stored is clean: no invisible character, no text longer than its column;
- a CLI command exits 0, 1 or 2 with no traceback and no 意外错误 line, and leaves no output file when it fails;
- an import file with such cells imports what is good and rejects the rest, the same way;
- afterwards the store passes `check` (integrity and audit chain) and every customer exports to xlsx.
"""
from __future__ import annotations

import csv
import datetime as dt
import random

import openpyxl
import pytest

from dealerdesk.cli import main
from dealerdesk.domain import text as domain_text
from dealerdesk.domain.errors import DealerDeskError, UnexpectedError
from dealerdesk.services import failures
from dealerdesk.services.aftersales.complaints import ComplaintInput, create_complaint
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle
from dealerdesk.services.audit import verify_chain
from dealerdesk.services.customers.records import CustomerInput, create_customer, update_customer
from dealerdesk.services.sales.leads import LeadInput, create_lead, log_follow_up
from dealerdesk.services.search import search_customers
from dealerdesk.services.text_input import column_limit
from dealerdesk.services.transfer.export import export
from dealerdesk.store.db import close_store, integrity_problems, open_store
from dealerdesk.store.models import (Complaint, ContactPerson, Customer, CustomerPhone, Interaction, Lead,
                                     Vehicle)
from tests.factories import CLI_LOGIN, TEST_PASSWORD, make_cli_user, make_user

SEED = 20261206
INVISIBLE = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200e", "\u202a", "\u202e", "\u2066",
             "\u2069", "\ufeff", "\u2028", "\udcff", "\t", "\r\n"]
HUGE_INTS = [2 ** 63, 2 ** 63 - 1, 2 ** 70, -(2 ** 63) - 1, -1, 0, 10 ** 30]
ODD_DATES = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1900, 1, 1), dt.date(2000, 2, 29)]
ENUM_JUNK = ["robot", "xxxxxx", "", " ", "M\x00", "person\u202e", "1" * 300, "男", None, 5]


def hostile_text(rng: random.Random, base: str = "张三") -> str:
    """`base`, or (a third of the time) one of seven kinds of hostile text."""
    kind = rng.randrange(21)
    if kind == 0 or kind >= 8:
        return base
    if kind == 1:  # invisible characters sprinkled in
        chars = list(base)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(INVISIBLE))
        return "".join(chars)
    if kind == 2:
        return rng.choice(INVISIBLE) * rng.randint(1, 5)
    if kind == 3:  # just past a column, or absurdly long
        return base[0] * rng.choice([41, 61, 121, 201, 4001, 200_000])
    if kind == 4:
        return rng.choice(["=1+1", "\t=1+1", "+86", "-5", "@SUM(A1)", "\r=cmd"])
    if kind == 5:
        return "\u202e" + base[::-1] + "\u202c"
    if kind == 6:
        return "%_*?[]'\";--" + base
    return "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fff), rng.randint(0, 0x1f)]))
                   for _ in range(rng.randint(1, 30)))


def hostile_phone(rng: random.Random) -> str:
    return rng.choice(["13800138000", "138\x0000138000", "1380013800", "\u202e13800138000", "010-62345678",
                       "+1 555 0100", "1" * 300, "", "１３８００１３８０００", f"139{rng.randint(0, 99999999):08d}"])


def pick(rng: random.Random, good, *bad):
    return good if rng.random() < 0.92 else rng.choice(bad)


def _acceptable(exc: BaseException, what: str) -> None:
    shown = failures.user_error(exc)
    assert not isinstance(shown, UnexpectedError), f"{what}: {type(exc).__name__}: {str(exc)[:300]}"
    assert "\n" not in shown.text or isinstance(exc, DealerDeskError)


def _call(what: str, fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - each one is judged by the catalogue
        _acceptable(exc, what)
        return None


TEXT_COLUMNS = {
    Customer: ("name", "email", "wechat", "address", "city", "occupation", "tags", "needs"),
    CustomerPhone: ("phone", "digits"), ContactPerson: ("name", "title", "phone"),
    Vehicle: ("plate", "model_name", "colour"),
    Lead: ("other_models", "colour", "competitors", "defeat_competitor", "defeat_note"),
    Interaction: ("place", "content", "result", "next_step"), Complaint: ("content", "resolution"),
}


def _assert_stored_text_is_clean() -> None:
    for model, columns in TEXT_COLUMNS.items():
        for row in model.select(*[getattr(model, c) for c in columns]).tuples():
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                assert not domain_text.has_invisible(value.replace("\t", "").replace("\n", "").replace("\r", "")), \
                    (model.__name__, column, value[:50])
                assert len(value) <= column_limit(model, column), (model.__name__, column, len(value))
    for (n,) in Customer.select(Customer.id).tuples():
        assert CustomerPhone.select().where(CustomerPhone.customer == n).count() <= domain_text.MAX_PHONES


def _fuzz_services(rng: random.Random, manager, sales) -> list[int]:
    ids: list[int] = []
    for i in range(120):
        data = CustomerInput(
            name=hostile_text(rng, "张伟"),
            phones=[pick(rng, f"139{rng.randint(0, 99999999):08d}", hostile_phone(rng))
                    for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 11, 60]))],
            kind=pick(rng, "person", *ENUM_JUNK), gender=pick(rng, "M", *ENUM_JUNK),
            birthday=pick(rng, None, *ODD_DATES), birthday_kind=pick(rng, "solar", *ENUM_JUNK),
            lunar_birthday_month=pick(rng, None, 1, 13, 2 ** 70), lunar_birthday_day=pick(rng, None, 1, 31),
            email=pick(rng, "a@b.cn", hostile_text(rng, "a@b.cn")), wechat=hostile_text(rng, "wx"),
            address=hostile_text(rng, "南山区"), city=hostile_text(rng, "深圳"),
            occupation=hostile_text(rng, "教师"), income_level=pick(rng, "mid", *ENUM_JUNK),
            source=pick(rng, "walk_in", *ENUM_JUNK), owner_id=pick(rng, sales.id, None, *HUGE_INTS),
            needs=hostile_text(rng, "想买车\n预算二十万"), tags=hostile_text(rng, "VIP"),
            referred_by_id=pick(rng, None, *HUGE_INTS))
        detail = _call(f"create_customer #{i}", create_customer, manager, data)
        if detail is not None:
            ids.append(detail.id)
    assert ids, "some hostile customers are cleaned and stored"
    for i in range(40):
        cid = pick(rng, rng.choice(ids), *HUGE_INTS)
        _call(f"update_customer #{i}", update_customer, manager, cid,
              CustomerInput(name=hostile_text(rng, "李四"), phones=[hostile_phone(rng)], needs=hostile_text(rng)),
              expected_version=None)
        lead = _call(f"create_lead #{i}", create_lead, manager, LeadInput(
            customer_id=cid, other_models=hostile_text(rng, "凯美瑞"), colour=hostile_text(rng, "白"),
            budget=pick(rng, 200000, None, *HUGE_INTS), payment_intent=pick(rng, "loan", *ENUM_JUNK),
            competitors=hostile_text(rng, "雅阁"), level=pick(rng, "B", *ENUM_JUNK),
            source=pick(rng, "online", *ENUM_JUNK)))
        if lead is not None:
            _call(f"log_follow_up #{i}", log_follow_up, manager, lead.id, pick(rng, "phone", *ENUM_JUNK),
                  hostile_text(rng, "电话沟通"), result=hostile_text(rng, "有意向"), place=hostile_text(rng, "展厅"))
        _call(f"create_complaint #{i}", create_complaint, manager, ComplaintInput(
            customer_id=cid, content=hostile_text(rng, "等太久"), channel=pick(rng, "phone", *ENUM_JUNK),
            category=pick(rng, "waiting", *ENUM_JUNK)))
        _call(f"create_vehicle #{i}", create_vehicle, manager, VehicleInput(
            plate=pick(rng, f"粤B{rng.randint(10000, 99999)}", hostile_text(rng, "粤B12345")),
            model_name=hostile_text(rng, "卡罗拉"), colour=hostile_text(rng, "黑"),
            mileage_km=pick(rng, 1000, *HUGE_INTS), seats=pick(rng, 5, 0, 2 ** 70),
            registration_date=pick(rng, None, *ODD_DATES), owner_id=cid if rng.random() < 0.5 else None))
        _call(f"search #{i}", search_customers, sales, hostile_text(rng, "zhang"))
    return ids


def _cli(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors (exit 2)
        code = exc.code
    err = capsys.readouterr().err
    return code, err


def _fuzz_cli(rng: random.Random, capsys, db: str, tmp_path) -> None:
    huge = [str(v) for v in HUGE_INTS] + ["abc", "1e9", "", "\x00", "\udcff"]
    months = ["0000-01", "9999-12", "10000-01", "2026-13", "2026-00", "-1-01", "２０２６-１１", "2026-11\x00"]
    dates = ["9999-12-31", "0001-01-01", "0000-01-01", "2026-02-30", "99999-01-01", "2026-12-06\u202e"]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    commands = [("customer", "show", rng.choice(huge)) for _ in range(6)]
    commands += [("kpi", "--month", m, "--json") for m in months]
    commands += [("appointments", "--date", d) for d in dates]
    commands += [("due", "--at", d + "T23:59") for d in dates]
    commands += [("search", hostile_text(rng, "zhang")) for _ in range(10)] + [("search", "x" * 1_000_000)]
    commands += [("report", "monthly", "--month", m, "-o", str(out_dir / f"m{i}.pdf")) for i, m in enumerate(months)]
    commands += [("export", "customers", "-o", p) for p in
                 ("/nonexistent/x.csv", str(tmp_path), str(out_dir / "x.txt"), str(out_dir / ("長" * 300 + ".csv")),
                  str(out_dir / "sub" / "x.xlsx"), str(out_dir / "\x00.csv"))]
    commands += [("report", "profile", "--customer", rng.choice(huge), "-o", str(out_dir / "p.pdf"))]
    commands += [("leads", "--customer", rng.choice(huge))]
    for argv in commands:
        code, err = _cli(capsys, "--db", db, *argv)
        shown = " ".join(argv)[:120]
        assert code in (0, 1, 2), shown
        assert "Traceback" not in err and "意外错误" not in err, (shown, err[:500])
        if code == 1:
            assert err.strip() and err.count("\n") == 1, (shown, err[:500])
    leftovers = [p.name[:40] for p in out_dir.rglob("*") if p.is_file()]
    assert leftovers == [] or all(p.endswith(".pdf") for p in leftovers), leftovers
    for bad_db in (str(tmp_path), str(tmp_path / "missing.db"), str(tmp_path / "junk.db")):
        (tmp_path / "junk.db").write_bytes(b"not a store \x00" * 100)
        code, err = _cli(capsys, "--db", bad_db, "check")
        assert code == 1 and "Traceback" not in err and "意外错误" not in err, (bad_db, err)


def _hostile_rows(rng: random.Random, n: int) -> list[list]:
    rows = []
    for i in range(n):
        rows.append([hostile_text(rng, f"王{i % 10}"), rng.choice([hostile_phone(rng), "/".join(
            f"139{j:08d}" for j in range(rng.choice([1, 12])))]), hostile_text(rng, "深圳"),
                     rng.choice(["男", "robot", "\x00", ""]), rng.choice(["2024-01-05", "0000-01-01", "9999-99-99",
                                                                       "１９９０年１月１日", "\u202e2020-01-01"]),
                     hostile_text(rng, "备注"), rng.choice(["H", "Z", "\x00A", "H级"])])
    return rows


HEADERS = ["姓名", "手机", "城市", "性别", "生日", "备注", "级别"]


def _fuzz_import(rng: random.Random, capsys, db: str, tmp_path) -> None:
    csv_path = tmp_path / "hostile.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows([[("" if v is None else str(v)).replace("\udcff", "?") for v in row]
                          for row in _hostile_rows(rng, 60)])
    xlsx_path = tmp_path / "hostile.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in _hostile_rows(rng, 60):  # openpyxl refuses control characters in cells: write what it takes
        sheet.append([openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", v.replace("\udcff", "?"))
                      if isinstance(v, str) else v for v in row])
    book.save(xlsx_path)
    for path in (csv_path, xlsx_path):
        rejects = tmp_path / f"{path.stem}-rejects.xlsx"
        code, err = _cli(capsys, "--db", db, "import", str(path), "--rejects", str(rejects), "--json")
        assert code in (0, 1) and "Traceback" not in err and "意外错误" not in err, (path.name, err[:500])
    missing_dir = tmp_path / "nowhere" / "r.xlsx"
    code, err = _cli(capsys, "--db", db, "import", str(csv_path), "--rejects", str(missing_dir))
    assert code in (0, 1) and "意外错误" not in err and "Traceback" not in err, err[:500]


@pytest.mark.sqlite_only("the CLI and the import run on the store file; the services part is backend-neutral")
def test_hostile_input_is_cleaned_or_refused_in_words_everywhere(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DEALERDESK_USER", CLI_LOGIN)
    monkeypatch.setenv("DEALERDESK_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    rng = random.Random(SEED)
    path = tmp_path / "store.db"
    open_store(path, create=True)
    try:
        manager = make_cli_user()
        sales = make_user("sales01", "王销售", "sales")
        _fuzz_services(rng, manager, sales)
        _assert_stored_text_is_clean()
    finally:
        close_store()
    _fuzz_cli(rng, capsys, str(path), tmp_path)
    _fuzz_import(rng, capsys, str(path), tmp_path)
    open_store(path)
    try:
        assert integrity_problems() == [] and verify_chain() == []
        _assert_stored_text_is_clean()
        out = tmp_path / "all.xlsx"
        result = export(make_user("boss", "王经理", "manager"), "customers", out)
        assert result.rows >= Customer.select().count() >= 20  # a row per customer and vehicle
        assert openpyxl.load_workbook(out).active.max_row == result.rows + 1
    finally:
        close_store()
    code, err = _cli(capsys, "--db", str(path), "check")
    assert code == 0, err
