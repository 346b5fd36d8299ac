<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CameraPage</name>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this device. Close this page and import a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePickerPopup</name>
    <message>
        <source>Choose a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer letters, or another spelling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Company %1 · national only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessMeter</name>
    <message>
        <source>%1 % complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConveyanceCard</name>
    <message>
        <source>Conveyance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 6346, e.g. CSQU 305438 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container size and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wagon number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits (UIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aircraft registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConveyanceStep</name>
    <message>
        <source>Conveyance and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conveyance %1 and everything typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conveyance or container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProfilePage</name>
    <message>
        <source>Enter a profile name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on this tablet&apos;s profile list before anyone unlocks. Use a name your colleagues recognise, not your service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Officer Martin, team B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete your details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept inside your encrypted profile and written on every seizure you record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too long or contains invisible characters. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing down: a forgotten PIN or passphrase can only be reset by your supervisor through the national recovery service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>%1 is not a date in the calendar (year-month-day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours run from 00 to 23 and minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the date as year-month-day, e.g. 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, hours and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the time as hours and minutes, e.g. 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Connect this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is connected to %1. Records are sent whenever a profile is unlocked and the network is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key (the administrator compares it with the console):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for this tablet&apos;s enrolment QR code. It is valid once, for a limited time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the national server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a photo of the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo or a screenshot of the administrator&apos;s screen works, as long as the whole code is sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twenty letters and digits, as shown under the QR code, for example 7K3M-Q9XD-2F8R-WT4B-HN6C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app does not know the national server&apos;s address: scan or import the QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo or screenshot of the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used on this device. Import a photo of the QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStep</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or customs office is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN/LOCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concealment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the WCO: describe the hiding place, never people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays in the national system; never sent to CEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data – stays national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsStep</name>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1 and everything typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the seized goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRow</name>
    <message>
        <source>Go to field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN/LOCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wagon number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required to finalize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a code that is not in its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type does not belong to the chosen category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than its currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet: a photo of the goods is strongly advised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be finalized.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the WCO: describe the goods, never people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPanel</name>
    <message>
        <source>No position source on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a better position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging: %1 of %2 fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNSS and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a better fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average 10 fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualLocationDialog</name>
    <message>
        <source>Enter the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the position is entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal degrees (49.4812, -0.1094) or degrees, minutes and seconds (49°28&apos;52.3&quot;N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 49.4812</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 0.1094</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why enter it by hand? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: no satellite signal inside the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <source>Passport (TD3, 2 lines of 44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document (TD2, 2 lines of 36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card (TD1, 3 lines of 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout not recognised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 2 or 3 lines as printed; use the &lt; key for fillers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the filler character &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: should be %2, reads %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSeizureButton</name>
    <message>
        <source>New seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot: place, time, goods and photos. Complete the record later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section, for a seizure you can document completely now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoPositionDialog</name>
    <message>
        <source>No position available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is there no position? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: inside a steel container, no signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, - and /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: BSI Le Havre port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerSection</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on each new seizure. Seizures already finalized keep the details they were signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Reason to finalize anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEntry</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleStep</name>
    <message>
        <source>People and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: stays in the national database and is never sent to the WCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person %1 and everything typed about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove company %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person %1 · personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY when partly known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDelegate</name>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, what, which item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the record? Its encrypted file is deleted; the audit trail keeps its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image; it is kept encrypted with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be decrypted or shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept untouched. SHA-256 recorded at capture:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>The record could not be saved, so nothing can be attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What new photos show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is finalized: its photos are evidence and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photos of the goods, the concealment and the scene, or import files. They are encrypted on this tablet and the originals are kept untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos or documents. They are encrypted on this tablet and the originals are kept untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used on this device. Import a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosStep</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDelegate</name>
    <message>
        <source>Locked after wrong PINs; wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your profile to start recording seizures. Your PIN protects everything you record on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrScanPage</name>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the camera at the QR code on the administrator&apos;s screen. It is read as soon as it is sharp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapturePage</name>
    <message>
        <source>Quick seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seized?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays in the national database; never sent to the WCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordIdentifier</name>
    <message>
        <source>Reason to keep this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to finalize: say why the number is right although its check fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLocation</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMrz</name>
    <message>
        <source>Machine-readable zone (MRZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to keep this MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to finalize: say why the MRZ is right although a check digit fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Review and finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is finalized and signed. Corrections are made as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to finalize. Finalizing signs the record; it can then only be corrected by a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) must be fixed before finalizing.</source>
        <translation>
            <numerusform>%n issue must be fixed before finalizing.</numerusform>
            <numerusform>%n issues must be fixed before finalizing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize and sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStep</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit countries, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transit country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealList</name>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add seal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretKindSelector</name>
    <message>
        <source>Unlock with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizureDelegate</name>
    <message>
        <source>Place not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goods yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizureFilters</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: container, plate, passport, place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizureListPage</name>
    <message>
        <source>Seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seizures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizures you record on this tablet will appear here, with what still needs to be filled in and whether they have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name, service number and unit in Settings: new records need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this search and these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all seizures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeizurePage</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizure (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizure (finalized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft? It is deleted from the tablet; the audit log keeps a note that it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize and sign this seizure? After this it can only be corrected by a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizure finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is signed and queued. It will be sent when the tablet reaches the national server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically after this long without a touch. The app also locks as soon as it leaves the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently %1 seconds, set when the app was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunlight mode (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as a second lock on your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: your PIN alone protects your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots and app switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen contents are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not hidden on this device: lock the app before handing it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n minute(s).</source>
        <translation>
            <numerusform>Next attempt in %n minute.</numerusform>
            <numerusform>Next attempt in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet has been revoked by an administrator. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This tablet is not connected to the national server yet: %n record(s) wait on it.</source>
        <translation>
            <numerusform>This tablet is not connected to the national server yet: %n record waits on it.</numerusform>
            <numerusform>This tablet is not connected to the national server yet: %n records wait on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet is not connected to the national server yet. Your records stay on it until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline. %n record(s) waiting to be sent: they are safe on this tablet and will be sent when the network is back.</source>
        <translation>
            <numerusform>Offline. %n record waiting to be sent: it is safe on this tablet and will be sent when the network is back.</numerusform>
            <numerusform>Offline. %n records waiting to be sent: they are safe on this tablet and will be sent when the network is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. You can keep working: everything is saved on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n record waiting to be sent.</numerusform>
            <numerusform>%n records waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: records stay on this tablet until it is connected to the national server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold photos on metered networks (records are always sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The national server cannot be reached. Records stay on this tablet and are sent when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused because the server could not prove it is the national server. Nothing was sent. If this keeps happening, tell your administrator (the network may be intercepting traffic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified, so the record is kept as not delivered. It will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national server is temporarily unavailable. Sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national server asked to wait before trying again. Sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s clock is too far from the server&apos;s. Sync will adjust and try again; if it keeps failing, check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator has suspended this tablet. Records stay on it. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet has been revoked by an administrator and its profiles were erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a revocation that could not be verified: nothing was erased, and sync will try again. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo or file of a record no longer matches what was signed, so the record was not sent. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app is too old for the national server. Update the app; no record is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not authorised: contact your administrator. Records stay on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record or one of its files is larger than the server accepts. It stays on this tablet; contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already holds different data for this record. It stays on this tablet; contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Saisie enrolment code. Scan the QR code shown in the administrator&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code is for a server this app does not trust. Check that it comes from your national administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must have 20 letters and digits, as shown under the QR code. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code has already been used by another tablet. Tell your administrator at once: it may have been copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified against the enrolment code, so this tablet was not connected. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This re-enrolment code belongs to another tablet. Ask your administrator for this tablet&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s list of national certificates is missing or damaged, so no server can be trusted. Reinstall the app or contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet&apos;s connection details are damaged. Contact your administrator to connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this tablet&apos;s enrolment. Try again; if it fails again, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is already connected to the national server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tablet could not save its enrolment. Free some storage and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened. Choose another photo or screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image. Choose a photo or screenshot of the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large. Choose a smaller photo or a screenshot of the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in this image. Take a sharper photo of the whole code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed. Records stay on this tablet and sync will try again; if this keeps happening, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending record %1 of %2 – photo %3 of %4</source>
        <extracomment>%1 of %2 records, %3 of %4 photos of the current record</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownValue</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saisie: field capture of customs seizures, encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data in DIR (default: SAISIE_DATA_DIR, else the platform&apos;s app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay positions from an NMEA log FILE instead of the device&apos;s positioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after SECONDS without input (at least 10; default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page and component offscreen, report QML errors, exit 0 when all load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a page offscreen with demo data into the PNG FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot page: welcome, profiles, create, unlock, list, settings (default unlock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot in the sunlight palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot after N wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot with demo seizures in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or fr (default: the last choice, else the system&apos;s if French, else English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit every page at tablet and phone sizes in English and French with demo data, write the PNGs into DIR, fail on a broken page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the national CA certificates in the PEM FILE for sync (default: SAISIE_NATIONAL_CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tablet at start with the enrolment QR payload in FILE (JSON), unless it is connected already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui</name>
    <message>
        <source>Type decimal degrees such as 49.4812, or degrees, minutes and seconds such as 49°28&apos;52.3&quot;N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type decimal degrees such as -0.1094, or degrees, minutes and seconds such as 0°6&apos;33.8&quot;W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude is north (N) or south (S) of the equator, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longitude is east (E) or west (W) of Greenwich, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either a minus sign or a hemisphere letter, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and seconds must be below 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude must be between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longitude must be between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files on this device can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist any more. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::IdentifierCheck</name>
    <message>
        <source>This kind of identifier cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n check digits correct.</source>
        <translation>
            <numerusform>Check digit correct.</numerusform>
            <numerusform>All %n check digits correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chapter exists (only the chapter is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format and country correct (the place itself is not looked up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid; recorded as the ISO code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong check digit: %1. Read the document again (O/0, I/1 and B/8 are often confused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some registered ships do not follow the rule: check the ship&apos;s papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles built outside North America often do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the paper document before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far too long: check what was pasted or scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters A-Z, digits 0-9 and &lt; may appear in an MRZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters A-Z and digits 0-9 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container number has 11 characters: 3 letters, U, J or Z, 6 digits and a check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wagon number has 12 digits, the last one being the check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMO ship number has 7 digits, optionally after &quot;IMO&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MRZ has 2 lines of 44 characters (passport), 2 lines of 36 or 3 lines of 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 letters and digits, never I, O or Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An air waybill number has 11 digits: a 3-digit airline prefix and 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal item number has 2 letters, 9 digits and a 2-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HS code has 6 digits, or 8 or 10 with a national extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UN/LOCODE has 5 characters: a country code and 3 letters or digits 2-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code has 2 letters (e.g. FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency code has 3 letters (e.g. EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is correct but the last two letters are not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two letters are not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HS chapter or heading does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a currency code in the bundled list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HS chapter is reserved and contains no goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code list needed for this check is missing, so it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this identifier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identifier is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::LocationController</name>
    <message>
        <source>This app may not use the device&apos;s location. Allow it in the device settings, or enter the position manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location is switched off on this device. Switch it on, or enter the position manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position source failed. Try again, or enter the position manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position was found in time. Move to open sky and try again, or enter the position manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the position is entered by hand (for example: no satellite signal in the hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why there is no position (for example: inside a steel hold, no signal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::PhotoController</name>
    <message>
        <source>The profile is locked. Unlock it and add the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not saved yet, so nothing can be attached to it. Fill in a field and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the photo shows before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave no image. Take the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be encoded. Take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready. Wait a moment and press the shutter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not take the photo (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is finalized: its photos are evidence and cannot change. Amend the record to add or correct photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo or record is no longer in the vault. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption is too long: keep it under 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the photo shows from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::SeizureEditor</name>
    <message>
        <source>The profile is locked. Unlock it to open the seizure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seizure could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; is not a field the officer can set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft of an unlocked profile can be finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seizure was not finalized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked: the last changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::SeizureListModel</name>
    <message>
        <source>The seizure list could not be read. Lock and unlock to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saisie::gui::SessionController</name>
    <message>
        <source>This profile no longer exists on this device. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must have 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Enter the new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait until the countdown ends, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile has been erased. Ask your supervisor about recovering undelivered seizures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name already exists on this device. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie cannot open evidence data safely in this process (%1). Restart the app; if this persists, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Enter the new passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN repeats a digit or a short pattern (like 121212). Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is a run of consecutive digits (like 123456). Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is one of the most used PINs. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too simple: use at least %1 words, or mix %2 kinds of characters (lower case, upper case, digits, symbols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 digits. Not a repeated or consecutive pattern (111111, 121212, 123456), not a common PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, with at least %2 words or %3 kinds of characters (lower case, upper case, digits, symbols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service number must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service number may contain only letters A to Z, digits, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit must have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
