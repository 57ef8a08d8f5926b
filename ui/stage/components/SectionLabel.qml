import QtQuick

// The small caps-like label over a block ("Key tasks", "Figures").
Row {
    id: label
    property alias text: caption.text
    property color accent: Theme.accent
    property real maxWidth: parent ? parent.width : 1000
    x: parent ? Theme.mirrored(0, width, parent.width) : 0
    spacing: 16
    Rectangle { width: 10; height: caption.height * 0.8; radius: 3; color: label.accent; anchors.verticalCenter: parent.verticalCenter }
    StageText {
        id: caption
        color: label.accent
        font.pixelSize: Theme.captionSize
        font.bold: true
        width: Math.min(Math.ceil(implicitWidth - 0.01), Math.floor(label.maxWidth - 26))
    }
}
