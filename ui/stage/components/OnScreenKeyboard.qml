pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// Letters for a touch screen with no keyboard (pinyin finds Chinese names), a space, delete and clear.
Item {
    id: keyboard
    // Latin letters keep their order on a mirrored stage (Theme.rtl): a keyboard is not read, it is learnt.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    signal typed(string letter)
    signal erased()
    signal cleared()
    property real keyWidth: 74
    property real keyHeight: 64
    property real gap: 10
    // Each row: [key, width in keys]; "⌫" deletes, "✕" clears, "␣" is a space.
    readonly property var rows: [
        "qwertyuiop".split("").map(k => [k, 1]),
        "asdfghjkl".split("").map(k => [k, 1]),
        "zxcvbnm".split("").map(k => [k, 1]).concat([["\u232B", 1.5]]),
        [["\u2423", 5], ["\u2715", 1.5]]
    ]
    width: 10 * keyWidth + 9 * gap
    height: rows.length * keyHeight + (rows.length - 1) * gap

    Repeater {
        model: keyboard.rows.length
        delegate: Row {
            id: row
            required property int index
            readonly property var keys: keyboard.rows[index]
            y: index * (keyboard.keyHeight + keyboard.gap)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: keyboard.gap
            Repeater {
                model: row.keys.length
                delegate: KeyboardKey {
                    required property int index
                    readonly property string letter: row.keys[index][0]
                    objectName: "key-" + letter
                    label: letter.length === 1 && letter >= "a" && letter <= "z" ? letter.toUpperCase() : letter
                    spoken: letter === "\u232B" ? ShowController.words["a11y-key-delete"]
                          : letter === "\u2715" ? ShowController.words["a11y-key-clear"]
                          : letter === "\u2423" ? ShowController.words["a11y-key-space"] : label
                    width: keyboard.keyWidth * row.keys[index][1] + keyboard.gap * (row.keys[index][1] - 1)
                    height: keyboard.keyHeight
                    onActivated: {
                        if (letter === "\u232B") keyboard.erased()
                        else if (letter === "\u2715") keyboard.cleared()
                        else keyboard.typed(letter === "\u2423" ? " " : letter)
                    }
                }
            }
        }
    }
}
