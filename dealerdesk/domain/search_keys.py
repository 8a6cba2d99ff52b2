"""Search keys: what the store indexes per customer so that the one search box never scans.

The store keeps rows ``(kind, key)`` per customer in an indexed table and answers a query by exact
look-ups (``key = ?``) and prefix look-ups (a range query ``key >= ? AND key < ? || U+10FFFF``) only.
This module makes both sides from one definition: the keys written for a customer
(:func:`customer_key_rows` and the ``*_keys`` functions) and the look-ups for what a clerk typed
(:func:`classify_query` → :class:`QueryPlan`). :func:`match_rank` states the matching rules on plain
values, so a brute-force oracle and the store's SQL can be checked against one definition.

Key kinds stored (the ``kind`` column)
--------------------------------------
=============  ===============================================================  =================
kind           key                                                              looked up by
=============  ===============================================================  =================
``name``       :func:`name_key` of the name                                     exact / prefix
``name2``      each distinct 2-character gram starting after the first          exact (then verify)
               character of the name key (a gram at the start is what a
               ``name`` prefix look-up finds)
``py_ini``     each pinyin-initials reading (:func:`pinyin_initials`)           exact / prefix
``py_full``    each full-pinyin reading (:func:`pinyin_full`)                   exact / prefix
``phone_rev``  the phone's digits reversed (landline without its dash)          prefix (exact
                                                                                = whole, else tail)
``plate``      the normal plate ``粤B12345``                                    exact / prefix
``plate_np``   the plate without its province character ``B12345``              exact / prefix
``plate3``     each distinct 3-character gram of ``plate_np`` starting after    exact (then verify)
               its first character (grams with the province character are
               never looked up; one at the start is a ``plate_np`` prefix)
``vin_rev``    the VIN reversed                                                 prefix (exact
                                                                                = whole, else tail)
=============  ===============================================================  =================

Schema 8 stopped storing rows that another row already answers — about 30 % fewer rows to write and index,
the same results: ``phone`` (the digits) and ``vin`` rows (the prefix look-up of a whole reversed phone or
VIN is an exact match when the stored key equals it: same customers, same rank); a name gram at the start
(a name containing the query there starts with it: the ``name`` prefix look-up finds it with a better rank);
plate grams with the province character (never looked up: a query with one is a ``plate`` prefix look-up)
or at the start of ``plate_np`` (the ``plate_np`` prefix look-up finds that plate with a better rank). The
constants ``KIND_PHONE`` and ``KIND_VIN`` stay for the migration that deletes old rows; old gram rows are
left in place (a gram only gives candidates that are verified).

Ranking semantics (match kinds, the ``matched`` of a search result)
------------------------------------------------------------------
Rank 0 = exact, 1 = prefix, 2 = contains; a customer's rank is the best over all its values and all
match kinds of the query; results are ranked by it, then by most recent activity. With ``q`` the query
normalised for that kind (see :class:`QueryPlan`):

* **name** (value: the customer's name, compared as :func:`name_key`): exact = ``key == q``;
  prefix = ``key.startswith(q)``; contains = ``q in key`` when ``len(q) >= 2``.
* **pinyin** (value: the customer's name; its readings are :func:`pinyin_initials` +
  :func:`pinyin_full`): exact = some reading ``== q``; prefix = some reading ``startswith(q)``;
  no contains.
* **phone** (value: a normal phone; compared as digits): exact = ``digits == q``; prefix = ``digits
  endswith q`` when ``len(q) >= 4`` (the "tail", looked up as a prefix of the reversed digits).
* **plate** (value: a normal plate): exact = ``plate == q`` or ``plate_without_province == q``;
  prefix = either ``startswith(q)``; contains = ``q in plate`` when ``len(q) >= 3``.
* **vin** (value: a normal VIN): exact = ``vin == q``; prefix = ``vin endswith q`` when
  ``len(q) >= 6`` (the "tail", looked up as a prefix of the reversed VIN).

How a store runs a :class:`QueryPlan`: for each :class:`Lookup`, fetch the customers having a row
``(lookup.kind, key)`` with ``key == lookup.key`` (``prefix=False``) or ``key`` starting with
``lookup.key`` (``prefix=True``). A row found by an exact look-up ranks 0; by a prefix look-up 0 if the
stored key equals ``lookup.key`` else 1. Gram look-ups (``verify=True``) only give candidates: keep a
candidate when ``match_rank(lookup.match, plan.queries[lookup.match], value)`` is not None for one of
its values (:func:`best_rank` does the whole check for one customer).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from dealerdesk.domain import pinyin
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.domain.pinyin import MAX_READINGS, is_cjk, pinyin_full, pinyin_initials
from dealerdesk.domain.validate import PLATE_PROVINCES, PLATE_SUFFIXES, normalize_phone, to_halfwidth

__all__ = [
    "KIND_NAME", "KIND_NAME_GRAM", "KIND_PHONE", "KIND_PHONE_REV", "KIND_PLATE", "KIND_PLATE_GRAM",
    "KIND_PLATE_NP", "KIND_PY_FULL", "KIND_PY_INITIALS", "KIND_VIN", "KIND_VIN_REV", "MATCH_KINDS",
    "MAX_READINGS", "Lookup", "PhoneKeys", "PlateKeys", "QueryPlan", "VinKeys", "best_rank",
    "classify_query", "customer_key_rows", "match_rank", "name_grams", "name_key", "phone_keys",
    "pinyin_full", "pinyin_initials", "plate_keys", "reading_rows", "vin_keys",
]

KIND_NAME = "name"
KIND_NAME_GRAM = "name2"
KIND_PY_INITIALS = "py_ini"
KIND_PY_FULL = "py_full"
KIND_PHONE = "phone"
KIND_PHONE_REV = "phone_rev"
KIND_PLATE = "plate"
KIND_PLATE_NP = "plate_np"
KIND_PLATE_GRAM = "plate3"
KIND_VIN = "vin"
KIND_VIN_REV = "vin_rev"

#: the match kinds a search result reports, in the order a tie is attributed
MATCH_KINDS = ("name", "pinyin", "phone", "plate", "vin")

EXACT, PREFIX, CONTAINS = 0, 1, 2


# --------------------------------------------------------------------------- names

def name_key(name: str) -> str:
    """The name for exact/prefix matching: half-width, lower-case, letters and digits only (spaces,
    middle dots and punctuation dropped: "John Smith" → "johnsmith", "阿依古丽·买买提" →
    "阿依古丽买买提"). Never raises; "" for nothing usable."""
    text = to_halfwidth(name or "").lower()
    if text.isalnum():  # the usual case (nothing to drop): no per-character pass
        return text
    return "".join(c for c in text if c.isalnum())


def _distinct_grams(text: str, n: int) -> list[str]:
    seen: dict[str, None] = {}
    for i in range(len(text) - n + 1):
        seen.setdefault(text[i:i + n], None)
    return list(seen)


def name_grams(name: str) -> list[str]:
    """All distinct 2-character substrings of :func:`name_key`, in order of first occurrence (the stored
    ``name2`` rows are those of them that occur after the first character: see :func:`customer_key_rows`)."""
    return _distinct_grams(name_key(name), 2)


# --------------------------------------------------------------------------- phone, plate, VIN keys

@dataclass(frozen=True)
class PhoneKeys:
    digits: str      #: all digits ("01062345678" for "010-62345678")
    reversed: str    #: the digits reversed: the stored key (whole phone = exact, a tail = prefix)

    def rows(self) -> list[tuple[str, str]]:
        return [(KIND_PHONE_REV, self.reversed)] if self.digits else []


def phone_keys(normal_phone: str) -> PhoneKeys:
    """Keys of a normalised phone; a landline's digits are taken without the dash."""
    digits = normal_phone or ""
    if not digits.isdigit():  # (a mobile is all digits already)
        digits = "".join(c for c in digits if c.isdigit())
    return PhoneKeys(digits, digits[::-1])


