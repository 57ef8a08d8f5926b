import QtQuick

// An honouree in the gallery grid: portrait, name, role and category.
Card {
    id: card
    property var person: ({})
    objectName: "person-" + (person.id || "")

    Column {
        anchors.fill: parent
        anchors.margins: 22
        spacing: 8
        Portrait {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.smallPortrait
            height: Theme.smallPortrait
            initial: card.person.initial || ""
            tint: card.person.colour || Theme.accent
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.name || ""
            font.pixelSize: Theme.captionSize
            font.bold: true
            lineHeight: 0.95
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.role || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize - 4
            lineHeight: 1.0
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.category || ""
            visible: text !== ""
            color: Theme.gold
            font.pixelSize: Theme.smallSize - 5
        }
    }
}
