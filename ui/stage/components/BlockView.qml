import QtQuick

// One block of a scene (one build step), drawn by the view for its kind. Views are loaded by file name,
// so a kind's QML is compiled only when a block of that kind is first shown.
Loader {
    id: blockView
    property var block: ({})
    property color accent: Theme.accent
    property string iconGlyph: ""
    property string iconFamily: ""
    readonly property var viewFiles: ({ tasks: "TasksView.qml", story: "StoryView.qml", figures: "FiguresView.qml",
                                        couplet: "CoupletView.qml", statement: "StatementView.qml",
                                        chart: "ChartView.qml" })
    objectName: "block-" + (block.kind || "")
    // Set by the scene: the block is next to the step shown, so it is built ahead (asynchronously).
    property bool near: false
    // A view being built asynchronously is kept until it is done: dropped mid-build when the show moves on
    // quickly, Qt destroys it with a warning ("destroyed during incubation"). Written after the event that
    // changed it (delayed), as the status changes inside the write of `active`.
    property bool held
    Binding on held { value: blockView.status === Loader.Loading; delayed: true }
    active: visible || near || held

    source: viewFiles[block.kind] ? Qt.resolvedUrl(viewFiles[block.kind]) : ""
    onLoaded: {
        item.block = Qt.binding(() => blockView.block)
        item.accent = Qt.binding(() => blockView.accent)
        if (block.kind === "couplet") {
            item.iconGlyph = Qt.binding(() => blockView.iconGlyph)
            item.iconFamily = Qt.binding(() => blockView.iconFamily)
        }
    }
}
