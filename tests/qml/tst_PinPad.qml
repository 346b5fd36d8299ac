import QtQuick
import QtTest
import Saisie

// The PIN pad: touch and keyboard entry, erase, submit only at the minimum length, lockout
// countdown, busy state, attempts line.
Item {
    id: root
    width: 480
    height: 800

    Component {
        id: padComponent
        PinPad {
            width: 400
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "PinPad"
        when: windowShown

        function createPad(properties) {
            const pad = createTemporaryObject(padComponent, root, properties || {})
            verify(pad, "PinPad created")
            return pad
        }
        function key(pad, name) {
            const found = findChild(pad, name)
            verify(found, name)
            return found
        }
        function tap(pad, digits) {
            for (let i = 0; i < digits.length; ++i)
                mouseClick(key(pad, "key" + digits[i]))
        }
        function submittedSpy(pad) {
            return createTemporaryObject(spyComponent, root, { target: pad, signalName: "submitted" })
        }

        function test_touchDigits() {
            const pad = createPad()
            compare(pad.buffer.length, 0)
            tap(pad, "1290")
            compare(pad.buffer.length, 4)
        }

        function test_keyboardDigits() {
            const pad = createPad()
            pad.forceActiveFocus()
            keyClick(Qt.Key_4)
            keyClick(Qt.Key_7)
            keyClick(Qt.Key_A) // ignored
            compare(pad.buffer.length, 2)
            keyClick(Qt.Key_Backspace)
            compare(pad.buffer.length, 1)
        }

        function test_erase() {
            const pad = createPad()
            const erase = key(pad, "keyErase")
            verify(!erase.enabled, "nothing to erase yet")
            tap(pad, "123")
            verify(erase.enabled)
            mouseClick(erase)
            compare(pad.buffer.length, 2)
            mouseClick(erase)
            mouseClick(erase)
            compare(pad.buffer.length, 0)
            verify(!erase.enabled)
        }

        function test_dotsFollowLength() {
            const pad = createPad({ minLength: 6 })
            const dots = findChild(pad, "dots")
            // A Row holds its Repeater too: count the dots, not the Repeater.
            compare(dots.children.length - 1, 6, "minLength dots when empty")
            tap(pad, "12345678")
            compare(dots.children.length - 1, 8, "one dot per digit beyond minLength")
        }

        function test_submit_data() {
            return [
                { tag: "too short", digits: "12345", expected: 0 },
                { tag: "minimum length", digits: "123450", expected: 1 },
                { tag: "longer", digits: "1234509876", expected: 1 }
            ]
        }
        function test_submit(data) {
            const pad = createPad({ minLength: 6 })
            const spy = submittedSpy(pad)
            tap(pad, data.digits)
            compare(key(pad, "keySubmit").enabled, data.expected === 1)
            mouseClick(key(pad, "keySubmit"))
            compare(spy.count, data.expected)
            // Submitting does not clear: the receiver takes the digits from the buffer.
            compare(pad.buffer.length, data.digits.length)
        }

        function test_submitWithEnter() {
            const pad = createPad({ minLength: 6 })
            const spy = submittedSpy(pad)
            pad.forceActiveFocus()
            for (const k of [Qt.Key_2, Qt.Key_5, Qt.Key_0, Qt.Key_9, Qt.Key_1, Qt.Key_3])
                keyClick(k)
            keyClick(Qt.Key_Return)
            compare(spy.count, 1)
        }

        function test_maxLength() {
            const pad = createPad()
            pad.buffer.maxLength = 4
            tap(pad, "123456")
            compare(pad.buffer.length, 4)
        }

        function test_countdown_data() {
            return [
                { tag: "30 s", seconds: 30, shown: "0:30" },
                { tag: "65 s", seconds: 65, shown: "1:05" },
                { tag: "1 h", seconds: 3600, shown: "60:00" }
            ]
        }
        function test_countdown(data) {
            const pad = createPad({ secondsToWait: data.seconds })
            const status = findChild(pad, "status")
            verify(status.text.indexOf(data.shown) >= 0, status.text)
            verify(!key(pad, "key5").enabled, "keys are disabled during the lockout")
            mouseClick(key(pad, "key5"))
            pad.forceActiveFocus()
            keyClick(Qt.Key_5)
            compare(pad.buffer.length, 0)
            pad.secondsToWait = 0
            verify(status.text.indexOf(data.shown) < 0)
            verify(key(pad, "key5").enabled)
            tap(pad, "5")
            compare(pad.buffer.length, 1)
        }

        function test_countdownBlocksSubmit() {
            const pad = createPad({ minLength: 6 })
            const spy = submittedSpy(pad)
            tap(pad, "192837")
            pad.secondsToWait = 10
            pad.submit()
            compare(spy.count, 0)
        }

        function test_busy() {
            const pad = createPad({ busy: true })
            verify(!key(pad, "key1").enabled)
            verify(findChild(pad, "status").text.length > 1, "says it is checking")
            pad.busy = false
            verify(key(pad, "key1").enabled)
        }

        function test_attemptsLine() {
            const pad = createPad({ attemptsLeft: -1 })
            const attempts = findChild(pad, "attempts")
            verify(!attempts.visible)
            pad.attemptsLeft = 2
            verify(attempts.visible)
            verify(attempts.text.indexOf("2") >= 0, attempts.text)
        }

        function test_errorText() {
            const pad = createPad({ errorText: "Wrong PIN." })
            compare(findChild(pad, "status").text, "Wrong PIN.")
        }
    }
}