def _plate_without_province(plate: str) -> str:
    return plate[1:] if plate and not plate[0].isascii() else plate


@dataclass(frozen=True)
class PlateKeys:
    plate: str                 #: the plate, "粤B12345"
    no_province: str           #: without the province character, "B12345"
    grams: tuple[str, ...]     #: distinct 3-character grams of no_province after its first character

    def rows(self) -> list[tuple[str, str]]:
        if not self.plate:
            return []
        return [(KIND_PLATE, self.plate), (KIND_PLATE_NP, self.no_province)] + [
            (KIND_PLATE_GRAM, g) for g in self.grams]


def plate_keys(normal_plate: str) -> PlateKeys:
    plate = normal_plate or ""
    bare = _plate_without_province(plate)
    return PlateKeys(plate, bare, tuple(_distinct_grams(bare[1:], 3)))


@dataclass(frozen=True)
class VinKeys:
    vin: str
    reversed: str   #: the stored key: the whole VIN = exact, a tail (last 6+ characters) = prefix

    def rows(self) -> list[tuple[str, str]]:
        return [(KIND_VIN_REV, self.reversed)] if self.vin else []


def vin_keys(normal_vin: str) -> VinKeys:
    vin = normal_vin or ""
    return VinKeys(vin, vin[::-1])


