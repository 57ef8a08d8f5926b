pragma ComponentBehavior: Bound
import QtQuick

// A couplet: the banner across the top and the two lines on red scrolls. Chinese lines stand
// vertically as on a door; other languages run across.
Item {
    id: couplet
    property var block: ({})
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    // Whether the lines stand on scrolls is the view data's call (Chinese lines a door scroll holds).
    readonly property bool vertical: block.vertical === true
    readonly property int longest: Math.max(Array.from(block.first || "").length, Array.from(block.second || "").length)
    readonly property real scrollHeight: height - banner.height - note.height - 3 * Theme.gap
    // A character's cell is the font's line height, not its size: measure it once at 100 px.
    readonly property real lineRatio: metrics.height / 100
    readonly property int charSize: Math.min(Theme.coupletSize, Math.floor((scrollHeight - 40) / Math.max(1, longest) / lineRatio))

    FontMetrics { id: metrics; font.family: Theme.fontFamily; font.pixelSize: 100; font.bold: true }

    Rectangle {
        id: banner
        objectName: "banner"
        anchors.horizontalCenter: parent.horizontalCenter
        visible: (couplet.block.banner || "") !== ""
        width: Math.min(parent.width, bannerText.implicitWidth + 96)
        height: visible ? bannerText.height + 36 : 0
        radius: Theme.ribbonRadius
        color: Theme.paper
        border.color: Theme.gold
        border.width: Theme.ribbonBorder
        StageText {
            id: bannerText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, couplet.width - 96)
            horizontalAlignment: Text.AlignHCenter
            text: couplet.block.banner || ""
            color: Theme.gold
            font.pixelSize: Theme.headingSize
            font.bold: true
            font.letterSpacing: couplet.vertical ? 12 : 2
        }
    }

    // Vertical scrolls: the first line on the right, as it is hung; the season's mark between them.
    Repeater {
        model: couplet.vertical ? [couplet.block.first, couplet.block.second] : []
        delegate: Rectangle {
            id: scroll
            required property string modelData
            required property int index
            objectName: index === 0 ? "firstLine" : "secondLine"
            readonly property bool isFrame: true
            width: couplet.charSize * 1.7
            height: couplet.scrollHeight
            y: banner.height + Theme.gap
            x: index === 0 ? couplet.width / 2 + (Theme.portrait ? 80 : 260) : couplet.width / 2 - (Theme.portrait ? 80 : 260) - width
            radius: Theme.ribbonRadius
            color: Theme.paper
            border.color: Theme.gold
            border.width: Theme.ribbonBorder
            Column {
                anchors.centerIn: parent
                Repeater {
                    model: Array.from(scroll.modelData)
                    delegate: Text {
                        required property string modelData
                        anchors.horizontalCenter: parent.horizontalCenter
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
    Text {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: banner.height / 2
        visible: couplet.vertical && couplet.iconGlyph !== ""
        text: couplet.iconGlyph
        font.family: couplet.iconFamily
        font.pixelSize: Theme.portrait ? 96 : 200
        color: Qt.rgba(couplet.accent.r, couplet.accent.g, couplet.accent.b, 0.55)
        textFormat: Text.PlainText
    }

    // Horizontal ribbons for other languages.
    Column {
        anchors.horizontalCenter: parent.horizontalCenter
        y: banner.height + 2 * Theme.gap
        width: parent.width * (Theme.portrait ? 1 : 0.84)
        spacing: Theme.gap
        visible: !couplet.vertical
        Repeater {
            model: couplet.vertical ? [] : [couplet.block.first, couplet.block.second]
            delegate: Rectangle {
                id: ribbon
                required property string modelData
                required property int index
                objectName: index === 0 ? "firstLine" : "secondLine"
                readonly property bool isFrame: true
                width: parent.width
                height: line.height + 48
                radius: Theme.ribbonRadius
                color: Theme.paper
                border.color: Theme.gold
                border.width: Theme.ribbonBorder
                StageText {
                    id: line
                    anchors.centerIn: parent
                    width: parent.width - 64
                    horizontalAlignment: Text.AlignHCenter
                    text: ribbon.modelData
                    color: Theme.gold
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    lineHeight: 1.15
                }
            }
        }
    }

    StageText {
        id: note
        anchors.bottom: parent.bottom
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: couplet.block.note || ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize - 5
    }
}
