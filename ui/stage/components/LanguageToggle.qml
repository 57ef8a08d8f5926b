pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// 中 / EN: each of the pack's languages, the current one lit. A tap on one switches to it; a tap between them
// (or L) goes on to the next, so two languages work as a plain toggle. Four and more still fit: each mark
// is short ("中", "EN", "DE") and the pill grows with them.
Rectangle {
    id: toggle
    objectName: "languageToggle"
    property bool shown: true
    visible: shown && ShowController.languages.length > 1
    width: marks.width + 32
    height: 60
    radius: 30
    color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.9)
    border.color: Theme.outline
    Accessible.role: Accessible.Button
    Accessible.name: ShowController.words["next-language"]
    Accessible.onPressAction: ShowController.toggleLanguage()

    MouseArea {
        anchors.fill: parent
        onClicked: ShowController.toggleLanguage()
    }
    Row {
        id: marks
        anchors.centerIn: parent
        spacing: 6
        Repeater {
            model: ShowController.languages
            delegate: Row {
                id: choice
                required property var modelData
                required property int index
                readonly property bool current: modelData.tag === ShowController.language
                spacing: 6
                PicturedText {
                    text: "/"
                    visible: choice.index > 0
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.controlTextSize
                    textFormat: Text.PlainText
                }
                PicturedText {
                    objectName: "languageChoice-" + choice.index
                    readonly property string tag: choice.modelData.tag
                    readonly property bool current: choice.current
                    text: choice.modelData.mark
                    color: choice.current ? Theme.text : Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.controlTextSize
                    font.bold: choice.current
                    textFormat: Text.PlainText
                    // A screen reader says the language's own name, not its one-letter mark.
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: choice.modelData.name
                    Accessible.checkable: true
                    Accessible.checked: choice.current
                    Accessible.onPressAction: ShowController.setLanguage(choice.modelData.tag)
                    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
                    FocusRing {}

                    MouseArea {
                        // A finger's width round the mark, the pill's full height.
                        anchors.centerIn: parent
                        width: Math.max(parent.width + 8, 44)
                        height: toggle.height
                        onClicked: ShowController.setLanguage(choice.modelData.tag)
                    }
                }
            }
        }
    }
}
