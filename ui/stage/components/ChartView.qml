import QtQuick
import HuzhouViewer
import QtQuick.Window

// A chart of the pack's numbers: drawn off the GUI thread at the size shown (in device pixels), framed by
// its title, source and note. Until the picture is ready its card holds the place, so nothing jumps; a chart
// that cannot be drawn says so in the same card and the scene goes on.
Item {
    id: chartView
    property var block: ({})
    property color accent: Theme.accent
    // Export waits for this: the picture has arrived (or failed).
    readonly property bool settled: image.wanted === "" || image.madeSource === image.wanted && image.status !== Image.Loading
    objectName: "chart"

    SectionLabel { id: label; text: chartView.block.title || ""; accent: chartView.accent }

    Card {
        id: frame
        objectName: "chartFrame"
        anchors.top: label.bottom
        anchors.topMargin: Theme.gap
        width: parent.width
        height: parent.height - label.height - Theme.gap - footer.height - Theme.gap

        // The entrance: the chart is uncovered in its reading direction (bars grow from the axis).
        Item {
            id: reveal
            readonly property bool upward: chartView.block.chart === "bars" && chartView.block.orientation !== "horizontal"
            property real shown: 1
            x: Theme.cardPadding
            y: Theme.cardPadding + (upward ? image.height * (1 - shown) : 0)
            width: upward ? image.width : image.width * shown
            height: upward ? image.height * shown : image.height
            clip: true
            Image {
                id: image
                objectName: "chartImage"
                // A screen reader meets the chart as its description in words (kind, what is compared, extremes).
                Accessible.role: Accessible.Graphic
                Accessible.name: chartView.block.description || chartView.block.title || ""
                y: reveal.upward ? -reveal.y + Theme.cardPadding : 0
                width: frame.width - 2 * Theme.cardPadding
                height: frame.height - 2 * Theme.cardPadding
                asynchronous: false  // drawn ahead by the picture queue; Qt's loader thread must never call into Python
                readonly property int pixelWidth: Math.round(width * Theme.stageScale * Screen.devicePixelRatio)
                readonly property int pixelHeight: Math.round(height * Theme.stageScale * Screen.devicePixelRatio)
                // Asked for only once laid out and on a sized window: a sliver would be drawn for nothing.
                readonly property string wanted: ShowController.chartsReady && pixelWidth >= 64 && pixelHeight >= 64
                                                 && chartView.block.id
                    ? "image://chart/" + ShowController.language + "/" + chartView.block.id + "/" + ShowController.deckGeneration
                      + "/" + Math.round(Theme.stageHeight * Screen.devicePixelRatio)
                      + (Theme.highContrast ? "/contrast" : "")  // its own picture in its own colours
                      + (Theme.textScale !== 1 ? "/text" + Theme.textScale : "")  // labels grow with the text
                    : ""
                // Qt is asked only for a picture the queue has made, at the size it was made: a size or a language
                // changed under a shown chart keeps the old picture (stretched) until the new one is made. Asked for
                // sooner, it would be drawn on the GUI thread, by a worker process: the show would stand still.
                property string madeSource: ""
                property size madeSize: Qt.size(1, 1)
                function take() {
                    const width = Math.max(1, pixelWidth), height = Math.max(1, pixelHeight)
                    if (wanted === "") {
                        madeSource = ""
                    } else if (Pictures.ready(wanted, width, height, Pictures.serial)
                               && (wanted !== madeSource || width !== madeSize.width || height !== madeSize.height)) {
                        madeSource = ""  // never the new size with the old picture's address, nor the other way
                        madeSize = Qt.size(width, height)
                        madeSource = wanted
                    }
                }
                onWantedChanged: take()
                onPixelWidthChanged: take()
                onPixelHeightChanged: take()
                Connections {
                    target: Pictures
                    function onSerialChanged() { image.take() }  // made meanwhile; asked again, or the queue drops it
                }
                Component.onCompleted: take()
                sourceSize: madeSize
                source: madeSource
                onStatusChanged: if (status === Image.Ready) chartView.entrance()
            }
        }
        StageText {
            objectName: "chartUnavailable"
            anchors.centerIn: parent
            visible: image.status === Image.Error
            text: chartView.block.unavailable || ""
            color: Theme.muted
            font.pixelSize: Theme.captionSize
        }
    }

    Column {
        id: footer
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: 6
        StageText {
            width: parent.width
            text: chartView.block.note || ""
            visible: text !== ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.2
        }
        StageText {
            objectName: "chartSource"
            width: parent.width
            text: chartView.block.source ? chartView.block.sourceLabel + " · " + chartView.block.source : ""
            visible: text !== ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
    }

    NumberAnimation {
        id: grow
        target: reveal
        property: "shown"
        from: 0
        to: 1
        duration: Theme.chartEntrance
        easing.type: Easing.OutCubic
    }
    function entrance() {
        if (Theme.animated && chartView.visible)
            grow.restart()
    }
    onVisibleChanged: if (visible && image.status === Image.Ready) entrance()
}
