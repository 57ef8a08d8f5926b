import QtQuick
import HuzhouViewer

// A small, quiet line on the stage for what the audience may ignore but the organiser must see
// (for example: the chosen pack was broken, so the bundled one is shown). Never a dialog.
Rectangle {
    id: notice
    objectName: "notice"
    visible: ShowController.notice !== ""
    implicitWidth: label.implicitWidth + 40
    height: label.height + 20
    radius: Theme.ribbonRadius
    color: Qt.rgba(0, 0, 0, 0.55)
    border.color: Theme.gold
    StageText {
        id: label
        x: 20
        y: 10
        width: notice.width - 40
        text: ShowController.notice
        color: Theme.gold
        font.pixelSize: Theme.noticeSize
    }
}
