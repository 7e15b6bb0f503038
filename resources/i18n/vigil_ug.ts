<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug_CN">
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="232" />
        <source>An alert is signed with the HQ key and shown on the field devices at their next sync. A confidential alert is encrypted to each device's own key, so the server cannot read it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇشقا مەركەزنىڭ ئاچقۇچى بىلەن ئىمزا قويۇلىدۇ ۋە ئۇ سەھرادىكى ئۈسكۈنىلەردە كېيىنكى ماسقەدەملەشتە كۆرۈنىدۇ. مەخپىي ئاگاھلاندۇرۇش ھەر بىر ئۈسكۈنىنىڭ ئۆز ئاچقۇچىغا شىفىرلىنىدۇ، شۇڭا مۇلازىمېتىر ئۇنى ئوقۇيالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="238" />
        <source>Severity</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="239" />
        <source>Information</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇچۇر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="240" />
        <source>Warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دىققەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="241" />
        <source>Urgent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="245" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> كۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="246" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددىتى توشىدىغان ۋاقىت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="248" />
        <source>Confidential (encrypted to the devices' keys)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي (ئۈسكۈنىلەرنىڭ ئاچقۇچلىرىغا شىفىرلىنىدۇ)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="249" />
        <source>Confidential</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="251" />
        <source>Alert text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="253" />
        <source>Se&amp;verity:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;دەرىجىسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="254" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;مۇددىتى توشىدىغان ۋاقىت:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="255" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كىمگە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="257" />
        <source>T&amp;ext:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تېكىست:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>&amp;Send alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش &amp;ئەۋەتىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>Send alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ئەۋەتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="271" />
        <source>An alert's text has 1 to %1 characters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش تېكىستى 1 دىن %1 غىچە ھەرپ بولىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="281" />
        <source>sign a “%1” alert with the HQ key, expiring in %2 days, and send it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>«%1» ئاگاھلاندۇرۇشىغا مەركەزنىڭ ئاچقۇچى بىلەن ئىمزا قويۇش، مۇددىتى %2 كۈندىن كېيىن توشىدۇ، ۋە ئۇنى ئەۋەتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="285" />
        <source>, encrypted so that only those devices can read it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>، پەقەت شۇ ئۈسكۈنىلەرلا ئوقۇيالايدىغان قىلىپ شىفىرلىنىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="286" />
        <source>Send alert?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ئەۋەتىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="290" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويۇلۇۋاتىدۇ ۋە ئەۋەتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="300" />
        <source>The alert is signed and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇشقا ئىمزا قويۇلدى ۋە ئۆچرەتكە قويۇلدى، ئەمما تېخى ئەۋەتىلمىدى (%1). ئۇ كېيىنكى ماسقەدەملەشتە كېتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="305" />
        <source>Alert sent.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ئەۋەتىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="309" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنەرسىگە ئىمزا قويۇلمىدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert &amp;key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش &amp;ئاچقۇچىنى ئالماشتۇرۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ئاچقۇچىنى ئالماشتۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="324" />
        <source>introduce a new alert key in a note signed with the current one, then retire the current one; devices switch to the new key at their next sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرقى ئاچقۇچ بىلەن ئىمزا قويۇلغان خاتىرىدە يېڭى ئاگاھلاندۇرۇش ئاچقۇچىنى تونۇشتۇرۇش، ئاندىن ھازىرقىسىنى ئىستېمالدىن چىقىرىش؛ ئۈسكۈنىلەر كېيىنكى ماسقەدەملەشتە يېڭى ئاچقۇچقا ئۆتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="328" />
        <source>Rotate the alert key?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ئاچقۇچى ئالماشتۇرۇلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="342" />
        <source>The new alert key is introduced and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى ئاگاھلاندۇرۇش ئاچقۇچى تونۇشتۇرۇلدى ۋە ئۆچرەتكە قويۇلدى، ئەمما تېخى ئەۋەتىلمىدى (%1). ئۇ كېيىنكى ماسقەدەملەشتە كېتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="346" />
        <source>New alert key sent; the old one is retired.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى ئاگاھلاندۇرۇش ئاچقۇچى ئەۋەتىلدى؛ كونىسى ئىستېمالدىن چىقىرىلدى.</translation>
    </message>
</context>
<context>
    <name>AlertsUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="146" />
        <source>Alert inbox</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ساندۇقى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="149" />
        <source>Alert inbox…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ساندۇقى…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="151" />
        <source>Raise urgent alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ئاگاھلاندۇرۇش چىقىرىش…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="165" />
        <source>Alerts (%n)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>ئاگاھلاندۇرۇشلار (%n)</numerusform>
            <numerusform>ئاگاھلاندۇرۇشلار (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="175" />
        <source>Open a case first.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاۋۋال بىر دېلونى ئېچىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="188" />
        <source>Urgent alert queued; sending now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ئاگاھلاندۇرۇش ئۆچرەتكە قويۇلدى؛ ھازىر ئەۋەتىلىۋاتىدۇ.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="26" />
        <source>Remembering the vault key lets anyone who can read this computer's keyring open the vault without the passphrase: programs running as you while you are logged in, or anyone who logs in as you. Use it only on a computer you alone use, with a strong login password.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار ئاچقۇچىنى ئەستە ساقلىسا، بۇ كومپيۇتېرنىڭ ئاچقۇچ ھالقىسىنى ئوقۇيالايدىغان ھەر قانداق كىشى ئامبارنى مەخپىي ئىبارىسىز ئاچالايدۇ: سىز كىرگەن ۋاقىتتا سىزنىڭ نامىڭىزدا ئىشلەۋاتقان پروگراممىلار ياكى سىزنىڭ نامىڭىزدا كىرگەن ھەر قانداق كىشى. ئۇنى پەقەت ئۆزىڭىزلا ئىشلىتىدىغان، كىرىش پارولى كۈچلۈك كومپيۇتېردىلا ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="139" />
        <location filename="../../desktop/vigil/ui/controller.py" line="209" />
        <source>Vault: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="142" />
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ سىناق ئامبىرى. ئۇنىڭ مەخپىي ئىبارىسى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="161" />
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="40" />
        <source>Choose a vault folder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قىسقۇچىنى تاللاڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="168" />
        <source>No vault there</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇ يەردە ئامبار يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="169" />
        <source>That folder holds no Vigil vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ قىسقۇچتا Vigil ئامبىرى يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="177" />
        <source>Creating the vault: measuring this computer…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قۇرۇلۇۋاتىدۇ: بۇ كومپيۇتېر ئۆلچىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="205" />
        <source>Vigil recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="211" />
        <source>Keep this paper away from the computer.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ قەغەزنى كومپيۇتېردىن يىراق ساقلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="216" />
        <source>The vault was not created</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قۇرۇلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="219" />
        <location filename="../../desktop/vigil/ui/controller.py" line="248" />
        <source>Unlocking…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="268" />
        <source>Wrong passphrase.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە خاتا.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="278" />
        <source>Recovering…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="62" />
        <source>Settings</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="63" />
        <source>The settings could not be saved.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەڭشەكلەرنى ساقلىغىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="73" />
        <source>Quick unlock</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېز قۇلۇپ ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="93" />
        <source>Recalibrate</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتا ئۆلچەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="97" />
        <source>Type the passphrase to re-wrap the key:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى قايتا ئوراش ئۈچۈن مەخپىي ئىبارىنى كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="112" />
        <source>Recalibrated</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتا ئۆلچەندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="113" />
        <source>Key derivation now uses %1 MiB and %2 passes.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچ چىقىرىش ئەمدى %1 MiB ۋە %2 قېتىم ئۆتۈشنى ئىشلىتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="437" />
        <source>Something went wrong (%1).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر خاتالىق يۈز بەردى (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="82" />
        <source>Wipe after wrong passphrases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتا مەخپىي ئىبارىلەردىن كېيىن ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="83" />
        <source>Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, keys first. Your own typing mistakes count as much as a stranger's guesses, and only a backup brings the cases back. Turn this on?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈشتىن بۇرۇنقى ئۇدا خاتا مەخپىي ئىبارىلەر سانى: %1. ئاندىن Vigil بۇ ئامبارنى، ئالدى بىلەن ئاچقۇچلارنى يوقىتىدۇ. ئۆزىڭىزنىڭ خاتا كىرگۈزۈشلىرىمۇ يات ئادەمنىڭ پەرەزلىرىگە ئوخشاش ھېسابلىنىدۇ، دېلولارنى پەقەت زاپاس نۇسخىلا قايتۇرۇپ كېلەلەيدۇ. بۇنى قوزغىتامسىز؟</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="42" />
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="53" />
        <source>draft</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوليازما</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="43" />
        <source>exported</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چىقىرىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="44" />
        <source>opened in the mail program</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت پروگراممىسىدا ئېچىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="45" />
        <source>confirmed sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋەتىلگەنلىكى جەزملەشتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="46" />
        <source>reply received</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋاب كەلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="54" />
        <source>active</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاكتىپ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="55" />
        <source>deadline passed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددىتى ئۆتتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="56" />
        <source>closed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېپىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="63" />
        <source>released</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قويۇپ بېرىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="64" />
        <source>released with conditions</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شەرتلىك قويۇپ بېرىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="67" />
        <source>charges dropped</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەيىبلەش ئەمەلدىن قالدۇرۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="68" />
        <source>sentence reduced</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جازا يەڭگىللىتىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="69" />
        <source>acquitted</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>گۇناھسىز دەپ ھۆكۈم قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="70" />
        <source>no change</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆزگىرىش يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="71" />
        <source>worsened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەھۋال ناچارلاشتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="72" />
        <source>outcome unknown</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نەتىجىسى نامەلۇم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="89" />
        <source>no deadline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددىتى يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="91" />
        <source>by %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 غىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="93" />
        <source>was %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىلگىرى %1 ئىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="97" />
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="76" />
        <source>today is the last day</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۈگۈن ئاخىرقى كۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="105" />
        <source>Urgent action %1 is closed; check with HQ before sending.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 جىددىي ھەرىكىتى يېپىلدى؛ ئەۋەتىشتىن بۇرۇن مەركەز بىلەن تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="112" />
        <source>Check with HQ.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز بىلەن تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="120" />
        <source>Last verified: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى قېتىم تەكشۈرۈلگەن ۋاقىت: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="124" />
        <source>Never verified</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز تەكشۈرۈلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="127" />
        <source>Sample data: verify before sending.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋرىشكە سانلىق مەلۇمات: ئەۋەتىشتىن بۇرۇن تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="131" />
        <source>Verify before sending: not checked for months.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋەتىشتىن بۇرۇن تەكشۈرۈڭ: نەچچە ئايدىن بېرى تەكشۈرۈلمىگەن.</translation>
    </message>
</context>
<context>
    <name>AppealsArea</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="59" />
        <source>Urgent actions</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="73" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="86" />
        <source>Urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <source>State and deadline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى ۋە مۇددىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="70" />
        <source>No urgent actions yet. Import one with Vault › Import urgent action…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى جىددىي ھەرىكەت يوق. ئامبار › جىددىي ھەرىكەت ئەكىرىش… ئارقىلىق بىرنى ئەكىرىڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="76" />
        <source>Follow this urgent action (remind me of its deadline)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ جىددىي ھەرىكەتكە ئەگىشىش (مۇددىتىنى ماڭا ئەسكەرتىش)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="77" />
        <source>Follow this urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ جىددىي ھەرىكەتكە ئەگىشىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="84" />
        <source>About the urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="87" />
        <source>Letter</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="88" />
        <source>Status board</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالەت تاختىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="89" />
        <source>Signatories</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="90" />
        <source>About</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="179" />
        <source>Targets:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نىشانلار:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="185" />
        <source>Letter languages: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت تىللىرى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="187" />
        <source>Deadline: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى مۇددەت: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeals.py" line="220" />
        <source>Imported %n urgent action(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n جىددىي ھەرىكەت ئەكىرىلدى.</numerusform>
            <numerusform>%n جىددىي ھەرىكەت ئەكىرىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="226" />
        <source>Cannot read %1: %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="233" />
        <source>Nothing was imported</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە ئەكىرىلمىدى</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="169" />
        <source>Attachments</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="171" />
        <source>Add files…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت قوشۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="172" />
        <source>Add files</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="173" />
        <source>Save a decrypted copy…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلگەن نۇسخىنى ساقلاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="174" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="341" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="344" />
        <source>Save a decrypted copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلگەن نۇسخىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="175" />
        <source>Open in another program…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا پروگراممىدا ئېچىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="176" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="381" />
        <source>Open in another program</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا پروگراممىدا ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="179" />
        <source>Cancel</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="180" />
        <source>Cancel adding the file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت قوشۇشنى بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="182" />
        <source>Encryption progress</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرلاش جەريانى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="183" />
        <source>Drop files here to encrypt them into the case.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەتلەرنى دېلوغا شىفىرلاپ كىرگۈزۈش ئۈچۈن بۇ يەرگە تاشلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="215" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="304" />
        <source>Choose an attachment to view it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۆرۈش ئۈچۈن بىر قوشۇمچە ھۆججەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="238" />
        <source>Add files to the case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلوغا ھۆججەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="288" />
        <source>Cancelled; nothing of the unfinished file was kept.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىندى؛ تاماملانمىغان ھۆججەتتىن ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="291" />
        <source>Encrypted into the case.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلوغا شىفىرلاپ كىرگۈزۈلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="310" />
        <source>This file is too large to show inside Vigil.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ھۆججەت Vigil ئىچىدە كۆرسىتىشكە بەك چوڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="320" />
        <source>Decrypting…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="323" />
        <source>The file cannot be read.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەتنى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="337" />
        <source>The copy will be an ordinary, unencrypted file. Anyone who can reach this computer's disk, or a backup of it, can read it. Delete it when you no longer need it. Save a decrypted copy anyway?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نۇسخا ئادەتتىكى، شىفىرلانمىغان ھۆججەت بولىدۇ. بۇ كومپيۇتېرنىڭ دىسكىسىغا ياكى ئۇنىڭ زاپاس نۇسخىسىغا يېتەلەيدىغان ھەر قانداق كىشى ئۇنى ئوقۇيالايدۇ. ئۇ سىزگە كېرەك بولمىغاندا ئۇنى ئۆچۈرۈڭ. شۇنداقتىمۇ شىفىرى يېشىلگەن نۇسخا ساقلانسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="362" />
        <source>Decrypted copy saved.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلگەن نۇسخا ساقلاندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="376" />
        <source>Vigil will decrypt this file into a private folder and open it in another program. Vigil wipes that copy when it locks or quits, but the other program may keep its own traces: a recent-files list, thumbnails, autosaved or cached copies. Open it anyway?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil بۇ ھۆججەتنىڭ شىفىرىنى شەخسىي قىسقۇچقا يېشىپ، ئۇنى باشقا پروگراممىدا ئاچىدۇ. Vigil قۇلۇپلانغاندا ياكى تاقالغاندا ئۇ نۇسخىنى ئۆچۈرىدۇ، ئەمما باشقا پروگرامما ئۆزىنىڭ ئىزلىرىنى ساقلاپ قېلىشى مۇمكىن: يېقىنقى ھۆججەتلەر تىزىملىكى، كىچىك رەسىملەر، ئاپتوماتىك ساقلانغان ياكى ۋاقىتلىق ساقلانغان نۇسخىلار. شۇنداقتىمۇ ئېچىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="392" />
        <source>No program on this computer opens this kind of file.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ كومپيۇتېردا بۇ خىل ھۆججەتنى ئاچىدىغان پروگرامما يوق.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="34" />
        <source>Save for HQ to a &amp;USB stick…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈچۈن &amp;USB دىسكىغا ساقلاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="35" />
        <source>&amp;Import a bundle…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بوغچا &amp;ئەكىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="36" />
        <source>Save for HQ to a USB stick</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈچۈن USB دىسكىغا ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="37" />
        <source>Saved: %1 change(s), %2 attachment(s), %3 alert(s) and note(s). Only HQ can open the file. Everything also stays queued, and goes when the network is back.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاندى: ئۆزگىرىش ⁨%1⁩، قوشۇمچە ھۆججەت ⁨%2⁩، ئاگاھلاندۇرۇش ۋە خاتىرە ⁨%3⁩. ھۆججەتنى پەقەت مەركەز ئاچالايدۇ. ھەممىسى ئۆچرەتتىمۇ قالىدۇ، تور قايتقاندا يوللىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="38" />
        <source>Saved for HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈچۈن ساقلاندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="39" />
        <source>Import a bundle</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بوغچا ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="40" />
        <source>Vigil bundles (*.vigil);;All files (*)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil بوغچىلىرى (*.vigil);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="41" />
        <source>Imported %1 change(s) (%2 already here), %3 attachment(s), %4 alert(s) and note(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەكىرىلدى: ئۆزگىرىش ⁨%1⁩ (بۇرۇن بار: ⁨%2⁩)، قوشۇمچە ھۆججەت ⁨%3⁩، ئاگاھلاندۇرۇش ۋە خاتىرە ⁨%4⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="42" />
        <source>Some of it was refused or waits for what has not arrived: see the Sync panel.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر قىسمى رەت قىلىندى ياكى تېخى كەلمىگەن نەرسىنى كۈتۈۋاتىدۇ: ماسقەدەملەش تاختىسىغا قاراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="43" />
        <source>Bundle imported</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بوغچا ئەكىرىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="44" />
        <source>Nothing was changed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="107" />
        <source>HQ has %1 of this device's change(s): they are no longer queued.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزدە بۇ ئۈسكۈنىنىڭ ⁨%1⁩ ئۆزگەرتىشى بار: ئۇلار ئەمدى ئۆچرەتتە تۇرمايدۇ.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="218" />
        <source>Progress</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جەريان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="223" />
        <source>Working</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىشلەۋاتىدۇ</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Title</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Country</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دۆلەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Updated</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭىلانغان</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="1" />
        <source>Status:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="165" />
        <source>Filter by status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="166" />
        <source>All statuses</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بارلىق ھالەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="170" />
        <source>Filter by country code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دۆلەت كودى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="171" />
        <source>Country</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دۆلەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="175" />
        <source>Filter by tag</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگە بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="176" />
        <source>Tag</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="182" />
        <source>Cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولار</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="83" />
        <source>Not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلانمىدى</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="35" />
        <source>Open case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="41" />
        <source>Overview</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئومۇمىي ئەھۋال</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="42" />
        <source>People</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="43" />
        <source>Timeline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تىزىمى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="44" />
        <source>Notes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="45" />
        <source>Attachments</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>This city is written in another script than this letter, so the letter leaves it out: type it as this letter should show it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ شەھەر خەتتىكىدىن باشقا يېزىقتا يېزىلغان، شۇڭا خەتكە كىرگۈزۈلمەيدۇ: ئۇنى بۇ خەتتە قانداق كۆرۈنۈشى كېرەك بولسا شۇنداق يېزىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>City check</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شەھەرنى تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="79" />
        <source>Deadline warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددەت ئەسكەرتىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="82" />
        <source>Letter language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت تىلى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="84" />
        <source>Addressee</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="85" />
        <source>Addressee check</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت تاپشۇرۇۋالغۇچىنى تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="87" />
        <source>Who signs</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىم ئىمزا قويىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="88" />
        <source>One letter signed by me</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەن ئىمزا قويغان بىر خەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="89" />
        <source>One letter per signatory</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەر بىر ئىمزا قويغۇچىغا بىر خەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="90" />
        <source>One letter signed by me and all signatories</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەن ۋە بارلىق ئىمزا قويغۇچىلار ئىمزا قويغان بىر خەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="92" />
        <source>Your name</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسمىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="94" />
        <source>Your city</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شەھىرىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="96" />
        <source>Your e-mail address</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلخەت ئادرېسىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="98" />
        <source>Personal note</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شەخسىي ئىزاھات</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="99" />
        <source>A few words of your own, added after the demands</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەلەپلەردىن كېيىن قوشۇلىدىغان ئۆزىڭىزنىڭ بىر نەچچە سۆزى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="101" />
        <location filename="../../desktop/vigil/ui/composer.py" line="102" />
        <source>Edit the letter's text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتنىڭ تېكىستىنى تەھرىرلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>Letter text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <location filename="../../desktop/vigil/ui/composer.py" line="108" />
        <source>Keep the edit with this appeal</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەھرىرنى بۇ مۇراجىئەت بىلەن ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="119" />
        <source>&amp;Language:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ت&amp;ىل:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="120" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كىمگە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="122" />
        <source>Si&amp;gned:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىم&amp;زا:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="123" />
        <source>Your &amp;name:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئى&amp;سمىڭىز:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="124" />
        <source>C&amp;ity:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;شەھەر:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="125" />
        <source>E-&amp;mail:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئ&amp;ېلخەت:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="126" />
        <source>Personal n&amp;ote:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شە&amp;خسىي ئىزاھات:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="142" />
        <source>Letter preview</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتنى ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="143" />
        <source>Why there is no letter</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ئۈچۈن خەت يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="149" />
        <source>Letters</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="203" />
        <source>This urgent action asks that its letters be sent as written.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ جىددىي ھەرىكەت خەتلىرىنىڭ يېزىلغان پېتى ئەۋەتىلىشىنى تەلەپ قىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="320" />
        <source>There are no signatories yet: add them in the Signatories tab.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى ئىمزا قويغۇچى يوق: ئۇلارنى ئىمزا قويغۇچىلار بەتكۈچىدە قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Subject: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېما: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer.py" line="347" />
        <source>%n letter(s); the preview shows the first.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n خەت؛ ئالدىن كۆرۈشتە بىرىنچىسى كۆرسىتىلىدۇ.</numerusform>
            <numerusform>%n خەت؛ ئالدىن كۆرۈشتە بىرىنچىسى كۆرسىتىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="413" />
        <source>Not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلانمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="416" />
        <source>The note and the edit are kept with this appeal.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىزاھات ۋە تەھرىر بۇ مۇراجىئەت بىلەن ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="58" />
        <source>The letter template was refused, so nothing is rendered from it:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت قېلىپى رەت قىلىندى، شۇڭا ئۇنىڭدىن ھېچنېمە ھاسىل قىلىنمايدۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="64" />
        <source>This letter cannot be written:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ خەتنى يازغىلى بولمايدۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="68" />
        <source>The letter could not be written (%1).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتنى يازغىلى بولمىدى (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="83" />
        <source>I am writing about this action's follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەن بۇ ھەرىكەتنىڭ داۋامى ھەققىدە يېزىۋاتىمەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="86" />
        <source>Review state</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەكشۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="104" />
        <source>Write about me as</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەن ھەققىمدە يېزىش شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>not given</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بېرىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="106" />
        <source>a woman</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئايال</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <source>a man</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="137" />
        <source>&amp;Write about me as:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>م&amp;ەن ھەققىمدە يېزىش شەكلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Urgent action %1 is closed: its demands are for a time that has passed. Write only about its follow-up, and tick the box that says so.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 جىددىي ھەرىكىتى يېپىلدى: ئۇنىڭ تەلەپلىرى ئۆتۈپ كەتكەن ۋاقىتقا ئائىت. پەقەت ئۇنىڭ داۋامى ھەققىدە يېزىڭ ۋە شۇنى بىلدۈرىدىغان كاتەكچىنى بەلگىلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="378" />
        <source>This letter's template is not yet reviewed by a native speaker.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ خەتنىڭ قېلىپىنى تېخى ئانا تىلى سۆزلىگۈچى تەكشۈرمىگەن.</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="41" />
        <source>Letters the field confirmed as sent, per urgent action and language. Devices report numbers only, never who signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سەھرا ئەۋەتىلگەنلىكىنى جەزملەشتۈرگەن خەتلەر، جىددىي ھەرىكەت ۋە تىل بويىچە. ئۈسكۈنىلەر پەقەت ساننىلا مەلۇم قىلىدۇ، كىمنىڭ ئىمزا قويغانلىقىنى ھەرگىز مەلۇم قىلمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Letters sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋەتىلگەن خەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Devices reporting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەلۇم قىلغان ئۈسكۈنىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت سانلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="50" />
        <source>No counts yet: they arrive when field devices sync after sending letters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى سان يوق: ئۇلار سەھرادىكى ئۈسكۈنىلەر خەت ئەۋەتكەندىن كېيىن ماسقەدەملىگەندە كېلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>Refresh letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت سانلىرىنى يېڭىلاش</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="79" />
        <source>Create a vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="83" />
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess. If you forget it, only the recovery key shown next can open the vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە تاللاڭ: بىر-بىرىگە مۇناسىۋەتسىز بىر نەچچە سۆزنى ئەستە تۇتۇش ئاسان، پەرەز قىلىش تەس. ئۇنى ئۇنتۇپ قالسىڭىز، ئامبارنى پەقەت كېيىن كۆرسىتىلىدىغان ئەسلىگە كەلتۈرۈش ئاچقۇچىلا ئاچالايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="90" />
        <source>Passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="91" />
        <source>Repeat the passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارىنى قايتىلاڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="92" />
        <source>Passphrase:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="93" />
        <source>Repeat it:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتىلاڭ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="98" />
        <source>Passphrase strength</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارىنىڭ كۈچلۈكلۈكى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="100" />
        <source>Passphrase hint</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە ھەققىدە كۆرسەتمە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="103" />
        <location filename="../../desktop/vigil/ui/gate.py" line="104" />
        <source>Back</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كەينىگە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="105" />
        <location filename="../../desktop/vigil/ui/gate.py" line="106" />
        <source>Create vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قۇرۇش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/gate.py" line="122" />
        <source>Too short: at least %n characters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>بەك قىسقا: كەم دېگەندە %n ھەرپ.</numerusform>
            <numerusform>بەك قىسقا: كەم دېگەندە %n ھەرپ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="123" />
        <source>Weak: easy to guess for someone with time. Add more words.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاجىز: ۋاقتى بار ئادەم ئاسان پەرەز قىلالايدۇ. يەنە سۆز قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="124" />
        <source>Fair: add a word or two more.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئوتتۇراھال: يەنە بىر-ئىككى سۆز قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="125" />
        <source>Good.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ياخشى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="126" />
        <source>Strong.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۈچلۈك.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="136" />
        <source>The two passphrases differ.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىككى مەخپىي ئىبارە ئوخشىمايدۇ.</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="47" />
        <source>Deadline reminder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددەت ئەسكەرتىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="79" />
        <source>%1: %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="86" />
        <source>Deadlines of urgent actions you follow</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سىز ئەگەشكەن جىددىي ھەرىكەتلەرنىڭ مۇددەتلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="90" />
        <source>Urgent action deadline soon</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەتنىڭ مۇددىتى يېقىنلاشتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="92" />
        <source>Vigil</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota set: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چەك بەلگىلەندى: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Setting the quota of %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 نىڭ چېكى بەلگىلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set the quota?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چەكنى بەلگىلەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>let this device store on the server %1 in any 24 hours and %2 in all; what it already stored stays</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىنىڭ مۇلازىمېتىردا ھەرقانداق 24 سائەتتە %1، جەمئىي %2 ساقلىشىغا يول قويۇش؛ ئاللىقاچان ساقلانغانلىرى قالىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىرنىڭ كۆڭۈلدىكى قىممىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Not a size: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ چوڭلۇق ئەمەس: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In all:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جەمئىي:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In any 24 hours:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرقانداق 24 سائەتتە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set quota</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چەك بەلگىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set &amp;quota…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;چەك بەلگىلەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>A size such as 500MiB or 8GiB; empty: the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>500MiB ياكى 8GiB دېگەندەك چوڭلۇق؛ قۇرۇق بولسا مۇلازىمېتىرنىڭ كۆڭۈلدىكى قىممىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۆڭۈلدىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in all</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جەمئىي چەك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in any 24 hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرقانداق 24 سائەتتىكى چەك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Storage quota of the chosen field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللانغان سەھرا ئۈسكۈنىسىنىڭ ساقلاش چېكى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>never</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota (a day / in all)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چەك (بىر كۈندە / جەمئىي)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Last seen (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى قېتىم (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگە ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Role</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رولى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>State</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Stored</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلانغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Enrolled (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملاتقان ۋاقتى (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="50" />
        <source>No field devices yet. Make an enrolment code below and give it to the field worker; their device appears here once it joins.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى سەھرا ئۈسكۈنىسى يوق. تۆۋەندە تىزىملىتىش كودى ياساپ، ئۇنى سەھرا خىزمەتچىسىگە بېرىڭ؛ ئۇنىڭ ئۈسكۈنىسى قوشۇلغاندىن كېيىن بۇ يەردە كۆرۈنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>Refresh devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنىلەرنى يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Re&amp;voke…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;بىكار قىلىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Revoke</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقىنى بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and &amp;wipe…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىش ۋە &amp;ئۆچۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and wipe</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىش ۋە ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>&amp;Escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش &amp;كودى…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>Escrow recovery code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ئارقىلىق ئەسلىگە كەلتۈرۈش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="69" />
        <source>Wipe only after it pushes what is waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلىنىۋاتقانلارنى ئەۋەتكەندىن كېيىنلا ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="71" />
        <source>Push first</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاۋۋال ئەۋەتسۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="75" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> كۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="76" />
        <source>Wipe order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈش بۇيرۇقىنىڭ كۈچكە ئىگە ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="78" />
        <source>Order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇيرۇقنىڭ كۈچكە ئىگە ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="86" />
        <source>A new field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى سەھرا ئۈسكۈنىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="90" />
        <source>e.g. Almaty laptop 2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلەن، ئالمۇتادىكى 2-نومۇرلۇق نوتبۇك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="91" />
        <source>Device label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنىنىڭ بەلگە ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="96" />
        <source> hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> سائەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="97" />
        <source>Code valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنىڭ كۈچكە ئىگە ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>&amp;Make enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىتىش كودى &amp;ياساش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>Make enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىتىش كودى ياساش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="102" />
        <source>&amp;Label (shown in this list):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ب&amp;ەلگە ئىسمى (بۇ تىزىملىكتە كۆرۈنىدۇ):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="103" />
        <source>Valid f&amp;or:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ك&amp;ۈچكە ئىگە ۋاقتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="107" />
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="112" />
        <source>Code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كود</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="109" />
        <source>What the code is</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كود نېمە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>&amp;Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>Copy the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنى كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>&amp;Print a page…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەت &amp;بېسىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>Print the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنى بېسىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>&amp;Forget</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئۇنتۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>Forget the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنى ئۇنتۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="143" />
        <source>Asking the server for the devices…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنىلەر مۇلازىمېتىردىن سورىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="156" />
        <source>%n device(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n ئۈسكۈنە.</numerusform>
            <numerusform>%n ئۈسكۈنە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈستىلى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سەھرا ئۈسكۈنىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="162" />
        <source>active</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاكتىپ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="164" />
        <source>revoked, wipe order waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقى بىكار قىلىندى، ئۆچۈرۈش بۇيرۇقى كۈتۈۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="166" />
        <source>revoked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقى بىكار قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="212" />
        <source>revoke this device and send it an order, signed with the HQ key, to destroy its vault at its next contact with the server (within %1 days)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىنىڭ ھوقۇقىنى بىكار قىلىپ، ئۇنىڭغا مەركەزنىڭ ئاچقۇچى بىلەن ئىمزا قويۇلغان، مۇلازىمېتىر بىلەن كېيىنكى ئالاقىسىدە (%1 كۈن ئىچىدە) ئامبىرىنى يوقىتىش بۇيرۇقىنى ئەۋەتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="216" />
        <source>, after it pushes what is waiting to leave</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>، ئۇ كېتىشنى ساقلاۋاتقانلارنى ئەۋەتكەندىن كېيىن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="217" />
        <source>Revoke and wipe?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقى بىكار قىلىنىپ ئۆچۈرۈلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="220" />
        <source>revoke this device: the server refuses it from now on; its vault stays on the device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىنىڭ ھوقۇقىنى بىكار قىلىش: مۇلازىمېتىر ئۇنى بۇنىڭدىن كېيىن رەت قىلىدۇ؛ ئۇنىڭ ئامبىرى ئۈسكۈنىدە قالىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="223" />
        <source>Revoke?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقى بىكار قىلىنسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="227" />
        <source>Revoking %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 نىڭ ھوقۇقى بىكار قىلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="233" />
        <source>Revoked: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھوقۇقى بىكار قىلىندى: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="234" />
        <source>It wipes itself at its next contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇ كېيىنكى ئالاقىسىدە ئۆزىنى ئۆچۈرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="251" />
        <source>make a one-time enrolment code, valid for %1 hours, that lets one new field device join this organisation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر يېڭى سەھرا ئۈسكۈنىسىنىڭ بۇ تەشكىلاتقا قوشۇلۇشىغا يول قويىدىغان، %1 سائەت كۈچكە ئىگە بىر قېتىملىق تىزىملىتىش كودى ياساش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="254" />
        <source>a new field device (no label)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى سەھرا ئۈسكۈنىسى (بەلگە ئىسمى يوق)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="255" />
        <source>Make an enrolment code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىتىش كودى ياسالسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="258" />
        <source>Asking the server for a code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىردىن كود سورىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="268" />
        <source>Enrolment code made.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىتىش كودى ياسالدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="270" />
        <source>One-time enrolment code for %1. Give it to the field worker over a safe channel; in Vigil they choose Join HQ and paste it. It works once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئۈچۈن بىر قېتىملىق تىزىملىتىش كودى. ئۇنى سەھرا خىزمەتچىسىگە بىخەتەر يول ئارقىلىق بېرىڭ؛ ئۇ Vigil دا «مەركەزگە قوشۇلۇش» نى تاللاپ ئۇنى چاپلايدۇ. ئۇ بىر قېتىملا ئىشلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="274" />
        <source>Vigil enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil تىزىملىتىش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="275" />
        <source>For: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىم ئۈچۈن: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="276" />
        <source>Organisation: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەشكىلات: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="277" />
        <source>Server: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="278" />
        <source>Valid until %1 (UTC); it works once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 (UTC) غىچە كۈچكە ئىگە؛ بىر قېتىملا ئىشلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="282" />
        <source>In Vigil: choose Join HQ, paste or type the code, and check that the organisation and server shown are the ones above.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil دا: «مەركەزگە قوشۇلۇش» نى تاللاڭ، كودنى چاپلاڭ ياكى كىرگۈزۈڭ، ۋە كۆرسىتىلگەن تەشكىلات بىلەن مۇلازىمېتىرنىڭ يۇقىرىدىكىلەر ئىكەنلىكىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="284" />
        <source>Destroy this page once the device has joined.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنە قوشۇلغاندىن كېيىن بۇ بەتنى يوقىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="299" />
        <source>fetch this device's escrow unlock code from the server and open it with the HQ key. Whoever holds the code and the laptop can open the vault: give it to the field worker in person or on a call where you recognise each other</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىنىڭ ئاچقۇچنى مەركەزدە ساقلاش قۇلۇپ ئېچىش كودىنى مۇلازىمېتىردىن ئېلىپ، ئۇنى مەركەزنىڭ ئاچقۇچى بىلەن ئېچىش. كود بىلەن نوتبۇكقا ئىگە بولغان ھەر قانداق كىشى ئامبارنى ئاچالايدۇ: ئۇنى سەھرا خىزمەتچىسىگە يۈزمۇيۈز ياكى بىر-بىرىڭلارنى تونۇيدىغان تېلېفوندا بېرىڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="303" />
        <source>Escrow recovery code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ئارقىلىق ئەسلىگە كەلتۈرۈش كودى ئېلىنسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="306" />
        <source>Fetching the escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش كودى ئېلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="309" />
        <source>Escrow code ready.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش كودى تەييار.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="311" />
        <source>Escrow unlock code for %1. It opens that vault once, with a new passphrase. Never send it by the same route as the laptop.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئۈچۈن ئاچقۇچنى مەركەزدە ساقلاش قۇلۇپ ئېچىش كودى. ئۇ شۇ ئامبارنى بىر قېتىم، يېڭى مەخپىي ئىبارە بىلەن ئاچىدۇ. ئۇنى ھەرگىز نوتبۇك بىلەن ئوخشاش يول ئارقىلىق ئەۋەتمەڭ.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No case open</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېچىلغان دېلو يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>New case…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى دېلو…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Import cases…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولارنى ئەكىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No cases yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى دېلو يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Add a case, or import one from a file another Vigil exported. Cases stay encrypted in this vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلو قوشۇڭ ياكى باشقا Vigil چىقارغان ھۆججەتتىن بىرنى ئەكىرىڭ. دېلولار بۇ ئامباردا شىفىرلانغان ھالەتتە تۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Choose a case from the list, or add a new one with Ctrl+N.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىكتىن بىر دېلونى تاللاڭ ياكى Ctrl+N بىلەن يېڭىسىنى قوشۇڭ.</translation>
    </message>
</context>
<context>
    <name>EscrowCodeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="295" />
        <source>Recover with HQ's escrow code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزنىڭ ئاچقۇچنى مەركەزدە ساقلاش كودى بىلەن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="297" />
        <source>Type the escrow code HQ gave you, in person or on a call where you recognised each other, and choose a new passphrase. The code works once. You get a new recovery key to write down, and escrow is off afterwards.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز سىزگە يۈزمۇيۈز ياكى بىر-بىرىڭلارنى تونۇغان تېلېفوندا بەرگەن ئاچقۇچنى مەركەزدە ساقلاش كودىنى كىرگۈزۈپ، يېڭى مەخپىي ئىبارە تاللاڭ. كود بىر قېتىملا ئىشلەيدۇ. سىز يېزىۋېلىش ئۈچۈن يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچىغا ئېرىشىسىز، ئاندىن ئاچقۇچنى مەركەزدە ساقلاش تاقىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="301" />
        <source>Escrow code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="302" />
        <source>Escrow code:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش كودى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="317" />
        <source>Recovering with HQ's escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزنىڭ ئاچقۇچنى مەركەزدە ساقلاش كودى بىلەن ئەسلىگە كەلتۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="322" />
        <source>Something went wrong (%1).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر خاتالىق يۈز بەردى (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="325" />
        <source>The vault was recovered, but it did not open here. Unlock it with the new passphrase.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار ئەسلىگە كەلتۈرۈلدى، ئەمما بۇ يەردە ئېچىلمىدى. ئۇنى يېڭى مەخپىي ئىبارە بىلەن ئېچىڭ.</translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="57" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="58" />
        <source>Escrow to HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="62" />
        <source>Escrow lets HQ help you back into this vault if you lose both your passphrase and your printed recovery key. HQ keeps a sealed one-time code; this laptop keeps the lock that the code opens.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش مەخپىي ئىبارىڭىزنى ۋە بېسىلغان ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىزنى ئىككىلىسىنى يوقاتقان ئەھۋالدا، مەركەزنىڭ سىزگە بۇ ئامبارغا قايتا كىرىشىڭىزگە ياردەم بېرىشىگە يول قويىدۇ. مەركەز پېچەتلەنگەن بىر قېتىملىق كودنى ساقلايدۇ؛ بۇ نوتبۇك شۇ كود ئاچىدىغان قۇلۇپنى ساقلايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="67" />
        <source>The cost: while escrow is on, HQ can open this vault if it also has this laptop. So can anyone who seizes HQ's key, or forces HQ to use it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەدىلى: ئاچقۇچنى مەركەزدە ساقلاش ئوچۇق تۇرغان ۋاقىتتا، مەركەز بۇ نوتبۇكقىمۇ ئىگە بولسا، بۇ ئامبارنى ئاچالايدۇ. مەركەزنىڭ ئاچقۇچىنى تارتىۋالغان ياكى مەركەزنى ئۇنى ئىشلىتىشكە مەجبۇرلىغان ھەر قانداق كىشىمۇ شۇنداق قىلالايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="71" />
        <source>You can turn it off at any time. That destroys the lock on this laptop, so a code HQ already has no longer opens anything here. But a copy HQ already fetched cannot be called back, and a copy of this laptop's disk made while escrow was on still opens with it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇنى خالىغان ۋاقىتتا تاقىيالايسىز. بۇ نوتبۇكتىكى قۇلۇپنى يوقىتىدۇ، شۇڭا مەركەزدە بار كود بۇ يەردە ھېچنېمىنى ئاچالمايدۇ. ئەمما مەركەز ئاللىبۇرۇن چۈشۈرۈۋالغان نۇسخىنى قايتۇرۇۋالغىلى بولمايدۇ، ئاچقۇچنى مەركەزدە ساقلاش ئوچۇق ۋاقىتتا ئېلىنغان بۇ نوتبۇك دىسكىسىنىڭ نۇسخىسىنىمۇ ئۇ يەنىلا ئاچالايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="77" />
        <source>Escrow is off unless you turn it on. If you are unsure, leave it off, and keep your printed recovery key somewhere safe, away from this laptop.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش سىز قوزغاتمىغۇچە تاقاق تۇرىدۇ. ئىشەنچىڭىز كامىل بولمىسا، ئۇنى تاقاق قويۇڭ ۋە بېسىلغان ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىزنى بۇ نوتبۇكتىن يىراق، بىخەتەر جايدا ساقلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="83" />
        <source>Escrow state</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="88" />
        <source>Escrow result</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش نەتىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="91" />
        <source>Turn escrow on…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاشنى قوزغىتىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="92" />
        <source>Turn escrow on</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاشنى قوزغىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="93" />
        <source>Turn escrow off…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاشنى تاقاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="94" />
        <source>Turn escrow off</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاشنى تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="96" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="97" />
        <source>Remove the server's copy again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىردىكى نۇسخىنى قايتا ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="104" />
        <source>Close</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="128" />
        <source>This vault is not enrolled with an HQ server, so there is no HQ to escrow to. Nothing here can be turned on. Keep your printed recovery key safe.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار مەركەز مۇلازىمېتىرىغا تىزىملاتمىغان، شۇڭا ئاچقۇچنى مەركەزدە ساقلاشقا مەركەز يوق. بۇ يەردە ھېچنېمىنى قوزغاتقىلى بولمايدۇ. بېسىلغان ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىزنى بىخەتەر ساقلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="133" />
        <source>This is the HQ desk: escrow is for field devices, so there is nothing to turn on here.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ مەركەز ئۈستىلى: ئاچقۇچنى مەركەزدە ساقلاش سەھرا ئۈسكۈنىلىرى ئۈچۈن، شۇڭا بۇ يەردە قوزغىتىدىغان نەرسە يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="137" />
        <source>Escrow is ON: HQ holds a sealed code that can open this vault once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ئوچۇق: مەركەزدە بۇ ئامبارنى بىر قېتىم ئاچالايدىغان پېچەتلەنگەن كود بار.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="140" />
        <source>Escrow is OFF on this vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامباردا ئاچقۇچنى مەركەزدە ساقلاش تاقاق.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="163" />
        <source>Turn escrow on?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش قوزغىتىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="164" />
        <source>While escrow is on, HQ, or anyone who seizes HQ's key or forces HQ to use it, can open this vault if they also have this laptop. It is there for the day both your passphrase and your recovery key are lost. Turn escrow on?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ئوچۇق ۋاقىتتا، مەركەز ياكى مەركەزنىڭ ئاچقۇچىنى تارتىۋالغان ياكى مەركەزنى ئۇنى ئىشلىتىشكە مەجبۇرلىغان ھەر قانداق كىشى، بۇ نوتبۇكقىمۇ ئىگە بولسا، بۇ ئامبارنى ئاچالايدۇ. ئۇ مەخپىي ئىبارىڭىز بىلەن ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز ئىككىلىسى يوقالغان كۈن ئۈچۈن. ئاچقۇچنى مەركەزدە ساقلاش قوزغىتىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="170" />
        <source>Turning escrow on: sending the sealed code to HQ…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش قوزغىتىلىۋاتىدۇ: پېچەتلەنگەن كود مەركەزگە ئەۋەتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="179" />
        <source>Escrow is on. HQ holds a sealed code that can open this vault once. Keep your printed recovery key safe all the same: it is still the first way back.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش ئوچۇق. مەركەزدە بۇ ئامبارنى بىر قېتىم ئاچالايدىغان پېچەتلەنگەن كود بار. شۇنداقتىمۇ بېسىلغان ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىزنى بىخەتەر ساقلاڭ: ئۇ يەنىلا قايتىشنىڭ بىرىنچى يولى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="185" />
        <source>Escrow was not turned on. %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش قوزغىتىلمىدى. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="190" />
        <source>Turn escrow off?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش تاقالسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="191" />
        <source>The lock on this laptop is destroyed first, then HQ's copy is removed from the server. A code HQ already fetched cannot be called back, but it will no longer open this vault. Turn escrow off?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالدى بىلەن بۇ نوتبۇكتىكى قۇلۇپ يوقىتىلىدۇ، ئاندىن مەركەزنىڭ نۇسخىسى مۇلازىمېتىردىن ئۆچۈرۈلىدۇ. مەركەز ئاللىبۇرۇن چۈشۈرۈۋالغان كودنى قايتۇرۇۋالغىلى بولمايدۇ، ئەمما ئۇ ئەمدى بۇ ئامبارنى ئاچالمايدۇ. ئاچقۇچنى مەركەزدە ساقلاش تاقالسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="200" />
        <source>Turning escrow off…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش تاقىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="210" />
        <source>The lock on this laptop is destroyed and the server's copy is removed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نوتبۇكتىكى قۇلۇپ يوقىتىلدى ۋە مۇلازىمېتىردىكى نۇسخا ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="212" />
        <source>The lock on this laptop is destroyed; the server held no copy.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نوتبۇكتىكى قۇلۇپ يوقىتىلدى؛ مۇلازىمېتىردا نۇسخا يوق ئىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="214" />
        <source>Escrow is off.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش تاقاق.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="215" />
        <source>A code HQ already fetched cannot be called back, but it no longer opens this vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئاللىبۇرۇن چۈشۈرۈۋالغان كودنى قايتۇرۇۋالغىلى بولمايدۇ، ئەمما ئۇ ئەمدى بۇ ئامبارنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="223" />
        <source>Escrow is still on. %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش يەنىلا ئوچۇق. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="227" />
        <source>Escrow is off on this laptop: the lock is destroyed, so a code HQ holds no longer opens this vault. But the server's copy was not removed. %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نوتبۇكتا ئاچقۇچنى مەركەزدە ساقلاش تاقاق: قۇلۇپ يوقىتىلدى، شۇڭا مەركەزدىكى كود ئەمدى بۇ ئامبارنى ئاچالمايدۇ. ئەمما مۇلازىمېتىردىكى نۇسخا ئۆچۈرۈلمىدى. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="250" />
        <source>Something went wrong (%1).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر خاتالىق يۈز بەردى (%1).</translation>
    </message>
</context>
<context>
    <name>EscrowUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="260" />
        <source>Escrow to HQ…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاش…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="175" />
        <source>Event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="178" />
        <source>Date</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="179" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىل، يىل-ئاي ياكى يىل-ئاي-كۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="180" />
        <source>Type</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="181" />
        <source>Place</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="183" />
        <source>What happened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ۋەقە يۈز بەردى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="185" />
        <source>Sources of this event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ھادىسىنىڭ مەنبەلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="196" />
        <source>Date:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="197" />
        <source>Type:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="198" />
        <source>Place:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورنى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="199" />
        <source>What happened:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ۋەقە يۈز بەردى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="200" />
        <source>Sources:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەلەر:</translation>
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="233" />
        <location filename="../../desktop/vigil/ui/gate.py" line="234" />
        <source>Vigil</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="68" />
        <location filename="../../desktop/vigil/ui/history.py" line="69" />
        <source>History</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارىخ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="71" />
        <source>Revisions</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نەشرلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="74" />
        <source>The revision before</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالدىنقى نەشرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="77" />
        <source>The chosen revision</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللانغان نەشرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="78" />
        <source>Revision details</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نەشر تەپسىلاتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="81" />
        <source>This item was changed on two devices at once. Compare the versions, then keep one: the others stay in the history.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ تۈر ئىككى ئۈسكۈنىدە بىرلا ۋاقىتتا ئۆزگەرتىلگەن. نەشرلىرىنى سېلىشتۇرۇپ، بىرىنى ساقلاڭ: باشقىلىرى تارىختا قالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="84" />
        <source>Conflict</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>توقۇنۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="90" />
        <source>Before</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىلگىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="91" />
        <source>This revision</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نەشرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="99" />
        <location filename="../../desktop/vigil/ui/history.py" line="101" />
        <source>Restore this revision</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نەشرىنى ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="103" />
        <source>Keep this version</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نەشرىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="105" />
        <source>Keep this version and resolve the conflict</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ نەشرىنى ساقلاپ، توقۇنۇشنى ھەل قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="134" />
        <source>this device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="137" />
        <source>#%1  %2 UTC  by %3</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>#%1  %2 UTC  %3 تەرىپىدىن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="167" />
        <source>Revision %1, device %2, sequence %3</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نەشرى %1، ئۈسكۈنە %2، تەرتىپ نومۇرى %3</translation>
    </message>
</context>
<context>
    <name>HqDesk</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;سەھرا ئاگاھلاندۇرۇشلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="114" />
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="115" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈستىلى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="123" />
        <source>HQ tasks</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ۋەزىپىلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="124" />
        <source>&amp;Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئۈسكۈنىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="125" />
        <source>&amp;Publish urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت &amp;ئېلان قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="126" />
        <source>Send &amp;alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئاگاھلاندۇرۇش ئەۋەتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="127" />
        <source>Letter &amp;counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت &amp;سانلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="128" />
        <source>&amp;Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;بىرلىك خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="131" />
        <source>HQ desk status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈستىلىنىڭ ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="31" />
        <source>This will: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ مۇنداق قىلىدۇ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="32" />
        <source>Who: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىم: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="34" />
        <source>Go ahead?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>داۋاملاشتۇرامسىز؟</translation>
    </message>
    <message>
        <source>Ti&amp;me-stamping</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ۋاقىت تامغىسى</translation>
    </message>
</context>
<context>
    <name>HqPublish</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="41" />
        <source>empty: every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بوش: تىزىملاتقان بارلىق ئۈسكۈنىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="44" />
        <source>Audience (device ids, separated by commas)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاپشۇرۇۋالغۇچىلار (ئۈسكۈنە كىملىكلىرى، پەش بىلەن ئايرىلغان)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="55" />
        <source>every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملاتقان بارلىق ئۈسكۈنىلەر</translation>
    </message>
</context>
<context>
    <name>HqUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="165" />
        <source>&amp;HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;مەركەز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="166" />
        <source>HQ &amp;desk…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز &amp;ئۈستىلى…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="167" />
        <source>Make an &amp;enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تىزىملىتىش كودى ياساش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="168" />
        <source>&amp;Publish an urgent action…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت &amp;ئېلان قىلىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="169" />
        <source>Send an &amp;alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئاگاھلاندۇرۇش ئەۋەتىش…</translation>
    </message>
    <message>
        <source>Time-stamping a&amp;uthority…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ۋاقىت تامغىسى ئورگىنى…</translation>
    </message>
</context>
<context>
    <name>ImportSignatoriesDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="46" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="47" />
        <source>Import signatories</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلارنى ئەكىرىش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="49" />
        <source>%n row(s) can be imported.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n قۇرنى ئەكىرگىلى بولىدۇ.</numerusform>
            <numerusform>%n قۇرنى ئەكىرگىلى بولىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="50" />
        <source>%n row(s) have problems and are left out:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n قۇردا مەسىلە بار، ئۇلار چىقىرىۋېتىلدى:</numerusform>
            <numerusform>%n قۇردا مەسىلە بار، ئۇلار چىقىرىۋېتىلدى:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="54" />
        <source>Rows with problems</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلىلىك قۇرلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="58" />
        <source>Consent text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رازىلىق تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="59" />
        <source>The exact words the signatories agreed to</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلار قوشۇلغان ئەينى سۆزلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="61" />
        <source>Consent version</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رازىلىق نەشرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="62" />
        <source>for example 2024-1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلەن 2024-1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="67" />
        <source>Import %n signatory(ies)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n ئىمزا قويغۇچىنى ئەكىرىش</numerusform>
            <numerusform>%n ئىمزا قويغۇچىنى ئەكىرىش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="75" />
        <source>Consent text:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رازىلىق تېكىستى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="76" />
        <source>Consent version:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رازىلىق نەشرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="82" />
        <source>Signatories stay in this vault; they are never synced.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلار بۇ ئامباردا قالىدۇ؛ ئۇلار ھەرگىز ماسقەدەملەنمەيدۇ.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="69" />
        <source>Alert inbox</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش ساندۇقى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="71" />
        <source>Alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="72" />
        <source>Mark all read</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىنى ئوقۇلدى دەپ بەلگىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="96" />
        <source>No alerts.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاگاھلاندۇرۇش يوق.</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="80" />
        <source>Each line is something the server did that it should not: served older, missing or forked data, or a note that failed its signature. Compare with the field devices' logs; if the server may be compromised, stop syncing and call your technical contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەر بىر قۇر مۇلازىمېتىرنىڭ قىلماسلىقى كېرەك بولغان بىر ئىشى: كونىراق، كەم ياكى ئايرىلىپ كەتكەن سانلىق مەلۇمات بەرگەن، ياكى ئىمزاسى تەكشۈرۈشتىن ئۆتمىگەن خاتىرە. سەھرا ئۈسكۈنىلىرىنىڭ خاتىرىلىرى بىلەن سېلىشتۇرۇڭ؛ ئەگەر مۇلازىمېتىر بۇزغۇنچىلىققا ئۇچرىغان بولۇشى مۇمكىن بولسا، ماسقەدەملەشنى توختىتىپ، تېخنىكىلىق ئالاقىداش ئادىمىڭىزگە تېلېفون قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Time (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Kind</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Detail</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەپسىلات</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="86" />
        <source>Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرلىك خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="88" />
        <source>Nothing wrong found so far.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرغىچە خاتالىق تېپىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>Refresh the integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرلىك خاتىرىسىنى يېڭىلاش</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="57" />
        <source>Problems</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلىلەر</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="14" />
        <source>open</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئوچۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="15" />
        <source>monitoring</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نازارەت ئاستىدا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="16" />
        <source>closed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېپىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="17" />
        <source>public</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="18" />
        <source>internal</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىچكى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="19" />
        <source>confidential</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="20" />
        <source>strictly confidential</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قەتئىي مەخپىي</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="21" />
        <source>masculine</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەر جىنس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="22" />
        <source>feminine</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئايال جىنس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="23" />
        <source>neuter</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئوتتۇرا جىنس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="24" />
        <source>unspecified</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگىلەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="25" />
        <source>confirmed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جەزملەشتۈرۈلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="26" />
        <source>reliable</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىشەنچلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="27" />
        <source>unverified</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەكشۈرۈلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="28" />
        <source>doubtful</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>گۇمانلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="29" />
        <source>arrest</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قولغا ئېلىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="30" />
        <source>detention</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۇتۇپ تۇرۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="31" />
        <source>charge</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەيىبلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="32" />
        <source>hearing</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاڭلاش يىغىنى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="33" />
        <source>trial</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سوت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="34" />
        <source>verdict</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="35" />
        <source>release</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قويۇپ بېرىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="36" />
        <source>fine</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جەرىمانە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="37" />
        <source>house arrest</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆيدە نازارەت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="38" />
        <source>travel ban</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرىكەت ئەركىنلىكىنى چەكلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="39" />
        <source>registration refused</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملاش رەت قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="40" />
        <source>harassment</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>پاراكەندىچىلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="41" />
        <source>disappearance</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>غايىب بولۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="42" />
        <source>ill-treatment</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ناچار مۇئامىلە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="43" />
        <source>statement</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باياننامە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="44" />
        <source>other</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Left out %n already here.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>بار بولغان %n دېلو ئاتلاپ ئۆتۈلدى.</numerusform>
            <numerusform>بار بولغان %n دېلو ئاتلاپ ئۆتۈلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import all as new cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىسىنى يېڭى دېلو سۈپىتىدە ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import only the others</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>پەقەت قالغانلىرىنى ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>%1 of the %2 cases in this file are already in this vault: %3. Import only the others, or all of them again as new cases?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ھۆججەتتىكى %2 دېلونىڭ %1 ى بۇ ئامبىرىدا ئاللىقاچان بار: %3. پەقەت قالغانلىرىنىلا ئەكىرەمسىز ياكى ھەممىسىنى يېڭى دېلو سۈپىتىدە قايتا ئەكىرەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Cases already here</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولار ئاللىقاچان بار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Nothing was imported.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="89" />
        <location filename="../../desktop/vigil/ui/main_window.py" line="90" />
        <source>Vigil</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="93" />
        <source>Choose a case, or make a new one with Ctrl+N.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر دېلونى تاللاڭ ياكى Ctrl+N بىلەن يېڭىسىنى قۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="108" />
        <source>Areas</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رايونلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="110" />
        <source>Cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="111" />
        <source>Urgent actions</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="120" />
        <source>Sync status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="124" />
        <source>Loading cases…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولار يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="136" />
        <source>&amp;Vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئامبار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="137" />
        <source>&amp;New case…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېڭى دېلو…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="138" />
        <source>&amp;Import cases…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولارنى &amp;ئەكىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="140" />
        <source>Import &amp;urgent action…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت &amp;ئەكىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="142" />
        <source>&amp;Lock</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="143" />
        <source>S&amp;ync now</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىر &amp;ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="145" />
        <source>&amp;Panic wipe…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;جىددىي ئۆچۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;چىكىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تەھرىر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="159" />
        <source>&amp;Search everywhere…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممە يەردىن &amp;ئىزدەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="162" />
        <source>S&amp;ettings…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تەڭشەكلەر…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="181" />
        <source>%n case(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n دېلو</numerusform>
            <numerusform>%n دېلو</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="203" />
        <source>Not synced with HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز بىلەن ماسقەدەملەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="207" />
        <source>Synced %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ماسقەدەملەندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="208" />
        <source>Never synced</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز ماسقەدەملەنمىگەن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>%n waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n كۈتۈۋاتىدۇ</numerusform>
            <numerusform>%n كۈتۈۋاتىدۇ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="214" />
        <source>last attempt failed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى قېتىملىق سىناق مەغلۇپ بولدى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="218" />
        <source>%n integrity alert(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n بىرلىك ئاگاھلاندۇرۇشى</numerusform>
            <numerusform>%n بىرلىك ئاگاھلاندۇرۇشى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="222" />
        <source>%n conflict(s) to resolve</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>ھەل قىلىدىغان %n توقۇنۇش</numerusform>
            <numerusform>ھەل قىلىدىغان %n توقۇنۇش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>New case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>Title of the case:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونىڭ ماۋزۇسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="236" />
        <source>Not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلانمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="245" />
        <source>Import cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولارنى ئەكىرىش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="257" />
        <source>Imported %n case(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n دېلو ئەكىرىلدى.</numerusform>
            <numerusform>%n دېلو ئەكىرىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="264" />
        <source>Nothing was imported</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە ئەكىرىلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Import urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Urgent actions (*.json)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەتلەر (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Main toolbar</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاساسىي قورال بالدىقى</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="57" />
        <source>Notes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="59" />
        <source>Note text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرە تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="60" />
        <source>Write here. Markdown is fine. Saved as you go.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ يەرگە يېزىڭ. Markdown بولىدۇ. يازغانسېرى ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="62" />
        <source>Note preview</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىنى ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="66" />
        <source>Save status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="67" />
        <location filename="../../desktop/vigil/ui/notes.py" line="68" />
        <source>New note</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى خاتىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="69" />
        <source>Preview</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="70" />
        <source>Show the preview</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالدىن كۆرۈشنى كۆرسىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="72" />
        <source>Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="73" />
        <source>Copy the note (the clipboard is cleared soon)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىنى كۆچۈرۈش (چاپلاش تاختىسى پات يېقىندا تازىلىنىدۇ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/notes.py" line="215" />
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>كۆچۈرۈلدى؛ چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
            <numerusform>كۆچۈرۈلدى؛ چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="74" />
        <source>History…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارىخ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="75" />
        <source>History of the note</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىنىڭ تارىخى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="127" />
        <location filename="../../desktop/vigil/ui/notes.py" line="202" />
        <source>(empty note)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>(بوش خاتىرە)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="180" />
        <source>Editing…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەھرىرلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="198" />
        <source>Saved, encrypted.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاندى، شىفىرلاندى.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="48" />
        <source>New urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى جىددىي ھەرىكەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="49" />
        <source>New field alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى سەھرا ئاگاھلاندۇرۇشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="50" />
        <source>New alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى ئاگاھلاندۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="61" />
        <source>Vigil</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="1" />
        <source>Paper size:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قەغەز چوڭلۇقى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="57" />
        <source>Paper size</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قەغەز چوڭلۇقى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="63" />
        <source>Save as PDF…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>PDF قىلىپ ساقلاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="64" />
        <source>Print…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بېسىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="65" />
        <source>E-mail draft (.eml)…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلخەت قوليازمىسى (.eml)…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="66" />
        <source>Open in the mail program</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت پروگراممىسىدا ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="67" />
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="231" />
        <source>Copy the text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېكىستنى كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="68" />
        <source>What happened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ۋەقە يۈز بەردى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="99" />
        <source>One letter per signatory: save them as one PDF or print them.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەر بىر ئىمزا قويغۇچىغا بىر خەت: ئۇلارنى بىر PDF قىلىپ ساقلاڭ ياكى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="111" />
        <source>Who signs?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىم ئىمزا قويىدۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="112" />
        <source>Type the name you sign the letter with first.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاۋۋال خەتكە ئىمزا قويىدىغان ئىسمىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="132" />
        <source>Save the letters as PDF</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتلەرنى PDF قىلىپ ساقلاش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="144" />
        <source>Saved %n letter(s) as PDF.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n خەت PDF قىلىپ ساقلاندى.</numerusform>
            <numerusform>%n خەت PDF قىلىپ ساقلاندى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="147" />
        <source>The PDF was not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>PDF ساقلانمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="161" />
        <source>Not printed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بېسىلمىدى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="164" />
        <source>Sent %n letter(s) to the printer.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n خەت پرىنتېرغا ئەۋەتىلدى.</numerusform>
            <numerusform>%n خەت پرىنتېرغا ئەۋەتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="170" />
        <source>Save the e-mail draft</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلخەت قوليازمىسىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="188" />
        <source>The draft is open in the mail program; send it from there, then confirm it on the status board.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوليازما خەت پروگراممىسىدا ئوچۇق؛ ئۇنى شۇ يەردىن ئەۋەتىڭ، ئاندىن ھالەت تاختىسىدا جەزملەشتۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="191" />
        <source>The draft is saved; no program here opens .eml files. Open it from your mail program.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوليازما ساقلاندى؛ بۇ يەردە .eml ھۆججىتىنى ئاچىدىغان پروگرامما يوق. ئۇنى خەت پروگراممىڭىزدىن ئېچىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="195" />
        <source>The draft was not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوليازما ساقلانمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="210" />
        <source>No mail link</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت ئۇلانمىسى يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="213" />
        <source>No mail program answered the link.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇلانمىغا ھېچقانداق خەت پروگراممىسى جاۋاب بەرمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="216" />
        <source>The letter is open in the mail program. Vigil cannot see whether it was sent: confirm it on the status board once it is.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت خەت پروگراممىسىدا ئوچۇق. Vigil ئۇنىڭ ئەۋەتىلگەن-ئەۋەتىلمىگەنلىكىنى كۆرەلمەيدۇ: ئەۋەتىلگەندىن كېيىن ھالەت تاختىسىدا جەزملەشتۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="223" />
        <source>The letter is too long for a mail link</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت ئېلخەت ئۇلانمىسى ئۈچۈن بەك ئۇزۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="224" />
        <source>Mail programs cut links this long without warning, so the letter (%1 characters) would arrive incomplete. Save it as an e-mail draft with the PDF attached, or copy the text into a new message.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت پروگراممىلىرى بۇنداق ئۇزۇن ئۇلانمىلارنى ئالدىن ئۇقتۇرماي كېسىۋېتىدۇ، شۇڭا خەت (%1 ھەرپ) تولۇق يېتىپ بارمايدۇ. ئۇنى PDF قوشۇلغان ئېلخەت قوليازمىسى قىلىپ ساقلاڭ ياكى تېكىستنى يېڭى خەتكە كۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="230" />
        <source>Save an e-mail draft…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلخەت قوليازمىسىنى ساقلاش…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="247" />
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>كۆچۈرۈلدى. چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
            <numerusform>كۆچۈرۈلدى. چاپلاش تاختىسى %n سېكۇنتتىن كېيىن تازىلىنىدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="91" />
        <source>Case title</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونىڭ ماۋزۇسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="93" />
        <source>Case status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونىڭ ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="97" />
        <source>Country code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دۆلەت كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="100" />
        <source>Tags</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="101" />
        <source>comma-separated</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>پەش بىلەن ئايرىلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="103" />
        <source>Confidentiality</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىيلىك دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="107" />
        <source>Summary</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قىسقىچە مەزمۇنى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="108" />
        <source>Title:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماۋزۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="109" />
        <source>Status:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="110" />
        <source>Country:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دۆلەت:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="111" />
        <source>Tags:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەلگىلەر:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="112" />
        <source>Confidentiality:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىيلىك دەرىجىسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="113" />
        <source>Summary:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قىسقىچە مەزمۇنى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="114" />
        <source>Problems</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save the case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارىخ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History of the case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلونىڭ تارىخى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="174" />
        <source>Saved.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاندى.</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="20" />
        <location filename="../../desktop/vigil/ui/panic.py" line="21" />
        <source>Panic wipe</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="23" />
        <source>Countdown</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەتۈر ساناش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="31" />
        <source>Cancel the wipe</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈشنى بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="37" />
        <source>Everything in this vault will be destroyed: the keys first, then the cases, notes and attachments. It cannot be undone.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامباردىكى ھەممە نەرسە يوقىتىلىدۇ: ئالدى بىلەن ئاچقۇچلار، ئاندىن دېلولار، خاتىرىلەر ۋە قوشۇمچە ھۆججەتلەر. ئۇنى ئەسلىگە قايتۇرغىلى بولمايدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/panic.py" line="55" />
        <source>Wiping in %n second(s)…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n سېكۇنتتىن كېيىن ئۆچۈرۈلىدۇ…</numerusform>
            <numerusform>%n سېكۇنتتىن كېيىن ئۆچۈرۈلىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="63" />
        <source>Wiping…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈلۈۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="188" />
        <source>People</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add person…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشى قوشۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add a person</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشى قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەھرىرلەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit the person</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشىنى تەھرىرلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارىخ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History of the person</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشىنىڭ تارىخى</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="83" />
        <source>Person</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="86" />
        <source>Names</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Name</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Script</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېزىق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="96" />
        <source>Pronouns</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالماشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="98" />
        <source>Grammatical gender</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>گرامماتىكىلىق جىنس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="102" />
        <source>Role</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رولى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="103" />
        <source>Descriptor</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەسۋىر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="104" />
        <source>Names (one per script or language):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسىملار (ھەر بىر يېزىق ياكى تىل ئۈچۈن بىردىن):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="105" />
        <source>Pronouns:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالماشلار:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="106" />
        <source>Grammatical gender:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>گرامماتىكىلىق جىنس:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="107" />
        <source>Role:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رولى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="108" />
        <source>Descriptor:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەسۋىر:</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="79" />
        <source>Choose an urgent-action file. Vigil checks all of it (every template, in every language) before anything is signed; what it finds is listed below by file and line. Publish stays off until the file passes.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت ھۆججىتىنى تاللاڭ. Vigil ھېچنەرسىگە ئىمزا قويۇشتىن بۇرۇن ئۇنىڭ ھەممىسىنى (ھەر بىر تىلدىكى ھەر بىر قېلىپنى) تەكشۈرىدۇ؛ تاپقانلىرى تۆۋەندە ھۆججەت ۋە قۇر بويىچە كۆرسىتىلىدۇ. ھۆججەت تەكشۈرۈشتىن ئۆتمىگۈچە ئېلان قىلىش تاقاق تۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>&amp;Choose file…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت &amp;تاللاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>Choose file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت تاللاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>No file chosen.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت تاللانمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>Chosen file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللانغان ھۆججەت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="91" />
        <source>Findings</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېپىلغانلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="93" />
        <source>What will be signed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمىگە ئىمزا قويۇلىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="97" />
        <source>Publish as</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلان قىلىش شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="98" />
        <source>As the file says</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەتتە دېيىلگەندەك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="99" />
        <source>First issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرىنچى سان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="100" />
        <source>Follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>داۋامى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="101" />
        <source>Closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېپىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="105" />
        <source>30 days after the deadline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددەتتىن 30 كۈن كېيىن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="106" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> كۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="107" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددىتى توشىدىغان ۋاقىت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="108" />
        <source>Pu&amp;blish as:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئ&amp;ېلان قىلىش شەكلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="109" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كىمگە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="110" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;مۇددىتى توشىدىغان ۋاقىت:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>&amp;Publish…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ئېلان قىلىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>Publish</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېلان قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent-action file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت ھۆججىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent actions (*.json)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەتلەر (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="150" />
        <source>No problems found: every template passed the gate.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەسىلە تېپىلمىدى: ھەر بىر قېلىپ تەكشۈرۈشتىن ئۆتتى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="152" />
        <source>%1 (%2): %3 target(s), letters in %4</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 (%2): %3 نىشان، خەتلەر %4 تىلىدا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="158" />
        <source>The file says: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەتتە مۇنداق دېيىلگەن: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="168" />
        <source>%n problem(s): nothing can be signed until the file is fixed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n مەسىلە: ھۆججەت تۈزىتىلمىگۈچە ھېچنەرسىگە ئىمزا قويغىلى بولمايدۇ.</numerusform>
            <numerusform>%n مەسىلە: ھۆججەت تۈزىتىلمىگۈچە ھېچنەرسىگە ئىمزا قويغىلى بولمايدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="172" />
        <source>The file was not checked: nothing can be signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەت تەكشۈرۈلمىدى: ھېچنەرسىگە ئىمزا قويغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="186" />
        <source>sign %1 as a %2 with the HQ key and send it to the field</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 گە %2 سۈپىتىدە مەركەزنىڭ ئاچقۇچى بىلەن ئىمزا قويۇپ، ئۇنى سەھراغا ئەۋەتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="190" />
        <source>Publish urgent action?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ھەرىكەت ئېلان قىلىنسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="195" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويۇلۇۋاتىدۇ ۋە ئەۋەتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="208" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنەرسىگە ئىمزا قويۇلمىدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>first issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرىنچى سان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>داۋامى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="214" />
        <source>closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېپىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="219" />
        <source>%1 is signed and queued but not sent yet (%2). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 گە ئىمزا قويۇلدى ۋە ئۆچرەتكە قويۇلدى، ئەمما تېخى ئەۋەتىلمىدى (%2). ئۇ كېيىنكى ماسقەدەملەشتە كېتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="223" />
        <source>Published %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئېلان قىلىندى.</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="114" />
        <source>Raise urgent alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جىددىي ئاگاھلاندۇرۇش چىقىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="117" />
        <source>Detained</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۇتۇپ تۇرۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="118" />
        <source>Disappeared</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>غايىب بولدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="119" />
        <source>Hearing soon</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاڭلاش يىغىنى يېقىن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="120" />
        <source>Threatened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەھدىتكە ئۇچرىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="121" />
        <source>Injured</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يارىلاندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="122" />
        <source>Other</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="128" />
        <source>What happened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ۋەقە يۈز بەردى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="129" />
        <source>For HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈچۈن</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="326" />
        <source>Recover the vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبارنى ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="331" />
        <source>Type the recovery key and choose a new passphrase.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈپ، يېڭى مەخپىي ئىبارە تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="335" />
        <source>Recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="337" />
        <source>New passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى مەخپىي ئىبارىنى قايتىلاڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="339" />
        <source>Recovery key:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="340" />
        <source>New passphrase:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="341" />
        <source>Repeat it:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتىلاڭ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="343" />
        <source>Recovery status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="349" />
        <source>Recover</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="356" />
        <source>The new passphrase is too short.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى مەخپىي ئىبارە بەك قىسقا.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="358" />
        <source>The two passphrases differ.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىككى مەخپىي ئىبارە ئوخشىمايدۇ.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="267" />
        <location filename="../../desktop/vigil/ui/gate.py" line="268" />
        <source>Your recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="273" />
        <source>Write this recovery key on paper now. It is shown only this once. If you forget your passphrase, it is the only way back into the vault. Anyone who holds it can open the vault: keep it away from this computer.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ھازىرلا قەغەزگە يېزىۋېلىڭ. ئۇ پەقەت بۇ قېتىملا كۆرسىتىلىدۇ. مەخپىي ئىبارىڭىزنى ئۇنتۇپ قالسىڭىز، ئامبارغا قايتىپ كىرىشنىڭ بىردىنبىر يولى شۇ. ئۇنى تۇتقان ھەر قانداق كىشى ئامبارنى ئاچالايدۇ: ئۇنى بۇ كومپيۇتېردىن يىراق ساقلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="279" />
        <source>Recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="288" />
        <location filename="../../desktop/vigil/ui/gate.py" line="289" />
        <source>I have written it down</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەن ئۇنى يېزىۋالدىم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="293" />
        <source>Print…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بېسىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="295" />
        <source>Print the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى بېسىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="297" />
        <location filename="../../desktop/vigil/ui/gate.py" line="299" />
        <source>Continue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="44" />
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="45" />
        <source>Log a reply</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋابنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="49" />
        <source>Date of the reply</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋابنىڭ چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="51" />
        <source>What the reply says</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋابتا نېمە دېيىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="52" />
        <source>What the reply says (a summary is fine)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋابتا نېمە دېيىلگەن (قىسقىچە مەزمۇنى بولسىمۇ بولىدۇ)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="65" />
        <source>Received on:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاپشۇرۇۋالغان ۋاقتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="66" />
        <source>Reply:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋاب:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="93" />
        <location filename="../../desktop/vigil/ui/search.py" line="94" />
        <source>Search</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="96" />
        <source>Search the vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامباردىن ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="97" />
        <source>Search cases, people, events, sources, notes…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلو، كىشى، ھادىسە، مەنبە، خاتىرىلەردىن ئىزدەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="100" />
        <source>Search results</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىزدەش نەتىجىلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="105" />
        <source>Search status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىزدەش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="121" />
        <source>Cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="122" />
        <source>People</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="123" />
        <source>Events</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="124" />
        <source>Sources</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="125" />
        <source>Notes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خاتىرىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="126" />
        <source>Attachments</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/search.py" line="158" />
        <source>%n result(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n نەتىجە</numerusform>
            <numerusform>%n نەتىجە</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeizeAction</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="26" />
        <source>&amp;Seized…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تارتىۋېلىندى…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="27" />
        <source>Seized device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارتىۋېلىنغان ئۈسكۈنە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="99" />
        <source>record this laptop as seized: the server refuses it, every device is told in a note signed by HQ, nothing is encrypted to its keys any more, and what the server received from it after the time below is set aside, not merged</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ يان كومپيۇتېرنى تارتىۋېلىندى دەپ خاتىرىلەش: مۇلازىمېتىر ئۇنى رەت قىلىدۇ، بارلىق ئۈسكۈنىلەرگە مەركەز ئىمزا قويغان خاتىرە ئارقىلىق ئۇقتۇرۇلىدۇ، ئۇنىڭ ئاچقۇچلىرىغا ئەمدى ھېچنېمە شىفىرلانمايدۇ، مۇلازىمېتىر تۆۋەندىكى ۋاقىتتىن كېيىن ئۇنىڭدىن تاپشۇرۇۋالغىنى بىرلەشتۈرۈلمەي ئايرىپ قويۇلىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="30" />
        <source>Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 attachment(s): 'vigil hq seize --json' lists them, to warn the people named.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارتىۋېلىندى دەپ خاتىرىلەندى: ⁨%1⁩. ئۇ ⁨%2⁩ دېلو، ⁨%3⁩ ئادەم ۋە ⁨%4⁩ قوشۇمچە ھۆججەت ئەۋەتكەن: ئاتالغان كىشىلەرنى ئاگاھلاندۇرۇش ئۈچۈن 'vigil hq seize --json' ئۇلارنى تىزىپ بېرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="124" />
        <source>%1 change(s) HQ had merged from it since that time were taken back out and kept aside: 'vigil hq quarantined' lists them.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز شۇ ۋاقىتتىن بۇيان ئۇنىڭدىن بىرلەشتۈرگەن ⁨%1⁩ ئۆزگەرتىش قايتا چىقىرىلىپ ئايرىپ قويۇلدى: 'vigil hq quarantined' ئۇلارنى تىزىپ بېرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="129" />
        <source>The server could not say when it received the rest: mark it seized again later.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر قالغانلىرىنى قاچان تاپشۇرۇۋالغانلىقىنى ئېيتالمىدى: كېيىن ئۇنى قايتا تارتىۋېلىندى دەپ خاتىرىلەڭ.</translation>
    </message>
</context>
<context>
    <name>SeizeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="37" />
        <source>Seized?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارتىۋېلىندىمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="50" />
        <source>Taken at (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارتىۋېلىنغان ۋاقىت (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="51" />
        <source>&amp;Taken at (UTC):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;تارتىۋېلىنغان ۋاقىت (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="53" />
        <source>Earlier if it was taken before HQ learnt of it: what the server received from it after this time is set aside, and what HQ had already merged of it since is taken back out and kept aside. Nothing is deleted.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز بىلىشتىن بۇرۇن تارتىۋېلىنغان بولسا، بالدۇرراق ۋاقىت بېرىڭ: مۇلازىمېتىر بۇ ۋاقىتتىن كېيىن ئۇنىڭدىن تاپشۇرۇۋالغىنى ئايرىپ قويۇلىدۇ، مەركەز شۇنىڭدىن بۇيان بىرلەشتۈرگىنى قايتا چىقىرىلىپ ئايرىپ قويۇلىدۇ. ھېچنېمە ئۆچۈرۈلمەيدۇ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="34" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="37" />
        <source>Lock after minutes without use</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىشلىتىلمىگەن مىنۇتتىن كېيىن قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="40" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="83" />
        <source> min</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> مىنۇت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="41" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="42" />
        <source>Lock when the screen locks</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېكران قۇلۇپلانغاندا قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="45" />
        <source>Clear copied text after seconds</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۆچۈرۈلگەن تېكىستنى سېكۇنتتىن كېيىن تازىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="48" />
        <source> s</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> سېكۇنت</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="50" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="52" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="63" />
        <source>As the system</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سىستېمىدىكىدەك</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="61" />
        <source>Theme</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇسلۇب</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يورۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="65" />
        <source>Dark</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قاراڭغۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="71" />
        <source>Vault folder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قىسقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="72" />
        <source>the default folder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سۈكۈتتىكى قىسقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="73" />
        <source>Choose…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="74" />
        <source>Choose the vault folder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قىسقۇچىنى تاللاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="80" />
        <source>Sync every minutes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەر مىنۇتتا ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="85" />
        <source>Sync through a proxy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى ئارقىلىق ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="89" />
        <source>Remind of followed urgent action deadlines, days before</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەگەشكەن جىددىي ھەرىكەت مۇددەتلىرىنى كۈندىن بۇرۇن ئەسكەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="93" />
        <source> days before</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> كۈن بۇرۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="94" />
        <source>Off</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="95" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="96" />
        <source>Remember the vault key on this device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار ئاچقۇچىنى بۇ ئۈسكۈنىدە ئەستە ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="98" />
        <source>Recalibrate key derivation…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچ چىقىرىشنى قايتا ئۆلچەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Recalibrate key derivation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچ چىقىرىشنى قايتا ئۆلچەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Auto-lock:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاپتوماتىك قۇلۇپلاش:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="104" />
        <source>Clipboard:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چاپلاش تاختىسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="105" />
        <source>Language:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىل:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="106" />
        <source>Theme:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇسلۇب:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="107" />
        <source>Vault folder:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قىسقۇچى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="108" />
        <source>Sync every:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش ئارىلىقى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="109" />
        <source>Proxy (Tor):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="110" />
        <source>Deadline reminders:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددەت ئەسكەرتىشلىرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="111" />
        <source>Passphrase cost:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارىنىڭ بەدىلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="112" />
        <source>Quick unlock:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېز قۇلۇپ ئېچىش:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>A new vault folder is used the next time Vigil starts.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى ئامبار قىسقۇچى Vigil كېيىنكى قېتىم قوزغالغاندا ئىشلىتىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Wipe the vault after this many wrong passphrases in a row</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇدا مۇشۇنچە خاتا مەخپىي ئىبارىدىن كېيىن ئامبارنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="101" />
        <source> wrong passphrases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> خاتا مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Never</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>Wipe after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈش شەرتى:</translation>
    </message>
</context>
<context>
    <name>SignatoriesView</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="105" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="117" />
        <source>Signatories</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Name</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>City</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شەھەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Pseudonym</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەخەللۇس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Consent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="109" />
        <source>Agreed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="113" />
        <source>Import from CSV…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>CSV دىن ئەكىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="114" />
        <source>Import signatories from CSV</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلارنى CSV دىن ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="115" />
        <source>Remove…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چىقىرىۋېتىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="116" />
        <source>Remove the signatory</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="124" />
        <source>People who sign group letters. They stay in this vault and are never synced; HQ learns only how many letters were sent.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورتاق خەتلەرگە ئىمزا قويىدىغان كىشىلەر. ئۇلار بۇ ئامباردا قالىدۇ ۋە ھەرگىز ماسقەدەملەنمەيدۇ؛ مەركەز پەقەت قانچە خەت ئەۋەتىلگەنلىكىنىلا بىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="141" />
        <source>yes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەئە</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="146" />
        <source>%n signatory(ies)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n ئىمزا قويغۇچى</numerusform>
            <numerusform>%n ئىمزا قويغۇچى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="149" />
        <source>Import signatories</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىلارنى ئەكىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="159" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="175" />
        <source>Nothing was imported</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە ئەكىرىلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="184" />
        <source>Remove %1 from the signatories? Letters already made keep their name.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئىمزا قويغۇچىلاردىن چىقىرىۋېتىلسۇنمۇ؟ ئاللىبۇرۇن يېزىلغان خەتلەردە ئۇنىڭ ئىسمى قالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="186" />
        <source>Remove signatory</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچىنى چىقىرىۋېتىش</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="142" />
        <source>Source</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="144" />
        <source>What the source is</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبە نېمە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="145" />
        <source>Who published it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇنى كىم ئېلان قىلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="146" />
        <source>Address</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="147" />
        <source>Date</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="150" />
        <source>Reliability</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىشەنچلىكلىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="152" />
        <source>What:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="153" />
        <source>Who:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىم:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="154" />
        <source>Address:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئادرېس:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="155" />
        <source>Date:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="156" />
        <source>Reliability:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىشەنچلىكلىكى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="148" />
        <source>YYYY-MM-DD</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىل-ئاي-كۈن</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="83" />
        <source>Appeals by status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇراجىئەتلەر ھالىتى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="85" />
        <source>Appeals</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇراجىئەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>To</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كىمگە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Signed by</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىمزا قويغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Changed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Reply</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋاب</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="93" />
        <source>Confirm sent…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋەتىلگەنلىكىنى جەزملەشتۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="94" />
        <source>Confirm that this letter was sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ خەتنىڭ ئەۋەتىلگەنلىكىنى جەزملەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="95" />
        <source>Log a reply…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>جاۋابنى خاتىرىلەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="96" />
        <source>Log a reply to this letter</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ خەتكە كەلگەن جاۋابنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="98" />
        <source>Only you can confirm a letter was sent: opening it in the mail program proves nothing.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەتنىڭ ئەۋەتىلگەنلىكىنى پەقەت سىزلا جەزملەشتۈرەلەيسىز: ئۇنى خەت پروگراممىسىدا ئېچىش ھېچنېمىنى ئىسپاتلىمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="138" />
        <source>you</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="140" />
        <source>(removed signatory)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>(چىقىرىۋېتىلگەن ئىمزا قويغۇچى)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="170" />
        <source>Confirm only once the letter has left: you posted it, or your mail program sent it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>خەت كەتكەندىن كېيىنلا جەزملەشتۈرۈڭ: سىز ئۇنى پوچتىغا سالدىڭىز ياكى خەت پروگراممىڭىز ئەۋەتتى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="173" />
        <source>Confirm sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەۋەتىلگەنلىكىنى جەزملەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="175" />
        <source>Sent after the deadline?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇددەتتىن كېيىن ئەۋەتىلدىمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="176" />
        <source>Record it as sent anyway?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شۇنداقتىمۇ ئەۋەتىلدى دەپ خاتىرىلەنسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="195" />
        <source>Not saved</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلانمىدى</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Lock state</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قۇلۇپ ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش ھالىتى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Locks after %n minute(s) without use; Ctrl+L locks now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n مىنۇت ئىشلىتىلمىسە قۇلۇپلىنىدۇ؛ Ctrl+L ھازىرلا قۇلۇپلايدۇ.</numerusform>
            <numerusform>%n مىنۇت ئىشلىتىلمىسە قۇلۇپلىنىدۇ؛ Ctrl+L ھازىرلا قۇلۇپلايدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync: not checked yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش: تېخى تەكشۈرۈلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Unlocked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قۇلۇپى ئېچىلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Not enrolled</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملاتمىغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>This vault does not sync with an HQ. Join one from the Sync menu.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار مەركەز بىلەن ماسقەدەملەنمەيدۇ. ماسقەدەملەش تىزىملىكىدىن بىرىگە قوشۇلۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync failed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش مەغلۇپ بولدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Vigil tries again by itself; Sync now tries at once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil ئۆزى قايتا سىنايدۇ؛ «ھازىر ماسقەدەملەش» دەرھال سىنايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Last sync: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى ماسقەدەملەش: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Never synced</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز ماسقەدەملەنمىگەن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n كۈتۈۋاتىدۇ</numerusform>
            <numerusform>%n كۈتۈۋاتىدۇ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n integrity alert(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n بىرلىك ئاگاھلاندۇرۇشى</numerusform>
            <numerusform>%n بىرلىك ئاگاھلاندۇرۇشى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n conflict(s) to resolve</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>ھەل قىلىدىغان %n توقۇنۇش</numerusform>
            <numerusform>ھەل قىلىدىغان %n توقۇنۇش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ماسقەدەملەندى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced just now</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرلا ماسقەدەملەندى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n min ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n مىنۇت ئىلگىرى ماسقەدەملەندى</numerusform>
            <numerusform>%n مىنۇت ئىلگىرى ماسقەدەملەندى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n h ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n سائەت ئىلگىرى ماسقەدەملەندى</numerusform>
            <numerusform>%n سائەت ئىلگىرى ماسقەدەملەندى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced on %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 دە ماسقەدەملەندى</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="29" />
        <source>This vault is not enrolled with an HQ server.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار مەركەز مۇلازىمېتىرىغا تىزىملاتمىغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="33" />
        <source>The HQ server could not be reached (%1). Try again when you are online.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز مۇلازىمېتىرىغا ئۇلانغىلى بولمىدى (%1). تورغا ئۇلانغاندا قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="38" />
        <source>The HQ server refused: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز مۇلازىمېتىرى رەت قىلدى: %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="247" />
        <source>Timeline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تىزىمى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Date</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Type</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>What happened</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نېمە ۋەقە يۈز بەردى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="265" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="270" />
        <source>Sources</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="258" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="269" />
        <source>The chosen event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللانغان ھادىسە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add event…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسە قوشۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add an event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسە قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit event…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسىنى تەھرىرلەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit the event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسىنى تەھرىرلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add source…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبە قوشۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add a source</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبە قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit source…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەنى تەھرىرلەش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit the source</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەنى تەھرىرلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تارىخ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History of the event</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھادىسىنىڭ تارىخى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="351" />
        <source>Place: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورنى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="355" />
        <source>Also dated %1 by %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%2 يەنە %1 دەپ چېسلا قويغان</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="358" />
        <source>Sources:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەنبەلەر:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="159" />
        <source>Unlock the vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبارنىڭ قۇلۇپىنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="160" />
        <source>Vault location</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبارنىڭ ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="162" />
        <source>Demo passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سىناق مەخپىي ئىبارىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="166" />
        <source>Passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="167" />
        <source>Passphrase:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="169" />
        <source>Unlock status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قۇلۇپ ئېچىش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="173" />
        <source>Use the recovery key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ئىشلىتىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="174" />
        <source>Use the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى ئىشلىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="177" />
        <source>I have an escrow code from HQ…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەندە مەركەزدىن كەلگەن ئاچقۇچنى مەركەزدە ساقلاش كودى بار…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="178" />
        <source>I have an escrow code from HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەندە مەركەزدىن كەلگەن ئاچقۇچنى مەركەزدە ساقلاش كودى بار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="180" />
        <source>Other vault…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا ئامبار…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="181" />
        <source>Open another vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>باشقا ئامبارنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="182" />
        <source>Use this device's keyring</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىنىڭ ئاچقۇچ ھالقىسىنى ئىشلىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="183" />
        <source>Unlock with the key remembered on this device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈسكۈنىدە ئەستە ساقلانغان ئاچقۇچ بىلەن قۇلۇپنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="186" />
        <location filename="../../desktop/vigil/ui/gate.py" line="187" />
        <source>Unlock</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قۇلۇپنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="189" />
        <source>Restore from backup…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="190" />
        <source>Restore from backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="72" />
        <source>Attachment viewer</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇمچە ھۆججەت كۆرگۈچ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="73" />
        <source>Choose an attachment to view it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كۆرۈش ئۈچۈن بىر قوشۇمچە ھۆججەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="76" />
        <source>Image</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>رەسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="82" />
        <source>PDF page</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>PDF بېتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="88" />
        <source>Page:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بەت:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="93" />
        <source>PDF page image</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>PDF بېتىنىڭ رەسىمى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="100" />
        <source>Attachment text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇمچە ھۆججەتنىڭ تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="128" />
        <source>This kind of file cannot be shown inside Vigil.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ خىل ھۆججەتنى Vigil ئىچىدە كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="136" />
        <source>This PDF is damaged or cannot be shown.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ PDF بۇزۇلغان ياكى كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="50" />
        <source>Welcome to Vigil</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil غا خۇش كەلدىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="54" />
        <source>Vigil keeps case notes encrypted on this computer. Nothing in a vault can be read without its passphrase.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil دېلو خاتىرىلىرىنى بۇ كومپيۇتېردا شىفىرلانغان ھالەتتە ساقلايدۇ. ئامباردىكى ھېچنەرسىنى ئۇنىڭ مەخپىي ئىبارىسىسىز ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="59" />
        <location filename="../../desktop/vigil/ui/gate.py" line="60" />
        <source>Create a new vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېڭى ئامبار قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="61" />
        <source>Open an existing vault…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بار ئامبارنى ئېچىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="62" />
        <source>Open an existing vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بار ئامبارنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="64" />
        <source>Restore from backup…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="65" />
        <source>Restore from backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="22" />
        <source>%n day(s) left</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n كۈن قالدى</numerusform>
            <numerusform>%n كۈن قالدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="25" />
        <source>passed %n day(s) ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n كۈن ئىلگىرى ئۆتۈپ كەتتى</numerusform>
            <numerusform>%n كۈن ئىلگىرى ئۆتۈپ كەتتى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="29" />
        <source>The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%1 نىڭ مۇددىتى %n كۈن ئىلگىرى ئۆتۈپ كەتتى؛ ھازىر ئەۋەتىلگەن مۇراجىئەتلەر ئەمدى پايدا قىلماسلىقى مۇمكىن.</numerusform>
            <numerusform>%1 نىڭ مۇددىتى %n كۈن ئىلگىرى ئۆتۈپ كەتتى؛ ھازىر ئەۋەتىلگەن مۇراجىئەتلەر ئەمدى پايدا قىلماسلىقى مۇمكىن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="49" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="50" />
        <source>Back up the vault</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبارنى زاپاسلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="54" />
        <source>Backup destination</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىنىڭ ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="59" />
        <source>Backup progress</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاسلاش جەريانى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="61" />
        <source>Backup result</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاسلاش نەتىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="64" />
        <source>Cancel</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="65" />
        <source>Cancel the backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاسلاشنى بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="66" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="67" />
        <source>Close</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="84" />
        <source>Stopping…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>توختىتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>An encrypted backup of the vault goes to %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبارنىڭ شىفىرلانغان زاپاس نۇسخىسى %1 غا يېزىلىدۇ</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا ھەققىدە ئەسكەرتىش</translation>
    </message>
    <message>
        <source>Which tools open the backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىنى قايسى قوراللار ئاچالايدۇ</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;زاپاسلاش</translation>
    </message>
    <message>
        <source>Start the backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاسلاشنى باشلاش</translation>
    </message>
    <message>
        <source>&amp;Give the recovery key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش &amp;ئاچقۇچىنى كىرگۈزۈش…</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈش</translation>
    </message>
</context>
<context>
    <name>JoinHqDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is now the HQ desk of %1; the HQ menu has the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار ئەمدى %1 نىڭ مەركەز ئۈستىلى؛ ئۈستەل «مەركەز» تىزىملىكىدە.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>The old device %1 is no longer used: ask HQ to revoke it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كونا %1 ئۈسكۈنىسى ئەمدى ئىشلىتىلمەيدۇ: مەركەزدىن ئۇنى بىكار قىلىشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code. Joining makes this vault the HQ desk: its keys become the organisation's HQ keys, which every field device will trust. Do this on the desk laptop only, once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ مەركەز ئۈستىلىنى تەڭشەش كودى. قوشۇلۇش بۇ ئامبارنى مەركەز ئۈستىلى قىلىدۇ: ئۇنىڭ ئاچقۇچلىرى تەشكىلاتنىڭ مەركەز ئاچقۇچلىرىغا ئايلىنىدۇ، ھەر بىر سەھرا ئۈسكۈنىسى ئۇلارغا ئىشىنىدۇ. بۇنى پەقەت مەركەز كومپيۇتېرىدا، بىرلا قېتىم قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again makes this desk a new device of the same server, with the same HQ keys: field devices need nothing. The desk then revokes its old device, whose lost credential could otherwise still act as the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتا قوشۇلۇش بۇ ئۈستەلنى ئوخشاش مۇلازىمېتىرنىڭ يېڭى ئۈسكۈنىسى قىلىدۇ، مەركەز ئاچقۇچلىرى ئۆزگەرمەيدۇ: سەھرا ئۈسكۈنىلىرى ھېچنېمە قىلمايدۇ. ئاندىن ئۈستەل كونا ئۈسكۈنىسىنى بىكار قىلىدۇ، بولمىسا ئۇنىڭ يوقالغان كىنىشكىسى يەنىلا مەركەز نامىدا ئىش قىلالايتتى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is the HQ desk: it joins again with a new admin code from the server ('vigil-server admin-code'), not a device code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار مەركەز ئۈستىلى: ئۇ ئۈسكۈنە كودى بىلەن ئەمەس، مۇلازىمېتىرنىڭ يېڭى باشقۇرغۇچى كودى ('vigil-server admin-code') بىلەن قايتا قوشۇلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code, and this vault is a field device. Ask HQ for a device enrolment code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ مەركەز ئۈستىلىنى تەڭشەش كودى، بۇ ئامبار بولسا سەھرا ئۈسكۈنىسى. مەركەزدىن ئۈسكۈنە تىزىملاش كودى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتا قوشۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault was enrolled with %1 as device %2, but this computer's keyring has no sync credential for it (the keyring was reset, or the vault folder came from another computer). Joining again makes it a new device; nothing in the vault is lost.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبار %1 غا %2 ئۈسكۈنىسى سۈپىتىدە تىزىملانغان، ئەمما بۇ كومپيۇتېرنىڭ ئاچقۇچ ھالقىسىدا ئۇنىڭ ماسقەدەملەش كىنىشكىسى يوق (ئاچقۇچ ھالقى قايتا بەلگىلەنگەن ياكى ئامبار قىسقۇچى باشقا كومپيۇتېردىن كەلگەن). قايتا قوشۇلۇش ئۇنى يېڭى ئۈسكۈنە قىلىدۇ؛ ئامباردىكى ھېچنېمە يوقالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>On the HQ desk, paste the server's admin code instead (it starts with vigil-admin:).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئۈستىلىدە ئۇنىڭ ئورنىغا مۇلازىمېتىرنىڭ باشقۇرغۇچى كودىنى چاپلاڭ (ئۇ vigil-admin: بىلەن باشلىنىدۇ).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="52" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="53" />
        <source>Join HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزگە قوشۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="56" />
        <source>Paste the enrolment code HQ gave you (it starts with vigil-enrol:). Take it only from someone you trust, in person or over a channel you trust: the code decides which server and which HQ keys this vault trusts.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز سىزگە بەرگەن تىزىملىتىش كودىنى چاپلاڭ (ئۇ vigil-enrol: بىلەن باشلىنىدۇ). ئۇنى پەقەت ئىشەنگەن كىشىدىن، يۈزمۇيۈز ياكى ئىشەنگەن يول ئارقىلىقلا ئېلىڭ: كود بۇ ئامبارنىڭ قايسى مۇلازىمېتىر ۋە قايسى مەركەز ئاچقۇچلىرىغا ئىشىنىدىغانلىقىنى بەلگىلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="61" />
        <source>Enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تىزىملىتىش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="65" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="66" />
        <source>Check the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنى تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="68" />
        <source>What joining will trust</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلۇش نېمىگە ئىشىنىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="75" />
        <source>Join status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلۇش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="79" />
        <source>Join</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="81" />
        <source>Join HQ with this code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ كود بىلەن مەركەزگە قوشۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="83" />
        <source>Close</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>Organisation: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەشكىلات: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>(not named)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>(نامى يوق)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="118" />
        <source>Server: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="119" />
        <source>Server key: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر ئاچقۇچى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="120" />
        <source>Code valid until: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كودنىڭ كۈچكە ئىگە ۋاقتى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="124" />
        <source>HQ key %1: %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئاچقۇچى %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="129" />
        <source>Joining pins this server key and these HQ keys: a server that later shows another key is refused, and from then on what you save is also encrypted to HQ. If HQ read you the key fingerprints, compare them now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلۇش بۇ مۇلازىمېتىر ئاچقۇچى بىلەن بۇ مەركەز ئاچقۇچلىرىنى مۇقىملاشتۇرىدۇ: كېيىن باشقا ئاچقۇچ كۆرسەتكەن مۇلازىمېتىر رەت قىلىنىدۇ، ۋە شۇنىڭدىن باشلاپ سىز ساقلىغانلار مەركەزگىمۇ شىفىرلىنىدۇ. ئەگەر مەركەز سىزگە ئاچقۇچلارنىڭ بارماق ئىزلىرىنى ئوقۇپ بەرگەن بولسا، ئۇلارنى ھازىر سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="144" />
        <source>Joining %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 غا قوشۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="158" />
        <source>Joined %1. Vigil now syncs with HQ; the first sync starts now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 غا قوشۇلدى. Vigil ئەمدى مەركەز بىلەن ماسقەدەملىنىدۇ؛ بىرىنچى ماسقەدەملەش ھازىر باشلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="179" />
        <source>The server at %1 showed a different key than the code names: this is the wrong server, or someone is intercepting the connection. Nothing was sent. Do not try again on this network; tell HQ by another channel.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 دىكى مۇلازىمېتىر كودتا دېيىلگەندىن باشقا ئاچقۇچ كۆرسەتتى: بۇ خاتا مۇلازىمېتىر، ياكى بىرسى ئۇلىنىشنى ئوغرىلىقچە تۇتۇۋالماقتا. ھېچنېمە ئەۋەتىلمىدى. بۇ توردا قايتا سىنىماڭ؛ مەركەزگە باشقا يول ئارقىلىق خەۋەر قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="185" />
        <source>The server at %1 cannot be reached. Check the network, or set a proxy (Tor) in the Sync panel, then press Join again. The code is still unused.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 دىكى مۇلازىمېتىرغا ئۇلانغىلى بولمايدۇ. تورنى تەكشۈرۈڭ ياكى ماسقەدەملەش تاختىسىدا ۋاكالەتچى (Tor) بەلگىلەڭ، ئاندىن «قوشۇلۇش» نى قايتا بېسىڭ. كود تېخى ئىشلىتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="191" />
        <source>This code was already used; each code works once. Ask HQ for a new one, and tell them: if you did not use it, someone else may have.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ كود ئاللىبۇرۇن ئىشلىتىلگەن؛ ھەر بىر كود بىر قېتىملا ئىشلەيدۇ. مەركەزدىن يېڭىسىنى سوراڭ ۋە ئۇلارغا ئېيتىڭ: ئەگەر ئۇنى سىز ئىشلەتمىگەن بولسىڭىز، باشقا بىرسى ئىشلەتكەن بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="195" />
        <source>The server does not know this code. It may belong to another server, or HQ withdrew it. Ask HQ for a new code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر بۇ كودنى تونۇمايدۇ. ئۇ باشقا مۇلازىمېتىرغا تەۋە بولۇشى ياكى مەركەز ئۇنى قايتۇرۇۋالغان بولۇشى مۇمكىن. مەركەزدىن يېڭى كود سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="198" />
        <source>HQ withdrew this code. Ask HQ for a new one.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز بۇ كودنى قايتۇرۇۋالدى. مەركەزدىن يېڭىسىنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="202" />
        <source>The server refused to enrol this device (%1). Ask HQ.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر بۇ ئۈسكۈنىنى تىزىملاشنى رەت قىلدى (%1). مەركەزدىن سوراڭ.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="107" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="119" />
        <source>Change passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="109" />
        <source>Type your current passphrase, then choose a new one. The recovery key keeps working. Old backups still open with the old passphrase: if it may have leaked, use Rotate keys… as well.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرقى مەخپىي ئىبارىڭىزنى كىرگۈزۈپ، ئاندىن يېڭىسىنى تاللاڭ. ئەسلىگە كەلتۈرۈش ئاچقۇچى ئىشلەۋېرىدۇ. كونا زاپاس نۇسخىلار يەنىلا كونا مەخپىي ئىبارە بىلەن ئېچىلىدۇ: ئۇ ئاشكارىلانغان بولۇشى مۇمكىن بولسا، «ئاچقۇچلارنى ئالماشتۇرۇش…» نىمۇ ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="113" />
        <source>Current passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرقى مەخپىي ئىبارە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="114" />
        <source>Current passphrase:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرقى مەخپىي ئىبارە:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="33" />
        <source>Restore from backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="35" />
        <source>Choose the backup file and a new or empty folder for the vault, then type the recovery key you wrote down and choose a new passphrase. Nothing outside that folder is changed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا ھۆججىتىنى ۋە ئامبار ئۈچۈن يېڭى ياكى بوش قىسقۇچنى تاللاڭ، ئاندىن يېزىۋالغان ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىزنى كىرگۈزۈپ، يېڭى مەخپىي ئىبارە تاللاڭ. شۇ قىسقۇچتىن سىرتتىكى ھېچنېمە ئۆزگەرتىلمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="41" />
        <source>Backup file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا ھۆججىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="42" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="46" />
        <source>Choose…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="43" />
        <source>Choose the backup file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا ھۆججىتىنى تاللاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="45" />
        <source>Restore into folder</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈلىدىغان قىسقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="47" />
        <source>Choose the folder to restore into</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈلىدىغان قىسقۇچنى تاللاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="50" />
        <source>Backup file:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا ھۆججىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="51" />
        <source>Restore into:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈلىدىغان قىسقۇچ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="60" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="61" />
        <source>Restore</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="66" />
        <source>Choose the backup file and the folder first.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاۋۋال زاپاس نۇسخا ھۆججىتى بىلەن قىسقۇچنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="191" />
        <source>&amp;Join HQ…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;مەركەزگە قوشۇلۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="192" />
        <source>Sync &amp;panel…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش &amp;تاختىسى…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="196" />
        <source>&amp;Sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="285" />
        <source>Used now, but the settings could not be saved.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىر ئىشلىتىلدى، ئەمما تەڭشەكلەرنى ساقلىغىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="288" />
        <source>Syncing through %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئارقىلىق ماسقەدەملىنىۋاتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="289" />
        <source>Syncing directly, without a proxy.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچىسىز، بىۋاسىتە ماسقەدەملىنىۋاتىدۇ.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="45" />
        <source>Sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="46" />
        <source>Sync panel</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماسقەدەملەش تاختىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="48" />
        <source>Server</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="49" />
        <source>Last sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="50" />
        <source>Waiting to leave</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كېتىشنى كۈتۈۋاتقانلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="51" />
        <source>Conflicts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>توقۇنۇشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="53" />
        <source>HQ:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="54" />
        <source>Last sync:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى ماسقەدەملەش:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="55" />
        <source>Waiting to leave:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>كېتىشنى كۈتۈۋاتقانلار:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="56" />
        <source>Conflicts:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>توقۇنۇشلار:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="58" />
        <source>Integrity alerts (newest first):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرلىك ئاگاھلاندۇرۇشلىرى (ئەڭ يېڭىسى ئالدىدا):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="60" />
        <source>Integrity alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىرلىك ئاگاھلاندۇرۇشلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="65" />
        <source>Sync through a proxy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى ئارقىلىق ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="67" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="68" />
        <source>Use this proxy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ۋاكالەتچىنى ئىشلىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="69" />
        <source>Proxy (Tor):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="73" />
        <source>Proxy status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="77" />
        <source>Join HQ…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزگە قوشۇلۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="79" />
        <source>Join HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەزگە قوشۇلۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="81" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="83" />
        <source>Sync now</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىر ماسقەدەملەش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="85" />
        <source>Close</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="96" />
        <source>Not joined. Ask HQ for an enrolment code, then Join HQ…. Until then everything stays on this computer only.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوشۇلمىغان. مەركەزدىن تىزىملىتىش كودى سوراپ، ئاندىن «مەركەزگە قوشۇلۇش…» نى تاللاڭ. ئۇنىڭغىچە ھەممە نەرسە پەقەت بۇ كومپيۇتېردىلا تۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="101" />
        <source>%1 at %2 (this device: %3)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1، %2 دا (بۇ ئۈسكۈنە: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="107" />
        <source>%1 UTC</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="108" />
        <source>never</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەرگىز</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="110" />
        <source>The last attempt failed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاخىرقى سىناق مەغلۇپ بولدى: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="117" />
        <source>%n item(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n تۈر</numerusform>
            <numerusform>%n تۈر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="118" />
        <source>nothing: everything has left</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھېچنېمە: ھەممىسى كەتتى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="122" />
        <source>%n item(s) have two versions: open the item and choose one in History.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n تۈرنىڭ ئىككى نەشرى بار: تۈرنى ئېچىپ، تارىختا بىرىنى تاللاڭ.</numerusform>
            <numerusform>%n تۈرنىڭ ئىككى نەشرى بار: تۈرنى ئېچىپ، تارىختا بىرىنى تاللاڭ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="124" />
        <source>none</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="129" />
        <source>None. Nothing the server sent looked wrong.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يوق. مۇلازىمېتىر ئەۋەتكەنلەرنىڭ ھېچقايسىسى خاتا كۆرۈنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="141" />
        <source>The server, or a copy of this vault's files, went back in time: data you had may be hidden. Tell HQ by another channel; keep syncing.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر ياكى بۇ ئامبار ھۆججەتلىرىنىڭ نۇسخىسى ۋاقىتتا ئارقىغا قايتتى: سىزدە بار سانلىق مەلۇماتلار يوشۇرۇلغان بولۇشى مۇمكىن. مەركەزگە باشقا يول ئارقىلىق خەۋەر قىلىڭ؛ ماسقەدەملەشنى داۋاملاشتۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="145" />
        <source>The server held back revisions it had already announced. Tell HQ by another channel; nothing of yours was lost.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر ئاللىبۇرۇن ئېلان قىلغان نەشرلەرنى ساقلاپ قالدى. مەركەزگە باشقا يول ئارقىلىق خەۋەر قىلىڭ؛ سىزنىڭ ھېچنەرسىڭىز يوقالمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="149" />
        <source>The server showed two different histories of one device. Tell HQ by another channel: the server may be compromised.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر بىر ئۈسكۈنىنىڭ ئىككى خىل تارىخىنى كۆرسەتتى. مەركەزگە باشقا يول ئارقىلىق خەۋەر قىلىڭ: مۇلازىمېتىر بۇزغۇنچىلىققا ئۇچرىغان بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="153" />
        <source>A revision failed its signature or checks and was refused. Nothing was changed; tell HQ if it happens again.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر نەشرى ئىمزا ياكى تەكشۈرۈشتىن ئۆتمىدى ۋە رەت قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى؛ يەنە يۈز بەرسە مەركەزگە خەۋەر قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="156" />
        <source>The server answered something an honest server would not. Tell HQ by another channel.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مۇلازىمېتىر سەمىمىي مۇلازىمېتىر بەرمەيدىغان جاۋاب بەردى. مەركەزگە باشقا يول ئارقىلىق خەۋەر قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="158" />
        <source>An alert that was not signed by HQ, or expired, was refused.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەركەز ئىمزا قويمىغان ياكى مۇددىتى توشقان ئاگاھلاندۇرۇش رەت قىلىندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="160" />
        <source>An attachment arrived damaged or altered and was set aside. Ask the sender to attach it again.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر قوشۇمچە ھۆججەت بۇزۇلغان ياكى ئۆزگەرتىلگەن ھالەتتە كېلىپ، چەتكە قويۇلدى. ئەۋەتكۈچىدىن ئۇنى قايتا قوشۇشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="164" />
        <source>This vault's last-use mark was missing: its files may have been replaced by an older copy. If you did not restore a backup, tell HQ.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئامبارنىڭ ئاخىرقى ئىشلىتىلىش بەلگىسى يوق ئىدى: ئۇنىڭ ھۆججەتلىرى كونىراق نۇسخا بىلەن ئالماشتۇرۇلغان بولۇشى مۇمكىن. ئەگەر سىز زاپاس نۇسخىنى ئەسلىگە كەلتۈرمىگەن بولسىڭىز، مەركەزگە خەۋەر قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="168" />
        <source>An older copy of the database was accepted, as you asked.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سىزنىڭ تەلىپىڭىز بويىچە سانلىق مەلۇمات ئامبىرىنىڭ كونىراق نۇسخىسى قوبۇل قىلىندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="171" />
        <source>Something looked wrong (%1).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىر نەرسە خاتا كۆرۈندى (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="177" />
        <source>A proxy address starts with socks5://, socks5h:// or http://, for example socks5://127.0.0.1:9050 for Tor on this computer.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاكالەتچى ئادرېسى socks5://، socks5h:// ياكى http:// بىلەن باشلىنىدۇ، مەسىلەن بۇ كومپيۇتېردىكى Tor ئۈچۈن socks5://127.0.0.1:9050.</translation>
    </message>
</context>
<context>
    <name>EvidenceUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="25" />
        <source>Export e&amp;vidence package…</source>
        <translation>&amp;ئىسپات بوغچىسىنى چىقىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Export evidence package</source>
        <translation>ئىسپات بوغچىسىنى چىقىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>Open a case first.</source>
        <translation>ئاۋۋال بىر دېلونى ئېچىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="40" />
        <source>Save the evidence package (it holds the case decrypted)</source>
        <translation>ئىسپات بوغچىسىنى ساقلاش (ئۇنىڭدا دېلو شىفىرلانمىغان)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="55" />
        <source>Wrote %1: %2 revisions, signed by this device. It holds the case decrypted: keep it as safe as the case. Anyone can check it with the verify.py inside it.</source>
        <translation>يېزىلدى: %1، نۇسخىلار — %2، بۇ ئۈسكۈنە ئىمزا قويدى. بوغچىدا دېلو شىفىرلانمىغان: ئۇنى دېلونىڭ ئۆزىدەك ئاسراڭ. ھەر قانداق ئادەم ئۇنى ئىچىدىكى verify.py بىلەن تەكشۈرەلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Veri&amp;fy an evidence package…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسپات بوغچىسىنى &amp;تەكشۈرۈش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>&amp;Time-stamp this case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ دېلوغا ۋاقىت &amp;تامغىسى بېسىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="3" />
        <source>Verify an evidence package</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسپات بوغچىسىنى تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="47" />
        <source>Evidence packages (*.zip);;All files (*)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسپات بوغچىلىرى (*.zip);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="66" />
        <source>This check is recorded in the case's custody log.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ تەكشۈرۈش دېلونىڭ ساقلاش خاتىرىسىگە يېزىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="68" />
        <source>Not recorded: this vault does not hold the case the package names.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يېزىلمىدى: بۇ ئامباردا بوغچا ئاتىغان دېلو يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="76" />
        <source>%1 cannot be read as an evidence package (a zip file).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 ئىسپات بوغچىسى (zip ھۆججىتى) سۈپىتىدە ئوقۇلمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="5" />
        <source>Time-stamp this case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلوغا ۋاقىت تامغىسى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="112" />
        <source>%n revision(s) time-stamped by the authority.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n نۇسخىغا ۋاقىت تامغىسى بېسىلدى.</numerusform>
            <numerusform>%n نۇسخىغا ۋاقىت تامغىسى بېسىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="124" />
        <source>%n attachment(s) time-stamped over the file's own SHA-256.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n قوشۇمچە ھۆججەتكە ھۆججەتنىڭ ئۆز SHA-256 قىممىتى بويىچە ۋاقىت تامغىسى بېسىلدى.</numerusform>
            <numerusform>%n قوشۇمچە ھۆججەتكە ھۆججەتنىڭ ئۆز SHA-256 قىممىتى بويىچە ۋاقىت تامغىسى بېسىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="114" />
        <source>Every revision and attachment of this case already has a time-stamp.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ دېلونىڭ ھەر بىر نۇسخىسى ۋە ھەر بىر قوشۇمچە ھۆججىتىدە ۋاقىت تامغىسى بار.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="92" />
        <source>%n time-stamp token(s) added for revisions and attachments received.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>تاپشۇرۇۋېلىنغان نۇسخا ۋە قوشۇمچە ھۆججەتلەرگە %n ۋاقىت تامغىسى بېسىلدى.</numerusform>
            <numerusform>تاپشۇرۇۋېلىنغان نۇسخا ۋە قوشۇمچە ھۆججەتلەرگە %n ۋاقىت تامغىسى بېسىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="94" />
        <source>Time-stamping waits for the next sync round: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى كېيىنكى ماسقەدەملەش ئايلانمىسىنى كۈتىدۇ: %1</translation>
    </message>
    <message>
        <source>No time-stamping authority is set. Set one with HQ → Time-stamping authority…; the desk then also asks it by itself in each sync round.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنى بەلگىلەنمىگەن. ئۇنى «مەركەز ← ۋاقىت تامغىسى ئورگىنى…» ئارقىلىق بەلگىلەڭ؛ ئاندىن HQ ئۈستىلى ھەر بىر ماسقەدەملەش ئايلانمىسىدا ئۇنىڭدىن ئۆزى سورايدۇ.</translation>
    </message>
</context>
<context>
    <name>VaultTasks</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="130" />
        <source>&amp;Back up…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;زاپاسلاش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="131" />
        <source>Change &amp;passphrase…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي &amp;ئىبارىنى ئۆزگەرتىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="132" />
        <source>&amp;Rotate keys…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچلارنى &amp;ئالماشتۇرۇش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="133" />
        <source>&amp;Export decrypted…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلگەن ھالدا &amp;چىقىرىش…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="149" />
        <source>Back up to a file or a USB stick</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھۆججەتكە ياكى USB دىسكىغا زاپاسلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="174" />
        <source>Backup written: %1 revisions, %2 attachments, %3.
Saved as: %4</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخا يېزىلدى: %1 نەشرى، %2 قوشۇمچە ھۆججەت، %3.
ساقلانغان ئورنى: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="184" />
        <source>Cancelled. Nothing was written; an older file there is untouched.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىندى. ھېچنېمە يېزىلمىدى؛ ئۇ يەردىكى كونىراق ھۆججەتكە چېقىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="188" />
        <source>The backup could not be written to %1 (%2). Check that the stick is plugged in, writable and has room, then try again.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>زاپاس نۇسخىنى %1 گە يازغىلى بولمىدى (%2). دىسكىنىڭ سېلىنغانلىقىنى، يازغىلى بولىدىغانلىقىنى ۋە ئورنى بارلىقىنى تەكشۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="218" />
        <source>Change passphrase</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="230" />
        <source>Passphrase changed. The recovery key still works. Backups made before today still open with the old passphrase.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>مەخپىي ئىبارە ئۆزگەرتىلدى. ئەسلىگە كەلتۈرۈش ئاچقۇچى يەنىلا ئىشلەيدۇ. بۈگۈندىن بۇرۇن ياسالغان زاپاس نۇسخىلار يەنىلا كونا مەخپىي ئىبارە بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="239" />
        <source>Rotate keys</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچلارنى ئالماشتۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="241" />
        <source>Rotating makes a new master key and a new recovery key; your passphrase stays. Do it when the passphrase or the recovery key may have leaked: old backups, with the old secrets, then open nothing you write from now on.

The old recovery key stops working. You will write down the new one next.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئالماشتۇرۇش يېڭى ئاساسىي ئاچقۇچ ۋە يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچى ياسايدۇ؛ مەخپىي ئىبارىڭىز ئۆزگەرمەيدۇ. مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى ئاشكارىلانغان بولۇشى مۇمكىن بولغاندا قىلىڭ: كونا مەخپىيەتلىكلەر بىلەن كونا زاپاس نۇسخىلار شۇنىڭدىن كېيىن سىز يازغانلارنىڭ ھېچقايسىسىنى ئاچالمايدۇ.

كونا ئەسلىگە كەلتۈرۈش ئاچقۇچى ئىشلىمەيدىغان بولىدۇ. كېيىنكى قەدەمدە يېڭىسىنى يېزىۋالىسىز.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="250" />
        <source>HQ escrow holds the old key: turn escrow on again afterwards.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئاچقۇچنى مەركەزدە ساقلاشتا كونا ئاچقۇچ بار: كېيىن ئاچقۇچنى مەركەزدە ساقلاشنى قايتا قوزغىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="254" />
        <source>Type your passphrase to go on:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>داۋاملاشتۇرۇش ئۈچۈن مەخپىي ئىبارىڭىزنى كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="279" />
        <source>That is not the passphrase of this vault. Nothing was changed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ بۇ ئامبارنىڭ مەخپىي ئىبارىسى ئەمەس. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="288" />
        <source>Export decrypted</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>شىفىرى يېشىلگەن ھالدا چىقىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="293" />
        <source>Export writes every case and attachment UNENCRYPTED. Anyone with access to the folder can read them, and deleting files does not always erase them from a disk or a USB stick. For a copy that stays encrypted, use Back up… instead.

Export anyway?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>چىقىرىش ھەر بىر دېلو ۋە قوشۇمچە ھۆججەتنى شىفىرلانمىغان ھالدا يازىدۇ. قىسقۇچقا يېتەلەيدىغان ھەر قانداق كىشى ئۇلارنى ئوقۇيالايدۇ، ھۆججەتلەرنى ئۆچۈرۈش ئۇلارنى دىسكا ياكى USB دىسكىدىن ھەمىشە يوقاتمايدۇ. شىفىرلانغان پېتى قالىدىغان نۇسخا ئۈچۈن ئۇنىڭ ئورنىغا «زاپاسلاش…» نى ئىشلىتىڭ.

شۇنداقتىمۇ چىقىرىلسۇنمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="300" />
        <source>Export into which folder?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايسى قىسقۇچقا چىقىرىلسۇن؟</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="318" />
        <source>Exported %1 cases and %2 attachments, unencrypted, to %3. Delete them securely when you no longer need them.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 دېلو ۋە %2 قوشۇمچە ھۆججەت شىفىرلانمىغان ھالدا %3 گە چىقىرىلدى. ئۇلار سىزگە كېرەك بولمىغاندا بىخەتەر ئۆچۈرۈڭ.</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى كىرگۈزۈش</translation>
    </message>
    <message>
        <source>The recovery key you wrote down when the vault was made (or last rotated):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئامبار قۇرۇلغاندا (ياكى ئەڭ ئاخىرقى قېتىم ئاچقۇچ ئالماشتۇرۇلغاندا) يېزىۋالغان ئەسلىگە كەلتۈرۈش ئاچقۇچى:</translation>
    </message>
    <message>
        <source>The recovery key is known now: backups are post-quantum for it too.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى ئەمدى مەلۇم: زاپاس نۇسخىلار ئۇنىڭ ئۈچۈنمۇ كۋانتتىن كېيىنكى بولىدۇ.</translation>
    </message>
</context>
<context>
    <name>FieldAlertsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Refresh field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سەھرا ئاگاھلاندۇرۇشلىرىنى يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېڭىلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>No alert from the field so far: they arrive at the desk's next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھازىرچە سەھرادىن ئاگاھلاندۇرۇش يوق: ئۇلار ئۈستەلنىڭ كېيىنكى ماسقەدەملىشىدە كېلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سەھرا ئاگاھلاندۇرۇشلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېكىست</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Situation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەھۋال</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۈسكۈنە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Received (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاپشۇرۇۋېلىندى (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Urgent alerts raised by field devices, newest first. Each names the device by the label you gave it and the start of its id; the alert is signed with that device's key.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سەھرا ئۈسكۈنىلىرى كۆتۈرگەن جىددىي ئاگاھلاندۇرۇشلار، يېڭىسى ئالدىدا. ھەر بىرىدە ئۈسكۈنە سىز بەرگەن نامى ۋە كىملىكىنىڭ بېشى بىلەن كۆرسىتىلىدۇ؛ ئاگاھلاندۇرۇشقا شۇ ئۈسكۈنىنىڭ ئاچقۇچى بىلەن ئىمزا قويۇلغان.</translation>
    </message>
</context>
<context>
    <name>EvidenceReportDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="21" />
        <source>Evidence package: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسپات بوغچىسى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="22" />
        <source>Evidence package report</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئىسپات بوغچىسى دوكلاتى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="24" />
        <source>Not verified: %n check(s) failed. What failed is named first.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>دەلىللەنمىدى: %n تەكشۈرۈشتىن ئۆتمىدى. ئۆتمىگىنى ئالدى بىلەن ئاتالدى.</numerusform>
            <numerusform>دەلىللەنمىدى: %n تەكشۈرۈشتىن ئۆتمىدى. ئۆتمىگىنى ئالدى بىلەن ئاتالدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="27" />
        <source>Verified: every check passed. Below: what that proves, and what it does not.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>دەلىللەندى: بارلىق تەكشۈرۈشتىن ئۆتتى. تۆۋەندە: بۇ نېمىنى ئىسپاتلايدۇ، نېمىنى ئىسپاتلىمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="28" />
        <source>Outcome</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="35" />
        <source>What the package proves and does not prove</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بوغچا نېمىنى ئىسپاتلايدۇ، نېمىنى ئىسپاتلىمايدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="37" />
        <source>Custody log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاش خاتىرىسى</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Encrypt to X25519 keys only, which Debian's age 1.1 reads too (NOT safe against a future quantum computer)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>پەقەت X25519 ئاچقۇچلىرىغا شىفىرلاش، Debian نىڭ age 1.1 نەشرىمۇ ئوقۇيالايدۇ (كەلگۈسىدىكى كۋانت كومپيۇتېرىدىن بىخەتەر ئەمەس)</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only: it is NOT safe against a future quantum computer. Anyone who keeps a copy could read it once such a computer exists.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ زاپاس نۇسخا پەقەت X25519 ئاچقۇچلىرىغا شىفىرلانغان: ئۇ كەلگۈسىدىكى كۋانت كومپيۇتېرىدىن بىخەتەر ئەمەس. ئۇنىڭ كۆپەيتمىسىنى ساقلىغان ھەر قانداق ئادەم بۇنداق كومپيۇتېر بارلىققا كەلگەندە ئۇنى ئوقۇيالايدۇ.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because the vault does not know the post-quantum key of its recovery key yet: run 'vigil keys upgrade --recovery-key-file FILE' once, and later backups are post-quantum.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ زاپاس نۇسخا پەقەت X25519 ئاچقۇچلىرىغا شىفىرلانغان، چۈنكى ئامبار ئەسلىگە كەلتۈرۈش ئاچقۇچىنىڭ كۋانتتىن كېيىنكى ئاچقۇچىنى تېخى بىلمەيدۇ: 'vigil keys upgrade --recovery-key-file FILE' نى بىر قېتىم ئىجرا قىلىڭ، شۇنىڭدىن كېيىنكى زاپاس نۇسخىلار كۋانتتىن كېيىنكى بولىدۇ.</translation>
    </message>
    <message>
        <source>It is encrypted to post-quantum (hybrid) keys. With the vault's exported identity or its recovery key it opens with age 1.3 or later, or typage; Vigil restores it. Debian's age 1.1 and pyrage cannot open it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇ كۋانتتىن كېيىنكى (ئارىلاشما) ئاچقۇچلارغا شىفىرلانغان. ئامبارنىڭ چىقىرىلغان كىملىكى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئۇنى age 1.3 ياكى ئۇنىڭدىن يېڭىسى، ياكى typage ئاچالايدۇ؛ Vigil ئۇنى ئەسلىگە كەلتۈرىدۇ. Debian نىڭ age 1.1 نەشرى ۋە pyrage ئۇنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <source>It is encrypted to X25519 keys. With the vault's exported identity or its recovery key it opens with age 1.0 or later (Debian's age 1.1 too), rage, pyrage or typage; Vigil restores it. The envelopes and attachments inside stay as they were written, so age 1.1 reads only those written before the vault had its post-quantum key.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇ X25519 ئاچقۇچلىرىغا شىفىرلانغان. ئامبارنىڭ چىقىرىلغان كىملىكى ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئۇنى age 1.0 ياكى ئۇنىڭدىن يېڭىسى (Debian نىڭ age 1.1 نەشرىمۇ)، rage، pyrage ياكى typage ئاچالايدۇ؛ Vigil ئۇنى ئەسلىگە كەلتۈرىدۇ. ئىچىدىكى كونۋېرت ۋە قوشۇمچىلار يېزىلغان پېتى قالىدۇ، شۇڭا age 1.1 پەقەت ئامباردا كۋانتتىن كېيىنكى ئاچقۇچ پەيدا بولۇشتىن بۇرۇن يېزىلغانلىرىنىلا ئوقۇيالايدۇ.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because an HQ key this vault pinned has no post-quantum form: it is NOT safe against a future quantum computer. Later backups are post-quantum once HQ's post-quantum keys reach this device (a key rotation HQ signs).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ زاپاس نۇسخا پەقەت X25519 ئاچقۇچلىرىغا شىفىرلانغان، چۈنكى بۇ ئامباردا مۇقىملاشتۇرۇلغان مەركەز ئاچقۇچىنىڭ كۋانتتىن كېيىنكى شەكلى يوق: ئۇ كەلگۈسىدىكى كۋانت كومپيۇتېرىدىن بىخەتەر ئەمەس. مەركەزنىڭ كۋانتتىن كېيىنكى ئاچقۇچلىرى بۇ ئۈسكۈنىگە يەتكەندە (مەركەز ئىمزالىغان ئاچقۇچ ئالماشتۇرۇش)، كېيىنكى زاپاس نۇسخىلار كۋانتتىن كېيىنكى بولىدۇ.</translation>
    </message>
</context>
<context>
    <name>TsaWords</name>
    <message>
        <source>The time-stamping authority's address must be a web address that starts with https:// or http:// and names a host, for example https://freetsa.org/tsr.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنىنىڭ ئادرېسى https:// ياكى http:// بىلەن باشلىنىپ، مۇلازىمېتىرنى كۆرسىتىدىغان تور ئادرېسى بولۇشى كېرەك، مەسىلەن https://freetsa.org/tsr.</translation>
    </message>
    <message>
        <source>The time-stamping authority's address must not hold a user name or password: the address is written into the custody log and every evidence package.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنىنىڭ ئادرېسىدا ئىشلەتكۈچى ئىسمى ياكى پارول بولماسلىقى كېرەك: ئادرېس ساقلاش خاتىرىسىگە ۋە ھەر بىر ئىسپات بولىقىغا يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>Cannot read the roots file %1: %2.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىلتىز گۇۋاھنامە ھۆججىتى %1 نى ئوقۇغىلى بولمىدى: %2.</translation>
    </message>
    <message>
        <source>The roots file %1 is larger than 1 MiB: give only the authority's root certificates.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىلتىز گۇۋاھنامە ھۆججىتى %1 نىڭ چوڭلۇقى 1 MiB دىن ئېشىپ كەتتى: پەقەت ئورگاننىڭ يىلتىز گۇۋاھنامىلىرىنىلا بېرىڭ.</translation>
    </message>
    <message>
        <source>The TSA roots file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننىڭ يىلتىز گۇۋاھنامە ھۆججىتىدە PEM گۇۋاھنامىسى يوق (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The TSA roots file holds a private key: give the root certificates only. Nothing was set; the roots go into every evidence package.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننىڭ يىلتىز گۇۋاھنامە ھۆججىتىدە مەخپىي ئاچقۇچ بار: پەقەت يىلتىز گۇۋاھنامىلىرىنىلا بېرىڭ. ھېچنەرسە ئۆزگەرتىلمىدى؛ يىلتىز گۇۋاھنامىلىرى ھەر بىر ئىسپات بولىقىغا كىرىدۇ.</translation>
    </message>
</context>
<context>
    <name>TsaPage</name>
    <message>
        <source>A time-stamping authority outside the organisation (RFC 3161) signs that what the desk received existed by a given time. Only hashes leave the desk. The desk asks it in each sync round; its tokens go into evidence packages, and anyone can check them with the authority's root certificates.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەشكىلات سىرتىدىكى ۋاقىت تامغىسى ئورگىنى (RFC 3161) ئۈستەل تاپشۇرۇۋالغان نەرسىنىڭ مەلۇم ۋاقىتتا مەۋجۇت ئىكەنلىكىنى ئىمزالايدۇ. ئۈستەلدىن پەقەت hash لارلا چىقىدۇ. ئۈستەل ھەر بىر ماسقەدەملەش ئايلانمىسىدا ئۇنىڭدىن سورايدۇ؛ ئۇنىڭ تامغىلىرى ئىسپات بولاقلىرىغا كىرىدۇ، ھەر قانداق ئادەم ئۇلارنى ئورگاننىڭ يىلتىز گۇۋاھنامىلىرى بىلەن تەكشۈرەلەيدۇ.</translation>
    </message>
    <message>
        <source>Current time-stamping authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>نۆۋەتتىكى ۋاقىت تامغىسى ئورگىنى</translation>
    </message>
    <message>
        <source>Last stamping</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەڭ ئاخىرقى تامغا بېسىش</translation>
    </message>
    <message>
        <source>Authority address</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگان ئادرېسى</translation>
    </message>
    <message>
        <source>Root certificates file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىلتىز گۇۋاھنامە ھۆججىتى</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ھۆججەت تاللاش…</translation>
    </message>
    <message>
        <source>Choose the root certificates file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>يىلتىز گۇۋاھنامە ھۆججىتىنى تاللاش</translation>
    </message>
    <message>
        <source>Authority &amp;web address:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننىڭ &amp;مۇلازىمېتىر ئادرېسى:</translation>
    </message>
    <message>
        <source>R&amp;oot certificates (PEM):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يىلتىز گۇۋاھنامىلىرى (PEM):</translation>
    </message>
    <message>
        <source>Time-stamping problem</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى مەسىلىسى</translation>
    </message>
    <message>
        <source>C&amp;lear authority…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننى &amp;چىقىرىۋېتىش…</translation>
    </message>
    <message>
        <source>Clear the authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>&amp;Set authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننى &amp;بەلگىلەش</translation>
    </message>
    <message>
        <source>Set authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننى بەلگىلەش</translation>
    </message>
    <message>
        <source>No time-stamping authority is set: the desk asks none, and evidence packages carry no tokens from outside.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنى بەلگىلەنمىگەن: ئۈستەل ھېچقايسىسىدىن سورىمايدۇ، ئىسپات بولاقلىرىدا سىرتتىن كەلگەن تامغا يوق.</translation>
    </message>
    <message>
        <source>Authority: %1
Root certificates, SHA-256: %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگان: %1
يىلتىز گۇۋاھنامىلىرى، SHA-256: %2</translation>
    </message>
    <message>
        <source>Nothing time-stamped yet.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تېخى ھېچنەرسىگە ۋاقىت تامغىسى بېسىلمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>Last stamping (%1): %n token(s) added.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>ئەڭ ئاخىرقى تامغا بېسىش (%1): %n تامغا قوشۇلدى.</numerusform>
            <numerusform>ئەڭ ئاخىرقى تامغا بېسىش (%1): %n تامغا قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇ توختىدى: %1</translation>
    </message>
    <message>
        <source>The authority's root certificates</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننىڭ يىلتىز گۇۋاھنامىلىرى</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>گۇۋاھنامىلەر (*.pem *.crt *.cer);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Give the authority's address and its root certificates file.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننىڭ ئادرېسى ۋە يىلتىز گۇۋاھنامە ھۆججىتىنى بېرىڭ.</translation>
    </message>
    <message>
        <source>Time-stamping authority set.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنى بەلگىلەندى.</translation>
    </message>
    <message>
        <source>forget the time-stamping authority; tokens already kept stay with their cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنىنى ئۇنتۇش؛ ساقلانغان تامغىلار ئۆز دېلولىرىدا قالىدۇ</translation>
    </message>
    <message>
        <source>this desk: its sync rounds ask no authority until one is set again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بۇ ئۈستەل: ئۇنىڭ ماسقەدەملەش ئايلانمىلىرى ئورگان قايتا بەلگىلەنگۈچە ھېچقايسىسىدىن سورىمايدۇ</translation>
    </message>
    <message>
        <source>Clear the authority?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئورگاننى چىقىرىۋېتەمسىز؟</translation>
    </message>
    <message>
        <source>Time-stamping authority cleared.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ۋاقىت تامغىسى ئورگىنى چىقىرىۋېتىلدى.</translation>
    </message>
</context>
</TS>
