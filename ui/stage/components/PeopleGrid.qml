pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The honourees' cards (PeopleModel: only the cards on screen exist), in whole rows: as many as fit cells of at
// least 220 (landscape) or 400 (portrait: stacked) design pixels, which share the height (a small gallery's
// fewer rows excepted: roomToSpare); a flick stops on a row. When there are more honourees than that shows and every name is short enough (`dense`), landscape cells
// of 160: 4 x 3 cards on a 1920x1080 stage with the touch controls, 4 x 4 without (4 x 2 and 4 x 3 otherwise).
// On the clean feed nobody can scroll it, so while `turnPages` it shows one
// page after another by itself, every honouree in turn (from the first page whenever it starts again).
GridView {
    id: cards
    property int columns: 4
    property bool sideBySide: true
    property bool dense: false
    property bool turnPages: false
    property real pageSeconds: 8
    property int page: 0
    readonly property int roomyCell: 220
    function rowsOf(cell: real): int { return Math.max(1, Math.floor(height / (cell * Theme.textScale))) }
    // Counted over the whole gallery, not the filter's share, so cards keep their size while a visitor filters.
    readonly property bool packed: dense && !Theme.portrait && PeopleModel.total > columns * rowsOf(roomyCell)
    readonly property int rowsShown: rowsOf(Theme.portrait ? 400 : packed ? 160 : roomyCell)
    readonly property int perPage: columns * rowsShown
    readonly property int pages: Math.max(1, Math.ceil(count / perPage))
    readonly property bool paging: turnPages && pages > 1
    // A gallery smaller than a page takes somewhat taller rows (room for a role's third line) in the middle of
    // the grid's room, not under the heading with a blank band below. Only on the clean feed: with the touch
    // controls a filter would move the rows under the chips.
    readonly property int rowsFilled: Math.ceil(PeopleModel.total / columns)
    readonly property bool roomToSpare: !ShowController.touchChrome && rowsFilled < rowsShown
    topMargin: roomToSpare ? (height - rowsFilled * cellHeight) / 2 : 0
    clip: true
    model: PeopleModel
    cellWidth: width / columns
    cellHeight: roomToSpare ? Math.min(height / rowsFilled, 1.25 * roomyCell * Theme.textScale) : height / rowsShown
    snapMode: GridView.SnapToRow
    cacheBuffer: 0  // no cards built below the view, where the timeline bar is
    boundsBehavior: Flickable.StopAtBounds
    interactive: ShowController.touchChrome
    onPagingChanged: page = 0
    onPageChanged: positionViewAtIndex(page * perPage, GridView.Beginning)
    // Only the cards in sight exist, so the focus chain alone would stop at the last row in sight: Tab and
    // Shift+Tab go from card to card in the honourees' order, bringing the next one into sight. False: no
    // such card (the first or the last), and the key goes on along the chain.
    function focusCard(index: int): bool {
        if (index < 0 || index >= count)
            return false
        positionViewAtIndex(index, GridView.Contain)
        const cell = itemAtIndex(index) as GridCell
        if (cell === null)
            return false
        cell.card.forceActiveFocus(Qt.TabFocusReason)
        return true
    }
    component GridCell: Item {
        id: cell
        required property var person
        required property int index
        readonly property alias card: card
        width: cards.cellWidth
        height: cards.cellHeight
        PersonCard {
            id: card
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            person: cell.person
            sideBySide: cards.sideBySide
            Keys.onTabPressed: event => event.accepted = cards.focusCard(cell.index + 1)
            Keys.onBacktabPressed: event => event.accepted = cards.focusCard(cell.index - 1)
        }
    }
    delegate: GridCell {}
    Timer {
        interval: cards.pageSeconds * 1000
        running: cards.paging
        repeat: true
        onTriggered: cards.page = (cards.page + 1) % cards.pages
    }
}
