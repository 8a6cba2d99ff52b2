"""Tests of dealerdesk.domain.search_keys: keys, readings, query plans, match_rank, and an index oracle."""
from __future__ import annotations

import bisect
import random

import pytest
from pypinyin import Style, lazy_pinyin

from dealerdesk.domain.search_keys import (
    MAX_READINGS,
    Lookup,
    QueryPlan,
    best_rank,
    classify_query,
    customer_key_rows,
    match_rank,
    name_grams,
    name_key,
    phone_keys,
    pinyin_full,
    pinyin_initials,
    plate_keys,
    vin_keys,
)
from dealerdesk.domain.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES
from dealerdesk.domain.validate import vin_check_digit

# --------------------------------------------------------------------------- name keys


@pytest.mark.parametrize("name, key", [
    ("张三", "张三"),
    (" 张 三 ", "张三"),
    ("John Smith", "johnsmith"),
    ("Ｊｏｈｎ　Ｓｍｉｔｈ", "johnsmith"),
    ("阿依古丽·买买提", "阿依古丽买买提"),
    ("O'Brien", "obrien"),
    ("", ""),
    ("   ", ""),
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("name, grams", [
    ("张三丰", ["张三", "三丰"]),
    ("张三", ["张三"]),
    ("张", []),
    ("买买买", ["买买"]),
    ("欧阳 修", ["欧阳", "阳修"]),
    ("Li Lei", ["li", "il", "le", "ei"]),
    ("", []),
])
def test_name_grams(name, grams):
    assert name_grams(name) == grams


# --------------------------------------------------------------------------- pinyin

def test_example_from_the_brief():
    assert pinyin_initials("单雄信") == ["sxx", "dxx"]
    assert pinyin_full("单雄信") == ["shanxiongxin", "danxiongxin"]


# surname → its surname reading (the brief's list)
BRIEF_SINGLE = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha", "覃": "qin",
    "盖": "ge", "乐": "yue", "秘": "bi", "缪": "miao", "翟": "zhai", "召": "shao", "种": "chong", "繁": "po",
    "句": "gou", "阚": "kan", "冼": "xian", "过": "guo", "柏": "bai", "员": "yun", "能": "nai", "任": "ren",
    "沈": "shen", "石": "shi", "隗": "wei", "晟": "cheng", "褚": "chu", "郇": "huan", "佘": "she",
    "逄": "pang", "宓": "mi", "訾": "zi",
}
BRIEF_COMPOUND = {
    "尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun", "令狐": "linghu", "澹台": "tantai",
    "鲜于": "xianyu", "上官": "shangguan", "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge",
    "皇甫": "huangfu", "公孙": "gongsun", "慕容": "murong", "东方": "dongfang", "夏侯": "xiahou",
    "宇文": "yuwen",
}


def _default(text: str) -> str:
    return "".join(lazy_pinyin(text, style=Style.NORMAL))


def _default_per_char(text: str) -> str:
    return "".join(_default(c) for c in text)


@pytest.mark.parametrize("surname, reading", sorted(BRIEF_SINGLE.items()))
def test_single_surname_both_readings_findable(surname, reading):
    name = surname + "建国"
    assert reading in SINGLE_SURNAMES[surname]
    full = pinyin_full(name)
    initials = pinyin_initials(name)
    assert full[0] == reading + "jianguo"                      # the surname reading comes first
    assert _default_per_char(surname) + "jianguo" in full      # pypinyin's ordinary reading too
    assert reading[0] + "jg" in initials
    assert _default(surname)[0] + "jg" in initials
    for q in (reading + "jian", _default(surname) + "jianguo", reading[0] + "jg"):
        assert match_rank("pinyin", q, name) is not None, q


@pytest.mark.parametrize("surname, reading", sorted(BRIEF_COMPOUND.items()))
def test_compound_surname_both_readings_findable(surname, reading):
    name = surname + "明"
    assert reading in ["".join(r.split()) for r in COMPOUND_SURNAMES[surname]]
    full = pinyin_full(name)
    assert full[0] == reading + "ming"
    assert _default_per_char(surname) + "ming" in full
    syllables = COMPOUND_SURNAMES[surname][0].split()
    assert pinyin_initials(name)[0] == syllables[0][0] + syllables[1][0] + "m"
    assert match_rank("pinyin", reading, name) == 1
    assert match_rank("pinyin", reading + "ming", name) == 0


def test_compound_surnames_are_matched_before_single_ones():
    # 单于 is a compound surname: chanyu, not shan + yu
    assert pinyin_full("单于明") == ["chanyuming", "danyuming"]
    assert not any(f.startswith("shan") for f in pinyin_full("单于明"))
    # 尉迟 as a compound: yuchi; 尉 alone reads wei (and yu)
    assert pinyin_full("尉迟恭")[0] == "yuchigong"
    assert pinyin_initials("尉迟恭")[0] == "ycg"
    assert "weiming" in pinyin_full("尉明")


def test_compound_surname_needs_a_given_name():
    # a two-character name is a surname + a given name, not a compound surname alone
    assert pinyin_full("司马") == ["sima"]
    assert pinyin_full("单于") == ["shanyu", "danyu"]


def test_surname_table_readings_are_plain_pinyin():
    for table in (SINGLE_SURNAMES, COMPOUND_SURNAMES):
        for surname, readings in table.items():
            assert readings, surname
            for reading in readings:
                assert reading.replace(" ", "").isascii() and reading.replace(" ", "").isalpha()
                assert reading == reading.lower()
    for surname, readings in COMPOUND_SURNAMES.items():
        assert len(surname) == 2
        assert all(len(r.split()) == 2 for r in readings), surname
    for surname in SINGLE_SURNAMES:
        assert len(surname) == 1


def test_given_name_readings():
    # the per-character default first; pypinyin's phrase reading too when a character is polyphonic
    assert pinyin_full("王长江") == ["wangzhangjiang", "wangchangjiang"]
    assert pinyin_full("单长江") == ["shanzhangjiang", "danzhangjiang", "shanchangjiang", "danchangjiang"]
    assert pinyin_full("吕布") == ["lvbu"]          # ü is typed as v
    assert pinyin_initials("王小明") == ["wxm"]
    assert pinyin_full("王建国") == ["wangjianguo"]


@pytest.mark.parametrize("name, initials, full", [
    ("John Smith", ["js", "sj"], ["johnsmith", "smithjohn"]),
    ("Tony", ["t"], ["tony"]),
    ("  mary   ANN  lee ", ["mal", "lam"], ["maryannlee", "leeannmary"]),
    ("Ｊｏｈｎ", ["j"], ["john"]),
    ("张Tony", ["zt"], ["zhangtony"]),
    ("", [], []),
    ("···", [], []),
])
def test_latin_and_mixed_names(name, initials, full):
    assert pinyin_initials(name) == initials
    assert pinyin_full(name) == full


def test_readings_are_bounded():
    names = [s + "乐行" for s in SINGLE_SURNAMES] + [c + "单乐" for c in COMPOUND_SURNAMES]
    names += ["乐乐", "单", "覃覃覃覃", "A B C D E F", "x" * 40]
    for name in names:
        assert 1 <= len(pinyin_initials(name)) <= MAX_READINGS, name
        assert 1 <= len(pinyin_full(name)) <= MAX_READINGS, name
        assert len(set(pinyin_full(name))) == len(pinyin_full(name))
        for reading in pinyin_initials(name) + pinyin_full(name):
            assert reading.isascii() and reading == reading.lower() and " " not in reading


def test_rare_characters_without_pinyin_do_not_break():
    name = "张\U0002a6a5"  # an extension-B character pypinyin may not know
    assert pinyin_full(name)[0].startswith("zhang")


# --------------------------------------------------------------------------- phone, plate, VIN keys

def test_phone_keys():
    keys = phone_keys("13812345678")
    assert keys.digits == "13812345678"
    assert keys.reversed == "87654321831"
    landline = phone_keys("010-62345678")
    assert landline.digits == "01062345678"
    assert landline.reversed == "87654326010"


def test_plate_keys():
    keys = plate_keys("粤B12345")
    assert keys.plate == "粤B12345"
    assert keys.no_province == "B12345"
    # grams after the no-province plate's first character: one with the province character is never
    # looked up (a query with it is a plate prefix), one at the start is the plate_np prefix look-up
    assert keys.grams == ("123", "234", "345")
    assert plate_keys("粤B11111").grams == ("111",)
    assert plate_keys("京A1234警").grams == ("123", "234", "34警")
    assert plate_keys("粤BD12345").grams == ("D12", "123", "234", "345")
    assert plate_keys("使014578").no_province == "014578"
    assert plate_keys("使014578").grams == ("145", "457", "578")


def test_vin_keys():
    keys = vin_keys("1M8GDM9AXKP042788")
    assert keys.vin == "1M8GDM9AXKP042788"
    assert keys.reversed == "887240PKXA9MDG8M1"


def test_customer_key_rows():
    rows = customer_key_rows("单雄信", ["13812345678", "010-62345678"], ["粤B12345"], ["1M8GDM9AXKP042788"])
    assert ("name", "单雄信") in rows
    # a gram at the start of the name is what the name prefix look-up finds: only later ones are stored
    assert ("name2", "雄信") in rows and ("name2", "单雄") not in rows
    assert ("py_ini", "sxx") in rows and ("py_ini", "dxx") in rows
    assert ("py_full", "shanxiongxin") in rows and ("py_full", "danxiongxin") in rows
    assert ("phone_rev", "87654326010") in rows and ("phone_rev", "87654321831") in rows
    assert ("plate_np", "B12345") in rows and ("plate3", "234") in rows and ("plate3", "B12") not in rows
    assert ("vin_rev", "887240PKXA9MDG8M1") in rows
    # the whole phone and VIN are found as the exact tier of the reversed key's prefix look-up
    assert not {kind for kind, _key in rows} & {"phone", "vin"}
    assert len(rows) == len(set(rows))
    assert customer_key_rows("") == []
    assert [k for kind, k in customer_key_rows("哈哈哈") if kind == "name2"] == ["哈哈"]  # also later: kept
    assert [k for kind, k in customer_key_rows("张三") if kind == "name2"] == []


@pytest.mark.parametrize("name, stored", [
    ("张三丰", ["三丰"]),        # "张三" is what the name prefix look-up finds
    ("张三", []),
    ("张", []),
    ("哈哈哈", ["哈哈"]),        # at the start and again later: kept for the later one
    ("欧阳娜娜", ["阳娜", "娜娜"]),
    ("阿依古丽·买买提", ["依古", "古丽", "丽买", "买买", "买提"]),
    ("John Smith", ["oh", "hn", "ns", "sm", "mi", "it", "th"]),
])
def test_name_gram_rows_start_after_the_first_character(name, stored):
    rows = customer_key_rows(name)
    assert [k for kind, k in rows if kind == "name2"] == stored
    assert set(stored) <= set(name_grams(name))  # name_grams: every gram, the start included


@pytest.mark.parametrize("plate, stored", [
    ("粤B12345", ["123", "234", "345"]),
    ("粤B12345D", ["123", "234", "345", "45D"]),
    ("沪AFA1234", ["FA1", "A12", "123", "234"]),
    ("粤B1234学", ["123", "234", "34学"]),
    ("使014578", ["145", "457", "578"]),
    ("粤B12B12", ["12B", "2B1", "B12"]),  # "B12" also occurs later: kept
])
def test_plate_gram_rows_skip_the_province_and_the_start(plate, stored):
    rows = customer_key_rows("", plates=[plate])
    assert [k for kind, k in rows if kind == "plate3"] == stored
    assert {kind for kind, _k in rows} == {"plate", "plate_np", "plate3"}


def test_no_phone_or_vin_rows_and_no_such_look_ups():
    rows = customer_key_rows("张三", ["13812345678", "0755-12345678"], [], ["1M8GDM9AXKP042788"])
    assert {kind for kind, _k in rows} == {"name", "py_ini", "py_full", "phone_rev", "vin_rev"}
    for query in ("13812345678", "0755-12345678", "+86 138 1234 5678", "1M8GDM9AXKP042788", "042788"):
        assert not {lk.kind for lk in classify_query(query).lookups} & {"phone", "vin"}, query


# --------------------------------------------------------------------------- classify_query

def _lookups(plan: QueryPlan) -> set[tuple[str, str, bool]]:
    return {(lk.kind, lk.key, lk.prefix) for lk in plan.lookups}


@pytest.mark.parametrize("text, kinds", [
    ("张三", ("name",)),
    ("张", ("name",)),
    ("欧阳 修", ("name",)),
    ("zs", ("pinyin", "plate")),
    ("ZhangSan", ("pinyin", "vin")),
    ("zhang san", ("pinyin", "vin")),
    ("ouyang", ("pinyin",)),                      # has an O: neither plate nor VIN
    ("2345", ("phone", "plate")),
    ("ab12", ("plate",)),
    ("13812345678", ("phone", "vin")),
    ("+86 138 1234 5678", ("phone",)),
    ("010-6234 5678", ("phone", "vin")),           # 11 alphanumerics could end a VIN
    ("粤B123", ("plate",)),
    ("粤b·12345", ("plate",)),
    ("B12345", ("plate", "vin")),
    ("1234警", ("plate",)),
    ("KP042788", ("vin",)),
    ("1M8GDM9AXKP042788", ("vin",)),
    ("ＫＰ０４２７８８", ("vin",)),
    ("1", ()),
    ("123", ("plate",)),
    ("", ()),
    ("   ", ()),
    ("a@qq.com", ()),
])
def test_classify_query_kinds(text, kinds):
    assert classify_query(text).kinds == kinds


def test_classify_chinese_name():
    plan = classify_query(" 张三丰 ")
    assert plan.text == "张三丰"
    assert plan.queries == {"name": "张三丰"}
    assert _lookups(plan) == {("name", "张三丰", True), ("name2", "张三", False)}
    assert [lk.verify for lk in plan.lookups if lk.kind == "name2"] == [True]
    one = classify_query("张")
    assert _lookups(one) == {("name", "张", True)}


def test_classify_pinyin():
    plan = classify_query("ZS")
    assert plan.queries["pinyin"] == "zs"
    assert ("py_ini", "zs", True) in _lookups(plan)
    assert ("py_full", "zs", True) in _lookups(plan)


def test_classify_phone_tail_and_whole():
    tail = classify_query("5678")
    assert tail.queries["phone"] == "5678"
    assert ("phone_rev", "8765", True) in _lookups(tail)
    assert not any(lk.kind == "phone" for lk in tail.lookups)
    whole = classify_query("138-1234-5678")
    assert _lookups(whole) >= {("phone_rev", "87654321831", True)}  # its exact tier is the whole phone
    assert not any(lk.kind == "phone" for lk in whole.lookups)
    intl = classify_query("+86 10 62345678")
    assert intl.queries["phone"] == "01062345678"
    assert ("phone_rev", "87654326010", True) in _lookups(intl)


def test_classify_plate():
    bare = classify_query("b12345")
    assert bare.queries["plate"] == "B12345"
    assert ("plate_np", "B12345", True) in _lookups(bare)
    assert ("plate3", "B12", False) in _lookups(bare)
    short = classify_query("B1")
    assert _lookups(short) >= {("plate_np", "B1", True)}
    assert not any(lk.kind == "plate3" for lk in short.lookups)
    with_province = classify_query("粤B 12")
    assert _lookups(with_province) == {("plate", "粤B12", True)}


def test_classify_vin():
    plan = classify_query("kp042788")
    assert ("vin_rev", "887240PK", True) in _lookups(plan)
    full = classify_query("1M8GDM9AXKP042788")
    assert _lookups(full) == {("vin_rev", "887240PKXA9MDG8M1", True)}  # exact tier: the whole VIN
    assert "vin" not in classify_query("12345").kinds      # fewer than 6
    assert "vin" not in classify_query("KP04Q788").kinds   # Q never appears in a VIN


def test_empty_plan_is_falsy():
    assert not classify_query("")
    assert classify_query("张三")
    assert isinstance(classify_query("x").lookups[0], Lookup)


# --------------------------------------------------------------------------- match_rank

@pytest.mark.parametrize("kind, q, value, rank", [
    ("name", "张三", "张三", 0),
    ("name", "张 三", "张三", 0),
    ("name", "张三", "张三丰", 1),
    ("name", "张", "张三丰", 1),
    ("name", "三丰", "张三丰", 2),
    ("name", "丰", "张三丰", None),          # contains needs 2+ characters
    ("name", "李四", "张三丰", None),
    ("name", "smith", "John Smith", 2),
    ("name", "", "张三", None),
    ("pinyin", "sxx", "单雄信", 0),
    ("pinyin", "dxx", "单雄信", 0),
    ("pinyin", "shanxiongxin", "单雄信", 0),
    ("pinyin", "shanx", "单雄信", 1),
    ("pinyin", "danx", "单雄信", 1),
    ("pinyin", "SX", "单雄信", 1),
    ("pinyin", "xiongxin", "单雄信", None),   # no contains for pinyin
    ("pinyin", "js", "John Smith", 0),
    ("pinyin", "smith", "John Smith", 1),
    ("phone", "13812345678", "13812345678", 0),
    ("phone", "138 1234 5678", "13812345678", 0),
    ("phone", "5678", "13812345678", 1),
    ("phone", "678", "13812345678", None),    # tail needs 4+ digits
    ("phone", "1381", "13812345678", None),   # a head is not a tail
    ("phone", "62345678", "010-62345678", 1),
    ("phone", "010-62345678", "010-62345678", 0),
    ("phone", "01062345678", "010-62345678", 0),
    ("plate", "粤B12345", "粤B12345", 0),
    ("plate", "b12345", "粤B12345", 0),
    ("plate", "粤B12", "粤B12345", 1),
    ("plate", "B1", "粤B12345", 1),
    ("plate", "2345", "粤B12345", 2),
    ("plate", "234", "粤B12345", 2),
    ("plate", "34", "粤B12345", None),        # contains needs 3+ characters
    ("plate", "粤C12", "粤B12345", None),
    ("vin", "1M8GDM9AXKP042788", "1M8GDM9AXKP042788", 0),
    ("vin", "042788", "1M8GDM9AXKP042788", 1),
    ("vin", "kp042788", "1M8GDM9AXKP042788", 1),
    ("vin", "42788", "1M8GDM9AXKP042788", None),  # tail needs 6+
    ("vin", "1M8GDM", "1M8GDM9AXKP042788", None),  # a head is not a tail
])
def test_match_rank(kind, q, value, rank):
    assert match_rank(kind, q, value) == rank


def test_match_rank_unknown_kind():
    with pytest.raises(ValueError):
        match_rank("email", "a", "a")


def test_best_rank_takes_the_best_over_values_and_kinds():
    plan = classify_query("2345")
    assert best_rank(plan, name="张三", phones=["13800002345"], plates=["粤B12345"]) == (1, "phone")
    assert best_rank(plan, name="张三", phones=["13800000000"], plates=["粤B12345"]) == (2, "plate")
    assert best_rank(classify_query("b23"), plates=["粤C11111", "粤B2345D"]) == (1, "plate")
    assert best_rank(plan, name="张三") is None


# --------------------------------------------------------------------------- index oracle

class MemoryIndex:
    """The store's key table in miniature: sorted (kind, key, customer) with exact and prefix look-ups."""

    def __init__(self, customers: dict[int, dict]):
        self.customers = customers
        self.rows = sorted({
            (kind, key, cid)
            for cid, c in customers.items()
            for kind, key in customer_key_rows(c["name"], c["phones"], c["plates"], c["vins"])
        })

    def _scan(self, kind: str, key: str, prefix: bool):
        i = bisect.bisect_left(self.rows, (kind, key, -1))
        while i < len(self.rows):
            k, stored, cid = self.rows[i]
            if k != kind or not (stored.startswith(key) if prefix else stored == key):
                break
            yield stored, cid
            i += 1

    def search(self, text: str) -> dict[int, int]:
        plan = classify_query(text)
        ranks: dict[int, int] = {}
        for lookup in plan.lookups:
            for stored, cid in self._scan(lookup.kind, lookup.key, lookup.prefix):
                if lookup.verify:  # a confirmed gram candidate is the contains tier, as in the store
                    c = self.customers[cid]
                    found = best_rank(QueryPlan(plan.text, {lookup.match: plan.queries[lookup.match]}),
                                      c["name"], c["phones"], c["plates"], c["vins"])
                    if found is None:
                        continue
                    rank = 2
                else:
                    rank = 0 if (stored == lookup.key or not lookup.prefix) else 1
                ranks[cid] = min(rank, ranks.get(cid, 9))
        return ranks

    def brute_force(self, text: str) -> dict[int, int]:
        plan = classify_query(text)
        out = {}
        for cid, c in self.customers.items():
            found = best_rank(plan, c["name"], c["phones"], c["plates"], c["vins"])
            if found is not None:
                out[cid] = found[0]
        return out


def _random_customers(rng: random.Random, n: int) -> dict[int, dict]:
    surnames = list(SINGLE_SURNAMES)[:20] + list(COMPOUND_SURNAMES)[:6] + list("王李张刘陈杨")
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    customers = {}
    for cid in range(n):
        if rng.random() < 0.1:
            name = rng.choice(["John Smith", "Mary Ann", "Tony", "Li Lei"])
        else:
            name = rng.choice(surnames) + "".join(rng.choices(given, k=rng.randint(1, 2)))
        phones = [rng.choice(["13", "15", "18"]) + "".join(rng.choices("0123456789", k=9))]
        if rng.random() < 0.3:
            phones.append("010-6" + "".join(rng.choices("0123456789", k=7)))
        plates = ["粤" + rng.choice("ABC") + "".join(rng.choices("123456789AB", k=5))]
        body = "LSV" + "".join(rng.choices(letters + "0123456789", k=14))
        vins = [body[:8] + vin_check_digit(body) + body[9:]]
        customers[cid] = {"name": name, "phones": phones, "plates": plates, "vins": vins}
    return customers


def test_index_lookups_agree_with_brute_force():
    rng = random.Random(20240601)
    customers = _random_customers(rng, 400)
    index = MemoryIndex(customers)
    queries = ["单", "单伟", "伟", "伟芳", "王伟芳", "欧阳", "阳明", "shan", "dan", "sw", "s", "zhang",
               "wang", "js", "smith", "john", "lilei", "ll", "B1", "A12", "123", "粤A1", "粤B", "2345",
               "0000", "5678", "62345", "010-6", "+86 138", "lsv", "LSV1", "ABC123", "1111", "88", "z"]
    for c in rng.sample(list(customers.values()), 40):
        queries += [c["name"], c["name"][:2], c["phones"][0], c["phones"][0][-4:], c["phones"][-1][-6:],
                    c["plates"][0], c["plates"][0][1:], c["plates"][0][2:6], c["plates"][0][3:],
                    c["vins"][0], c["vins"][0][-6:], c["vins"][0][-9:].lower()]
        queries += pinyin_initials(c["name"]) + [p[:4] for p in pinyin_full(c["name"])]
    for q in queries:
        assert index.search(q) == index.brute_force(q), q


def test_every_customer_is_found_by_each_of_its_keys():
    rng = random.Random(7)
    customers = _random_customers(rng, 60)
    index = MemoryIndex(customers)
    for cid, c in customers.items():
        for q in [c["name"], c["phones"][0][-4:], c["plates"][0][1:], c["vins"][0][-6:],
                  *pinyin_initials(c["name"]), *pinyin_full(c["name"])]:
            assert cid in index.search(q), (q, c)
        assert index.search(c["name"])[cid] == 0
        assert index.search(c["phones"][0])[cid] == 0
        assert index.search(c["vins"][0])[cid] == 0


def test_fast_path_for_chinese_names_gives_the_general_readings(monkeypatch):
    """pinyin.readings has a fast path for names of Chinese characters only (most of a store, and what a 100,000-row
    import spends its key time on); it must give exactly what the general token-based path gives."""
    import random
    import re

    from pypinyin.constants import PHRASES_DICT

    from dealerdesk.domain import pinyin

    rng = random.Random(5)
    phrases = sorted(k for k in PHRASES_DICT if len(k) <= 4)
    names = ["王长江", "长江", "行", "了", "张行", "李重阳", "单雄信", "曾小贤", "尉迟恭", "覃海", "区志强", "朴树"]
    names += [rng.choice(phrases) for _ in range(1500)]
    names += [rng.choice("王李张刘陈杨黄赵") + rng.choice(phrases)[:rng.randint(1, 3)] for _ in range(1500)]
    names += ["".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(rng.randint(1, 5))) for _ in range(1500)]
    pinyin.readings.cache_clear()
    fast = [pinyin.readings(n) for n in names]
    assert any(len(full) > 1 for _ini, full in fast)  # some names have a phrase reading too
    monkeypatch.setattr(pinyin, "_PLAIN_CJK_NAME", re.compile("(?!)"))  # never matches: the general path
    pinyin.readings.cache_clear()
    try:
        assert [pinyin.readings(n) for n in names] == fast
    finally:
        pinyin.readings.cache_clear()
