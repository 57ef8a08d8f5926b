import QtQuick

// One key of the on-screen keyboard.
Rectangle {
    id: key
    property string label: ""
    signal activated()
    radius: 12
    color: area.pressed ? Theme.accent : Theme.surface
    border.color: Theme.outline
    border.width: 2
    Text {
        anchors.centerIn: parent
        text: key.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        textFormat: Text.PlainText
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: key.activated()
    }
}
