import QtQuick

// Text from the pack: always plain (a name is never markup), wrapped, in the bundled font.
PicturedText {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
}
