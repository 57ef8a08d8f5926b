pragma ComponentBehavior: Bound
import QtQuick

// A big number: "over"/"about", the value, its unit, what it counts, how it compares, where it comes from.
// A derived value (computed from the source, not stated by it) wears a dashed outline and says so.
Card {
    id: tile
    property var figure: ({})
    property bool compact: false
    // The number's size: a block's numbers share one (FiguresView), the headline size unless one is too wide.
    property real headline: Theme.valueSize
    // False when the figures around it share one source, said once under them (FiguresView).
    property bool ownSource: true
    readonly property int padding: Theme.figurePadding
    // A row of tiles shares one height (FiguresView): the tallest's.
    property real rowHeight: 0
    readonly property real ownHeight: column.height + 2 * tile.padding
    readonly property bool derived: figure.derived === true
    height: Math.max(ownHeight, rowHeight)

    // The view data says which values count up when the tile comes on screen (countTo), and how.
    readonly property var number: typeof figure.countTo === "number"
        ? { value: figure.countTo, decimals: figure.countDecimals || 0, separator: figure.countSeparator || "",
            decimalMark: figure.countDecimalMark || "." } : null
    property real progress: 1
    readonly property bool counting: number !== null && progress < 1
    // In the language's marks, as the value itself: German counts "1.610" and "96,5".
    function countText(x) {
        const parts = x.toFixed(tile.number.decimals).split(".")
        const whole = tile.number.separator ? parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, tile.number.separator) : parts[0]
        return parts.length > 1 ? whole + tile.number.decimalMark + parts[1] : whole
    }
    NumberAnimation on progress {
        id: count
        running: false
        from: 0
        to: 1
        duration: Theme.chartEntrance
        easing.type: Easing.OutCubic
    }
    function countUp() {
        if (visible && Theme.animated && number !== null)
            count.restart()
    }
    onVisibleChanged: countUp()
    Component.onCompleted: countUp()
    border.width: derived ? 0 : 1

    // Dashed outline for derived values, drawn as short segments on the card's edge.
    Repeater {
        model: tile.derived ? Math.floor(tile.width / 28) : 0
        delegate: Rectangle {
            required property int index
            x: index * 28 + 8
            width: 14
            height: 3
            color: Theme.gold
        }
    }

    Column {
        id: column
        x: tile.padding
        y: tile.padding
        width: parent.width - 2 * tile.padding
        spacing: tile.compact ? 4 : 10

        // One line on one baseline: the qualifier inline before the number (超4000亿元, "over 400 bn"), the unit
        // after it when all fit, under it otherwise, with a qualifier the language puts after (41,200人以上).
        // Every tile of a row draws its number on the same baseline.
        Item {
            id: number
            // With the visitor's larger text (Access), a qualifier that leaves the number too little room goes above it.
            readonly property bool qualifierAbove: Theme.largeText && qualifier.visible
                                                   && qualifier.implicitWidth + 6 + valueMetrics.advanceWidth > width
            readonly property real lead: qualifier.visible && !qualifierAbove ? qualifier.implicitWidth + 6 : 0
            readonly property real above: qualifierAbove ? qualifier.height : 0
            // A sign or a currency's symbol stays on its number's line (a word goes under when it must), unless
            // even the back row's size would not fit them side by side.
            readonly property bool unitKept: unit.visible && Theme.keptUnit(tile.figure) && lead + 12
                + unit.implicitWidth + valueMetrics.advanceWidth * Theme.floorSize / value.base <= width
            readonly property bool oneLine: unitKept || lead + value.implicitWidth + 12 + unit.implicitWidth <= width
            // A sign for a unit (%, °C, ‰) reads with the digits, left to right, in every language: on a mirrored
            // stage it stays at the number's right (103 %), where a word (دقيقة) goes to its left.
            readonly property bool signAfter: Theme.rtl && oneLine && tile.figure.unitSign === true
            readonly property real valueX: signAfter ? width - lead - unit.width - 12 - value.width
                                                     : Theme.mirrored(lead, value.width, width)
            width: parent.width
            height: above + (oneLine || !unit.visible ? value.height : value.height + unit.height)
            StageText {
                id: qualifier
                objectName: "qualifier"
                x: Theme.mirrored(0, width, number.width)
                y: number.qualifierAbove ? 0 : Math.round(value.y + value.baselineOffset - baselineOffset)
                text: tile.figure.qualifier || ""
                visible: text !== ""
                color: Theme.gold
                font.pixelSize: tile.compact ? Theme.smallSize : Theme.captionSize
                font.bold: true
                wrapMode: Text.NoWrap
            }
            StageText {
                id: value
                objectName: tile.compact ? "storyValue" : "value"  // a figures block's are headline numbers
                x: Math.round(number.valueX)
                y: number.above
                // number is read again here: bindings may see a new figure before `counting` has caught up.
                text: tile.counting && tile.number ? tile.countText(tile.number.value * tile.progress)
                                                   : (tile.figure.value || "")
                color: tile.accent
                // A number does not wrap: one wider than its tile (the visitor's larger text, a long number on a tile
                // that cannot be wider) is set smaller to fit it, down to the back row's floor.
                readonly property real base: tile.compact ? Theme.valueSize * 0.6 : tile.headline
                readonly property real room: number.width - number.lead - (number.unitKept ? 12 + unit.implicitWidth : 0)
                font.pixelSize: valueMetrics.advanceWidth > room + Theme.figureOverhang && room > 0
                                ? Math.max(Theme.floorSize, Math.floor(base * room / valueMetrics.advanceWidth))
                                : base
                font.bold: true
                wrapMode: Text.NoWrap
            }
            TextMetrics {
                id: valueMetrics  // the whole number at the size asked for, however far a count has come
                font.family: Theme.fontFamily
                font.bold: true
                font.pixelSize: value.base
                text: tile.figure.value || ""
            }
            StageText {
                id: unit
                objectName: "unit"
                x: Math.round(number.signAfter ? value.x + value.width + 12
                              : Theme.mirrored(number.oneLine ? number.lead + value.width + 12 : 0, width, number.width))
                y: number.oneLine ? Math.round(value.y + value.baselineOffset - baselineOffset) : value.y + value.height
                text: tile.figure.unit ? tile.figure.unit + (tile.figure.qualifierAfter || "")
                                       : (tile.figure.qualifierAfter || "").trim()
                visible: text !== ""
                width: Math.min(Math.ceil(implicitWidth - 0.01), Math.floor(number.width))
                color: tile.accent
                font.pixelSize: tile.compact ? Theme.smallSize : Theme.headingSize
                font.bold: true
            }
        }
        StageText {
            objectName: "caption"
            width: parent.width
            text: tile.figure.caption || ""
            font.pixelSize: tile.compact ? Theme.smallSize : Theme.captionSize
            lineHeight: 1.2
        }
        StageText {
            objectName: "derivedBadge"
            anchors.left: parent.left  // at the right when mirrored
            text: tile.figure.derivedLabel || ""
            visible: tile.derived
            color: Theme.background
            font.pixelSize: Theme.smallSize
            font.bold: true
            wrapMode: Text.NoWrap
            leftPadding: 10; rightPadding: 10; topPadding: 2; bottomPadding: 2
            Rectangle { anchors.fill: parent; z: -1; radius: 6; color: Theme.gold }
        }
        StageText {
            objectName: "comparison"
            width: parent.width
            text: tile.figure.comparison || ""
            visible: text !== ""
            color: Theme.gold
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
        StageText {
            width: parent.width
            text: tile.figure.note || ""
            visible: text !== "" && !tile.compact
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.2
        }
        StageText {
            objectName: "source"
            width: parent.width
            text: tile.figure.source ? tile.figure.sourceLabel + " · " + tile.figure.source : ""
            visible: text !== "" && !tile.compact && tile.ownSource
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.15
        }
    }
}
