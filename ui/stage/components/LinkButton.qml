import QtQuick

// A quiet button for a way out of a page (back to the grid, on to a season).
Rectangle {
    id: button
    property alias text: label.text
    signal clicked()
    width: Math.ceil(label.implicitWidth - 0.01) + 48
    height: label.implicitHeight + 20
    radius: height / 2
    color: "transparent"
    border.color: Theme.outline
    border.width: 2
    Accessible.role: Accessible.Button
    Accessible.name: label.text
    Accessible.onPressAction: button.clicked()
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: button.radius }
    StageText {
        id: label
        anchors.centerIn: parent
        wrapMode: Text.NoWrap
        color: Theme.text
        font.pixelSize: Theme.smallSize
    }
    MouseArea {
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
