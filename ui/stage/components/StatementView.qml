import QtQuick
import HuzhouViewer

// A statement: a slogan or a speaker's words, large and centred, with who said it.
Item {
    id: statement
    property var block: ({})
    property color accent: Theme.accent

    Column {
        anchors.centerIn: parent
        width: Math.round(parent.width * (Theme.portrait ? 1 : 0.8))
        spacing: Theme.near ? 20 : 32
        PicturedText {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "\u201C"
            color: statement.accent
            font.family: Theme.fontFamily
            font.pixelSize: 160
            font.bold: true
            lineHeightMode: Text.FixedHeight
            lineHeight: 100
            textFormat: Text.PlainText
        }
        StageText {
            objectName: "statementText"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.ceil(Lines.balancedWidth(text, font, parent.width))  // lines of about one width, no word alone
            horizontalAlignment: Text.AlignHCenter
            text: statement.block.text || ""
            // A slogan stands large; a longer passage (a speaker's words) at heading size.
            font.pixelSize: statement.block.passage === true ? Theme.headingSize : Theme.titleSize - 4
            font.bold: true
            lineHeight: 1.2
        }
        StageText {
            objectName: "attribution"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: statement.block.attribution || ""  // with its dash, as the view data writes it
            visible: text !== ""
            color: statement.accent
            font.pixelSize: Theme.captionSize + 2
        }
    }
}
