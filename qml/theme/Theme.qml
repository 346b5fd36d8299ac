pragma Singleton
import QtQuick

// Design tokens, grouped by kind. Components read these; pages compose components.
// Sizes are logical pixels (Qt scales them by the device pixel ratio, so 1 px here = 1 dp).
QtObject {
    id: theme

    // High-contrast palette for outdoor use in direct sunlight: pure black on white, thicker
    // borders, no mid greys.
    property bool sunlight: false
    // Text size relative to the design size, following the system's font size (set at start by
    // Main.qml from Capabilities.textScale); layouts wrap rather than assume a size.
    property real textScale: 1.0

    component Colors: QtObject {
        property bool sunlight
        readonly property color background: sunlight ? "#ffffff" : "#f3f5f8"
        readonly property color surface: "#ffffff"
        readonly property color surfaceVariant: sunlight ? "#ffffff" : "#e6eaf0"
        readonly property color text: sunlight ? "#000000" : "#1a1c1e"
        readonly property color textMuted: sunlight ? "#000000" : "#47525e"
        readonly property color primary: sunlight ? "#002b57" : "#0b4f8a"
        readonly property color primaryText: "#ffffff"
        readonly property color disabled: sunlight ? "#5c5c5c" : "#8a939c"
        readonly property color disabledText: sunlight ? "#ffffff" : "#f3f5f8"
        readonly property color border: sunlight ? "#000000" : "#c3cad2"
        readonly property color danger: sunlight ? "#7a0000" : "#b3261e"
        readonly property color warning: sunlight ? "#5a3a00" : "#8a5a00"
        readonly property color success: sunlight ? "#004d1a" : "#1e6b35"
        readonly property color header: sunlight ? "#000000" : "#0b4f8a"
        readonly property color headerText: "#ffffff"
    }

    component Spacing: QtObject {
        readonly property int xs: 4
        readonly property int s: 8
        readonly property int m: 16
        readonly property int l: 24
        readonly property int xl: 32
    }

    component Sizes: QtObject {
        property bool sunlight
        // Smallest thing a gloved finger may be asked to hit.
        readonly property int touchTarget: 48
        // Buttons people press with intent (unlock, save) are taller than the minimum.
        readonly property int button: 56
        // PIN pad keys when there is room; never below touchTarget.
        readonly property int pinKey: 84
        readonly property int header: 64
        readonly property int contentMaxWidth: 640
        readonly property int radius: 8
        readonly property int borderWidth: sunlight ? 2 : 1
        readonly property int focusWidth: 3
    }

    component Fonts: QtObject {
        property real scale: 1.0
        readonly property int caption: Math.round(14 * scale)
        readonly property int body: Math.round(17 * scale)
        readonly property int bodyLarge: Math.round(19 * scale)
        readonly property int title: Math.round(22 * scale)
        readonly property int headline: Math.round(28 * scale)
        readonly property int display: Math.round(36 * scale)
    }

    readonly property Colors colors: Colors { sunlight: theme.sunlight }
    readonly property Spacing spacing: Spacing {}
    readonly property Sizes sizes: Sizes { sunlight: theme.sunlight }
    readonly property Fonts fonts: Fonts { scale: theme.textScale }
}
