"""The floor for cold start: an empty Qt app showing a table (run as its own process by python -m tests.bench).

Prints, like `dealerdesk gui --exit-when-shown`, the ms from process creation (/proc/self/stat's start time
against CLOCK_BOOTTIME on Linux; a stamp taken first thing here elsewhere) to the first paint of its window,
then quits. Imports nothing from dealerdesk, so it is the price of Python + PySide6 + one window alone."""
import time

_FIRST = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402


def process_age() -> float:
    if sys.platform.startswith("linux"):
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return time.perf_counter() - _FIRST


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(40, 8)
    for row in range(40):
        for col in range(8):
            model.setItem(row, col, QStandardItem(f"客户 {row}-{col}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt names it
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, shown)
            return False

    def shown() -> None:
        print(round(process_age() * 1000), flush=True)
        window.close()
        app.quit()

    probe = FirstPaint()
    app.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
