"""Plain data the services return: never peewee rows, never Qt objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class VehicleBrief:
    id: int
    vin: str
    plate: str
    model: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    name: str
    kind: str
    gender: str
    phones: list[str]
    vehicles: list[VehicleBrief]
    owner: str  # login of the owning consultant, "" when none
    owner_name: str
    owner_id: int | None
    category: str
    tier: str
    value_score: int
    source: str
    city: str
    address: str
    email: str
    wechat: str
    occupation: str
    income_level: str
    birthday: dt.date | None
    birthday_kind: str
    lunar_birthday_month: int | None
    lunar_birthday_day: int | None
    consent: bool
    needs: str
    tags: str
    referred_by_id: int | None
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    last_activity_at: dt.datetime
    version: int
    score_detail: str = ""
    #: its phones another customer holds too (a family's or a company's number: derived, issue 22)
    shared_phones: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        for key, value in list(data.items()):
            if isinstance(value, (dt.date, dt.datetime)):
                data[key] = value.isoformat()
        return data


@dataclass(frozen=True)
class SearchHit:
    id: int  # customer id
    name: str
    matched: str  # name | pinyin | phone | plate | vin
    rank: int  # 0 exact, 1 prefix, 2 contains
    last_activity_at: dt.datetime
    vehicle_id: int | None = None
    matched_value: str = ""  # the key that matched (masked for phones when the role may not see them)
    # what tells two customers of one name apart (services/search.describe_hits), read for the shown rows only
    phone: str = ""  # the primary phone, or the one that matched; masked when the role may not see phones
    plate: str = ""  # the matched vehicle's plate, or the newest vehicle's
    owner_name: str = ""  # the consultant
    kind: str = "person"  # person | company

    def to_json(self) -> dict:
        data = asdict(self)
        data["last_activity_at"] = self.last_activity_at.isoformat()
        return data


@dataclass(frozen=True)
class DueItem:
    kind: str
    due_at: dt.datetime
    overdue_at: dt.datetime
    owner: str
    customer_id: int | None
    customer_name: str
    lead_id: int | None = None
    level: str = ""
    item_id: int = 0  # id of the follow_up or reminder row
    source: str = "follow_up"  # follow_up | reminder
    vehicle_id: int | None = None
    detail: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable identity of the due thing (the notifier announces each key once)."""
        return f"{self.source}:{self.item_id}:{self.due_at.isoformat()}"

    def is_overdue(self, now: dt.datetime) -> bool:
        return now >= self.overdue_at

    def to_json(self) -> dict:
        data = asdict(self)
        data["due_at"] = self.due_at.isoformat(timespec="minutes")
        data["overdue_at"] = self.overdue_at.isoformat(timespec="minutes")
        return data
