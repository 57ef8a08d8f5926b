import QtQuick

// Where the keyboard is: a ring round a control reached with Tab (its activeFocusOnTab), in the text's colour
// (7:1 in high contrast), only while it has the focus. Space or Enter then presses it (qt/stage/keys.py).
Rectangle {
    property real round: 0  // the control's own corner radius
    anchors.fill: parent
    anchors.margins: -6
    radius: round > 0 ? round + 6 : 0
    color: "transparent"
    border.color: Theme.text
    border.width: 3
    visible: parent.activeFocus
    z: 100
}
