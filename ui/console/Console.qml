pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The presenter's console: now and next as miniatures of what the audience saw, speaker notes, clocks,
// scene list, blanking indicator, auto-advance and the overview. Laid out at 1600x900 and scaled to fit.
Rectangle {
    id: root
    objectName: "consoleRoot"
    color: "#111418"

    Item {
        id: desk
        width: 1600
        height: 900
        anchors.centerIn: parent
        scale: Math.min(root.width / width, root.height / height)

        // Status line: what the audience sees besides the scene, and auto-advance.
        Row {
            x: 20
            y: 14
            spacing: 20
            Rectangle {
                objectName: "blankIndicator"
                visible: ShowController.blackout || ShowController.whiteout
                width: blankText.implicitWidth + 32
                height: 44
                radius: 6
                color: ShowController.whiteout ? "#FFFFFF" : "#D93025"
                ConsoleText {
                    id: blankText
                    anchors.centerIn: parent
                    text: ShowController.whiteout ? ShowController.words["console-whiteout"] : ShowController.words["console-blackout"]
                    color: ShowController.whiteout ? "#202124" : "#FFFFFF"
                    font.bold: true
                }
            }
            Rectangle {
                objectName: "autoState"
                visible: Modes.console.autoState !== "off"
                width: autoText.implicitWidth + 32
                height: 44
                radius: 6
                color: Modes.console.autoState === "on" ? "#137333" : "#B06000"
                ConsoleText {
                    id: autoText
                    anchors.centerIn: parent
                    text: (Modes.console.autoState === "on" ? ShowController.words["console-auto-on"] + "  " + Modes.console.autoLeftText
                                                        : ShowController.words["console-auto-paused"])
                }
            }
            ConsoleText {
                objectName: "consoleMessage"
                visible: Modes.console.message !== ""
                anchors.verticalCenter: parent.verticalCenter
                width: 1000
                text: Modes.console.message
                color: "#FDD663"
                font.pixelSize: 20
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
        }

        ListView {
            objectName: "sceneList"
            x: 20
            y: 110
            width: 330
            height: 500
            clip: true
            model: Modes.console.sceneRows
            delegate: SceneRow {}
        }

        Miniature {
            objectName: "consoleNow"
            x: 370
            y: 110
            width: 640
            height: 360
            heading: ShowController.words["console-now"]
            caption: Modes.console.nowCaption
            source: Modes.console.nowPicture
            frame: ShowController.blackout ? "#D93025" : (ShowController.whiteout ? "#FFFFFF" : "#8AB4F8")
        }

        Miniature {
            objectName: "consoleNext"
            x: 1110
            y: 110
            width: 470
            height: 264
            heading: ShowController.words["console-next"]
            caption: Modes.console.nextCaption
            source: Modes.console.nextPicture
        }

        TimerPanel {
            x: 1110
            y: 400
        }

        // Speaker notes: large, zoomable (+ / -), scrolled by the wheel when long.
        Rectangle {
            x: 370
            y: 495
            width: 720
            height: 390
            color: "#202124"
            radius: 6
            ConsoleText {
                x: 14
                y: 6
                text: ShowController.words["console-notes"]
                font.pixelSize: 18
                color: "#9AA0A6"
            }
            Flickable {
                id: notesArea
                x: 14
                y: 32
                width: parent.width - 28
                height: parent.height - 40
                clip: true
                contentHeight: notesText.height
                ConsoleText {
                    id: notesText
                    objectName: "consoleNotes"
                    width: notesArea.width
                    text: Modes.console.notes
                    font.pixelSize: Modes.console.notesSize
                    wrapMode: Text.Wrap
                    elide: Text.ElideNone
                }
            }
        }

        // The presenter's keys, small, at the foot of the list.
        Column {
            x: 20
            y: 640
            width: 330
            spacing: 2
            Repeater {
                model: Modes.console.keyRows
                delegate: ConsoleText {
                    required property var modelData
                    width: 330
                    text: modelData.keys + "  " + modelData.action
                    font.pixelSize: 16
                    color: "#9AA0A6"
                }
            }
        }

        // Only when this screen leads a venue's show (--lead).
        Loader {
            x: 1110
            y: 660
            width: 470
            height: 225
            active: Modes.venue !== null
            source: active ? Qt.resolvedUrl("VenuePanel.qml") : ""
        }

        Loader {
            anchors.fill: parent
            active: Modes.console.overviewOpen
            source: active ? Qt.resolvedUrl("OverviewGrid.qml") : ""
        }
    }
}
