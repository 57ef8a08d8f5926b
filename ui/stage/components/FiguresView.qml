pragma ComponentBehavior: Bound
import QtQuick

// Up to four big numbers: three side by side, four as two rows of two (two per row in portrait).
Item {
    id: figures
    property var block: ({})
    property color accent: Theme.accent
    readonly property var items: block.items || []
    // Tiles of equal height: the tallest tile's own height.
    readonly property real tallest: {
        let most = 0
        for (let i = 0; i < tiles.count; ++i) {
            const tile = tiles.itemAt(i) as KpiTile
            if (tile)
                most = Math.max(most, tile.ownHeight)
        }
        return most
    }
    // A portrait stage is too narrow for two numbers of 160 px side by side: one a row, two rows of two for four.
    // The source every figure shares, said once under the tiles rather than in each ("" when they differ).
    readonly property string sharedSource: {
        if (items.length < 2 || !items[0].source)
            return ""
        for (let i = 1; i < items.length; ++i) {
            if (items[i].source !== items[0].source || items[i].sourceLabel !== items[0].sourceLabel)
                return ""
        }
        return items[0].sourceLabel + " · " + items[0].source
    }
    readonly property int columns: Theme.portrait ? (items.length === 4 ? 2 : 1) : (items.length === 4 ? 2 : Math.max(1, Math.min(3, items.length)))

    SectionLabel { id: label; text: figures.block.title || ""; accent: figures.accent }

    Grid {
        id: grid
        objectName: "figuresGrid"
        // In the middle of the room between the label and the note, not under the label with the stage empty.
        readonly property real start: label.height + Theme.gap + 8
        readonly property real room: figures.height - start - (note.visible ? note.height + Theme.gap : 0)
        // With the shared source under it: the two are one group in the room.
        readonly property real group: height + (sharedSource.visible ? Theme.gap / 2 + sharedSource.height : 0)
        y: start + Math.max(0, Math.round((room - group) / 2))
        columns: figures.columns
        spacing: Theme.gap / 2
        Repeater {
            id: tiles
            model: figures.items
            delegate: KpiTile {
                required property var modelData
                objectName: "figure"
                width: (figures.width - (figures.columns - 1) * grid.spacing) / figures.columns
                figure: modelData
                accent: figures.accent
                rowHeight: figures.tallest
                ownSource: figures.sharedSource === ""
            }
        }
    }

    StageText {
        id: sharedSource
        objectName: "sharedSource"
        y: grid.y + grid.height + Theme.gap / 2
        width: parent.width
        text: figures.sharedSource
        visible: text !== ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    StageText {
        id: note
        anchors.bottom: parent.bottom
        width: parent.width
        text: figures.block.note || ""
        visible: text !== ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
}
