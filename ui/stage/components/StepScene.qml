pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// A scene built in steps: step 0 is the hero heading; each further step brings in one block under a
// compact heading. Title, season and closing scenes are this with their own decoration.
Item {
    id: scene
    property var view: ({})
    property int step: 0
    property string iconGlyph: ""
    property string iconFamily: ""
    property Component decoration: null
    readonly property color accent: Theme.ink(view.accent || Theme.accent)
    readonly property int margin: Theme.portrait ? Theme.portraitMargin : Theme.margin
    readonly property var blocks: view.blocks || []
    // A couplet is a season's climax: it takes the whole stage, heading and all.
    readonly property bool onCouplet: step > 0 && step <= blocks.length && blocks[step - 1].kind === "couplet"
    // The step this scene shows while the show rests (changes only once a move has settled): the blocks
    // next to it are built ahead, after the transition, never during a key press.
    property int restingStep: 0
    // This scene's place in the show (set by its host): a scene that is no longer the settled one or next to
    // it starts no builds. Read beside the settled scene in one expression, never through a property of its
    // own that might still hold the old value while the same settling drops the scene mid-build.
    property int sceneIndex: -1
    // A block's view is being built asynchronously: the scene's host keeps the scene until it is done.
    readonly property bool building: {
        for (let i = 0; i < blockViews.count; ++i) {
            const block = blockViews.itemAt(i) as BlockView
            if (block && block.status === Loader.Loading)
                return true
        }
        return false
    }

    // A photograph behind the whole scene (the pack's `background`), decoded off the GUI thread at the size shown,
    // under a scrim of the ground as opaque as every text colour needs to stand 4.5:1 on any photo (the deck's).
    Image {
        objectName: "sceneBackground"
        readonly property bool settled: wanted === "" || made && status !== Image.Loading  // export waits
        anchors.fill: parent
        visible: source !== "" && status === Image.Ready
        readonly property string wanted: (scene.view.background || "") !== "" && ShowController.chartsReady
                                         ? "image://portrait/" + encodeURIComponent(scene.view.background) : ""
        // Not read back from sourceSize: that turns into the picture's own size once it is loaded.
        readonly property int pixelWidth: Math.round(width * Theme.stageScale)
        readonly property int pixelHeight: Math.round(height * Theme.stageScale)
        readonly property bool made: Pictures.ready(wanted, pixelWidth, pixelHeight, Pictures.serial)
        source: made ? wanted : ""
        asynchronous: false  // decoded ahead by the picture queue; Qt's loader thread must never call into Python
        sourceSize.width: pixelWidth
        sourceSize.height: pixelHeight
        fillMode: Image.PreserveAspectCrop
    }
    Rectangle {
        objectName: "scrim"
        anchors.fill: parent
        visible: (scene.view.background || "") !== ""
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, Theme.palette.scrim)
    }

    Loader {
        anchors.fill: parent
        sourceComponent: scene.decoration
    }

    HeroHeading {
        id: hero
        objectName: "hero"
        anchors.centerIn: parent
        // Larger text (Access) that makes the opening taller than the title-safe area is set in a wider column,
        // drawn smaller to fit: the words reflow into fewer lines, never off the stage.
        // Centred, inside the title-safe area (the title scene's opening fills it at the designed size).
        // A place mark in the lower corner (the clean feed's) keeps its line clear, above and so below.
        readonly property real room: parent.height - 2 * Theme.safeY - (ShowController.touchChrome ? Theme.sceneBottom : 0)
                                     - (ShowController.placeMark !== "" ? 3 * Theme.floorSize : 0)
        property real fit: 1
        function refit() {
            if (!Theme.largeText) {
                fit = 1
                return
            }
            // Only smaller, each step reflowing the words wider; laid out now to be measured now.
            for (let round = 0; round < 8; ++round) {
                forceLayout()
                if (implicitHeight * fit <= room + 1)
                    return
                const smaller = Math.max(1 / Theme.textScale, fit * Math.sqrt(room / (implicitHeight * fit)), fit - 0.2)
                if (smaller >= fit)
                    return
                fit = smaller
            }
        }
        // Later, not inside the change: the fit changes the width the height came from.
        onImplicitHeightChanged: Qt.callLater(refit)
        onRoomChanged: { fit = 1; Qt.callLater(refit) }
        Connections {
            target: Theme
            function onTextScaleChanged() { hero.fit = 1; Qt.callLater(hero.refit) }
        }
        width: (parent.width - 2 * scene.margin) / fit
        scale: Theme.largeText ? Math.min(fit, room / Math.max(1, implicitHeight)) : 1
        view: scene.view
        accent: scene.accent
        iconGlyph: scene.iconGlyph
        iconFamily: scene.iconFamily
        opacity: scene.step === 0 ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
    }

    CompactHeading {
        id: heading
        objectName: "heading"
        x: Theme.mirrored(scene.margin, width, parent.width)  // clear of the language switch's corner
        y: Theme.portrait ? 96 : 56
        width: parent.width - 2 * scene.margin - (Theme.portrait ? 0 : 200)
        view: scene.view
        accent: scene.accent
        iconGlyph: scene.iconGlyph
        iconFamily: scene.iconFamily
        opacity: scene.step > 0 && !scene.onCouplet ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
    }

    Item {
        id: body
        objectName: "body"
        x: scene.margin
        y: heading.y + heading.height + Theme.gap
        // With larger text (Access), a block taller than its room is laid out in a larger box drawn smaller
        // (`fit`, never under the designed size): its text reflows into the wider box and stays on the stage.
        property real fit: 1
        readonly property real roomWidth: parent.width - 2 * scene.margin
        readonly property real roomHeight: parent.height - y - Theme.sceneBottom
        width: roomWidth / fit
        height: roomHeight / fit
        scale: fit
        transformOrigin: Item.TopLeft
        readonly property Item shownView: {
            const view = scene.step > 0 ? blockViews.itemAt(scene.step - 1) as BlockView : null
            return view && view.item && view.block.kind !== "couplet" ? view.item as Item : null
        }
        // The lowest edge of anything shown in `item` (a text that runs out of its card included), from `top` at
        // `factor` (the scales on the way down; a scaled child is taken as scaled from its top).
        function deepest(item, top, factor) {
            if (item.forceLayout)  // a positioner lays out at the next frame; measured now, it must do so now
                item.forceLayout()
            let bottom = top + item.height * factor
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && child.opacity > 0)
                    bottom = Math.max(bottom, deepest(child, top + child.y * factor, factor * child.scale))
            }
            return bottom
        }
        function refit() {
            if (!Theme.largeText || !shownView) {
                fit = 1
                return
            }
            // Read once, Qt keeps the view's children's extent up to date and says when it changes (a text grew).
            if (shownView.childrenRect.height < 0)
                return
            // Only ever smaller while the step is shown: each step down reflows the text wider and shorter.
            for (let round = 0; round < 8; ++round) {
                const needed = deepest(shownView, 0, 1)
                const smaller = Math.max(1 / Theme.textScale, fit * height / needed, fit - 0.2)
                if (needed <= height + 1 || smaller >= fit)
                    return
                fit = smaller
            }
        }
        Connections {
            target: body.shownView
            function onChildrenRectChanged() { Qt.callLater(body.refit) }
            function onHeightChanged() { Qt.callLater(body.refit) }
            function onImplicitHeightChanged() { Qt.callLater(body.refit) }
            // A view built ahead comes into sight after the step has changed: what it shows is measured then.
            function onVisibleChanged() { Qt.callLater(body.refit) }
        }
        onRoomHeightChanged: { fit = 1; Qt.callLater(refit) }
        // At once when the step's view arrives (a frame may follow before a later call), and again later.
        onShownViewChanged: { fit = 1; refit(); Qt.callLater(refit) }
        Connections {
            target: Theme
            function onTextScaleChanged() { body.fit = 1; Qt.callLater(body.refit) }
        }

        Repeater {
            id: blockViews
            model: scene.blocks
            delegate: BlockView {
                required property var modelData
                required property int index
                // The shown block, and once the first frame is out its neighbours, exist; the rest wait.
                near: ShowController.preloadNeighbours && Math.abs(scene.sceneIndex - ShowController.settledScene) <= 1
                      && Math.abs(scene.restingStep - index - 1) <= 1
                // A block that comes into sight unbuilt is finished at once (built over frames, as a scene is,
                // its interrupted builds left Qt counting creations still under way when the engine went).
                asynchronous: !visible
                readonly property bool wholeStage: modelData.kind === "couplet"
                x: wholeStage ? -body.x : 0
                y: wholeStage ? -body.y : 0
                width: wholeStage ? scene.width : body.width
                height: wholeStage ? scene.height : body.height
                block: modelData
                accent: scene.accent
                iconGlyph: scene.iconGlyph
                iconFamily: scene.iconFamily
                opacity: scene.step === index + 1 ? 1 : 0
                visible: opacity > 0 && (scene.step === index + 1 || ShowController.previousStep === index + 1)
                Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
            }
        }
    }
}
