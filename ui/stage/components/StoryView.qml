pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// A story: where it happened, what happened, who took part and its numbers. Text on the left (on top
// in portrait), people and figures beside it.
Item {
    id: story
    property var block: ({})
    property color accent: Theme.accent
    readonly property var people: block.people || []
    readonly property var figures: block.figures || []
    readonly property string picture: block.picture || ""
    readonly property bool hasSide: people.length > 0 || figures.length > 0 || picture !== ""

    Column {
        id: text
        width: Theme.portrait || !story.hasSide ? story.width * (story.hasSide ? 1 : 0.82) : story.width * 0.6
        spacing: 22
        SectionLabel { text: story.block.place || ""; visible: text !== ""; accent: story.accent }
        StageText {
            objectName: "storyTitle"
            width: parent.width
            text: story.block.title || ""
            font.pixelSize: Theme.headingSize + 4
            font.bold: true
            lineHeight: 1.1
        }
        StageText {
            objectName: "storyBody"
            width: parent.width
            text: story.block.body || ""
            font.pixelSize: Theme.bodySize
            lineHeight: 1.3
        }
    }

    Column {
        id: side
        x: Theme.portrait ? 0 : story.width * 0.64
        y: Theme.portrait ? text.height + 48 : 12
        width: Theme.portrait ? story.width : story.width * 0.36
        spacing: Theme.gap
        visible: story.hasSide

        // The story's picture, decoded off the GUI thread at the size it is shown, in the room the
        // figures and people leave (16:9 at most).
        Image {
            objectName: "storyPicture"
            readonly property bool wanted: story.picture !== ""
            readonly property bool settled: status !== Image.Loading  // export waits for it
            readonly property real room: (Theme.portrait ? story.height - side.y : story.height - side.y)
                                         - others.height - Theme.gap
            visible: wanted && status !== Image.Error && height > 80
            width: side.width
            height: wanted ? Math.max(0, Math.min(Math.round(width * 9 / 16), room)) : 0
            // Through the pictures' provider, which decodes JPEG, PNG and WebP only, chosen by content: no
            // other image plugin ever sees a pack's file.
            source: wanted && ShowController.chartsReady ? "image://portrait/" + encodeURIComponent(story.picture) : ""
            asynchronous: !ShowController.exporting
            sourceSize.width: width
            fillMode: Image.PreserveAspectCrop
        }
        Column {
            id: others
            width: side.width
            spacing: Theme.gap
            Repeater {
                model: story.figures
                delegate: KpiTile {
                    required property var modelData
                    width: side.width
                    figure: modelData
                    accent: story.accent
                    compact: true
                }
            }
            Repeater {
                model: story.people
                delegate: PersonChip {
                    required property var modelData
                    width: side.width
                    person: modelData
                }
            }
        }
    }
}
