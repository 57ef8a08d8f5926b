pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// A venue's screens as the leader sees them (Modes.venue): each with where it is and its language; one that
// dropped or runs another pack is marked. The broker's absence is said here only, never to the audience.
Rectangle {
    id: panel
    objectName: "venuePanel"
    color: "#202124"
    radius: 6
    readonly property var venue: Modes.venue

    Column {
        x: 12
        y: 6
        width: panel.width - 24
        spacing: 2
        ConsoleText {
            objectName: "venueHeading"
            width: parent.width
            font.pixelSize: 18
            color: panel.venue.brokerUp && panel.venue.leading ? "#9AA0A6" : "#FDD663"
            text: ShowController.words["venue-screens"] + " " + panel.venue.screens.length
                  + (panel.venue.dropped > 0 ? " · " + panel.venue.dropped + " " + ShowController.words["venue-gone"] : "")
                  + (!panel.venue.brokerUp ? " · " + ShowController.words["venue-no-broker"]
                     : (!panel.venue.leading ? " · " + ShowController.words["venue-not-leading"] : ""))
        }
        Repeater {
            model: panel.venue.screens
            delegate: ConsoleText {
                required property var modelData
                objectName: "venueScreen"
                width: panel.width - 24
                font.pixelSize: 17
                color: !modelData.online ? "#F28B82" : (modelData.otherPack ? "#FDD663" : "#E8EAED")
                text: modelData.name + "  " + modelData.where + "  " + modelData.language
                      + (modelData.online ? "" : "  · " + ShowController.words["venue-gone"])
                      + (modelData.otherPack ? "  · " + ShowController.words["venue-other-pack"] : "")
                      + (modelData.online && modelData.lag >= 0 ? "  " + Math.round(modelData.lag) + " ms" : "")
            }
        }
    }

    // The announcement on every screen, a way to take it away, and the field to write one (M, or a click).
    Column {
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
        x: 12
        width: panel.width - 24
        spacing: 6
        Row {
            visible: panel.venue.announcement !== ""
            spacing: 10
            ConsoleText {
                objectName: "venueAnnouncement"
                width: panel.width - 24 - clear.width - 10
                anchors.verticalCenter: parent.verticalCenter
                font.pixelSize: 17
                color: "#FDD663"
                text: ShowController.words["venue-announcement"] + ": " + panel.venue.announcement
            }
            Rectangle {
                id: clear
                objectName: "venueClearAnnouncement"
                width: clearText.implicitWidth + 20
                height: 28
                radius: 4
                color: "#3C4043"
                ConsoleText { id: clearText; anchors.centerIn: parent; font.pixelSize: 16; text: ShowController.words["venue-clear"] }
                TapHandler { onTapped: panel.venue.clearAnnouncement() }
            }
        }
        Rectangle {
            width: parent.width
            height: 32
            radius: 4
            color: "#111418"
            border.color: compose.activeFocus ? "#8AB4F8" : "#3C4043"
            TextInput {
                id: compose
                objectName: "venueCompose"
                x: 8
                width: parent.width - 16
                anchors.verticalCenter: parent.verticalCenter
                color: "#E8EAED"
                font.family: ShowController.fontFamily
                font.pixelSize: 17
                clip: true
                maximumLength: 280
                onAccepted: {
                    panel.venue.announce(text)
                    text = ""
                    focus = false
                }
                Keys.onEscapePressed: focus = false
                ConsoleText {
                    visible: compose.text === "" && !compose.activeFocus
                    width: compose.width
                    font.pixelSize: 16
                    color: "#9AA0A6"
                    text: ShowController.words["venue-compose-hint"]
                }
            }
            Connections {
                target: panel.venue
                function onComposeRequested() { compose.forceActiveFocus() }
            }
        }
    }
}
