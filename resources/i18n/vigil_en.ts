<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="47" />
        <source>Remembering the vault key lets anyone who can read this computer's keyring open the vault without the passphrase: programs running as you while you are logged in, or anyone who logs in as you. Use it only on a computer you alone use, with a strong login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="134" />
        <location filename="../../desktop/vigil/ui/controller.py" line="203" />
        <source>Vault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="137" />
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="155" />
        <location filename="../../desktop/vigil/ui/controller.py" line="336" />
        <source>Choose a vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="162" />
        <source>No vault there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="163" />
        <source>That folder holds no Vigil vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="171" />
        <source>Creating the vault: measuring this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="199" />
        <source>Vigil recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="205" />
        <source>Keep this paper away from the computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="210" />
        <source>The vault was not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="213" />
        <location filename="../../desktop/vigil/ui/controller.py" line="242" />
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="262" />
        <source>Wrong passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="272" />
        <source>Recovering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="354" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="354" />
        <source>The settings could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="365" />
        <location filename="../../desktop/vigil/ui/controller.py" line="368" />
        <source>Quick unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="397" />
        <location filename="../../desktop/vigil/ui/controller.py" line="420" />
        <source>Recalibrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="398" />
        <source>Type the passphrase to re-wrap the key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="413" />
        <source>Recalibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="414" />
        <source>Key derivation now uses %1 MiB and %2 passes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="481" />
        <source>Something went wrong (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="169" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="171" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="172" />
        <source>Add files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="173" />
        <source>Save a decrypted copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="174" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="335" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="338" />
        <source>Save a decrypted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="175" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="176" />
        <source>Cancel adding the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="178" />
        <source>Encryption progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="179" />
        <source>Drop files here to encrypt them into the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="209" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="298" />
        <source>Choose an attachment to view it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="232" />
        <source>Add files to the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="282" />
        <source>Cancelled; nothing of the unfinished file was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="285" />
        <source>Encrypted into the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="304" />
        <source>This file is too large to show inside Vigil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="314" />
        <source>Decrypting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="317" />
        <source>The file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="331" />
        <source>The copy will be an ordinary, unencrypted file. Anyone who can reach this computer's disk, or a backup of it, can read it. Delete it when you no longer need it. Save a decrypted copy anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="356" />
        <source>Decrypted copy saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="210" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="215" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="165" />
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="166" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="170" />
        <source>Filter by country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="171" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="175" />
        <source>Filter by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="176" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="182" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="83" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="34" />
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="40" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="41" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="42" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="43" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="44" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="79" />
        <source>Create a vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="83" />
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess. If you forget it, only the recovery key shown next can open the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="90" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="91" />
        <source>Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="92" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="93" />
        <source>Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="98" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="100" />
        <source>Passphrase hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="103" />
        <location filename="../../desktop/vigil/ui/gate.py" line="104" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="105" />
        <location filename="../../desktop/vigil/ui/gate.py" line="106" />
        <source>Create vault</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/gate.py" line="122" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="123" />
        <source>Weak: easy to guess for someone with time. Add more words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="124" />
        <source>Fair: add a word or two more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="125" />
        <source>Good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="126" />
        <source>Strong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="136" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="175" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="178" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="179" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="180" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="181" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="183" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="185" />
        <source>Sources of this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="196" />
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="197" />
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="198" />
        <source>Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="199" />
        <source>What happened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="200" />
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="225" />
        <location filename="../../desktop/vigil/ui/gate.py" line="226" />
        <source>Vigil</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="68" />
        <location filename="../../desktop/vigil/ui/history.py" line="69" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="71" />
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="74" />
        <source>The revision before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="77" />
        <source>The chosen revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="78" />
        <source>Revision details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="81" />
        <source>This item was changed on two devices at once. Compare the versions, then keep one: the others stay in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="84" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="90" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="91" />
        <source>This revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="99" />
        <location filename="../../desktop/vigil/ui/history.py" line="101" />
        <source>Restore this revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="103" />
        <source>Keep this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="105" />
        <source>Keep this version and resolve the conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="134" />
        <source>this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="137" />
        <source>#%1  %2 UTC  by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="167" />
        <source>Revision %1, device %2, sequence %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="57" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="14" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="15" />
        <source>monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="16" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="17" />
        <source>public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="18" />
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="19" />
        <source>confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="20" />
        <source>strictly confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="21" />
        <source>masculine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="22" />
        <source>feminine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="23" />
        <source>neuter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="24" />
        <source>unspecified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="25" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="26" />
        <source>reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="27" />
        <source>unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="28" />
        <source>doubtful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="29" />
        <source>arrest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="30" />
        <source>detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="31" />
        <source>charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="32" />
        <source>hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="33" />
        <source>trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="34" />
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="35" />
        <source>release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="36" />
        <source>fine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="37" />
        <source>house arrest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="38" />
        <source>travel ban</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="39" />
        <source>registration refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="40" />
        <source>harassment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="41" />
        <source>disappearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="42" />
        <source>ill-treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="43" />
        <source>statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="44" />
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="88" />
        <location filename="../../desktop/vigil/ui/main_window.py" line="89" />
        <source>Vigil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="92" />
        <source>Choose a case, or make a new one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="108" />
        <source>Sync status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="111" />
        <source>Loading cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="123" />
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="124" />
        <source>&amp;New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="125" />
        <source>&amp;Import cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="126" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="127" />
        <source>S&amp;ync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="129" />
        <source>&amp;Panic wipe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="132" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="141" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="143" />
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="146" />
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="165" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="186" />
        <source>Not synced with HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="190" />
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="191" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="195" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="197" />
        <source>last attempt failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="201" />
        <source>%n integrity alert(s)</source>
        <translation>
            <numerusform>%n integrity alert</numerusform>
            <numerusform>%n integrity alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="205" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>Title of the case:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="219" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="228" />
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="240" />
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="247" />
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="57" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="59" />
        <source>Note text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="60" />
        <source>Write here. Markdown is fine. Saved as you go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="62" />
        <source>Note preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="66" />
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="67" />
        <location filename="../../desktop/vigil/ui/notes.py" line="68" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="69" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="70" />
        <source>Show the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="72" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="73" />
        <source>Copy the note (the clipboard is cleared soon)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/notes.py" line="215" />
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="74" />
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="75" />
        <source>History of the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="127" />
        <location filename="../../desktop/vigil/ui/notes.py" line="202" />
        <source>(empty note)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="180" />
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="198" />
        <source>Saved, encrypted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="91" />
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="93" />
        <source>Case status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="97" />
        <source>Country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="100" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="101" />
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="103" />
        <source>Confidentiality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="107" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="108" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="109" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="110" />
        <source>Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="111" />
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="112" />
        <source>Confidentiality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="113" />
        <source>Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="114" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="174" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="20" />
        <location filename="../../desktop/vigil/ui/panic.py" line="21" />
        <source>Panic wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="23" />
        <source>Countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="31" />
        <source>Cancel the wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="37" />
        <source>Everything in this vault will be destroyed: the keys first, then the cases, notes and attachments. It cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/panic.py" line="55" />
        <source>Wiping in %n second(s)…</source>
        <translation>
            <numerusform>Wiping in %n second…</numerusform>
            <numerusform>Wiping in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="63" />
        <source>Wiping…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="188" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History of the person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="83" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="86" />
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="96" />
        <source>Pronouns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="98" />
        <source>Grammatical gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="102" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="103" />
        <source>Descriptor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="104" />
        <source>Names (one per script or language):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="105" />
        <source>Pronouns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="106" />
        <source>Grammatical gender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="107" />
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="108" />
        <source>Descriptor:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="309" />
        <location filename="../../desktop/vigil/ui/gate.py" line="310" />
        <source>Recover the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="312" />
        <source>Type the recovery key and choose a new passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="315" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="317" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="318" />
        <source>Repeat the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="319" />
        <source>Recovery key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="320" />
        <source>New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="321" />
        <source>Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="323" />
        <source>Recovery status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="329" />
        <source>Recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="336" />
        <source>The new passphrase is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="338" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="259" />
        <location filename="../../desktop/vigil/ui/gate.py" line="260" />
        <source>Your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="265" />
        <source>Write this recovery key on paper now. It is shown only this once. If you forget your passphrase, it is the only way back into the vault. Anyone who holds it can open the vault: keep it away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="271" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="280" />
        <location filename="../../desktop/vigil/ui/gate.py" line="281" />
        <source>I have written it down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="285" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="287" />
        <source>Print the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="289" />
        <location filename="../../desktop/vigil/ui/gate.py" line="291" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="93" />
        <location filename="../../desktop/vigil/ui/search.py" line="94" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="96" />
        <source>Search the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="97" />
        <source>Search cases, people, events, sources, notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="100" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="105" />
        <source>Search status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="121" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="122" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="123" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="124" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="125" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="126" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/search.py" line="158" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="32" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="35" />
        <source>Lock after minutes without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="38" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="81" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="39" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="40" />
        <source>Lock when the screen locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="43" />
        <source>Clear copied text after seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="46" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="50" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="61" />
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="59" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="62" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="63" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="69" />
        <source>Vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="70" />
        <source>the default folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="71" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="72" />
        <source>Choose the vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="78" />
        <source>Sync every minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="83" />
        <source>Sync through a proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="85" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="86" />
        <source>Remember the vault key on this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="88" />
        <source>Recalibrate key derivation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="89" />
        <source>Recalibrate key derivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="92" />
        <source>Auto-lock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="94" />
        <source>Clipboard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="95" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="96" />
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="97" />
        <source>Vault folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="98" />
        <source>Sync every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Proxy (Tor):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="100" />
        <source>Passphrase cost:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="101" />
        <source>Quick unlock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="110" />
        <source>A new vault folder is used the next time Vigil starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="142" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="144" />
        <source>What the source is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="145" />
        <source>Who published it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="146" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="147" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="150" />
        <source>Reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="152" />
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="153" />
        <source>Who:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="154" />
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="155" />
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="156" />
        <source>Reliability:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="247" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="265" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="270" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="258" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="269" />
        <source>The chosen event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History of the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="351" />
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="355" />
        <source>Also dated %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="358" />
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="158" />
        <source>Unlock the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="159" />
        <source>Vault location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="161" />
        <source>Demo passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="165" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="166" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="168" />
        <source>Unlock status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="172" />
        <source>Use the recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="173" />
        <source>Use the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="174" />
        <source>Other vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="175" />
        <source>Open another vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="176" />
        <source>Use this device's keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="177" />
        <source>Unlock with the key remembered on this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="180" />
        <location filename="../../desktop/vigil/ui/gate.py" line="181" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="72" />
        <source>Attachment viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="73" />
        <source>Choose an attachment to view it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="76" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="82" />
        <source>PDF page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="88" />
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="93" />
        <source>PDF page image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="100" />
        <source>Attachment text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="128" />
        <source>This kind of file cannot be shown inside Vigil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="136" />
        <source>This PDF is damaged or cannot be shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="50" />
        <source>Welcome to Vigil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="54" />
        <source>Vigil keeps case notes encrypted on this computer. Nothing in a vault can be read without its passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="59" />
        <location filename="../../desktop/vigil/ui/gate.py" line="60" />
        <source>Create a new vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="61" />
        <source>Open an existing vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="62" />
        <source>Open an existing vault</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>