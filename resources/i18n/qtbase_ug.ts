<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Uyghur translation of its own widgets; these are the texts of the standard
     buttons and edit menus the app shows (vigil.ui.i18n loads this one only when Qt has none). -->
<TS version="2.1" language="ug_CN">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ماقۇل</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىنى ساقلاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ھەئە</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىگە ھەئە</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;ياق</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىگە ياق</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قايتا سىناش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>پەرۋا قىلماسلىق</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ياردەم</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>سۈكۈتتىكىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەئە</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ياق</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلىماسلىق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ساقلىماي تاقاش</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۇلانما ئادرېسىنى &amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەپسىلاتىنى كۆرسىتىش...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>تەپسىلاتىنى يوشۇرۇش...</translation>
    </message>
</context>
</TS>
