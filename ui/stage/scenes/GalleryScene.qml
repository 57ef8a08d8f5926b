pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer
import "../components"

// The year's honourees. Step 0 is the grid (a GridView over PeopleModel: only the cards on screen exist) with
// a category filter and a name search (with an on-screen keyboard for touch screens); each further step is
// one honouree's page, so a clicker walks through them all.
Item {
    id: gallery
    property var view: ({})
    property int step: 0
    property int restingStep: 0
    property string iconGlyph: ""
    property string iconFamily: ""
    property bool searching: false
    readonly property int peopleCount: view.peopleCount || 0
    // The honouree whose page this step is (re-read when the people change: language, pack).
    readonly property var shown: step > 0 && PeopleModel.revision >= 0 ? PeopleModel.person(step - 1) : null

    function openSearch() {
        searching = true
        PeopleModel.query = ""
        PeopleModel.prepareSearch()
        queryInput.forceActiveFocus()
    }
    function closeSearch() {
        searching = false
        PeopleModel.query = ""
        queryInput.focus = false
    }
    readonly property var categories: view.categories || []
    readonly property int margin: Theme.portrait ? Theme.portraitMargin : Theme.margin
    // A reach band's short row, or larger text (Access): fewer, wider cards, so names never wrap away.
    readonly property int columns: Math.floor((reach ? (keysBeside || Theme.portrait ? 2 : 3) : Theme.portrait ? 3 : 4) / Theme.textScale)
    // Reach mode (Access): grid, search and filter in the band a seated visitor reaches (show/reach.py).
    readonly property bool reach: Access.reach && ShowController.touchChrome
    readonly property bool keysBeside: reach && !Theme.portrait && gallery.searching

    CompactHeading {
        id: heading
        x: Theme.mirrored(gallery.margin, width, parent.width)  // clear of the language switch's corner
        y: Theme.portrait ? 96 : 56
        width: parent.width - 2 * gallery.margin - (Theme.portrait ? 0 : 200)
        view: gallery.view
        accent: Theme.accent
        iconGlyph: gallery.iconGlyph
        iconFamily: gallery.iconFamily
    }

    Item {
        id: grid
        objectName: "galleryGridPage"
        x: gallery.margin
        y: heading.y + heading.height + Theme.gap
        width: parent.width - 2 * gallery.margin
        height: parent.height - y - Theme.sceneBottom
        opacity: gallery.step === 0 ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.stepFade } }
        // Where the reach band begins, in this page's units (the page is placed on the stage at its design size).
        readonly property real reachLine: {
            if (!gallery.reach)
                return 0
            const designHeight = Theme.portrait ? 1920 : 1080
            const stageTop = (grid.Window.height - designHeight * Theme.stageScale) / 2
            const pageTop = (grid.mapToItem(null, 0, 0).y - stageTop) / Theme.stageScale
            return Math.max(0, designHeight * Access.reachTop - pageTop)
        }

        StageText {
            id: subtitle
            objectName: "gallerySubtitle"
            width: parent.width
            text: gallery.view.subtitle || ""
            visible: text !== ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }

        // Before the search bar: the Tab round takes the items in this order, and the chips come first on screen.
        CategoryChips {
            id: chips
            y: gallery.reach ? (gallery.keysBeside ? parent.height - height : searchBar.y + searchBar.height - height)
                             : subtitle.visible ? subtitle.height + 12 : 0
            width: parent.width - searchBar.width - 24
            categories: gallery.categories
            allLabel: gallery.view.allLabel || ""
            visible: categories.length > 1 && ShowController.touchChrome && !(gallery.reach && gallery.searching)
        }

        Row {
            id: searchBar
            objectName: "searchBar"
            y: !gallery.reach ? (subtitle.visible ? subtitle.height + 12 : 0)
               : gallery.keysBeside ? grid.reachLine
               : parent.height - height - (keys.visible ? keys.height * keys.scale + Theme.gap : 0)
            anchors.right: parent.right
            spacing: 12
            visible: gallery.peopleCount > 0 && ShowController.touchChrome
            Rectangle {
                visible: gallery.searching
                width: Theme.portrait ? 420 : 520
                height: searchButton.height
                radius: height / 2
                color: Theme.surface
                border.color: Theme.accent
                border.width: 2
                TextInput {
                    id: queryInput
                    objectName: "searchQuery"
                    anchors.fill: parent
                    anchors.leftMargin: 24
                    anchors.rightMargin: 24
                    verticalAlignment: TextInput.AlignVCenter
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    clip: true
                    text: PeopleModel.query
                    onTextEdited: PeopleModel.query = text
                    Accessible.role: Accessible.EditableText
                    Accessible.name: ShowController.words["a11y-search-field"]
                    Accessible.searchEdit: true
                    Keys.onEscapePressed: gallery.closeSearch()
                }
                StageText {
                    anchors.verticalCenter: parent.verticalCenter
                    x: 24
                    width: parent.width - 48
                    visible: PeopleModel.query === ""
                    text: ShowController.words["search-hint"]
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.NoWrap
                }
            }
            LinkButton {
                id: searchButton
                objectName: "searchButton"
                text: gallery.searching ? ShowController.words["close"] : ShowController.words["search"]
                onClicked: gallery.searching ? gallery.closeSearch() : gallery.openSearch()
            }
        }

        PeopleGrid {
            id: cards
            objectName: "galleryGrid"
            y: gallery.reach ? Math.max(grid.reachLine, subtitle.visible ? subtitle.height + Theme.gap : 0)
               : Math.max(subtitle.visible ? subtitle.height : 0, chips.visible ? chips.y + chips.height : 0,
                          searchBar.visible ? searchBar.y + searchBar.height : 0) + Theme.gap
            width: parent.width - (gallery.keysBeside ? Math.max(keys.width * keys.scale, searchBar.width) + Theme.gap : 0)
            height: (gallery.keysBeside ? (chips.visible ? chips.y - Theme.gap : parent.height)
                     : gallery.reach ? Math.min(searchBar.visible ? searchBar.y : parent.height,
                                                chips.visible ? chips.y : parent.height) - Theme.gap
                     : parent.height - (keys.visible ? keys.height + Theme.gap : 0)) - y
            columns: gallery.columns
            dense: gallery.view.denseCards || false
            sideBySide: !Theme.portrait || gallery.reach  // a reach band's row is short for a stacked card
            pageSeconds: gallery.view.pageSeconds || 8
            turnPages: !ShowController.touchChrome && !ShowController.exporting && gallery.visible && gallery.step === 0
        }

        OnScreenKeyboard {
            id: keys
            objectName: "onScreenKeyboard"
            visible: gallery.searching
            anchors.bottom: parent.bottom
            x: gallery.keysBeside ? parent.width - width * scale : (parent.width - width) / 2
            transformOrigin: gallery.keysBeside ? Item.BottomLeft : Item.Bottom
            scale: gallery.keysBeside ? Math.min(1, (parent.height - grid.reachLine - searchBar.height - Theme.gap) / height)
                                      : Math.min(1, parent.width / width)
            onTyped: letter => PeopleModel.query += letter
            onErased: PeopleModel.query = PeopleModel.query.slice(0, -1)
            onCleared: PeopleModel.query = ""
        }

        StageText {
            anchors.centerIn: cards
            visible: gallery.peopleCount > 0 && PeopleModel.count === 0
            text: ShowController.words["search-none"]
            color: Theme.muted
            font.pixelSize: Theme.captionSize
        }

        StageText {
            anchors.centerIn: cards
            visible: gallery.peopleCount === 0
            text: gallery.view.emptyText || ""
            color: Theme.muted
            font.pixelSize: Theme.headingSize
        }
    }

    // A tap beside an honouree's page goes back to the grid.
    MouseArea {
        objectName: "besidePage"
        anchors.fill: parent
        enabled: gallery.step > 0 && ShowController.touchChrome
        onClicked: ShowController.goTo(ShowController.sceneIndex, 0)
        Accessible.role: Accessible.Button
        Accessible.name: ShowController.words["a11y-back"]
        Accessible.onPressAction: ShowController.goTo(ShowController.sceneIndex, 0)
    }

    // The page of the honouree at this step: one page, refilled as the clicker walks (not one per person).
    Loader {
        id: page
        x: gallery.margin
        y: heading.y + heading.height + Theme.gap
        width: gallery.width - 2 * gallery.margin
        height: gallery.height - y - Theme.sceneBottom
        active: gallery.shown !== null && gallery.shown !== undefined
        visible: active
        sourceComponent: PersonDetail {
            person: gallery.shown
        }
        // Each new page fades in over the one before.
        onVisibleChanged: if (visible) fadeIn.restart()
        Connections {
            target: gallery
            function onShownChanged() { if (page.visible) fadeIn.restart() }
        }
        NumberAnimation {
            id: fadeIn
            target: page
            property: "opacity"
            from: ShowController.transitions && !ShowController.exporting ? 0.0 : 1.0
            to: 1
            duration: Theme.stepFade
        }
    }
}
