import QtQuick
import QtTest
import Saisie

// The location panel without a position source (what --self-test and a desktop without GNSS
// show): the typed-in alternatives, their inline errors, and what fixAccepted hands over.
Item {
    id: root
    width: 412
    height: 915

    Component {
        id: panelComponent
        LocationPanel {
            width: root.width
            controller: LocationController {}
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "LocationPanel"
        when: windowShown

        function createPanel(properties) {
            const panel = createTemporaryObject(panelComponent, root, properties || {})
            verify(panel, "LocationPanel created")
            return panel
        }
        function child(item, name) {
            const found = findChild(item, name)
            verify(found, name)
            return found
        }
        function acceptedSpy(panel) {
            return createTemporaryObject(spyComponent, root, { target: panel, signalName: "fixAccepted" })
        }

        function test_noController() {
            const panel = createPanel({ controller: null })
            compare(child(panel, "stateLabel").text, "No position source on this device")
            verify(!child(panel, "manualButton").enabled)
        }

        function test_noSource() {
            const panel = createPanel()
            compare(panel.controller.state, LocationController.NoSource)
            compare(child(panel, "stateLabel").text, "No position source on this device")
            verify(!child(panel, "locateButton").visible, "nothing to measure with")
            verify(!child(panel, "useFixButton").visible)
            verify(child(panel, "manualButton").enabled)
            verify(child(panel, "noPositionButton").enabled)
            verify(child(panel, "manualButton").height >= Theme.sizes.touchTarget)
        }

        function test_manualEntry_data() {
            return [
                { tag: "garbage latitude", lat: "abc", lon: "0.1", reason: "r", error: "latitudeError" },
                { tag: "longitude out of range", lat: "49", lon: "200", reason: "r", error: "longitudeError" },
                { tag: "missing reason", lat: "49", lon: "0.1", reason: " ", error: "reasonError" },
                { tag: "good", lat: "49°28'52.3\"N", lon: "0.1094", reason: "Inside the warehouse", error: "" }
            ]
        }
        function test_manualEntry(data) {
            const panel = createPanel()
            const spy = acceptedSpy(panel)
            mouseClick(child(panel, "manualButton"))
            const dialog = child(panel, "manualDialog")
            tryCompare(dialog, "opened", true)
            child(dialog.contentItem, "latitudeField").text = data.lat
            child(dialog.contentItem, "longitudeField").text = data.lon
            child(dialog.contentItem, "reasonField").text = data.reason
            dialog.submit()
            if (data.error.length > 0) {
                verify(child(dialog.contentItem, data.error).text.length > 0, data.error + " is shown")
                compare(spy.count, 0)
                verify(!panel.controller.hasFix)
                dialog.close()
                return
            }
            compare(spy.count, 1)
            const fix = spy.signalArguments[0][0]
            compare(fix.source, "MANUAL")
            compare(fix.manualReason, "Inside the warehouse")
            fuzzyCompare(fix.lat, 49.481194, 1e-6)
            compare(fix.lon, 0.1094)
            tryCompare(dialog, "visible", false)
            compare(child(panel, "stateLabel").text, "Position entered by hand")
            compare(child(panel, "latitudeLabel").text, "49.48119° N")
            compare(child(panel, "longitudeLabel").text, "0.10940° E")
            compare(child(panel, "detailLabel").text, "accuracy unknown · entered by hand")
        }

        function test_noPosition() {
            const panel = createPanel()
            const spy = acceptedSpy(panel)
            mouseClick(child(panel, "noPositionButton"))
            const dialog = child(panel, "noPositionDialog")
            tryCompare(dialog, "opened", true)
            dialog.submit()
            verify(child(dialog.contentItem, "noPositionError").text.length > 0, "a reason is required")
            compare(spy.count, 0)
            child(dialog.contentItem, "noPositionReasonField").text = "Steel hold, no signal"
            dialog.submit()
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0].manualReason, "Steel hold, no signal")
            verify(spy.signalArguments[0][0].lat === undefined)
        }

        function test_tabletWidth() {
            const panel = createPanel()
            verify(!panel.wide, "one column on a phone")
            panel.width = 1280
            verify(panel.wide)
            compare(panel.controller.manualFix("-33.45", "-70.66", "test"), "")
            compare(child(panel, "latitudeLabel").text, "33.45000° S")
            tryVerify(() => child(panel, "manualButton").width < 1280 / 2 + 1, 2000, "two columns of buttons")
        }
    }
}
