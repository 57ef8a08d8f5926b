pragma ComponentBehavior: Bound
import QtQuick

// A couplet, a season's climax, on the whole stage: the banner across the top (right to left over Chinese
// scrolls unless the pack says otherwise), the upper line on the right scroll and the lower on the left, the
// scrolls 80 % of the stage high. In another language the scrolls stay Chinese and the lines shown stand
// between them as a subtitle. A couplet without Chinese runs across in two lines (the view data's call).
Item {
    id: couplet
    // Its directions are the couplet's own (the banner's, the upper line on the right), whatever the language shown.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    property var block: ({})
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    readonly property bool vertical: block.vertical === true
    readonly property bool translated: (block.translationFirst || "") !== ""
    readonly property int longest: Math.max(Array.from(block.first || "").length, Array.from(block.second || "").length)
    // The scene gives a couplet the whole stage: its own edges are the stage's. The characters stand between
    // the banner and the title-safe edge, a cell of 1.08 of their size apart (tight, as on a door scroll; a
    // line's box is the font's whole height, `lineRatio`); the scroll under them is at least 80 % of the stage
    // high and may reach past the safe edge (it is decoration).
    readonly property real lineRatio: metrics.height / 100
    readonly property real cell: 1.08
    readonly property real glyphTop: (banner.visible ? banner.y + banner.height : Theme.safeY) + 16
    readonly property real glyphRoom: height - Theme.safeY - glyphTop - 4  // rounding of the cells
    readonly property int charSize: Math.min(Theme.coupletSize,
                                             Math.floor(glyphRoom / (lineRatio + Math.max(0, longest - 1) * cell)))
    readonly property real columnHeight: charSize * (lineRatio + Math.max(0, longest - 1) * cell)
    readonly property int scrollPadding: 16
    readonly property real scrollHeight: Math.max(Math.round(height * 0.8), columnHeight + 2 * scrollPadding)
    readonly property real scrollTop: Math.max(glyphTop - 12, glyphTop + glyphRoom / 2 - scrollHeight / 2)
    readonly property real scrollWidth: charSize * 1.6

    FontMetrics { id: metrics; font.family: Theme.fontFamily; font.pixelSize: 100; font.bold: true }
    readonly property real gapBetween: Theme.portrait ? width * 0.46 : width * 0.44

    Rectangle {
        id: banner
        objectName: "banner"
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.safeY - 16
        visible: (couplet.block.banner || "") !== ""
        width: Math.min(parent.width, glyphs.width + 96)
        height: visible ? glyphs.height + 36 : 0
        radius: Theme.ribbonRadius
        color: Theme.paper
        border.color: Theme.gold
        border.width: Theme.ribbonBorder
        Row {
            id: glyphs
            anchors.centerIn: parent
            spacing: couplet.vertical ? 10 : 0
            layoutDirection: couplet.block.bannerRtl === true ? Qt.RightToLeft : Qt.LeftToRight
            Repeater {
                // Character by character over scrolls (so it can read right to left); whole otherwise.
                model: couplet.vertical ? Array.from(couplet.block.banner || "") : [couplet.block.banner || ""]
                delegate: StageText {
                    required property string modelData
                    objectName: "bannerGlyph"
                    text: modelData
                    color: Theme.gold
                    font.pixelSize: couplet.vertical ? Math.min(76, Math.round(couplet.charSize * 0.75)) : Theme.titleSize
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
            }
        }
    }

    // The scrolls: index 0 is the upper line, hung on the right.
    Repeater {
        model: couplet.vertical ? [couplet.block.first, couplet.block.second] : []
        delegate: Rectangle {
            id: scroll
            required property string modelData
            required property int index
            objectName: index === 0 ? "firstLine" : "secondLine"
            readonly property bool isFrame: true
            width: couplet.scrollWidth
            height: couplet.scrollHeight
            y: couplet.scrollTop
            x: Math.round(index === 0 ? (couplet.width + couplet.gapBetween) / 2 : (couplet.width - couplet.gapBetween) / 2 - width)
            radius: Theme.ribbonRadius
            color: Theme.paper
            border.color: Theme.gold
            border.width: Theme.ribbonBorder
            Column {
                anchors.horizontalCenter: parent.horizontalCenter
                y: couplet.glyphTop + (couplet.glyphRoom - height) / 2 - scroll.y
                spacing: Math.round(couplet.charSize * (couplet.cell - couplet.lineRatio))  // cells overlap the boxes
                Repeater {
                    model: Array.from(scroll.modelData)
                    delegate: PicturedText {
                        required property string modelData
                        objectName: "scrollGlyph"
                        width: scroll.width
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData
                        color: Theme.gold
                        font.family: Theme.fontFamily
                        font.pixelSize: couplet.charSize
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }

    // Between the scrolls: the season's mark, and the lines in the language shown as their subtitle.
    PicturedText {
        objectName: "decoration"  // the season's mark, no text to read
        anchors.horizontalCenter: parent.horizontalCenter
        y: couplet.translated ? between.y - height - Theme.gap : couplet.glyphTop + (couplet.glyphRoom - height) / 2
        visible: couplet.vertical && couplet.iconGlyph !== ""
        text: couplet.iconGlyph
        font.family: couplet.iconFamily
        font.pixelSize: couplet.translated ? 120 : (Theme.portrait ? 160 : 240)
        color: Qt.rgba(couplet.accent.r, couplet.accent.g, couplet.accent.b, 0.55)
        textFormat: Text.PlainText
    }
    Column {
        id: between
        anchors.horizontalCenter: parent.horizontalCenter
        y: couplet.height - Theme.safeY - height
        width: couplet.gapBetween - 2 * Theme.gap
        spacing: Theme.gap
        visible: couplet.vertical
        Repeater {
            model: couplet.translated ? [couplet.block.translationBanner || "", couplet.block.translationFirst || "",
                                         couplet.block.translationSecond || ""] : []
            delegate: StageText {
                required property string modelData
                required property int index
                objectName: "coupletTranslation"
                width: between.width
                visible: text !== ""
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                color: index === 0 ? Theme.gold : Theme.text
                font.pixelSize: index === 0 ? Theme.headingSize : Theme.bodySize
                font.bold: index === 0
                lineHeight: 1.15
            }
        }
        StageText {
            width: between.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            text: couplet.block.note || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
    }

    // Two lines across, for a couplet without Chinese: set large on the paper, no frame that looks like a button.
    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: banner.height / 2
        width: parent.width - 2 * Theme.safeX
        spacing: Theme.gap * 2
        visible: !couplet.vertical
        Repeater {
            model: couplet.vertical ? [] : [couplet.block.first, couplet.block.second]
            delegate: StageText {
                required property string modelData
                required property int index
                objectName: index === 0 ? "firstLine" : "secondLine"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                color: Theme.gold
                font.pixelSize: Theme.titleSize
                font.bold: true
                lineHeight: 1.1
            }
        }
    }

    StageText {
        id: note
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.safeY
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.safeX
        horizontalAlignment: Text.AlignHCenter
        visible: text !== "" && !couplet.vertical
        text: couplet.block.note || ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }
}
