import QtQuick
import HuzhouViewer

// The scene's heading while its blocks are shown: mark, eyebrow and title on the top left. With the visitor's
// larger text (Access) it repeats only the title, at its designed size: the room goes to the block's own text.
Item {
    id: heading
    property var view: ({})
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    height: Math.max(Theme.headingHeight - Theme.gap, column.height)

    PicturedText {
        id: icon
        objectName: "headingIcon"
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        visible: heading.iconGlyph !== "" && !Theme.largeText
        width: visible ? 96 : 0
        text: heading.iconGlyph
        font.family: heading.iconFamily
        font.pixelSize: Theme.headingIconSize
        color: heading.accent
        textFormat: Text.PlainText
    }
    Column {
        id: column
        anchors.left: icon.right
        anchors.leftMargin: icon.visible ? 20 : 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: 6
        StageText {
            width: parent.width
            text: heading.view.eyebrow || ""
            visible: text !== "" && !Theme.largeText
            color: heading.accent
            font.pixelSize: Theme.smallSize
            font.bold: true
            maximumLineCount: 1
            elide: Text.ElideRight
        }
        StageText {
            objectName: "compactTitle"
            anchors.left: parent.left  // at the right when mirrored
            width: Lines.balancedWidth(text, font, column.width)  // lines of about one width
            text: heading.view.title || ""
            font.pixelSize: Theme.largeText ? Theme.titleSize / Theme.textScale : Theme.titleSize
            font.bold: true
            lineHeight: 1.05
        }
    }
}
