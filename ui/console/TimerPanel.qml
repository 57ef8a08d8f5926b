import QtQuick
import HuzhouViewer

// Clock, elapsed timer, and the time planned for this scene against the time spent (red when over).
Column {
    spacing: 10
    Row {
        spacing: 28
        Column {
            ConsoleText { text: ShowController.words["console-clock"]; font.pixelSize: 20; color: "#9AA0A6" }
            ConsoleText { objectName: "consoleClock"; text: Modes.console.clockText; font.pixelSize: 52 }
        }
        Column {
            ConsoleText {
                text: ShowController.words["console-elapsed"] + (Modes.console.timerRunning ? "" : " · " + ShowController.words["console-paused"])
                font.pixelSize: 20
                color: "#9AA0A6"
            }
            ConsoleText {
                objectName: "consoleElapsed"
                text: Modes.console.elapsedText
                font.pixelSize: 52
                color: Modes.console.timerRunning ? "#E8EAED" : "#FDD663"
                Accessible.role: Accessible.Button
                Accessible.name: ShowController.words["presenter-timer"]
                Accessible.description: text
                Accessible.onPressAction: Modes.console.toggleTimer()
                // A click starts or pauses it, a double click resets it (T and R on the keyboard).
                MouseArea {
                    anchors.fill: parent
                    onClicked: Modes.console.toggleTimer()
                    onDoubleClicked: Modes.console.resetTimer()
                }
            }
        }
    }
    ConsoleText { text: ShowController.words["console-scene-time"]; font.pixelSize: 20; color: "#9AA0A6" }
    ConsoleText {
        objectName: "sceneTime"
        property bool over: Modes.console.sceneOver
        text: Modes.console.sceneSpentText + " / " + Modes.console.scenePlannedText + " " + ShowController.words["console-planned"]
        font.pixelSize: 40
        color: over ? "#F28B82" : "#81C995"
    }
    Rectangle {
        width: 480
        height: 10
        radius: 5
        color: "#3C4043"
        Rectangle {
            width: parent.width * Modes.console.sceneFraction
            height: parent.height
            radius: 5
            color: Modes.console.sceneOver ? "#F28B82" : "#81C995"
        }
    }
    ConsoleText {
        objectName: "rehearsalTime"
        visible: Modes.console.rehearsalText !== ""
        text: ShowController.words["console-rehearsal"] + ": " + Modes.console.rehearsalText
        font.pixelSize: 24
        color: "#9AA0A6"
    }
}