def reading_rows(name: str) -> list[tuple[str, str]]:
    """The pinyin rows of :func:`customer_key_rows` (``py_ini`` then ``py_full``, distinct): the part that
    needs pypinyin (domain.pinyin), which a bulk writer may have made elsewhere (see ``readings`` there)."""
    initials, full = pinyin.readings(name or "")
    return [(KIND_PY_INITIALS, r) for r in initials] + [(KIND_PY_FULL, r) for r in full]


def customer_key_rows(name: str, phones=(), plates=(), vins=(), readings: bool = True) -> list[tuple[str, str]]:
    """Every (kind, key) row to store for one customer, distinct, in a stable order; with ``readings=False``
    all but the pinyin rows (:func:`reading_rows`, which no other row repeats).

    Takes values already in normal form (see validate.py); never raises.
    """
    rows: list[tuple[str, str]] = []
    key = name_key(name)
    if key:
        rows.append((KIND_NAME, key))
        rows += [(KIND_NAME_GRAM, g) for g in _distinct_grams(key[1:], 2)]
    if readings:
        rows += reading_rows(name)
    values = 0
    for p in phones:
        rows += phone_keys(p).rows()
        values += 1
    for p in plates:
        rows += plate_keys(p).rows()
        values += 1
    for v in vins:
        rows += vin_keys(v).rows()
        values += 1
    # The name's rows are distinct (one name row, distinct grams, distinct readings, each of its own kind) and
    # so are one value's rows: only two or more values can repeat a row.
    return list(dict.fromkeys(rows)) if values > 1 else rows


# --------------------------------------------------------------------------- query normal forms

_QUERY_SEPARATORS = (" \t\r\n\u00a0-._/()[]'\u00b7\u2010\u2011\u2012\u2013\u2014\u2015\u2022\u2027\u2212"
                     "\u30fb\uff65")
_QUERY_SEP_TABLE = {ord(c): None for c in _QUERY_SEPARATORS}


def _compact(text: str) -> str:
    return to_halfwidth(text or "").strip().translate(_QUERY_SEP_TABLE)


def _pinyin_query(q: str) -> str:
    return _compact(q).lower()


def _phone_query(q: str) -> str:
    try:
        return "".join(c for c in normalize_phone(q) if c.isdigit())
    except InvalidInput:
        return "".join(c for c in _compact(q) if c.isdigit() and c.isascii())


def _upper_query(q: str) -> str:
    return _compact(q).upper()


