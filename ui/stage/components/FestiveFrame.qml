pragma ComponentBehavior: Bound
import QtQuick

// The title and closing scenes' frame: a thin gold border with red corner marks, restrained.
Item {
    id: frame
    property color accent: Theme.accent
    property int inset: 24  // outside the title-safe area: text never meets the frame
    Rectangle {
        anchors.fill: parent
        anchors.margins: frame.inset
        color: "transparent"
        radius: 6
        border.color: Qt.rgba(Theme.gold.r, Theme.gold.g, Theme.gold.b, 0.5)
        border.width: 2
    }
    Repeater {
        model: 4
        Rectangle {
            required property int index
            width: 64
            height: 64
            x: index % 2 === 0 ? frame.inset - 12 : frame.width - frame.inset - 52
            y: index < 2 ? frame.inset - 12 : frame.height - frame.inset - 52
            color: "transparent"
            border.color: frame.accent
            border.width: 6
            rotation: 45
            scale: 0.6
        }
    }
}
