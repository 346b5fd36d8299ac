<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CreateProfilePage</name>
    <message>
        <source>Enter a profile name first.</source>
        <translation>Saisissez d’abord un nom de profil.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Shown on this tablet&apos;s profile list before anyone unlocks. Use a name your colleagues recognise, not your service number.</source>
        <translation>Affiché dans la liste des profils de cette tablette avant tout déverrouillage. Choisissez un nom que vos collègues reconnaissent, pas votre matricule.</translation>
    </message>
    <message>
        <source>For example: Officer Martin, team B</source>
        <translation>Par exemple&#xa0;: Agent Martin, brigade B</translation>
    </message>
    <message>
        <source>Choose another PIN</source>
        <translation>Choisissez un autre code PIN</translation>
    </message>
    <message>
        <source>Write nothing down: a forgotten PIN can only be reset by your supervisor through the national recovery service.</source>
        <translation>Ne notez rien&#xa0;: un code PIN oublié ne peut être réinitialisé que par votre responsable, via le service national de récupération.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits</source>
        <translation>Choisissez un code PIN d’au moins %1 chiffres</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Saisissez à nouveau le même code PIN</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saisie</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Chiffres saisis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Checking PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation>Essais restants avant effacement du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>ProfileDelegate</name>
    <message>
        <source>Locked after wrong PINs; wait before trying again.</source>
        <translation>Verrouillé après des codes PIN erronés&#xa0;; patientez avant de réessayer.</translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation>Essais restants avant effacement du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Saisie</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Customs seizures</source>
        <translation>Saisies douanières</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Choisissez votre profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>No profile on this device yet</source>
        <translation>Aucun profil sur cet appareil</translation>
    </message>
    <message>
        <source>Create your profile to start recording seizures. Your PIN protects everything you record on this tablet.</source>
        <translation>Créez votre profil pour commencer à enregistrer des saisies. Votre code PIN protège tout ce que vous enregistrez sur cette tablette.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer un profil</translation>
    </message>
