import QtQuick
import HuzhouViewer

// A venue's announcement ("Lunch is served in the atrium"): one or two lines over the show, on every screen,
// inside the title-safe area (the middle 90% of the stage), above the timeline bar. Pack-free plain text.
Rectangle {
    id: banner
    objectName: "announcement"
    required property real safeWidth
    visible: ShowController.announcement !== ""
    width: Math.min(line.implicitWidth + 2 * Theme.cardPadding, safeWidth)
    height: line.height + Theme.cardPadding
    radius: Theme.ribbonRadius
    color: Theme.scrim
    border.color: Theme.gold
    border.width: Theme.ribbonBorder
    StageText {
        id: line
        objectName: "announcementText"
        x: Theme.cardPadding
        y: Theme.cardPadding / 2
        width: banner.width - 2 * Theme.cardPadding
        text: ShowController.announcement
        color: Theme.text
        font.pixelSize: Theme.headingSize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
}
