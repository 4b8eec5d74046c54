<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <source>%n satisfied customer(s) not contacted for a while</source>
        <translation>
            <numerusform>%n satisfied customer not contacted for a while</numerusform>
            <numerusform>%n satisfied customers not contacted for a while</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to {0}.</source>
        <translation>
            <numerusform>%n customer written to {0}.</numerusform>
            <numerusform>%n customers written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemListForm</name>
    <message numerus="yes">
        <source>Show %n earlier</source>
        <translation>
            <numerusform>Show %n earlier</numerusform>
            <numerusform>Show %n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message numerus="yes">
        <source>Calls: %n conversation(s)</source>
        <translation>
            <numerusform>Calls: %n conversation</numerusform>
            <numerusform>Calls: %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions: %n action(s)</source>
        <translation>
            <numerusform>Actions: %n action</numerusform>
            <numerusform>Actions: %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n call(s) planned in step {0}.</source>
        <translation>
            <numerusform>%n call planned in step {0}.</numerusform>
            <numerusform>%n calls planned in step {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n action(s) due today</source>
        <translation>
            <numerusform>%n action due today</numerusform>
            <numerusform>%n actions due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeekNote</name>
    <message numerus="yes">
        <source>%n call(s) still to make</source>
        <translation>
            <numerusform>%n call still to make</numerusform>
            <numerusform>%n calls still to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due today</source>
        <translation>
            <numerusform>%n action due today</numerusform>
            <numerusform>%n actions due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more action(s) due this week</source>
        <translation>
            <numerusform>%n more action due this week</numerusform>
            <numerusform>%n more actions due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) past their date:</source>
        <translation>
            <numerusform>%n action past its date:</numerusform>
            <numerusform>%n actions past their date:</numerusform>
        </translation>
    </message>
</context>
</TS>
