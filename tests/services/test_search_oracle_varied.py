"""Search-result oracle on a hand-made store with every shape of value the search keys care about.

The demo store has ordinary names, mobiles and regular plates; this one adds what the key rules treat
specially (names repeating their first gram later, Latin and mixed names, landlines, plates with a suffix
学/警/挂/领/港, new-energy plates, 使 plates, plates repeating a gram, shared tails, vehicles without an
owner) and asks every fragment of them: the service's ids, order, rank, matched kind and the value it shows
must equal brute force over every customer (domain.search_keys.best_rank).
"""
from __future__ import annotations

import random

import pytest

from dealerdesk.domain import search_keys as sk
from dealerdesk.domain.validate import vin_check_digit
from dealerdesk.services.aftersales.vehicles import VehicleInput, create_vehicle, find_vehicles
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.customers.records import CustomerInput, create_customer
from dealerdesk.store.db import close_store, db, open_store
from dealerdesk.store.models import Customer
from tests.services.test_search_oracle import _check_query

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# (name, phones, plates) chosen for the key rules: a gram at the start and again later, a name that is a
# fragment of others, plate suffixes, new-energy and embassy plates, a plate repeating its first gram
FIXED = [
    ("哈哈哈", ["13800001111"], ["使014578"]),
    ("张三丰", ["010-62345678"], ["京A1234警"]),
    ("张三", ["13800002345", "021-88882345"], ["粤B1234学"]),
    ("三丰张", ["13900002345"], ["粤Z1234港"]),
    ("丰张三", ["13800001234"], ["粤B1234挂"]),
    ("欧阳娜娜", ["15012341234"], ["粤BD12345"]),
    ("王王", ["18888888888"], ["粤B12345D"]),
    ("李李李李", ["18612345678"], ["沪AFA1234"]),
    ("阿依古丽·买买提", ["13512345678"], ["粤B11111"]),
    ("John Smith", ["13612345678"], ["粤B12345"]),
    ("Tony张", ["13712345678"], ["京B12345"]),
    ("张Tony", ["13712340000"], ["京B23451"]),
    ("单雄信", ["13812345678"], ["粤A12345", "粤C12345"]),
    ("雄信单", ["0755-12345678"], ["使123456"]),
    ("长江", ["13800005678"], ["粤A1234领"]),
    ("王长江", ["13800005679"], ["沪A1234领"]),
    ("张B", ["13800007778"], ["粤B12B12"]),
    ("赵B12", ["13800007779"], ["粤E12312"]),
    # a query whose first gram is the value's first gram and occurs later too ("张三丰" in "张三张三丰", "AAAB"
    # in "AAAAAB", "1112" in "111112"): found only by that gram's later occurrence
    ("张三张三丰", ["13800007780"], ["粤AAAAAB", "使111112"]),
]
OWNERLESS = ["粤B12399", "使014579", "京A2345警", "粤Q12345"]


def _vin(rng: random.Random) -> str:
    body = "LSV" + "".join(rng.choices(_VIN_CHARS, k=14))
    return body[:8] + vin_check_digit(body) + body[9:]


def _plate(rng: random.Random) -> str:
    province = rng.choice("粤京沪川浙苏")
    letter = rng.choice("ABCDEF")
    digits = "".join(rng.choices("0123456789", k=6))
    shape = rng.random()
    if shape < 0.1:
        return "使" + digits
    if shape < 0.25:
        return province + letter + digits[:4] + rng.choice("学警挂领")
    if shape < 0.4:
        return province + letter + rng.choice("DF") + rng.choice("AB12") + digits[:4]
    if shape < 0.5:
        return province + letter + digits[:5] + rng.choice("DF")
    return province + letter + "".join(rng.choices("12345AB", k=5))


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    rng = random.Random(20261124)
    open_store(tmp_path_factory.mktemp("varied") / "varied.db", create=True)
    surnames = "张王李赵欧阳单哈"
    given = "三丰娜哈江长信雄伟芳"
    rows = list(FIXED)
    for _ in range(220):
        if rng.random() < 0.1:
            name = rng.choice(["John Smith", "Mary Ann", "Tony", "Li Lei", "Tony张"])
        else:
            name = rng.choice(surnames) + "".join(rng.choices(given, k=rng.randint(1, 3)))
        phones = ["1" + rng.choice("3589") + "".join(rng.choices("0123456789", k=9))]
        if rng.random() < 0.3:
            phones.append(rng.choice(["010-", "021-", "0755-"]) + rng.choice("2345678")
                          + "".join(rng.choices("0123456789", k=7)))
        plates = [_plate(rng) for _ in range(rng.choice((0, 1, 1, 2)))]
        rows.append((name, phones, plates))
    people: dict[int, dict] = {}
    used_plates: set[str] = set()
    for name, phones, plates in rows:
        c = create_customer(SYSTEM, CustomerInput(name=name, phones=phones))
        person = people[c.id] = {"name": c.name, "phones": list(c.phones), "plates": [], "vins": []}
        for plate in plates:
            if plate in used_plates:
                continue
            used_plates.add(plate)
            vin = _vin(rng) if rng.random() < 0.7 else ""
            create_vehicle(SYSTEM, VehicleInput(plate=plate, vin=vin, owner_id=c.id))
            person["plates"].append(plate)
            if vin:
                person["vins"].append(vin)
    ownerless = {}
    for plate in OWNERLESS:
        vin = _vin(rng)
        ownerless[create_vehicle(SYSTEM, VehicleInput(plate=plate, vin=vin)).id] = (plate, vin)
    # distinct, known recency (created in the same second otherwise: order by id only)
    db.execute_sql("UPDATE customer SET last_activity_at = datetime('2026-01-01', '+' || ((id * 7919) % 1000) "
                   "|| ' minutes')")
    for cid, last in Customer.select(Customer.id, Customer.last_activity_at).tuples():
        people[cid]["last"] = last
    yield people, ownerless
    close_store()


