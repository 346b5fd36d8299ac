<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CameraPage</name>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No camera on this device. Close this page and import a file instead.</source>
        <translation>Pas de caméra sur cet appareil. Fermez cette page et importez plutôt un fichier.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Photos added: %1</source>
        <translation>Photos ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choisissez…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>CodePickerPopup</name>
    <message>
        <source>Choose a value</source>
        <translation>Choisissez une valeur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Rechercher par nom ou par code</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Try fewer letters, or another spelling.</source>
        <translation>Saisissez moins de lettres, ou essayez une autre orthographe.</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Company %1 · national only</source>
        <translation>Société %1 · national uniquement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>CompletenessMeter</name>
    <message>
        <source>%1 % complete</source>
        <translation>Complété à %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Confirmez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConveyanceCard</name>
    <message>
        <source>Conveyance %1</source>
        <translation>Moyen de transport %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>Numéro de conteneur</translation>
    </message>
    <message>
        <source>ISO 6346, e.g. CSQU 305438 3</source>
        <translation>ISO 6346, par ex. CSQU 305438 3</translation>
    </message>
    <message>
        <source>Container size and type</source>
        <translation>Taille et type du conteneur</translation>
    </message>
    <message>
        <source>Wagon number</source>
        <translation>Numéro de wagon</translation>
    </message>
    <message>
        <source>12 digits (UIC)</source>
        <translation>12 chiffres (UIC)</translation>
    </message>
    <message>
        <source>Train number</source>
        <translation>Numéro de train</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>Vessel name</source>
        <translation>Nom du navire</translation>
    </message>
    <message>
        <source>MMSI</source>
        <translation>MMSI</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Pavillon</translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation>Numéro de vol</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnie aérienne</translation>
    </message>
    <message>
        <source>Aircraft registration</source>
        <translation>Immatriculation de l’aéronef</translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation>Lettre de transport aérien (LTA)</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Plaque d’immatriculation</translation>
    </message>
    <message>
        <source>Country of the plate</source>
        <translation>Pays d’immatriculation</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Postal item number</source>
        <translation>Numéro d’envoi postal</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>Connaissement</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>Numéro de déclaration</translation>
    </message>
</context>
<context>
    <name>ConveyanceStep</name>
    <message>
        <source>Conveyance and equipment</source>
        <translation>Moyen de transport et équipement</translation>
    </message>
    <message>
        <source>Remove conveyance %1 and everything typed in it?</source>
        <translation>Supprimer le moyen de transport %1 et tout ce qui y a été saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Add a conveyance or container</source>
        <translation>Ajouter un moyen de transport ou un conteneur</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Ajouter un autre</translation>
    </message>
</context>
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
    <message>
        <source>Complete your details first.</source>
        <translation>Complétez d’abord vos informations.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Kept inside your encrypted profile and written on every seizure you record.</source>
        <translation>Conservées dans votre profil chiffré et inscrites sur chaque saisie que vous enregistrez.</translation>
    </message>
    <message>
        <source>Enter the same passphrase again</source>
        <translation>Saisissez à nouveau la même phrase secrète</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>This passphrase is too long or contains invisible characters. Choose another one.</source>
        <translation>Cette phrase secrète est trop longue ou contient des caractères invisibles. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose another passphrase</source>
        <translation>Choisissez une autre phrase secrète</translation>
    </message>
    <message>
        <source>Write nothing down: a forgotten PIN or passphrase can only be reset by your supervisor through the national recovery service.</source>
        <translation>Ne notez rien&#xa0;: un code PIN ou une phrase secrète oubliés ne peuvent être réinitialisés que par votre responsable, via le service national de récupération.</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>%1 is not a date in the calendar (year-month-day).</source>
        <translation>%1 n’est pas une date du calendrier (année-mois-jour).</translation>
    </message>
    <message>
        <source>Hours run from 00 to 23 and minutes from 00 to 59.</source>
        <translation>Les heures vont de 00 à 23 et les minutes de 00 à 59.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date, year-month-day</source>
        <translation>Date, année-mois-jour</translation>
    </message>
    <message>
        <source>Complete the date as year-month-day, e.g. 2026-11-27.</source>
        <translation>Complétez la date sous la forme année-mois-jour, par ex. 2026-11-27.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time, hours and minutes</source>
        <translation>Heure, en heures et minutes</translation>
    </message>
    <message>
        <source>Complete the time as hours and minutes, e.g. 14:30.</source>
        <translation>Complétez l’heure en heures et minutes, par ex. 14:30.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Connect this tablet</source>
        <translation>Inscrire cette tablette</translation>
    </message>
    <message>
        <source>This tablet is connected to %1. Records are sent whenever a profile is unlocked and the network is there.</source>
        <translation>Cette tablette est inscrite auprès de %1. Les fiches sont envoyées dès qu’un profil est déverrouillé et que le réseau est disponible.</translation>
    </message>
    <message>
        <source>Device key (the administrator compares it with the console):</source>
        <translation>Clé de la tablette (l’administrateur la compare avec celle de la console)&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ask your administrator for this tablet&apos;s enrolment QR code. It is valid once, for a limited time.</source>
        <translation>Demandez à votre administrateur le code QR d’inscription de cette tablette. Il n’est valable qu’une fois, pendant une durée limitée.</translation>
    </message>
    <message>
        <source>Connecting to the national server…</source>
        <translation>Connexion au serveur national…</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>Scanner le code QR</translation>
    </message>
    <message>
        <source>Import a photo of the QR code</source>
        <translation>Importer une photo du code QR</translation>
    </message>
    <message>
        <source>A photo or a screenshot of the administrator&apos;s screen works, as long as the whole code is sharp.</source>
        <translation>Une photo ou une capture de l’écran de l’administrateur convient, à condition que tout le code soit net.</translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation>Ou saisissez le code</translation>
    </message>
    <message>
        <source>Twenty letters and digits, as shown under the QR code, for example 7K3M-Q9XD-2F8R-WT4B-HN6C.</source>
        <translation>Vingt lettres et chiffres, tels qu’affichés sous le code QR, par exemple 7K3M-Q9XD-2F8R-WT4B-HN6C.</translation>
    </message>
    <message>
        <source>This version of the app does not know the national server&apos;s address: scan or import the QR code instead.</source>
        <translation>Cette version de l’application ne connaît pas l’adresse du serveur national&#xa0;: scannez ou importez plutôt le code QR.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Choose a photo or screenshot of the QR code</source>
        <translation>Choisissez une photo ou une capture d’écran du code QR</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The camera cannot be used on this device. Import a photo of the QR code instead.</source>
        <translation>La caméra ne peut pas être utilisée sur cet appareil. Importez plutôt une photo du code QR.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EventStep</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date and time of the seizure</source>
        <translation>Date et heure de la saisie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place or customs office is required.</source>
        <translation>Le lieu ou le bureau de douane est obligatoire.</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Bureau de douane</translation>
    </message>
    <message>
        <source>UN/LOCODE</source>
        <translation>UN/LOCODE</translation>
    </message>
    <message>
        <source>Reporting country</source>
        <translation>Pays déclarant</translation>
    </message>
    <message>
        <source>Location type</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens du flux</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Méthode de détection</translation>
    </message>
    <message>
        <source>Customs procedure</source>
        <translation>Régime douanier</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Concealment method</source>
        <translation>Méthode de dissimulation</translation>
    </message>
    <message>
        <source>Hiding place</source>
        <translation>Cachette</translation>
    </message>
    <message>
        <source>Shared with the WCO: describe the hiding place, never people.</source>
        <translation>Transmis à l’OMD&#xa0;: décrivez la cachette, jamais des personnes.</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Stays in the national system; never sent to CEN.</source>
        <translation>Reste dans le système national&#xa0;; jamais transmis au CEN.</translation>
    </message>
    <message>
        <source>Personal data – stays national</source>
        <translation>Données personnelles – restent au niveau national</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>GoodsStep</name>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Remove item %1 and everything typed in it?</source>
        <translation>Supprimer l’article %1 et tout ce qui y a été saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Add the seized goods</source>
        <translation>Ajouter les marchandises saisies</translation>
    </message>
    <message>
        <source>Add another item</source>
        <translation>Ajouter un autre article</translation>
    </message>
