import QtQuick
import QtTest
import Saisie

// IdentifierField: the verdict follows the typing live, upper case, expected digit in the message.
Item {
    id: root
    width: 412
    height: 915

    Component {
        id: fieldComponent
        IdentifierField {
            width: 380
            label: "Container number"
            kind: "container"
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "IdentifierField"
        when: windowShown

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_liveVerdict() {
            const field = createTemporaryObject(fieldComponent, root)
            const edits = createTemporaryObject(spyComponent, root, { target: field, signalName: "edited" })
            compare(field.check.verdict, "empty")
            mouseClick(field.inputItem)
            verify(field.inputItem.activeFocus)
            typeText("csqu305438")
            compare(field.currentText, "CSQU305438")
            compare(field.check.verdict, "invalid")
            compare(field.check.code, "format")
            keyClick("5")
            compare(field.check.verdict, "invalid")
            compare(field.check.code, "check_digit")
            compare(field.check.message, "Check digit should be 3, not 5.")
            const message = findChild(field, "checkMessage")
            compare(message.text, "Check digit should be 3, not 5.")
            verify(message.visible)
            keyClick(Qt.Key_Backspace)
            keyClick("3")
            compare(field.check.verdict, "valid")
            compare(message.text, "Check digit correct")
            compare(edits.count, 13)
            compare(edits.signalArguments[12][0], "CSQU3054383")
            compare(field.text, "", "the page's value is not written from inside")
        }

        function test_pageValue() {
            const field = createTemporaryObject(fieldComponent, root, { text: "MSCU1234566" })
            compare(field.currentText, "MSCU1234566")
            compare(field.check.verdict, "valid")
            field.text = "MSCU1234560"
            compare(field.check.verdict, "invalid")
            field.kind = "wagon"
            compare(field.check.code, "format")
        }

        function test_warningKind() {
            const field = createTemporaryObject(fieldComponent, root, { kind: "imo", text: "9074728" })
            compare(field.check.verdict, "warning")
            verify(field.check.message.indexOf("should be 9, not 8") >= 0)
        }

        function test_unknownHidesEditor() {
            const field = createTemporaryObject(fieldComponent, root, { unknownAllowed: true })
            const toggles = createTemporaryObject(spyComponent, root, { target: field, signalName: "unknownToggled" })
            const chip = findChild(field, "unknownChip")
            verify(chip.visible)
            verify(chip.height >= 48)
            mouseClick(chip)
            compare(toggles.count, 1)
            compare(toggles.signalArguments[0][0], true)
            verify(field.unknown)
            verify(!field.inputItem.visible)
            verify(findChild(field, "unknownText").visible)
        }
    }
}
