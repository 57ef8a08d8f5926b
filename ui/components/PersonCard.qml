import QtQuick

// An honouree in the gallery grid: portrait, name, role and category.
Card {
    id: card
    property var person: ({})
    objectName: "person-" + (person.id || "")

    Column {
        anchors.fill: parent
        anchors.margins: Theme.cardPadding
        spacing: 12
        Portrait {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 132
            height: 132
            initial: card.person.initial || ""
            tint: card.person.colour || Theme.accent
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.name || ""
            font.pixelSize: Theme.captionSize + 2
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.role || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize - 4
            lineHeight: 1.15
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        StageText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.person.category || ""
            visible: text !== ""
            color: Theme.gold
            font.pixelSize: Theme.smallSize - 5
            maximumLineCount: 1
            elide: Text.ElideRight
        }
    }
}
