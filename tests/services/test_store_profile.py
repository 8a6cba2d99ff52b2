"""The store profile: saved by managers and administrators (audited), refused to others, the logo's bytes in the
store (size-capped, PNG/JPEG only), and the first-steps progress of a new store."""
from __future__ import annotations

import json

import pytest

from dealerdesk.domain.errors import InvalidInput, PermissionDenied
from dealerdesk.services import store_profile
from dealerdesk.services.store_profile import get_profile, save_profile, setup_progress
from dealerdesk.store.models import AuditLog, ServiceCatalogueItem, VehicleModel
from tests.factories import make_user
from tests.ui.test_first_run_helpers import PNG_1PX


def test_a_manager_saves_the_profile_and_the_change_is_audited_without_the_logo_bytes(store):
    boss = make_user("boss", "王经理", "manager")
    saved = save_profile(boss, name="深圳鹏程吉利4S店", address="深圳市龙岗区吉华路 88 号", phone="0755-23456789",
                         logo=PNG_1PX)
    assert saved == get_profile()
    assert (saved.name, saved.logo, saved.logo_mime) == ("深圳鹏程吉利4S店", PNG_1PX, "image/png")
    assert saved.contact_line == "深圳市龙岗区吉华路 88 号  ·  电话 0755-23456789"
    row = AuditLog.get(AuditLog.action == "store.profile")
    changes = json.loads(row.detail)["changes"]
    assert row.user_login == "boss" and changes["name"][1] == "深圳鹏程吉利4S店"
    assert changes["logo"][0] == "" and changes["logo"][1].startswith(f"{len(PNG_1PX)} B sha256:")
    save_profile(boss, name="深圳鹏程吉利4S店")  # nothing changed: nothing audited
    assert AuditLog.select().where(AuditLog.action == "store.profile").count() == 1
    save_profile(boss, clear_logo=True)
    assert get_profile().logo == b""


def test_other_roles_may_not_change_the_profile(store):
    sales = make_user("li", "李顾问", "sales")
    with pytest.raises(PermissionDenied):
        save_profile(sales, name="别的店")
    assert get_profile().name == "DealerDesk 演示店"


def test_a_logo_must_be_a_small_png_or_jpeg(store, tmp_path):
    admin = make_user("root", "管理员", "admin")
    with pytest.raises(InvalidInput) as err:
        save_profile(admin, logo=b"GIF89a....")
    assert err.value.field == "logo"
    big = tmp_path / "big.png"
    big.write_bytes(PNG_1PX + b"\0" * store_profile.LOGO_MAX_BYTES)
    with pytest.raises(InvalidInput) as err:
        store_profile.read_logo_file(big)
    assert err.value.field == "logo"
    with pytest.raises(InvalidInput):
        save_profile(admin, name="  ")  # the name may be left as it is, not emptied


def test_setup_progress_ticks_each_first_step(store):
    admin = make_user("root", "管理员", "admin")
    assert setup_progress(admin).to_json() == {"staff": False, "car_models": False, "service_items": False,
                                               "customers": False}
    make_user("li", "李顾问", "sales")
    VehicleModel.create(brand="吉利", name="星越L")
    ServiceCatalogueItem.create(code="L001", name="小保养工时", kind="labour", unit_price=120)
    progress = setup_progress(admin)
    assert progress.staff and progress.car_models and progress.service_items and not progress.customers
    assert not progress.done
