import QtQuick

// Text that the software renderer keeps as a picture when its glyphs are too big for Qt's glyph cache (see
// Theme.picturedText): painted once when it changes, not in every frame of a fade. Its natural size is rounded up to
// whole design pixels, so on a stage scaled by a whole number (4K) the picture meets the screen's pixels one to
// one, which Qt blends about three times faster than a picture it must scale. (Where a view sets a size or a place,
// it keeps to whole pixels for the same reason.)
Text {
    textFormat: Text.PlainText
    width: Math.ceil(implicitWidth - 0.01)
    height: Math.ceil(implicitHeight - 0.01)
    layer.enabled: Theme.picturedText(font.pixelSize)
    layer.textureSize: Theme.pictureSize(width, height)
}
