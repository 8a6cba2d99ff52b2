"""GUI entry: QApplication set-up, logging, translations, opening the store, the main window (and tray).

Everything that can go wrong before the window is up (a corrupt or too-new store, a refused login) is shown
in a Chinese message box, and anything that escapes later is logged and shown the same way, so a clerk
never sees a traceback and the log file keeps the details for support.
"""
from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QtMsgType,
    QTimer,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dealerdesk import config
from dealerdesk.domain.errors import DealerDeskError, StoreDamaged

log = logging.getLogger(__name__)

#: how long after the main window is built the day's background planning (reminders, greetings) starts
BACKGROUND_START_MS = 1500

CJK_FONTS_WINDOWS = ("Microsoft YaHei UI", "Microsoft YaHei", "SimHei")
CJK_FONTS_OTHER = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_keep: list[object] = []  # translators and the tray notifier must outlive run_gui's locals


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def setup_logging() -> Path | None:
    """A rotating file in the log dir (1 MB x 5); stderr stays for developers."""
    root = logging.getLogger()
    for existing in root.handlers:  # the console keeps to warnings; the file gets the details
        if existing.level == logging.NOTSET:
            existing.setLevel(logging.WARNING)
    root.setLevel(os.environ.get("DEALERDESK_LOG", "INFO"))
    try:
        folder = config.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "dealerdesk.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
    except OSError:
        log.warning("log file unavailable, logging to stderr only")
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's own warnings go to the log file like ours (with the Qt category as logger name)."""
    category = getattr(context, "category", None) or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def pick_cjk_font(available: list[str], windows: bool) -> list[str]:
    """Preferred CJK families present on this machine, best first (kept as fallbacks for each other)."""
    preferred = CJK_FONTS_WINDOWS + CJK_FONTS_OTHER if windows else CJK_FONTS_OTHER + CJK_FONTS_WINDOWS
    present = set(available)
    return [family for family in preferred if family in present]


def setup_application(app: QApplication) -> None:
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationDisplayName("DealerDesk")
    from dealerdesk import __version__

    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    fonts_dir = config.resources_dir() / "fonts"
    if fonts_dir.is_dir():  # a bundled CJK font, if packaging ships one
        for font_file in sorted(fonts_dir.glob("*.[ot]t[fc]")):
            QFontDatabase.addApplicationFont(str(font_file))
    families = pick_cjk_font(QFontDatabase.families(), sys.platform == "win32")
    if families:
        font = QFont(app.font())
        font.setFamilies(families + [app.font().family()])
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)
    install_translators(app)
    from dealerdesk.ui import fit  # every field wide enough for its hint (placeholder), in every window

    fit.install(app)


