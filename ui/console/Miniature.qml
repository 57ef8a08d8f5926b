import QtQuick
import HuzhouViewer

// A miniature of what the audience saw at a position (image://miniature), or a quiet placeholder.
Rectangle {
    id: box
    property string source: ""
    property string caption: ""
    property string heading: ""
    property color frame: "#3C4043"
    color: "#202124"
    border.color: frame
    border.width: 3
    radius: 6

    Image {
        objectName: "miniatureImage"
        anchors.fill: parent
        anchors.margins: box.border.width
        source: box.source
        cache: false
        asynchronous: false
        fillMode: Image.PreserveAspectFit
        visible: box.source !== ""
    }
    ConsoleText {
        anchors.centerIn: parent
        visible: box.source === ""
        text: ShowController.words["console-no-picture"]
        color: "#80868B"
    }
    ConsoleText {
        anchors.bottom: parent.top
        anchors.bottomMargin: 6
        width: parent.width
        text: box.heading + "  " + box.caption
        font.pixelSize: 24
        // A long step title shrinks a little before it is cut short.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 17
    }
}
