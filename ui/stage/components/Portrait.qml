pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer
import QtQuick.Window

// A person's portrait. Underneath, always, a generated one: the initials (see present.initial_of) on
// a field of their season's colour, with quiet rings placed by a number drawn from their id, so the same
// person always gets the same picture and two people of one season still look different. Over it, when
// the pack has a photo of them, the photo, once it has loaded; a missing, corrupt or oversized photo never
// loads, so the generated portrait stays in view.
//
// The photo is round in its pixels: the `portrait` image provider (huzhou_viewer/qt/stage/portrait_images.py)
// crops it to the portrait's shape and cuts it to a disc with an anti-aliased transparent edge. Qt Quick's
// `clip` is rectangular (a radius does not round it) and a mask would need shaders, which the software
// renderer lacks; a disc in the pixels is round on every renderer.
Rectangle {
    id: portrait
    property string initial: ""
    property color tint: Theme.accent
    property int seed: 0
    // The field and the initial's colours, as the deck gives them (discColour, initialColour: readable 4.5:1);
    // without them, a shade of the tint and white.
    property string disc: ""
    property string ink: ""
    // The photo's absolute path (the deck's person "photo"); "" for none.
    property string photo: ""
    readonly property bool showsPhoto: photoImage.status === Image.Ready
    readonly property bool settled: photoImage.settled
    radius: width / 2
    // Under a photo the field is left out, so no rim of it shows round the photo's soft edge.
    color: showsPhoto ? "transparent" : disc !== "" ? disc : Qt.lighter(tint, 0.86 + (seed % 7) * 0.045)
    clip: true

    Repeater {
        model: 3 + portrait.seed % 2
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
    PicturedText {
        objectName: "portraitInitial"
        x: Math.round((portrait.width - width) / 2)
        y: Math.round((portrait.height - height) / 2)
        text: portrait.initial
        color: portrait.ink !== "" ? portrait.ink : "white"
        font.family: Theme.fontFamily
        font.pixelSize: portrait.width * (portrait.initial.length > 1 ? 0.36 : 0.48)
        font.bold: true
        textFormat: Text.PlainText
    }

    Image {
        id: photoImage
        objectName: "portraitPhoto"
        // The photo has arrived (or failed, or there is none): what an export of the frame waits for.
        readonly property bool settled: wanted === "" || made && status !== Image.Loading
        anchors.fill: parent
        // Decoded at the size shown, in device pixels, off the GUI thread (by the picture queue).
        readonly property int pixelWidth: Math.round(width * Theme.stageScale * Screen.devicePixelRatio)
        readonly property int pixelHeight: Math.round(height * Theme.stageScale * Screen.devicePixelRatio)
        sourceSize.width: Math.max(1, pixelWidth)
        sourceSize.height: Math.max(1, pixelHeight)
        // Asked for only once laid out: a sliver would be decoded for nothing.
        readonly property string wanted: portrait.photo !== "" && ShowController.chartsReady && pixelWidth >= 16
                                         && pixelHeight >= 16
                                         ? "image://portrait/round/" + encodeURIComponent(portrait.photo) : ""
        readonly property bool made: Pictures.ready(wanted, Math.max(1, pixelWidth), Math.max(1, pixelHeight),
                                                    Pictures.serial)
        source: made ? wanted : ""
        asynchronous: false  // the picture is in memory by now; Qt's loader thread must never call into Python
        cache: true
        fillMode: Image.PreserveAspectCrop
        visible: status === Image.Ready
    }
}
