<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Write nothing down: a forgotten PIN can only be reset by your supervisor through the national recovery service.</source>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saisie</source>
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
    <name>SeizureDelegate</name>
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
    <name>SeizureListPage</name>
    <message>
        <source>Network: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: local network only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: status unknown</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>New seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a new seizure arrives in the next release.</source>
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
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another one.</source>
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
        <source>The seizure list could not be read. Lock and unlock to try again.</source>
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
</context>
</TS>
