import QtQuick

// A surface that holds text; the layout tests check that no text leaves a card.
Rectangle {
    readonly property bool isFrame: true
    property color accent: Theme.accent
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.outline
    border.width: 1
}
