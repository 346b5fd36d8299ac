import QtQuick
import QtTest
import Saisie

// SyncBanner: one sentence and the right action for each sync state, quiet when everything is
// delivered, the button inside the banner at phone and tablet widths, no layout warnings.
Item {
    id: root
    width: 1280
    height: 400

    Component {
        id: bannerComponent
        SyncBanner {}
    }

    TestCase {
        name: "SyncBanner"
        when: windowShown

        function init() {
            failOnWarning(/.?/)
        }

        function make(properties) {
            const banner = createTemporaryObject(bannerComponent, root, properties)
            verify(banner)
            return banner
        }

        function actionOf(banner) {
            if (findChild(banner, "connectTabletButton") && findChild(banner, "connectTabletButton").visible)
                return "connect"
            const sync = findChild(banner, "syncNowButton")
            return sync && sync.visible ? "sync" : ""
        }

        function test_states_data() {
            return [
                { tag: "not enrolled", props: { enrolled: false }, shown: true, action: "connect" },
                { tag: "all delivered", props: { enrolled: true, syncState: "idle", pendingCount: 0 }, shown: false, action: "sync" },
                { tag: "waiting", props: { enrolled: true, syncState: "waiting", pendingCount: 2 }, shown: true, action: "sync" },
                { tag: "syncing", props: { enrolled: true, syncState: "syncing", pendingCount: 5,
                                           progressText: "Sending record 1 of 5", progressFraction: 0.1 },
                  shown: true, action: "" },
                { tag: "offline", props: { enrolled: true, syncState: "idle", offline: true }, shown: true, action: "sync" },
                { tag: "error", props: { enrolled: true, syncState: "waiting", pendingCount: 1,
                                         lastError: "The server is unavailable." }, shown: true, action: "sync" },
                { tag: "revoked", props: { enrolled: true, syncState: "revoked", pendingCount: 1 }, shown: true, action: "" },
            ]
        }

        function test_states(data) {
            const banner = make(Object.assign({ width: root.width }, data.props))
            compare(banner.visible, data.shown)
            if (!data.shown)
                return
            verify(banner.height > 0)
            compare(actionOf(banner), data.action)
            const text = findChild(banner, "syncBannerText")
            verify(text.text.length > 0)
            if (data.props.lastError)
                compare(text.text, data.props.lastError)
            if (data.props.progressText) {
                compare(text.text, data.props.progressText)
                verify(findChild(banner, "syncProgress").visible)
            }
        }

        function test_buttonInside_data() {
            return [ { tag: "phone", width: 360 }, { tag: "tablet", width: 1280 } ]
        }

        function test_buttonInside(data) {
            const banner = make({ width: data.width, enrolled: false, pendingCount: 3 })
            const button = findChild(banner, "connectTabletButton")
            const at = button.mapToItem(banner, 0, 0)
            verify(at.x >= 0 && at.x + button.width <= banner.width + 0.5, "button x " + at.x)
            verify(at.y >= 0 && at.y + button.height <= banner.height + 0.5, "button y " + at.y + " in " + banner.height)
        }

        function test_signals() {
            const banner = make({ width: root.width, enrolled: false })
            const connectSpy = createTemporaryObject(spyComponent, root, { target: banner, signalName: "connectRequested" })
            mouseClick(findChild(banner, "connectTabletButton"))
            compare(connectSpy.count, 1)
            banner.enrolled = true
            banner.pendingCount = 2
            const syncSpy = createTemporaryObject(spyComponent, root, { target: banner, signalName: "syncNowRequested" })
            mouseClick(findChild(banner, "syncNowButton"))
            compare(syncSpy.count, 1)
        }

        Component {
            id: spyComponent
            SignalSpy {}
        }
    }
}
