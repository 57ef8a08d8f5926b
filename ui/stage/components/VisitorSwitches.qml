import QtQuick
import HuzhouViewer

// The visitor's own settings (Access), at the start of the timeline bar, in the lower part of the screen (inside
// the reach band with reach mode on): reach mode, high contrast, and the text size, which steps through 1, 1.25
// and 1.5 times. A portrait bar has no room beside its marks: there the two others sit just above it, at the
// left of the row the scenes leave free (Theme.sceneBottom). The kiosk sets them back to its defaults at home.
Item {
    id: switches
    readonly property real spacing: Theme.gap / 2
    readonly property bool above: Theme.portrait
    readonly property var sizeNames: ({ "1": "a11y-text-normal", "1.25": "a11y-text-larger", "1.5": "a11y-text-largest" })
    width: above ? reach.width : size.x + size.width
    height: reach.height

    ReachButton { id: reach }
    SwitchButton {
        id: contrast
        objectName: "contrastButton"
        x: switches.above ? 0 : reach.width + switches.spacing
        y: switches.above ? -switches.y - height - Theme.gap / 2 : 0
        symbol: "\u25D0"  // a half-filled circle: the usual mark of contrast
        lit: Access.highContrast
        name: ShowController.words["a11y-contrast"]
        onToggled: Access.toggleContrast()
    }
    SwitchButton {
        id: size
        objectName: "textSizeButton"
        x: contrast.x + contrast.width + switches.spacing
        y: contrast.y
        // One plus a step: A, A+, A++ (the button keeps the width of the widest, so nothing beside it shifts).
        symbol: Access.textScale > 1.3 ? "A++" : Access.textScale > 1 ? "A+" : "A"
        width: height * 1.6
        lit: Theme.largeText
        name: ShowController.words[switches.sizeNames[String(Access.textScale)] || "a11y-text-normal"]
        onToggled: Access.nextTextScale()
    }
}
