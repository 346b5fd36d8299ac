import QtQuick
import QtTest
import Saisie

// TextEntry: validators per input kind (a wrong type cannot be typed), edited on each change,
// unknown state.
Item {
    id: root
    width: 412
    height: 915

    Component {
        id: entryComponent
        TextEntry {
            width: 380
            label: "Quantity"
        }
    }
    Component {
        id: dateComponent
        DateTimeEntry {
            width: 380
            label: "When"
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "TextEntry"
        when: windowShown

        function typeInto(entry, text) {
            mouseClick(entry.inputItem)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_kinds_data() {
            return [
                { tag: "integer", kind: "integer", typed: "12a3.4-", shown: "1234" },
                { tag: "number", kind: "number", typed: "-12,5e3", shown: "-12.53" },
                { tag: "number, one point", kind: "number", typed: "1.2.3", shown: "1.23" },
                { tag: "amount, 6 decimals", kind: "amount", typed: "-3.12345678", shown: "3.123456" },
                { tag: "amount, comma", kind: "amount", typed: "10,50", shown: "10.50" },
                { tag: "code", kind: "code", typed: "ab 12-c", shown: "AB12-C" },
                { tag: "text", kind: "text", typed: "Ab 1,", shown: "Ab 1," },
            ]
        }
        function test_kinds(data) {
            const entry = createTemporaryObject(entryComponent, root, { inputKind: data.kind })
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            typeInto(entry, data.typed)
            compare(entry.currentText, data.shown)
            verify(edits.count > 0)
            compare(edits.signalArguments[edits.count - 1][0], data.shown)
        }

        function test_multiline() {
            const entry = createTemporaryObject(entryComponent, root, { inputKind: "multiline", text: "first" })
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            compare(entry.currentText, "first")
            compare(edits.count, 0, "the page's value is not an edit")
            mouseClick(entry.inputItem)
            entry.inputItem.cursorPosition = entry.inputItem.length
            keyClick(Qt.Key_Return)
            keyClick("x")
            compare(entry.currentText, "first\nx")
            compare(edits.count, 2)
            entry.text = "other"
            compare(entry.currentText, "other")
            compare(edits.count, 2)
        }

        function test_pageRoundTrip() {
            const entry = createTemporaryObject(entryComponent, root, { inputKind: "integer", text: "7" })
            entry.edited.connect(function(t) { entry.text = t })
            typeInto(entry, "5")
            compare(entry.text, "75")
            entry.text = "3"
            compare(entry.currentText, "3")
        }

        function test_unknown() {
            const entry = createTemporaryObject(entryComponent, root, { unknownAllowed: true, unknown: true, text: "12" })
            verify(!entry.inputItem.visible)
            verify(!entry.inputItem.enabled)
            const shown = findChild(entry, "unknownText")
            verify(shown.visible)
            compare(shown.text, "Unknown")
            mouseClick(findChild(entry, "unknownChip"))
            verify(!entry.unknown)
            verify(entry.inputItem.visible)
            compare(entry.currentText, "12", "the typed value was kept")
        }

        function test_frameShowsIssueAndBadge() {
            const entry = createTemporaryObject(entryComponent, root,
                                                { personal: true, required: true, issue: "Too many." })
            verify(findChild(entry, "personalBadge").visible)
            compare(findChild(entry, "fieldLabel").text, "Quantity *")
            const issue = findChild(entry, "issue")
            verify(issue.visible)
            verify(issue.text.indexOf("Too many.") >= 0)
            verify(!findChild(entry, "unknownChip").visible)
        }
    }

    // DateTimeEntry lives here too: it is a text entry with two fields and an offset to keep.
    TestCase {
        name: "DateTimeEntry"
        when: windowShown

        function typeInto(item, text) {
            mouseClick(item)
            item.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function offsetOf(date) {
            const minutes = -date.getTimezoneOffset()
            const abs = Math.abs(minutes)
            const two = (n) => (n < 10 ? "0" : "") + n
            return (minutes < 0 ? "-" : "+") + two(Math.floor(abs / 60)) + ":" + two(abs % 60)
        }

        function test_showsValue() {
            const entry = createTemporaryObject(dateComponent, root, { value: "2026-11-27T14:30:00+01:00" })
            compare(entry.dateText, "2026-11-27")
            compare(entry.timeText, "14:30")
        }

        function test_keepsOffsetOfExistingValue() {
            const entry = createTemporaryObject(dateComponent, root, { value: "2026-11-27T14:30:00+05:45" })
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            typeInto(findChild(entry, "timeField"), "1605")
            compare(entry.timeText, "16:05")
            compare(edits.count, 1)
            compare(edits.signalArguments[0][0], "2026-11-27T16:05:00+05:45")
        }

        function test_newValueTakesDeviceOffset() {
            const entry = createTemporaryObject(dateComponent, root)
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            typeInto(findChild(entry, "dateField"), "20260704")
            compare(entry.dateText, "2026-07-04", "separators added while typing digits")
            compare(edits.count, 0, "no time yet")
            typeInto(findChild(entry, "timeField"), "0930")
            compare(edits.count, 1)
            compare(edits.signalArguments[0][0], "2026-07-04T09:30:00" + offsetOf(new Date(2026, 6, 4, 9, 30)))
        }

        function test_impossibleDate() {
            const entry = createTemporaryObject(dateComponent, root, { value: "2026-02-01T10:00:00+01:00" })
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            typeInto(findChild(entry, "dateField"), "20260230")
            compare(edits.count, 0)
            verify(entry.inputError.indexOf("2026-02-30") >= 0, entry.inputError)
            verify(findChild(entry, "inputError").visible)
            typeInto(findChild(entry, "timeField"), "2575")
            verify(entry.inputError.length > 0)
            compare(edits.count, 0)
        }

        function test_now() {
            const entry = createTemporaryObject(dateComponent, root)
            const edits = createTemporaryObject(spyComponent, root, { target: entry, signalName: "edited" })
            mouseClick(findChild(entry, "nowButton"))
            compare(edits.count, 1)
            const iso = edits.signalArguments[0][0]
            verify(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(iso), iso)
            verify(Math.abs(new Date(iso).getTime() - Date.now()) < 60000, iso)
            compare(entry.dateText, iso.substr(0, 10))
        }
    }
}
