import QtQuick
import QtTest
import Saisie

// SeizureFilters: the chip groups fit the width they are given (side by side on a wide screen,
// stacked on a narrow one), and resizing lays them out again without layout warnings (the
// filters once sat in Layouts that looped on the French labels).
Item {
    id: root
    width: 1400
    height: 600

    Component {
        id: filtersComponent
        SeizureFilters {}
    }

    TestCase {
        name: "SeizureFilters"
        when: windowShown

        function init() {
            failOnWarning(/.?/)
        }

        readonly property var chipNames: ["status_draft", "status_finalized", "status_delivered", "status_returned",
            "range_" + SeizureListModel.Today, "range_" + SeizureListModel.Last7Days,
            "range_" + SeizureListModel.Last30Days, "range_" + SeizureListModel.AllDates]

        function verifyChipsInside(filters) {
            const left = filters.leftPadding
            const right = filters.width - filters.rightPadding
            for (const name of chipNames) {
                const chip = findChild(filters, name)
                verify(chip, name)
                verify(chip.visible, name + " visible")
                const at = chip.mapToItem(filters, 0, 0)
                verify(at.x >= left - 0.5, name + " starts at " + at.x + ", left edge " + left)
                verify(at.x + chip.width <= right + 0.5, name + " ends at " + (at.x + chip.width) + ", right edge " + right)
            }
        }

        function test_layout_data() {
            return [
                { tag: "phone", width: 412, expanded: true, stacked: true, sameRow: false },
                { tag: "narrow tablet", width: 720, expanded: false, stacked: false, sameRow: false },
                { tag: "tablet portrait", width: 800, expanded: false, stacked: false, sameRow: false },
                { tag: "tablet landscape", width: 1280, expanded: false, stacked: false, sameRow: true },
                { tag: "tiny", width: 240, expanded: true, stacked: true, sameRow: false },
            ]
        }
        function test_layout(data) {
            const filters = createTemporaryObject(filtersComponent, root,
                                                  { width: data.width, expanded: data.expanded })
            verify(waitForRendering(filters))
            const chips = findChild(filters, "filterChips")
            verify(chips.visible)
            const statusGroup = findChild(filters, "statusGroup")
            const dateGroup = findChild(filters, "dateGroup")
            compare(statusGroup.stacked, data.stacked)
            verifyChipsInside(filters)

            // Stacked: each caption above its chips, the groups one under the other.
            const firstStatus = findChild(filters, "status_draft").mapToItem(statusGroup, 0, 0)
            if (data.stacked) {
                verify(firstStatus.y > 0)
                verify(dateGroup.y >= statusGroup.y + statusGroup.height)
            } else {
                compare(firstStatus.y, 0)
            }
            if (data.sameRow)
                compare(dateGroup.y, statusGroup.y)
            // Nothing below the filters' own height (the Pane sizes itself on its content).
            verify(chips.mapToItem(filters, 0, 0).y + chips.height <= filters.height - filters.bottomPadding + 0.5)
        }

        // Widths shrinking and growing again (rotation, split screen) re-lay the chips out.
        function test_resize() {
            const filters = createTemporaryObject(filtersComponent, root, { width: 1280, expanded: true })
            verify(waitForRendering(filters))
            for (const w of [412, 800, 300, 1280]) {
                filters.width = w
                verify(waitForRendering(filters))
                verifyChipsInside(filters)
            }
        }

        // Narrow screens hide the chips until the toggle opens them.
        function test_toggleOnNarrowScreen() {
            const filters = createTemporaryObject(filtersComponent, root, { width: 412 })
            const toggle = findChild(filters, "filtersToggle")
            verify(toggle.visible)
            verify(!findChild(filters, "filterChips").visible)
            mouseClick(toggle)
            verify(filters.expanded)
            verify(findChild(filters, "filterChips").visible)
            filters.width = 1280
            verify(!toggle.visible)
        }
    }
}
