pragma Singleton
import QtQuick

// Finalize issues in the officer's language. The model reports each issue as a JSON path and a
// code with an English sentence; this turns path and code into a translated sentence, and falls
// back to the model's sentence for a code it does not know.
QtObject {
    function fieldLabel(path) {
        const field = path.replace(/\[\d+\]/g, "").split(".").pop()
        switch (field) {
        case "occurredAt": return qsTr("Date and time")
        case "placeName": return qsTr("Place")
        case "customsOffice": return qsTr("Customs office")
        case "unLocode": return qsTr("UN/LOCODE")
        case "locationType": return qsTr("Location type")
        case "gps": return qsTr("Position")
        case "direction": return qsTr("Direction")
        case "transportMode": return qsTr("Transport mode")
        case "route": return qsTr("Route")
        case "departureCountry": return qsTr("Country of departure")
        case "destinationCountry": return qsTr("Country of destination")
        case "items": return qsTr("Goods")
        case "category": return qsTr("Category")
        case "subtype": return qsTr("Type")
        case "quantity": return qsTr("Quantity")
        case "unit": return qsTr("Unit")
        case "hsCode": return qsTr("HS code")
        case "estimatedValue": return qsTr("Estimated value")
        case "currency": return qsTr("Currency")
        case "cashAmount": return qsTr("Amount of cash")
        case "cashCurrency": return qsTr("Currency of the cash")
        case "containerNumber": return qsTr("Container number")
        case "wagonNumber": return qsTr("Wagon number")
        case "imo": return qsTr("IMO number")
        case "vin": return qsTr("VIN")
        case "airWaybill": return qsTr("Air waybill")
        case "postalItemId": return qsTr("Postal item number")
        case "mrz": return qsTr("Machine-readable zone")
        case "attachments": return qsTr("Photos")
        default: return field
        }
    }

    function describe(issue) {
        const label = fieldLabel(issue.path)
        switch (issue.code) {
        case "missing": return qsTr("%1 is required to finalize.").arg(label)
        case "unknown_code": return qsTr("%1 holds a code that is not in its list.").arg(label)
        case "subtype_mismatch": return qsTr("The type does not belong to the chosen category.")
        case "minor_units": return qsTr("%1 has more decimals than its currency allows.").arg(label)
        case "no_currency": return qsTr("%1 needs a currency.").arg(label)
        case "no_photo": return qsTr("No photo yet: a photo of the goods is strongly advised.")
        case "check_digit": return qsTr("%1: the check digit is wrong.").arg(label)
        case "format": return qsTr("%1 does not have the expected format.").arg(label)
        case "status": return qsTr("Only a draft can be finalized.")
        default: return issue.message
        }
    }
}
