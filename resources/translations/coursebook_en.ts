<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CallPlanner</name>
    <message numerus="yes">
        <source>Step {0} asks for {1}; %n call(s) still without a customer.</source>
        <translation>
            <numerusform>Step {0} asks for {1}; %n call still without a customer.</numerusform>
            <numerusform>Step {0} asks for {1}; %n calls still without a customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n customer(s) who fit, the longest without contact first.</source>
        <translation>
            <numerusform>Selected: %n customer who fits, the longest without contact first.</numerusform>
            <numerusform>Selected: %n customers who fit, the longest without contact first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: called in another step of this run.</source>
        <translation>
            <numerusform>%n left out: called in another step of this run.</numerusform>
            <numerusform>%n left out: called in another step of this run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no score yet, so their group is not known.</source>
        <translation>
            <numerusform>%n of them has no score yet, so their group is not known.</numerusform>
            <numerusform>%n of them have no score yet, so their group is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these customers were called in another step of this run already:</source>
        <translation>
            <numerusform>%n of these customers was called in another step of this run already:</numerusform>
            <numerusform>%n of these customers were called in another step of this run already:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message numerus="yes">
        <source>{0}, %n week(s) ago</source>
        <translation>
            <numerusform>{0}, %n week ago</numerusform>
            <numerusform>{0}, %n weeks ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message numerus="yes">
        <source>{0} (%n wk ago)</source>
        <translation>
            <numerusform>{0} (%n wk ago)</numerusform>
            <numerusform>{0} (%n wk ago)</numerusform>
        </translation>
    </message>
</context>
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
        <source>(%n left out: called in this run of the course)</source>
        <translation>
            <numerusform>(%n left out: called in this run of the course)</numerusform>
            <numerusform>(%n left out: called in this run of the course)</numerusform>
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
        <source>Move {0} to the trash, with their scores and %n call(s)?</source>
        <translation>
            <numerusform>Move {0} to the trash, with their scores and %n call?</numerusform>
            <numerusform>Move {0} to the trash, with their scores and %n calls?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n customers to the trash, with their scores and calls?</source>
        <translation>
            <numerusform>Move %n customer to the trash, with their scores and calls?</numerusform>
            <numerusform>Move %n customers to the trash, with their scores and calls?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved {0} and %n call(s) to the trash (Work → Trash).</source>
        <translation>
            <numerusform>Moved {0} and %n call to the trash (Work → Trash).</numerusform>
            <numerusform>Moved {0} and %n calls to the trash (Work → Trash).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customers to the trash (Work → Trash).</source>
        <translation>
            <numerusform>Moved %n customer to the trash (Work → Trash).</numerusform>
            <numerusform>Moved %n customers to the trash (Work → Trash).</numerusform>
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
    <name>NpsDashboard</name>
    <message numerus="yes">
        <source>between {0} and {1} (95% sure), %n answer(s)</source>
        <translation>
            <numerusform>between {0} and {1} (95% sure), %n answer</numerusform>
            <numerusform>between {0} and {1} (95% sure), %n answers</numerusform>
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
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Customer {0}, with %n call(s)</source>
        <translation>
            <numerusform>Customer {0}, with %n call</numerusform>
            <numerusform>Customer {0}, with %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) for good? They cannot be put back.</source>
        <translation>
            <numerusform>Delete %n item for good? They cannot be put back.</numerusform>
            <numerusform>Delete %n items for good? They cannot be put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the trash? %n item(s) will be deleted for good.</source>
        <translation>
            <numerusform>Empty the trash? %n item will be deleted for good.</numerusform>
            <numerusform>Empty the trash? %n items will be deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
