import QtQuick
import QtTest
import Saisie

// The passphrase field: submit only at the minimum length, the text moves into the guarded
// buffer and the field is emptied at once; countdown and busy block input; attempts line.
Item {
    id: root
    width: 480
    height: 800

    Component {
        id: entryComponent
        PassphraseEntry {
            width: 400
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "PassphraseEntry"
        when: windowShown

        function createEntry(properties) {
            const entry = createTemporaryObject(entryComponent, root, properties || {})
            verify(entry, "PassphraseEntry created")
            return entry
        }
        function child(entry, name) {
            const found = findChild(entry, name)
            verify(found, name)
            return found
        }

        function test_submitMovesTextIntoBuffer() {
            const entry = createEntry({ minLength: 12 })
            const field = child(entry, "passphraseField")
            const submit = child(entry, "submitPassphrase")
            const spy = createTemporaryObject(spyComponent, root, { target: entry, signalName: "submitted" })
            field.text = "short one"
            verify(!submit.enabled, "below the minimum length")
            field.text = "correct horse battery"
            verify(submit.enabled)
            mouseClick(submit)
            compare(spy.count, 1)
            compare(field.text, "", "the field keeps no copy")
            compare(entry.buffer.length, 21)
        }

        function test_enterSubmits() {
            const entry = createEntry()
            const field = child(entry, "passphraseField")
            const spy = createTemporaryObject(spyComponent, root, { target: entry, signalName: "submitted" })
            field.forceActiveFocus()
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_B)
            keyClick(Qt.Key_Return)
            compare(spy.count, 1)
            compare(entry.buffer.length, 2)
            compare(field.text, "")
        }

        function test_refusedTextIsNotSubmitted() {
            const entry = createEntry()
            const field = child(entry, "passphraseField")
            const submitted = createTemporaryObject(spyComponent, root, { target: entry, signalName: "submitted" })
            const refused = createTemporaryObject(spyComponent, root, { target: entry, signalName: "refused" })
            field.text = "two\u0007bells"
            entry.submit()
            compare(submitted.count, 0)
            compare(refused.count, 1)
            compare(entry.buffer.length, 0)
            compare(field.text, "")
        }

        function test_countdownBlocksInput() {
            const entry = createEntry({ secondsToWait: 65, attemptsLeft: 2 })
            const field = child(entry, "passphraseField")
            verify(!field.enabled)
            verify(child(entry, "status").text.indexOf("1:05") >= 0)
            const attempts = child(entry, "attempts")
            verify(attempts.visible)
            verify(attempts.text.indexOf("2") >= 0)
            entry.secondsToWait = 0
            verify(field.enabled)
        }

        function test_busyBlocksSubmit() {
            const entry = createEntry({ busy: true })
            child(entry, "passphraseField").text = "anything long enough"
            verify(!child(entry, "submitPassphrase").enabled)
            verify(!child(entry, "attempts").visible, "no attempts line until one was wrong")
        }
    }
}
