import QtQuick
import HuzhouViewer

// Console text: plain (notes and labels come from the pack), in the bundled font, light on dark.
Text {
    color: "#E8EAED"
    font.family: ShowController.fontFamily
    font.pixelSize: 26
    textFormat: Text.PlainText
    elide: Text.ElideRight
}
