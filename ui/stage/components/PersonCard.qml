import QtQuick
import HuzhouViewer

// An honouree in the gallery grid: portrait, name, role and category. Side by side on a wide, short card
// (a landscape grid), stacked on a tall one.
Card {
    id: card
    property var person: ({})
    property bool sideBySide: false
    // Beside the portrait, a right-to-left name (Arabic, Hebrew) and its lines align right.
    readonly property int align: person.rtl ? Text.AlignRight : Text.AlignLeft
    objectName: "person-" + (person.id || "")

    Portrait {
        id: face
        x: card.sideBySide ? 22 : (card.width - width) / 2
        y: card.sideBySide ? (card.height - height) / 2 : 22
        width: Theme.smallPortrait
        height: Theme.smallPortrait
        initial: card.person.initial || ""
        tint: card.person.colour || Theme.accent
        disc: card.person.discColour || ""
        ink: card.person.initialColour || ""
        seed: card.person.seed || 0
        photo: card.person.photo || ""
    }
    Column {
        x: card.sideBySide ? face.x + face.width + 18 : 22
        y: card.sideBySide ? (card.height - height) / 2 : face.y + face.height + 10
        width: card.width - x - 22
        spacing: 8
        StageText {
            objectName: "cardName"
            width: parent.width
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            text: card.person.name || ""
            font.pixelSize: Theme.captionSize
            font.bold: true
            lineHeight: 0.95
        }
        StageText {
            width: parent.width
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            text: card.person.role || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize - 4
            lineHeight: 1.0
        }
        StageText {
            width: parent.width
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            text: card.person.category || ""
            visible: text !== ""
            color: Theme.gold
            font.pixelSize: Theme.smallSize - 5
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: ShowController.openPerson(card.person.id)
    }
}
