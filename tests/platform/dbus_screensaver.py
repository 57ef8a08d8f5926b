"""Helper for test_screen_saver.py, run inside `dbus-run-session`: a stand-in org.freedesktop.ScreenSaver
service ("service"), and the kiosk's inhibitor talking to it ("client", which starts the service itself)."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:  # noqa: N802 - the D-Bus method's name
        print(f"inhibit {application}: {reason}", flush=True)
        return 42


def service() -> None:
    app = QCoreApplication([])
    saver = ScreenSaver()
    bus = QDBusConnection.sessionBus()
    bus.registerObject("/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots)
    bus.registerService("org.freedesktop.ScreenSaver")
    print("ready", flush=True)
    app.exec()


def client() -> None:
    fake = subprocess.Popen([sys.executable, __file__, "service"], stdout=subprocess.PIPE, text=True)
    try:
        assert fake.stdout.readline().strip() == "ready"
        app = QCoreApplication([])  # noqa: F841
        from huzhou_viewer.qt.platform.screen_saver import ScreenSaverInhibitor

        inhibitor = ScreenSaverInhibitor()
        how = inhibitor.inhibit()
        print(f"how {how}")
        print(f"service saw: {fake.stdout.readline().strip()}")

        def connected() -> bool:
            names = QDBusConnection.sessionBus().interface().registeredServiceNames().value()
            return bool(inhibitor.connection_name) and inhibitor.connection_name in names

        print(f"held while running: {connected()}")
        inhibitor.release()
        print(f"held after release: {connected()}")
    finally:
        fake.kill()


if __name__ == "__main__":
    service() if sys.argv[1] == "service" else client()
