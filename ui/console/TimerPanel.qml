import QtQuick

// Clock, elapsed timer, and the time planned for this scene against the time spent (red when over).
Column {
    spacing: 10
    Row {
        spacing: 28
        Column {
            ConsoleText { text: presentation.words["console-clock"]; font.pixelSize: 20; color: "#9AA0A6" }
            ConsoleText { objectName: "consoleClock"; text: presenter.clockText; font.pixelSize: 52 }
        }
        Column {
            ConsoleText {
                text: presentation.words["console-elapsed"] + (presenter.timerRunning ? "" : " · " + presentation.words["console-paused"])
                font.pixelSize: 20
                color: "#9AA0A6"
            }
            ConsoleText {
                objectName: "consoleElapsed"
                text: presenter.elapsedText
                font.pixelSize: 52
                color: presenter.timerRunning ? "#E8EAED" : "#FDD663"
                // A click starts or pauses it, a double click resets it (T and R on the keyboard).
                MouseArea {
                    anchors.fill: parent
                    onClicked: presenter.toggleTimer()
                    onDoubleClicked: presenter.resetTimer()
                }
            }
        }
    }
    ConsoleText { text: presentation.words["console-scene-time"]; font.pixelSize: 20; color: "#9AA0A6" }
    ConsoleText {
        objectName: "sceneTime"
        property bool over: presenter.sceneOver
        text: presenter.sceneSpentText + " / " + presenter.scenePlannedText + " " + presentation.words["console-planned"]
        font.pixelSize: 40
        color: over ? "#F28B82" : "#81C995"
    }
    Rectangle {
        width: 480
        height: 10
        radius: 5
        color: "#3C4043"
        Rectangle {
            width: parent.width * presenter.sceneFraction
            height: parent.height
            radius: 5
            color: presenter.sceneOver ? "#F28B82" : "#81C995"
        }
    }
    ConsoleText {
        objectName: "rehearsalTime"
        visible: presenter.rehearsalText !== ""
        text: presentation.words["console-rehearsal"] + ": " + presenter.rehearsalText
        font.pixelSize: 24
        color: "#9AA0A6"
    }
}