</context>
<context>
    <name>IssueRow</name>
    <message>
        <source>Go to field</source>
        <translation>Aller au champ</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Bureau de douane</translation>
    </message>
    <message>
        <source>UN/LOCODE</source>
        <translation>UN/LOCODE</translation>
    </message>
    <message>
        <source>Location type</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens du flux</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>Pays de départ</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount of cash</source>
        <translation>Montant en espèces</translation>
    </message>
    <message>
        <source>Currency of the cash</source>
        <translation>Devise des espèces</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>Numéro de conteneur</translation>
    </message>
    <message>
        <source>Wagon number</source>
        <translation>Numéro de wagon</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Numéro OMI</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Air waybill</source>
        <translation>Lettre de transport aérien (LTA)</translation>
    </message>
    <message>
        <source>Postal item number</source>
        <translation>Numéro d’envoi postal</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>Bande MRZ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>%1 is required to finalize.</source>
        <translation>%1&#xa0;: champ obligatoire pour valider.</translation>
    </message>
    <message>
        <source>%1 holds a code that is not in its list.</source>
        <translation>%1&#xa0;: ce code ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>The type does not belong to the chosen category.</source>
        <translation>Le type ne correspond pas à la catégorie choisie.</translation>
    </message>
    <message>
        <source>%1 has more decimals than its currency allows.</source>
        <translation>%1&#xa0;: plus de décimales que la devise n’en autorise.</translation>
    </message>
    <message>
        <source>%1 needs a currency.</source>
        <translation>%1&#xa0;: précisez la devise.</translation>
    </message>
    <message>
        <source>No photo yet: a photo of the goods is strongly advised.</source>
        <translation>Aucune photo&#xa0;: une photo des marchandises est vivement recommandée.</translation>
    </message>
    <message>
        <source>%1: the check digit is wrong.</source>
        <translation>%1&#xa0;: le chiffre de contrôle est erroné.</translation>
    </message>
    <message>
        <source>%1 does not have the expected format.</source>
        <translation>%1&#xa0;: le format n’est pas celui attendu.</translation>
    </message>
    <message>
        <source>Only a draft can be finalized.</source>
        <translation>Seul un brouillon peut être validé.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Item %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Amount of cash</source>
        <translation>Montant en espèces</translation>
    </message>
    <message>
        <source>Currency of the cash</source>
        <translation>Devise des espèces</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Number of packages</source>
        <translation>Nombre de colis</translation>
    </message>
    <message>
        <source>Type of packages</source>
        <translation>Type de colis</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Right holder</source>
        <translation>Titulaire des droits</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation>Calibre</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shared with the WCO: describe the goods, never people.</source>
        <translation>Transmis à l’OMD&#xa0;: décrivez les marchandises, jamais des personnes.</translation>
    </message>
</context>
<context>
    <name>LocationPanel</name>
    <message>
        <source>No position source on this device</source>
        <translation>Aucune source de position sur cet appareil</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message>
        <source>Looking for a better position…</source>
        <translation>Recherche d’une meilleure position…</translation>
    </message>
    <message>
        <source>Looking for a position…</source>
        <translation>Recherche d’une position…</translation>
    </message>
    <message>
        <source>Averaging: %1 of %2 fixes</source>
        <translation>Moyenne&#xa0;: %1 relevés sur %2</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Aucune position</translation>
    </message>
    <message>
        <source>Position entered by hand</source>
        <translation>Position saisie manuellement</translation>
    </message>
    <message>
        <source>Position found</source>
        <translation>Position trouvée</translation>
    </message>
    <message>
        <source>GNSS</source>
        <translation>GNSS</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>GNSS and network</source>
        <translation>GNSS et réseau</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>précision inconnue</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulée</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Use this fix</source>
        <translation>Utiliser cette position</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Locate again</source>
        <translation>Relocaliser</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localiser</translation>
    </message>
    <message>
        <source>Wait for a better fix</source>
        <translation>Attendre une meilleure position</translation>
    </message>
    <message>
        <source>Average 10 fixes</source>
        <translation>Moyenne sur 10 relevés</translation>
    </message>
    <message>
        <source>Enter manually</source>
        <translation>Saisir manuellement</translation>
    </message>
    <message>
        <source>No position available</source>
        <translation>Aucune position disponible</translation>
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
    <name>ManualLocationDialog</name>
    <message>
        <source>Enter the position</source>
        <translation>Saisissez la position</translation>
    </message>
    <message>
        <source>Say why the position is entered by hand.</source>
        <translation>Indiquez pourquoi la position est saisie manuellement.</translation>
    </message>
    <message>
        <source>Decimal degrees (49.4812, -0.1094) or degrees, minutes and seconds (49°28&apos;52.3&quot;N).</source>
        <translation>Degrés décimaux (49.4812, -0.1094) ou degrés, minutes et secondes (49°28&apos;52.3&quot;N).</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>For example: 49.4812</source>
        <translation>Par exemple&#xa0;: 49.4812</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>For example: 0.1094</source>
        <translation>Par exemple&#xa0;: 0.1094</translation>
    </message>
    <message>
        <source>Why enter it by hand? (required)</source>
        <translation>Pourquoi une saisie manuelle&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>For example: no satellite signal inside the warehouse</source>
        <translation>Par exemple&#xa0;: aucun signal satellite dans l’entrepôt</translation>
    </message>
    <message>
        <source>Use this position</source>
        <translation>Utiliser cette position</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <source>Passport (TD3, 2 lines of 44)</source>
        <translation>Passeport (TD3, 2 lignes de 44)</translation>
    </message>
    <message>
        <source>Travel document (TD2, 2 lines of 36)</source>
        <translation>Document de voyage (TD2, 2 lignes de 36)</translation>
    </message>
    <message>
        <source>ID card (TD1, 3 lines of 30)</source>
        <translation>Carte d’identité (TD1, 3 lignes de 30)</translation>
    </message>
    <message>
        <source>Layout not recognised yet</source>
        <translation>Format pas encore reconnu</translation>
    </message>
    <message>
        <source>Machine readable zone</source>
        <translation>Bande MRZ (zone de lecture automatique)</translation>
    </message>
    <message>
        <source>Type the 2 or 3 lines as printed; use the &lt; key for fillers.</source>
        <translation>Saisissez les 2 ou 3 lignes telles qu’imprimées&#xa0;; utilisez la touche &lt; pour les caractères de remplissage.</translation>
    </message>
    <message>
        <source>Type the filler character &lt;</source>
        <translation>Saisir le caractère de remplissage &lt;</translation>
    </message>
    <message>
        <source>%1: correct</source>
        <translation>%1&#xa0;: correct</translation>
    </message>
    <message>
        <source>%1: should be %2, reads %3</source>
        <translation>%1&#xa0;: attendu %2, lu %3</translation>
    </message>
