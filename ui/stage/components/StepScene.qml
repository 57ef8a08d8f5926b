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
    readonly property color accent: view.accent || Theme.accent
    readonly property int margin: Theme.portrait ? Theme.portraitMargin : Theme.margin
    readonly property var blocks: view.blocks || []
    // The step this scene shows while the show rests (changes only once a move has settled): the blocks
    // next to it are built ahead, after the transition, never during a key press.
    property int restingStep: 0
    // A block's view is being built asynchronously: the scene's host keeps the scene until it is done.
    readonly property bool building: {
        for (let i = 0; i < blockViews.count; ++i) {
            const block = blockViews.itemAt(i) as BlockView
            if (block && block.status === Loader.Loading)
                return true
        }
        return false
    }

    Loader {
        anchors.fill: parent
        sourceComponent: scene.decoration
    }

    HeroHeading {
        objectName: "hero"
        anchors.centerIn: parent
        width: parent.width - 2 * scene.margin
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
        x: scene.margin
        y: Theme.portrait ? 96 : 56
        width: parent.width - 2 * scene.margin - (Theme.portrait ? 0 : 200)
        view: scene.view
        accent: scene.accent
        iconGlyph: scene.iconGlyph
        iconFamily: scene.iconFamily
        opacity: scene.step > 0 ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
    }

    Item {
        id: body
        objectName: "body"
        x: scene.margin
        y: heading.y + heading.height + Theme.gap
        width: parent.width - 2 * scene.margin
        height: parent.height - y - Theme.gap

        Repeater {
            id: blockViews
            model: scene.blocks
            delegate: BlockView {
                required property var modelData
                required property int index
                // The shown block, and once the first frame is out its neighbours, exist; the rest wait.
                near: ShowController.preloadNeighbours && Math.abs(scene.restingStep - index - 1) <= 1
                asynchronous: !visible
                width: body.width
                height: body.height
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
