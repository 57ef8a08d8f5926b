pragma ComponentBehavior: Bound
import QtQuick

// The key tasks (1 to 12, which validate enforces) as a balanced grid of cards with no empty slot: the
// column count gives rows as even as possible, the last, shorter row is centred, and every card is as tall
// as the tallest card's text needs (never taller than its share of the area), the grid centred in the area.
Item {
    id: tasks
    property var block: ({})
    property color accent: Theme.accent
    readonly property var cards: block.cards || []
    // Columns by count: landscape 1,2,3 | 2x2, 3+2, 3x2, 4+3, 4x2, 5+4, 5x2, 4+4+3, 4x3; portrait about its transpose.
    readonly property var landscapeColumns: [1, 1, 2, 3, 2, 3, 3, 4, 4, 5, 5, 4, 4]
    readonly property var portraitColumns: [1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 2, 3, 3]
    readonly property int columns: {
        const n = cards.length
        const table = Theme.portrait ? portraitColumns : landscapeColumns
        return n < table.length ? table[n] : (Theme.portrait ? 3 : 4)
    }
    readonly property int rows: Math.max(1, Math.ceil(cards.length / columns))
    // More than four cards: tighter padding and spacing, and the floor size for their text (a pack that wants
    // body-sized tasks gives four a block).
    readonly property bool dense: cards.length > 4
    readonly property int padding: dense ? 12 : 22
    readonly property int rowGap: dense ? Theme.gap / 2 : Theme.gap
    readonly property real cellWidth: (width - (columns - 1) * Theme.gap) / columns
    readonly property real rowSpace: (height - label.height - rowGap - (rows - 1) * rowGap) / rows
    // The tallest card's text, laid out at the cell width: each card reports it (see updateNatural).
    property real naturalHeight: 0
    // A card whose text is taller than its share first gives up its padding above and below (down to 8), then
    // draws its text smaller: never past its edge (the audience screen's larger type in a short area).
    readonly property real verticalPadding: Math.max(8, padding - Math.max(0, naturalHeight + 2 * padding - rowSpace) / 2)
    readonly property real textFit: naturalHeight > 0
                                    ? Math.min(1, (rowSpace - 2 * verticalPadding) / naturalHeight) : 1
    readonly property real cellHeight: Math.min(rowSpace, Math.max(naturalHeight + 2 * verticalPadding,
                                                                   0.5 * cellWidth))

    function rowCards(row) {
        return cards.slice(row * columns, Math.min(cards.length, (row + 1) * columns))
    }
    function updateNatural() {
        let most = 0
        for (const row of grid.children)
            for (const card of row.children)
                if (card.naturalHeight !== undefined)
                    most = Math.max(most, card.naturalHeight)
        naturalHeight = most
    }

    SectionLabel { id: label; text: tasks.block.title || ""; accent: tasks.accent }

    Column {
        id: grid
        objectName: "tasksGrid"
        y: label.height + tasks.rowGap + Math.max(0, (tasks.height - label.height - tasks.rowGap - height) / 2)
        width: tasks.width
        spacing: tasks.rowGap

        Repeater {
            model: tasks.rows
            delegate: Row {
                id: row
                required property int index
                x: (grid.width - width) / 2
                spacing: Theme.gap
                Repeater {
                    model: tasks.rowCards(row.index)
                    delegate: Card {
                        id: card
                        required property var modelData
                        readonly property real naturalHeight: content.implicitHeight
                        objectName: "task-" + modelData.id
                        width: tasks.cellWidth
                        height: tasks.cellHeight
                        onNaturalHeightChanged: tasks.updateNatural()
                        Component.onCompleted: tasks.updateNatural()
                        Rectangle {
                            x: Theme.mirrored(0, width, card.width)
                            width: 8; height: parent.height - 2 * Theme.radius; y: Theme.radius; color: tasks.accent; radius: 4
                        }
                        Column {
                            id: content
                            x: Theme.mirrored(tasks.padding + 8, width, card.width)
                            y: tasks.verticalPadding - 4
                            scale: tasks.textFit
                            transformOrigin: Theme.topStart
                            width: parent.width - 2 * tasks.padding - 8
                            spacing: tasks.dense ? 0 : 6
                            StageText { width: parent.width; text: card.modelData.area; color: tasks.accent; font.pixelSize: tasks.dense ? Theme.smallSize : Theme.captionSize; font.bold: true }
                            StageText { objectName: "taskText"; width: parent.width; text: card.modelData.task; font.pixelSize: tasks.dense ? Theme.smallSize : Theme.bodySize; lineHeight: tasks.dense ? 0.95 : 1.1 }
                            StageText {
                                width: parent.width
                                text: card.modelData.note
                                visible: text !== ""
                                color: Theme.gold
                                font.pixelSize: Theme.smallSize
                                lineHeight: tasks.dense ? 0.95 : 1.15
                            }
                        }
                    }
                }
            }
        }
    }
}