</context>
<context>
    <name>SeizureDelegate</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En contrôle</translation>
    </message>
    <message>
        <source>Returned to you</source>
        <translation>Renvoyée pour correction</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Place not set</source>
        <translation>Lieu non renseigné</translation>
    </message>
    <message>
        <source>Time not set</source>
        <translation>Heure non renseignée</translation>
    </message>
    <message>
        <source>No goods yet</source>
        <translation>Aucune marchandise</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Photos&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>Complété à %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>SeizureListPage</name>
    <message>
        <source>Network: online</source>
        <translation>Réseau&#xa0;: en ligne</translation>
    </message>
    <message>
        <source>Network: local network only</source>
        <translation>Réseau&#xa0;: réseau local uniquement</translation>
    </message>
    <message>
        <source>Network: offline</source>
        <translation>Réseau&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>Network: status unknown</source>
        <translation>Réseau&#xa0;: état inconnu</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>No seizures yet</source>
        <translation>Aucune saisie pour l’instant</translation>
    </message>
    <message>
        <source>Seizures you record on this tablet will appear here, with what still needs to be filled in and whether they have been sent.</source>
        <translation>Les saisies enregistrées sur cette tablette apparaîtront ici, avec ce qu’il reste à renseigner et leur état d’envoi.</translation>
    </message>
    <message>
        <source>New seizure</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>Recording a new seizure arrives in the next release.</source>
        <translation>L’enregistrement d’une nouvelle saisie arrive dans la prochaine version.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock automatically after this long without a touch. The app also locks as soon as it leaves the screen.</source>
        <translation>Verrouiller automatiquement après ce délai sans interaction. L’application se verrouille aussi dès qu’elle quitte l’écran.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 minutes</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>Currently %1 seconds, set when the app was started.</source>
        <translation>Actuellement %1 secondes, fixé au lancement de l’application.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Sunlight mode (high contrast)</source>
        <translation>Mode plein soleil (contraste élevé)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Hardware key store</source>
        <translation>Stockage matériel des clés</translation>
    </message>
    <message>
        <source>Used as a second lock on your key.</source>
        <translation>Utilisé comme second verrou sur votre clé.</translation>
    </message>
    <message>
        <source>Not available: your PIN alone protects your key.</source>
        <translation>Non disponible&#xa0;: seul votre code PIN protège votre clé.</translation>
    </message>
    <message>
        <source>Screenshots and app switcher</source>
        <translation>Captures d’écran et sélecteur d’applications</translation>
    </message>
    <message>
        <source>Screen contents are hidden.</source>
        <translation>Le contenu de l’écran est masqué.</translation>
    </message>
    <message>
        <source>Not hidden on this device: lock the app before handing it over.</source>
        <translation>Non masqué sur cet appareil&#xa0;: verrouillez l’application avant de la confier à quelqu’un.</translation>
    </message>
    <message>
        <source>Position source</source>
        <translation>Source de position</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Saisissez votre code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saisie: field capture of customs seizures, encrypted on this device.</source>
        <translation>Saisie&#xa0;: enregistrement sur le terrain des saisies douanières, chiffrées sur cet appareil.</translation>
    </message>
    <message>
        <source>Keep data in DIR (default: SAISIE_DATA_DIR, else the platform&apos;s app data folder).</source>
        <translation>Conserver les données dans DIR (par défaut&#xa0;: SAISIE_DATA_DIR, sinon le dossier de données de l’application sur la plateforme).</translation>
    </message>
    <message>
        <source>Replay positions from an NMEA log FILE instead of the device&apos;s positioning.</source>
        <translation>Rejouer les positions d’un journal NMEA FILE au lieu du positionnement de l’appareil.</translation>
    </message>
    <message>
        <source>Lock after SECONDS without input (at least 10; default 300).</source>
        <translation>Verrouiller après SECONDS sans interaction (10 au minimum&#xa0;; 300 par défaut).</translation>
    </message>
    <message>
        <source>Load every page and component offscreen, report QML errors, exit 0 when all load.</source>
        <translation>Charger hors écran chaque page et composant, signaler les erreurs QML, quitter avec 0 si tout se charge.</translation>
    </message>
    <message>
        <source>Render a page offscreen with demo data into the PNG FILE and exit.</source>
        <translation>Rendre une page hors écran avec des données de démonstration dans le fichier PNG FILE, puis quitter.</translation>
    </message>
    <message>
        <source>Screenshot window size (default 1280x800).</source>
        <translation>Taille de la fenêtre de la capture (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>Screenshot page: welcome, profiles, create, unlock, list, settings (default unlock).</source>
        <translation>Page de la capture&#xa0;: welcome, profiles, create, unlock, list, settings (par défaut unlock).</translation>
    </message>
    <message>
        <source>Screenshot in the sunlight palette.</source>
        <translation>Capture avec la palette plein soleil.</translation>
    </message>
    <message>
        <source>Screenshot after N wrong PINs.</source>
        <translation>Capture après N codes PIN erronés.</translation>
    </message>
    <message>
        <source>Screenshot with demo seizures in the list.</source>
        <translation>Capture avec des saisies de démonstration dans la liste.</translation>
    </message>
    <message>
        <source>Interface language: en or fr (default: the last choice, else the system&apos;s if French, else English).</source>
        <translation>Langue de l’interface&#xa0;: en ou fr (par défaut&#xa0;: le dernier choix, sinon celle du système si elle est française, sinon l’anglais).</translation>
    </message>
</context>
<context>
    <name>saisie::gui::SessionController</name>
    <message>
        <source>This profile no longer exists on this device. Choose another one.</source>
        <translation>Ce profil n’existe plus sur cet appareil. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation>Saisissez un code PIN.</translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits.</source>
        <translation>Le code PIN doit comporter au moins %1 chiffres.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (repeated or consecutive digits). Choose another one.</source>
        <translation>Ce code PIN est trop facile à deviner (chiffres répétés ou consécutifs). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The profile name must have 1 to 40 characters.</source>
        <translation>Le nom du profil doit comporter de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>The two PINs differ. Enter the new PIN again.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez à nouveau le nouveau code PIN.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d’abord un profil.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait until the countdown ends, then try again.</source>
        <translation>Trop de codes PIN erronés. Attendez la fin du compte à rebours, puis réessayez.</translation>
    </message>
    <message>
        <source>The seizure list could not be read. Lock and unlock to try again.</source>
        <translation>La liste des saisies n’a pas pu être lue. Verrouillez puis déverrouillez pour réessayer.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile has been erased. Ask your supervisor about recovering undelivered seizures.</source>
        <translation>Trop de codes PIN erronés&#xa0;: ce profil a été effacé. Voyez avec votre responsable pour récupérer les saisies non transmises.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess. Choose another one.</source>
        <translation>Ce code PIN est trop facile à deviner. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A profile with this name already exists on this device. Choose another name.</source>
        <translation>Un profil portant ce nom existe déjà sur cet appareil. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The profile could not be opened: %1</source>
        <translation>Le profil n’a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saisie cannot open evidence data safely in this process (%1). Restart the app; if this persists, report it.</source>
        <translation>Saisie ne peut pas ouvrir les données de preuve en sécurité dans ce processus (%1). Redémarrez l’application&#xa0;; si le problème persiste, signalez-le.</translation>
    </message>
</context>
</TS>
