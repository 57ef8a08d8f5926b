import QtQuick

// A season scene's backdrop: a band of the season's colour on the edge and its mark, large and faint.
Item {
    id: backdrop
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    // The mark stays on the steps with no cards to peek out from behind: the opening and the couplet.
    property bool showMark: true
    Rectangle { anchors.left: parent.left; width: 14; height: parent.height; color: backdrop.accent }  // the reading side
    PicturedText {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: -40
        anchors.bottomMargin: -60
        objectName: "decoration"
        visible: backdrop.showMark
        text: backdrop.iconGlyph
        font.family: backdrop.iconFamily
        font.pixelSize: Theme.portrait ? 520 : 640
        color: Qt.rgba(backdrop.accent.r, backdrop.accent.g, backdrop.accent.b, 0.07)
        textFormat: Text.PlainText
    }
}
