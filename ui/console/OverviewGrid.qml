pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// Every scene at a glance (O): arrows or a number then Enter choose one; a click goes there.
Rectangle {
    id: overview
    objectName: "overview"
    color: "#111418"
    Column {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 20
        ConsoleText {
            text: ShowController.words["presenter-overview"] + "   " + ShowController.words["console-overview-hint"]
                  + (Modes.console.overviewTyped !== "" ? "   → " + Modes.console.overviewTyped : "")
            font.pixelSize: 28
        }
        Grid {
            id: grid
            columns: 4
            spacing: 20
            Repeater {
                model: Modes.console.sceneRows
                delegate: OverviewCell {
                    width: (overview.width - 80 - 3 * 20) / 4
                    height: width * 9 / 16 + 36
                    picture: Modes.console.pictureSerial >= 0 ? Modes.console.scenePicture(index) : ""  // re-read as pictures come
                }
            }
        }
    }
}
