import QtQuick

// A round switch of the visitor's own (Access), beside reach mode's at the start of the timeline bar: a symbol,
// lit while on; its name, in the language shown, is for screen readers.
Rectangle {
    id: button
    property string symbol: ""
    property bool lit: false
    property string name: ""
    signal toggled()
    width: Math.max(height, label.implicitWidth + 20)
    height: label.implicitHeight + 20
    radius: height / 2
    color: lit ? Theme.accent : Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0.9)
    border.color: lit ? Theme.accent : Theme.outline
    border.width: 2
    Accessible.role: Accessible.CheckBox
    Accessible.name: name
    Accessible.checkable: true
    Accessible.checked: lit
    Accessible.onPressAction: button.toggled()
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: button.radius }
    StageText {
        id: label
        anchors.centerIn: parent
        wrapMode: Text.NoWrap
        text: button.symbol
        color: button.lit ? Theme.background : Theme.text
        font.pixelSize: Theme.chromeSize
        font.bold: true
    }
    MouseArea {
        anchors.fill: parent
        onClicked: button.toggled()
    }
}
