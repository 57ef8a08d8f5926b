import QtQuick

// A story: where it happened, what happened, who took part and its numbers. Text on the left (on top
// in portrait), people and figures beside it.
Item {
    id: story
    property var block: ({})
    property color accent: Theme.accent
    property bool portrait: false
    readonly property var people: block.people || []
    readonly property var figures: block.figures || []
    readonly property bool hasSide: people.length > 0 || figures.length > 0

    Column {
        id: text
        width: story.portrait || !story.hasSide ? story.width * (story.hasSide ? 1 : 0.82) : story.width * 0.56
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
            lineHeight: 1.42
        }
    }

    Column {
        id: side
        x: story.portrait ? 0 : story.width * 0.62
        y: story.portrait ? text.height + 48 : 12
        width: story.portrait ? story.width : story.width * 0.38
        spacing: Theme.gap
        visible: story.hasSide

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
