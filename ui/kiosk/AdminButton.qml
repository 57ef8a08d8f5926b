import QtQuick
import "../stage/components"

// A button of the kiosk's admin panel: big enough for a finger.
Rectangle {
    id: button
    property alias text: label.text
    property bool chosen: false
    property string spoken: text  // what a screen reader says, where the face is a bare digit
    signal activated()
    implicitWidth: Math.max(220, label.implicitWidth + 64)
    implicitHeight: 96
    radius: Theme.radius
    color: chosen ? Theme.accent : Theme.surface
    border.color: Theme.outline
    border.width: 2
    Accessible.role: Accessible.Button
    Accessible.name: button.spoken
    Accessible.checkable: button.chosen
    Accessible.checked: button.chosen
    Accessible.onPressAction: if (button.enabled) button.activated()

    StageText {
        id: label
        anchors.centerIn: parent
        wrapMode: Text.NoWrap
        color: button.chosen ? "white" : Theme.text
        font.pixelSize: Theme.captionSize
    }
    MouseArea {
        anchors.fill: parent
        onClicked: button.activated()
    }
}
