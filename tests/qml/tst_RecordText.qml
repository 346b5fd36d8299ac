import QtQuick
import QtTest
import Saisie

// A record-bound text field shows the stored value, saves what is typed (numbers as numbers),
// keeps a half-typed value while focused, and follows "Unknown".
Item {
    id: root
    width: 600
    height: 400

    SeizureEditor {
        id: editor
    }

    RecordText {
        id: place
        width: 500
        editor: editor
        path: "placeName"
        label: "Place"
    }

    RecordText {
        id: quantity
        y: 150
        width: 500
        editor: editor
        path: "items[0].quantity"
        label: "Quantity"
        inputKind: "number"
    }

    TestCase {
        name: "RecordText"
        when: windowShown

        function init() {
            editor.startNew()
        }

        function test_showsStoredValue() {
            verify(editor.setValue("placeName", "Quai de l'Europe"))
            tryCompare(place.inputItem, "text", "Quai de l'Europe")
            verify(editor.setValue("placeName", undefined))
            tryCompare(place.inputItem, "text", "")
        }

        function test_typingSavesNumbers() {
            mouseClick(quantity.inputItem)
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_Period)
            compare(editor.value("items[0].quantity"), 12)
            compare(quantity.inputItem.text, "12.") // the half-typed value stays on screen
            keyClick(Qt.Key_5)
            compare(editor.value("items[0].quantity"), 12.5)
            mouseClick(place.inputItem) // focus leaves: the field shows the stored value
            tryCompare(quantity.inputItem, "text", "12.5")
        }

        function test_unknown() {
            verify(editor.setUnknown("placeName"))
            tryCompare(place, "unknown", true)
            verify(editor.setValue("placeName", "Gare"))
            tryCompare(place, "unknown", false)
            tryCompare(place.inputItem, "text", "Gare")
        }
    }
}
