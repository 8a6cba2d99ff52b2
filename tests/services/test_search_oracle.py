"""Search-result oracle: on a demo store, the service returns exactly what a brute-force filter over every
customer returns (domain.search_keys.best_rank, the one definition of the semantics), in the same order.

CI runs it on a small demo store; `DEALERDESK_ORACLE_DB=/path/to/200k.db DEALERDESK_ORACLE_SAMPLE=500`
runs the same check on a big store (see docs/benchmarks.md).
"""
import datetime as dt
import os
import random
from collections import defaultdict
from pathlib import Path

import pytest

from dealerdesk.domain import search_keys as sk
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.search import search_customers
from dealerdesk.store.db import close_store, open_store
from dealerdesk.store.models import ContactPerson, Customer, CustomerPhone, Vehicle

KINDS = ("name", "pinyin", "phone", "plate", "vin")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    big = os.environ.get("DEALERDESK_ORACLE_DB")
    if big:
        path = Path(big)
    else:
        from dealerdesk.services.demo import DemoOptions, generate_demo

        path = tmp_path_factory.mktemp("oracle") / "demo.db"
        generate_demo(DemoOptions(path=path, customers=1500, seed=11, today=dt.date(2026, 11, 24)))
    open_store(path)
    people = {cid: {"name": name, "last": last, "phones": [], "plates": [], "vins": [], "contacts": []}
              for cid, name, last in Customer.select(Customer.id, Customer.name, Customer.last_activity_at)
              .where(~Customer.archived).tuples().iterator()}
    for cid, phone in CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone).tuples().iterator():
        if cid in people:
            people[cid]["phones"].append(phone)
    # a company is also found by its contact persons' names and phones (store/keys.py)
    for cid, name, phone, phone2 in (ContactPerson.select(ContactPerson.customer, ContactPerson.name,
                                                          ContactPerson.phone, ContactPerson.phone2)
                                     .tuples().iterator()):
        if cid in people:
            people[cid]["contacts"].append(name)
            people[cid]["phones"] += [p for p in (phone, phone2) if p and p not in people[cid]["phones"]]
    for owner, plate, vin in Vehicle.select(Vehicle.owner, Vehicle.plate, Vehicle.vin).tuples().iterator():
        if owner in people:
            if plate:
                people[owner]["plates"].append(plate)
            if vin:
                people[owner]["vins"].append(vin)
    yield people
    close_store()


def _query_for(kind: str, person: dict, rng: random.Random) -> str | None:
    name = person["name"]
    if kind == "name":
        key = sk.name_key(name)
        if len(key) < 2 or not sk.is_cjk(key[0]):
            return None
        start = rng.randrange(0, len(key) - 1)
        return key[start:start + 2]
    if kind == "pinyin":
        readings = sk.pinyin_initials(name) + sk.pinyin_full(name)
        if not readings:
            return None
        reading = rng.choice(readings)
        return reading[: rng.randint(2, max(2, min(len(reading), 6)))]
    if kind == "phone" and person["phones"]:
        digits = rng.choice(person["phones"]).replace("-", "")
        return digits if rng.random() < 0.2 else digits[-rng.randint(4, 6):]
    if kind == "plate" and person["plates"]:
        plate = rng.choice(person["plates"])
        start = rng.randrange(0, len(plate) - 2)
        return plate[start:start + rng.randint(3, len(plate) - start)]
    if kind == "vin" and person["vins"]:
        vin = rng.choice(person["vins"])
        return vin if rng.random() < 0.3 else vin[-rng.randint(6, 8):]
    return None


def _brute_force(people: dict, text: str) -> list[tuple[int, int, str]]:
    """(id, rank, matched kind) of every matching customer, best first: best_rank over all of them."""
    plan = sk.classify_query(text)
    found = []
    for cid, p in people.items():
        # best_rank over every name the customer is found by (its own, its contacts'): the lowest rank, and
        # among equal ranks the kind the plan looks up first
        candidates = [b for n in [p["name"], *p.get("contacts", [])]
                      if (b := sk.best_rank(plan, n, p["phones"], p["plates"], p["vins"])) is not None]
        best = min(candidates, key=lambda b: (b[0], plan.kinds.index(b[1])), default=None)
        if best is not None:
            found.append((best[0], p["last"], cid, best[1]))
    # a Chinese name typed: the people of that name first, a company through its contact's name only when no
    # customer of that name is found (services/search._people_first)
    typed = "".join(text.split())
    if any("\u3400" <= ch <= "\u9fff" for ch in typed):
        by_contact = {cid for _r, _l, cid, kind in found if kind == "name" and typed not in people[cid]["name"]}
        if by_contact and len(by_contact) < len(found):
            found = [f for f in found if f[2] not in by_contact]
    found.sort(key=lambda t: (t[0], -t[1].timestamp(), -t[2]))
    return [(cid, rank, kind) for rank, _last, cid, kind in found]


def _shown_values(kind: str, person: dict) -> set[str]:
    """The values a hit of this kind may show for this customer (a plate also without its province)."""
    names = [person["name"], *person.get("contacts", [])]
    if kind == "name":
        return {sk.name_key(n) for n in names}
    if kind == "pinyin":
        return {r for n in names for r in sk.pinyin_initials(n) + sk.pinyin_full(n)}
    if kind == "phone":
        return {sk.phone_keys(p).digits for p in person["phones"]}
    if kind == "plate":
        return {f for p in person["plates"] for f in (p, sk.plate_keys(p).no_province)}
    return set(person["vins"])


def _check_shown_value(people: dict, text: str, hit) -> None:
    """The matched value a hit shows is one of the customer's values matching as its kind with its rank."""
    plan = sk.classify_query(text)
    value = hit.matched_value
    assert value in _shown_values(hit.matched, people[hit.id]), (text, hit)
    if hit.matched == "pinyin":
        q = plan.queries["pinyin"]
        assert value == q if hit.rank == 0 else value.startswith(q), (text, hit)
    else:
        assert sk.match_rank(hit.matched, plan.queries[hit.matched], value) == hit.rank, (text, hit)


def _check_query(people: dict, query: str) -> list[tuple[int, int, str]]:
    """Service == brute force for one query (ids, order, rank, matched kind, the value shown)."""
    expected = _brute_force(people, query)
    hits = search_customers(SYSTEM, query, limit=len(people) + 1)
    assert [(h.id, h.rank, h.matched) for h in hits] == expected, f"query {query!r}"
    for hit in hits:
        _check_shown_value(people, query, hit)
    # a small limit is the prefix of the full ranking
    assert [h.id for h in search_customers(SYSTEM, query, limit=5)] == [c for c, _r, _k in expected[:5]]
    return expected


@pytest.mark.parametrize("kind", KINDS)
def test_search_equals_brute_force(corpus, kind):
    rng = random.Random(f"oracle-{kind}")
    sample_size = int(os.environ.get("DEALERDESK_ORACLE_SAMPLE", "40"))
    ids = sorted(corpus)
    checked = 0
    by_query: dict[str, list] = defaultdict(list)
    for cid in rng.sample(ids, min(len(ids), sample_size * 3)):
        query = _query_for(kind, corpus[cid], rng)
        if query is None:
            continue
        expected = _check_query(corpus, query)
        assert cid in {c for c, _r, _k in expected}, f"{query!r} should find customer {cid}"
        by_query[query].append(cid)
        checked += 1
        if checked >= sample_size:
            break
    assert checked >= min(sample_size, 10), f"only {checked} {kind} queries could be built"
