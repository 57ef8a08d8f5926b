import QtQuick
import HuzhouViewer

// One scene in the console's list: number, label, planned time and last rehearsal; a click goes there.
Rectangle {
    id: row
    required property var modelData
    required property int index
    objectName: "sceneRow"
    width: ListView.view ? ListView.view.width : 300
    height: 52
    radius: 4
    Accessible.role: Accessible.ListItem
    Accessible.name: row.modelData.number + ". " + row.modelData.label
    Accessible.selectable: true
    Accessible.selected: row.index === Modes.console.sceneIndex
    Accessible.onPressAction: Modes.console.goToScene(row.index)
    color: index === Modes.console.sceneIndex ? "#1A73E8" : (area.containsMouse ? "#303134" : "transparent")
    ConsoleText {
        x: 10
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width - 150
        text: row.modelData.number + ". " + row.modelData.label
        font.pixelSize: 24
    }
    ConsoleText {
        anchors.right: parent.right
        anchors.rightMargin: 10
        anchors.verticalCenter: parent.verticalCenter
        text: row.modelData.planned + (row.modelData.rehearsal !== "" ? " · " + row.modelData.rehearsal : "")
        font.pixelSize: 20
        color: "#9AA0A6"
    }
    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        onClicked: Modes.console.goToScene(row.index)
    }
}
