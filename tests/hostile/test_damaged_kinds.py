"""Six kinds of damage to a store file (issue 23 found `DatabaseError` behind each): every command, reading
ones included, exits 1 with one sentence (damaged → restore, or not a store), never 意外错误; `check` too."""
from __future__ import annotations

import random
import sqlite3

import pytest

from dealerdesk.cli import main
from tests.store.test_backup import build_store


def _truncate(data: bytearray) -> bytearray:
    return data[: len(data) // 3]


def _middle_pages(data: bytearray) -> bytearray:
    middle = len(data) // 4096 // 2
    for page in range(middle, middle + 3):
        data[page * 4096 + 8:page * 4096 + 200] = b"\xff" * 192
    return data


def _schema_page(data: bytearray) -> bytearray:
    data[100:1200] = bytes(random.Random(1).randrange(256) for _ in range(1100))
    return data


def _header(data: bytearray) -> bytearray:
    data[16:100] = b"\xee" * 84  # page size, versions, counts: garbage after the magic string
    return data


def _zero_tail(data: bytearray) -> bytearray:
    half = len(data) // 2
    data[half:] = bytes(len(data) - half)
    return data


def _random_bytes(data: bytearray) -> bytearray:
    rng = random.Random(7)
    for _ in range(300):
        data[rng.randrange(4096, len(data))] = rng.randrange(256)
    return data


KINDS = [_truncate, _middle_pages, _schema_page, _header, _zero_tail, _random_bytes]


@pytest.mark.parametrize("damage", KINDS, ids=[k.__name__.strip("_") for k in KINDS])
def test_every_command_refuses_a_damaged_store_in_one_sentence(tmp_path, monkeypatch, capsys, damage):
    monkeypatch.setenv("DEALERDESK_USER", "nobody")
    monkeypatch.setenv("DEALERDESK_PASSWORD", "x")
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path / "home"))
    path = build_store(tmp_path / "store.db", customers=3000)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(bytes(damage(bytearray(path.read_bytes()))))
    for argv in (["search", "客户1"], ["customer", "show", "1"], ["due"], ["export", "customers", "-o",
                                                                        str(tmp_path / "x.xlsx")], ["check"]):
        code = main(["--db", str(path), *argv])
        err = capsys.readouterr().err
        assert code == 1, (argv, err)
        assert err.count("\n") == 1 and "意外错误" not in err and "Traceback" not in err, (argv, err)
        assert "损坏" in err or "不是 DealerDesk" in err or "检查发现问题" in err or "无法读取" in err, (argv, err)
    assert not (tmp_path / "x.xlsx").exists()
