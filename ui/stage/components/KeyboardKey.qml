import QtQuick

// One key of the on-screen keyboard.
Rectangle {
    id: key
    property string label: ""
    property string spoken: label  // what a screen reader says: a word for ⌫, ✕ and ␣
    signal activated()
    radius: 12
    color: area.pressed ? Theme.accent : Theme.surface
    border.color: Theme.outline
    border.width: 2
    Accessible.role: Accessible.Button
    Accessible.name: key.spoken
    Accessible.onPressAction: key.activated()
    PicturedText {
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
