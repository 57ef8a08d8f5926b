import QtQuick
import HuzhouViewer

// An honouree's page: a large portrait, who they are, why they are honoured in their own words, and the
// season their story belongs to. Next and previous walk through the honourees (they are the gallery's steps);
// Esc, the back button or a tap beside the page (GalleryScene) returns to the grid.
Item {
    id: detail
    property var person: ({})
    // The links' arrows point the way the show's language reads: in Arabic or Hebrew "back" points right.
    readonly property bool readsRtl: Qt.locale(ShowController.language).textDirection === Qt.RightToLeft
    function onward(text) { return text + (readsRtl ? " \u2190" : " \u2192") }
    // With the visitor's larger text (Access) the portrait gives the words room: it is drawn smaller.
    readonly property int designedPortrait: Math.round((Theme.portrait ? 420 : 340) / Theme.textScale)
    // Smaller still, down to half, while the words would run under the links (words.refit).
    property int portraitSize: designedPortrait
    onDesignedPortraitChanged: { words.restart(); Qt.callLater(words.refit) }

    Card {
        id: page
        objectName: "personPage"
        anchors.fill: parent
        MouseArea { objectName: "pageBlocker"; anchors.fill: parent; enabled: ShowController.touchChrome }  // taps on the page itself stay on it

        Portrait {
            id: face
            objectName: "detailPortrait"
            x: Theme.portrait ? (parent.width - width) / 2 : Theme.mirrored(56, width, parent.width)
            y: Theme.portrait ? 48 : (parent.height - height) / 2
            width: detail.portraitSize
            height: detail.portraitSize
            initial: detail.person.initial || ""
            tint: detail.person.colour || Theme.accent
            disc: (Theme.highContrast ? detail.person.contrastDiscColour : detail.person.discColour) || ""
            ink: detail.person.initialColour || ""
            seed: detail.person.seed || 0
            photo: detail.person.photo || ""
        }

        Column {
            id: words
            readonly property real lead: Theme.portrait ? 48 : 56 + face.width + 64
            x: Theme.rtl ? parent.width - lead - width : lead
            y: Theme.portrait ? face.y + face.height + 40 : 40
            // Words that would run past the links take room from the portrait first (in portrait, where it
            // stands above them: down to half its size); larger text that still does is set wider and drawn
            // smaller (`fit`, never under the designed size), as a scene's blocks are (StepScene.qml).
            readonly property real room: parent.height - y - (links.visible ? links.height * links.scale + 28 + Theme.gap : 40)
            property real fit: 1
            property bool fitting: false  // the changes refit makes itself start no other refit
            function refit() {
                if (fitting)
                    return
                fitting = true
                links.forceLayout()
                forceLayout()
                // In portrait the words' height does not depend on the portrait's: what overflows comes off it.
                const over = implicitHeight * fit - room
                if (Theme.portrait && over > 1) {
                    detail.portraitSize = Math.max(Math.round(detail.designedPortrait / 2),
                                                   Math.floor(detail.portraitSize - over))
                    forceLayout()
                }
                // Only smaller, each step reflowing the words wider; laid out now to be measured now.
                for (let round = 0; Theme.largeText && round < 8; ++round) {
                    forceLayout()
                    if (implicitHeight * fit <= room + 1)
                        break
                    const smaller = Math.max(1 / Theme.textScale, fit * Math.sqrt(room / (implicitHeight * fit)), fit - 0.2)
                    if (smaller >= fit)
                        break
                    fit = smaller
                }
                if (!Theme.largeText)
                    fit = 1
                fitting = false
            }
            // From the designed sizes again for another person (the stage's own size, in its units, is fixed).
            function restart() {
                fitting = true
                detail.portraitSize = detail.designedPortrait
                fit = 1
                fitting = false
            }
            onImplicitHeightChanged: if (!fitting) Qt.callLater(refit)
            onRoomChanged: if (!fitting) { fit = 1; Qt.callLater(refit) }
            Connections {
                target: detail
                function onPersonChanged() { words.restart(); words.refit(); Qt.callLater(words.refit) }
                function onVisibleChanged() { Qt.callLater(words.refit) }  // measured once in sight
            }
            width: (parent.width - lead - 48) / fit
            scale: fit
            transformOrigin: Theme.topStart
            spacing: 12
            StageText {
                objectName: "detailCategory"
                text: detail.person.category || ""
                visible: text !== ""
                color: Theme.gold
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            StageText {
                objectName: "detailName"
                // Lines of about one width: a long name never leaves its last word alone ("Lüden-/scheidt").
                width: Lines.balancedWidth(text, font, parent.width)
                text: detail.person.name || ""
                // A right-to-left name (Arabic, Hebrew) aligns right, by its own direction; on a mirrored stage
                // every name does (horizontalAlignment is mirrored with it).
                x: detail.person.rtl || Theme.rtl ? parent.width - width : 0
                readonly property int align: detail.person.rtl && !Theme.rtl ? Text.AlignRight : Text.AlignLeft
                horizontalAlignment: align
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            StageText {
                width: parent.width
                text: [detail.person.role, detail.person.organisation].filter(t => t).join(" · ")
                color: Theme.muted
                font.pixelSize: Theme.captionSize
                lineHeight: 1.2
            }
            Item { width: 1; height: 8 }
            StageText {
                objectName: "detailCitation"
                width: parent.width
                text: detail.person.citation || ""
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
            }
            StageText {
                objectName: "detailQuote"
                width: parent.width
                text: detail.person.quote ? "\u201C" + detail.person.quote + "\u201D" : ""
                visible: text !== ""
                color: Theme.gold
                font.pixelSize: Theme.captionSize
                font.bold: true
                lineHeight: 1.15
            }
        }

        // The links (touch screens only): a flow from the bottom right, onto two lines on a narrow page. With
        // the visitor's larger text, links that would take two lines are drawn smaller to keep to one (never
        // under their designed size): the second line took the words' room.
        Flow {
            id: links
            visible: ShowController.touchChrome
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 28
            readonly property real room: parent.width - 56
            readonly property real natural: {
                let sum = 0, shown = 0
                for (const child of children)
                    if (child.visible) { sum += child.width; ++shown }
                return sum + Math.max(0, shown - 1) * spacing
            }
            scale: Theme.largeText && natural > room ? Math.max(1 / Theme.textScale, room / natural) : 1
            transformOrigin: Item.BottomRight
            width: room / scale
            layoutDirection: Qt.RightToLeft
            spacing: 16
            LinkButton {
                id: toStory
                objectName: "toStory"
                visible: (detail.person.storyScene ?? -1) >= 0 && ShowController.touchChrome
                text: detail.onward(detail.person.storyTitle || "")
                onClicked: ShowController.goTo(detail.person.storyScene, detail.person.storyStep)
            }
            LinkButton {
                objectName: "backToGrid"
                text: (detail.readsRtl ? "\u2192 " : "\u2190 ") + ShowController.words["back-to-grid"]
                onClicked: ShowController.goTo(ShowController.sceneIndex, 0)
            }
            LinkButton {
                objectName: "toSeason"
                visible: (detail.person.seasonIndex ?? -1) >= 0
                text: detail.onward(detail.person.seasonLabel || "")
                onClicked: ShowController.jump(detail.person.seasonIndex)
            }
        }
    }
}
