pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer
import "../stage/components"

// The kiosk's admin panel, over everything, built the first time it opens (qt/admin_panel.py).
// Locked, it shows a keypad for the PIN; unlocked: quit, reload the pack, the screen, the end of the log.
Rectangle {
    id: panel
    objectName: "adminPanel"
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    color: Theme.scrim
    visible: Modes.admin.open
    z: 1000

    readonly property var words: ShowController.words

    // Taps and clicks stop here: nothing reaches the show under the panel.
    Accessible.role: Accessible.Dialog
    Accessible.name: title.text
    // A screen reader reads what has the focus: the panel takes it when it opens (and says what it asks for);
    // when it closes the focus falls to the window, and the stage takes it back (ui/stage/Main.qml).
    Accessible.focusable: true
    onVisibleChanged: {
        if (visible) {
            forceActiveFocus()
            Accessible.announce(title.text)
        } else {
            focus = false
        }
    }
    Component.onCompleted: if (visible) forceActiveFocus()

    MouseArea {
        objectName: "panelBlocker"
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
                text: Modes.admin.locked ? panel.words["admin-pin"] : panel.words["admin-title"]
                font.pixelSize: Theme.headingSize
                font.bold: true
            }

            // The PIN keypad (the touch route).
            Column {
                objectName: "adminKeypad"
                visible: Modes.admin.locked
                anchors.horizontalCenter: parent.horizontalCenter
                y: title.y + title.height + 32
                spacing: 20
                StageText {
                    objectName: "adminPinText"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: Modes.admin.lockedOutSeconds > 0
                          ? panel.words["admin-pin-locked"].replace("{seconds}", Modes.admin.lockedOutSeconds)
                          : Modes.admin.wrongPin ? panel.words["admin-pin-wrong"] : "●".repeat(Modes.admin.entered) || " "
                    color: Modes.admin.wrongPin || Modes.admin.lockedOutSeconds > 0 ? Theme.accent : Theme.text
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
                            Accessible.ignored: modelData === ""  // the grid's two blanks: no key to a screen reader
                            text: modelData
                            spoken: panel.words["a11y-pin-digit"].replace("{digit}", modelData)
                            onActivated: Modes.admin.typeDigit(modelData)
                        }
                    }
                }
                // A visitor who held the corner by chance gets back to the show here (or by waiting).
                AdminButton {
                    objectName: "adminPinCancel"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: panel.words["admin-close"]
                    onActivated: Modes.admin.close()
                }
            }

            Column {
                visible: !Modes.admin.locked
                x: 56
                y: title.y + title.height + 32
                width: parent.width - 112
                spacing: 24
                Row {
                    spacing: 24
                    AdminButton {
                        objectName: "adminClose"
                        text: panel.words["admin-close"]
                        onActivated: Modes.admin.close()
                    }
                    AdminButton {
                        objectName: "adminReload"
                        text: panel.words["admin-reload"]
                        onActivated: Modes.admin.reloadPack()
                    }
                    AdminButton {
                        objectName: "adminQuit"
                        text: panel.words["admin-quit"]
                        onActivated: Modes.admin.quit()
                    }
                }
                StageText {
                    objectName: "adminStatus"
                    text: Modes.admin.status === "" ? " " : panel.words[Modes.admin.status]
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
                        model: Modes.admin.screens
                        delegate: AdminButton {
                            required property string modelData
                            required property int index
                            objectName: "adminScreen-" + index
                            text: modelData
                            chosen: index === Modes.admin.screenIndex
                            onActivated: Modes.admin.chooseScreen(index)
                        }
                    }
                }
                StageText {
                    objectName: "adminToday"
                    width: parent.width
                    text: Modes.admin.todayText
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                StageText {
                    text: panel.words["admin-log"]
                    font.pixelSize: Theme.captionSize
                    font.bold: true
                }
                Rectangle {
                    width: parent.width
                    height: 250
                    color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.05)
                    border.color: Theme.outline
                    radius: Theme.radius / 2
                    clip: true
                    Text {
                        objectName: "adminLog"
                        x: 16
                        y: 12
                        width: parent.width - 32
                        text: Modes.admin.logText
                        textFormat: Text.PlainText
                        wrapMode: Text.WrapAnywhere
                        font.family: "monospace"
                        font.pixelSize: 20
                        color: Theme.text
                        elide: Text.ElideNone
                        maximumLineCount: 11
                    }
                }
            }
        }
    }
}
