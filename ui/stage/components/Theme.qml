pragma Singleton
import QtQuick
import HuzhouViewer

// Every colour, font and size the views use, in one place. Colours come from the pack's palette
// (through the `ShowController` of HuzhouViewer); sizes are in design pixels of the 1920x1080 (or 1080x1920) stage.
QtObject {
    id: theme
    // The visitor's high-contrast theme (Access) swaps in a palette made from the pack's: every text 7:1.
    readonly property bool highContrast: Access.highContrast
    readonly property var palette: highContrast ? ShowController.palette.contrast : ShowController.palette

    readonly property color background: palette.background
    readonly property color surface: palette.surface
    readonly property color text: palette.text
    readonly property color muted: palette.muted
    readonly property color accent: palette.accent
    readonly property color gold: palette.gold
    readonly property color paper: palette.paper      // the couplets' scrolls, deep enough for the gold
    readonly property color outline: Qt.rgba(text.r, text.g, text.b, highContrast ? 0.6 : 0.14)
    readonly property color scrim: Qt.rgba(0, 0, 0, highContrast ? 0.92 : 0.72)

    readonly property string fontFamily: ShowController.fontFamily
    // The language shown reads right to left: the stage is mirrored (Main.qml), and what a view places by hand
    // (`x`, which mirroring leaves alone) it places through `mirrored`: `x` from the left, or as far from the right.
    readonly property bool rtl: Qt.locale(ShowController.language).textDirection === Qt.RightToLeft
    function mirrored(x, width, within) { return rtl ? within - x - width : x }
    // The corner a box drawn smaller keeps in place: its top at the reading side.
    readonly property int topStart: rtl ? Item.TopRight : Item.TopLeft

    // Type scale (design pixels). The smallest size on the audience's screen is `small`, the floor: 1/30 of 1080.
    // The visitor's larger text (Access: 1, 1.25 or 1.5 times) scales every size; the layouts reflow.
    readonly property real textScale: Access.textScale
    readonly property bool largeText: textScale > 1
    function sized(designed) { return Math.round(designed * textScale) }
    // A figure's unit that is a sign or a currency's symbol (%, °C, €, $, ¥): alone under its number it reads as a
    // stray mark, so it stays on the number's line (KpiTile), the block's numbers set smaller for it (FiguresView).
    function keptUnit(figure) { return figure.unitSign === true || /^[$\u00a2-\u00a5\u20a0-\u20cf]$/.test(figure.unit || "") }
    readonly property int heroSize: sized(near ? 112 : 132)
    readonly property int titleSize: sized(72)
    // A touch screen is read from arm's length and gives the timeline bar its bottom: its text a size smaller.
    readonly property bool near: ShowController.touchChrome
    readonly property int headingSize: sized(near ? 48 : 54)
    readonly property int bodySize: sized(near ? 40 : bodyFloor)
    readonly property int captionSize: sized(near ? 36 : 40)
    readonly property int smallSize: sized(floorSize)
    readonly property int valueSize: sized(near ? 120 : headlineFloor)
    readonly property int coupletSize: sized(120)
    // The chrome (the timeline bar and its switches) keeps the designed caption size: it has a fixed room.
    readonly property int chromeSize: near ? 36 : 40

    // The floors the back row needs (design pixels; the stage's short side is 1080 in either orientation, and a
    // portrait screen is the same panel turned): no text under 1/30 of it, body text 44, headline numbers 160.
    readonly property int floorSize: 36
    readonly property int bodyFloor: 44
    readonly property int headlineFloor: 160

    // Title-safe area (EBU R 95): text stays inside the central 90 % of the stage; decorations may bleed.
    readonly property int safeX: portrait ? 54 : 96
    readonly property int safeY: portrait ? 96 : 54
    // A scene's own bottom margin: on the clean feed, the title-safe edge, and above it the band of the place mark
    // (Main.qml: where the show is, at the stage's foot on the right), so that nothing a scene draws at its foot (a
    // note, a source, a story's last chip) is drawn under it; this leaves a scene about the room the timeline
    // bar leaves it on a touch screen, where it is a gap above the bar. In reach mode the row above the timeline
    // bar holds the reach button and the language switch; on a portrait stage it always holds the visitor's
    // contrast and text-size switches (VisitorSwitches.qml).
    readonly property int sceneBottom: !ShowController.touchChrome ? safeY + placeMarkBand
                                       : Access.reach || portrait ? reachRow : gap
    readonly property int reachRow: 96
    readonly property TextMetrics placeMarkMetrics: TextMetrics {
        font.family: ShowController.fontFamily
        font.pixelSize: theme.floorSize  // the place mark's size (Main.qml)
        text: ShowController.placeMark
    }
    // Its lines (a long one wraps inside the title-safe width) at the font's line spacing, and a gap.
    readonly property int placeMarkBand: ShowController.placeMark === "" ? 0
        : Math.ceil(placeMarkMetrics.advanceWidth / ((portrait ? 1080 : 1920) - 2 * safeX)) * Math.ceil(1.5 * floorSize) + gap

    // Layout (design pixels).
    readonly property int margin: 96
    readonly property int portraitMargin: 64
    readonly property int gap: 28
    readonly property int radius: 18
    readonly property int cardPadding: 28
    readonly property int figurePadding: 22  // a big number's tile: its number needs the room
    readonly property int figureOverhang: 4  // how far into that padding a number may reach before it is set smaller
    readonly property int barHeight: 112
    readonly property int portraitBarHeight: 150
    readonly property int headingHeight: 150
    readonly property int edge: 28              // controls' distance from the stage edge
    readonly property int headingIconSize: 80
    readonly property int heroIconSize: 112
    readonly property int smallPortrait: sized(100)  // generated portraits in chips and cards: their initials grow with the text
    readonly property int ribbonRadius: 10      // couplet scrolls and banners
    readonly property int ribbonBorder: 2
    readonly property int controlTextSize: 28   // the language toggle and other chrome
    readonly property int noticeSize: 22

    // Motion: scene changes and builds stay within 400 ms; exports switch them off.
    readonly property bool animated: ShowController.transitions
    readonly property int sceneFade: animated ? 320 : 0
    readonly property int stepFade: animated ? 260 : 0
    readonly property int quickFade: animated ? 160 : 0
    readonly property int chartEntrance: animated ? 560 : 0   // bars grow, at most 600 ms

    // The stage's scale on this window (set by Main.qml): pictures drawn for the stage ask for their
    // size in device pixels, so they are sharp at 4K.
    property real stageScale: 1
    property bool portrait: false     // the stage is portrait-shaped (1080x1920), set by Main.qml
    property real stageHeight: 1080   // the stage's height in device pixels: what "legible" is measured against
    property real pixelRatio: 1       // the screen's device pixels per logical pixel, set by Main.qml
    // Qt's software renderer fills a glyph over 64 device pixels from its outline in every frame that paints it
    // (only smaller ones are cached), which was most of a fade's frame at 4K. Such text is kept as a picture (a
    // layer at its size in device pixels), painted again only when it changes. Only on a stage drawn at 1.5 times
    // its design size or more (4K): below that only headings pass the limit, a fade's frame is within its budget
    // without pictures, and the pictures cost more memory (10 to 20 MiB after a walk at 1920x1080) than they save.
    property bool softwareRenderer: false  // set by Main.qml
    readonly property real devicePixels: stageScale * pixelRatio
    readonly property bool picturesKept: softwareRenderer && devicePixels >= 1.5
    function picturedText(pixelSize) { return picturesKept && pixelSize * devicePixels > 64 }
    function pictureSize(width, height) {
        return Qt.size(Math.ceil(width * devicePixels), Math.ceil(height * devicePixels))
    }

    // A scene's or a person's own colour as the theme shows it: in high contrast, the one that stands 7:1.
    function ink(colour) {
        if (!highContrast || palette.inks === undefined)
            return colour
        const key = String(Qt.color(colour)).toLowerCase()
        return palette.inks[key] !== undefined ? palette.inks[key] : colour
    }

    function seasonColour(key) {
        return palette.seasons[key] !== undefined ? palette.seasons[key] : accent
    }
}
