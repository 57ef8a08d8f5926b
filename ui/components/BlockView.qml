import QtQuick

// One block of a scene (one build step), drawn by the view for its kind.
Loader {
    id: blockView
    property var block: ({})
    property color accent: Theme.accent
    property bool portrait: false
    property string iconGlyph: ""
    property string iconFamily: ""
    objectName: "block-" + (block.kind || "")

    sourceComponent: {
        switch (block.kind) {
        case "tasks": return tasksView
        case "story": return storyView
        case "figures": return figuresView
        case "couplet": return coupletView
        case "statement": return statementView
        }
        return null
    }

    Component { id: tasksView; TasksView { block: blockView.block; accent: blockView.accent; portrait: blockView.portrait } }
    Component { id: storyView; StoryView { block: blockView.block; accent: blockView.accent; portrait: blockView.portrait } }
    Component { id: figuresView; FiguresView { block: blockView.block; accent: blockView.accent; portrait: blockView.portrait } }
    Component {
        id: coupletView
        CoupletView {
            block: blockView.block; accent: blockView.accent; portrait: blockView.portrait
            iconGlyph: blockView.iconGlyph; iconFamily: blockView.iconFamily
        }
    }
    Component { id: statementView; StatementView { block: blockView.block; accent: blockView.accent; portrait: blockView.portrait } }
}
