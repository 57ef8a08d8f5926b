import QtQuick
import HuzhouViewer

// An honouree in the gallery grid: portrait, name, role and category. Side by side on a wide, short card
// (a landscape grid), stacked on a tall one.
Card {
    id: card
    property var person: ({})
    property bool sideBySide: false
    // Beside the portrait, a right-to-left name (Arabic, Hebrew) and its lines align right.
    // (A mirrored stage aligns every name right, as its text: Theme.rtl.)
    readonly property int align: person.rtl && !Theme.rtl ? Text.AlignRight : Text.AlignLeft
    objectName: "person-" + (person.id || "")
    Accessible.role: Accessible.Button
    Accessible.name: card.person.name || ""
    Accessible.description: card.person.role || ""
    Accessible.onPressAction: ShowController.openPerson(card.person.id)
    activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
    FocusRing { round: card.radius }

    Portrait {
        id: face
        x: card.sideBySide ? Theme.mirrored(22, width, card.width) : (card.width - width) / 2
        y: card.sideBySide ? (card.height - height) / 2 : 16
        width: Theme.smallPortrait
        height: Theme.smallPortrait
        initial: card.person.initial || ""
        tint: card.person.colour || Theme.accent
        disc: (Theme.highContrast ? card.person.contrastDiscColour : card.person.discColour) || ""
        ink: card.person.initialColour || ""
        seed: card.person.seed || 0
        photo: card.person.photo || ""
    }
    // A long name wraps (inside a word too long for a line), then shrinks to the hall's smallest legible size
    // (Theme.smallSize, 90 % of its own), and is elided only past that: validate warns of a name wider than
    // 40 letters. The two hidden copies measure it at both sizes, to give it the size and height it needs.
    StageText {
        id: fullName
        visible: false
        width: name.width
        text: name.text
        font.pixelSize: Theme.captionSize
        font.bold: true
        lineHeight: name.lineHeight
    }
    StageText {
        id: smallName
        visible: false
        width: name.width
        text: name.text
        font.pixelSize: Theme.smallSize
        font.bold: true
        lineHeight: name.lineHeight
    }
    Column {
        id: words
        readonly property real firstY: card.sideBySide ? 10 : face.y + face.height + 10
        readonly property real inner: card.height - firstY - 10
        // The name first: whole, then shrunk, then cut to the lines that fit; then the role and the category, each
        // only whole and only if there is room (the person's page has both, the filter's chips the category).
        readonly property bool categoryFits: inner - name.height - (role.visible ? role.height + spacing : 0)
                                             - spacing >= category.implicitHeight
        x: Theme.mirrored(card.sideBySide ? 22 + face.width + 18 : 12, width, card.width)
        y: card.sideBySide ? Math.round((card.height - height) / 2) : firstY
        width: card.width - (card.sideBySide ? 22 + face.width + 18 + 22 : 24)
        spacing: card.sideBySide ? 4 : 8
        StageText {
            id: name
            objectName: "cardName"
            width: parent.width
            readonly property bool shrunk: fullName.implicitHeight > words.inner
            height: Math.max(0, Math.min(Math.ceil((shrunk ? smallName : fullName).implicitHeight - 0.01),
                                         Math.floor(words.inner)))
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: card.person.name || ""
            font.pixelSize: shrunk ? Theme.smallSize : Theme.captionSize
            font.bold: true
            lineHeight: 0.9
            // Elided on the last whole line that fits, never a line cut through; only when lines are left out (a
            // line Qt's wrapping lets stand a hair over the width would be elided too).
            elide: (shrunk ? smallName : fullName).lineCount > maximumLineCount ? Text.ElideRight : Text.ElideNone
            readonly property real lineStep: (shrunk ? smallName : fullName).implicitHeight
                                             / Math.max(1, (shrunk ? smallName : fullName).lineCount)
            maximumLineCount: Math.max(1, Math.floor((height + 1) / Math.max(1, lineStep)))
        }
        StageText {
            id: role
            width: parent.width
            visible: text !== "" && implicitHeight <= words.inner - name.height - words.spacing
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            text: card.person.role || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            lineHeight: 1.0
        }
        StageText {
            id: category
            width: parent.width
            horizontalAlignment: card.sideBySide ? card.align : Text.AlignHCenter
            text: card.person.category || ""
            // Beside the chips that filter by it; the clean feed leaves it to the person's page (room for the name).
            // Never in place of a role left out: every card of the grid says the same kind of thing.
            visible: text !== "" && ShowController.touchChrome && words.categoryFits && (role.visible || role.text === "")
            color: Theme.gold
            font.pixelSize: Theme.smallSize
        }
    }

    MouseArea {
        anchors.fill: parent
        enabled: ShowController.touchChrome
        onClicked: ShowController.openPerson(card.person.id)
    }
}