_QUERY_NORMALISERS = {
    "name": name_key,
    "pinyin": _pinyin_query,
    "phone": _phone_query,
    "plate": _upper_query,
    "vin": _upper_query,
}


# --------------------------------------------------------------------------- match_rank

def match_rank(kind: str, q: str, value: str) -> int | None:
    """0 exact, 1 prefix, 2 contains, None: whether ``value`` matches query ``q`` as ``kind``.

    ``kind`` is one of MATCH_KINDS; ``q`` is normalised here as :func:`classify_query` does for that
    kind, ``value`` is the stored value (a name for "name" and "pinyin", a normal phone, plate or VIN).
    The rules are the module docstring's table.
    """
    try:
        qn = _QUERY_NORMALISERS[kind](q)
    except KeyError:
        raise ValueError(f"unknown match kind {kind!r}") from None
    if not qn:
        return None
    if kind == "name":
        key = name_key(value)
        if key == qn:
            return EXACT
        if key.startswith(qn):
            return PREFIX
        return CONTAINS if len(qn) >= 2 and qn in key else None
    if kind == "pinyin":
        initials, full = pinyin.readings(value or "")
        readings = initials + full
        if qn in readings:
            return EXACT
        return PREFIX if any(r.startswith(qn) for r in readings) else None
    if kind == "phone":
        digits = phone_keys(value).digits
        if digits == qn:
            return EXACT
        return PREFIX if len(qn) >= 4 and digits.endswith(qn) else None
    if kind == "plate":
        plate = _upper_query(value)
        if not plate:
            return None
        bare = _plate_without_province(plate)
        if qn in (plate, bare):
            return EXACT
        if plate.startswith(qn) or bare.startswith(qn):
            return PREFIX
        return CONTAINS if len(qn) >= 3 and qn in plate else None
    # vin
    vin = _upper_query(value)
    if vin == qn:
        return EXACT
    return PREFIX if len(qn) >= 6 and vin.endswith(qn) else None


# --------------------------------------------------------------------------- classify_query

@dataclass(frozen=True)
class Lookup:
    """One index look-up: rows ``(kind, key)`` whose key equals ``self.key`` or, if ``prefix``, starts
    with it."""

    kind: str            #: stored key kind (KIND_*)
    key: str             #: the key (or key prefix) to look up
    prefix: bool         #: False: exact equality; True: range query on the prefix
    match: str           #: the match kind it answers: name / pinyin / phone / plate / vin
    verify: bool = False  #: gram look-up: candidates must be confirmed with match_rank


@dataclass(frozen=True)
class QueryPlan:
    """What to look up for one query. ``queries`` maps each match kind the query qualifies for to the
    query normalised for that kind (pass it to :func:`match_rank`); ``lookups`` are the index look-ups."""

    text: str                                   #: the query: half-width, no spaces/dashes/dots
    queries: dict[str, str] = field(default_factory=dict)
    lookups: tuple[Lookup, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k in MATCH_KINDS if k in self.queries)

    def __bool__(self) -> bool:
        return bool(self.lookups)


