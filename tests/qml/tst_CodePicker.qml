import QtQuick
import QtTest
import Saisie

// CodePicker: current label, full-window popup with focused search, unknown first, search
// filters, picking and clearing emit the code.
Item {
    id: root
    width: 412
    height: 915

    Component {
        id: pickerComponent
        CodePicker {
            width: 380
            label: "Country of origin"
            listId: "country"
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "CodePicker"
        when: windowShown

        function openPicker(picker) {
            mouseClick(findChild(picker, "opener"))
            tryCompare(picker.popup, "opened", true)
            return picker.popup
        }
        function part(popup, name) {
            const found = findChild(popup.contentItem, name)
            verify(found, name)
            return found
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function rowFor(popup, code) {
            const list = part(popup, "list")
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.code === code)
                    return item
            }
            return null
        }

        function test_label() {
            const picker = createTemporaryObject(pickerComponent, root)
            compare(findChild(picker, "valueText").text, "Choose…")
            picker.value = "DE"
            compare(findChild(picker, "valueText").text, "Germany")
            picker.language = "fr"
            compare(picker.valueLabel, "Allemagne")
            picker.value = "OLD"
            compare(picker.valueLabel, "OLD", "a code missing from the list is still shown")
            compare(picker.unknownCode, "ZZ")
        }

        function test_searchAndPick() {
            const picker = createTemporaryObject(pickerComponent, root)
            const picks = createTemporaryObject(spyComponent, root, { target: picker, signalName: "picked" })
            const popup = openPicker(picker)
            compare(popup.width, root.Window.window.width)
            compare(popup.height, root.Window.window.height)
            const search = part(popup, "search")
            tryVerify(function() { return search.activeFocus })
            compare(popup.model.codeAt(0), "ZZ", "unknown first")
            const all = popup.model.count
            typeText("germ")
            tryVerify(function() { return popup.model.count < all })
            compare(popup.model.codeAt(0), "ZZ", "unknown stays first while searching")
            compare(popup.model.codeAt(1), "DE")
            tryVerify(function() { return rowFor(popup, "DE") !== null }, 2000, "row for DE")
            const row = rowFor(popup, "DE")
            verify(row.height >= 48)
            mouseClick(row)
            compare(picks.count, 1)
            compare(picks.signalArguments[0][0], "DE")
            tryCompare(popup, "visible", false)
        }

        function test_pickUnknown() {
            const picker = createTemporaryObject(pickerComponent, root)
            const picks = createTemporaryObject(spyComponent, root, { target: picker, signalName: "picked" })
            const popup = openPicker(picker)
            tryVerify(function() { return rowFor(popup, "ZZ") !== null }, 2000, "row for ZZ")
            const unknownRow = rowFor(popup, "ZZ")
            verify(unknownRow.isUnknown)
            compare(part(popup, "list").itemAtIndex(0), unknownRow)
            mouseClick(unknownRow)
            compare(picks.signalArguments[0][0], "ZZ")
        }

        function test_clearAndClose() {
            const picker = createTemporaryObject(pickerComponent, root, { value: "FR" })
            const picks = createTemporaryObject(spyComponent, root, { target: picker, signalName: "picked" })
            let popup = openPicker(picker)
            mouseClick(part(popup, "closeAction"))
            tryCompare(popup, "visible", false)
            compare(picks.count, 0)
            popup = openPicker(picker)
            mouseClick(part(popup, "clearAction"))
            compare(picks.count, 1)
            compare(picks.signalArguments[0][0], "")
            tryCompare(popup, "visible", false)
        }

        function test_parentCode() {
            const picker = createTemporaryObject(pickerComponent, root,
                                                 { listId: "commodity_subtype", parentCode: "DRUGS" })
            const popup = openPicker(picker)
            compare(popup.model.count, 9)
            compare(popup.model.codeAt(0), "UNKNOWN")
            typeText("coca")
            tryCompare(popup.model, "count", 2)
            keyClick(Qt.Key_Return)
            tryCompare(popup, "visible", false)
        }

        function test_tabletSize() {
            root.Window.window.width = 1280
            root.Window.window.height = 800
            const picker = createTemporaryObject(pickerComponent, root)
            const popup = openPicker(picker)
            compare(popup.width, 1280)
            verify(part(popup, "list").width <= 640)
            popup.close()
            root.Window.window.width = 412
            root.Window.window.height = 915
        }
    }
}
