"""Demo store, campaigns (issue 24): two saved segments, a running call list split between two consultants
with some calls logged, and a birthday greeting batch that went out last week, so the 客户营销 page, the
worklist's 营销外呼 group and the monthly 客户活动 section have something to show.

Why the use cases here (the other demo modules write rows): a campaign is a handful of use-case calls, each
given its clock (`at`), so the store stays the same for the same seed; a call list is small (one month's lost
customers with consent), so this costs well under a second even on the 200k store.
"""
from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from dealerdesk.domain import labels
from dealerdesk.services.auth import SYSTEM
from dealerdesk.services.campaigns import (
    call_entries,
    create_batch,
    create_call_list,
    export_batch,
    log_call,
    save_segment,
)
from dealerdesk.services.customers.listing import CustomerFilter
from dealerdesk.store.models import User

RESULTS = ("reached", "no_answer", "appointment", "visit_promised", "refused", "no_answer", "wrong_number")


def write_campaigns(seed: int, today: dt.date) -> None:
    rng = random.Random(seed * 7919 + 24)
    start = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(9, 0))
    callers = [uid for (uid,) in User.select(User.id).where(User.role == "sales", User.active == True)
               .order_by(User.id).limit(2).tuples()]
    lost = save_segment(SYSTEM, "流失客户（本月生日）",
                        CustomerFilter(category="lost", birthday_month=today.month, consent_only=True), at=start)
    save_segment(SYSTEM, "高价值客户", CustomerFilter(category="high_value", consent_only=True), at=start)
    if callers:
        call_list = create_call_list(SYSTEM, "流失客户生日月回访", lost.id, callers, "round_robin", at=start)
        entries = call_entries(SYSTEM, call_list.id)
        for i, entry in enumerate(entries[: len(entries) * 2 // 5]):
            at = start + dt.timedelta(hours=1 + i % 30, minutes=rng.randrange(60))
            result = rng.choice(RESULTS)
            log_call(SYSTEM, entry.id, result, labels.label(labels.CALL_RESULT, result), at=at)
    sent = dt.datetime.combine(today - dt.timedelta(days=6), dt.time(8, 30))
    batch = create_batch(SYSTEM, f"{sent.month}月生日祝福", "{称呼}，{门店}祝您生日快乐，身体健康，万事如意！",
                         kind="birthday", planned_for=sent.date(),
                         segment_id=save_segment(SYSTEM, "本月生日客户",
                                                 CustomerFilter(birthday_month=sent.month, consent_only=True),
                                                 at=sent).id, at=sent)
    with tempfile.TemporaryDirectory() as folder:
        export_batch(SYSTEM, batch.id, Path(folder) / "birthday.csv", at=sent)