</context>
<context>
    <name>NewSeizureButton</name>
    <message>
        <source>New seizure</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>On the spot: place, time, goods and photos. Complete the record later.</source>
        <translation>Sur place&#xa0;: lieu, heure, marchandises et photos. Complétez la fiche plus tard.</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Fiche complète</translation>
    </message>
    <message>
        <source>Every section, for a seizure you can document completely now.</source>
        <translation>Toutes les rubriques, pour une saisie que vous pouvez documenter entièrement dès maintenant.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NoPositionDialog</name>
    <message>
        <source>No position available</source>
        <translation>Aucune position disponible</translation>
    </message>
    <message>
        <source>Why is there no position? (required)</source>
        <translation>Pourquoi n’y a-t-il pas de position&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>For example: inside a steel container, no signal</source>
        <translation>Par exemple&#xa0;: dans un conteneur en acier, aucun signal</translation>
    </message>
    <message>
        <source>Save without position</source>
        <translation>Enregistrer sans position</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Letters, digits, - and /</source>
        <translation>Lettres, chiffres, - et /</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>For example: BSI Le Havre port</source>
        <translation>Par exemple&#xa0;: BSI Le Havre port</translation>
    </message>
</context>
<context>
    <name>OfficerSection</name>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Written on each new seizure. Seizures already finalized keep the details they were signed with.</source>
        <translation>Inscrites sur chaque nouvelle saisie. Les saisies déjà validées conservent les informations avec lesquelles elles ont été signées.</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>Vos informations sont enregistrées.</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Enregistrer mes informations</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Reason to finalize anyway</source>
        <translation>Motif pour valider malgré tout</translation>
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
    <name>PassphraseEntry</name>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in %1.</source>
        <translation>Trop de tentatives erronées. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Checking passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Tries left before this profile is erased: %1</source>
        <translation>Essais restants avant effacement du profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PeopleStep</name>
    <message>
        <source>People and companies</source>
        <translation>Personnes et sociétés</translation>
    </message>
    <message>
        <source>Personal data: stays in the national database and is never sent to the WCO.</source>
        <translation>Données personnelles&#xa0;: elles restent dans la base nationale et ne sont jamais transmises à l’OMD.</translation>
    </message>
    <message>
        <source>Remove person %1 and everything typed about them?</source>
        <translation>Supprimer la personne %1 et tout ce qui a été saisi à son sujet&#xa0;?</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove company %1?</source>
        <translation>Supprimer la société %1&#xa0;?</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Ajouter une société</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person %1 · personal data</source>
        <translation>Personne %1 · données personnelles</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY when partly known</source>
        <translation>AAAA-MM-JJ, ou AAAA-MM ou AAAA si elle est partiellement connue</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>État de délivrance</translation>
    </message>
</context>
<context>
    <name>PhotoDelegate</name>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Ce que montre la photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Where, what, which item (optional)</source>
        <translation>Où, quoi, quel article (facultatif)</translation>
    </message>
    <message>
        <source>Remove this photo from the record? Its encrypted file is deleted; the audit trail keeps its hash.</source>
        <translation>Retirer cette photo de la fiche&#xa0;? Son fichier chiffré est supprimé&#xa0;; le journal d’audit conserve son empreinte.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;ko</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#xa0;octets</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>This file is not an image; it is kept encrypted with the record.</source>
        <translation>Ce fichier n’est pas une image&#xa0;; il est conservé chiffré avec la fiche.</translation>
    </message>
    <message>
        <source>The photo could not be decrypted or shown.</source>
        <translation>La photo n’a pas pu être déchiffrée ni affichée.</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>Original kept untouched. SHA-256 recorded at capture:</source>
        <translation>Original conservé intact. Empreinte SHA-256 relevée à la prise de vue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>The record could not be saved, so nothing can be attached yet.</source>
        <translation>La fiche n’a pas pu être enregistrée&#xa0;: rien ne peut encore y être joint.</translation>
    </message>
    <message>
        <source>Photos and files (%1)</source>
        <translation>Photos et fichiers (%1)</translation>
    </message>
    <message>
        <source>What new photos show</source>
        <translation>Ce que montrent les nouvelles photos</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>This record is finalized: its photos are evidence and cannot change.</source>
        <translation>Cette fiche est validée&#xa0;: ses photos sont des preuves et ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Aucune photo pour l’instant</translation>
    </message>
    <message>
        <source>Take photos of the goods, the concealment and the scene, or import files. They are encrypted on this tablet and the originals are kept untouched.</source>
        <translation>Photographiez les marchandises, la dissimulation et les lieux, ou importez des fichiers. Ils sont chiffrés sur cette tablette et les originaux restent intacts.</translation>
    </message>
    <message>
        <source>Import photos or documents. They are encrypted on this tablet and the originals are kept untouched.</source>
        <translation>Importez des photos ou des documents. Ils sont chiffrés sur cette tablette et les originaux restent intacts.</translation>
    </message>
    <message>
        <source>Attach files to the record</source>
        <translation>Joindre des fichiers à la fiche</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The camera cannot be used on this device. Import a file instead.</source>
        <translation>La caméra ne peut pas être utilisée sur cet appareil. Importez plutôt un fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PhotosStep</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
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
    <name>QrScanPage</name>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Point the camera at the QR code on the administrator&apos;s screen. It is read as soon as it is sharp.</source>
        <translation>Pointez la caméra vers le code QR affiché sur l’écran de l’administrateur. Il est lu dès qu’il est net.</translation>
    </message>
