pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The honourees' cards (PeopleModel: only the cards on screen exist), in whole rows: as many as fit cells of at
// least 300 (landscape) or 400 (portrait) design pixels, which share the height exactly; a flick stops on a row.
// 4 x 2 cards on a 1920x1080 stage. On the clean feed nobody can scroll it, so while `turnPages` it shows one
// page after another by itself, every honouree in turn (from the first page whenever it starts again).
GridView {
    id: cards
    property int columns: 4
    property bool sideBySide: true
    property bool turnPages: false
    property real pageSeconds: 8
    property int page: 0
    readonly property int rowsShown: Math.max(1, Math.floor(height / ((Theme.portrait ? 400 : 300) * Theme.textScale)))
    readonly property int perPage: columns * rowsShown
    readonly property int pages: Math.max(1, Math.ceil(count / perPage))
    readonly property bool paging: turnPages && pages > 1
    clip: true
    model: PeopleModel
    cellWidth: width / columns
    cellHeight: height / rowsShown
    snapMode: GridView.SnapToRow
    cacheBuffer: 0  // no cards built below the view, where the timeline bar is
    boundsBehavior: Flickable.StopAtBounds
    interactive: ShowController.touchChrome
    onPagingChanged: page = 0
    onPageChanged: positionViewAtIndex(page * perPage, GridView.Beginning)
    delegate: Item {
        id: cell
        required property var person
        width: cards.cellWidth
        height: cards.cellHeight
        PersonCard {
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            person: cell.person
            sideBySide: cards.sideBySide
        }
    }
    Timer {
        interval: cards.pageSeconds * 1000
        running: cards.paging
        repeat: true
        onTriggered: cards.page = (cards.page + 1) % cards.pages
    }
}
