pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// A story: where, what, who took part and its numbers. Text first (on top in portrait), people and figures beside
// (below) it, inside the story's box whatever the pack holds within its limits: in landscape the people move under
// the text when the side cannot hold them below the figures; people and figures share two columns in portrait, and
// in landscape when that is shorter; what still does not fit is drawn smaller. The picture takes the room the side
// leaves, or the room under the text when larger (a flatter crop); left out (logged, reported) when neither has.
Item {
    id: story
    property var block: ({})
    property color accent: Theme.accent
    readonly property var people: block.people || []
    readonly property var figures: block.figures || []
    readonly property string picture: block.picture || ""
    readonly property bool hasSide: people.length > 0 && !peopleRow || figures.length > 0 || picture !== ""
    // A chip's height with a role of one or two lines: an estimate that places the people without a binding loop.
    readonly property real chipHeight: Theme.smallPortrait + 2 * 20 + 12
    readonly property real peopleHeight: people.length * chipHeight + Math.max(0, people.length - 1) * Theme.gap
    // Under the text there is room for two chips side by side; in reach mode, with nothing else beside the text,
    // the people take a row across the story's whole width at its foot (a column of three would rise out of reach).
    readonly property bool peopleRow: peopleInReach && figures.length === 0 && picture === ""
    readonly property real underWidth: peopleRow ? width : text.width
    readonly property int underColumns: peopleInReach
        ? Math.max(1, Math.min(people.length, Math.floor((underWidth + Theme.gap) / (Theme.sized(300) + Theme.gap))))
        : people.length > 2 ? 2 : 1
    readonly property int underRows: Math.ceil(people.length / underColumns)
    readonly property real underHeight: underRows * chipHeight + Math.max(0, underRows - 1) * Theme.gap
    readonly property real sideTop: Theme.portrait ? text.height + 48 : 12
    // In reach mode (Access) the people, who open their pages, go to the story's foot, within a seated reach.
    readonly property bool peopleInReach: Access.reach && ShowController.touchChrome && people.length > 0
    readonly property bool peopleUnderText: peopleRow || people.length > 0 && text.height + 48 + underHeight <= story.height
        && (peopleInReach || !Theme.portrait && figures.length > 0 && picture === ""  // a picture takes that room
            && figuresHeight() + Theme.gap + peopleHeight > story.height - sideTop)
    // Above the people's row the text has what the row leaves; a text taller than that is drawn smaller.
    readonly property real textRoom: story.height - 48 - underHeight
    readonly property bool pictureLeftOut: picture !== "" && story.height > 0 && !storyPicture.visible
                                           && storyPicture.status !== Image.Error
    // The room each place has for the picture, from the content's heights at the top (the lift is not in them).
    readonly property real sideFree: height - sideTop - others.height - (others.height > 0 ? Theme.gap : 0)
    readonly property real underFree: height - text.height - 48
    readonly property bool pictureUnderText: picture !== "" && !Theme.portrait && !peopleUnderText
                                             && sideFree < roomyPicture && underFree > sideFree
    readonly property real roomyPicture: 160

    // A landscape side taller than the story tries two columns, kept if shorter (wordy tiles grow taller when
    // narrower): tried once laid out, again when the story or its room changes (a tile's height follows its width).
    property bool sideInTwo: false
    property real oneColumnHeight: 0  // 0: two columns not tried yet
    function checkSide() {
        if (Theme.portrait || figures.length + people.length < 3)
            return
        if (sideInTwo && others.height >= oneColumnHeight)
            sideInTwo = false  // no shorter: one column, and tried
        else if (oneColumnHeight === 0 && others.height > others.room + 1) {
            oneColumnHeight = others.height
            sideInTwo = true
            sideCheck.restart()
        }
    }
    function recheckSide() { sideInTwo = false; oneColumnHeight = 0; sideCheck.restart() }
    // Not Qt.callLater: a call queued as the scene goes would run in a context already destroyed; a timer goes with it.
    Timer { id: sideCheck; interval: 0; onTriggered: story.checkSide() }
    readonly property var sideKey: [width, height, block]
    onSideKeyChanged: recheckSide()

    // A short story sits in the middle of its box, not under the heading with the lower stage empty: the lift
    // is half the room its content leaves (none when it fills the box, and none in reach mode, whose people
    // keep to the foot). Worked out from the heights the content has at the top, so that placing it lower
    // changes nothing it is computed from: the picture at 16:9 as far as the room allows, the side unscaled.
    readonly property real pictureNatural: {
        if (picture === "" || storyPicture.status === Image.Error)
            return 0
        const room = pictureUnderText ? underFree : sideFree
        const natural = Math.max(0, Math.min(Math.round(storyPicture.width * 9 / 16), room))
        return natural > 80 ? natural : 0
    }
    readonly property real sideNatural: !hasSide ? 0 : sideTop + others.height
        + (pictureNatural > 0 && !pictureUnderText ? pictureNatural + (others.height > 0 ? Theme.gap : 0) : 0)
    readonly property real textNatural: text.height + (peopleUnderText ? 48 + peopleUnder.height : 0)
                                        + (pictureUnderText && pictureNatural > 0 ? 48 + pictureNatural : 0)
    readonly property real lift: Access.reach && ShowController.touchChrome ? 0
                                 : Math.max(0, Math.round((height - Math.max(textNatural, sideNatural)) / 2))

    // The figures' rows in the side's columns.
    function figuresHeight() {
        let total = 0
        for (let i = 0; i < figureTiles.count; i += others.columns) {
            let row = 0
            for (let j = i; j < Math.min(i + others.columns, figureTiles.count); ++j)
                row = Math.max(row, figureTiles.itemAt(j) ? figureTiles.itemAt(j).height : 0)
            total += row + (i > 0 ? Theme.gap : 0)
        }
        return total
    }

    Column {
        id: text
        x: Theme.mirrored(0, width, story.width)
        y: story.lift
        width: Math.round(Theme.portrait || !story.hasSide ? story.width * (story.hasSide ? 1 : 0.82) : story.width * 0.6)
        spacing: 22
        scale: story.peopleRow && height > story.textRoom && story.textRoom > 0 ? story.textRoom / height : 1
        transformOrigin: Theme.topStart
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
            lineHeight: 1.3
        }
    }

    // The people under the text, when the side column has no room for them.
    Grid {
        id: peopleUnder
        objectName: "storyPeopleUnderText"
        x: Theme.mirrored(0, width, story.width)
        y: story.peopleInReach ? story.height - height : text.y + text.height + 48
        width: story.underWidth
        columns: story.underColumns
        spacing: Theme.gap
        visible: story.peopleUnderText
        // As the side column: smaller rather than under the bar, should a long role make the chips taller.
        scale: height > story.height - y && height > 0 ? (story.height - y) / height : 1
        transformOrigin: Theme.topStart
        Repeater {
            model: story.peopleUnderText ? story.people : []
            delegate: PersonChip {
                required property var modelData
                width: Math.floor(story.underColumns > 1 ? (peopleUnder.width - (story.underColumns - 1) * Theme.gap) / story.underColumns
                                                          : peopleUnder.width * 0.8)
                person: modelData
            }
        }
    }

    Column {
        id: side
        x: Theme.portrait ? 0 : Theme.mirrored(Math.round(story.width * 0.64), width, story.width)
        y: story.sideTop + story.lift
        width: Math.round(Theme.portrait ? story.width : story.width * 0.36)
        spacing: Theme.gap
        visible: story.hasSide
        // In reach mode, people who stay beside the text sit at the story's foot (without a picture to lay out).
        topPadding: story.peopleInReach && !story.peopleUnderText && story.picture === ""
                    ? Math.max(0, story.height - y - others.height * others.scale) : 0

        // The picture's place in the column (the picture itself is the story's child: see storyPicture).
        Item {
            id: sideSlot
            width: side.width
            height: story.pictureUnderText ? 0 : storyPicture.height
            visible: storyPicture.visible && !story.pictureUnderText
        }
        Grid {
            id: others
            objectName: "storySide"
            // Two columns where a portrait stage's full width would leave one tile a whole row.
            columns: Theme.portrait && story.figures.length + story.people.length > 2 || story.sideInTwo ? 2 : 1
            readonly property real cell: Math.floor((side.width - (columns - 1) * spacing) / columns)
            // Drawn smaller, never under the timeline bar, when even so it is taller than the story's box.
            readonly property real room: story.height - side.y
            scale: height > room && height > 0 ? room / height : 1
            transformOrigin: Item.Top
            onHeightChanged: sideCheck.restart()
            width: side.width
            spacing: Theme.gap
            Repeater {
                id: figureTiles
                model: story.figures
                delegate: KpiTile {
                    required property var modelData
                    width: others.cell
                    figure: modelData
                    accent: story.accent
                    compact: true
                }
            }
            Repeater {
                model: story.peopleUnderText ? [] : story.people
                delegate: PersonChip {
                    required property var modelData
                    width: others.cell
                    person: modelData
                }
            }
        }
    }

    // The story's picture, decoded off the GUI thread at the size it is shown, in the room left (16:9 at most).
    Image {
        id: storyPicture
        objectName: "storyPicture"
        // In the side column (its slot there), or under the text when the side has no room for it.
        x: story.pictureUnderText ? underText.x : side.x
        y: story.pictureUnderText ? underText.y : side.y + sideSlot.y
        readonly property bool wanted: story.picture !== ""
        readonly property bool settled: wantedSource === "" || made && status !== Image.Loading  // export waits
        readonly property real room: story.pictureUnderText ? underText.height
                                     : story.height - side.y - others.height * others.scale - (others.height > 0 ? Theme.gap : 0)
        visible: wanted && status !== Image.Error && height > 80  // preflight.MIN_STORY_PICTURE
        width: story.pictureUnderText ? underText.width : side.width
        height: wanted ? Math.max(0, Math.min(Math.round(width * 9 / 16), room)) : 0
        // Through the pictures' provider (JPEG, PNG and WebP only, by content): no other image plugin sees the file.
        readonly property string wantedSource: wanted && ShowController.chartsReady
                                               ? "image://portrait/" + encodeURIComponent(story.picture) : ""
        // Decoded ahead by the picture queue; Qt's loader thread must never call into Python.
        readonly property bool made: Pictures.ready(wantedSource, width, -1, Pictures.serial)
        source: made ? wantedSource : ""
        asynchronous: false
        sourceSize.width: width
        fillMode: Image.PreserveAspectCrop
        clip: true  // the crop: without it the picture runs past its box, over the text or under the bar
    }

    Item {
        id: underText
        x: text.x
        y: text.y + text.height * text.scale + 48
        width: text.width
        height: Math.max(0, story.height - y)
    }

    // Said into the log (qt/platform/messages.py) once the layout has settled, once per story on screen.
    property bool leftOutSaid: false
    Timer {
        interval: 0
        running: story.pictureLeftOut && story.visible && !story.leftOutSaid
        onTriggered: {
            if (!story.pictureLeftOut)
                return
            story.leftOutSaid = true
            console.info("story '" + (story.block.id || story.block.title || "") + "': its picture is left out, "
                         + "the story's figures and people take its room")
        }
    }
}