</context>
<context>
    <name>QuickCapturePage</name>
    <message>
        <source>Quick seizure</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved on this tablet</source>
        <translation>Enregistrée sur cette tablette</translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation>Rien n’a encore été saisi</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Fiche complète</translation>
    </message>
    <message>
        <source>What was seized?</source>
        <translation>Qu’est-ce qui a été saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Stays in the national database; never sent to the WCO.</source>
        <translation>Reste dans la base nationale&#xa0;; n’est jamais transmise à l’OMD.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>RecordIdentifier</name>
    <message>
        <source>Reason to keep this number</source>
        <translation>Motif pour conserver ce numéro</translation>
    </message>
    <message>
        <source>Required to finalize: say why the number is right although its check fails.</source>
        <translation>Obligatoire pour valider&#xa0;: indiquez pourquoi le numéro est correct malgré l’échec du contrôle.</translation>
    </message>
</context>
<context>
    <name>RecordLocation</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>No position recorded yet.</source>
        <translation>Aucune position enregistrée.</translation>
    </message>
    <message>
        <source>No position: %1</source>
        <translation>Aucune position&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Take a new position</source>
        <translation>Relever une nouvelle position</translation>
    </message>
</context>
<context>
    <name>RecordMrz</name>
    <message>
        <source>Machine-readable zone (MRZ)</source>
        <translation>Bande MRZ (zone de lecture automatique)</translation>
    </message>
    <message>
        <source>Reason to keep this MRZ</source>
        <translation>Motif pour conserver cette bande MRZ</translation>
    </message>
    <message>
        <source>Required to finalize: say why the MRZ is right although a check digit fails.</source>
        <translation>Obligatoire pour valider&#xa0;: indiquez pourquoi la bande MRZ est correcte malgré un chiffre de contrôle erroné.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Review and finalize</source>
        <translation>Vérifier et valider</translation>
    </message>
    <message>
        <source>This record is finalized and signed. Corrections are made as a new version.</source>
        <translation>Cette fiche est validée et signée. Toute correction se fait dans une nouvelle version.</translation>
    </message>
    <message>
        <source>Ready to finalize. Finalizing signs the record; it can then only be corrected by a new version.</source>
        <translation>Prête à être validée. La validation signe la fiche&#xa0;; elle ne peut ensuite être corrigée que par une nouvelle version.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) must be fixed before finalizing.</source>
        <translation>
            <numerusform>%n anomalie doit être corrigée avant la validation.</numerusform>
            <numerusform>%n anomalies doivent être corrigées avant la validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize and sign</source>
        <translation>Valider et signer</translation>
    </message>
</context>
<context>
    <name>RouteStep</name>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>Pays de départ</translation>
    </message>
    <message>
        <source>Transit countries, in order</source>
        <translation>Pays de transit, dans l’ordre</translation>
    </message>
    <message>
        <source>Transit %1</source>
        <translation>Transit %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a transit country</source>
        <translation>Ajouter un pays de transit</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Pays de destination</translation>
    </message>
</context>
<context>
    <name>SealList</name>
    <message>
        <source>Seals</source>
        <translation>Scellés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New seal number</source>
        <translation>Numéro du nouveau scellé</translation>
    </message>
    <message>
        <source>Add seal</source>
        <translation>Ajouter un scellé</translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>SecretKindSelector</name>
    <message>
        <source>Unlock with</source>
        <translation>Déverrouiller avec</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>SeizureDelegate</name>
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
    <name>SeizureFilters</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Transmises</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Search: container, plate, passport, place…</source>
        <translation>Rechercher&#xa0;: conteneur, plaque, passeport, lieu…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>SeizureListPage</name>
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
        <source>Add your name, service number and unit in Settings: new records need them.</source>
        <translation>Renseignez vos nom, matricule et unité dans les Réglages&#xa0;: ils sont nécessaires aux nouvelles fiches.</translation>
    </message>
    <message>
        <source>No matching seizures</source>
        <translation>Aucune saisie correspondante</translation>
    </message>
    <message>
        <source>Nothing matches this search and these filters.</source>
        <translation>Aucun résultat pour cette recherche et ces filtres.</translation>
    </message>
    <message>
        <source>Show all seizures</source>
        <translation>Afficher toutes les saisies</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Détails de la synchronisation</translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation>Inscrire cette tablette</translation>
    </message>
