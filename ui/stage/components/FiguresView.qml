pragma ComponentBehavior: Bound
import QtQuick

// Up to four big numbers side by side (two per row in portrait).
Item {
    id: figures
    property var block: ({})
    property color accent: Theme.accent
    readonly property var items: block.items || []
    readonly property int columns: Theme.portrait ? Math.max(1, Math.min(2, items.length)) : Math.max(1, Math.min(4, items.length))

    SectionLabel { id: label; text: figures.block.title || ""; accent: figures.accent }

    Grid {
        id: grid
        anchors.top: label.bottom
        anchors.topMargin: Theme.gap + 8
        columns: figures.columns
        spacing: Theme.gap
        Repeater {
            model: figures.items
            delegate: KpiTile {
                required property var modelData
                objectName: "figure"
                width: (figures.width - (figures.columns - 1) * grid.spacing) / figures.columns
                figure: modelData
                accent: figures.accent
            }
        }
    }

    StageText {
        anchors.bottom: parent.bottom
        width: parent.width
        text: figures.block.note || ""
        visible: text !== ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize - 3
    }
}
