import QtQuick
import HuzhouViewer

// The visitor's own settings (Access), side by side at the start of the timeline bar, in the lower part of
// the screen (inside the reach band with reach mode on): reach mode, high contrast, and the text size, which
// steps through 1, 1.25 and 1.5 times. The kiosk sets them back to its defaults when it goes home.
Row {
    id: switches
    spacing: Theme.gap / 2
    readonly property var sizeNames: ({ "1": "a11y-text-normal", "1.25": "a11y-text-larger", "1.5": "a11y-text-largest" })

    ReachButton {}
    SwitchButton {
        objectName: "contrastButton"
        symbol: "\u25D0"  // a half-filled circle: the usual mark of contrast
        lit: Access.highContrast
        name: ShowController.words["a11y-contrast"]
        onToggled: Access.toggleContrast()
    }
    SwitchButton {
        objectName: "textSizeButton"
        // One plus a step: A, A+, A++ (the button keeps the width of the widest, so the bar does not shift).
        symbol: Access.textScale > 1.3 ? "A++" : Access.textScale > 1 ? "A+" : "A"
        width: height * 1.6
        lit: Theme.largeText
        name: ShowController.words[switches.sizeNames[String(Access.textScale)] || "a11y-text-normal"]
        onToggled: Access.nextTextScale()
    }
}