</context>
<context>
    <name>SeizurePage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Seizure (draft)</source>
        <translation>Saisie (brouillon)</translation>
    </message>
    <message>
        <source>Seizure (finalized)</source>
        <translation>Saisie (validée)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved on this tablet</source>
        <translation>Enregistrée sur cette tablette</translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation>Rien n’a encore été saisi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard this draft? It is deleted from the tablet; the audit log keeps a note that it existed.</source>
        <translation>Abandonner ce brouillon&#xa0;? Il sera supprimé de la tablette&#xa0;; le journal d’audit gardera une trace de son existence.</translation>
    </message>
    <message>
        <source>Finalize and sign this seizure? After this it can only be corrected by a new version.</source>
        <translation>Valider et signer cette saisie&#xa0;? Elle ne pourra ensuite être corrigée que par une nouvelle version.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Seizure finalized</source>
        <translation>Saisie validée</translation>
    </message>
    <message>
        <source>The record is signed and queued. It will be sent when the tablet reaches the national server.</source>
        <translation>La fiche est signée et en file d’attente. Elle sera envoyée dès que la tablette pourra joindre le serveur national.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
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
    <name>StatusChip</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Validée</translation>
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
        <translation>En cours d’examen</translation>
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
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n minute(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n minute.</numerusform>
            <numerusform>Nouvel essai dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet has been revoked by an administrator. Contact your administrator.</source>
        <translation>Cette tablette a été révoquée par un administrateur. Contactez votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>This tablet is not connected to the national server yet: %n record(s) wait on it.</source>
        <translation>
            <numerusform>Cette tablette n’est pas encore inscrite auprès du serveur national&#xa0;: %n fiche y est en attente.</numerusform>
            <numerusform>Cette tablette n’est pas encore inscrite auprès du serveur national&#xa0;: %n fiches y sont en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>This tablet is not connected to the national server yet. Your records stay on it until it is.</source>
        <translation>Cette tablette n’est pas encore inscrite auprès du serveur national. Vos fiches y restent jusqu’à son inscription.</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Envoi des fiches…</translation>
    </message>
    <message numerus="yes">
        <source>Offline. %n record(s) waiting to be sent: they are safe on this tablet and will be sent when the network is back.</source>
        <translation>
            <numerusform>Hors ligne. %n fiche en attente d’envoi&#xa0;: elle est en sécurité sur cette tablette et sera envoyée au retour du réseau.</numerusform>
            <numerusform>Hors ligne. %n fiches en attente d’envoi&#xa0;: elles sont en sécurité sur cette tablette et seront envoyées au retour du réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. You can keep working: everything is saved on this tablet.</source>
        <translation>Hors ligne. Vous pouvez continuer à travailler&#xa0;: tout est enregistré sur cette tablette.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n fiche en attente d’envoi.</numerusform>
            <numerusform>%n fiches en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation>Inscrire cette tablette</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Tablette inscrite auprès de %1.</translation>
    </message>
    <message>
        <source>Not connected: records stay on this tablet until it is connected to the national server.</source>
        <translation>Tablette non inscrite&#xa0;: les fiches restent sur cette tablette jusqu’à son inscription auprès du serveur national.</translation>
    </message>
    <message>
        <source>Device key: %1</source>
        <translation>Clé de la tablette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hold photos on metered networks (records are always sent)</source>
        <translation>Différer l’envoi des photos sur les connexions limitées (les fiches sont toujours envoyées)</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Détails de la synchronisation</translation>
    </message>
    <message>
        <source>Connect this tablet</source>
        <translation>Inscrire cette tablette</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The national server cannot be reached. Records stay on this tablet and are sent when the network is back.</source>
        <translation>Le serveur national est injoignable. Les fiches restent sur cette tablette et seront envoyées au retour du réseau.</translation>
    </message>
    <message>
        <source>The connection was refused because the server could not prove it is the national server. Nothing was sent. If this keeps happening, tell your administrator (the network may be intercepting traffic).</source>
        <translation>La connexion a été refusée car le serveur n’a pas pu prouver qu’il est le serveur national. Rien n’a été envoyé. Si cela se reproduit, prévenez votre administrateur (le réseau intercepte peut-être les échanges).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified, so the record is kept as not delivered. It will be sent again.</source>
        <translation>La réponse du serveur n’a pas pu être vérifiée&#xa0;: la fiche est considérée comme non transmise. Elle sera envoyée à nouveau.</translation>
    </message>
    <message>
        <source>The national server is temporarily unavailable. Sync will try again by itself.</source>
        <translation>Le serveur national est momentanément indisponible. La synchronisation réessaiera d’elle-même.</translation>
    </message>
    <message>
        <source>The national server asked to wait before trying again. Sync will try again by itself.</source>
        <translation>Le serveur national a demandé d’attendre avant de réessayer. La synchronisation réessaiera d’elle-même.</translation>
    </message>
    <message>
        <source>This tablet&apos;s clock is too far from the server&apos;s. Sync will adjust and try again; if it keeps failing, check the date and time.</source>
        <translation>L’horloge de cette tablette est trop éloignée de celle du serveur. La synchronisation va s’ajuster et réessayer&#xa0;; si l’échec persiste, vérifiez la date et l’heure.</translation>
    </message>
    <message>
        <source>Your administrator has suspended this tablet. Records stay on it. Contact your administrator.</source>
        <translation>Votre administrateur a suspendu cette tablette. Les fiches y restent. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>This tablet has been revoked by an administrator and its profiles were erased.</source>
        <translation>Cette tablette a été révoquée par un administrateur et ses profils ont été effacés.</translation>
    </message>
    <message>
        <source>The server sent a revocation that could not be verified: nothing was erased, and sync will try again. Tell your administrator.</source>
        <translation>Le serveur a envoyé une révocation qui n’a pas pu être vérifiée&#xa0;: rien n’a été effacé et la synchronisation réessaiera. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>A photo or file of a record no longer matches what was signed, so the record was not sent. Tell your administrator.</source>
        <translation>Une photo ou un fichier d’une fiche ne correspond plus à ce qui a été signé&#xa0;: la fiche n’a pas été envoyée. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>This version of the app is too old for the national server. Update the app; no record is lost.</source>
        <translation>Cette version de l’application est trop ancienne pour le serveur national. Mettez l’application à jour&#xa0;; aucune fiche n’est perdue.</translation>
    </message>
    <message>
        <source>Sync is not authorised: contact your administrator. Records stay on this tablet.</source>
        <translation>La synchronisation n’est pas autorisée&#xa0;: contactez votre administrateur. Les fiches restent sur cette tablette.</translation>
    </message>
    <message>
        <source>The record or one of its files is larger than the server accepts. It stays on this tablet; contact your administrator.</source>
        <translation>La fiche ou l’un de ses fichiers dépasse la taille acceptée par le serveur. Elle reste sur cette tablette&#xa0;; contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The server already holds different data for this record. It stays on this tablet; contact your administrator.</source>
        <translation>Le serveur détient déjà des données différentes pour cette fiche. Elle reste sur cette tablette&#xa0;; contactez votre administrateur.</translation>
    </message>
    <message>
        <source>This is not a Saisie enrolment code. Scan the QR code shown in the administrator&apos;s console.</source>
        <translation>Ce n’est pas un code d’inscription Saisie. Scannez le code QR affiché dans la console de l’administrateur.</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your administrator for a new one.</source>
        <translation>Ce code d’inscription a expiré. Demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server this app does not trust. Check that it comes from your national administrator.</source>
        <translation>Ce code d’inscription désigne un serveur auquel cette application ne fait pas confiance. Vérifiez qu’il provient de votre administrateur national.</translation>
    </message>
    <message>
        <source>The code must have 20 letters and digits, as shown under the QR code. Check it and try again.</source>
        <translation>Le code doit comporter 20 lettres et chiffres, tels qu’affichés sous le code QR. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</source>
        <translation>Le serveur ne reconnaît pas ce code d’inscription. Vérifiez-le ou demandez-en un nouveau à votre administrateur.</translation>
    </message>
    <message>
        <source>This enrolment code has already been used by another tablet. Tell your administrator at once: it may have been copied.</source>
        <translation>Ce code d’inscription a déjà été utilisé par une autre tablette. Prévenez immédiatement votre administrateur&#xa0;: il a peut-être été copié.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be verified against the enrolment code, so this tablet was not connected. Tell your administrator.</source>
        <translation>La réponse du serveur n’a pas pu être vérifiée avec le code d’inscription&#xa0;: cette tablette n’a pas été inscrite. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>This re-enrolment code belongs to another tablet. Ask your administrator for this tablet&apos;s code.</source>
        <translation>Ce code de réinscription appartient à une autre tablette. Demandez à votre administrateur le code de cette tablette.</translation>
    </message>
    <message>
        <source>The app&apos;s list of national certificates is missing or damaged, so no server can be trusted. Reinstall the app or contact your administrator.</source>
        <translation>La liste des certificats nationaux de l’application est absente ou endommagée&#xa0;: aucun serveur ne peut être authentifié. Réinstallez l’application ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>This tablet&apos;s connection details are damaged. Contact your administrator to connect it again.</source>
        <translation>Les informations de connexion de cette tablette sont endommagées. Contactez votre administrateur pour l’inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The server refused this tablet&apos;s enrolment. Try again; if it fails again, contact your administrator.</source>
        <translation>Le serveur a refusé l’inscription de cette tablette. Réessayez&#xa0;; en cas de nouvel échec, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>This tablet is already connected to the national server.</source>
        <translation>Cette tablette est déjà inscrite auprès du serveur national.</translation>
    </message>
    <message>
        <source>The tablet could not save its enrolment. Free some storage and try again.</source>
        <translation>La tablette n’a pas pu enregistrer son inscription. Libérez de l’espace de stockage et réessayez.</translation>
    </message>
    <message>
        <source>This file could not be opened. Choose another photo or screenshot.</source>
        <translation>Ce fichier n’a pas pu être ouvert. Choisissez une autre photo ou capture d’écran.</translation>
    </message>
    <message>
        <source>This file is not an image. Choose a photo or screenshot of the QR code.</source>
        <translation>Ce fichier n’est pas une image. Choisissez une photo ou une capture d’écran du code QR.</translation>
    </message>
    <message>
        <source>This image is too large. Choose a smaller photo or a screenshot of the QR code.</source>
        <translation>Cette image est trop volumineuse. Choisissez une photo plus petite ou une capture d’écran du code QR.</translation>
    </message>
    <message>
        <source>No QR code was found in this image. Take a sharper photo of the whole code and try again.</source>
        <translation>Aucun code QR n’a été trouvé dans cette image. Prenez une photo plus nette du code entier et réessayez.</translation>
    </message>
    <message>
        <source>Sync failed. Records stay on this tablet and sync will try again; if this keeps happening, contact your administrator.</source>
        <translation>La synchronisation a échoué. Les fiches restent sur cette tablette et la synchronisation réessaiera&#xa0;; si cela se reproduit, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Sending record %1 of %2</source>
        <translation>Envoi de la fiche %1 sur %2</translation>
    </message>
    <message>
        <source>Sending record %1 of %2 – photo %3 of %4</source>
        <extracomment>%1 of %2 records, %3 of %4 photos of the current record</extracomment>
        <translation>Envoi de la fiche %1 sur %2 – photo %3 sur %4</translation>
    </message>
</context>
<context>
    <name>UnknownValue</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
    <message>
        <source>Enter your passphrase</source>
        <translation>Saisissez votre phrase secrète</translation>
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
    <message>
        <source>Visit every page at tablet and phone sizes in English and French with demo data, write the PNGs into DIR, fail on a broken page.</source>
        <translation>Parcourir chaque page aux tailles tablette et téléphone, en anglais et en français, avec des données de démonstration, écrire les PNG dans DIR, échouer sur une page défectueuse.</translation>
    </message>
    <message>
        <source>Trust only the national CA certificates in the PEM FILE for sync (default: SAISIE_NATIONAL_CA).</source>
        <translation>Pour la synchronisation, ne faire confiance qu’aux certificats d’AC nationaux du fichier PEM FILE (par défaut&#xa0;: SAISIE_NATIONAL_CA).</translation>
    </message>
    <message>
        <source>Connect this tablet at start with the enrolment QR payload in FILE (JSON), unless it is connected already.</source>
        <translation>Inscrire cette tablette au démarrage avec le contenu du code QR d’inscription du fichier FILE (JSON), sauf si elle est déjà inscrite.</translation>
    </message>
</context>
<context>
    <name>saisie::gui</name>
    <message>
        <source>Type decimal degrees such as 49.4812, or degrees, minutes and seconds such as 49°28&apos;52.3&quot;N.</source>
        <translation>Saisissez des degrés décimaux, par exemple 49.4812, ou des degrés, minutes et secondes, par exemple 49°28&apos;52.3&quot;N.</translation>
    </message>
    <message>
        <source>Type decimal degrees such as -0.1094, or degrees, minutes and seconds such as 0°6&apos;33.8&quot;W.</source>
        <translation>Saisissez des degrés décimaux, par exemple -0.1094, ou des degrés, minutes et secondes, par exemple 0°6&apos;33.8&quot;O.</translation>
    </message>
    <message>
        <source>“%1” is not a latitude.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une latitude.</translation>
    </message>
    <message>
        <source>“%1” is not a longitude.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une longitude.</translation>
    </message>
    <message>
        <source>Enter the latitude.</source>
        <translation>Saisissez la latitude.</translation>
    </message>
    <message>
        <source>Enter the longitude.</source>
        <translation>Saisissez la longitude.</translation>
    </message>
    <message>
        <source>A latitude is north (N) or south (S) of the equator, not %1.</source>
        <translation>Une latitude se situe au nord (N) ou au sud (S) de l’équateur, pas %1.</translation>
    </message>
    <message>
        <source>A longitude is east (E) or west (W) of Greenwich, not %1.</source>
        <translation>Une longitude se situe à l’est (E) ou à l’ouest (O ou W) de Greenwich, pas %1.</translation>
    </message>
    <message>
        <source>Use either a minus sign or a hemisphere letter, not both.</source>
        <translation>Utilisez soit un signe moins, soit une lettre d’hémisphère, pas les deux.</translation>
    </message>
    <message>
        <source>Minutes and seconds must be below 60.</source>
        <translation>Les minutes et les secondes doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>A latitude must be between -90 and 90 degrees.</source>
        <translation>Une latitude doit être comprise entre -90 et 90 degrés.</translation>
    </message>
    <message>
        <source>A longitude must be between -180 and 180 degrees.</source>
        <translation>Une longitude doit être comprise entre -180 et 180 degrés.</translation>
    </message>
    <message>
        <source>Only files on this device can be attached.</source>
        <translation>Seuls les fichiers présents sur cet appareil peuvent être joints.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2. Nothing was attached.</source>
        <translation>Le fichier %1 dépasse %2. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The file %1 does not exist any more. Nothing was attached.</source>
        <translation>Le fichier %1 n’existe plus. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Nothing was attached.</source>
        <translation>Le fichier %1 ne peut pas être lu (%2). Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The file %1 is empty. Nothing was attached.</source>
        <translation>Le fichier %1 est vide. Rien n’a été joint.</translation>
    </message>
</context>
<context>
    <name>saisie::gui::IdentifierCheck</name>
    <message>
        <source>This kind of identifier cannot be checked.</source>
        <translation>Ce type d’identifiant ne peut pas être contrôlé.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Données facultatives</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Chiffre de contrôle</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>Rien n’a encore été saisi.</translation>
    </message>
    <message numerus="yes">
        <source>All %n check digits correct.</source>
        <translation>
            <numerusform>%n chiffre de contrôle correct.</numerusform>
            <numerusform>Les %n chiffres de contrôle sont corrects.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chapter exists (only the chapter is checked).</source>
        <translation>Le chapitre existe (seul le chapitre est contrôlé).</translation>
    </message>
    <message>
        <source>Format and country correct (the place itself is not looked up).</source>
        <translation>Format et pays corrects (le lieu lui-même n’est pas vérifié).</translation>
    </message>
    <message>
        <source>Valid; recorded as the ISO code %1.</source>
        <translation>Valide&#xa0;; enregistré sous le code ISO %1.</translation>
    </message>
    <message>
        <source>Valid country code.</source>
        <translation>Code pays valide.</translation>
    </message>
    <message>
        <source>Valid currency code.</source>
        <translation>Code devise valide.</translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation>Chiffre de contrôle correct</translation>
    </message>
    <message>
        <source>Wrong check digit: %1. Read the document again (O/0, I/1 and B/8 are often confused).</source>
        <translation>Chiffre de contrôle erroné&#xa0;: %1. Relisez le document (O/0, I/1 et B/8 sont souvent confondus).</translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2.</source>
        <translation>Le chiffre de contrôle devrait être %1, et non %2.</translation>
    </message>
    <message>
        <source>Some registered ships do not follow the rule: check the ship&apos;s papers.</source>
        <translation>Certains navires immatriculés ne suivent pas cette règle&#xa0;: vérifiez les documents de bord.</translation>
    </message>
    <message>
        <source>Vehicles built outside North America often do not use it.</source>
        <translation>Les véhicules construits hors d’Amérique du Nord ne l’utilisent souvent pas.</translation>
    </message>
    <message>
        <source>Compare with the paper document before relying on it.</source>
        <translation>Comparez avec le document papier avant de vous y fier.</translation>
    </message>
    <message>
        <source>Far too long: check what was pasted or scanned.</source>
        <translation>Beaucoup trop long&#xa0;: vérifiez ce qui a été collé ou scanné.</translation>
    </message>
    <message>
        <source>Only letters A-Z, digits 0-9 and &lt; may appear in an MRZ.</source>
        <translation>Seuls les lettres A-Z, les chiffres 0-9 et &lt; peuvent figurer dans une bande MRZ.</translation>
    </message>
    <message>
        <source>Only letters A-Z and digits 0-9 are allowed.</source>
        <translation>Seuls les lettres A-Z et les chiffres 0-9 sont autorisés.</translation>
    </message>
    <message>
        <source>A container number has 11 characters: 3 letters, U, J or Z, 6 digits and a check digit.</source>
        <translation>Un numéro de conteneur comporte 11 caractères&#xa0;: 3 lettres, U, J ou Z, 6 chiffres et un chiffre de contrôle.</translation>
    </message>
    <message>
        <source>A wagon number has 12 digits, the last one being the check digit.</source>
        <translation>Un numéro de wagon comporte 12 chiffres, le dernier étant le chiffre de contrôle.</translation>
    </message>
    <message>
        <source>An IMO ship number has 7 digits, optionally after &quot;IMO&quot;.</source>
        <translation>Un numéro OMI de navire comporte 7 chiffres, éventuellement précédés de «&#xa0;IMO&#xa0;».</translation>
    </message>
    <message>
        <source>An MRZ has 2 lines of 44 characters (passport), 2 lines of 36 or 3 lines of 30.</source>
        <translation>Une bande MRZ comporte 2 lignes de 44 caractères (passeport), 2 lignes de 36 ou 3 lignes de 30.</translation>
    </message>
    <message>
        <source>A VIN has 17 letters and digits, never I, O or Q.</source>
        <translation>Un VIN comporte 17 lettres et chiffres, jamais I, O ni Q.</translation>
    </message>
    <message>
        <source>An air waybill number has 11 digits: a 3-digit airline prefix and 8 digits.</source>
        <translation>Un numéro de LTA comporte 11 chiffres&#xa0;: un préfixe de compagnie aérienne à 3 chiffres, puis 8 chiffres.</translation>
    </message>
    <message>
        <source>A postal item number has 2 letters, 9 digits and a 2-letter country code.</source>
        <translation>Un numéro d’envoi postal comporte 2 lettres, 9 chiffres et un code pays de 2 lettres.</translation>
    </message>
    <message>
        <source>An HS code has 6 digits, or 8 or 10 with a national extension.</source>
        <translation>Un code SH comporte 6 chiffres, ou 8 ou 10 avec une extension nationale.</translation>
    </message>
    <message>
        <source>A UN/LOCODE has 5 characters: a country code and 3 letters or digits 2-9.</source>
        <translation>Un UN/LOCODE comporte 5 caractères&#xa0;: un code pays et 3 lettres ou chiffres de 2 à 9.</translation>
    </message>
    <message>
        <source>A country code has 2 letters (e.g. FR).</source>
        <translation>Un code pays comporte 2 lettres (par ex. FR).</translation>
    </message>
    <message>
        <source>A currency code has 3 letters (e.g. EUR).</source>
        <translation>Un code devise comporte 3 lettres (par ex. EUR).</translation>
    </message>
    <message>
        <source>The check digit is correct but the last two letters are not a country code.</source>
        <translation>Le chiffre de contrôle est correct, mais les deux dernières lettres ne forment pas un code pays.</translation>
    </message>
    <message>
        <source>The first two letters are not a country code.</source>
        <translation>Les deux premières lettres ne forment pas un code pays.</translation>
    </message>
    <message>
        <source>This HS chapter or heading does not exist.</source>
        <translation>Ce chapitre ou cette position SH n’existe pas.</translation>
    </message>
    <message>
        <source>This is not a country code.</source>
        <translation>Ce n’est pas un code pays.</translation>
    </message>
    <message>
        <source>This is not a currency code in the bundled list.</source>
        <translation>Ce code devise ne figure pas dans la liste fournie.</translation>
    </message>
    <message>
        <source>This HS chapter is reserved and contains no goods.</source>
        <translation>Ce chapitre SH est réservé et ne contient aucune marchandise.</translation>
    </message>
    <message>
        <source>Recorded as unknown.</source>
        <translation>Enregistré comme inconnu.</translation>
    </message>
    <message>
        <source>The code list needed for this check is missing, so it was not checked.</source>
        <translation>La liste de codes nécessaire à ce contrôle est absente&#xa0;: le contrôle n’a pas été effectué.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Check this identifier again.</source>
        <translation>Vérifiez de nouveau cet identifiant.</translation>
    </message>
    <message>
        <source>This identifier is not valid.</source>
        <translation>Cet identifiant n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>saisie::gui::LocationController</name>
    <message>
        <source>This app may not use the device&apos;s location. Allow it in the device settings, or enter the position manually.</source>
        <translation>Cette application n’est pas autorisée à utiliser la localisation de l’appareil. Autorisez-la dans les réglages de l’appareil, ou saisissez la position manuellement.</translation>
    </message>
    <message>
        <source>Location is switched off on this device. Switch it on, or enter the position manually.</source>
        <translation>La localisation est désactivée sur cet appareil. Activez-la, ou saisissez la position manuellement.</translation>
    </message>
    <message>
        <source>The position source failed. Try again, or enter the position manually.</source>
        <translation>La source de position a échoué. Réessayez, ou saisissez la position manuellement.</translation>
    </message>
    <message>
        <source>No position was found in time. Move to open sky and try again, or enter the position manually.</source>
        <translation>Aucune position trouvée à temps. Placez-vous à ciel ouvert et réessayez, ou saisissez la position manuellement.</translation>
    </message>
    <message>
        <source>Say why the position is entered by hand (for example: no satellite signal in the hold).</source>
        <translation>Indiquez pourquoi la position est saisie manuellement (par exemple&#xa0;: aucun signal satellite dans la cale).</translation>
    </message>
    <message>
        <source>Say why there is no position (for example: inside a steel hold, no signal).</source>
        <translation>Indiquez pourquoi il n’y a pas de position (par exemple&#xa0;: dans une cale en acier, aucun signal).</translation>
    </message>
</context>
<context>
    <name>saisie::gui::PhotoController</name>
    <message>
        <source>The profile is locked. Unlock it and add the photo again.</source>
        <translation>Le profil est verrouillé. Déverrouillez-le et ajoutez de nouveau la photo.</translation>
    </message>
    <message>
        <source>The record is not saved yet, so nothing can be attached to it. Fill in a field and try again.</source>
        <translation>La fiche n’est pas encore enregistrée&#xa0;: rien ne peut y être joint. Remplissez un champ et réessayez.</translation>
    </message>
    <message>
        <source>Choose what the photo shows before adding it.</source>
        <translation>Indiquez ce que montre la photo avant de l’ajouter.</translation>
    </message>
    <message>
        <source>The camera gave no image. Take the photo again.</source>
        <translation>La caméra n’a fourni aucune image. Reprenez la photo.</translation>
    </message>
    <message>
        <source>The photo could not be encoded. Take it again.</source>
        <translation>La photo n’a pas pu être encodée. Reprenez-la.</translation>
    </message>
    <message>
        <source>The camera is not ready. Wait a moment and press the shutter again.</source>
        <translation>La caméra n’est pas prête. Patientez un instant et appuyez de nouveau sur le déclencheur.</translation>
    </message>
    <message>
        <source>The camera could not take the photo (%1).</source>
        <translation>La caméra n’a pas pu prendre la photo (%1).</translation>
    </message>
    <message>
        <source>This record is finalized: its photos are evidence and cannot change. Amend the record to add or correct photos.</source>
        <translation>Cette fiche est validée&#xa0;: ses photos sont des preuves et ne peuvent plus changer. Créez une nouvelle version pour ajouter ou corriger des photos.</translation>
    </message>
    <message>
        <source>This photo or record is no longer in the vault. The list was refreshed.</source>
        <translation>Cette photo ou cette fiche n’est plus dans le coffre. La liste a été actualisée.</translation>
    </message>
    <message>
        <source>The caption is too long: keep it under 4000 characters.</source>
        <translation>La légende est trop longue&#xa0;: limitez-la à 4000 caractères.</translation>
    </message>
    <message>
        <source>Choose what the photo shows from the list.</source>
        <translation>Choisissez dans la liste ce que montre la photo.</translation>
    </message>
    <message>
        <source>The vault refused the change: %1</source>
        <translation>Le coffre a refusé la modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>saisie::gui::SeizureEditor</name>
    <message>
        <source>The profile is locked. Unlock it to open the seizure.</source>
        <translation>Le profil est verrouillé. Déverrouillez-le pour ouvrir la saisie.</translation>
    </message>
    <message>
        <source>This seizure could not be opened: %1</source>
        <translation>Cette saisie n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; is not a field the officer can set.</source>
        <translation>Erreur interne&#xa0;: «&#xa0;%1&#xa0;» n’est pas un champ modifiable par l’agent.</translation>
    </message>
    <message>
        <source>Only a draft of an unlocked profile can be finalized.</source>
        <translation>Seul un brouillon d’un profil déverrouillé peut être validé.</translation>
    </message>
    <message>
        <source>The seizure was not finalized: %1</source>
        <translation>La saisie n’a pas été validée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft was not discarded: %1</source>
        <translation>Le brouillon n’a pas été abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile is locked: the last changes could not be saved.</source>
        <translation>Le profil est verrouillé&#xa0;: les dernières modifications n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>saisie::gui::SeizureListModel</name>
    <message>
        <source>The seizure list could not be read. Lock and unlock to try again.</source>
        <translation>La liste des saisies n’a pas pu être lue. Verrouillez puis déverrouillez pour réessayer.</translation>
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
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Enter the new passphrase again.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez à nouveau la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète erronée.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un code PIN ne comporte que des chiffres.</translation>
    </message>
    <message>
        <source>This PIN repeats a digit or a short pattern (like 121212). Choose another one.</source>
        <translation>Ce code PIN répète un chiffre ou un motif court (comme 121212). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This PIN is a run of consecutive digits (like 123456). Choose another one.</source>
        <translation>Ce code PIN est une suite de chiffres consécutifs (comme 123456). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This PIN is one of the most used PINs. Choose another one.</source>
        <translation>Ce code PIN fait partie des plus utilisés. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The passphrase is too simple: use at least %1 words, or mix %2 kinds of characters (lower case, upper case, digits, symbols).</source>
        <translation>La phrase secrète est trop simple&#xa0;: utilisez au moins %1 mots, ou combinez %2 types de caractères (minuscules, majuscules, chiffres, symboles).</translation>
    </message>
    <message>
        <source>This is too long. Choose a shorter one.</source>
        <translation>Trop long&#xa0;: choisissez une valeur plus courte.</translation>
    </message>
    <message>
        <source>At least %1 digits. Not a repeated or consecutive pattern (111111, 121212, 123456), not a common PIN.</source>
        <translation>Au moins %1 chiffres. Pas de motif répété ou consécutif (111111, 121212, 123456), pas de code PIN courant.</translation>
    </message>
    <message>
        <source>At least %1 characters, with at least %2 words or %3 kinds of characters (lower case, upper case, digits, symbols).</source>
        <translation>Au moins %1 caractères, avec au moins %2 mots ou %3 types de caractères (minuscules, majuscules, chiffres, symboles).</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>The name must have at most %1 characters.</source>
        <translation>Le nom doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name contains invisible control characters. Type it again.</source>
        <translation>Le nom contient des caractères de contrôle invisibles. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Enter your service number.</source>
        <translation>Saisissez votre matricule.</translation>
    </message>
    <message>
        <source>The service number must have at most %1 characters.</source>
        <translation>Le matricule doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The service number may contain only letters A to Z, digits, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>Le matricule ne peut contenir que des lettres de A à Z, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Enter your unit.</source>
        <translation>Saisissez votre unité.</translation>
    </message>
    <message>
        <source>The unit must have at most %1 characters.</source>
        <translation>L’unité doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The unit contains invisible control characters. Type it again.</source>
        <translation>L’unité contient des caractères de contrôle invisibles. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Unlock your profile first.</source>
        <translation>Déverrouillez d’abord votre profil.</translation>
    </message>
    <message>
        <source>Your details could not be saved: %1</source>
        <translation>Vos informations n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
</context>
</TS>
