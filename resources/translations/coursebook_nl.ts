<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionRowWidget</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Wat ga je doen?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>this action</source>
        <translation>deze actie</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum klaar</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Deze actie verwijderen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>klaar {0}</translation>
    </message>
</context>
<context>
    <name>ActionsForm</name>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>an empty action</source>
        <translation>een lege actie</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash.</source>
        <translation>“{0}” staat nu in de prullenbak.</translation>
    </message>
</context>
<context>
    <name>AskPasswordDialog</name>
    <message>
        <source>Coursebook: password</source>
        <translation>Coursebook: wachtwoord</translation>
    </message>
    <message>
        <source>Your workbook in {0} is protected with a password.</source>
        <translation>Je werkboek in {0} is beveiligd met een wachtwoord.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>That password does not open this workbook. Check Caps Lock and try again; you can try as often as you like.</source>
        <translation>Met dit wachtwoord gaat het werkboek niet open. Kijk of Caps Lock aan staat en probeer het opnieuw; dat mag zo vaak als je wilt.</translation>
    </message>
    <message>
        <source>Use a recovery key file…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Typ eerst het wachtwoord.</translation>
    </message>
    <message>
        <source>Recovery key file</source>
        <translation>Bestand met herstelsleutel</translation>
    </message>
    <message>
        <source>Text (*.txt);;All (*)</source>
        <translation>Tekst (*.txt);;Alles (*)</translation>
    </message>
    <message>
        <source>{0} is not a recovery key file.</source>
        <translation>{0} is geen bestand met een herstelsleutel.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Coursebook makes a backup at the first start of each day and keeps those of the last 7 days and the last 8 weeks, plus one before every update and every restore. Folder: {0}</source>
        <translation>Coursebook maakt bij de eerste start van elke dag een reservekopie en bewaart die van de laatste 7 dagen en de laatste 8 weken, plus één vóór elke update en elke terugzetting. Map: {0}</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een terugzetting</translation>
    </message>
    <message>
        <source>No backup made: {0}</source>
        <translation>Geen reservekopie gemaakt: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Reservekopie gemaakt: {0}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Save a copy of your work</source>
        <translation>Een kopie van je werk opslaan</translation>
    </message>
    <message>
        <source>No copy made: {0}</source>
        <translation>Geen kopie gemaakt: {0}</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>Copy saved as {0}</source>
        <translation>Kopie opgeslagen als {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Replace your work by the backup of {0}? What you have now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Je werk vervangen door de reservekopie van {0}? Van wat je nu hebt wordt eerst een reservekopie gemaakt, dus je kunt dit terugdraaien door die kopie terug te zetten.</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this call</source>
        <translation>Dit gesprek verwijderen</translation>
    </message>
    <message>
        <source>Pick a customer or type a new name</source>
        <translation>Kies een klant of typ een nieuwe naam</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How you spoke</source>
        <translation>Hoe je elkaar sprak</translation>
    </message>
    <message>
        <source>How likely is it that they would recommend you to a friend or colleague? 0–10</source>
        <translation>Hoe waarschijnlijk is het dat deze klant je aanbeveelt bij een vriend of collega? 0–10</translation>
    </message>
    <message>
        <source>Score 0 to 10</source>
        <translation>Score 0 tot 10</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>Zou aanbevelen (0–10)</translation>
    </message>
    <message>
        <source>Their answer, in their words</source>
        <translation>Het antwoord, in hun woorden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Wat verder het onthouden waard is</translation>
    </message>
    <message>
        <source>the call&apos;s notes</source>
        <translation>de notities bij het gesprek</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Gesprek {0}</translation>
    </message>
    <message>
        <source>the notes of this call</source>
        <translation>de notities bij dit gesprek</translation>
    </message>
</context>
<context>
    <name>CallPlanner</name>
    <message>
        <source>Suggest whom to call</source>
        <translation>Voorstel: wie bel je?</translation>
    </message>
    <message>
        <source>satisfied customers (a 7 or 8)</source>
        <translation>tevreden klanten (een 7 of 8)</translation>
    </message>
    <message>
        <source>unhappy customers (a score of 0 to 6, or a complaint)</source>
        <translation>ontevreden klanten (een score van 0 tot 6, of een klacht)</translation>
    </message>
    <message>
        <source>enthusiastic customers (a 9 or 10)</source>
        <translation>enthousiaste klanten (een 9 of 10)</translation>
    </message>
    <message>
        <source>customers from every group: unhappy, satisfied and enthusiastic</source>
        <translation>klanten uit elke groep: ontevreden, tevreden en enthousiast</translation>
    </message>
    <message>
        <source>customers you called earlier in the course</source>
        <translation>klanten die je eerder in de cursus hebt gebeld</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>Every call of step {0} has a customer already.</source>
        <translation>Elk gesprek van stap {0} heeft al een klant.</translation>
    </message>
    <message numerus="yes">
        <source>Step {0} asks for {1}; %n call(s) still without a customer.</source>
        <translation>
            <numerusform>Stap {0} vraagt om {1}; nog %n gesprek zonder klant.</numerusform>
            <numerusform>Stap {0} vraagt om {1}; nog %n gesprekken zonder klant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n customer(s) who fit, the longest without contact first.</source>
        <translation>
            <numerusform>Gekozen: %n klant die past, wie het langst geen contact had eerst.</numerusform>
            <numerusform>Gekozen: %n klanten die passen, wie het langst geen contact had eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer in the register fits yet.</source>
        <translation>Er past nog geen klant uit het register.</translation>
    </message>
    <message numerus="yes">
        <source>%n left out: called in another step of this run.</source>
        <translation>
            <numerusform>%n weggelaten: al gebeld in een andere stap van deze ronde.</numerusform>
            <numerusform>%n weggelaten: al gebeld in een andere stap van deze ronde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no score yet, so their group is not known.</source>
        <translation>
            <numerusform>%n daarvan heeft nog geen score, dus de groep is niet bekend.</numerusform>
            <numerusform>%n daarvan hebben nog geen score, dus de groep is niet bekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the selection, then click “Plan calls in this week&apos;s step”.</source>
        <translation>Kijk de keuze na en klik dan op “Plan gesprekken in de stap van deze week”.</translation>
    </message>
    <message>
        <source>Plan calls</source>
        <translation>Gesprekken plannen</translation>
    </message>
    <message numerus="yes">
        <source>%n of these customers were called in another step of this run already:</source>
        <translation>
            <numerusform>%n van deze klanten is al gebeld in een andere stap van deze ronde:</numerusform>
            <numerusform>%n van deze klanten zijn al gebeld in een andere stap van deze ronde:</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (step {1})</source>
        <translation>{0} (stap {1})</translation>
    </message>
    <message>
        <source>The course spreads its calls so that nobody is called twice in a quarter, until the last step closes the loop.</source>
        <translation>De cursus verdeelt de gesprekken zo dat niemand in één kwartaal twee keer gebeld wordt, tot de laatste stap de cirkel rond maakt.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Plan them too</source>
        <translation>Toch inplannen</translation>
    </message>
    <message>
        <source>Neither this week&apos;s step nor the step you have open has calls to log. Open a step with calls and try again.</source>
        <translation>Bij de stap van deze week en bij de stap die open staat horen geen gesprekken. Open een stap met gesprekken en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CallsForm</name>
    <message>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Gesprek toevoegen</translation>
    </message>
    <message>
        <source>Add a call (Ctrl+N)</source>
        <translation>Gesprek toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Moved the call with {0} to the trash.</source>
        <translation>Het gesprek met {0} staat nu in de prullenbak.</translation>
    </message>
    <message>
        <source>Moved a call without a customer to the trash.</source>
        <translation>Een gesprek zonder klant staat nu in de prullenbak.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Remove the password</source>
        <translation>Wachtwoord verwijderen</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Save a recovery key to a file afterwards</source>
        <translation>Daarna een herstelsleutel in een bestand bewaren</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten password cannot be recovered.&lt;/b&gt; Without it, or a recovery key file, your work is gone for good: nobody can open it, not even the makers of Coursebook.</source>
        <translation>&lt;b&gt;Een vergeten wachtwoord is niet terug te halen.&lt;/b&gt; Zonder wachtwoord of herstelsleutel ben je je werk voorgoed kwijt: niemand kan het nog openen, ook de makers van Coursebook niet.</translation>
    </message>
    <message>
        <source>Your workbook and its backups are written anew without encryption. Anyone who can read this computer&apos;s disk can then read them.</source>
        <translation>Je werkboek en de reservekopieën worden opnieuw geschreven, zonder versleuteling. Wie de schijf van deze computer kan lezen, kan ze dan ook lezen.</translation>
    </message>
    <message>
        <source>Your workbook and its backups are encrypted with the password (SQLCipher). Coursebook asks for it each time it starts. It protects your customers&apos; details when the laptop or a backup gets into other hands.</source>
        <translation>Je werkboek en de reservekopieën worden versleuteld met het wachtwoord (SQLCipher). Coursebook vraagt erom bij elke start. Zo blijven de gegevens van je klanten beschermd als de laptop of een reservekopie in andere handen komt.</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>Typ het huidige wachtwoord.</translation>
    </message>
    <message>
        <source>Type a new password.</source>
        <translation>Typ een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Intussen door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>{0}. Which text of {1} do you keep? The other stays among its versions.</source>
        <translation>{0}. Welke tekst van {1} houd je? De andere blijft bewaard bij de versies.</translation>
    </message>
    <message>
        <source>Keep the text of {0}</source>
        <translation>De tekst van {0} houden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Die van mij houden</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Allebei houden, na elkaar</translation>
    </message>
    <message>
        <source>Saved by {0}</source>
        <translation>Opgeslagen door {0}</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>Die van jou, niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>e.g. bakery; since 2019</source>
        <translation>bijv. bakkerij; sinds 2019</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Add score</source>
        <translation>Score toevoegen</translation>
    </message>
    <message>
        <source>we spoke: counts as contact</source>
        <translation>we spraken elkaar: telt als contact</translation>
    </message>
    <message>
        <source>Untick for a score that came without a conversation (a form, a survey)</source>
        <translation>Vink uit voor een score zonder gesprek (een formulier, een enquête)</translation>
    </message>
    <message>
        <source>Double-click a call to open it in its step</source>
        <translation>Dubbelklik op een gesprek om het in zijn stap te openen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Zelf ingesteld</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>New score</source>
        <translation>Nieuwe score</translation>
    </message>
    <message>
        <source>Calls, newest first</source>
        <translation>Gesprekken, nieuwste eerst</translation>
    </message>
    <message>
        <source>{0}, this week</source>
        <translation>{0}, deze week</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n week(s) ago</source>
        <translation>
            <numerusform>{0}, %n week geleden</numerusform>
            <numerusform>{0}, %n weken geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Scores door de tijd</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Geen klant gekozen</translation>
    </message>
    <message>
        <source>{0}, from the latest score: {1} on {2}</source>
        <translation>{0}, volgens de laatste score: {1} op {2}</translation>
    </message>
    <message>
        <source>{0}, set by hand (no score yet)</source>
        <translation>{0}, zelf ingesteld (nog geen score)</translation>
    </message>
    <message>
        <source>unknown: no score yet, and none set by hand</source>
        <translation>onbekend: nog geen score, en niet zelf ingesteld</translation>
    </message>
    <message>
        <source>The segment follows the latest score.</source>
        <translation>Het segment volgt de laatste score.</translation>
    </message>
    <message>
        <source>no call yet; the score of {0} came from a list or a form</source>
        <translation>nog geen gesprek; de score van {0} kwam uit een lijst of formulier</translation>
    </message>
    <message>
        <source>no call yet</source>
        <translation>nog geen gesprek</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>stap {0}</translation>
    </message>
    <message>
        <source> · score {0}</source>
        <translation> · score {0}</translation>
    </message>
    <message>
        <source> · by {0}</source>
        <translation> · door {0}</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>de labels</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>de notities</translation>
    </message>
    <message>
        <source>the notes on {0}</source>
        <translation>de notities over {0}</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>The score of {0} came without a conversation (a list or a form)</source>
        <translation>De score van {0} kwam zonder gesprek (uit een lijst of formulier)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <source> · set by hand</source>
        <translation> · zelf ingesteld</translation>
    </message>
    <message>
        <source>no call yet</source>
        <translation>nog geen gesprek</translation>
    </message>
    <message>
        <source>{0} (this week)</source>
        <translation>{0} (deze week)</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n wk ago)</source>
        <translation>
            <numerusform>{0} (%n wk geleden)</numerusform>
            <numerusform>{0} (%n wk geleden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Filter by name, organisation, e-mail, tag…</source>
        <translation>Filter op naam, organisatie, e-mail, label…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle segmenten</translation>
    </message>
    <message>
        <source>Needs attention: satisfied, no contact for</source>
        <translation>Aandacht nodig: tevreden, geen contact sinds</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Toon gearchiveerde</translation>
    </message>
    <message>
        <source>Suggest whom to call</source>
        <translation>Voorstel: wie bel je?</translation>
    </message>
    <message>
        <source>Select the customers this week&apos;s calls are for, leaving out those called in earlier steps of the course</source>
        <translation>Kiest de klanten voor de gesprekken van deze week, zonder wie je in eerdere stappen van de cursus al hebt gebeld</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Klik met de rechtermuisknop om de kolommen te kiezen</translation>
    </message>
    <message>
        <source>No customers yet. &lt;a href=&apos;import&apos;&gt;Import a file&lt;/a&gt; (CSV or Excel) or &lt;a href=&apos;new&apos;&gt;add a customer&lt;/a&gt;; or name one in a call of this week&apos;s step, and they are added here.</source>
        <translation>Nog geen klanten. &lt;a href=&apos;import&apos;&gt;Importeer een bestand&lt;/a&gt; (CSV of Excel) of &lt;a href=&apos;new&apos;&gt;voeg een klant toe&lt;/a&gt;; of noem een klant in een gesprek van de stap van deze week, dan komt hij hier te staan.</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nieuwe klant…</translation>
    </message>
    <message>
        <source>Merge two…</source>
        <translation>Twee samenvoegen…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Plan calls in this week&apos;s step</source>
        <translation>Plan gesprekken in de stap van deze week</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>Naar de prullenbak…</translation>
    </message>
    <message>
        <source>Remove with their calls and scores; Work → Trash puts them back</source>
        <translation>Weghalen met gesprekken en scores; Werk → Prullenbak zet ze terug</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergeten…</translation>
    </message>
    <message>
        <source>Erase this customer for good, on their request (GDPR)</source>
        <translation>Deze klant voorgoed wissen, op eigen verzoek (AVG)</translation>
    </message>
    <message>
        <source>Their data…</source>
        <translation>Hun gegevens…</translation>
    </message>
    <message>
        <source>Everything kept about this customer, for a request for access (GDPR)</source>
        <translation>Alles wat over deze klant is bewaard, voor een verzoek om inzage (AVG)</translation>
    </message>
    <message>
        <source>The customers could not be read: {0}</source>
        <translation>De klanten konden niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Niet gelukt: {0}</translation>
    </message>
    <message>
        <source>Possibly the same customer entered more than once: {0}. &lt;a href=&apos;#duplicates&apos;&gt;Show them&lt;/a&gt;, then use “Merge two…”.</source>
        <translation>Misschien dezelfde klant, meer dan eens ingevoerd: {0}. &lt;a href=&apos;#duplicates&apos;&gt;Laat ze zien&lt;/a&gt; en gebruik dan “Twee samenvoegen…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n satisfied customer(s) not contacted for a while</source>
        <translation>
            <numerusform>%n tevreden klant die je al een tijd niet sprak</numerusform>
            <numerusform>%n tevreden klanten die je al een tijd niet sprak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n left out: called in this run of the course)</source>
        <translation>
            <numerusform>(%n weggelaten: al gebeld in deze ronde van de cursus)</numerusform>
            <numerusform>(%n weggelaten: al gebeld in deze ronde van de cursus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} customers</source>
        <translation>{0} van {1} klanten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Twee klanten samenvoegen</translation>
    </message>
    <message>
        <source>These are one customer. Keep which entry? The other one&apos;s calls and scores move to it, and it is archived.</source>
        <translation>Dit is één klant. Welke wil je houden? De gesprekken en scores van de andere gaan naar deze, en de andere wordt gearchiveerd.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message numerus="yes">
        <source>Move {0} to the trash, with their scores and %n call(s)?</source>
        <translation>
            <numerusform>{0} met de scores en %n gesprek naar de prullenbak verplaatsen?</numerusform>
            <numerusform>{0} met de scores en %n gesprekken naar de prullenbak verplaatsen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n customers to the trash, with their scores and calls?</source>
        <translation>
            <numerusform>%n klant met scores en gesprekken naar de prullenbak verplaatsen?</numerusform>
            <numerusform>%n klanten met hun scores en gesprekken naar de prullenbak verplaatsen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Work → Trash puts them back, as they were, for 30 days. To erase a customer at once, on their request, use Forget… instead.</source>
        <translation>Via Werk → Prullenbak zet je ze 30 dagen lang terug zoals ze waren. Wil je een klant op diens verzoek meteen wissen, gebruik dan Vergeten….</translation>
    </message>
    <message numerus="yes">
        <source>Moved {0} and %n call(s) to the trash (Work → Trash).</source>
        <translation>
            <numerusform>{0} en %n gesprek staan nu in de prullenbak (Werk → Prullenbak).</numerusform>
            <numerusform>{0} en %n gesprekken staan nu in de prullenbak (Werk → Prullenbak).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customers to the trash (Work → Trash).</source>
        <translation>
            <numerusform>%n klant staat nu in de prullenbak (Werk → Prullenbak).</numerusform>
            <numerusform>%n klanten staan nu in de prullenbak (Werk → Prullenbak).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Klanten exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {0}

