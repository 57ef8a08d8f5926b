pragma ComponentBehavior: Bound
import QtQuick

// Up to four big numbers: three side by side, four as two rows of two (two per row in portrait); fewer to a row
// when a number is wider than its tile would be, unless those rows would not stand in the room.
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
    // Set once the rows were laid out and found taller than the room (a long caption, a comparison and a source
    // under each number): then more stand to a row, each number set smaller to fit its tile (down to the back
    // row's floor, KpiTile): four side by side, or in portrait two rows of two rather than a column of four whose
    // numbers were too wide for half the width. Found again from the start whenever the room or the figures change.
    property bool packed: false
    // A portrait stage is too narrow for two numbers of 160 px side by side: one a row, two rows of two for four.
    readonly property int balanced: Theme.portrait ? (items.length === 4 ? 2 : 1)
                                                   : (items.length === 4 ? 2 : Math.max(1, Math.min(3, items.length)))
    readonly property int packedColumns: !Theme.portrait && items.length === 4 ? 4 : balanced
    function checkRows() {
        if (!packed && packedColumns > columns && tallest > 0 && grid.group > grid.room + 1)
            packed = true
    }
    function recheckRows() { packed = false; rowCheck.restart() }
    // Not Qt.callLater: a call queued as the scene goes would run in a context already destroyed; a timer goes with it.
    Timer { id: rowCheck; interval: 0; onTriggered: figures.checkRows() }
    onWidthChanged: recheckRows()
    onHeightChanged: recheckRows()
    onItemsChanged: recheckRows()
    onTallestChanged: rowCheck.restart()
    readonly property int columns: {
        if (packed)
            return packedColumns
        let count = balanced
        // Fewer, wider tiles while the widest number (with its "over") would not fit its tile at the headline size.
        while (count > 1 && (width - (count - 1) * grid.spacing) / count - 2 * Theme.figurePadding + Theme.figureOverhang
               < widestValue)
            --count
        return count
    }
    // Each number's width at the headline size, and what stands on its line at a size of its own: its "over"
    // before it, a sign or a currency's symbol after it (Theme.keptUnit).
    readonly property var valueWidths: items.map(item => ({
        fixed: (item.qualifier ? qualifierFont.advanceWidth(item.qualifier) + 6 : 0)
               + (Theme.keptUnit(item) ? 12 + unitFont.advanceWidth(item.unit + (item.qualifierAfter || "")) : 0),
        value: valueFont.advanceWidth(item.value || "")
    }))
    readonly property real widestValue: Math.max(0, ...valueWidths.map(w => w.fixed + w.value))
    // The numbers of a block share one size: the headline size, or what the widest number needs to fit its tile.
    readonly property real headline: {
        const inner = grid.tileWidth - 2 * Theme.figurePadding + Theme.figureOverhang
        if (widestValue <= inner || inner <= 0)
            return Theme.valueSize
        const scale = Math.min(...valueWidths.map(w => w.value > 0 ? (inner - w.fixed) / w.value : 1))
        return Math.max(Theme.floorSize, Math.floor(Theme.valueSize * scale))
    }
    FontMetrics { id: valueFont; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: Theme.valueSize }
    FontMetrics { id: qualifierFont; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: Theme.captionSize }
    FontMetrics { id: unitFont; font.family: Theme.fontFamily; font.bold: true; font.pixelSize: Theme.headingSize }

    SectionLabel { id: label; text: figures.block.title || ""; accent: figures.accent }

    Item {
        id: grid
        objectName: "figuresGrid"
        readonly property real spacing: Theme.gap / 2
        readonly property real tileWidth: Math.floor((figures.width - (figures.columns - 1) * spacing) / figures.columns)
        readonly property int rows: Math.ceil(figures.items.length / figures.columns)
        // In the middle of the room between the label and the note, not under the label with the stage empty.
        readonly property real start: label.height + Theme.gap + 8
        readonly property real room: figures.height - start - (note.visible ? note.height + Theme.gap : 0)
        // With the shared source under it: the two are one group in the room.
        readonly property real group: height + (sharedSource.visible ? Theme.gap / 2 + sharedSource.height : 0)
        y: start + Math.max(0, Math.round((room - group) / 2))
        width: figures.width
        height: rows > 0 ? rows * figures.tallest + (rows - 1) * spacing : 0
        Repeater {
            id: tiles
            model: figures.items
            delegate: KpiTile {
                required property var modelData
                required property int index
                objectName: "figure"
                // A shorter last row stands in the middle, as the key tasks' does.
                readonly property int row: Math.floor(index / figures.columns)
                readonly property int inRow: Math.min(figures.columns, figures.items.length - row * figures.columns)
                x: Math.round((figures.width - inRow * grid.tileWidth - (inRow - 1) * grid.spacing) / 2)
                   + (index % figures.columns) * (grid.tileWidth + grid.spacing)
                y: row * (figures.tallest + grid.spacing)
                width: grid.tileWidth
                figure: modelData
                accent: figures.accent
                rowHeight: figures.tallest
                headline: figures.headline
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
