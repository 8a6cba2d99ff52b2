"""The label registry: every code the store allows has one label in its own set; no two codes share one."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dealerdesk.domain import events as event_rules
from dealerdesk.domain import classify, labels, levels, loyalty, reminders, settings_spec, vehicle_facts
from dealerdesk.domain import reception as rules
from dealerdesk.domain import delivery_checklist
from dealerdesk.domain import deals as deal_rules
from dealerdesk.services import auth
from dealerdesk.services.aftersales import complaints, service_records, surveys
from dealerdesk.services.aftersales import reminders as rs
from dealerdesk.services.campaigns import call_lists, greetings
from dealerdesk.services.customers import records
from dealerdesk.services.sales import leads, worklist

ROOT = Path(__file__).resolve().parents[2]

#: (code set, the codes a stored column may hold). Where the domain has the codes as a constant the test
#: reads it; the others are the values store/models.py documents for the column and the services write.
def _written_audit_actions() -> set[str]:
    """Every action code a service writes to the audit log (read from the sources)."""
    import re
    from pathlib import Path

    root = Path(labels.__file__).parents[1]
    pattern = re.compile(r'(?:audit\.record(?:_as)?\(\w+, |action = )"([a-z_.]+)"')
    found = set()
    for path in root.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert "customer.create" in found and "permission.denied" in found
    return found


from dealerdesk.services.targets.scorecards import DEPARTMENTS  # noqa: E402

STORED_CODES = [
    (labels.LEVEL, [lv.value for lv in levels.Level]),
    (labels.LEAD_STATUS, ["open", "defeat_pending", "defeated", "cancelled", "delivered"]),
    (labels.ORDER_STATUS, ["open", "delivered", "cancelled"]),
    (labels.PAYMENT, ["", "full", "loan", "lease"]),
    (labels.PURCHASE_CHANNEL, ["store", "official_site", "used_market", "other"]),
    (labels.DEFEAT_REASON, ["price", "product", "brand", "service", "financing", "bought_elsewhere",
                            "gave_up", "unreachable"]),
    (labels.CHANNEL, ["phone", "sms", "wechat", "email", "visit", "test_drive", "home_visit", "online",
                      "other", "note"]),
    (labels.FOLLOW_UP_KIND, ["follow_up", "post_delivery_call"]),
    (labels.REMINDER_KIND, [*reminders.KINDS, "appointment_confirm", "contact"]),
    (labels.WALK_IN_METHOD, ["visit", "test_drive", "quote"]),
    (labels.CUSTOMER_KIND, ["person", "company"]),
    (labels.SOURCE, ["walk_in", "phone_in", "online", "auto_show", "referral", "returning", "other"]),
    (labels.CATEGORY, ["high_value", "potential", "general", "lost"]),
    (labels.TIER, ["high", "mid", "low"]),
    (labels.GENDER, ["", "M", "F"]),
    (labels.BIRTHDAY_KIND, ["", "solar", "lunar"]),
    (labels.INCOME_LEVEL, list(classify.DEFAULTS["value.income_points"])),
    (labels.ROLE, list(auth.ROLES)),
    (labels.COMPLAINT_STATUS, ["open", "in_progress", "resolved", "closed"]),
    (labels.COMPLAINT_CATEGORY, ["service_quality", "service_attitude", "price", "waiting", "product",
                                 "sales", "other"]),
    (labels.SERVICE_KIND, ["maintenance", "repair", "insurance", "renewal", "warranty"]),
    (labels.SATISFACTION, list(classify.DEFAULTS["value.satisfaction_points"])),
    (labels.REPURCHASE, list(classify.DEFAULTS["value.repurchase_points"])),
    (labels.RECOMMEND, list(classify.DEFAULTS["value.recommend_points"])),
    (labels.SURVEY_CHANNEL, ["phone", "link", "paper", "in_store"]),
    (labels.VEHICLE_USE, ["private", "commercial"]),
    (labels.VEHICLE_ENERGY, ["fuel", "nev"]),
    (labels.FUEL, ["petrol", "hybrid", "plugin", "electric"]),
    (labels.BODY, ["sedan", "hatchback", "suv", "mpv", "wagon", "coupe", "pickup"]),
    (labels.INSURANCE_KIND, list(vehicle_facts.INSURANCE_KINDS)),
    (labels.RENEWAL_OUTCOME, list(vehicle_facts.RENEWAL_OUTCOMES)),
    (labels.APPOINTMENT_STATUS, list(rules.APPOINTMENT_STATUSES)),
    (labels.REPAIR_ORDER_STATUS, list(rules.ORDER_STATUSES)),
    (labels.ORDER_SERVICE_KIND, ["maintenance", "repair", "warranty", "insurance"]),
    (labels.LINE_KIND, ["part", "labour"]),
    (labels.APPROVAL, ["quoted", "approved", "declined"]),
    (labels.DECISION_CHANNEL, ["in_person", "phone", "wechat", "sms"]),
    (labels.SETTLEMENT_PAYMENT, ["cash", "card", "wechat_pay", "alipay", "warranty", "insurance"]),
    (labels.AUDIT_ACTION, sorted(_written_audit_actions())),
    (labels.WEEKDAY, list(settings_spec.WEEKDAY_CODES)),
    (labels.CALENDAR_DAY, ["weekly", "weekly_closed", "official_rest", "official_makeup", "store_closed",
                           "store_open"]),
    (labels.DELIVERY_ITEM, list(delivery_checklist.ITEMS)),
    (labels.EVENT_KIND, list(event_rules.KINDS)),
    (labels.EVENT_REPLY, list(event_rules.REPLIES)),
    (labels.EVENT_STATUS, list(event_rules.STATUSES)),
    (labels.DISCOUNT_STATUS, list(deal_rules.DISCOUNT_STATUSES)),
    (labels.DEPOSIT_STATUS, list(deal_rules.DEPOSIT_STATUSES)),
    (labels.LOAN_STATUS, list(deal_rules.LOAN_STATUSES)),
    (labels.KEY_ACCOUNT_GRADE, list(settings_spec.KEY_ACCOUNT_GRADE_CODES)),
    (labels.MEMBER_TIER, list(settings_spec.MEMBER_TIER_CODES)),
    (labels.POINTS_REASON, [*loyalty.EARN_REASONS, loyalty.SPEND, loyalty.EXPIRED]),
    # campaigns (issue 24)
    (labels.CALL_RESULT, [*call_lists.FINAL, "no_answer"]),
    (labels.CALL_SPLIT, ["round_robin", "even"]),
    (labels.BATCH_KIND, ["manual", *greetings.GREETING_KINDS]),
    (labels.BATCH_CHANNEL, ["sms", "wechat"]),
    (labels.BATCH_STATUS, ["draft", "exported"]),
    (labels.EXCLUSION, ["no_consent", "no_mobile", "no_phone", "recent"]),
    (labels.CAMPAIGN_KIND, ["call_list", "batch"]),
]
STORED_CODES.append((labels.DEPARTMENT, list(DEPARTMENTS)))  # the scorecards' departments (issue 25)


def set_id(value):
    return value.name if isinstance(value, labels.CodeSet) else None


@pytest.mark.parametrize(("code_set", "codes"), STORED_CODES, ids=[s.name for s, _ in STORED_CODES])
def test_every_stored_code_has_a_label(code_set, codes):
    missing = [c for c in codes if c not in code_set]
    assert not missing, f"{code_set.name} has no label for {missing}"
    assert all(code_set[c] for c in codes if c), f"{code_set.name}: an empty label"


@pytest.mark.parametrize("code_set", labels.ALL, ids=set_id)
def test_no_two_codes_of_a_set_share_a_label(code_set):
    seen: dict[str, str] = {}
    for code, text in code_set.items():
        assert text not in seen, f"{code_set.name}: {code!r} and {seen[text]!r} are both labelled {text!r}"
        seen[text] = code


def test_every_set_is_registered_and_checked():
    named = {name: value for name, value in vars(labels).items() if isinstance(value, labels.CodeSet)}
    assert {id(s) for s in named.values()} == {id(s) for s in labels.ALL}
    assert len({s.name for s in labels.ALL}) == len(labels.ALL)
    checked = {s.name for s, _ in STORED_CODES}
    # the wider sets whose parts are checked: a subset shares the wider set's labels
    assert {s.name for s in labels.ALL} - checked == {"interaction_channel", "complaint_channel", "due_kind",
                                                      "worklist_section", "contact_channel", "worklist_group"}


def test_a_subset_keeps_the_wider_sets_labels_and_context():
    for narrow, wide in ((labels.INTERACTION_CHANNEL, labels.CHANNEL),
                         (labels.COMPLAINT_CHANNEL, labels.CHANNEL),
                         (labels.FOLLOW_UP_KIND, labels.DUE_KIND),
                         (labels.REMINDER_KIND, labels.DUE_KIND)):
        assert narrow.context == wide.context
        assert all(wide[code] == text for code, text in narrow.items())
    # a planned key-account visit is due from its own table (services/key_accounts), neither of the two
    # a campaign call (services/campaigns/call_lists.py) is due like them but is neither
    assert set(labels.FOLLOW_UP_KIND) | set(labels.REMINDER_KIND) | {"campaign_call"} == (
        set(labels.DUE_KIND) - {"key_account_visit"})


def test_label_looks_a_code_up_in_its_own_set_only():
    assert labels.label(labels.LEAD_STATUS, "open") == "跟进中"
    assert labels.label(labels.COMPLAINT_STATUS, "open") == "待处理"
    assert labels.label(labels.ORDER_STATUS, "open") == "待交车"
    assert labels.label(labels.LEAD_STATUS, "defeat_pending") == "战败待审批"
    assert labels.label(labels.LEAD_STATUS, "in_progress") == "in_progress"  # another set's code: itself
    assert labels.label(labels.LEAD_STATUS, None) == ""


def test_choices_are_the_codes_in_display_order():
    assert labels.choices(labels.TIER) == [("high", "高"), ("mid", "中"), ("low", "低")]
    assert [c for c, _ in labels.choices(labels.REPAIR_ORDER_STATUS)] == list(rules.ORDER_STATUSES)


def test_the_old_names_are_the_registry():
    """Services and domain keep their names for the sets (validation, combos), but there is one table."""
    assert leads.STATUSES is labels.LEAD_STATUS and complaints.STATUSES is labels.COMPLAINT_STATUS
    assert leads.CHANNELS is labels.INTERACTION_CHANNEL and complaints.CHANNELS is labels.COMPLAINT_CHANNEL
    assert worklist.KINDS is labels.DUE_KIND and rs.KIND_LABELS is labels.REMINDER_KIND
    assert service_records.SERVICE_KINDS is labels.SERVICE_KIND and surveys.LEVELS is labels.SATISFACTION
    assert records.SOURCES is labels.SOURCE and auth.ROLE_LABELS is labels.ROLE
    assert rules.ORDER_LABELS is labels.REPAIR_ORDER_STATUS and levels.DEFEAT_REASONS is labels.DEFEAT_REASON
    assert levels.Level.D.label == labels.LEVEL["D"] == "已交车"


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP(...) call in a module, however the marker is imported."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
             for a in n.names if a.name == "QT_TRANSLATE_NOOP"}
    return {(n.args[0].value, n.args[1].value) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in names
            and all(isinstance(a, ast.Constant) for a in n.args[:2])}


def test_each_label_is_marked_for_translation_in_its_sets_context():
    marked = _marked(ROOT / "dealerdesk" / "domain" / "labels.py")
    for code_set in labels.ALL:
        for text in code_set.values():
            if text and any("\u4e00" <= ch <= "\u9fff" for ch in text):
                assert (code_set.context, text) in marked, f"{code_set.name}: {text} unmarked"


def test_no_other_module_labels_a_code_set_again():
    """A label dict outside the registry is how the sets came to disagree (战败待审批 / 战败待批 / …)."""
    registry = {(s.context, t) for s in labels.ALL for t in s.values()}
    for path in (ROOT / "dealerdesk").rglob("*.py"):
        if path.name == "labels.py" and path.parent.name == "domain":
            continue
        again = _marked(path) & registry
        assert not again, f"{path.relative_to(ROOT)} marks registry labels again: {sorted(again)}"


def _label_tables(path: Path) -> list[tuple[int, set[tuple[str, str]]]]:
    """(line, pairs) of every dict literal in a module that maps string codes to string labels."""
    tables = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            pairs = set()
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(value, ast.Call) and value.args:  # a marked label: QT_TRANSLATE_NOOP(ctx, text)
                    value = value.args[-1]
                if isinstance(key, ast.Constant) and isinstance(value, ast.Constant) \
                        and isinstance(key.value, str) and isinstance(value.value, str):
                    pairs.add((key.value, value.value))
            tables.append((node.lineno, pairs))
    return tables


def test_no_other_module_has_a_code_to_label_table():
    """Plain dicts too (reports/styles.py had its own, with 战败待审); a table of other things (the import's
    field names) may share a label or two with a set."""
    for path in (ROOT / "dealerdesk").rglob("*.py"):
        if path.name == "labels.py" and path.parent.name == "domain":
            continue
        for line, pairs in _label_tables(path):
            for code_set in labels.ALL:
                same = {(code, text) for code, text in pairs if code and code_set.get(code) == text}
                again = len(same) >= 2 and 2 * len(same) >= len(pairs)  # mostly this set's labels: a copy
                where = f"{path.relative_to(ROOT)}:{line}"
                assert not again, f"{where} labels {code_set.name} again: {sorted(same)}"
