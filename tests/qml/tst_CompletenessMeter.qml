import QtQuick
import QtTest
import Saisie

// CompletenessMeter: text, clamping, colour bands in both palettes.
Item {
    id: root
    width: 412
    height: 300

    Component {
        id: meterComponent
        CompletenessMeter {
            width: 300
        }
    }

    TestCase {
        name: "CompletenessMeter"
        when: windowShown

        function cleanup() {
            Theme.sunlight = false
        }

        function test_text_data() {
            return [
                { tag: "zero", value: 0, text: "0 % complete", band: "low" },
                { tag: "rounding", value: 0.456, text: "46 % complete", band: "low" },
                { tag: "medium", value: 0.5, text: "50 % complete", band: "medium" },
                { tag: "high", value: 0.8, text: "80 % complete", band: "high" },
                { tag: "full", value: 1, text: "100 % complete", band: "high" },
                { tag: "above", value: 1.7, text: "100 % complete", band: "high" },
                { tag: "below", value: -0.2, text: "0 % complete", band: "low" },
                { tag: "NaN", value: NaN, text: "0 % complete", band: "low" },
            ]
        }
        function test_text(data) {
            const meter = createTemporaryObject(meterComponent, root, { value: data.value })
            compare(findChild(meter, "meterText").text, data.text)
            compare(meter.band, data.band)
        }

        function test_fillFollowsValue() {
            const meter = createTemporaryObject(meterComponent, root, { value: 0.25 })
            const track = findChild(meter, "track")
            const fill = findChild(meter, "fill")
            fuzzyCompare(fill.width, track.width * 0.25, 1)
        }

        // WCAG relative luminance contrast against the surface the meter sits on.
        function luminance(c) {
            function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
            return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }
        function test_contrast_data() {
            return [ { tag: "normal", sunlight: false }, { tag: "sunlight", sunlight: true } ]
        }
        function test_contrast(data) {
            Theme.sunlight = data.sunlight
            const meter = createTemporaryObject(meterComponent, root)
            const seen = {}
            for (const v of [0.1, 0.6, 0.9]) {
                meter.value = v
                verify(contrast(meter.bandColor, Theme.colors.background) >= 4.5, meter.band)
                verify(contrast(meter.bandColor, Theme.colors.surface) >= 4.5, meter.band)
                seen[meter.bandColor.toString()] = true
            }
            compare(Object.keys(seen).length, 3, "three distinct band colours")
        }
    }
}
