import QtQuick
import "../stage/components"

// The kiosk's admin panel, over everything, built the first time it opens (qt/admin_panel.py).
// Locked, it shows a keypad for the PIN; unlocked: quit, reload the pack, the screen, the end of the log.
Rectangle {
    id: panel
    objectName: "adminPanel"
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    color: Theme.scrim
    visible: admin.open
    z: 1000

    readonly property var words: presentation.words

    // Taps and clicks stop here: nothing reaches the show under the panel.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    Item {
        width: 1920
        height: 1080
        anchors.centerIn: parent
        scale: Math.min(panel.width / width, panel.height / height)

        Card {
            id: card
            anchors.centerIn: parent
            width: 1500
            height: 920

            StageText {
                id: title
                x: 56
                y: 40
                width: parent.width - 112
                text: admin.locked ? panel.words["admin-pin"] : panel.words["admin-title"]
                font.pixelSize: Theme.headingSize
                font.bold: true
            }

            // The PIN keypad (the touch route).
            Column {
                objectName: "adminKeypad"
                visible: admin.locked
                anchors.horizontalCenter: parent.horizontalCenter
                y: title.y + title.height + 32
                spacing: 20
                StageText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: admin.wrongPin ? panel.words["admin-pin-wrong"] : "●".repeat(admin.entered) || " "
                    color: admin.wrongPin ? Theme.accent : Theme.text
                    font.pixelSize: Theme.headingSize
                }
                Grid {
                    columns: 3
                    spacing: 20
                    Repeater {
                        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""]
                        delegate: AdminButton {
                            required property string modelData
                            objectName: "adminPinKey-" + modelData
                            width: 220
                            opacity: modelData === "" ? 0 : 1
                            enabled: modelData !== ""
                            text: modelData
                            onActivated: admin.typeDigit(modelData)
                        }
                    }
                }
                // A visitor who held the corner by chance gets back to the show here (or by waiting).
                AdminButton {
                    objectName: "adminPinCancel"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: panel.words["admin-close"]
                    onActivated: admin.close()
                }
            }

            Column {
                visible: !admin.locked
                x: 56
                y: title.y + title.height + 32
                width: parent.width - 112
                spacing: 24
                Row {
                    spacing: 24
                    AdminButton {
                        objectName: "adminClose"
                        text: panel.words["admin-close"]
                        onActivated: admin.close()
                    }
                    AdminButton {
                        objectName: "adminReload"
                        text: panel.words["admin-reload"]
                        onActivated: admin.reloadPack()
                    }
                    AdminButton {
                        objectName: "adminQuit"
                        text: panel.words["admin-quit"]
                        onActivated: admin.quit()
                    }
                }
                StageText {
                    objectName: "adminStatus"
                    text: admin.status === "" ? " " : panel.words[admin.status]
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
                Row {
                    spacing: 24
                    StageText {
                        anchors.verticalCenter: parent.verticalCenter
                        text: panel.words["admin-screen"]
                        font.pixelSize: Theme.captionSize
                    }
                    Repeater {
                        model: admin.screens
                        delegate: AdminButton {
                            required property string modelData
                            required property int index
                            objectName: "adminScreen-" + index
                            text: modelData
                            chosen: index === admin.screenIndex
                            onActivated: admin.chooseScreen(index)
                        }
                    }
                }
                StageText {
                    text: panel.words["admin-log"]
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                }
                Rectangle {
                    width: parent.width
                    height: 350
                    color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.05)
                    border.color: Theme.outline
                    radius: Theme.radius / 2
                    clip: true
                    Text {
                        objectName: "adminLog"
                        x: 16
                        y: 12
                        width: parent.width - 32
                        text: admin.logText
                        textFormat: Text.PlainText
                        wrapMode: Text.WrapAnywhere
                        font.family: "monospace"
                        font.pixelSize: 20
                        color: Theme.text
                        elide: Text.ElideNone
                        maximumLineCount: 15
                    }
                }
            }
        }
    }
}
