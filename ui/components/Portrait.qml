import QtQuick

// A generated portrait for a person without a photo: the initial (a Chinese surname's character) on a
// field of their season's colour, with quiet rings placed by a number drawn from their id, so the same
// person always gets the same picture and two people of one season still look different.
Rectangle {
    id: portrait
    property string initial: ""
    property color tint: Theme.accent
    property int seed: 0
    radius: width / 2
    color: Qt.lighter(tint, 0.86 + (seed % 7) * 0.045)
    clip: true

    Repeater {
        model: 3 + seed % 2
        Rectangle {
            required property int index
            readonly property real angle: (portrait.seed + index * 97) * Math.PI / 180
            // Each ring stays inside the disc: half its width plus its offset is under half the portrait's.
            x: portrait.width / 2 - width / 2 + Math.cos(angle) * portrait.width * 0.05
            y: portrait.height / 2 - height / 2 + Math.sin(angle) * portrait.height * 0.05
            width: portrait.width * (0.88 - index * 0.2)
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Math.max(1, portrait.width / 60)
            border.color: Qt.rgba(1, 1, 1, 0.14)
        }
    }
    Text {
        anchors.centerIn: parent
        text: portrait.initial
        color: "white"
        font.family: Theme.fontFamily
        font.pixelSize: portrait.width * (portrait.initial.length > 1 ? 0.36 : 0.48)
        font.bold: true
        textFormat: Text.PlainText
    }
}
