pragma ComponentBehavior: Bound
import QtQuick

// The key tasks as a grid of cards: 4 x 2 on a landscape stage, 2 x 4 on a portrait one.
Item {
    id: tasks
    property var block: ({})
    property color accent: Theme.accent
    readonly property var cards: block.cards || []
    readonly property int columns: Theme.portrait ? 2 : 4
    readonly property int rows: Math.max(1, Math.ceil(cards.length / columns))

    SectionLabel { id: label; text: tasks.block.title || ""; accent: tasks.accent }

    Grid {
        id: grid
        anchors.top: label.bottom
        anchors.topMargin: Theme.gap
        columns: tasks.columns
        spacing: Theme.gap
        readonly property real cellWidth: (tasks.width - (columns - 1) * spacing) / columns
        readonly property real cellHeight: (tasks.height - label.height - Theme.gap - (tasks.rows - 1) * spacing) / tasks.rows

        Repeater {
            model: tasks.cards
            delegate: Card {
                id: card
                required property var modelData
                objectName: "task-" + modelData.id
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle { width: 8; height: parent.height - 2 * Theme.radius; y: Theme.radius; color: tasks.accent; radius: 4 }
                Column {
                    x: Theme.cardPadding + 8
                    y: Theme.cardPadding - 4
                    width: parent.width - 2 * Theme.cardPadding - 8
                    spacing: 10
                    StageText { width: parent.width; text: card.modelData.area; color: tasks.accent; font.pixelSize: Theme.smallSize + 1; font.bold: true }
                    StageText { width: parent.width; text: card.modelData.task; font.pixelSize: Theme.smallSize; lineHeight: 1.18 }
                    StageText {
                        width: parent.width
                        text: card.modelData.note
                        visible: text !== ""
                        color: Theme.gold
                        font.pixelSize: Theme.smallSize - 4
                        lineHeight: 1.15
                    }
                }
            }
        }
    }
}
