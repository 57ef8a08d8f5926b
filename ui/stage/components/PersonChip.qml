import QtQuick
import HuzhouViewer

// A person named in a story: portrait, name and role in one line-high card; in a narrow one (a story's side in
// two columns) the portrait stands above the name, which then has the card's whole width.
Card {
    id: chip
    property var person: ({})
    readonly property bool stacked: width < Theme.smallPortrait + 300
    height: stacked ? portrait.height + 12 + info.height + 2 * 20 : Math.max(portrait.height, info.height) + 2 * 20
    Accessible.role: Accessible.Button
    Accessible.name: chip.person.name || ""
    Accessible.description: chip.person.role || ""
    Accessible.onPressAction: ShowController.openPerson(chip.person.id)
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: chip.radius }

    Portrait {
        id: portrait
        x: Theme.mirrored(20, width, chip.width)
        y: chip.stacked ? 20 : (chip.height - height) / 2
        width: Theme.smallPortrait
        height: Theme.smallPortrait
        initial: chip.person.initial || ""
        tint: chip.person.colour || Theme.accent
        disc: (Theme.highContrast ? chip.person.contrastDiscColour : chip.person.discColour) || ""
        ink: chip.person.initialColour || ""
        seed: chip.person.seed || 0
        photo: chip.person.photo || ""
    }
    Column {
        id: info
        x: Theme.mirrored(chip.stacked ? 20 : 20 + portrait.width + 20, width, chip.width)
        y: chip.stacked ? portrait.y + portrait.height + 12 : (chip.height - height) / 2
        width: chip.width - (chip.stacked ? 40 : portrait.width + 60)
        spacing: 4
        StageText { width: parent.width; text: chip.person.name || ""; font.pixelSize: Theme.captionSize; font.bold: true }
        StageText { width: parent.width; text: chip.person.role || ""; color: Theme.muted; font.pixelSize: Theme.smallSize; lineHeight: 1.15 }
    }

    // A story's people open their page in the gallery.
    MouseArea {
        anchors.fill: parent
        enabled: ShowController.touchChrome
        onClicked: ShowController.openPerson(chip.person.id)
    }
}