def install_translators(app: QApplication, language: str | None = None) -> str:
    """Switch the application to `language` (languages.chosen_language() when None): our .qm
    (resources/translations/dealerdesk_<lang>.qm), Qt's own (qtbase_<lang>: file and print dialogs, standard
    buttons) and the default QLocale, so date editors, numbers and money follow. Translators installed by an
    earlier call are removed first; returns the language now in use."""
    from dealerdesk import languages

    language = languages.normalise(language) or languages.chosen_language()
    for old in [kept for kept in _keep if isinstance(kept, QTranslator)]:
        app.removeTranslator(old)
        _keep.remove(old)
    locale = QLocale("zh_CN" if language == "zh_CN" else "en_US")
    QLocale.setDefault(locale)
    candidates = [("dealerdesk_" + language, str(config.resources_dir() / "translations"))]
    if language != "en":  # Qt's source texts are English: qtbase_en does not exist and is not needed
        candidates.insert(0, ("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _keep.append(translator)
        elif name.startswith("dealerdesk_") and language != languages.DEFAULT:
            log.warning("no compiled translation %s in %s (python scripts/build_translations.py)", name, folder)
    app.setLayoutDirection(locale.textDirection())
    return language


def apply_store_language(app: QApplication) -> str:
    """After the store is open: its `ui.language` setting (unless --lang/DEALERDESK_LANG say otherwise)
    becomes this run's language and is remembered on this PC for the next start's login dialog."""
    from dealerdesk import languages
    from dealerdesk.services.settings import get_setting

    try:
        setting = get_setting("ui.language")
    except Exception:  # an old or damaged store: keep the language the program started in
        log.warning("could not read ui.language", exc_info=True)
        setting = None
    language = languages.chosen_language(store_setting=setting)
    if setting is not None:
        languages.save_language(languages.normalise(setting) or languages.DEFAULT)
    current = QLocale().name()
    if not (current.startswith("zh") and language == "zh_CN") and not (current.startswith("en") and language == "en"):
        install_translators(app, language)
    return language


def show_error_dialog(title: str, text: str, details: str = "", parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """An uncaught exception in a slot is logged and shown; the application keeps running."""
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            return
        from dealerdesk.services import failures
        from dealerdesk.ui.widgets.messages import error_text

        try:
            show_error_dialog(_tr("出错了"), _tr("操作没有完成：") + error_text(value),
                              "".join(traceback.format_exception(kind, value, tb))[-4000:]
                              if failures.translate(value) is None else "")
        except Exception:  # never recurse into the hook
            log.exception("could not show the error dialog")

    sys.excepthook = hook


def ensure_demo_store(path: Path) -> None:
    """Generate the demo store (3000 customers) behind a progress dialog the first time it is opened."""
    if path.exists():
        return
    from dealerdesk.services.demo import DemoOptions, generate_demo
    from dealerdesk.ui.workers import run_with_progress

    path.parent.mkdir(parents=True, exist_ok=True)
    options = DemoOptions(path=path, customers=3000, seed=1, today=dt.date.today())
    try:
        run_with_progress(None, _tr("演示门店"), _tr("正在生成演示数据，请稍候……"), generate_demo, options)
    except BaseException:
        path.unlink(missing_ok=True)  # a half-written demo store would be opened next time
        raise


def store_url(db: str | None, demo: bool) -> str:
    """The store the user asked for: --db, the demo store, or the default file."""
    if db:
        return db
    if demo:
        return str(config.demo_db_path())
    return config.db_url(None)


def open_database(db: str | None, demo: bool):
    """Bind the store the user asked for (`store_url`), the demo store generated and the default file
    created on first run."""
    from dealerdesk.services import open_check
    from dealerdesk.store.db import open_store, sqlite_path

    if demo and not db:
        ensure_demo_store(config.demo_db_path())
    url = store_url(db, demo)
    unchanged = open_check.unchanged_since_clean_close(sqlite_path(url))  # then the quick check is skipped
    return open_store(url, create=True, backup_dir=config.backup_dir(), check_damage=not unchanged)


def _db_label(info) -> str:
    """The status bar's name of the open store: the file's name, or server/database (never the password)."""
    return info.path.name if info.path is not None else info.url.split("@")[-1].split("?")[0]


def _start_tray(ctx, window) -> object | None:
    try:
        from dealerdesk.ui.tray import TrayNotifier
    except ModuleNotFoundError as exc:
        if exc.name != "dealerdesk.ui.tray":
            raise
        return None
    tray = TrayNotifier(ctx, window)
    _keep.append(tray)
    window.attach_notifier(tray)
    return tray


def _plan_reminders_in_background(ctx) -> None:
    """Once a day, the first start plans the store's reminders in a worker (chunked, short transactions)."""
    from dealerdesk.services.aftersales.reminders import plan_reminders_if_due
    from dealerdesk.ui.workers import Worker

    worker = Worker(plan_reminders_if_due, ctx.actor, ctx.clock().date())
    worker.succeeded.connect(lambda result: result and ctx.bus.dueChanged.emit())
    worker.failed.connect(lambda exc: log.warning("reminder planning failed: %s", exc))
    worker.stops_at_exit = True  # resumable: _stop_background_work cancels it
    _keep.append(worker)
    worker.start()


def _plan_greetings_in_background(ctx) -> None:
    """At start, the greeting batches of the next days are prepared (services/campaigns/greetings.py), so the
    客户营销 page shows them ready in the morning (issue 24)."""
    if not ctx.actor.can("campaign.write"):
        return
    from dealerdesk.services.campaigns import ready_greetings
    from dealerdesk.ui.workers import Worker

    worker = Worker(ready_greetings, ctx.actor, ctx.clock().date())
    worker.failed.connect(lambda exc: log.warning("greeting planning failed: %s", exc))
    worker.stops_at_exit = True  # resumable per day planned: _stop_background_work cancels it
    _keep.append(worker)
    worker.start()


def run_gui(db: str | None, demo: bool, tray_only: bool, exit_when_shown: bool = False) -> int:
    """Start the desktop application; returns the process exit code. `exit_when_shown`: print the ms from
    process start to the first window's first paint and close it at once (ui/startup_probe.py)."""
    if QApplication.instance() is None:  # Qt aborts the process when it cannot open a window: ask first
        from dealerdesk import qt_start

        problem = qt_start.platform_problem(os.environ, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
        if problem:
            qt_start.show_start_problem(problem)
            return 1
    log_path = setup_logging()
    qInstallMessageHandler(qt_message_handler)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if exit_when_shown:
        from dealerdesk.ui.startup_probe import ExitWhenShown

        _keep.append(ExitWhenShown(app))
    setup_application(app)
    install_excepthook()
    log.info("DealerDesk starting (log %s)", log_path)

    from dealerdesk.ui.single_instance import SingleInstance, bring_to_front
    from dealerdesk.ui.workers import Cancelled

    instance = SingleInstance(store_url(db, demo), app)
    if not instance.claim():  # DealerDesk already runs on this store here: its window came forward instead
        log.info("DealerDesk already runs on this store; its window was brought forward")
        return 0
    _keep.append(instance)
    try:
        info = open_database(db, demo)
    except Cancelled:
        instance.close()
        return 1
    except StoreDamaged as exc:  # the quick check at open: offer the latest good backup
        from dealerdesk.ui.widgets.messages import error_text
        from dealerdesk.ui.widgets.store_state import offer_restore

        log.error("the store is damaged: %s", exc)
        try:
            info = open_database(db, demo) if offer_restore(None, error_text(exc), store_url(db, demo)) else None
        except DealerDeskError as again:
            show_error_dialog(_tr("无法打开数据库"), error_text(again))
            info = None
        if info is None:
            instance.close()
            return 1
    except DealerDeskError as exc:
        from dealerdesk.ui.widgets.messages import error_text

        log.error("cannot open the store: %s", exc)
        show_error_dialog(_tr("无法打开数据库"), error_text(exc))
        instance.close()
        return 1
    except OSError as exc:
        log.exception("cannot open the store")
        show_error_dialog(_tr("无法打开数据库"), _tr("无法访问数据库文件：") + str(exc))
        instance.close()
        return 1

    from dealerdesk.store.db import close_store

    apply_store_language(app)
    actor, label, first_run = log_in_or_set_up(_db_label(info), demo)
    if actor is None:  # the person closed the login dialog or the first-run wizard
        instance.close()
        close_store()
        return 0
    from dealerdesk.ui.first_run.start import after_window
    from dealerdesk.ui.session import Session

    session = Session(lambda ctx: open_main_window(ctx, tray_only), close_window=close_main_window,
                      db_label=label)
    _keep.append(session)
    window = session.start(actor)
    after_window(first_run, session.ctx, window)  # e.g. the import wizard the person chose
    # a second start on this store brings forward whichever user's window is open now
    instance.activated.connect(lambda: session.window is not None and bring_to_front(session.window))
    window.backups.start_daily()  # in a worker: the window is usable while it runs
    hidden = not window.isVisible()
    app.setQuitOnLastWindowClosed(not hidden)
    code = app.exec()
    _stop_background_work()
    if session.window is not None:
        session.window.backups.backup_on_exit()
    instance.close()
    from dealerdesk.services import open_check
    from dealerdesk.store.db import checkpoint_now, store_file

    closing = store_file()
    if closing is not None and not checkpoint_now("TRUNCATE"):  # the workers' connections keep the WAL
        closing = None  # not folded in: the next start checks
    close_store()
    open_check.remember_clean_close(closing)  # the next start skips the quick check if nothing writes it
    from dealerdesk.ui import restart

    if restart.restart_requested():  # the settings page changed the language and the person said restart
        restart.relaunch()
    return int(code)


def _stop_background_work() -> None:
    """At exit: the day's reminder planning stops at its next chunk (it is done again at the next start: the
    day is recorded only when it finishes) and the thread pool is waited for, before the store is closed.
    Without this the process waited, after the window had gone, for the planning to run to its end
    (~0.5-2 s on a first start of the day) and the store was closed under it."""
    from PySide6.QtCore import QThreadPool

    from dealerdesk.ui.workers import Worker

    for item in _keep:
        if isinstance(item, Worker) and getattr(item, "stops_at_exit", False):
            item.cancel()
    QThreadPool.globalInstance().waitForDone()


def log_in_or_set_up(store_label: str, demo: bool):
    """(actor, store label, first-run result): the first-run wizard on a store nobody can log in to yet (a new
    or empty store; it may switch to a shared or the demo store), else the ordinary login (`log_in`)."""
    from dealerdesk.services.accounts import needs_first_admin

    if not needs_first_admin():
        return log_in(store_label, demo), store_label, None
    from dealerdesk.ui.first_run.start import run_first_run

    result = run_first_run(store_label)
    if result is None:
        return None, store_label, None
    return result.actor, result.store_label, result


def log_in(store_label: str, demo: bool):
    """The logged-in Actor: from DEALERDESK_USER/DEALERDESK_PASSWORD when both are set (no dialog), else from
    the login dialog (the first-administrator dialog for a store nobody can log in to); None when closed.
    `dealerdesk --demo` pre-fills manager01 and the demo password, so a newcomer can look around at once."""
    from dealerdesk.ui.session import ask_login, env_login
    from dealerdesk.ui.widgets.messages import error_text

    error = ""
    try:
        actor = env_login()
    except DealerDeskError as exc:
        actor, error = None, error_text(exc)
    if actor is not None:
        return actor
    login, password = (os.environ.get(config.ENV_USER, ""), "")
    if demo and not login:
        from dealerdesk.services.demo import DEMO_PASSWORD  # here: the demo package is ~0.3 s of imports

        login, password = "manager01", DEMO_PASSWORD
    return ask_login(None, login=login, password=password, error=error, store_label=store_label)


def open_main_window(ctx, tray_only: bool = False):
    """The main window (and its tray notifier) for a logged-in user; shown unless starting in the tray."""
    from dealerdesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    tray = _start_tray(ctx, window)
    window.notifier = tray
    # the day's planning starts once the window is up: it does not compete with building the window for the
    # interpreter, and a start that ends at once (a wrong user, the cold-start probe) leaves nothing to wait for
    QTimer.singleShot(BACKGROUND_START_MS, window, lambda: (_plan_reminders_in_background(ctx),
                                                            _plan_greetings_in_background(ctx)))
    if not (tray_only and getattr(tray, "tray", None) is not None):  # no tray icon: nowhere to come back from
        window.show()
    return window


def close_main_window(window) -> None:
    """Take down a user's window and tray when another user logs in."""
    tray = getattr(window, "notifier", None)
    if tray is not None:
        tray.quitting = True
        tray.timer.stop()
        if tray.tray is not None:
            tray.tray.hide()
        if tray in _keep:
            _keep.remove(tray)
    window.close()
    window.deleteLater()


def preview_first_page(pdf: Path) -> tuple[int, int, int, int]:
    """For `dealerdesk --self-test`: page 1 of `pdf` through the preview's path (ui/printing.py) in a set-up
    application: (pages, width, height, distinct colours sampled)."""
    from dealerdesk.ui import printing

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    image = printing.render_page(pdf, 0, 96)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    return printing.page_count(pdf), image.width(), image.height(), len(colours)
