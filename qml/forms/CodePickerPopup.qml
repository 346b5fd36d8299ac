pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Templates as T
import Saisie

// The full-window list behind a CodePicker: a search field that has focus, the list's "unknown"
// entry first and set apart, big rows for gloved fingers, and Clear and Close actions.
Popup {
    id: popup

    property string title
    property string listId
    property string parentCode
    property string language: "en"
    /// The code currently stored (its row is marked).
    property string currentCode
    /// The rows shown (for tests and for pages that need the list).
    readonly property alias model: rows

    /// A code was chosen ("" = Clear). The popup closes itself.
    signal chosen(string code)

    function choose(code) {
        chosen(code)
        close()
    }

    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 412
    height: parent ? parent.height : 915
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: {
        search.text = ""
        // Start at the stored value, so changing a choice does not mean scrolling for it.
        for (let i = 0; i < rows.count; ++i) {
            if (rows.codeAt(i) === currentCode) {
                list.positionViewAtIndex(i, ListView.Center)
                return
            }
        }
        list.positionViewAtBeginning()
    }
    onOpened: search.forceActiveFocus()

    background: Rectangle {
        color: Theme.colors.background
    }

    CodeListModel {
        id: rows
        listId: popup.listId
        parentCode: popup.parentCode
        language: popup.language
        filterText: search.text
    }

    contentItem: ColumnLayout {
        spacing: 0

        PageHeader {
            Layout.fillWidth: true
            title: popup.title.length > 0 ? popup.title : qsTr("Choose a value")

            HeaderAction {
                objectName: "clearAction"
                text: qsTr("Clear")
                enabled: popup.currentCode.length > 0
                onClicked: popup.choose("")
            }
            HeaderAction {
                objectName: "closeAction"
                text: qsTr("Close")
                onClicked: popup.close()
            }
        }

        TextField {
            id: search
            objectName: "search"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.sizes.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.margins: Theme.spacing.m
            implicitHeight: Math.max(Theme.sizes.button, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fonts.bodyLarge
            placeholderText: qsTr("Search by name or code")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search")
            // Enter picks the best match, so a keyboard user can type "fr", Enter.
            onAccepted: {
                const first = rows.codeAt(0) === rows.unknownCode() ? 1 : 0
                if (search.text.trim().length > 0 && rows.count > first)
                    popup.choose(rows.codeAt(first))
            }
        }

        ListView {
            id: list
            objectName: "list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.sizes.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            clip: true
            model: rows
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string code
                required property string label
                required property bool isUnknown

                objectName: "row_" + code
                width: ListView.view.width
                implicitHeight: Math.max(Theme.sizes.button, implicitContentHeight + topPadding + bottomPadding)
                leftPadding: Theme.spacing.m
                rightPadding: Theme.spacing.m
                highlighted: code === popup.currentCode
                Accessible.name: label
                onClicked: popup.choose(code)

                // An Item, not a RowLayout: a layout would keep a stale height when the label re-wraps.
                contentItem: Item {
                    implicitHeight: Math.max(rowLabel.implicitHeight, rowCode.implicitHeight)
                    Label {
                        id: rowLabel
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - (rowCode.visible ? rowCode.width + Theme.spacing.m : 0)
                        text: row.label
                        font.pixelSize: Theme.fonts.bodyLarge
                        font.bold: row.isUnknown || row.highlighted
                        font.italic: row.isUnknown
                        color: Theme.colors.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        id: rowCode
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        visible: !row.isUnknown && row.code !== row.label
                        text: row.code
                        font.family: "monospace"
                        font.pixelSize: Theme.fonts.caption
                        color: Theme.colors.textMuted
                    }
                }
                background: Rectangle {
                    color: row.down ? Theme.colors.surfaceVariant
                         : row.isUnknown ? Theme.colors.surfaceVariant : Theme.colors.surface
                    border.color: row.highlighted ? Theme.colors.primary : Theme.colors.border
                    border.width: row.highlighted ? Theme.sizes.focusWidth : (row.isUnknown ? Theme.sizes.borderWidth + 1 : 0)
                    Rectangle {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: Theme.sizes.borderWidth
                        color: Theme.colors.border
                    }
                }
            }
        }

        EmptyState {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing.l
            visible: search.text.trim().length > 0 && rows.count <= (rows.unknownCode().length > 0 ? 1 : 0)
            title: qsTr("Nothing found")
            text: qsTr("Try fewer letters, or another spelling.")
        }
    }
}
