import QtQuick
import "../components"

// The year's honourees as a grid of portrait cards (a GridView: only the cards on screen exist).
Item {
    id: gallery
    property var view: ({})
    property int step: 0
    property bool portrait: false
    property string iconGlyph: ""
    property string iconFamily: ""
    readonly property var people: view.people || []
    readonly property int margin: portrait ? Theme.portraitMargin : Theme.margin
    readonly property int columns: portrait ? 3 : 4

    CompactHeading {
        id: heading
        x: gallery.margin
        y: gallery.portrait ? 96 : 56
        width: parent.width - 2 * gallery.margin - (gallery.portrait ? 0 : 200)
        view: gallery.view
        accent: Theme.accent
        iconGlyph: gallery.iconGlyph
        iconFamily: gallery.iconFamily
    }

    StageText {
        id: subtitle
        objectName: "gallerySubtitle"
        x: gallery.margin
        y: heading.y + heading.height
        width: parent.width - 2 * gallery.margin
        text: gallery.view.subtitle || ""
        visible: text !== ""
        color: Theme.muted
        font.pixelSize: Theme.captionSize
    }

    GridView {
        id: grid
        objectName: "galleryGrid"
        x: gallery.margin
        y: heading.y + heading.height + Theme.gap + (subtitle.visible ? subtitle.height : 0)
        width: parent.width - 2 * gallery.margin
        height: parent.height - y - Theme.gap
        clip: true
        model: gallery.people
        cellWidth: width / gallery.columns
        cellHeight: Math.max(gallery.portrait ? 380 : 320, height / (gallery.portrait ? 4 : 2))
        boundsBehavior: Flickable.StopAtBounds
        delegate: Item {
            id: cell
            required property var modelData
            width: grid.cellWidth
            height: grid.cellHeight
            PersonCard {
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                person: cell.modelData
            }
        }
    }

    StageText {
        anchors.centerIn: grid
        visible: gallery.people.length === 0
        text: gallery.view.emptyText || ""
        color: Theme.muted
        font.pixelSize: Theme.headingSize
    }
}
