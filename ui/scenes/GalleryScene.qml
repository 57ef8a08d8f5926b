import QtQuick
import "../components"

// The year's honourees. Step 0 is the grid (a GridView: only the cards on screen exist) with a category
// filter; each further step is one honouree's page, so a clicker walks through them all.
Item {
    id: gallery
    property var view: ({})
    property int step: 0
    property int restingStep: 0
    property bool portrait: false
    property string iconGlyph: ""
    property string iconFamily: ""
    property string category: ""  // the filter: "" is everyone
    readonly property var people: view.people || []
    readonly property var shownPeople: category === "" ? people : people.filter(p => p.categoryId === category)
    readonly property var categories: view.categories || []
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

    Item {
        id: grid
        objectName: "galleryGridPage"
        x: gallery.margin
        y: heading.y + heading.height + Theme.gap
        width: parent.width - 2 * gallery.margin
        height: parent.height - y - Theme.gap
        opacity: gallery.step === 0 ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }

        StageText {
            id: subtitle
            objectName: "gallerySubtitle"
            width: parent.width
            text: gallery.view.subtitle || ""
            visible: text !== ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }

        Flow {
            id: chips
            y: subtitle.visible ? subtitle.height + 12 : 0
            objectName: "categoryChips"
            width: parent.width
            spacing: 14
            visible: gallery.categories.length > 1
            Repeater {
                model: [{ id: "", name: gallery.view.allLabel || "" }].concat(gallery.categories)
                delegate: Rectangle {
                    id: chip
                    required property var modelData
                    readonly property bool chosen: gallery.category === modelData.id
                    objectName: "chip-" + (modelData.id || "all")
                    width: chipText.implicitWidth + 40
                    height: chipText.implicitHeight + 16
                    radius: height / 2
                    color: chosen ? Theme.accent : "transparent"
                    border.color: chosen ? Theme.accent : Theme.outline
                    border.width: 2
                    StageText {
                        id: chipText
                        anchors.centerIn: parent
                        wrapMode: Text.NoWrap
                        text: chip.modelData.name
                        color: chip.chosen ? "white" : Theme.text
                        font.pixelSize: Theme.smallSize - 3
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: gallery.category = chip.modelData.id
                    }
                }
            }
        }

        GridView {
            id: cards
            objectName: "galleryGrid"
            y: chips.visible ? chips.y + chips.height + Theme.gap : chips.y
            width: parent.width
            height: parent.height - y
            clip: true
            model: gallery.shownPeople
            cellWidth: width / gallery.columns
            cellHeight: gallery.portrait ? Math.max(380, height / 4) : Math.max(220, height / 3)
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                id: cell
                required property var modelData
                width: cards.cellWidth
                height: cards.cellHeight
                PersonCard {
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    person: cell.modelData
                    sideBySide: !gallery.portrait
                }
            }
        }

        StageText {
            anchors.centerIn: cards
            visible: gallery.people.length === 0
            text: gallery.view.emptyText || ""
            color: Theme.muted
            font.pixelSize: Theme.headingSize
        }
    }

    // A tap beside an honouree's page goes back to the grid.
    MouseArea {
        anchors.fill: parent
        enabled: gallery.step > 0
        onClicked: presentation.goTo(presentation.sceneIndex, 0)
    }

    // The page of the honouree at this step (and, while it fades, the one just left).
    Repeater {
        model: gallery.people
        delegate: Loader {
            id: page
            required property var modelData
            required property int index
            x: gallery.margin
            y: heading.y + heading.height + Theme.gap
            width: gallery.width - 2 * gallery.margin
            height: gallery.height - y - Theme.gap
            opacity: gallery.step === index + 1 ? 1 : 0
            visible: opacity > 0 && (gallery.step === index + 1 || presentation.previousStep === index + 1)
            active: visible || (presentation.warm && Math.abs(gallery.restingStep - index - 1) <= 1)
            asynchronous: !visible
            Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
            sourceComponent: PersonDetail {
                person: page.modelData
                portrait: gallery.portrait
            }
        }
    }
}
