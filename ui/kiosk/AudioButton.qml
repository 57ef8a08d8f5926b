import QtQuick
import HuzhouViewer
import "../stage/components"

// The kiosk's audio button (qt/kiosk/speech.py): reads the step on screen aloud; a second tap stops it.
// It sits over the stage, under the language switch at the stage's top right (top left when the stage is
// mirrored: Theme.rtl), in the stage's scale.
Rectangle {
    id: button
    objectName: "audioButton"
    readonly property real unit: Theme.stageScale
    // The stage's box in the window (ui/stage/Main.qml centres the design size, scaled, in the window).
    readonly property real stageRight: parent ? (parent.width + (Theme.portrait ? 1080 : 1920) * unit) / 2 : 0
    readonly property real stageLeft: parent ? (parent.width - (Theme.portrait ? 1080 : 1920) * unit) / 2 : 0
    readonly property real stageTop: parent ? (parent.height - (Theme.portrait ? 1920 : 1080) * unit) / 2 : 0
    visible: Modes.speech !== null && Modes.speech.available
    z: 900
    // Under the language switch, or beside it by the timeline bar in reach mode.
    readonly property real reachY: (Theme.portrait ? 1920 - Theme.portraitBarHeight : 1080 - Theme.barHeight)
                                   - (1 - Access.reachBottom) * (Theme.portrait ? 1920 : 1080) - 60 - Theme.gap / 2
    y: stageTop + (Access.reach ? reachY : 104) * unit
    readonly property real inset: (Access.reach ? 260 : 28) * unit
    x: Theme.rtl ? stageLeft + inset : stageRight - width - inset
    width: label.implicitWidth + 48 * unit
    height: 60 * unit
    radius: height / 2
    color: Modes.speech && Modes.speech.speaking ? Theme.accent : Theme.surface
    border.color: Theme.outline
    border.width: 2 * unit
    Accessible.role: Accessible.Button
    Accessible.name: Modes.speech ? Modes.speech.label : ""
    Accessible.onPressAction: Modes.speech.toggle()
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: button.radius }

    StageText {
        id: label
        anchors.centerIn: parent
        wrapMode: Text.NoWrap
        text: (Modes.speech && Modes.speech.speaking ? "\u25A0  " : "\u25B6  ") + (Modes.speech ? Modes.speech.label : "")
        color: Modes.speech && Modes.speech.speaking ? "white" : Theme.text
        font.pixelSize: 26 * button.unit
    }
    MouseArea {
        anchors.fill: parent
        onClicked: Modes.speech.toggle()
    }
}
