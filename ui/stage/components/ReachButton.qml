import QtQuick
import HuzhouViewer

// Reach mode on and off (Access): the symbol of access at the start of the timeline bar, in the lower part of
// the screen, so a visitor who cannot reach the top finds it; lit while the controls are in reach.
Rectangle {
    id: button
    objectName: "reachButton"
    width: height
    height: label.implicitHeight + 20
    radius: height / 2
    color: Access.reach ? Theme.accent : Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.9)
    border.color: Access.reach ? Theme.accent : Theme.outline
    border.width: 2
    Accessible.role: Accessible.CheckBox
    Accessible.name: ShowController.words["a11y-reach"]
    Accessible.checkable: true
    Accessible.checked: Access.reach
    Accessible.onPressAction: Access.toggleReach()
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: button.radius }
    StageText {
        id: label
        anchors.centerIn: parent
        wrapMode: Text.NoWrap
        text: "\u267F"  // the international symbol of access (DejaVu draws it); its name is for screen readers
        color: Access.reach ? Theme.background : Theme.text
        font.pixelSize: Theme.chromeSize
    }
    MouseArea {
        anchors.fill: parent
        onClicked: Access.toggleReach()
    }
}
