"""Reading a window as assistive technology does: its controls and what each is called."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from tests.qtsupport import items, shown

# Items that take a press or typing. A blocker (a MouseArea that only keeps taps from what lies under it, named
# "...Blocker") is no control.
PRESSABLE = ("QQuickMouseArea", "QQuickTextInput", "QQuickTextEdit")


def _class_name(item: QQuickItem) -> str:
    return item.metaObject().className()


def controls(root: QQuickItem) -> list[QQuickItem]:
    found = []
    for item in items(root):
        if not _class_name(item).startswith(PRESSABLE) or not shown(item) or not item.isEnabled():
            continue
        if item.objectName().endswith("Blocker"):
            continue
        found.append(item)
    return found


def spoken(item: QQuickItem) -> tuple[str, str] | None:
    """(role, name) of the control as assistive technology gets it: the item's own accessible object, or that of
    the item it fills (a MouseArea is how its parent takes presses)."""
    for candidate in (item, item.parentItem()):
        interface = QAccessible.queryAccessibleInterface(candidate) if candidate is not None else None
        if interface is not None and interface.role() not in (QAccessible.Role.NoRole, QAccessible.Role.Client):
            return interface.role().name, interface.text(QAccessible.Text.Name)
    return None


def unnamed(root: QQuickItem) -> list[str]:
    missing = []
    for item in controls(root):
        said = spoken(item)
        if said is None or not said[1].strip():
            parent = item.parentItem()
            missing.append(f"{_class_name(item)} in {parent.objectName() or _class_name(parent)}: {said}")
    return missing


def tree_names(window) -> list[str]:
    """Every name in the window's accessibility tree, as a screen reader walks it (hidden and disabled ones too)."""
    from PySide6.QtGui import QAccessible

    found, stack = [], [QAccessible.queryAccessibleInterface(window)]
    while stack:
        interface = stack.pop()
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None:
                found.append(child.text(QAccessible.Text.Name))
                stack.append(child)
    return found