{1}</source>
        <translation>Het bestand kon niet worden geschreven: {0}

{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to {0}.</source>
        <translation>
            <numerusform>%n klant weggeschreven naar {0}.</numerusform>
            <numerusform>%n klanten weggeschreven naar {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>the Word template {0} cannot be used (Settings → Word template): it is not a Word document or template that can be read.</source>
        <translation>het Word-sjabloon {0} is niet te gebruiken (Instellingen → Word-sjabloon): het is geen leesbaar Word-document of -sjabloon.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>This step ({0})</source>
        <translation>Deze stap ({0})</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>De hele cursus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Include the lesson texts</source>
        <translation>Met de teksten van de lessen</translation>
    </message>
    <message>
        <source>Include the customer list</source>
        <translation>Met de klantenlijst</translation>
    </message>
    <message>
        <source>Include the NPS summary</source>
        <translation>Met het NPS-overzicht</translation>
    </message>
    <message>
        <source>Your name on the title page (optional)</source>
        <translation>Je naam op de titelpagina (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Toon in map</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <source>{0} could not be opened here.</source>
        <translation>{0} kon hier niet worden geopend.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>Reading your work…</source>
        <translation>Je werk wordt gelezen…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Niet geëxporteerd: {0}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Opnieuw exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}

Save as {2} instead?</source>
        <translation>{0} kan niet worden geschreven: {1}

In plaats daarvan opslaan als {2}?</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Niet geëxporteerd: {0} ({1})</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Coursebook user guide</source>
        <translation>Handleiding Coursebook</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({0}).</source>
        <translation>De handleiding ontbreekt in deze installatie ({0}).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} rows. Check which column holds what; the preview shows the customers as they will be imported.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} rijen. Controleer welke kolom wat bevat; het voorbeeld toont de klanten zoals ze worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Name, middle part</source>
        <translation>Naam, tussenvoegsel</translation>
    </message>
    <message>
        <source>Name, last part</source>
        <translation>Naam, achternaam</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— niet in dit bestand —</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>kolom {0}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Rows that cannot be used:</source>
        <translation>Rijen die niet te gebruiken zijn:</translation>
    </message>
    <message>
        <source>Choose the column with the customers&apos; names.</source>
        <translation>Kies de kolom met de namen van de klanten.</translation>
    </message>
    <message>
        <source>{0} customers to import, {1} rows cannot be used.</source>
        <translation>{0} klanten om te importeren, {1} rijen niet te gebruiken.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Import cancelled; the register is as it was.</source>
        <translation>Importeren afgebroken; het klantenbestand is onveranderd.</translation>
    </message>
    <message>
        <source>The customers could not be imported; the register is as it was. The database may be in use or the disk full: try again in a moment.</source>
        <translation>De klanten konden niet worden geïmporteerd; het klantenbestand is onveranderd. Misschien is de database in gebruik of de schijf vol: probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Klantenlijsten (*.csv *.txt *.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Added {0}, updated {1}, already up to date {2}.</source>
        <translation>{0} toegevoegd, {1} bijgewerkt, {2} waren al bijgewerkt.</translation>
    </message>
    <message>
        <source>{0} rows were skipped:</source>
        <translation>{0} rijen zijn overgeslagen:</translation>
    </message>
</context>
<context>
    <name>ItemListForm</name>
    <message numerus="yes">
        <source>Show %n earlier</source>
        <translation>
            <numerusform>Toon %n eerdere</numerusform>
            <numerusform>Toon %n eerdere</numerusform>
        </translation>
    </message>
    <message>
        <source>({0} not shown)</source>
        <translation>({0} niet getoond)</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>This is this week&apos;s step.</source>
        <translation>Dit is de stap van deze week.</translation>
    </message>
    <message>
        <source>This step is behind you.</source>
        <translation>Deze stap ligt achter je.</translation>
    </message>
    <message>
        <source>This step opens later.</source>
        <translation>Deze stap gaat later open.</translation>
    </message>
    <message>
        <source>Step {0} · {1} – {2}</source>
        <translation>Stap {0} · {1} – {2}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>klaar op {0}</translation>
    </message>
    <message numerus="yes">
        <source>Calls: %n conversation(s)</source>
        <translation>
            <numerusform>Gesprekken: %n gesprek</numerusform>
            <numerusform>Gesprekken: %n gesprekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions: %n action(s)</source>
        <translation>
            <numerusform>Acties: %n actie</numerusform>
            <numerusform>Acties: %n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>Shared workbook: {0}</source>
        <translation>Gedeeld werkboek: {0}</translation>
    </message>
    <message>
        <source>Everyone who connects to this database sees and changes the same work.</source>
        <translation>Iedereen die met deze database verbindt, ziet en wijzigt hetzelfde werk.</translation>
    </message>
    <message>
        <source>Run of the course</source>
        <translation>Ronde van de cursus</translation>
    </message>
    <message>
        <source>Which time through a course to show</source>
        <translation>Welke ronde van een cursus je ziet</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>This is an example workbook, to look around in: a course halfway through, with customers, calls, actions and reflections. Nothing you do here touches your own work. &lt;a href=&apos;#own&apos;&gt;Start your own course&lt;/a&gt;</source>
        <translation>Dit is een voorbeeldwerkboek om in rond te kijken: een cursus halverwege, met klanten, gesprekken, acties en reflecties. Wat je hier doet, raakt je eigen werk niet. &lt;a href=&apos;#own&apos;&gt;Begin je eigen cursus&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Agenda exporteren…</translation>
    </message>
    <message>
        <source>Each step&apos;s start and each action&apos;s due date, for your own calendar</source>
        <translation>De start van elke stap en de datum van elke actie, voor je eigen agenda</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>A shared workbook is backed up on its server (pg_dump)</source>
        <translation>Van een gedeeld werkboek maakt de server de reservekopieën (pg_dump)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Cursus</translation>
    </message>
    <message>
        <source>Change course or start date…</source>
        <translation>Andere cursus of startdatum…</translation>
    </message>
    <message>
        <source>&amp;Start the course again…</source>
        <translation>Cursus &amp;opnieuw beginnen…</translation>
    </message>
    <message>
        <source>A new run from a Monday you choose; your work so far stays as it is</source>
        <translation>Een nieuwe ronde vanaf een maandag die je kiest; je werk tot nu toe blijft zoals het is</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Rondes</translation>
    </message>
    <message>
        <source>Course &amp;language</source>
        <translation>Taal van de &amp;cursus</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Vo&amp;rige stap</translation>
    </message>
    <message>
        <source>&amp;This week&apos;s step</source>
        <translation>&amp;Stap van deze week</translation>
    </message>
    <message>
        <source>The &amp;course</source>
        <translation>De &amp;cursus</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <source>&amp;NPS dashboard</source>
        <translation>&amp;NPS-overzicht</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Werk</translation>
    </message>
    <message>
        <source>&amp;Search your work…</source>
        <translation>&amp;Zoeken in je werk…</translation>
    </message>
    <message>
        <source>Write the &amp;reflection</source>
        <translation>Schrijf de &amp;reflectie</translation>
    </message>
    <message>
        <source>&amp;Add a call</source>
        <translation>&amp;Gesprek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open actions…</source>
        <translation>&amp;Open acties…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Coursebook</source>
        <translation>&amp;Over Coursebook</translation>
    </message>
    <message>
        <source>The course “{0}” could not be found in this installation. Choose another one in Course → Change course or start date.</source>
        <translation>De cursus “{0}” is niet gevonden in deze installatie. Kies een andere via Cursus → Andere cursus of startdatum.</translation>
    </message>
    <message>
        <source>{0} (example)</source>
        <translation>{0} (voorbeeld)</translation>
    </message>
    <message>
        <source>Part of this course could not be loaded; the rest works as usual.</source>
        <translation>Een deel van deze cursus kon niet worden geladen; de rest werkt gewoon.</translation>
    </message>
    <message>
        <source>You have been through the whole course. Following it again makes the habit stick: &lt;a href=&apos;#again&apos;&gt;start it again&lt;/a&gt; from a Monday you choose; what you wrote this time stays as it is.</source>
        <translation>Je hebt de hele cursus doorlopen. Door hem nog eens te volgen beklijft de gewoonte: &lt;a href=&apos;#again&apos;&gt;begin opnieuw&lt;/a&gt; vanaf een maandag die je kiest; wat je deze keer schreef, blijft zoals het is.</translation>
    </message>
    <message>
        <source>Started on {0}</source>
        <translation>Begonnen op {0}</translation>
    </message>
    <message>
        <source>Starts on {0}</source>
        <translation>Begint op {0}</translation>
    </message>
    <message>
        <source>Start the course again</source>
        <translation>De cursus opnieuw beginnen</translation>
    </message>
    <message>
        <source>This link cannot be opened: {0}</source>
        <translation>Deze link kan niet worden geopend: {0}</translation>
    </message>
    <message>
        <source>About Coursebook</source>
        <translation>Over Coursebook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coursebook {0}&lt;/h3&gt;&lt;p&gt;Follow a weekly course and keep your course work safe, on your own computer.&lt;/p&gt;&lt;p&gt;Your data: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coursebook {0}&lt;/h3&gt;&lt;p&gt;Volg een cursus week voor week en bewaar je cursuswerk veilig, op je eigen computer.&lt;/p&gt;&lt;p&gt;Je gegevens: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Coursebook is free software under the GNU General Public License, version 3 or later. It is built with the parts listed under the details, each under its own licence.</source>
        <translation>Coursebook is vrije software onder de GNU General Public License, versie 3 of later. Het is gebouwd met de onderdelen die onder de details staan, elk onder een eigen licentie.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be copied to {0}: {1}</source>
        <translation>De reservekopie van vandaag kon niet naar {0} worden gekopieerd: {1}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>De reservekopie van vandaag kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>The second backup folder {0} is not there (not plugged in?). Today&apos;s backup is in the data folder and is copied there next time.</source>
        <translation>De tweede map voor reservekopieën, {0}, is er niet (niet aangesloten?). De reservekopie van vandaag staat in de gegevensmap en wordt er de volgende keer naartoe gekopieerd.</translation>
    </message>
    <message>
        <source>Today&apos;s backup is also in {0}</source>
        <translation>De reservekopie van vandaag staat ook in {0}</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Tekst niet opgeslagen</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved in your workbook.</source>
        <translation>Een deel van wat je typte kon niet in je werkboek worden opgeslagen.</translation>
    </message>
    <message>
        <source>A copy is kept in: {0}</source>
        <translation>Een kopie staat in: {0}</translation>
    </message>
    <message>
        <source>No copy could be written anywhere: the text is only on screen.</source>
        <translation>Er kon nergens een kopie worden geschreven: de tekst staat alleen op het scherm.</translation>
    </message>
    <message>
        <source>Save the text to a file…</source>
        <translation>Tekst in een bestand opslaan…</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Toch afsluiten</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Niet afsluiten</translation>
    </message>
    <message>
        <source>Save the text that was not saved</source>
        <translation>De niet-opgeslagen tekst bewaren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>{0} could not be written ({1}); choose another place.</source>
        <translation>{0} kon niet worden geschreven ({1}); kies een andere plek.</translation>
    </message>
    <message>
        <source>step {0}, {1}</source>
        <translation>stap {0}, {1}</translation>
    </message>
    <message>
        <source>This workbook is on a disk or in a folder that cannot be written ({0}). You can read, search and export it; changes are not saved. To work in it, copy the data folder somewhere writable.</source>
        <translation>Dit werkboek staat op een schijf of in een map waarin niet geschreven kan worden ({0}). Je kunt het lezen, doorzoeken en exporteren; wijzigingen worden niet opgeslagen. Kopieer de gegevensmap naar een plek waar dat wel kan om erin te werken.</translation>
    </message>
    <message>
        <source>Last time, some text could not be saved. It is kept in {0} ({1} files): copy it back where it belongs, then delete the files.</source>
        <translation>De vorige keer kon wat tekst niet worden opgeslagen. Die staat in {0} ({1} bestanden): kopieer hem terug waar hij hoort en verwijder daarna de bestanden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet bewaard</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Bewaard</translation>
    </message>
    <message>
        <source>Could not save your last change: {0}. It is kept on screen and Coursebook will try again; do not close the window until this message is gone.</source>
        <translation>Je laatste wijziging kon niet worden opgeslagen: {0}. Hij blijft op het scherm staan en Coursebook probeert het opnieuw; sluit het venster niet zolang deze melding er staat.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <source>This step has no calls to log.</source>
        <translation>Bij deze stap horen geen gesprekken.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) planned in step {0}.</source>
        <translation>
            <numerusform>%n gesprek gepland in stap {0}.</numerusform>
            <numerusform>%n gesprekken gepland in stap {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Gegevens van deze klant exporteren</translation>
    </message>
    <message>
        <source>JSON, for a program (*.json);;Readable text (*.md)</source>
        <translation>JSON, voor een programma (*.json);;Leesbare tekst (*.md)</translation>
    </message>
    <message>
        <source>{0} is forgotten.</source>
        <translation>{0} is vergeten.</translation>
    </message>
    <message>
        <source>Erased from {0} backups.</source>
        <translation>Gewist uit {0} reservekopieën.</translation>
    </message>
    <message>
        <source>{0} backups could not be changed: {1}</source>
        <translation>{0} reservekopieën konden niet worden aangepast: {1}</translation>
    </message>
    <message>
        <source>Forget {0}</source>
        <translation>{0} vergeten</translation>
    </message>
    <message>
        <source>Erase {0} for good? Their details, the answers and notes of their calls with every earlier version, their scores, what of them is in the trash and their search entries are removed, and the file is compacted so that nothing of them is left in it. This cannot be undone.</source>
        <translation>{0} definitief wissen? Hun gegevens, de antwoorden en notities van hun gesprekken met alle eerdere versies, hun scores, wat van hen in de prullenbak ligt en hun zoekgegevens worden verwijderd, en het bestand wordt gecomprimeerd zodat er niets van hen in achterblijft. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Older backups still hold {0} (the daily ones until they rotate out, within about eight weeks), unless you erase them there too. Copies you saved elsewhere yourself, and exported documents, are not reached.</source>
        <translation>Oudere reservekopieën bevatten {0} nog (de dagelijkse tot ze worden opgeruimd, binnen ongeveer acht weken), tenzij je hen daar ook wist. Kopieën die je zelf ergens anders hebt bewaard en geëxporteerde documenten worden niet bereikt.</translation>
    </message>
    <message>
        <source>Also erase them from every backup</source>
        <translation>Ook uit elke reservekopie wissen</translation>
    </message>
    <message>
        <source>Also erase them from every backup, and from those in {0}</source>
        <translation>Ook uit elke reservekopie wissen, en uit die in {0}</translation>
    </message>
    <message>
        <source>Keep their calls without their name (counts stay right)</source>
        <translation>De gesprekken bewaren zonder naam (de aantallen blijven kloppen)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved as {0}: open it with your calendar program.</source>
        <translation>Agenda opgeslagen als {0}: open het bestand met je agendaprogramma.</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Not restored: {0}</source>
        <translation>Niet teruggezet: {0}</translation>
    </message>
    <message>
        <source>Restored the backup {0}</source>
        <translation>Reservekopie {0} teruggezet</translation>
    </message>
    <message>
        <source>Everything kept about {0} is in {1} and {2}</source>
        <translation>Alles wat over {0} is bewaard, staat in {1} en {2}</translation>
    </message>
    <message>
        <source>The backup {0} is protected with a password other than your workbook&apos;s (or your workbook has none). Its password:</source>
        <translation>De reservekopie {0} is beveiligd met een ander wachtwoord dan je werkboek (of je werkboek heeft er geen). Het wachtwoord van de reservekopie:</translation>
    </message>
    <message>
        <source>That password does not open it either.</source>
        <translation>Ook met dit wachtwoord gaat hij niet open.</translation>
    </message>
    <message>
        <source>Coursebook needs a course and the Monday you start it, to know which week&apos;s step to show. Both can be changed later (Course → Change course or start date).</source>
        <translation>Coursebook heeft een cursus nodig en de maandag waarop je begint, om te weten welke stap deze week hoort. Allebei kun je later nog veranderen (Cursus → Andere cursus of startdatum).</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Kies een cursus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>NpsDashboard</name>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per course step</source>
        <translation>per cursusstap</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passieven</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Geantwoord</translation>
    </message>
    <message>
        <source>Net Promoter Score: your customers&apos; latest scores</source>
        <translation>Net Promoter Score: de laatste scores van je klanten</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>het hele team</translation>
    </message>
    <message>
        <source>Scores of:</source>
        <translation>Scores van:</translation>
    </message>
    <message>
        <source>Trend and table:</source>
        <translation>Verloop en tabel:</translation>
    </message>
    <message>
        <source>my calls ({0})</source>
        <translation>mijn gesprekken ({0})</translation>
    </message>
    <message numerus="yes">
        <source>between {0} and {1} (95% sure), %n answer(s)</source>
        <translation>
            <numerusform>tussen {0} en {1} (95% zeker), %n antwoord</numerusform>
            <numerusform>tussen {0} en {1} (95% zeker), %n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} promoters (9–10) · {1} passives (7–8) · {2} detractors (0–6) · {3} customers answered</source>
        <translation>{0} promoters (9–10) · {1} passieven (7–8) · {2} criticasters (0–6) · {3} klanten gaven antwoord</translation>
    </message>
    <message>
        <source>No scores yet. Ask customers “How likely is it that you would recommend us to a friend or colleague?” in your calls (step 6), or import a list with scores.</source>
        <translation>Nog geen scores. Vraag klanten in je gesprekken “Hoe waarschijnlijk is het dat u ons aanbeveelt bij een vriend of collega?” (stap 6), of importeer een lijst met scores.</translation>
    </message>
    <message>
        <source>Fewer than 30 customers answered ({0}), so read this score as a first impression: one more answer can move it by up to {1:.0f} points.</source>
        <translation>Minder dan 30 klanten gaven antwoord ({0}); lees deze score dus als een eerste indruk: één antwoord meer kan hem tot {1:.0f} punten verschuiven.</translation>
    </message>
    <message>
        <source>From {0} to {1} the score moved {2} points: larger than chance, a real change.</source>
        <translation>Van {0} naar {1} ging de score {2} punten: meer dan toeval, een echte verandering.</translation>
    </message>
    <message>
        <source>From {0} to {1} the score moved {2} points, but with so few answers that is within chance: no real change yet.</source>
        <translation>Van {0} naar {1} ging de score {2} punten, maar met zo weinig antwoorden valt dat binnen het toeval: nog geen echte verandering.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>NPS over time · bars: 95% interval · open dot: fewer than {0} answers</source>
        <translation>NPS door de tijd · balkjes: 95%-interval · open punt: minder dan {0} antwoorden</translation>
    </message>
    <message>
        <source>Scores 0–10 (7–8 marked: the zone of indifference)</source>
        <translation>Scores 0–10 (7–8 gemarkeerd: de zone van onverschilligheid)</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>Klanten per segment</translation>
    </message>