_PLATE_ASCII = set("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def _plate_shape(q: str) -> tuple[bool, bool]:
    """(is a plate fragment, starts with a province / 使 character) for an upper-case compact query."""
    if len(q) < 2:
        return False, False
    lead = q[0] in PLATE_PROVINCES or q[0] == "使"
    body = q[1:] if lead else q
    if body and body[-1] in PLATE_SUFFIXES:
        body = body[:-1]
    ok = all(c in _PLATE_ASCII for c in body) and 0 < len(body) <= 7
    return ok, lead


def classify_query(text: str) -> QueryPlan:
    """Say which key kinds to try for what a clerk typed, with which normalised forms.

    The query is normalised (full-width → half-width; spaces, dashes, dots, middle dots, parentheses and
    apostrophes dropped), then it qualifies for every kind whose shape it has:

    * **name**: Chinese characters (any other letters/digits allowed after them, e.g. "张Tony"), not
      plate-shaped: 2+ characters → name prefix (covers exact) + the first bigram in the grams;
      1 character → name prefix only;
    * **pinyin**: ASCII letters only → initials prefix and full-pinyin prefix (lower-case);
    * **phone**: digits (a leading "+" allowed), 4+ (or a whole valid phone: "+86 138…",
      "010-6234 5678", normalised to its digits) → prefix of the reversed digits: a stored phone equal to
      it is exact, one ending with it a tail;
    * **plate**: 2+ characters of A–Z (no I, O) and digits, optionally led by a province character (or
      使) and/or ending in a plate suffix (学警挂港澳领试超): with a province → plate prefix; without →
      no-province prefix, and plate grams (first 3-gram, verify) when 3+ characters;
    * **vin**: 6–17 characters of [A-HJ-NPR-Z0-9] → prefix of the reversed VIN (a whole VIN equal to
      it is exact, else a tail).

    A query may qualify for several kinds ("2345": phone tail and plate fragment). An empty plan is
    falsy.
    """
    compact = _compact(text)
    if not compact:
        return QueryPlan(text="")
    queries: dict[str, str] = {}
    lookups: list[Lookup] = []
    upper = compact.upper()
    is_plate, has_province = _plate_shape(upper)
    has_cjk = any(is_cjk(c) for c in compact)

    if has_cjk and not is_plate:
        q = name_key(compact)
        if q and is_cjk(q[0]):
            queries["name"] = q
            lookups.append(Lookup(KIND_NAME, q, True, "name"))
            if len(q) >= 2:
                lookups.append(Lookup(KIND_NAME_GRAM, q[:2], False, "name", verify=True))

    if compact.isascii() and compact.isalpha():
        q = compact.lower()
        queries["pinyin"] = q
        lookups.append(Lookup(KIND_PY_INITIALS, q, True, "pinyin"))
        lookups.append(Lookup(KIND_PY_FULL, q, True, "pinyin"))

    phone_text = compact.removeprefix("+")
    if phone_text.isascii() and phone_text.isdigit():
        q = _phone_query(text)
        try:
            whole = normalize_phone(text)
        except InvalidInput:
            whole = ""
        if len(q) >= 4 and (whole or len(q) <= 12):
            queries["phone"] = q  # a whole phone: the prefix look-up's exact tier
            lookups.append(Lookup(KIND_PHONE_REV, q[::-1], True, "phone"))

    if is_plate:
        queries["plate"] = upper
        if has_province:
            lookups.append(Lookup(KIND_PLATE, upper, True, "plate"))
        else:
            lookups.append(Lookup(KIND_PLATE_NP, upper, True, "plate"))
            if len(upper) >= 3:
                lookups.append(Lookup(KIND_PLATE_GRAM, upper[:3], False, "plate", verify=True))

    if 6 <= len(upper) <= 17 and upper.isascii() and upper.isalnum() and not set(upper) & set("IOQ"):
        queries["vin"] = upper  # a whole VIN: the prefix look-up's exact tier
        lookups.append(Lookup(KIND_VIN_REV, upper[::-1], True, "vin"))

    return QueryPlan(text=compact, queries=queries, lookups=tuple(lookups))


def best_rank(plan: QueryPlan, name: str = "", phones=(), plates=(), vins=()) -> tuple[int, str] | None:
    """(rank, match kind) of one customer for a plan — the best over its values — or None.

    This is the brute-force definition the store's index look-ups must agree with; the store may also
    use it to confirm gram candidates and to say which kind matched.
    """
    values = {"name": (name,), "pinyin": (name,), "phone": phones, "plate": plates, "vin": vins}
    best: tuple[int, str] | None = None
    for kind in plan.kinds:
        for value in values[kind]:
            rank = match_rank(kind, plan.queries[kind], value)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, kind)
    return best
