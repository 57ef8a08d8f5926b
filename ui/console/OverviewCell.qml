import QtQuick
import HuzhouViewer

// One scene in the overview grid: its latest miniature (or its name), selected by keys, chosen by a click.
Rectangle {
    id: cell
    required property var modelData
    required property int index
    property string picture: ""
    objectName: "overviewCell"
    radius: 6
    Accessible.role: Accessible.ListItem
    Accessible.name: cell.modelData.number + ". " + cell.modelData.label
    Accessible.selectable: true
    Accessible.selected: cell.index === Modes.console.overviewSelected
    Accessible.onPressAction: Modes.console.overviewJump(cell.index)
    color: "#202124"
    border.width: index === Modes.console.overviewSelected ? 6 : 2
    border.color: index === Modes.console.overviewSelected ? "#8AB4F8" : "#3C4043"
    Image {
        anchors.fill: parent
        anchors.margins: 8
        anchors.bottomMargin: 44
        source: cell.picture
        cache: false
        fillMode: Image.PreserveAspectFit
        visible: cell.picture !== ""
    }
    ConsoleText {
        x: 12
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
        width: parent.width - 24
        text: cell.modelData.number + ". " + cell.modelData.label
        font.pixelSize: 24
    }
    MouseArea {
        anchors.fill: parent
        onClicked: Modes.console.overviewJump(cell.index)
    }
}
