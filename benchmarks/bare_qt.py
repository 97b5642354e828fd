"""The start-up floor: a bare PySide6 script that shows the article's text in a
QTextBrowser at 1280x800 and exits once it has painted, printing the time and its
peak memory (RSS) then."""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

ARTICLE = Path(__file__).resolve().parents[1] / "resources" / "articles" / "deepseek-id.md"


def peak_kb() -> int:
    """Peak resident memory in KB: VmHWM (ru_maxrss would include the forking parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class PaintWatcher(QObject):
    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"painted-at {time.time():.6f} {peak_kb()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    browser.setPlainText(ARTICLE.read_text(encoding="utf-8"))
    browser.resize(1280, 800)
    watcher = PaintWatcher()
    browser.viewport().installEventFilter(watcher)
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
