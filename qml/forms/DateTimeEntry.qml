import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material
import Saisie

// A date and time with its UTC offset ("2026-11-27T14:30:00+01:00"): a date field (YYYY-MM-DD),
// a time field (HH:MM) and a "Now" button. Digits are enough: the dashes and colon are added
// while typing. The offset is evidence (where and when the clock was read): an existing value
// keeps its offset when edited; a new value takes the device's offset for that instant.
FormField {
    id: entry

    /// ISO 8601 with offset, or "". Never assigned from inside (see TextEntry).
    property string value
    /// What the fields show (for tests).
    readonly property alias dateText: dateField.text
    readonly property alias timeText: timeField.text
    /// Why the typed date or time cannot be used ("" when fine or incomplete while typing).
    readonly property string inputError: dateError.length > 0 ? dateError : timeError

    /// A complete, valid date and time was entered (or "" when both fields were emptied).
    signal edited(string iso)

    property string dateError
    property string timeError

    function pad(n, width) {
        let s = String(n)
        while (s.length < (width || 2))
            s = "0" + s
        return s
    }
    function parse(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso)
        return m ? { date: m[1] + "-" + m[2] + "-" + m[3], time: m[4] + ":" + m[5], seconds: m[6] || "00",
                     offset: m[7] } : null
    }
    // The device's UTC offset at that local wall-clock time (summer time included).
    function deviceOffset(date) {
        const minutes = -date.getTimezoneOffset()
        const abs = Math.abs(minutes)
        return (minutes < 0 ? "-" : "+") + pad(Math.floor(abs / 60)) + ":" + pad(abs % 60)
    }
    // Re-inserts the separators into the digits typed: "202611" -> "2026-11".
    function formatDigits(text, groups, separator) {
        const digits = text.replace(/[^0-9]/g, "")
        let out = ""
        let at = 0
        for (let i = 0; i < groups.length && at < digits.length; ++i) {
            if (i > 0)
                out += separator
            out += digits.substr(at, groups[i])
            at += groups[i]
        }
        return out
    }
    function checkDate(text) {
        if (text.length < 10)
            return ""
        const y = Number(text.substr(0, 4)), m = Number(text.substr(5, 2)), d = Number(text.substr(8, 2))
        const probe = new Date(y, m - 1, d)
        if (m < 1 || m > 12 || d < 1 || probe.getMonth() !== m - 1 || probe.getDate() !== d)
            return qsTr("%1 is not a date in the calendar (year-month-day).").arg(text)
        return ""
    }
    function checkTime(text) {
        if (text.length < 5)
            return ""
        const h = Number(text.substr(0, 2)), min = Number(text.substr(3, 2))
        return h > 23 || min > 59 ? qsTr("Hours run from 00 to 23 and minutes from 00 to 59.") : ""
    }

    function syncFromValue() {
        const parts = parse(value)
        const date = parts ? parts.date : ""
        const time = parts ? parts.time : ""
        if (dateField.text !== date)
            dateField.text = date
        if (timeField.text !== time)
            timeField.text = time
        dateError = ""
        timeError = ""
    }

    function commit() {
        dateError = checkDate(dateField.text)
        timeError = checkTime(timeField.text)
        if (dateField.text.length === 0 && timeField.text.length === 0) {
            if (value.length > 0)
                edited("")
            return
        }
        if (dateField.text.length < 10 || timeField.text.length < 5 || inputError.length > 0)
            return
        const old = parse(value)
        const seconds = old && old.date === dateField.text && old.time === timeField.text ? old.seconds : "00"
        let offset = old ? old.offset : ""
        if (!offset) {
            const d = dateField.text, t = timeField.text
            offset = deviceOffset(new Date(Number(d.substr(0, 4)), Number(d.substr(5, 2)) - 1,
                                           Number(d.substr(8, 2)), Number(t.substr(0, 2)), Number(t.substr(3, 2))))
        }
        const iso = dateField.text + "T" + timeField.text + ":" + seconds + offset
        if (iso !== value)
            edited(iso)
    }

    function setNow() {
        const now = new Date()
        const iso = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()) + "T"
                  + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds())
                  + deviceOffset(now)
        dateField.text = iso.substr(0, 10)
        timeField.text = iso.substr(11, 5)
        dateError = ""
        timeError = ""
        edited(iso)
    }

    onValueChanged: syncFromValue()
    Component.onCompleted: syncFromValue()

    GridLayout {
        width: parent.width
        visible: !entry.unknown
        columns: entry.width >= 440 ? 3 : 2
        columnSpacing: Theme.spacing.s
        rowSpacing: Theme.spacing.s

        TextField {
            id: dateField
            objectName: "dateField"
            Layout.fillWidth: true
            Layout.minimumWidth: 140
            implicitHeight: Math.max(Theme.sizes.touchTarget, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fonts.bodyLarge
            font.family: "monospace"
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9-]{0,10}$/ }
            enabled: !entry.unknown
            Accessible.name: qsTr("Date, year-month-day")
            onTextEdited: {
                text = entry.formatDigits(text, [4, 2, 2], "-")
                cursorPosition = text.length
                entry.dateError = ""
                if (text.length === 10)
                    entry.commit()
            }
            onEditingFinished: {
                if (text.length > 0 && text.length < 10)
                    entry.dateError = qsTr("Complete the date as year-month-day, e.g. 2026-11-27.")
            }
        }

        TextField {
            id: timeField
            objectName: "timeField"
            Layout.preferredWidth: 110
            implicitHeight: Math.max(Theme.sizes.touchTarget, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fonts.bodyLarge
            font.family: "monospace"
            placeholderText: qsTr("HH:MM")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /^[0-9:]{0,5}$/ }
            enabled: !entry.unknown
            Accessible.name: qsTr("Time, hours and minutes")
            onTextEdited: {
                text = entry.formatDigits(text, [2, 2], ":")
                cursorPosition = text.length
                entry.timeError = ""
                if (text.length === 5)
                    entry.commit()
            }
            onEditingFinished: {
                if (text.length > 0 && text.length < 5)
                    entry.timeError = qsTr("Complete the time as hours and minutes, e.g. 14:30.")
            }
        }

        SecondaryButton {
            objectName: "nowButton"
            Layout.columnSpan: entry.width >= 440 ? 1 : 2
            text: qsTr("Now")
            enabled: !entry.unknown
            onClicked: entry.setNow()
        }
    }

    Label {
        objectName: "inputError"
        visible: entry.inputError.length > 0 && !entry.unknown
        width: parent.width
        text: "\u2715 " + entry.inputError
        font.pixelSize: Theme.fonts.body
        font.bold: true
        color: Theme.colors.danger
        wrapMode: Text.Wrap
    }

    UnknownValue {
        objectName: "unknownText"
        visible: entry.unknown
        width: parent.width
    }
}
