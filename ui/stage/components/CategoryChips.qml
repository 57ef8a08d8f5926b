pragma ComponentBehavior: Bound
import QtQuick
import HuzhouViewer

// The gallery's filter: "All" and each category someone belongs to, the chosen one lit (touch chrome only).
Flow {
    id: chips
    property var categories: []
    property string allLabel: ""
    objectName: "categoryChips"
    spacing: 14
    visible: categories.length > 1 && ShowController.touchChrome
    Repeater {
        model: [{ id: "", name: chips.allLabel }].concat(chips.categories)
        delegate: Rectangle {
            id: chip
            required property var modelData
            readonly property bool chosen: PeopleModel.category === modelData.id
            objectName: "chip-" + (modelData.id || "all")
            Accessible.role: Accessible.RadioButton
            Accessible.name: chip.modelData.name
            Accessible.checkable: true
            Accessible.checked: chip.chosen
            Accessible.onPressAction: PeopleModel.category = chip.modelData.id
            activeFocusOnTab: true  // Tab reaches it, Space or Enter presses it
            FocusRing { round: chip.radius }
            width: chipText.implicitWidth + 40
            height: chipText.implicitHeight + 16
            radius: height / 2
            color: chosen ? Theme.accent : "transparent"
            border.color: chosen ? Theme.accent : Theme.outline
            border.width: 2
            StageText {
                id: chipText
                anchors.centerIn: parent
                wrapMode: Text.NoWrap
                text: chip.modelData.name
                color: chip.chosen ? Theme.background : Theme.text
                font.pixelSize: Theme.smallSize
            }
            MouseArea {
                anchors.fill: parent
                onClicked: PeopleModel.category = chip.modelData.id
            }
        }
    }
}