def _fragments(people: list[dict], ownerless: dict) -> set[str]:
    queries: set[str] = set()
    for p in people:
        key = sk.name_key(p["name"])
        queries.add(p["name"])
        for n in (1, 2, 3):
            queries.update(key[i:i + n] for i in range(len(key) - n + 1))
        for reading in sk.pinyin_initials(p["name"]) + sk.pinyin_full(p["name"]):
            queries.update({reading, reading[:2], reading[:4]})
        for phone in p["phones"]:
            digits = phone.replace("-", "")
            queries.update({phone, digits, digits[-4:], digits[-6:], digits[-8:], digits[3:9]})
    plates = [pl for p in people for pl in p["plates"]] + [pl for pl, _v in ownerless.values()]
    vins = [v for p in people for v in p["vins"]] + [v for _pl, v in ownerless.values()]
    for plate in plates:  # every fragment, with and without the province character
        queries.update(plate[a:b] for a in range(len(plate)) for b in range(a + 2, len(plate) + 1))
        queries.add(plate.lower())
    for vin in vins:
        queries.update({vin, vin.lower(), vin[-6:], vin[-9:], vin[-16:], vin[:8], vin[4:12]})
    return queries


def _queries(people: dict, ownerless: dict) -> list[str]:
    """Every fragment of the hand-picked customers' values, a sample of the random ones' (brute force over
    every customer per query is the slow part)."""
    everyone = list(people.values())
    picked = {"单", "张", "哈哈", "三丰", "王王", "李李李", "买买", "tony", "张t", "js", "zs", "zhang", "B12",
              "b12", "12B", "2B1", "使", "使01", "014", "145", "34警", "1234警", "4学", "34挂", "1234领", "45D",
              "FA1", "0000", "2345", "12345", "123456", "8888", "62345678", "+86 10 6234 5678",
              "0755 1234 5678", "lsv", "B1", "A1"}
    picked |= _fragments(everyone[:len(FIXED)], ownerless)
    rest = sorted(_fragments(everyone[len(FIXED):], {}) - picked)
    return sorted(picked) + random.Random(5).sample(rest, min(len(rest), 800))


def test_varied_store_search_equals_brute_force(varied):
    people, ownerless = varied
    queries = _queries(people, ownerless)
    assert len(queries) > 1500
    kinds = set()
    for query in queries:
        kinds.update((kind, rank) for _cid, rank, kind in _check_query(people, query))
    # every match kind at every rank it has was exercised
    assert kinds >= {("name", 0), ("name", 1), ("name", 2), ("pinyin", 0), ("pinyin", 1), ("phone", 0),
                     ("phone", 1), ("plate", 0), ("plate", 1), ("plate", 2), ("vin", 0), ("vin", 1)}


def test_varied_store_vehicles_without_owner_found_by_plate_and_vin(varied):
    _people, ownerless = varied
    for vid, (plate, vin) in ownerless.items():
        bare = sk.plate_keys(plate).no_province
        for query in (plate, bare, bare[1:], plate[-3:], vin, vin.lower(), vin[-6:]):
            plan = sk.classify_query(query)
            expected = {v for v, (pl, vn) in ownerless.items() if sk.best_rank(plan, plates=[pl], vins=[vn])}
            got = {h.vehicle_id for h in find_vehicles(SYSTEM, query) if h.owner_id is None}
            assert vid in got and got == expected, query
