pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The key map ('?'): every key and what it does, in the current language. A tap closes it.
Rectangle {
    id: overlay
    objectName: "keyMap"
    color: Theme.scrim
    opacity: ShowController.helpVisible ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.quickFade } }

    Accessible.role: Accessible.Dialog
    Accessible.name: ShowController.words["keymap-title"]

    MouseArea {
        anchors.fill: parent
        onClicked: ShowController.toggleHelp()
        Accessible.role: Accessible.Button
        Accessible.name: ShowController.words["a11y-close-overlay"]
        Accessible.onPressAction: ShowController.toggleHelp()
    }

    Card {
        anchors.centerIn: parent
        width: Theme.portrait ? parent.width - 2 * Theme.portraitMargin : 1320
        height: content.height + 2 * 48
        Column {
            id: content
            x: 56
            y: 48
            width: parent.width - 112
            spacing: 14
            StageText {
                text: ShowController.words["keymap-title"]
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            Repeater {
                model: ShowController.keyMap
                delegate: Row {
                    id: entry
                    required property var modelData
                    spacing: 32
                    StageText {
                        width: content.width * 0.46
                        text: entry.modelData.keys
                        color: Theme.gold
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                    }
                    StageText {
                        width: content.width * 0.54 - 32
                        text: entry.modelData.action
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
