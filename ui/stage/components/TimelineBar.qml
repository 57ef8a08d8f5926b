pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The timeline: every scene as a mark (seasons with their icons), the current one lit, its steps as
// quiet dots (or a track when there are more than fit); a tap jumps there.
Rectangle {
    id: bar
    objectName: "timelineBar"
    color: Qt.darker(Theme.background, 1.25)
    Accessible.role: Accessible.PageTabList
    Accessible.name: ShowController.words["a11y-scenes"]

    Rectangle { width: parent.width; height: 1; color: Theme.outline }

    // The visitor's switches (Access: reach, contrast, text size) at the bar's start: always in the lower part
    // of the screen, over nothing.
    VisitorSwitches {
        id: reach
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap / 2
        anchors.verticalCenter: parent.verticalCenter
    }

    Row {
        id: row
        readonly property real room: bar.width - reach.width - 2 * Theme.gap
        x: Theme.mirrored(reach.width + Theme.gap + (room - width) / 2, width, bar.width)  // after the switches
        anchors.verticalCenter: parent.verticalCenter
        readonly property real itemWidth: Math.min(240, room / Math.max(1, SceneModel.rowCount()))
        // Alike while every label fits; else as wide as each label needs, on up to two (landscape) or three lines
        // at the chrome's floor. The padding is the mark's own and a landscape icon's. Asked only once the bar has
        // its width: while the anchors settle, each step would lay every label out again for nothing.
        readonly property var widths: room <= 0 ? [] : Lines.tabWidths(SceneModel.barLabels,
                                                      Qt.font({ family: Theme.fontFamily, bold: true,
                                                                pixelSize: Theme.controlTextSize }),
                                                      room, 240, Theme.portrait ? 3 : 2, Theme.portrait ? 24 : 68)
        Repeater {
            model: SceneModel
            delegate: Item {
                id: mark
                required property int index
                required property string label
                required property string barLabel
                required property string accent
                required property string iconGlyph
                required property string iconFamily
                readonly property bool current: index === ShowController.sceneIndex
                readonly property color tone: Theme.ink(accent)  // 7:1 in high contrast
                readonly property bool isFrame: true
                readonly property int maxDots: Math.floor((width - 30) / 18)  // 10 px dots, 8 px apart
                objectName: "timeline-" + index
                width: row.widths[index] ?? row.itemWidth
                height: bar.height
                Accessible.role: Accessible.PageTab
                Accessible.name: mark.label
                Accessible.selectable: true
                Accessible.selected: mark.current
                onCurrentChanged: Assistive.selectionChanged(mark)  // Qt's bridge sends no change of the state
                Accessible.onPressAction: ShowController.jump(mark.index)
                activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
                FocusRing { anchors.margins: 6; round: 14 }

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 10
                    radius: 14
                    color: mark.current ? Qt.rgba(mark.tone.r, mark.tone.g, mark.tone.b, Theme.highContrast ? 0 : 0.22) : "transparent"
                    border.color: mark.current ? mark.tone : "transparent"
                    border.width: 2
                    Behavior on color { ColorAnimation { duration: Theme.quickFade } }
                }
                Column {
                    id: stack
                    anchors.centerIn: parent
                    spacing: Theme.portrait ? 6 : 2
                    Row {
                        anchors.horizontalCenter: parent.horizontalCenter
                        spacing: 10
                        PicturedText {
                            id: icon
                            visible: mark.iconGlyph !== ""
                            text: mark.iconGlyph
                            font.family: mark.iconFamily
                            font.pixelSize: Theme.portrait ? 40 : 34
                            color: mark.current ? mark.tone : Theme.muted
                            textFormat: Text.PlainText
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        StageText {
                            id: label
                            objectName: "timelineLabel"
                            readonly property real room: mark.width - 24 - (icon.visible ? icon.width + 10 : 0)
                            text: mark.barLabel
                            width: room <= 0 ? 0 : Math.min(Math.ceil(Lines.naturalWidth(text, font)) + 1, room)
                            // A long name breaks at its words and soft hyphens, then is set smaller, down to the
                            // chrome's floor (read from arm's length), sized as if lit (bold) so that it keeps its
                            // size when it is; only what cannot fit even then elides.
                            // The bar keeps its designed size in larger text (its room is fixed; larger text is for
                            // the scenes).
                            font.pixelSize: room <= 0 ? Theme.controlTextSize
                                : Lines.fittedSize(text, Qt.font({ family: Theme.fontFamily, bold: true,
                                                                   pixelSize: Theme.floorSize }),
                                                   room, bar.height - 10 - stack.spacing, lineHeight,
                                                   Theme.controlTextSize)
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignHCenter
                            lineHeight: 0.9
                            color: mark.current ? Theme.text : Theme.muted
                            font.bold: mark.current
                            anchors.verticalCenter: parent.verticalCenter
                            visible: !Theme.portrait || mark.iconGlyph === ""
                        }
                    }
                    Row {
                        objectName: "stepDots"
                        anchors.horizontalCenter: parent.horizontalCenter
                        spacing: 8
                        height: 10
                        // A dot a step while they fit; a long walk (a gallery of many honourees) gets a track.
                        Repeater {
                            model: mark.current && ShowController.stepCount <= mark.maxDots ? ShowController.stepCount : 0
                            Rectangle {
                                required property int index
                                width: 10
                                height: 10
                                radius: 5
                                color: index <= ShowController.step ? mark.tone : Theme.outline
                            }
                        }
                        Rectangle {
                            objectName: "stepTrack"
                            visible: mark.current && ShowController.stepCount > mark.maxDots
                            width: Math.min(140, mark.width - 40)
                            height: 6
                            radius: 3
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.outline
                            Rectangle {
                                width: parent.width * (ShowController.step + 1) / Math.max(1, ShowController.stepCount)
                                height: parent.height
                                radius: parent.radius
                                color: mark.tone
                            }
                        }
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: ShowController.jump(mark.index)
                }
            }
        }
    }
}
