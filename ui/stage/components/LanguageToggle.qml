pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// 中 / EN: the languages of the pack; the current one lit. A tap (or L) switches.
Rectangle {
    id: toggle
    objectName: "languageToggle"
    visible: ShowController.languages.length > 1
    width: marks.width + 32
    height: 60
    radius: 30
    color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.9)
    border.color: Theme.outline

    Row {
        id: marks
        anchors.centerIn: parent
        spacing: 6
        Repeater {
            model: ShowController.languages
            delegate: Text {
                required property var modelData
                required property int index
                readonly property bool current: modelData.tag === ShowController.language
                text: (index > 0 ? "/ " : "") + modelData.mark
                color: current ? Theme.text : Theme.muted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.controlTextSize
                font.bold: current
                textFormat: Text.PlainText
            }
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: ShowController.toggleLanguage()
    }
}