</context>
<context>
    <name>OpenActionsDialog</name>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>No open actions. Well done!</source>
        <translation>Geen open acties. Goed bezig!</translation>
    </message>
    <message>
        <source>Tick an action when it is done; double-click to open its step.</source>
        <translation>Vink een actie aan als die klaar is; dubbelklik om de stap te openen.</translation>
    </message>
    <message>
        <source>Only the actions I wrote</source>
        <translation>Alleen de acties die ik schreef</translation>
    </message>
    <message>
        <source>In a shared workbook: yours, or the whole team&apos;s</source>
        <translation>In een gedeeld werkboek: die van jou, of die van het hele team</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <source>{0} · overdue</source>
        <translation>{0} · te laat</translation>
    </message>
</context>
<context>
    <name>PasswordManager</name>
    <message>
        <source>That is not the current password.</source>
        <translation>Dat is niet het huidige wachtwoord.</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>Niet gewijzigd: {0}</translation>
    </message>
    <message>
        <source>These backups keep their earlier protection: {0}</source>
        <translation>Deze reservekopieën houden hun eerdere beveiliging: {0}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Herstelsleutel bewaren</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Write in your own words. Markdown works: # heading, **bold**, *italic*, - lists.</source>
        <translation>Schrijf in je eigen woorden. Markdown werkt: # kop, **vet**, *cursief*, - lijsten.</translation>
    </message>
    <message>
        <source>your reflection</source>
        <translation>je reflectie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview of the reflection</source>
        <translation>Voorbeeld van de reflectie</translation>
    </message>
    <message>
        <source>Your text will appear here.</source>
        <translation>Hier verschijnt je tekst.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A new step opened</source>
        <translation>Er is een nieuwe stap begonnen</translation>
    </message>
    <message>
        <source>This week: {0}</source>
        <translation>Deze week: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due today</source>
        <translation>
            <numerusform>%n actie moet vandaag klaar zijn</numerusform>
            <numerusform>%n acties moeten vandaag klaar zijn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Scores over time</source>
        <translation>Scores door de tijd</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Nog geen scores</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search your work</source>
        <translation>Zoeken in je werk</translation>
    </message>
    <message>
        <source>Search answers, notes, customers, actions, reflections, lessons…</source>
        <translation>Zoek in antwoorden, notities, klanten, acties, reflecties, lessen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Stay open beside my work after going to a result</source>
        <translation>Open blijven naast mijn werk als ik naar een resultaat ga</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Niets gevonden voor “{0}”.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Lesson · {0}</source>
        <translation>Les · {0}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Call · customer</source>
        <translation>Gesprek · klant</translation>
    </message>
    <message>
        <source>Call · notes</source>
        <translation>Gesprek · notities</translation>
    </message>
    <message>
        <source>Call · answer to question {0}</source>
        <translation>Gesprek · antwoord op vraag {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Zoals het systeem ({0})</translation>
    </message>
    <message>
        <source>The same as the interface</source>
        <translation>Dezelfde als het programma</translation>
    </message>
    <message>
        <source>For example Anna de Vries</source>
        <translation>Bijvoorbeeld Anna de Vries</translation>
    </message>
    <message>
        <source>For example De Bakkerij</source>
        <translation>Bijvoorbeeld De Bakkerij</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>None (for example a USB stick)</source>
        <translation>Geen (bijvoorbeeld een USB-stick)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Tweede map voor reservekopieën</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Coursebook&apos;s own</source>
        <translation>Dat van Coursebook</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Remind me of the week&apos;s step and of actions due</source>
        <translation>Herinner me aan de stap van de week en aan acties die klaar moeten zijn</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>Course language</source>
        <translation>Taal van de cursus</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Your name and company go on exported documents.</source>
        <translation>Je naam en bedrijf komen op geëxporteerde documenten.</translation>
    </message>
    <message>
        <source>Your own .docx or .dotx: Word exports take its fonts, colours, header, footer and logo.</source>
        <translation>Je eigen .docx of .dotx: exports naar Word nemen de lettertypen, kleuren, kop- en voettekst en het logo ervan over.</translation>
    </message>
    <message>
        <source>Needs attention after</source>
        <translation>Aandacht nodig na</translation>
    </message>
    <message>
        <source>Customers without contact for this long.</source>
        <translation>Klanten met wie je zo lang geen contact had.</translation>
    </message>
    <message>
        <source>Also copy to</source>
        <translation>Ook kopiëren naar</translation>
    </message>
    <message>
        <source>Every day&apos;s backup is copied there whenever the folder is present; when it is not, Coursebook says so quietly and copies it next time.</source>
        <translation>De reservekopie van elke dag wordt daarheen gekopieerd zodra de map er is; is hij er niet, dan meldt Coursebook dat rustig en kopieert de volgende keer.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Connect and look, changing nothing</source>
        <translation>Verbinden en kijken, zonder iets te wijzigen</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>Empty: your work stays in the file on this computer. A URL: the whole team works in one database on a server (docs/team.md). The password is kept in the system&apos;s keyring, never here.</source>
        <translation>Leeg: je werk blijft in het bestand op deze computer. Een URL: het hele team werkt in één database op een server (docs/team.nl.md). Het wachtwoord staat in de sleutelhanger van het systeem, nooit hier.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Niet beveiligd</translation>
    </message>
    <message>
        <source>Your workbook and its backups are encrypted with the password.</source>
        <translation>Je werkboek en de reservekopieën zijn versleuteld met het wachtwoord.</translation>
    </message>
    <message>
        <source>Anyone who can read this computer&apos;s disk can read your workbook.</source>
        <translation>Wie de schijf van deze computer kan lezen, kan je werkboek lezen.</translation>
    </message>
    <message>
        <source>Monday, at</source>
        <translation>Maandag, om</translation>
    </message>
    <message>
        <source>Keep a daily backup for the last</source>
        <translation>Bewaar een dagelijkse kopie van de laatste</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>When actions are due, at</source>
        <translation>Als acties klaar moeten zijn, om</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Protect with a password…</source>
        <translation>Beveiligen met een wachtwoord…</translation>
    </message>
    <message>
        <source>Word (*.docx *.dotx)</source>
        <translation>Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL URL (postgresql://user@server/database).</source>
        <translation>Dit is geen PostgreSQL-URL (postgresql://gebruiker@server/database).</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the password in: leave it out of the URL, and put it in ~/.pgpass, or type it when asked.</source>
        <translation>Deze computer heeft geen sleutelhanger om het wachtwoord in te bewaren: laat het uit de URL weg en zet het in ~/.pgpass, of typ het als erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>Type the URL of the database first.</source>
        <translation>Typ eerst de URL van de database.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The server asks for a password: Coursebook asks for it when it opens the workbook (or put it in ~/.pgpass).</source>
        <translation>De server vraagt om een wachtwoord: Coursebook vraagt erom bij het openen van het werkboek (of zet het in ~/.pgpass).</translation>
    </message>
    <message>
        <source>Not connected: {0}</source>
        <translation>Geen verbinding: {0}</translation>
    </message>
    <message>
        <source>Connected: an empty database. Coursebook sets it up when it opens it.</source>
        <translation>Verbonden: een lege database. Coursebook richt hem in zodra het hem opent.</translation>
    </message>
    <message>
        <source>Connected: a Coursebook workbook.</source>
        <translation>Verbonden: een werkboek van Coursebook.</translation>
    </message>
    <message>
        <source>The new language or appearance is used when the window is opened again. Do that now? Everything you typed is saved first.</source>
        <translation>De nieuwe taal of weergave wordt gebruikt als het venster opnieuw opent. Nu doen? Alles wat je typte wordt eerst bewaard.</translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation>Nu opnieuw openen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>In a text field</source>
        <translation>In een tekstveld</translation>
    </message>
    <message>
        <source>Versions of the text</source>
        <translation>Versies van de tekst</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/{1} calls</source>
        <translation>{0}/{1} gesprekken</translation>
    </message>
    <message>
        <source>{0}/{1} actions</source>
        <translation>{0}/{1} acties</translation>
    </message>
    <message>
        <source>reflection written</source>
        <translation>reflectie geschreven</translation>
    </message>
    <message>
        <source>reflection to write</source>
        <translation>reflectie nog te schrijven</translation>
    </message>
    <message>
        <source>{0}/{1} ticked</source>
        <translation>{0}/{1} afgevinkt</translation>
    </message>
    <message>
        <source>{0}/{1} done</source>
        <translation>{0}/{1} gedaan</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>past</source>
        <translation>voorbij</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>komt nog</translation>
    </message>
    <message>
        <source>Step {0}: {1}
Opens {2} ({3})</source>
        <translation>Stap {0}: {1}
Begint {2} ({3})</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>opens {0}, {1}</source>
        <translation>begint {0}, {1}</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <source>Steps of the course</source>
        <translation>Stappen van de cursus</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Due {0}</source>
        <translation>Klaar op {0}</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>Niet gewijzigd: {0}</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <source>Versions…</source>
        <translation>Versies…</translation>
    </message>
    <message>
        <source>That paste is {0:,} characters long; a field can hold at most {1:,}, so nothing was pasted.</source>
        <translation>Die geplakte tekst is {0:,} tekens lang; een veld kan er hoogstens {1:,} bevatten, dus er is niets geplakt.</translation>
    </message>
</context>
<context>
    <name>ThisWeekNote</name>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Verbergen tot de volgende start</translation>
    </message>
    <message>
        <source>Your course starts on {1}: {0}.</source>
        <translation>Je cursus begint op {1}: {0}.</translation>
    </message>
    <message>
        <source>This week: {0}, open since {1}.</source>
        <translation>Deze week: {0}, open sinds {1}.</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>Ga erheen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still to make</source>
        <translation>
            <numerusform>nog %n gesprek te voeren</numerusform>
            <numerusform>nog %n gesprekken te voeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due today</source>
        <translation>
            <numerusform>%n actie moet vandaag klaar zijn</numerusform>
            <numerusform>%n acties moeten vandaag klaar zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more action(s) due this week</source>
        <translation>
            <numerusform>nog %n actie klaar deze week</numerusform>
            <numerusform>nog %n acties klaar deze week</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else due this week.</source>
        <translation>Verder niets dat deze week klaar moet zijn.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) past their date:</source>
        <translation>
            <numerusform>%n actie over de datum:</numerusform>
            <numerusform>%n acties over de datum:</numerusform>
        </translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>en nog {0}</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Removed calls, actions and customers stay here for {0} days, then they are deleted for good. Put one back to find it where it was, with everything that belonged to it.</source>
        <translation>Weggehaalde gesprekken, acties en klanten blijven hier {0} dagen staan; daarna worden ze definitief verwijderd. Zet je er een terug, dan vind je het weer waar het was, met alles wat erbij hoorde.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Weggehaald</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Prullenbak legen…</translation>
    </message>
    <message numerus="yes">
        <source>Customer {0}, with %n call(s)</source>
        <translation>
            <numerusform>Klant {0}, met %n gesprek</numerusform>
            <numerusform>Klant {0}, met %n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Actie: {0}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>geen klant</translation>
    </message>
    <message>
        <source>Call with {0}</source>
        <translation>Gesprek met {0}</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? They cannot be put back.</source>
        <translation>
            <numerusform>%n onderdeel definitief verwijderen? Het kan dan niet meer terug.</numerusform>
            <numerusform>%n onderdelen definitief verwijderen? Ze kunnen dan niet meer terug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the trash? %n item(s) will be deleted for good.</source>
        <translation>
            <numerusform>De prullenbak legen? %n onderdeel wordt definitief verwijderd.</numerusform>
            <numerusform>De prullenbak legen? %n onderdelen worden definitief verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of {0}</source>
        <translation>Versies van {0}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>What differs from your text now</source>
        <translation>Wat er anders is dan je tekst nu</translation>
    </message>
    <message>
        <source>Marked green: in this version, not in your text now. Struck through: in your text now, not in this version.</source>
        <translation>Groen gemarkeerd: staat in deze versie, niet in je tekst nu. Doorgestreept: staat in je tekst nu, niet in deze versie.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>No earlier versions yet. Each time you come back to this text and change it, the text as it was is kept here.</source>
        <translation>Nog geen eerdere versies. Elke keer dat je later terugkomt en deze tekst wijzigt, wordt de tekst zoals hij was hier bewaard.</translation>
    </message>
    <message>
        <source>Today {0}</source>
        <translation>Vandaag {0}</translation>
    </message>
    <message>
        <source>Yesterday {0}</source>
        <translation>Gisteren {0}</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (nu)</translation>
    </message>
    <message>
        <source>restored from {0}</source>
        <translation>teruggezet van {0}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Coursebook</source>
        <translation>Welkom bij Coursebook</translation>
    </message>
    <message>
        <source>Change course or start date</source>
        <translation>Andere cursus of startdatum</translation>
    </message>
    <message>
        <source>Course and start date</source>
        <translation>Cursus en startdatum</translation>
    </message>
    <message>
        <source>Choose the course you want to follow and the Monday you start. Every Monday a new step opens: a short lesson and an assignment for that week. Your work is kept on this computer only.</source>
        <translation>Kies de cursus die je wilt volgen en de maandag waarop je begint. Elke maandag gaat er een nieuwe stap open: een korte les en een opdracht voor die week. Je werk blijft alleen op deze computer.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>{0} steps · languages: {1}</source>
        <translation>{0} stappen · talen: {1}</translation>
    </message>
    <message>
        <source>Start Monday</source>
        <translation>Startmaandag</translation>
    </message>
    <message>
        <source>Start on:</source>
        <translation>Begin op:</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>Begin de cursus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Look at an example first</source>
        <translation>Eerst een voorbeeld bekijken</translation>
    </message>
    <message>
        <source>Opens an example workbook of this course, halfway through, with customers, calls and reflections. Your own work starts empty.</source>
        <translation>Opent een voorbeeldwerkboek van deze cursus, halverwege, met klanten, gesprekken en reflecties. Je eigen werk begint leeg.</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cursus:</translation>
    </message>
    <message>
        <source>No course was found in this installation.</source>
        <translation>Er is geen cursus gevonden in deze installatie.</translation>
    </message>
    <message>
        <source>A course starts on a Monday: {0} is a {1}, so the start is moved to {2}.</source>
        <translation>Een cursus begint op een maandag: {0} is een {1}, dus de start is verschoven naar {2}.</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <source>Your work for this step could not be read: {0}</source>
        <translation>Je werk voor deze stap kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Your work for step {0}</source>
        <translation>Jouw werk voor stap {0}</translation>
    </message>
    <message>
        <source>This step has no assignment.</source>
        <translation>Bij deze stap hoort geen opdracht.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Coursebook cannot open your data</source>
        <translation>Coursebook kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>Coursebook cannot open your data file, and has not changed it.</source>
        <translation>Coursebook kan je gegevensbestand niet openen en heeft het niet veranderd.</translation>
    </message>
    <message>
        <source>{0}

File: {1}</source>
        <translation>{0}

Bestand: {1}</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}. Restoring it moves the damaged file aside (it is kept) and puts the backup in its place.</source>
        <translation>De nieuwste goede reservekopie is van {0}. Terugzetten zet het beschadigde bestand opzij (het blijft bewaard) en zet de reservekopie op zijn plaats.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Start with an empty workbook</source>
        <translation>Beginnen met een leeg werkboek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Coursebook is already open with this data folder. Switch to that window, or close it first.</source>
        <translation>Coursebook is al geopend met deze gegevensmap. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>The data folder cannot be used: it cannot be created or written to ({0}). Check that the folder and the disk are writable.</source>
        <translation>De gegevensmap kan niet worden gebruikt: hij kan niet worden gemaakt of beschreven ({0}). Controleer of er naar de map en de schijf geschreven kan worden.</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Map: {0}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Coursebook ran into an unexpected problem: {0}

Your work up to now has been saved. The details are in the log: {1}</source>
        <translation>Coursebook liep tegen een onverwacht probleem aan: {0}

Je werk tot nu toe is opgeslagen. De details staan in het logbestand: {1}</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(geen logbestand)</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the data file is in use by another program; close that program (or wait a moment)</source>
        <translation>het gegevensbestand is in gebruik door een ander programma; sluit dat programma (of wacht even)</translation>
    </message>
    <message>
        <source>the disk is full; make room on it (empty the bin, remove large files)</source>
        <translation>de schijf is vol; maak ruimte vrij (leeg de prullenbak, verwijder grote bestanden)</translation>
    </message>
    <message>
        <source>the data file or its folder cannot be written (it is read-only)</source>
        <translation>er kan niet naar het gegevensbestand of de map ervan worden geschreven (alleen-lezen)</translation>
    </message>
    <message>
        <source>the disk could not be read or written; is it still connected?</source>
        <translation>de schijf kon niet worden gelezen of beschreven; is hij nog aangesloten?</translation>
    </message>
    <message>
        <source>the data file is damaged; restore a backup (File → Backups)</source>
        <translation>het gegevensbestand is beschadigd; zet een reservekopie terug (Bestand → Reservekopieën)</translation>
    </message>
    <message>
        <source>the database server cannot be reached (the network, or the server is down)</source>
        <translation>de databaseserver is niet bereikbaar (het netwerk, of de server staat uit)</translation>
    </message>
    <message>
        <source>an unexpected problem; the details are in the log</source>
        <translation>een onverwacht probleem; de details staan in het logbestand</translation>
    </message>
    <message>
        <source>the score</source>
        <translation>de score</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>de datum</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>de einddatum</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>de startdatum</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>de klant</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>de notities</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>het antwoord</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>de actie</translation>
    </message>
    <message>
        <source>the reflection</source>
        <translation>de reflectie</translation>
    </message>
    <message>
        <source>the way you spoke</source>
        <translation>de manier van contact</translation>
    </message>
    <message>
        <source>the number of weeks</source>
        <translation>het aantal weken</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>samenvoegen</translation>
    </message>
    <message>
        <source>{1} characters is too long for {0} (at most {2} can be kept).</source>
        <translation>{1} tekens zijn te veel voor {0} (hooguit {2} kunnen worden bewaard).</translation>
    </message>
    <message>
        <source>the score must be a whole number from 0 to 10.</source>
        <translation>de score moet een heel getal van 0 tot en met 10 zijn.</translation>
    </message>
    <message>
        <source>{0} must lie between {1} and {2}.</source>
        <translation>{0} moet tussen {1} en {2} liggen.</translation>
    </message>
    <message>
        <source>{0} cannot be after today: it is the day it happened.</source>
        <translation>{0} kan niet na vandaag liggen: het is de dag waarop het gebeurde.</translation>
    </message>
    <message>
        <source>a customer needs a name.</source>
        <translation>een klant heeft een naam nodig.</translation>
    </message>
    <message>
        <source>a name can be at most {0} characters long.</source>
        <translation>een naam mag hooguit {0} tekens lang zijn.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address.</source>
        <translation>“{0}” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>choose two different customers.</source>
        <translation>kies twee verschillende klanten.</translation>
    </message>
    <message>
        <source>{0} cannot be saved like this.</source>
        <translation>{0} kan zo niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <source>the row has no name and no organisation</source>
        <translation>de rij heeft geen naam en geen organisatie</translation>
    </message>
    <message>
        <source>the row holds bytes that are not text (the rest of the file is UTF-8)</source>
        <translation>de rij bevat bytes die geen tekst zijn (de rest van het bestand is UTF-8)</translation>
    </message>
    <message>
        <source>the name is longer than {0} characters</source>
        <translation>de naam is langer dan {0} tekens</translation>
    </message>
    <message>
        <source>the organisation is longer than {0} characters</source>
        <translation>de organisatie is langer dan {0} tekens</translation>
    </message>
    <message>
        <source>the phone number {0} is longer than {1} characters</source>
        <translation>het telefoonnummer {0} is langer dan {1} tekens</translation>
    </message>
    <message>
        <source>the e-mail address {0} is not valid</source>
        <translation>het e-mailadres {0} is ongeldig</translation>
    </message>
    <message>
        <source>the score {0} is not a whole number from 0 to 10</source>
        <translation>de score {0} is geen heel getal van 0 tot en met 10</translation>
    </message>
    <message>
        <source>the same customer as row {0}</source>
        <translation>dezelfde klant als rij {0}</translation>
    </message>
    <message>
        <source>row {0}: {1}</source>
        <translation>rij {0}: {1}</translation>
    </message>
    <message>
        <source>a CSV file (.csv or .txt) or an Excel workbook (.xlsx or .xlsm)</source>
        <translation>een CSV-bestand (.csv of .txt) of een Excel-werkmap (.xlsx of .xlsm)</translation>
    </message>
    <message>
        <source>In Excel, use “Save as” and choose CSV, or import the workbook itself.</source>
        <translation>Kies in Excel “Opslaan als” en dan CSV, of importeer de werkmap zelf.</translation>
    </message>
    <message>
        <source>This file has no extension; choose {0}.</source>
        <translation>Dit bestand heeft geen extensie; kies {0}.</translation>
    </message>
    <message>
        <source>Files ending in {0} cannot be imported; choose {1}.</source>
        <translation>Bestanden die eindigen op {0} kunnen niet worden geïmporteerd; kies {1}.</translation>
    </message>
    <message>
        <source>Files ending in {0} cannot be imported. Open the file in its spreadsheet program and save it as .xlsx or CSV first.</source>
        <translation>Bestanden die eindigen op {0} kunnen niet worden geïmporteerd. Open het bestand in het rekenprogramma en sla het eerst op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>This file has more than {0} customers, more than can be imported at once. Split it into smaller files.</source>
        <translation>Dit bestand heeft meer dan {0} klanten, meer dan in één keer kan worden geïmporteerd. Splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>This file has only empty rows: there is no header row and no data.</source>
        <translation>Dit bestand heeft alleen lege rijen: er is geen kopregel en er zijn geen gegevens.</translation>
    </message>
    <message>
        <source>This file does not exist (any more).</source>
        <translation>Dit bestand bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <source>This file cannot be opened: there is no permission to read it, or another program (such as Excel) has it open. Close it there and try again.</source>
        <translation>Dit bestand kan niet worden geopend: er is geen toestemming om het te lezen, of een ander programma (zoals Excel) heeft het open. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This file cannot be opened; the details are in the log.</source>
        <translation>Dit bestand kan niet worden geopend; de details staan in het logbestand.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <source>This is not a CSV text file but looks like an Excel workbook. {0}</source>
        <translation>Dit is geen CSV-tekstbestand maar lijkt een Excel-werkmap. {0}</translation>
    </message>
    <message>
        <source>This is not a CSV text file but looks like an old Excel file. {0}</source>
        <translation>Dit is geen CSV-tekstbestand maar lijkt een oud Excel-bestand. {0}</translation>
    </message>
    <message>
        <source>This is not a text file; it cannot be read as CSV.</source>
        <translation>Dit is geen tekstbestand; het kan niet als CSV worden gelezen.</translation>
    </message>
    <message>
        <source>The text in this file is in an unknown character encoding. Save it as “CSV UTF-8” and try again.</source>
        <translation>De tekst in dit bestand heeft een onbekende tekenset. Sla het op als “CSV UTF-8” en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This file is larger than {0} MB, far more than a customer list needs. Check that it is the right file, or split it.</source>
        <translation>Dit bestand is groter dan {0} MB, veel meer dan een klantenlijst nodig heeft. Kijk of het het goede bestand is, of splits het.</translation>
    </message>
    <message>
        <source>This file has more than {0} columns, far more than a customer list needs. Check that it is the right file.</source>
        <translation>Dit bestand heeft meer dan {0} kolommen, veel meer dan een klantenlijst nodig heeft. Kijk of het het goede bestand is.</translation>
    </message>
    <message>
        <source>This Excel workbook unpacks to more than {0} MB (or packs far more tightly than a real workbook does), so it is not read. Save it as CSV, or check where it came from.</source>
        <translation>Deze Excel-werkmap pakt uit tot meer dan {0} MB (of is veel sterker ingepakt dan een echte werkmap), dus wordt hij niet gelezen. Sla hem op als CSV, of kijk waar hij vandaan komt.</translation>
    </message>
    <message>
        <source>A cell that starts at or before line {0} is too long to be a customer detail. Perhaps a quote (&quot;) is missing, so that the rest of the file looks like one cell.</source>
        <translation>Een cel die op of voor regel {0} begint, is te lang voor een klantgegeven. Misschien ontbreekt er een aanhalingsteken (&quot;), waardoor de rest van het bestand één cel lijkt.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV near line {0}.</source>
        <translation>Dit bestand kan rond regel {0} niet als CSV worden gelezen.</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook: it is either protected with a password or an old Excel (.xls) file under another name. Remove the password, or save it as .xlsx or CSV, and try again.</source>
        <translation>Dit is geen .xlsx-werkmap: hij is met een wachtwoord beveiligd, of het is een oud Excel-bestand (.xls) met een andere naam. Verwijder het wachtwoord, of sla hem op als .xlsx of CSV, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook, although its name ends in {0}. Perhaps it is a CSV or text file that was renamed; give it the right extension.</source>
        <translation>Dit is geen Excel-werkmap, hoewel de naam eindigt op {0}. Misschien is het een hernoemd CSV- of tekstbestand; geef het de juiste extensie.</translation>
    </message>
    <message>
        <source>This Excel workbook is damaged or not really an Excel workbook, so it cannot be read. Open it in Excel and save it again, or save it as CSV.</source>
        <translation>Deze Excel-werkmap is beschadigd of niet echt een Excel-werkmap, en kan niet worden gelezen. Open hem in Excel en sla hem opnieuw op, of sla hem op als CSV.</translation>
    </message>
    <message>
        <source>This Excel workbook has no worksheet.</source>
        <translation>Deze Excel-werkmap heeft geen werkblad.</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Coursebook; update Coursebook</source>
        <translation>het bestand is geschreven door een nieuwere versie van Coursebook; werk Coursebook bij</translation>
    </message>
    <message>
        <source>the password does not open this file</source>
        <translation>met dit wachtwoord gaat het bestand niet open</translation>
    </message>
    <message>
        <source>the file is protected with a password (or it is not a database)</source>
        <translation>het bestand is beveiligd met een wachtwoord (of het is geen database)</translation>
    </message>
    <message>
        <source>the file belongs to another program, not to Coursebook</source>
        <translation>het bestand hoort bij een ander programma, niet bij Coursebook</translation>
    </message>
    <message>
        <source>the file is not a Coursebook database, or it is damaged or incomplete</source>
        <translation>het bestand is geen Coursebook-database, of het is beschadigd of onvolledig</translation>
    </message>
    <message>
        <source>the file cannot be read or written (permissions, another program, or the disk)</source>
        <translation>het bestand kan niet worden gelezen of beschreven (rechten, een ander programma of de schijf)</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Niet gelukt: {0}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Changed by {0} while you were typing</source>
        <translation>Gewijzigd door {0} terwijl jij typte</translation>
    </message>
    <message>
        <source>Changed by {0} at {1} while you were typing</source>
        <translation>Gewijzigd door {0} om {1} terwijl jij typte</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>{0} · from {1}</source>
        <translation>{0} · vanaf {1}</translation>
    </message>
    <message>
        <source>(time {0})</source>
        <translation>(ronde {0})</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Stap {0}: {1}</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>unhappy (0–6)</source>
        <translation>ontevreden (0–6)</translation>
    </message>
    <message>
        <source>satisfied (7–8)</source>
        <translation>tevreden (7–8)</translation>
    </message>
    <message>
        <source>enthusiastic (9–10)</source>
        <translation>enthousiast (9–10)</translation>
    </message>
</context>
<context>
    <name>shared_workbook</name>
    <message>
        <source>That password was not accepted. The password of {0}:</source>
        <translation>Dat wachtwoord werd niet geaccepteerd. Het wachtwoord van {0}:</translation>
    </message>
    <message>
        <source>The password of {0}:</source>
        <translation>Het wachtwoord van {0}:</translation>
    </message>
    <message>
        <source>Shared workbook</source>
        <translation>Gedeeld werkboek</translation>
    </message>
    <message>
        <source>The shared workbook at {0} cannot be opened now.</source>
        <translation>Het gedeelde werkboek op {0} kan nu niet worden geopend.</translation>
    </message>
    <message>
        <source>Check the network connection, or ask whoever looks after the server. To work on this computer&apos;s own workbook meanwhile, start Coursebook without a shared database (Settings → Shared database, or without --database-url).</source>
        <translation>Controleer de netwerkverbinding, of vraag het aan wie de server beheert. Wil je intussen in het eigen werkboek van deze computer werken, start Coursebook dan zonder gedeelde database (Instellingen → Gedeelde database, of zonder --database-url).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Your name, as your colleagues see it beside what you write:</source>
        <translation>Je naam, zoals je collega&apos;s die zien bij wat je schrijft:</translation>
    </message>
</context>
</TS>
