pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer
import QtQuick.Window
import "components"

// The stage: scenes laid out at a design size (landscape 1920x1080 or portrait 1080x1920, chosen by the
// window's shape) and scaled uniformly into the window, letterboxed on the theme background.
Rectangle {
    id: root
    objectName: "root"
    color: Theme.background

    readonly property bool portrait: height > width

    Item {
        id: stage
        objectName: "stage"
        width: root.portrait ? 1080 : 1920
        height: root.portrait ? 1920 : 1080
        anchors.centerIn: parent
        scale: Math.min(root.width / width, root.height / height)
        clip: true
        // A language read right to left (Arabic, Hebrew, Persian) mirrors the whole stage: what comes first stands
        // on the right, anchors and rows run the other way, text aligns right (each view mirrors what it places
        // by hand: Theme.rtl).
        LayoutMirroring.enabled: Theme.rtl
        LayoutMirroring.childrenInherit: true
        // The stage as a screen reader meets it: where the show is, said again whenever it moves, and what the step
        // shows as its description (the scenes' own texts are not in the tree: hidden steps, neighbouring scenes
        // and the stage's line-break joiners would come with them). It holds the keyboard focus whenever no field
        // does: Orca reads a new name only of what has the focus, and (before version 46) ignores announcements,
        // so a stage without the focus moved in silence.
        Accessible.role: Accessible.Pane
        Accessible.name: ShowController.place
        Accessible.description: Assistive.stageDescription
        Accessible.focusable: true
        focus: true
        activeFocusOnTab: true  // Tab goes round the controls and back to the show
        Accessible.onPressAction: ShowController.next()
        Connections {
            target: ShowController
            function onPlaceChanged() { stage.Accessible.announce(ShowController.place) }
        }
        // A field that closes or a scene that leaves hands the focus to a Loader or the window: back to the stage.
        Connections {
            target: root.Window.window
            function onActiveFocusItemChanged() {
                const item = root.Window.activeFocusItem
                if (item === root.parent || item instanceof Loader)
                    stage.forceActiveFocus()
            }
        }

        Binding { target: Theme; property: "stageScale"; value: stage.scale }
        // Legibility is measured against the stage's short side: a portrait screen is a landscape one turned.
        Binding { target: Theme; property: "stageHeight"; value: Math.min(stage.width, stage.height) * stage.scale }
        Binding { target: Theme; property: "portrait"; value: root.portrait }
        Binding { target: Theme; property: "pixelRatio"; value: Screen.devicePixelRatio }
        Binding { target: Theme; property: "softwareRenderer"; value: stage.GraphicsInfo.api === GraphicsInfo.Software }

        // Clicks and the wheel anywhere that is not a control: left/wheel down = next, right/wheel up = back.
        // Only a click moves the show: a long press (a held corner too) or a drag is no click (show/gestures.py's
        // LONG_PRESS_SECONDS and TAP_SLOP_PIXELS, the same for the finger). A handled pressAndHold means no clicked.
        MouseArea {
            objectName: "clickArea"
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            pressAndHoldInterval: 800
            property real wheelDelta: 0
            property point pressedAt
            property bool held: false
            onPressed: mouse => { pressedAt = Qt.point(mouse.x, mouse.y); held = false }
            onPressAndHold: held = true
            onClicked: mouse => {
                const slop = 24 / Math.max(stage.scale, 0.01)  // window pixels, in the stage's units
                if (Math.abs(mouse.x - pressedAt.x) > slop || Math.abs(mouse.y - pressedAt.y) > slop)
                    return
                mouse.button === Qt.RightButton ? ShowController.previous() : ShowController.next()
            }
            onWheel: wheel => {
                wheelDelta += wheel.angleDelta.y
                if (Math.abs(wheelDelta) >= 120) {
                    wheelDelta > 0 ? ShowController.previous() : ShowController.next()
                    wheelDelta = 0
                }
            }
        }

        Repeater {
            id: sceneHosts
            model: SceneModel
            delegate: SceneHost {
                width: stage.width
                height: stage.height - (ShowController.touchChrome ? (Theme.portrait ? Theme.portraitBarHeight : Theme.barHeight) : 0)
            }
        }

        // The touch screen's controls; the clean feed (presenter mode's audience, `chrome = "none"`) has none.
        TimelineBar {
            id: timeline
            visible: ShowController.touchChrome
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            // In reach mode, up to the band's lower edge where the screen hangs lower than a seated reach.
            anchors.bottomMargin: Access.reach ? stage.height * (1 - Access.reachBottom) : 0
            height: Theme.portrait ? Theme.portraitBarHeight : Theme.barHeight
        }


        LanguageToggle {
            shown: ShowController.touchChrome
            anchors.right: parent.right
            anchors.rightMargin: Theme.edge
            // In reach mode, down by the timeline bar (the kiosk's audio button follows it: ui/kiosk).
            y: Access.reach ? timeline.y - height - Theme.gap / 2 : Theme.edge
        }

        // Where the show is, for the back row and the operator alike: small, inside the title-safe area, on a
        // scrim of the background (so it reads whatever a scene draws there, a couplet's scroll say).
        Rectangle {
            anchors.fill: placeMark
            anchors.margins: -8
            visible: placeMark.visible
            radius: 8
            color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.9)
        }
        StageText {
            id: placeMark
            objectName: "placeMark"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.rightMargin: Theme.safeX
            anchors.bottomMargin: Theme.safeY
            visible: text !== "" && !(sceneHosts.count > ShowController.sceneIndex
                                      && (sceneHosts.itemAt(ShowController.sceneIndex) as SceneHost).wholeStage)
            text: ShowController.placeMark
            // Inside the title-safe area whatever the label's length: a long one takes a second line.
            width: Math.min(implicitWidth, parent.width - 2 * Theme.safeX)
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
            color: Theme.muted
            font.pixelSize: Theme.floorSize
        }

        Notice {
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.topMargin: Theme.edge
            anchors.leftMargin: Theme.edge
            width: Math.min(implicitWidth, stage.width - 300)
        }

        // Built the first time it is asked for: nothing on the first frame waits for it.
        Loader {
            anchors.fill: parent
            active: ShowController.helpVisible || item !== null
            source: active ? Qt.resolvedUrl("components/KeyMapOverlay.qml") : ""
        }
    }

    // Black-out and white-out cover the whole window, bars included.
    Rectangle {
        objectName: "blackout"
        anchors.fill: parent
        color: "black"
        opacity: ShowController.blackout ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.quickFade } }
    }
    Rectangle {
        objectName: "whiteout"
        anchors.fill: parent
        color: "white"
        opacity: ShowController.whiteout ? 1 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: Theme.quickFade } }
    }

    // Above black-out too: an announcement is the leader's, on purpose. Laid out in the stage's units.
    Item {
        anchors.centerIn: parent
        width: stage.width
        height: stage.height
        scale: stage.scale
        Announcement {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: (Theme.portrait ? Theme.portraitBarHeight : Theme.barHeight) + Theme.gap
            safeWidth: parent.width * 0.9
        }
    }
}
