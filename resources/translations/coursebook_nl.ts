<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Coursebook</source>
        <translation>&amp;Over Coursebook</translation>
    </message>
    <message>
        <source>The course “{0}” could not be found in this installation. Choose another one in Course → Change course.</source>
        <translation>De cursus “{0}” is niet gevonden in deze installatie. Kies een andere via Cursus → Andere cursus.</translation>
    </message>
    <message>
        <source>Part of this course could not be loaded; the rest works as usual.</source>
        <translation>Een deel van deze cursus kon niet worden geladen; de rest werkt gewoon.</translation>
    </message>
    <message>
        <source>Started on {0}</source>
        <translation>Begonnen op {0}</translation>
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
</context>
<context>
    <name>StepListModel</name>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Coursebook</source>
        <translation>Welkom bij Coursebook</translation>
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
</context>
</TS>
