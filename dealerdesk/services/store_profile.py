"""The store's profile (门店资料): name, address, phone and logo, printed on every report and repair order,
and the first-run progress the empty home page shows (添加员工 · 录入车型 · 维修项目价目 · 导入客户).

Why the logo's bytes live in the database (store_asset), not as a path: a shared PostgreSQL store is opened
from several PCs, and a path on one of them prints nothing on the others. The bytes are capped
(`LOGO_MAX_BYTES`) and must be a PNG or JPEG, the two formats ReportLab draws without extra libraries.
Name, address and phone stay ordinary settings (store.name, store.address, store.phone: declared in
domain/settings_spec.py), so the settings page and `dealerdesk` read them as before.

Reading the profile needs no permission (every printout shows it); changing it is `store.profile`
(managers and administrators), audited as one `store.profile` row with the old → new values (the logo by
its size and digest, never its bytes).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from dealerdesk.config import settings_defaults
from dealerdesk.domain import settings_spec as spec
from dealerdesk.domain.errors import InvalidInput
from dealerdesk.i18n import QT_TRANSLATE_NOOP
from dealerdesk.services import audit, changes
from dealerdesk.services.auth import Actor, require
from dealerdesk.store.db import db
from dealerdesk.store.models import Customer, ServiceCatalogueItem, Setting, StoreAsset, User, VehicleModel

PERMISSION = "store.profile"
LOGO_KEY = "logo"
LOGO_MAX_BYTES = 512 * 1024
TEXT_KEYS = {"name": "store.name", "address": "store.address", "phone": "store.phone"}
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True)
class StoreProfile:
    """What a printout's header shows. `logo` is the image's bytes (b"" when none)."""

    name: str
    address: str = ""
    phone: str = ""
    logo: bytes = b""
    logo_mime: str = ""

    @property
    def contact_line(self) -> str:
        """"地址 · 电话 …" under the name on a printout ("" when neither is set)."""
        parts = [self.address.strip()]
        if self.phone.strip():
            parts.append("电话 " + self.phone.strip())
        return "  ·  ".join(p for p in parts if p)

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "address": self.address, "phone": self.phone,
                "logo_bytes": len(self.logo), "logo_mime": self.logo_mime}


def logo_mime(data: bytes) -> str:
    """image/png or image/jpeg from the file's first bytes; "" for anything else."""
    if data.startswith(_PNG):
        return "image/png"
    if data.startswith(_JPEG):
        return "image/jpeg"
    return ""


def check_logo(data: bytes) -> str:
    """The logo's MIME type once it is acceptable; InvalidInput (field "logo") when not."""
    if len(data) > LOGO_MAX_BYTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "标志图片太大（{size} KB），最大 {limit} KB"), field="logo",
                           size=(len(data) + 1023) // 1024, limit=LOGO_MAX_BYTES // 1024)
    mime = logo_mime(data)
    if not mime:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "标志图片只能是 PNG 或 JPG 文件"), field="logo")
    return mime


def read_logo_file(path: str | Path) -> bytes:
    """The bytes of a chosen logo file, checked (size first, so a huge file is never read whole)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "标志图片太大（{size} KB），最大 {limit} KB"),
                               field="logo", size=(size + 1023) // 1024, limit=LOGO_MAX_BYTES // 1024)
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "无法读取图片文件：{path}"), field="logo",
                           path=str(path)) from exc
    check_logo(data)
    return data


def _text(key: str) -> str:
    return str(Setting.read(key, settings_defaults().get(key)) or "")


def _legacy_logo() -> bytes:
    """A logo from before schema 12 was a path setting (store.logo) on this PC: still printed when readable."""
    path = _text("store.logo")
    try:
        data = Path(path).read_bytes() if path and Path(path).is_file() else b""
    except OSError:
        return b""
    return data if data and len(data) <= LOGO_MAX_BYTES and logo_mime(data) else b""


def get_profile() -> StoreProfile:
    """The store's profile as printouts show it (no permission: every printout needs it)."""
    asset = StoreAsset.get_or_none(StoreAsset.key == LOGO_KEY)
    logo = bytes(asset.data) if asset is not None else _legacy_logo()
    return StoreProfile(name=_text("store.name"), address=_text("store.address"), phone=_text("store.phone"),
                        logo=logo, logo_mime=logo_mime(logo))


def _logo_summary(data: bytes) -> str:
    return f"{len(data)} B sha256:{hashlib.sha256(data).hexdigest()[:12]}" if data else ""


def save_profile(actor: Actor, *, name: str | None = None, address: str | None = None, phone: str | None = None,
                 logo: bytes | None = None, clear_logo: bool = False) -> StoreProfile:
    """Change the parts given (None: unchanged); `clear_logo` removes the logo. One audited transaction."""
    require(actor, PERMISSION)
    values = {"name": name, "address": address, "phone": phone}
    checked: dict[str, str] = {}
    for part, value in values.items():
        if value is None:
            continue
        value = value.strip()
        if part == "name" and not value:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "请填写门店名称"), field="name")
        checked[part] = str(spec.validate(spec.find(TEXT_KEYS[part]), value))
    mime = check_logo(logo) if logo is not None else ""
    with db.atomic():
        before = get_profile()
        diff: dict[str, list[object]] = {}
        for part, value in checked.items():
            old = getattr(before, part)
            if value != old:
                Setting.put(TEXT_KEYS[part], json.dumps(value, ensure_ascii=False), actor.login)
                diff[part] = [old, value]
        if logo is not None and logo != before.logo:
            (StoreAsset.insert(key=LOGO_KEY, data=logo, mime=mime, updated_by=actor.login)
             .on_conflict(conflict_target=[StoreAsset.key],
                          preserve=[StoreAsset.data, StoreAsset.mime, StoreAsset.updated_at, StoreAsset.updated_by])
             .execute())
            diff["logo"] = [_logo_summary(before.logo), _logo_summary(logo)]
        elif clear_logo and before.logo:
            StoreAsset.delete().where(StoreAsset.key == LOGO_KEY).execute()
            Setting.delete().where(Setting.key == "store.logo").execute()
            diff["logo"] = [_logo_summary(before.logo), ""]
        if diff:
            audit.record(actor, PERMISSION, "setting", None, changes=diff)
            changes.mark(changes.SETTINGS)
        return get_profile()


# ------------------------------------------------------------------------------------------------ first steps
@dataclass(frozen=True)
class SetupProgress:
    """The empty home page's checklist: which first steps a new store has done."""

    staff: bool  # someone besides the first administrator
    car_models: bool  # any car model in the catalogue
    service_items: bool  # any priced service item
    customers: bool  # any customer

    @property
    def done(self) -> bool:
        return self.staff and self.car_models and self.service_items and self.customers

    def to_json(self) -> dict[str, bool]:
        return {"staff": self.staff, "car_models": self.car_models, "service_items": self.service_items,
                "customers": self.customers}


def setup_progress(actor: Actor) -> SetupProgress:
    """Which of the first steps are done (cheap: four EXISTS look-ups)."""
    require(actor, "customer.read")
    return SetupProgress(staff=User.select().count() > 1,
                         car_models=VehicleModel.select().exists(),
                         service_items=ServiceCatalogueItem.select().exists(),
                         customers=Customer.select().exists())
