import QtQuick
import HuzhouViewer

// The opening of a scene: its mark, eyebrow, big title, subtitle and footer, centred.
Column {
    id: hero
    property var view: ({})
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    spacing: Theme.near ? 20 : 22

    PicturedText {
        objectName: "heroIcon"
        anchors.horizontalCenter: parent.horizontalCenter
        visible: hero.iconGlyph !== ""
        text: hero.iconGlyph
        font.family: hero.iconFamily
        font.pixelSize: Theme.heroIconSize
        color: hero.accent
        textFormat: Text.PlainText
    }
    StageText {
        objectName: "eyebrow"
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: hero.view.eyebrow || ""
        visible: text !== ""
        color: hero.accent
        font.pixelSize: Theme.captionSize + 4
        font.bold: true
    }
    StageText {
        objectName: "heroTitle"
        // Lines of about one width (a title of two lines never a full line and a word alone), centred.
        width: Lines.balancedWidth(text, font, hero.width)
        anchors.horizontalCenter: parent.horizontalCenter
        horizontalAlignment: Text.AlignHCenter
        text: hero.view.title || ""
        font.pixelSize: Theme.portrait ? Theme.heroSize - 28 : Theme.heroSize
        font.bold: true
        lineHeight: 1.05
    }
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: 160
        height: 6
        radius: 3
        color: hero.accent
    }
    StageText {
        objectName: "subtitle"
        width: Math.round(parent.width * (Theme.portrait ? 1 : 0.9))
        anchors.horizontalCenter: parent.horizontalCenter
        horizontalAlignment: Text.AlignHCenter
        text: hero.view.subtitle || ""
        visible: text !== ""
        font.pixelSize: Theme.bodySize + 4
        lineHeight: 1.3
    }
    StageText {
        objectName: "footer"
        width: Math.round(parent.width * (Theme.portrait ? 1 : 0.9))
        anchors.horizontalCenter: parent.horizontalCenter
        horizontalAlignment: Text.AlignHCenter
        text: hero.view.footer || ""
        visible: text !== ""
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        lineHeight: 1.3
    }
}
