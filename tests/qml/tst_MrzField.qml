import QtQuick
import QtTest
import Saisie

// MrzField: the Doc 9303 TD3 specimen passes every check; a corrupted one names the failing
// check digits; the "<" key types; personal by default.
Item {
    id: root
    width: 412
    height: 915

    readonly property string line1: "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    readonly property string line2: "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

    Component {
        id: fieldComponent
        MrzField {
            width: 400
            label: "Passport MRZ"
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "MrzField"
        when: windowShown

        function checkRow(field, name) {
            const row = findChild(field, "check_" + name)
            verify(row, name)
            return row
        }

        function test_validSpecimen() {
            const field = createTemporaryObject(fieldComponent, root, { text: line1 + "\n" + line2 })
            verify(field.personal)
            verify(findChild(field, "personalBadge").visible)
            compare(field.check.verdict, "valid")
            compare(field.layout, "TD3")
            verify(findChild(field, "layout").text.indexOf("TD3") >= 0)
            for (const name of ["document_number", "birth_date", "expiry", "personal_number", "composite"])
                verify(checkRow(field, name).children[0].text === "\u2713", name)
        }

        function test_corruptedSpecimen() {
            const field = createTemporaryObject(fieldComponent, root, { text: line1 + "\n" + line2 })
            field.text = line1 + "\n" + line2.replace("7408122", "7408132")
            compare(field.check.verdict, "invalid")
            compare(checkRow(field, "birth_date").children[0].text, "\u2715")
            verify(checkRow(field, "birth_date").children[1].text.indexOf("should be 3, reads 2") >= 0)
            compare(checkRow(field, "composite").children[0].text, "\u2715")
            compare(checkRow(field, "expiry").children[0].text, "\u2713")
        }

        function test_typingLive() {
            const field = createTemporaryObject(fieldComponent, root)
            const edits = createTemporaryObject(spyComponent, root, { target: field, signalName: "edited" })
            compare(field.check.verdict, "empty")
            mouseClick(field.inputItem)
            keyClick("p")
            mouseClick(findChild(field, "fillerKey"))
            compare(field.currentText, "P<")
            verify(field.inputItem.activeFocus, "the editor keeps focus after the < key")
            compare(field.check.verdict, "invalid")
            compare(field.layout, "")
            // Paste the rest of the specimen (lower case and a Windows line end are cleaned up).
            field.inputItem.insert(field.inputItem.length, line1.substring(2).toLowerCase() + "\r\n" + line2)
            compare(field.currentText, line1 + "\n" + line2)
            compare(field.check.verdict, "valid")
            compare(edits.signalArguments[edits.count - 1][0], line1 + "\n" + line2)
            compare(field.text, "", "the page's value is not written from inside")
        }
    }
}
