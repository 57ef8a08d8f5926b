import QtQuick
import HuzhouViewer

// One scene of the show: loaded when it is on screen (and, once the first frame is out, when it is a
// neighbour of the current scene, so a switch never waits for a build), cross-faded in and out.
Item {
    id: host
    required property int index
    required property string kind
    required property var view
    required property string iconGlyph
    required property string iconFamily

    readonly property bool current: index === ShowController.sceneIndex
    // The scene just left keeps the step it was left at while it fades out (a jump from its first step fades that
    // out, not its last one built in the fade's first frame); out of sight, the last one behind us, the first ahead.
    readonly property bool leaving: !current && index === ShowController.previousSceneIndex && fade > 0
    readonly property int step: current ? ShowController.step
                                : leaving ? Math.min(ShowController.previousStep, view.stepCount - 1)
                                : (index < ShowController.sceneIndex ? view.stepCount - 1 : 0)
    // A couplet fills the stage down to its title-safe edge: the clean feed's place mark stands aside (Main.qml).
    readonly property bool wholeStage: (loader.item as StepScene)?.onCouplet ?? false
    readonly property int restingStep: index === ShowController.settledScene ? ShowController.settledStep
                                       : (index < ShowController.settledScene ? view.stepCount - 1 : 0)
    readonly property var sceneFiles: ({ title: "TitleScene.qml", season: "SeasonScene.qml",
                                         gallery: "GalleryScene.qml", closing: "ClosingScene.qml" })

    objectName: "scene-" + view.id
    property real fade: current ? 1 : 0
    Behavior on fade { NumberAnimation { duration: Theme.sceneFade; easing.type: Easing.InOutQuad } }
    // A neighbour built out of sight is drawn once beyond the stage's edge, so the text it keeps as pictures
    // (Theme.picturedText) is painted then, while the show rests, and not in the first frame of its fade.
    property bool rehearsing: false
    property bool rehearsed: false
    onStepChanged: { rehearsed = false; Qt.callLater(rehearse) }
    opacity: rehearsing ? 1 : fade
    // Only the scene just left may fade out; others still fading after quick presses go at once, so a
    // frame never paints a stack of half-transparent scenes.
    visible: rehearsing || current || leaving
    transform: Translate { x: host.rehearsing ? 4 * Math.max(host.width, host.height) : 0 }

    Loader {
        id: loader
        anchors.fill: parent
        // A scene being built asynchronously is kept until it is done: dropped mid-build when the show moves on
        // quickly, Qt destroys it with a warning ("destroyed during incubation"). Written after the event that
        // changed it (delayed), as the status changes inside the write of `active`.
        property bool held
        property bool contentBuilding: false  // a step scene's blocks, built on their own (StepScene.building)
        Binding on held { value: loader.status === Loader.Loading || loader.contentBuilding; delayed: true }
        active: host.visible || held
                || (ShowController.preloadNeighbours && Math.abs(host.index - ShowController.settledScene) <= 1)
        // Neighbours are built over several frames, never inside a key press; so is a scene a move brings into
        // sight before it is built (its fade covers that), but not one made for a new deck, nor the first.
        asynchronous: !host.visible || ShowController.asyncBuilds
        source: Qt.resolvedUrl("../scenes/" + host.sceneFiles[host.kind])
        onLoaded: {
            const scene = item as StepScene
            if (scene !== null)
                scene.sceneIndex = host.index
            item.view = Qt.binding(() => host.view)
            item.step = Qt.binding(() => host.step)
            item.restingStep = Qt.binding(() => host.restingStep)
            item.iconGlyph = Qt.binding(() => host.iconGlyph)
            item.iconFamily = Qt.binding(() => host.iconFamily)
            contentBuilding = Qt.binding(() => scene !== null && scene.building)
        }
        onStatusChanged: { host.rehearsed = false; Qt.callLater(host.rehearse) }
        onContentBuildingChanged: Qt.callLater(host.rehearse)
    }
    function rehearse() {
        if (Theme.picturesKept && Theme.animated && loader.status === Loader.Ready && !loader.contentBuilding && !visible
                && !rehearsed) {
            rehearsed = true
            rehearsing = true
        }
    }
    Connections {
        target: host.rehearsing ? host.Window.window : null
        function onFrameSwapped() { host.rehearsing = false }
    }
}
