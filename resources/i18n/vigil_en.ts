<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="232" />
        <source>An alert is signed with the HQ key and shown on the field devices at their next sync. A confidential alert is encrypted to each device's own key, so the server cannot read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="238" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="239" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="240" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="241" />
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="245" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="246" />
        <source>Expires after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="248" />
        <source>Confidential (encrypted to the devices' keys)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="249" />
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="251" />
        <source>Alert text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="253" />
        <source>Se&amp;verity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="254" />
        <source>E&amp;xpires after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="255" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="257" />
        <source>T&amp;ext:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>&amp;Send alert…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>Send alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="271" />
        <source>An alert's text has 1 to %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="281" />
        <source>sign a “%1” alert with the HQ key, expiring in %2 days, and send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="285" />
        <source>, encrypted so that only those devices can read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="286" />
        <source>Send alert?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="290" />
        <source>Signing and sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="300" />
        <source>The alert is signed and queued but not sent yet (%1). It goes at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="305" />
        <source>Alert sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="309" />
        <source>Nothing was signed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert &amp;key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="324" />
        <source>introduce a new alert key in a note signed with the current one, then retire the current one; devices switch to the new key at their next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="328" />
        <source>Rotate the alert key?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="342" />
        <source>The new alert key is introduced and queued but not sent yet (%1). It goes at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="346" />
        <source>New alert key sent; the old one is retired.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertsUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="146" />
        <source>Alert inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="149" />
        <source>Alert inbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="151" />
        <source>Raise urgent alert…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="165" />
        <source>Alerts (%n)</source>
        <translation>
            <numerusform>Alerts (%n)</numerusform>
            <numerusform>Alerts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="175" />
        <source>Open a case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="188" />
        <source>Urgent alert queued; sending now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="26" />
        <source>Remembering the vault key lets anyone who can read this computer's keyring open the vault without the passphrase: programs running as you while you are logged in, or anyone who logs in as you. Use it only on a computer you alone use, with a strong login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="139" />
        <location filename="../../desktop/vigil/ui/controller.py" line="209" />
        <source>Vault: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="142" />
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="161" />
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="40" />
        <source>Choose a vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="168" />
        <source>No vault there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="169" />
        <source>That folder holds no Vigil vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="177" />
        <source>Creating the vault: measuring this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="205" />
        <source>Vigil recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="211" />
        <source>Keep this paper away from the computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="216" />
        <source>The vault was not created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="219" />
        <location filename="../../desktop/vigil/ui/controller.py" line="248" />
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="268" />
        <source>Wrong passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="278" />
        <source>Recovering…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="62" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="63" />
        <source>The settings could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="73" />
        <source>Quick unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="93" />
        <source>Recalibrate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="97" />
        <source>Type the passphrase to re-wrap the key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="112" />
        <source>Recalibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="113" />
        <source>Key derivation now uses %1 MiB and %2 passes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="437" />
        <source>Something went wrong (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="82" />
        <source>Wipe after wrong passphrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="83" />
        <source>Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, keys first. Your own typing mistakes count as much as a stranger's guesses, and only a backup brings the cases back. Turn this on?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="42" />
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="53" />
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="43" />
        <source>exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="44" />
        <source>opened in the mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="45" />
        <source>confirmed sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="46" />
        <source>reply received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="54" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="55" />
        <source>deadline passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="56" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="63" />
        <source>released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="64" />
        <source>released with conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="67" />
        <source>charges dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="68" />
        <source>sentence reduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="69" />
        <source>acquitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="70" />
        <source>no change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="71" />
        <source>worsened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="72" />
        <source>outcome unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="89" />
        <source>no deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="91" />
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="93" />
        <source>was %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="97" />
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="76" />
        <source>today is the last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="105" />
        <source>Urgent action %1 is closed; check with HQ before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="112" />
        <source>Check with HQ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="120" />
        <source>Last verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="124" />
        <source>Never verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="127" />
        <source>Sample data: verify before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="131" />
        <source>Verify before sending: not checked for months.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppealsArea</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="59" />
        <source>Urgent actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="73" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="86" />
        <source>Urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <source>State and deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="70" />
        <source>No urgent actions yet. Import one with Vault › Import urgent action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="76" />
        <source>Follow this urgent action (remind me of its deadline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="77" />
        <source>Follow this urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="84" />
        <source>About the urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="87" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="88" />
        <source>Status board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="89" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="90" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="179" />
        <source>Targets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="185" />
        <source>Letter languages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="187" />
        <source>Deadline: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeals.py" line="220" />
        <source>Imported %n urgent action(s).</source>
        <translation>
            <numerusform>Imported %n urgent action.</numerusform>
            <numerusform>Imported %n urgent actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="226" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="233" />
        <source>Nothing was imported</source>
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
        <location filename="../../desktop/vigil/ui/attachments.py" line="341" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="344" />
        <source>Save a decrypted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="175" />
        <source>Open in another program…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="176" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="381" />
        <source>Open in another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="179" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="180" />
        <source>Cancel adding the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="182" />
        <source>Encryption progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="183" />
        <source>Drop files here to encrypt them into the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="215" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="304" />
        <source>Choose an attachment to view it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="238" />
        <source>Add files to the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="288" />
        <source>Cancelled; nothing of the unfinished file was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="291" />
        <source>Encrypted into the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="310" />
        <source>This file is too large to show inside Vigil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="320" />
        <source>Decrypting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="323" />
        <source>The file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="337" />
        <source>The copy will be an ordinary, unencrypted file. Anyone who can reach this computer's disk, or a backup of it, can read it. Delete it when you no longer need it. Save a decrypted copy anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="362" />
        <source>Decrypted copy saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="376" />
        <source>Vigil will decrypt this file into a private folder and open it in another program. Vigil wipes that copy when it locks or quits, but the other program may keep its own traces: a recent-files list, thumbnails, autosaved or cached copies. Open it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="392" />
        <source>No program on this computer opens this kind of file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="34" />
        <source>Save for HQ to a &amp;USB stick…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="35" />
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="36" />
        <source>Save for HQ to a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="37" />
        <source>Saved: %1 change(s), %2 attachment(s), %3 alert(s) and note(s). Only HQ can open the file. Everything also stays queued, and goes when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="38" />
        <source>Saved for HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="39" />
        <source>Import a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="40" />
        <source>Vigil bundles (*.vigil);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="41" />
        <source>Imported %1 change(s) (%2 already here), %3 attachment(s), %4 alert(s) and note(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="42" />
        <source>Some of it was refused or waits for what has not arrived: see the Sync panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="43" />
        <source>Bundle imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="44" />
        <source>Nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="107" />
        <source>HQ has %1 of this device's change(s): they are no longer queued.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="218" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="223" />
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
        <location filename="../../desktop/vigil/ui/case_list.py" line="1" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
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
        <location filename="../../desktop/vigil/ui/main_window.py" line="35" />
        <source>Open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="41" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="42" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="43" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="44" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="45" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>This city is written in another script than this letter, so the letter leaves it out: type it as this letter should show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>City check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="79" />
        <source>Deadline warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="82" />
        <source>Letter language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="84" />
        <source>Addressee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="85" />
        <source>Addressee check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="87" />
        <source>Who signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="88" />
        <source>One letter signed by me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="89" />
        <source>One letter per signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="90" />
        <source>One letter signed by me and all signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="92" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="94" />
        <source>Your city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="96" />
        <source>Your e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="98" />
        <source>Personal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="99" />
        <source>A few words of your own, added after the demands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="101" />
        <location filename="../../desktop/vigil/ui/composer.py" line="102" />
        <source>Edit the letter's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>Letter text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <location filename="../../desktop/vigil/ui/composer.py" line="108" />
        <source>Keep the edit with this appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="119" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="120" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="122" />
        <source>Si&amp;gned:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="123" />
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="124" />
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="125" />
        <source>E-&amp;mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="126" />
        <source>Personal n&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="142" />
        <source>Letter preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="143" />
        <source>Why there is no letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="149" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="203" />
        <source>This urgent action asks that its letters be sent as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="320" />
        <source>There are no signatories yet: add them in the Signatories tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer.py" line="347" />
        <source>%n letter(s); the preview shows the first.</source>
        <translation>
            <numerusform>%n letter; the preview shows it.</numerusform>
            <numerusform>%n letters; the preview shows the first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="413" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="416" />
        <source>The note and the edit are kept with this appeal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="58" />
        <source>The letter template was refused, so nothing is rendered from it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="64" />
        <source>This letter cannot be written:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="68" />
        <source>The letter could not be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="83" />
        <source>I am writing about this action's follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="86" />
        <source>Review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="104" />
        <source>Write about me as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="106" />
        <source>a woman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <source>a man</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="137" />
        <source>&amp;Write about me as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Urgent action %1 is closed: its demands are for a time that has passed. Write only about its follow-up, and tick the box that says so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="378" />
        <source>This letter's template is not yet reviewed by a native speaker.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="41" />
        <source>Letters the field confirmed as sent, per urgent action and language. Devices report numbers only, never who signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Letters sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Devices reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Letter counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="50" />
        <source>No counts yet: they arrive when field devices sync after sending letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>Refresh letter counts</source>
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
    <name>DeadlineReminders</name>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="47" />
        <source>Deadline reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="79" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="86" />
        <source>Deadlines of urgent actions you follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="90" />
        <source>Urgent action deadline soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="92" />
        <source>Vigil</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota set: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Setting the quota of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set the quota?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>let this device store on the server %1 in any 24 hours and %2 in all; what it already stored stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>the server's default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Not a size: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In all:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In any 24 hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set &amp;quota…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>A size such as 500MiB or 8GiB; empty: the server's default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in any 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Storage quota of the chosen field device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota (a day / in all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Last seen (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Enrolled (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="50" />
        <source>No field devices yet. Make an enrolment code below and give it to the field worker; their device appears here once it joins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>Refresh devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Re&amp;voke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and &amp;wipe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and wipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>&amp;Escrow code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>Escrow recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="69" />
        <source>Wipe only after it pushes what is waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="71" />
        <source>Push first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="75" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="76" />
        <source>Wipe order valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="78" />
        <source>Order valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="86" />
        <source>A new field device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="90" />
        <source>e.g. Almaty laptop 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="91" />
        <source>Device label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="96" />
        <source> hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="97" />
        <source>Code valid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>&amp;Make enrolment code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>Make enrolment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="102" />
        <source>&amp;Label (shown in this list):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="103" />
        <source>Valid f&amp;or:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="107" />
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="112" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="109" />
        <source>What the code is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>Copy the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>&amp;Print a page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>Print the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>&amp;Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>Forget the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="143" />
        <source>Asking the server for the devices…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="156" />
        <source>%n device(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>HQ desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>field device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="162" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="164" />
        <source>revoked, wipe order waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="166" />
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="212" />
        <source>revoke this device and send it an order, signed with the HQ key, to destroy its vault at its next contact with the server (within %1 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="216" />
        <source>, after it pushes what is waiting to leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="217" />
        <source>Revoke and wipe?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="220" />
        <source>revoke this device: the server refuses it from now on; its vault stays on the device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="223" />
        <source>Revoke?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="227" />
        <source>Revoking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="233" />
        <source>Revoked: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="234" />
        <source>It wipes itself at its next contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="251" />
        <source>make a one-time enrolment code, valid for %1 hours, that lets one new field device join this organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="254" />
        <source>a new field device (no label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="255" />
        <source>Make an enrolment code?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="258" />
        <source>Asking the server for a code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="268" />
        <source>Enrolment code made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="270" />
        <source>One-time enrolment code for %1. Give it to the field worker over a safe channel; in Vigil they choose Join HQ and paste it. It works once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="274" />
        <source>Vigil enrolment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="275" />
        <source>For: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="276" />
        <source>Organisation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="277" />
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="278" />
        <source>Valid until %1 (UTC); it works once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="282" />
        <source>In Vigil: choose Join HQ, paste or type the code, and check that the organisation and server shown are the ones above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="284" />
        <source>Destroy this page once the device has joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="299" />
        <source>fetch this device's escrow unlock code from the server and open it with the HQ key. Whoever holds the code and the laptop can open the vault: give it to the field worker in person or on a call where you recognise each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="303" />
        <source>Escrow recovery code?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="306" />
        <source>Fetching the escrow code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="309" />
        <source>Escrow code ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="311" />
        <source>Escrow unlock code for %1. It opens that vault once, with a new passphrase. Never send it by the same route as the laptop.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No case open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Import cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No cases yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Add a case, or import one from a file another Vigil exported. Cases stay encrypted in this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Choose a case from the list, or add a new one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscrowCodeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="295" />
        <source>Recover with HQ's escrow code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="297" />
        <source>Type the escrow code HQ gave you, in person or on a call where you recognised each other, and choose a new passphrase. The code works once. You get a new recovery key to write down, and escrow is off afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="301" />
        <source>Escrow code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="302" />
        <source>Escrow code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="317" />
        <source>Recovering with HQ's escrow code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="322" />
        <source>Something went wrong (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="325" />
        <source>The vault was recovered, but it did not open here. Unlock it with the new passphrase.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="57" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="58" />
        <source>Escrow to HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="62" />
        <source>Escrow lets HQ help you back into this vault if you lose both your passphrase and your printed recovery key. HQ keeps a sealed one-time code; this laptop keeps the lock that the code opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="67" />
        <source>The cost: while escrow is on, HQ can open this vault if it also has this laptop. So can anyone who seizes HQ's key, or forces HQ to use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="71" />
        <source>You can turn it off at any time. That destroys the lock on this laptop, so a code HQ already has no longer opens anything here. But a copy HQ already fetched cannot be called back, and a copy of this laptop's disk made while escrow was on still opens with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="77" />
        <source>Escrow is off unless you turn it on. If you are unsure, leave it off, and keep your printed recovery key somewhere safe, away from this laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="83" />
        <source>Escrow state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="88" />
        <source>Escrow result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="91" />
        <source>Turn escrow on…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="92" />
        <source>Turn escrow on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="93" />
        <source>Turn escrow off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="94" />
        <source>Turn escrow off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="96" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="97" />
        <source>Remove the server's copy again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="104" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="128" />
        <source>This vault is not enrolled with an HQ server, so there is no HQ to escrow to. Nothing here can be turned on. Keep your printed recovery key safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="133" />
        <source>This is the HQ desk: escrow is for field devices, so there is nothing to turn on here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="137" />
        <source>Escrow is ON: HQ holds a sealed code that can open this vault once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="140" />
        <source>Escrow is OFF on this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="163" />
        <source>Turn escrow on?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="164" />
        <source>While escrow is on, HQ, or anyone who seizes HQ's key or forces HQ to use it, can open this vault if they also have this laptop. It is there for the day both your passphrase and your recovery key are lost. Turn escrow on?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="170" />
        <source>Turning escrow on: sending the sealed code to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="179" />
        <source>Escrow is on. HQ holds a sealed code that can open this vault once. Keep your printed recovery key safe all the same: it is still the first way back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="185" />
        <source>Escrow was not turned on. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="190" />
        <source>Turn escrow off?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="191" />
        <source>The lock on this laptop is destroyed first, then HQ's copy is removed from the server. A code HQ already fetched cannot be called back, but it will no longer open this vault. Turn escrow off?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="200" />
        <source>Turning escrow off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="210" />
        <source>The lock on this laptop is destroyed and the server's copy is removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="212" />
        <source>The lock on this laptop is destroyed; the server held no copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="214" />
        <source>Escrow is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="215" />
        <source>A code HQ already fetched cannot be called back, but it no longer opens this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="223" />
        <source>Escrow is still on. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="227" />
        <source>Escrow is off on this laptop: the lock is destroyed, so a code HQ holds no longer opens this vault. But the server's copy was not removed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="250" />
        <source>Something went wrong (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscrowUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="260" />
        <source>Escrow to HQ…</source>
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
        <location filename="../../desktop/vigil/ui/gate.py" line="233" />
        <location filename="../../desktop/vigil/ui/gate.py" line="234" />
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
    <name>HqDesk</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Field alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="114" />
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="115" />
        <source>HQ desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="123" />
        <source>HQ tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="124" />
        <source>&amp;Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="125" />
        <source>&amp;Publish urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="126" />
        <source>Send &amp;alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="127" />
        <source>Letter &amp;counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="128" />
        <source>&amp;Integrity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="131" />
        <source>HQ desk status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="31" />
        <source>This will: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="32" />
        <source>Who: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="34" />
        <source>Go ahead?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ti&amp;me-stamping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HqPublish</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="41" />
        <source>empty: every enrolled device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="44" />
        <source>Audience (device ids, separated by commas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="55" />
        <source>every enrolled device</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HqUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="165" />
        <source>&amp;HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="166" />
        <source>HQ &amp;desk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="167" />
        <source>Make an &amp;enrolment code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="168" />
        <source>&amp;Publish an urgent action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="169" />
        <source>Send an &amp;alert…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-stamping a&amp;uthority…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSignatoriesDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="46" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="47" />
        <source>Import signatories</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="49" />
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="50" />
        <source>%n row(s) have problems and are left out:</source>
        <translation>
            <numerusform>%n row has problems and is left out:</numerusform>
            <numerusform>%n rows have problems and are left out:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="54" />
        <source>Rows with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="58" />
        <source>Consent text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="59" />
        <source>The exact words the signatories agreed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="61" />
        <source>Consent version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="62" />
        <source>for example 2024-1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="67" />
        <source>Import %n signatory(ies)</source>
        <translation>
            <numerusform>Import %n signatory</numerusform>
            <numerusform>Import %n signatories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="75" />
        <source>Consent text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="76" />
        <source>Consent version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="82" />
        <source>Signatories stay in this vault; they are never synced.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="69" />
        <source>Alert inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="71" />
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="72" />
        <source>Mark all read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="96" />
        <source>No alerts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="80" />
        <source>Each line is something the server did that it should not: served older, missing or forked data, or a note that failed its signature. Compare with the field devices' logs; if the server may be compromised, stop syncing and call your technical contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="86" />
        <source>Integrity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="88" />
        <source>Nothing wrong found so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>Refresh the integrity log</source>
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
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Left out %n already here.</source>
        <translation>
            <numerusform>Left out %n already here.</numerusform>
            <numerusform>Left out %n already here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import all as new cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import only the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>%1 of the %2 cases in this file are already in this vault: %3. Import only the others, or all of them again as new cases?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Cases already here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="89" />
        <location filename="../../desktop/vigil/ui/main_window.py" line="90" />
        <source>Vigil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="93" />
        <source>Choose a case, or make a new one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="108" />
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="110" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="111" />
        <source>Urgent actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="120" />
        <source>Sync status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="124" />
        <source>Loading cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="136" />
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="137" />
        <source>&amp;New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="138" />
        <source>&amp;Import cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="140" />
        <source>Import &amp;urgent action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="142" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="143" />
        <source>S&amp;ync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="145" />
        <source>&amp;Panic wipe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="159" />
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="162" />
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="181" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="203" />
        <source>Not synced with HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="207" />
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="208" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="214" />
        <source>last attempt failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="218" />
        <source>%n integrity alert(s)</source>
        <translation>
            <numerusform>%n integrity alert</numerusform>
            <numerusform>%n integrity alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="222" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>Title of the case:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="236" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="245" />
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="257" />
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="264" />
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Import urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Urgent actions (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Main toolbar</source>
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
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="48" />
        <source>New urgent action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="49" />
        <source>New field alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="50" />
        <source>New alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="61" />
        <source>Vigil</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="1" />
        <source>Paper size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="57" />
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="63" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="64" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="65" />
        <source>E-mail draft (.eml)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="66" />
        <source>Open in the mail program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="67" />
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="231" />
        <source>Copy the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="68" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="99" />
        <source>One letter per signatory: save them as one PDF or print them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="111" />
        <source>Who signs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="112" />
        <source>Type the name you sign the letter with first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="132" />
        <source>Save the letters as PDF</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="144" />
        <source>Saved %n letter(s) as PDF.</source>
        <translation>
            <numerusform>Saved %n letter as PDF.</numerusform>
            <numerusform>Saved %n letters as PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="147" />
        <source>The PDF was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="161" />
        <source>Not printed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="164" />
        <source>Sent %n letter(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n letter to the printer.</numerusform>
            <numerusform>Sent %n letters to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="170" />
        <source>Save the e-mail draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="188" />
        <source>The draft is open in the mail program; send it from there, then confirm it on the status board.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="191" />
        <source>The draft is saved; no program here opens .eml files. Open it from your mail program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="195" />
        <source>The draft was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="210" />
        <source>No mail link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="213" />
        <source>No mail program answered the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="216" />
        <source>The letter is open in the mail program. Vigil cannot see whether it was sent: confirm it on the status board once it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="223" />
        <source>The letter is too long for a mail link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="224" />
        <source>Mail programs cut links this long without warning, so the letter (%1 characters) would arrive incomplete. Save it as an e-mail draft with the PDF attached, or copy the text into a new message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="230" />
        <source>Save an e-mail draft…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="247" />
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
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
    <name>PublishPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="79" />
        <source>Choose an urgent-action file. Vigil checks all of it (every template, in every language) before anything is signed; what it finds is listed below by file and line. Publish stays off until the file passes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>&amp;Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>Choose file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>Chosen file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="91" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="93" />
        <source>What will be signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="97" />
        <source>Publish as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="98" />
        <source>As the file says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="99" />
        <source>First issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="100" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="101" />
        <source>Closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="105" />
        <source>30 days after the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="106" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="107" />
        <source>Expires after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="108" />
        <source>Pu&amp;blish as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="109" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="110" />
        <source>E&amp;xpires after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>&amp;Publish…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent-action file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent actions (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="150" />
        <source>No problems found: every template passed the gate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="152" />
        <source>%1 (%2): %3 target(s), letters in %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="158" />
        <source>The file says: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="168" />
        <source>%n problem(s): nothing can be signed until the file is fixed.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="172" />
        <source>The file was not checked: nothing can be signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="186" />
        <source>sign %1 as a %2 with the HQ key and send it to the field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="190" />
        <source>Publish urgent action?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="195" />
        <source>Signing and sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="208" />
        <source>Nothing was signed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>first issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="214" />
        <source>closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="219" />
        <source>%1 is signed and queued but not sent yet (%2). It goes at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="223" />
        <source>Published %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="114" />
        <source>Raise urgent alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="117" />
        <source>Detained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="118" />
        <source>Disappeared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="119" />
        <source>Hearing soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="120" />
        <source>Threatened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="121" />
        <source>Injured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="122" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="128" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="129" />
        <source>For HQ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="326" />
        <source>Recover the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="331" />
        <source>Type the recovery key and choose a new passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="335" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="337" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="339" />
        <source>Recovery key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="340" />
        <source>New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="341" />
        <source>Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="343" />
        <source>Recovery status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="349" />
        <source>Recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="356" />
        <source>The new passphrase is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="358" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="267" />
        <location filename="../../desktop/vigil/ui/gate.py" line="268" />
        <source>Your recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="273" />
        <source>Write this recovery key on paper now. It is shown only this once. If you forget your passphrase, it is the only way back into the vault. Anyone who holds it can open the vault: keep it away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="279" />
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="288" />
        <location filename="../../desktop/vigil/ui/gate.py" line="289" />
        <source>I have written it down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="293" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="295" />
        <source>Print the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="297" />
        <location filename="../../desktop/vigil/ui/gate.py" line="299" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="44" />
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="45" />
        <source>Log a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="49" />
        <source>Date of the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="51" />
        <source>What the reply says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="52" />
        <source>What the reply says (a summary is fine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="65" />
        <source>Received on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="66" />
        <source>Reply:</source>
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
    <name>SeizeAction</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="26" />
        <source>&amp;Seized…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="27" />
        <source>Seized device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="99" />
        <source>record this laptop as seized: the server refuses it, every device is told in a note signed by HQ, nothing is encrypted to its keys any more, and what the server received from it after the time below is set aside, not merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="30" />
        <source>Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 attachment(s): 'vigil hq seize --json' lists them, to warn the people named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="124" />
        <source>%1 change(s) HQ had merged from it since that time were taken back out and kept aside: 'vigil hq quarantined' lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="129" />
        <source>The server could not say when it received the rest: mark it seized again later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeizeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="37" />
        <source>Seized?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="50" />
        <source>Taken at (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="51" />
        <source>&amp;Taken at (UTC):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="53" />
        <source>Earlier if it was taken before HQ learnt of it: what the server received from it after this time is set aside, and what HQ had already merged of it since is taken back out and kept aside. Nothing is deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="34" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="37" />
        <source>Lock after minutes without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="40" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="83" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="41" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="42" />
        <source>Lock when the screen locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="45" />
        <source>Clear copied text after seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="48" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="50" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="52" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="63" />
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="61" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="65" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="71" />
        <source>Vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="72" />
        <source>the default folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="73" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="74" />
        <source>Choose the vault folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="80" />
        <source>Sync every minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="85" />
        <source>Sync through a proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="89" />
        <source>Remind of followed urgent action deadlines, days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="93" />
        <source> days before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="94" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="95" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="96" />
        <source>Remember the vault key on this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="98" />
        <source>Recalibrate key derivation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Recalibrate key derivation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Auto-lock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="104" />
        <source>Clipboard:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="105" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="106" />
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="107" />
        <source>Vault folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="108" />
        <source>Sync every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="109" />
        <source>Proxy (Tor):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="110" />
        <source>Deadline reminders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="111" />
        <source>Passphrase cost:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="112" />
        <source>Quick unlock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>A new vault folder is used the next time Vigil starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Wipe the vault after this many wrong passphrases in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="101" />
        <source> wrong passphrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>Wipe after:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignatoriesView</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="105" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="117" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Pseudonym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="109" />
        <source>Agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="113" />
        <source>Import from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="114" />
        <source>Import signatories from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="115" />
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="116" />
        <source>Remove the signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="124" />
        <source>People who sign group letters. They stay in this vault and are never synced; HQ learns only how many letters were sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="141" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="146" />
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n signatory</numerusform>
            <numerusform>%n signatories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="149" />
        <source>Import signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="159" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="175" />
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="184" />
        <source>Remove %1 from the signatories? Letters already made keep their name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="186" />
        <source>Remove signatory</source>
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
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="148" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="83" />
        <source>Appeals by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="85" />
        <source>Appeals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="93" />
        <source>Confirm sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="94" />
        <source>Confirm that this letter was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="95" />
        <source>Log a reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="96" />
        <source>Log a reply to this letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="98" />
        <source>Only you can confirm a letter was sent: opening it in the mail program proves nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="138" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="140" />
        <source>(removed signatory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="170" />
        <source>Confirm only once the letter has left: you posted it, or your mail program sent it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="173" />
        <source>Confirm sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="175" />
        <source>Sent after the deadline?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="176" />
        <source>Record it as sent anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="195" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Lock state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Locks after %n minute(s) without use; Ctrl+L locks now.</source>
        <translation>
            <numerusform>Locks after %n minute without use; Ctrl+L locks now.</numerusform>
            <numerusform>Locks after %n minutes without use; Ctrl+L locks now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>This vault does not sync with an HQ. Join one from the Sync menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Vigil tries again by itself; Sync now tries at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n integrity alert(s)</source>
        <translation>
            <numerusform>%n integrity alert</numerusform>
            <numerusform>%n integrity alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Synced %n h ago</numerusform>
            <numerusform>Synced %n h ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="29" />
        <source>This vault is not enrolled with an HQ server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="33" />
        <source>The HQ server could not be reached (%1). Try again when you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="38" />
        <source>The HQ server refused: %1</source>
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
        <location filename="../../desktop/vigil/ui/gate.py" line="159" />
        <source>Unlock the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="160" />
        <source>Vault location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="162" />
        <source>Demo passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="166" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="167" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="169" />
        <source>Unlock status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="173" />
        <source>Use the recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="174" />
        <source>Use the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="177" />
        <source>I have an escrow code from HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="178" />
        <source>I have an escrow code from HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="180" />
        <source>Other vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="181" />
        <source>Open another vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="182" />
        <source>Use this device's keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="183" />
        <source>Unlock with the key remembered on this device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="186" />
        <location filename="../../desktop/vigil/ui/gate.py" line="187" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="189" />
        <source>Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="190" />
        <source>Restore from backup</source>
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
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="64" />
        <source>Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="65" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="22" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="25" />
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>passed %n day ago</numerusform>
            <numerusform>passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="29" />
        <source>The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.</source>
        <translation>
            <numerusform>The deadline of %1 passed %n day ago; appeals sent now may no longer help.</numerusform>
            <numerusform>The deadline of %1 passed %n days ago; appeals sent now may no longer help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="49" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="50" />
        <source>Back up the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="54" />
        <source>Backup destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="59" />
        <source>Backup progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="61" />
        <source>Backup result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="64" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="65" />
        <source>Cancel the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="66" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="67" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="84" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted backup of the vault goes to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which tools open the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Give the recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the recovery key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinHqDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is now the HQ desk of %1; the HQ menu has the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>The old device %1 is no longer used: ask HQ to revoke it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code. Joining makes this vault the HQ desk: its keys become the organisation's HQ keys, which every field device will trust. Do this on the desk laptop only, once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again makes this desk a new device of the same server, with the same HQ keys: field devices need nothing. The desk then revokes its old device, whose lost credential could otherwise still act as the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is the HQ desk: it joins again with a new admin code from the server ('vigil-server admin-code'), not a device code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code, and this vault is a field device. Ask HQ for a device enrolment code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault was enrolled with %1 as device %2, but this computer's keyring has no sync credential for it (the keyring was reset, or the vault folder came from another computer). Joining again makes it a new device; nothing in the vault is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>On the HQ desk, paste the server's admin code instead (it starts with vigil-admin:).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="52" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="53" />
        <source>Join HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="56" />
        <source>Paste the enrolment code HQ gave you (it starts with vigil-enrol:). Take it only from someone you trust, in person or over a channel you trust: the code decides which server and which HQ keys this vault trusts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="61" />
        <source>Enrolment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="65" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="66" />
        <source>Check the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="68" />
        <source>What joining will trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="75" />
        <source>Join status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="79" />
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="81" />
        <source>Join HQ with this code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="83" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>Organisation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>(not named)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="118" />
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="119" />
        <source>Server key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="120" />
        <source>Code valid until: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="124" />
        <source>HQ key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="129" />
        <source>Joining pins this server key and these HQ keys: a server that later shows another key is refused, and from then on what you save is also encrypted to HQ. If HQ read you the key fingerprints, compare them now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="144" />
        <source>Joining %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="158" />
        <source>Joined %1. Vigil now syncs with HQ; the first sync starts now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="179" />
        <source>The server at %1 showed a different key than the code names: this is the wrong server, or someone is intercepting the connection. Nothing was sent. Do not try again on this network; tell HQ by another channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="185" />
        <source>The server at %1 cannot be reached. Check the network, or set a proxy (Tor) in the Sync panel, then press Join again. The code is still unused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="191" />
        <source>This code was already used; each code works once. Ask HQ for a new one, and tell them: if you did not use it, someone else may have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="195" />
        <source>The server does not know this code. It may belong to another server, or HQ withdrew it. Ask HQ for a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="198" />
        <source>HQ withdrew this code. Ask HQ for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="202" />
        <source>The server refused to enrol this device (%1). Ask HQ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="107" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="119" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="109" />
        <source>Type your current passphrase, then choose a new one. The recovery key keeps working. Old backups still open with the old passphrase: if it may have leaked, use Rotate keys… as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="113" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="114" />
        <source>Current passphrase:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="33" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="35" />
        <source>Choose the backup file and a new or empty folder for the vault, then type the recovery key you wrote down and choose a new passphrase. Nothing outside that folder is changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="41" />
        <source>Backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="42" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="46" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="43" />
        <source>Choose the backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="45" />
        <source>Restore into folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="47" />
        <source>Choose the folder to restore into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="50" />
        <source>Backup file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="51" />
        <source>Restore into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="60" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="61" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="66" />
        <source>Choose the backup file and the folder first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="191" />
        <source>&amp;Join HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="192" />
        <source>Sync &amp;panel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="196" />
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="285" />
        <source>Used now, but the settings could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="288" />
        <source>Syncing through %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="289" />
        <source>Syncing directly, without a proxy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="45" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="46" />
        <source>Sync panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="48" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="49" />
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="50" />
        <source>Waiting to leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="51" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="53" />
        <source>HQ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="54" />
        <source>Last sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="55" />
        <source>Waiting to leave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="56" />
        <source>Conflicts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="58" />
        <source>Integrity alerts (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="60" />
        <source>Integrity alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="65" />
        <source>Sync through a proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="67" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="68" />
        <source>Use this proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="69" />
        <source>Proxy (Tor):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="73" />
        <source>Proxy status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="77" />
        <source>Join HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="79" />
        <source>Join HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="81" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="83" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="85" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="96" />
        <source>Not joined. Ask HQ for an enrolment code, then Join HQ…. Until then everything stays on this computer only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="101" />
        <source>%1 at %2 (this device: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="107" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="108" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="110" />
        <source>The last attempt failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="117" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="118" />
        <source>nothing: everything has left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="122" />
        <source>%n item(s) have two versions: open the item and choose one in History.</source>
        <translation>
            <numerusform>%n item has two versions: open it and choose one in History.</numerusform>
            <numerusform>%n items have two versions: open each and choose one in History.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="124" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="129" />
        <source>None. Nothing the server sent looked wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="141" />
        <source>The server, or a copy of this vault's files, went back in time: data you had may be hidden. Tell HQ by another channel; keep syncing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="145" />
        <source>The server held back revisions it had already announced. Tell HQ by another channel; nothing of yours was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="149" />
        <source>The server showed two different histories of one device. Tell HQ by another channel: the server may be compromised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="153" />
        <source>A revision failed its signature or checks and was refused. Nothing was changed; tell HQ if it happens again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="156" />
        <source>The server answered something an honest server would not. Tell HQ by another channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="158" />
        <source>An alert that was not signed by HQ, or expired, was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="160" />
        <source>An attachment arrived damaged or altered and was set aside. Ask the sender to attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="164" />
        <source>This vault's last-use mark was missing: its files may have been replaced by an older copy. If you did not restore a backup, tell HQ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="168" />
        <source>An older copy of the database was accepted, as you asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="171" />
        <source>Something looked wrong (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="177" />
        <source>A proxy address starts with socks5://, socks5h:// or http://, for example socks5://127.0.0.1:9050 for Tor on this computer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="25" />
        <source>Export e&amp;vidence package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Export evidence package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>Open a case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="40" />
        <source>Save the evidence package (it holds the case decrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="55" />
        <source>Wrote %1: %2 revisions, signed by this device. It holds the case decrypted: keep it as safe as the case. Anyone can check it with the verify.py inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Veri&amp;fy an evidence package…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>&amp;Time-stamp this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="3" />
        <source>Verify an evidence package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="47" />
        <source>Evidence packages (*.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="66" />
        <source>This check is recorded in the case's custody log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="68" />
        <source>Not recorded: this vault does not hold the case the package names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="76" />
        <source>%1 cannot be read as an evidence package (a zip file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="5" />
        <source>Time-stamp this case</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="112" />
        <source>%n revision(s) time-stamped by the authority.</source>
        <translation>
            <numerusform>%n revision time-stamped by the authority.</numerusform>
            <numerusform>%n revisions time-stamped by the authority.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="124" />
        <source>%n attachment(s) time-stamped over the file's own SHA-256.</source>
        <translation>
            <numerusform>%n attachment time-stamped over the file's own SHA-256.</numerusform>
            <numerusform>%n attachments time-stamped over the files' own SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="114" />
        <source>Every revision and attachment of this case already has a time-stamp.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="92" />
        <source>%n time-stamp token(s) added for revisions and attachments received.</source>
        <translation>
            <numerusform>%n time-stamp token added for revisions and attachments received.</numerusform>
            <numerusform>%n time-stamp tokens added for revisions and attachments received.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="94" />
        <source>Time-stamping waits for the next sync round: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No time-stamping authority is set. Set one with HQ → Time-stamping authority…; the desk then also asks it by itself in each sync round.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VaultTasks</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="130" />
        <source>&amp;Back up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="131" />
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="132" />
        <source>&amp;Rotate keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="133" />
        <source>&amp;Export decrypted…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="149" />
        <source>Back up to a file or a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="174" />
        <source>Backup written: %1 revisions, %2 attachments, %3.
Saved as: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="184" />
        <source>Cancelled. Nothing was written; an older file there is untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="188" />
        <source>The backup could not be written to %1 (%2). Check that the stick is plugged in, writable and has room, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="218" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="230" />
        <source>Passphrase changed. The recovery key still works. Backups made before today still open with the old passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="239" />
        <source>Rotate keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="241" />
        <source>Rotating makes a new master key and a new recovery key; your passphrase stays. Do it when the passphrase or the recovery key may have leaked: old backups, with the old secrets, then open nothing you write from now on.

The old recovery key stops working. You will write down the new one next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="250" />
        <source>HQ escrow holds the old key: turn escrow on again afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="254" />
        <source>Type your passphrase to go on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="279" />
        <source>That is not the passphrase of this vault. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="288" />
        <source>Export decrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="293" />
        <source>Export writes every case and attachment UNENCRYPTED. Anyone with access to the folder can read them, and deleting files does not always erase them from a disk or a USB stick. For a copy that stays encrypted, use Back up… instead.

Export anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="300" />
        <source>Export into which folder?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="318" />
        <source>Exported %1 cases and %2 attachments, unencrypted, to %3. Delete them securely when you no longer need them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key you wrote down when the vault was made (or last rotated):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is known now: backups are post-quantum for it too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldAlertsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Refresh field alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>No alert from the field so far: they arrive at the desk's next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Field alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Received (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Urgent alerts raised by field devices, newest first. Each names the device by the label you gave it and the start of its id; the alert is signed with that device's key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceReportDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="21" />
        <source>Evidence package: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="22" />
        <source>Evidence package report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="24" />
        <source>Not verified: %n check(s) failed. What failed is named first.</source>
        <translation>
            <numerusform>Not verified: %n check failed. What failed is named first.</numerusform>
            <numerusform>Not verified: %n checks failed. What failed is named first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="27" />
        <source>Verified: every check passed. Below: what that proves, and what it does not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="28" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="35" />
        <source>What the package proves and does not prove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="37" />
        <source>Custody log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Encrypt to X25519 keys only, which Debian's age 1.1 reads too (NOT safe against a future quantum computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only: it is NOT safe against a future quantum computer. Anyone who keeps a copy could read it once such a computer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because the vault does not know the post-quantum key of its recovery key yet: run 'vigil keys upgrade --recovery-key-file FILE' once, and later backups are post-quantum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is encrypted to post-quantum (hybrid) keys. With the vault's exported identity or its recovery key it opens with age 1.3 or later, or typage; Vigil restores it. Debian's age 1.1 and pyrage cannot open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is encrypted to X25519 keys. With the vault's exported identity or its recovery key it opens with age 1.0 or later (Debian's age 1.1 too), rage, pyrage or typage; Vigil restores it. The envelopes and attachments inside stay as they were written, so age 1.1 reads only those written before the vault had its post-quantum key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because an HQ key this vault pinned has no post-quantum form: it is NOT safe against a future quantum computer. Later backups are post-quantum once HQ's post-quantum keys reach this device (a key rotation HQ signs).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TsaWords</name>
    <message>
        <source>The time-stamping authority's address must be a web address that starts with https:// or http:// and names a host, for example https://freetsa.org/tsr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time-stamping authority's address must not hold a user name or password: the address is written into the custody log and every evidence package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the roots file %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roots file %1 is larger than 1 MiB: give only the authority's root certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSA roots file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSA roots file holds a private key: give the root certificates only. Nothing was set; the roots go into every evidence package.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TsaPage</name>
    <message>
        <source>A time-stamping authority outside the organisation (RFC 3161) signs that what the desk received existed by a given time. Only hashes leave the desk. The desk asks it in each sync round; its tokens go into evidence packages, and anyone can check them with the authority's root certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current time-stamping authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last stamping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authority address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root certificates file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the root certificates file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authority &amp;web address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;oot certificates (PEM):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-stamping problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear authority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No time-stamping authority is set: the desk asks none, and evidence packages carry no tokens from outside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authority: %1
Root certificates, SHA-256: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing time-stamped yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Last stamping (%1): %n token(s) added.</source>
        <translation>
            <numerusform>Last stamping (%1): %n token added.</numerusform>
            <numerusform>Last stamping (%1): %n tokens added.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The authority's root certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the authority's address and its root certificates file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-stamping authority set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forget the time-stamping authority; tokens already kept stay with their cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this desk: its sync rounds ask no authority until one is set again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the authority?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-stamping authority cleared.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
