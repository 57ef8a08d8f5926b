import QtQuick

// A generated portrait for a person without a photo: the initial (a Chinese surname's character) on a
// field of their season's colour, with quiet rings. The same person always gets the same picture.
Rectangle {
    id: portrait
    property string initial: ""
    property color tint: Theme.accent
    radius: width / 2
    color: tint
    clip: true

    Repeater {
        model: 3
        Rectangle {
            required property int index
            anchors.centerIn: parent
            width: portrait.width * (1.05 - index * 0.22)
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Math.max(1, portrait.width / 60)
            border.color: Qt.rgba(1, 1, 1, 0.16)
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
