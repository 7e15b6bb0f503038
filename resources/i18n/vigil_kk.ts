<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="232" />
        <source>An alert is signed with the HQ key and shown on the field devices at their next sync. A confidential alert is encrypted to each device's own key, so the server cannot read it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабылға штаб кілтімен қол қойылады және ол далалық құрылғыларда келесі синхрондауда көрінеді. Құпия дабыл әр құрылғының өз кілтіне шифрланады, сондықтан сервер оны оқи алмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="238" />
        <source>Severity</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="239" />
        <source>Information</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="240" />
        <source>Warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="241" />
        <source>Urgent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="245" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="246" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="248" />
        <source>Confidential (encrypted to the devices' keys)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құпия (құрылғылардың кілттеріне шифрланады)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="249" />
        <source>Confidential</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құпия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="251" />
        <source>Alert text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="253" />
        <source>Se&amp;verity:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Маңыздылығы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="254" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>М&amp;ерзімі бітеді:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="255" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>К&amp;імге:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="257" />
        <source>T&amp;ext:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>М&amp;әтін:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>&amp;Send alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабылды &amp;жіберу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>Send alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабылды жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="271" />
        <source>An alert's text has 1 to %1 characters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл мәтіні 1-ден %1 таңбаға дейін болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="281" />
        <source>sign a “%1” alert with the HQ key, expiring in %2 days, and send it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>«%1» дабылына штаб кілтімен қол қойып (мерзімі %2 күн), оны жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="285" />
        <source>, encrypted so that only those devices can read it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>, оны тек сол құрылғылар оқи алатындай етіп шифрлап</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="286" />
        <source>Send alert?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабылды жіберу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="290" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қол қойылып, жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="300" />
        <source>The alert is signed and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабылға қол қойылып, кезекке қойылды, бірақ әлі жіберілген жоқ (%1). Ол келесі синхрондауда кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="305" />
        <source>Alert sent.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл жіберілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="309" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ешнәрсеге қол қойылған жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert &amp;key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл &amp;кілтін ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл кілтін ауыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="324" />
        <source>introduce a new alert key in a note signed with the current one, then retire the current one; devices switch to the new key at their next sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ағымдағы кілтпен қол қойылған жазба арқылы жаңа дабыл кілтін енгізіп, ағымдағысын қолданыстан шығару; құрылғылар келесі синхрондауда жаңа кілтке ауысады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="328" />
        <source>Rotate the alert key?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дабыл кілтін ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="342" />
        <source>The new alert key is introduced and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жаңа дабыл кілті енгізіліп, кезекке қойылды, бірақ әлі жіберілген жоқ (%1). Ол келесі синхрондауда кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="346" />
        <source>New alert key sent; the old one is retired.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жаңа дабыл кілті жіберілді; ескісі қолданыстан шығарылды.</translation>
    </message>
</context>
<context>
    <name>AlertsUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="146" />
        <source>Alert inbox</source>
        <translation>Дабылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="149" />
        <source>Alert inbox…</source>
        <translation>Дабылдар…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="151" />
        <source>Raise urgent alert…</source>
        <translation>Шұғыл дабыл жіберу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="165" />
        <source>Alerts (%n)</source>
        <translation>
            <numerusform>Дабылдар (%n)</numerusform>
            <numerusform>Дабылдар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="175" />
        <source>Open a case first.</source>
        <translation>Алдымен істі ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="188" />
        <source>Urgent alert queued; sending now.</source>
        <translation>Шұғыл дабыл кезекте; қазір жіберілуде.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="26" />
        <source>Remembering the vault key lets anyone who can read this computer's keyring open the vault without the passphrase: programs running as you while you are logged in, or anyone who logs in as you. Use it only on a computer you alone use, with a strong login password.</source>
        <translation>Қойма кілті есте сақталса, осы компьютердің кілттер байламын оқи алатын кез келген адам қойманы құпия фразасыз ашады: сіз жүйеде отырғанда сіздің атыңыздан жұмыс істейтін бағдарламалар немесе сіздің атыңызбен кірген кез келген адам. Мұны тек өзіңіз ғана пайдаланатын, кіру құпия сөзі мықты компьютерде қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="139" />
        <location filename="../../desktop/vigil/ui/controller.py" line="209" />
        <source>Vault: %1</source>
        <translation>Қойма: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="142" />
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Бұл — демо қойма. Оның құпия фразасы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="161" />
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="40" />
        <source>Choose a vault folder</source>
        <translation>Қойма қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="168" />
        <source>No vault there</source>
        <translation>Мұнда қойма жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="169" />
        <source>That folder holds no Vigil vault.</source>
        <translation>Бұл қалтада Vigil қоймасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="177" />
        <source>Creating the vault: measuring this computer…</source>
        <translation>Қойма жасалуда: компьютер жылдамдығы өлшенуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="205" />
        <source>Vigil recovery key</source>
        <translation>Vigil қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="211" />
        <source>Keep this paper away from the computer.</source>
        <translation>Бұл қағазды компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="216" />
        <source>The vault was not created</source>
        <translation>Қойма жасалмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="219" />
        <location filename="../../desktop/vigil/ui/controller.py" line="248" />
        <source>Unlocking…</source>
        <translation>Құлпы ашылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="268" />
        <source>Wrong passphrase.</source>
        <translation>Құпия фраза қате.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="278" />
        <source>Recovering…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="62" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="63" />
        <source>The settings could not be saved.</source>
        <translation>Баптауларды сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="73" />
        <source>Quick unlock</source>
        <translation>Жылдам ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="93" />
        <source>Recalibrate</source>
        <translation>Қайта калибрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="97" />
        <source>Type the passphrase to re-wrap the key:</source>
        <translation>Кілтті қайта шифрлау үшін құпия фразаны енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="112" />
        <source>Recalibrated</source>
        <translation>Қайта калибрленді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="113" />
        <source>Key derivation now uses %1 MiB and %2 passes.</source>
        <translation>Кілт шығару енді %1 МиБ жадты және %2 өтуді пайдаланады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="437" />
        <source>Something went wrong (%1).</source>
        <translation>Қате орын алды (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="82" />
        <source>Wipe after wrong passphrases</source>
        <translation>Қате құпия фразалардан кейін жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="83" />
        <source>Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, keys first. Your own typing mistakes count as much as a stranger's guesses, and only a backup brings the cases back. Turn this on?</source>
        <translation>Жоюға дейін қатарынан қате құпия фразалар саны: %1. Одан кейін Vigil осы қойманы жояды, алдымен кілттерді. Өзіңіздің қате терулеріңіз бөтен адамның болжамдарымен бірдей есептеледі, ал істерді тек сақтық көшірме қайтара алады. Қосу керек пе?</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="42" />
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="53" />
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="43" />
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="44" />
        <source>opened in the mail program</source>
        <translation>пошта бағдарламасында ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="45" />
        <source>confirmed sent</source>
        <translation>жіберілгені расталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="46" />
        <source>reply received</source>
        <translation>жауап алынды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="54" />
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="55" />
        <source>deadline passed</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="56" />
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="63" />
        <source>released</source>
        <translation>босатылды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="64" />
        <source>released with conditions</source>
        <translation>шарттармен босатылды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="67" />
        <source>charges dropped</source>
        <translation>айыптар алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="68" />
        <source>sentence reduced</source>
        <translation>жаза жеңілдетілді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="69" />
        <source>acquitted</source>
        <translation>ақталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="70" />
        <source>no change</source>
        <translation>өзгеріс жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="71" />
        <source>worsened</source>
        <translation>жағдай нашарлады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="72" />
        <source>outcome unknown</source>
        <translation>нәтижесі белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="89" />
        <source>no deadline</source>
        <translation>мерзімі жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="91" />
        <source>by %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="93" />
        <source>was %1</source>
        <translation>мерзімі %1 болған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="97" />
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="76" />
        <source>today is the last day</source>
        <translation>бүгін соңғы күн</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="105" />
        <source>Urgent action %1 is closed; check with HQ before sending.</source>
        <translation>%1 шұғыл әрекеті жабылған; жібермес бұрын штабтан нақтылаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="112" />
        <source>Check with HQ.</source>
        <translation>Штабтан нақтылаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="120" />
        <source>Last verified: %1</source>
        <translation>Соңғы тексеру: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="124" />
        <source>Never verified</source>
        <translation>Ешқашан тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="127" />
        <source>Sample data: verify before sending.</source>
        <translation>Үлгі деректер: жібермес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="131" />
        <source>Verify before sending: not checked for months.</source>
        <translation>Жібермес бұрын тексеріңіз: бірнеше ай тексерілмеген.</translation>
    </message>
</context>
<context>
    <name>AppealsArea</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="59" />
        <source>Urgent actions</source>
        <translation>Шұғыл әрекеттер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="73" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="86" />
        <source>Urgent action</source>
        <translation>Шұғыл әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <source>State and deadline</source>
        <translation>Күйі және мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="70" />
        <source>No urgent actions yet. Import one with Vault › Import urgent action…</source>
        <translation>Әзірге шұғыл әрекеттер жоқ. Импорттаңыз: Қойма › Шұғыл әрекетті импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="76" />
        <source>Follow this urgent action (remind me of its deadline)</source>
        <translation>Осы шұғыл әрекетті бақылау (мерзімін еске салу)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="77" />
        <source>Follow this urgent action</source>
        <translation>Осы шұғыл әрекетті бақылау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="84" />
        <source>About the urgent action</source>
        <translation>Шұғыл әрекет туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="87" />
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="88" />
        <source>Status board</source>
        <translation>Хаттардың күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="89" />
        <source>Signatories</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="90" />
        <source>About</source>
        <translation>Әрекет туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="179" />
        <source>Targets:</source>
        <translation>Алушылар:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="185" />
        <source>Letter languages: %1</source>
        <translation>Хат тілдері: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="187" />
        <source>Deadline: %1</source>
        <translation>Мерзімі: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeals.py" line="220" />
        <source>Imported %n urgent action(s).</source>
        <translation>
            <numerusform>%n шұғыл әрекет импортталды.</numerusform>
            <numerusform>%n шұғыл әрекет импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="226" />
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="233" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталған жоқ</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="169" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="171" />
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="172" />
        <source>Add files</source>
        <translation>Файлдар қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="173" />
        <source>Save a decrypted copy…</source>
        <translation>Шифрсыз көшірме сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="174" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="341" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="344" />
        <source>Save a decrypted copy</source>
        <translation>Шифрсыз көшірме сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="175" />
        <source>Open in another program…</source>
        <translation>Басқа бағдарламада ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="176" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="381" />
        <source>Open in another program</source>
        <translation>Басқа бағдарламада ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="179" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="180" />
        <source>Cancel adding the file</source>
        <translation>Файл қосудан бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="182" />
        <source>Encryption progress</source>
        <translation>Шифрлау барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="183" />
        <source>Drop files here to encrypt them into the case.</source>
        <translation>Файлдарды осында сүйреңіз: олар шифрланып, іске қосылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="215" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="304" />
        <source>Choose an attachment to view it.</source>
        <translation>Қарау үшін тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="238" />
        <source>Add files to the case</source>
        <translation>Іске файлдар қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="288" />
        <source>Cancelled; nothing of the unfinished file was kept.</source>
        <translation>Тоқтатылды; аяқталмаған файлдан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="291" />
        <source>Encrypted into the case.</source>
        <translation>Шифрланып, іске қосылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="310" />
        <source>This file is too large to show inside Vigil.</source>
        <translation>Бұл файл Vigil ішінде көрсету үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="320" />
        <source>Decrypting…</source>
        <translation>Шифр ашылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="323" />
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="337" />
        <source>The copy will be an ordinary, unencrypted file. Anyone who can reach this computer's disk, or a backup of it, can read it. Delete it when you no longer need it. Save a decrypted copy anyway?</source>
        <translation>Көшірме кәдімгі, шифрланбаған файл болады. Бұл компьютердің дискісіне немесе оның сақтық көшірмесіне қол жеткізе алатын кез келген адам оны оқи алады. Қажет болмай қалғанда, оны жойыңыз. Бәрібір шифрсыз көшірме сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="362" />
        <source>Decrypted copy saved.</source>
        <translation>Шифрсыз көшірме сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="376" />
        <source>Vigil will decrypt this file into a private folder and open it in another program. Vigil wipes that copy when it locks or quits, but the other program may keep its own traces: a recent-files list, thumbnails, autosaved or cached copies. Open it anyway?</source>
        <translation>Vigil бұл файлды жеке қалтаға шифрын ашып, басқа бағдарламада ашады. Vigil құлыпталғанда не жабылғанда бұл көшірмені өшіреді, бірақ басқа бағдарлама өз іздерін қалдыруы мүмкін: соңғы файлдар тізімі, нобайлар, автосақталған не кэштелген көшірмелер. Бәрібір ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="392" />
        <source>No program on this computer opens this kind of file.</source>
        <translation>Бұл компьютерде мұндай файлды ашатын бағдарлама жоқ.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="34" />
        <source>Save for HQ to a &amp;USB stick…</source>
        <translation>Штаб үшін &amp;USB-жинақтағышқа сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="35" />
        <source>&amp;Import a bundle…</source>
        <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="36" />
        <source>Save for HQ to a USB stick</source>
        <translation>Штаб үшін USB-жинақтағышқа сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="37" />
        <source>Saved: %1 change(s), %2 attachment(s), %3 alert(s) and note(s). Only HQ can open the file. Everything also stays queued, and goes when the network is back.</source>
        <translation>Сақталды: өзгерістер — %1, тіркемелер — %2, дабылдар мен жазбалар — %3. Файлды тек штаб аша алады. Барлығы кезекте де қалады және желі қайтқанда жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="38" />
        <source>Saved for HQ</source>
        <translation>Штаб үшін сақталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="39" />
        <source>Import a bundle</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="40" />
        <source>Vigil bundles (*.vigil);;All files (*)</source>
        <translation>Vigil пакеттері (*.vigil);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="41" />
        <source>Imported %1 change(s) (%2 already here), %3 attachment(s), %4 alert(s) and note(s).</source>
        <translation>Импортталды: өзгерістер — %1 (бұрыннан бар — %2), тіркемелер — %3, дабылдар мен жазбалар — %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="42" />
        <source>Some of it was refused or waits for what has not arrived: see the Sync panel.</source>
        <translation>Бір бөлігі қабылданбады немесе әлі келмегенін күтуде: синхрондау панелін қараңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="43" />
        <source>Bundle imported</source>
        <translation>Пакет импортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="44" />
        <source>Nothing was changed</source>
        <translation>Ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="107" />
        <source>HQ has %1 of this device's change(s): they are no longer queued.</source>
        <translation>Штабта осы құрылғының өзгерістері бар (%1): олар енді кезекте тұрмайды.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="218" />
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="223" />
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="1" />
        <source>Status:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="165" />
        <source>Filter by status</source>
        <translation>Күйі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="166" />
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="170" />
        <source>Filter by country code</source>
        <translation>Ел коды бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="171" />
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="175" />
        <source>Filter by tag</source>
        <translation>Белгі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="176" />
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="182" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="83" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="35" />
        <source>Open case</source>
        <translation>Ашық іс</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="41" />
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="42" />
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="43" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="44" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="45" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>This city is written in another script than this letter, so the letter leaves it out: type it as this letter should show it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қала хаттан басқа әліпбимен жазылған, сондықтан хатқа енбейді: оны осы хатта қалай тұруы керек болса, солай жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>City check</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қаланы тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="79" />
        <source>Deadline warning</source>
        <translation>Мерзім туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="82" />
        <source>Letter language</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="84" />
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="85" />
        <source>Addressee check</source>
        <translation>Алушыны тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="87" />
        <source>Who signs</source>
        <translation>Кім қол қояды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="88" />
        <source>One letter signed by me</source>
        <translation>Менің қолым қойылған бір хат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="89" />
        <source>One letter per signatory</source>
        <translation>Әр қол қоюшыдан бір хат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="90" />
        <source>One letter signed by me and all signatories</source>
        <translation>Менен және барлық қол қоюшылардан бір хат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="92" />
        <source>Your name</source>
        <translation>Сіздің атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="94" />
        <source>Your city</source>
        <translation>Сіздің қалаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="96" />
        <source>Your e-mail address</source>
        <translation>Сіздің эл. пошта мекенжайыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="98" />
        <source>Personal note</source>
        <translation>Жеке жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="99" />
        <source>A few words of your own, added after the demands</source>
        <translation>Талаптардан кейін қосылатын өз сөзіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="101" />
        <location filename="../../desktop/vigil/ui/composer.py" line="102" />
        <source>Edit the letter's text</source>
        <translation>Хат мәтінін өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>Letter text</source>
        <translation>Хат мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <location filename="../../desktop/vigil/ui/composer.py" line="108" />
        <source>Keep the edit with this appeal</source>
        <translation>Түзетуді осы өтінішпен сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="119" />
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="120" />
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="122" />
        <source>Si&amp;gned:</source>
        <translation>Қ&amp;олы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="123" />
        <source>Your &amp;name:</source>
        <translation>&amp;Атыңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="124" />
        <source>C&amp;ity:</source>
        <translation>Қа&amp;ла:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="125" />
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="126" />
        <source>Personal n&amp;ote:</source>
        <translation>&amp;Жеке жазба:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="142" />
        <source>Letter preview</source>
        <translation>Хатты алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="143" />
        <source>Why there is no letter</source>
        <translation>Неге хат жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="149" />
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="203" />
        <source>This urgent action asks that its letters be sent as written.</source>
        <translation>Бұл шұғыл әрекет хаттарды өзгертпей жіберуді сұрайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="320" />
        <source>There are no signatories yet: add them in the Signatories tab.</source>
        <translation>Әзірге қол қоюшылар жоқ: оларды «Қол қоюшылар» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Subject: %1</source>
        <translation>Тақырыбы: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer.py" line="347" />
        <source>%n letter(s); the preview shows the first.</source>
        <translation>
            <numerusform>%n хат; біріншісі көрсетілген.</numerusform>
            <numerusform>%n хат; біріншісі көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="413" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="416" />
        <source>The note and the edit are kept with this appeal.</source>
        <translation>Жазба мен түзету осы өтінішпен сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="58" />
        <source>The letter template was refused, so nothing is rendered from it:</source>
        <translation>Хат үлгісі қабылданбады, сондықтан одан хат жасалмады:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="64" />
        <source>This letter cannot be written:</source>
        <translation>Бұл хатты жасау мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="68" />
        <source>The letter could not be written (%1).</source>
        <translation>Хатты жасау мүмкін болмады (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="83" />
        <source>I am writing about this action's follow-up</source>
        <translation>Бұл әрекеттің жалғасы туралы жазып отырмын</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="86" />
        <source>Review state</source>
        <translation>Тексеру күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="104" />
        <source>Write about me as</source>
        <translation>Мен туралы былай жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="106" />
        <source>a woman</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <source>a man</source>
        <translation>ер адам</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="137" />
        <source>&amp;Write about me as:</source>
        <translation>&amp;Мен туралы былай жазу:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Urgent action %1 is closed: its demands are for a time that has passed. Write only about its follow-up, and tick the box that says so.</source>
        <translation>%1 шұғыл әрекеті жабылды: оның талаптары өткен уақытқа қатысты. Тек оның жалғасы туралы жазыңыз және мұны жоғарыдағы белгімен растаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="378" />
        <source>This letter's template is not yet reviewed by a native speaker.</source>
        <translation>Бұл хаттың үлгісін ана тілінде сөйлейтін адам әлі тексермеген.</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="41" />
        <source>Letters the field confirmed as sent, per urgent action and language. Devices report numbers only, never who signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Далада жіберілгені расталған хаттар, шұғыл әрекет пен тіл бойынша. Құрылғылар тек санды хабарлайды, кім қол қойғанын ешқашан хабарламайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Letters sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жіберілген хаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Devices reporting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Хабарлаған құрылғылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Хаттар саны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="50" />
        <source>No counts yet: they arrive when field devices sync after sending letters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге сандар жоқ: олар далалық құрылғылар хат жібергеннен кейін синхрондалғанда келеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>Refresh letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Хаттар санын жаңарту</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="79" />
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="83" />
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess. If you forget it, only the recovery key shown next can open the vault.</source>
        <translation>Құпия фразаны таңдаңыз: бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын. Егер оны ұмытсаңыз, қойманы тек келесі қадамда көрсетілетін қалпына келтіру кілті аша алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="90" />
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="91" />
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="92" />
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="93" />
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="98" />
        <source>Passphrase strength</source>
        <translation>Құпия фразаның беріктігі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="100" />
        <source>Passphrase hint</source>
        <translation>Құпия фраза туралы кеңес</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="103" />
        <location filename="../../desktop/vigil/ui/gate.py" line="104" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="105" />
        <location filename="../../desktop/vigil/ui/gate.py" line="106" />
        <source>Create vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/gate.py" line="122" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Тым қысқа: кемінде %n таңба.</numerusform>
            <numerusform>Тым қысқа: кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="123" />
        <source>Weak: easy to guess for someone with time. Add more words.</source>
        <translation>Әлсіз: уақыты бар адам оны оңай таба алады. Тағы сөз қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="124" />
        <source>Fair: add a word or two more.</source>
        <translation>Орташа: тағы бір-екі сөз қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="125" />
        <source>Good.</source>
        <translation>Жақсы.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="126" />
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="136" />
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="47" />
        <source>Deadline reminder</source>
        <translation>Мерзім туралы еске салу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="86" />
        <source>Deadlines of urgent actions you follow</source>
        <translation>Сіз бақылайтын шұғыл әрекеттердің мерзімдері</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="90" />
        <source>Urgent action deadline soon</source>
        <translation>Шұғыл әрекеттің мерзімі жақын</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="92" />
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota set: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота орнатылды: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Setting the quota of %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 квотасы орнатылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set the quota?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квотаны орнату керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>let this device store on the server %1 in any 24 hours and %2 in all; what it already stored stays</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>бұл құрылғыға серверде кез келген 24 сағатта %1 және барлығы %2 сақтауға рұқсат ету; бұрын сақталғаны қалады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>сервердің әдепкі мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Not a size: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл өлшем емес: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In all:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Барлығы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In any 24 hours:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кез келген 24 сағатта:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set quota</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квотаны орнату</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set &amp;quota…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Квотаны орнату…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>A size such as 500MiB or 8GiB; empty: the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Өлшем, мысалы 500MiB немесе 8GiB; бос болса — сервердің әдепкі мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>әдепкі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in all</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жалпы квота</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in any 24 hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кез келген 24 сағаттағы квота</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Storage quota of the chosen field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Таңдалған далалық құрылғының сақтау квотасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>never</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota (a day / in all)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота (тәулігіне / барлығы)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Last seen (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Соңғы рет (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Role</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>State</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Stored</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Enrolled (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіркелген (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="50" />
        <source>No field devices yet. Make an enrolment code below and give it to the field worker; their device appears here once it joins.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге далалық құрылғылар жоқ. Төменде тіркеу кодын жасап, оны далалық қызметкерге беріңіз; оның құрылғысы қосылған бойда осында пайда болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>Refresh devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғыларды жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Re&amp;voke…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Кері шақыру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Revoke</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақыру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and &amp;wipe…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақырып, &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and wipe</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақырып, жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>&amp;Escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Депонирлеу коды…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>Escrow recovery code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Депонирлеуден қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="69" />
        <source>Wipe only after it pushes what is waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Күтіп тұрғанды жібергеннен кейін ғана жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="71" />
        <source>Push first</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Алдымен жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="75" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="76" />
        <source>Wipe order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жою бұйрығының мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="78" />
        <source>Order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұйрық мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="86" />
        <source>A new field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жаңа далалық құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="90" />
        <source>e.g. Almaty laptop 2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>мысалы, Алматы ноутбугі 2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="91" />
        <source>Device label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғы атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="96" />
        <source> hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> сағ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="97" />
        <source>Code valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кодтың мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>&amp;Make enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіркеу кодын &amp;жасау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>Make enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіркеу кодын жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="102" />
        <source>&amp;Label (shown in this list):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Атауы (осы тізімде көрінеді):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="103" />
        <source>Valid f&amp;or:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="107" />
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="112" />
        <source>Code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="109" />
        <source>What the code is</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қандай код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>&amp;Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>Copy the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кодты көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>&amp;Print a page…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бетті &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>Print the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кодты басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>&amp;Forget</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Ұмыту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>Forget the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кодты ұмыту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="143" />
        <source>Asking the server for the devices…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Серверден құрылғылар сұралуда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="156" />
        <source>%n device(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n құрылғы.</numerusform>
            <numerusform>%n құрылғы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штабтың жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>далалық құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="162" />
        <source>active</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="164" />
        <source>revoked, wipe order waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>кері шақырылған, жою бұйрығы күтуде</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="166" />
        <source>revoked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>кері шақырылған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="212" />
        <source>revoke this device and send it an order, signed with the HQ key, to destroy its vault at its next contact with the server (within %1 days)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>осы құрылғыны кері шақырып, оған штаб кілтімен қол қойылған бұйрық жіберу: серверге келесі жүгінгенде (%1 күн ішінде) өз қоймасын жойсын</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="216" />
        <source>, after it pushes what is waiting to leave</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>, жіберуді күтіп тұрғанның бәрін жібергеннен кейін</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="217" />
        <source>Revoke and wipe?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақырып, жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="220" />
        <source>revoke this device: the server refuses it from now on; its vault stays on the device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>осы құрылғыны кері шақыру: бұдан былай сервер оны қабылдамайды; оның қоймасы құрылғыда қалады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="223" />
        <source>Revoke?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="227" />
        <source>Revoking %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақырылуда: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="233" />
        <source>Revoked: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кері шақырылды: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="234" />
        <source>It wipes itself at its next contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ол серверге келесі жүгінгенде өзін жояды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="251" />
        <source>make a one-time enrolment code, valid for %1 hours, that lets one new field device join this organisation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>бір жаңа далалық құрылғы осы ұйымға қосыла алатын, %1 сағат жарамды бір реттік тіркеу кодын жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="254" />
        <source>a new field device (no label)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>жаңа далалық құрылғы (атауы жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="255" />
        <source>Make an enrolment code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіркеу кодын жасау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="258" />
        <source>Asking the server for a code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Серверден код сұралуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="268" />
        <source>Enrolment code made.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тіркеу коды жасалды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="270" />
        <source>One-time enrolment code for %1. Give it to the field worker over a safe channel; in Vigil they choose Join HQ and paste it. It works once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бір реттік тіркеу коды: %1. Оны далалық қызметкерге қауіпсіз арна арқылы беріңіз; ол Vigil-де «Штабқа қосылу» тармағын таңдап, кодты қояды. Код бір рет жарайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="274" />
        <source>Vigil enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil тіркеу коды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="275" />
        <source>For: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="276" />
        <source>Organisation: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ұйым: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="277" />
        <source>Server: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="278" />
        <source>Valid until %1 (UTC); it works once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 (UTC) дейін жарамды; бір рет жарайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="282" />
        <source>In Vigil: choose Join HQ, paste or type the code, and check that the organisation and server shown are the ones above.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil-де: «Штабқа қосылу» тармағын таңдап, кодты қойыңыз немесе теріңіз де, көрсетілген ұйым мен сервер жоғарыдағылармен бірдей екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="284" />
        <source>Destroy this page once the device has joined.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғы қосылғаннан кейін бұл бетті жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="299" />
        <source>fetch this device's escrow unlock code from the server and open it with the HQ key. Whoever holds the code and the laptop can open the vault: give it to the field worker in person or on a call where you recognise each other</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>осы құрылғының депонирлеудегі құлып ашу кодын серверден алып, оны штаб кілтімен ашу. Коды мен ноутбугі бар адам қойманы аша алады: кодты далалық қызметкерге жеке өзі немесе бір-біріңізді танитын қоңырау арқылы беріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="303" />
        <source>Escrow recovery code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Депонирлеуден қалпына келтіру коды керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="306" />
        <source>Fetching the escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Депонирлеу коды алынуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="309" />
        <source>Escrow code ready.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Депонирлеу коды дайын.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="311" />
        <source>Escrow unlock code for %1. It opens that vault once, with a new passphrase. Never send it by the same route as the laptop.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Депонирлеудегі құлып ашу коды: %1. Ол сол қойманы жаңа құпия фразамен бір рет ашады. Оны ешқашан ноутбукпен бірдей жолмен жібермеңіз.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No case open</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Іс ашылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>New case…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Import cases…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Істерді импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No cases yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге іс жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Add a case, or import one from a file another Vigil exported. Cases stay encrypted in this vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Іс қосыңыз немесе оны басқа Vigil экспорттаған файлдан импорттаңыз. Істер осы қоймада шифрланып сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Choose a case from the list, or add a new one with Ctrl+N.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тізімнен істі таңдаңыз немесе жаңасын қосыңыз (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>EscrowCodeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="295" />
        <source>Recover with HQ's escrow code</source>
        <translation>Штабтың депонирлеу кодымен қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="297" />
        <source>Type the escrow code HQ gave you, in person or on a call where you recognised each other, and choose a new passphrase. The code works once. You get a new recovery key to write down, and escrow is off afterwards.</source>
        <translation>Штаб сізге жеке өзі немесе бір-біріңізді таныған қоңырау арқылы берген депонирлеу кодын енгізіп, жаңа құпия фраза таңдаңыз. Код бір рет жарайды. Жазып алатын жаңа қалпына келтіру кілтін аласыз, содан кейін депонирлеу өшіріледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="301" />
        <source>Escrow code</source>
        <translation>Депонирлеу коды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="302" />
        <source>Escrow code:</source>
        <translation>Депонирлеу коды:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="317" />
        <source>Recovering with HQ's escrow code…</source>
        <translation>Депонирлеу кодымен қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="322" />
        <source>Something went wrong (%1).</source>
        <translation>Бірдеңе дұрыс болмады (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="325" />
        <source>The vault was recovered, but it did not open here. Unlock it with the new passphrase.</source>
        <translation>Қойма қалпына келтірілді, бірақ мұнда ашылмады. Оны жаңа құпия фразамен ашыңыз.</translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="57" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="58" />
        <source>Escrow to HQ</source>
        <translation>Кілтті штабта сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="62" />
        <source>Escrow lets HQ help you back into this vault if you lose both your passphrase and your printed recovery key. HQ keeps a sealed one-time code; this laptop keeps the lock that the code opens.</source>
        <translation>Құпия фразаны да, басылған қалпына келтіру кілтін де жоғалтсаңыз, депонирлеу арқылы штаб осы қоймаға қайта кіруіңізге көмектесе алады. Штаб мөрленген бір реттік кодты сақтайды; бұл ноутбук сол код ашатын құлыпты сақтайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="67" />
        <source>The cost: while escrow is on, HQ can open this vault if it also has this laptop. So can anyone who seizes HQ's key, or forces HQ to use it.</source>
        <translation>Бағасы: депонирлеу қосулы тұрғанда, штабта осы ноутбук та болса, ол бұл қойманы аша алады. Штабтың кілтін тартып алған немесе штабты оны қолдануға мәжбүрлеген кез келген адам да аша алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="71" />
        <source>You can turn it off at any time. That destroys the lock on this laptop, so a code HQ already has no longer opens anything here. But a copy HQ already fetched cannot be called back, and a copy of this laptop's disk made while escrow was on still opens with it.</source>
        <translation>Оны кез келген уақытта өшіруге болады. Бұл осы ноутбуктағы құлыпты жояды, сондықтан штабтағы код мұнда енді ештеңе ашпайды. Бірақ штаб жүктеп алған көшірмені кері қайтару мүмкін емес, ал депонирлеу қосулы кезде жасалған осы ноутбук дискісінің көшірмесі сол кодпен ашыла береді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="77" />
        <source>Escrow is off unless you turn it on. If you are unsure, leave it off, and keep your printed recovery key somewhere safe, away from this laptop.</source>
        <translation>Депонирлеу сіз қоспайынша өшірулі. Күмәндансаңыз, оны өшірулі қалдырып, басылған қалпына келтіру кілтін осы ноутбуктан алыс, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="83" />
        <source>Escrow state</source>
        <translation>Депонирлеу күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="88" />
        <source>Escrow result</source>
        <translation>Депонирлеу нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="91" />
        <source>Turn escrow on…</source>
        <translation>Депонирлеуді қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="92" />
        <source>Turn escrow on</source>
        <translation>Депонирлеуді қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="93" />
        <source>Turn escrow off…</source>
        <translation>Депонирлеуді өшіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="94" />
        <source>Turn escrow off</source>
        <translation>Депонирлеуді өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="96" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="97" />
        <source>Remove the server's copy again</source>
        <translation>Сервердегі көшірмені қайта жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="104" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="128" />
        <source>This vault is not enrolled with an HQ server, so there is no HQ to escrow to. Nothing here can be turned on. Keep your printed recovery key safe.</source>
        <translation>Бұл қойма штаб серверіне тіркелмеген, сондықтан кілтті штабта сақтау мүмкін емес. Мұнда қосатын ештеңе жоқ. Басылған қалпына келтіру кілтін қауіпсіз сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="133" />
        <source>This is the HQ desk: escrow is for field devices, so there is nothing to turn on here.</source>
        <translation>Бұл штабтың жұмыс орны: депонирлеу далалық құрылғыларға арналған, мұнда қосатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="137" />
        <source>Escrow is ON: HQ holds a sealed code that can open this vault once.</source>
        <translation>Депонирлеу ҚОСУЛЫ: штабта бұл қойманы бір рет аша алатын мөрленген код бар.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="140" />
        <source>Escrow is OFF on this vault.</source>
        <translation>Бұл қойма үшін депонирлеу ӨШІРУЛІ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="163" />
        <source>Turn escrow on?</source>
        <translation>Депонирлеу қосылсын ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="164" />
        <source>While escrow is on, HQ, or anyone who seizes HQ's key or forces HQ to use it, can open this vault if they also have this laptop. It is there for the day both your passphrase and your recovery key are lost. Turn escrow on?</source>
        <translation>Депонирлеу қосулы тұрғанда штаб — немесе штабтың кілтін тартып алған не штабты оны қолдануға мәжбүрлеген кез келген адам — осы ноутбук қолында болса, бұл қойманы аша алады. Ол құпия фраза да, қалпына келтіру кілті де жоғалған күнге арналған. Депонирлеу қосылсын ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="170" />
        <source>Turning escrow on: sending the sealed code to HQ…</source>
        <translation>Депонирлеу қосылуда: мөрленген код штабқа жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="179" />
        <source>Escrow is on. HQ holds a sealed code that can open this vault once. Keep your printed recovery key safe all the same: it is still the first way back.</source>
        <translation>Депонирлеу қосылды. Штабта бұл қойманы бір рет аша алатын мөрленген код бар. Басылған қалпына келтіру кілтін бәрібір қауіпсіз сақтаңыз: ол әлі де қайта кірудің басты жолы.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="185" />
        <source>Escrow was not turned on. %1</source>
        <translation>Депонирлеу қосылмады. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="190" />
        <source>Turn escrow off?</source>
        <translation>Депонирлеу өшірілсін бе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="191" />
        <source>The lock on this laptop is destroyed first, then HQ's copy is removed from the server. A code HQ already fetched cannot be called back, but it will no longer open this vault. Turn escrow off?</source>
        <translation>Алдымен осы ноутбуктағы құлып жойылады, содан кейін штабтың көшірмесі серверден жойылады. Штаб жүктеп алған кодты кері қайтару мүмкін емес, бірақ ол енді бұл қойманы ашпайды. Депонирлеу өшірілсін бе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="200" />
        <source>Turning escrow off…</source>
        <translation>Депонирлеу өшірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="210" />
        <source>The lock on this laptop is destroyed and the server's copy is removed.</source>
        <translation>Осы ноутбуктағы құлып жойылды, сервердегі көшірме жойылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="212" />
        <source>The lock on this laptop is destroyed; the server held no copy.</source>
        <translation>Осы ноутбуктағы құлып жойылды; серверде көшірме болмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="214" />
        <source>Escrow is off.</source>
        <translation>Депонирлеу өшірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="215" />
        <source>A code HQ already fetched cannot be called back, but it no longer opens this vault.</source>
        <translation>Штаб жүктеп алған кодты кері қайтару мүмкін емес, бірақ ол енді бұл қойманы ашпайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="223" />
        <source>Escrow is still on. %1</source>
        <translation>Депонирлеу әлі қосулы. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="227" />
        <source>Escrow is off on this laptop: the lock is destroyed, so a code HQ holds no longer opens this vault. But the server's copy was not removed. %1</source>
        <translation>Бұл ноутбукта депонирлеу өшірілді: құлып жойылды, сондықтан штабтағы код енді бұл қойманы ашпайды. Бірақ сервердегі көшірме жойылмады. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="250" />
        <source>Something went wrong (%1).</source>
        <translation>Бірдеңе дұрыс болмады (%1).</translation>
    </message>
</context>
<context>
    <name>EscrowUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="260" />
        <source>Escrow to HQ…</source>
        <translation>Кілтті штабта сақтау…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="175" />
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="178" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="179" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="180" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="181" />
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="183" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="185" />
        <source>Sources of this event</source>
        <translation>Осы оқиғаның дереккөздері</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="196" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="197" />
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="198" />
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="199" />
        <source>What happened:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="200" />
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="233" />
        <location filename="../../desktop/vigil/ui/gate.py" line="234" />
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="68" />
        <location filename="../../desktop/vigil/ui/history.py" line="69" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="71" />
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="74" />
        <source>The revision before</source>
        <translation>Алдыңғы нұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="77" />
        <source>The chosen revision</source>
        <translation>Таңдалған нұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="78" />
        <source>Revision details</source>
        <translation>Нұсқа туралы мәлімет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="81" />
        <source>This item was changed on two devices at once. Compare the versions, then keep one: the others stay in the history.</source>
        <translation>Бұл элемент екі құрылғыда бір мезгілде өзгертілді. Нұсқаларды салыстырып, біреуін қалдырыңыз: қалғандары тарихта сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="84" />
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="90" />
        <source>Before</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="91" />
        <source>This revision</source>
        <translation>Осы нұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="99" />
        <location filename="../../desktop/vigil/ui/history.py" line="101" />
        <source>Restore this revision</source>
        <translation>Осы нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="103" />
        <source>Keep this version</source>
        <translation>Осы нұсқаны қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="105" />
        <source>Keep this version and resolve the conflict</source>
        <translation>Осы нұсқаны қалдырып, қайшылықты шешу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="134" />
        <source>this device</source>
        <translation>осы құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="137" />
        <source>#%1  %2 UTC  by %3</source>
        <translation>№%1  %2 UTC  — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="167" />
        <source>Revision %1, device %2, sequence %3</source>
        <translation>Нұсқа %1, құрылғы %2, реттік нөмір %3</translation>
    </message>
</context>
<context>
    <name>HqDesk</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Далалық дабылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="114" />
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="115" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штабтың жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="123" />
        <source>HQ tasks</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штаб міндеттері</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="124" />
        <source>&amp;Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Құрылғылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="125" />
        <source>&amp;Publish urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекетті &amp;жариялау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="126" />
        <source>Send &amp;alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Дабыл жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="127" />
        <source>Letter &amp;counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Хаттар &amp;саны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="128" />
        <source>&amp;Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Тұтастық журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="131" />
        <source>HQ desk status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штаб жұмыс орнының күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="31" />
        <source>This will: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Орындалатын әрекет: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="32" />
        <source>Who: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кімге қатысты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="34" />
        <source>Go ahead?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Ti&amp;me-stamping</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Уақыт белгілері</translation>
    </message>
</context>
<context>
    <name>HqPublish</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="41" />
        <source>empty: every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>бос: барлық тіркелген құрылғылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="44" />
        <source>Audience (device ids, separated by commas)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Алушылар (құрылғы идентификаторлары, үтір арқылы)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="55" />
        <source>every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>барлық тіркелген құрылғылар</translation>
    </message>
</context>
<context>
    <name>HqUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="165" />
        <source>&amp;HQ</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Штаб</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="166" />
        <source>HQ &amp;desk…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штабтың жұмыс &amp;орны…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="167" />
        <source>Make an &amp;enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Тіркеу кодын жасау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="168" />
        <source>&amp;Publish an urgent action…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекетті &amp;жариялау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="169" />
        <source>Send an &amp;alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Дабыл жіберу…</translation>
    </message>
    <message>
        <source>Time-stamping a&amp;uthority…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі &amp;қызметі…</translation>
    </message>
</context>
<context>
    <name>ImportSignatoriesDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="46" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="47" />
        <source>Import signatories</source>
        <translation>Қол қоюшыларды импорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="49" />
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n жолды импорттауға болады.</numerusform>
            <numerusform>%n жолды импорттауға болады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="50" />
        <source>%n row(s) have problems and are left out:</source>
        <translation>
            <numerusform>%n жолда қате бар, олар алынып тасталды:</numerusform>
            <numerusform>%n жолда қате бар, олар алынып тасталды:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="54" />
        <source>Rows with problems</source>
        <translation>Қатесі бар жолдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="58" />
        <source>Consent text</source>
        <translation>Келісім мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="59" />
        <source>The exact words the signatories agreed to</source>
        <translation>Қол қоюшылар келіскен нақты сөздер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="61" />
        <source>Consent version</source>
        <translation>Келісім нұсқасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="62" />
        <source>for example 2024-1</source>
        <translation>мысалы, 2024-1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="67" />
        <source>Import %n signatory(ies)</source>
        <translation>
            <numerusform>%n қол қоюшыны импорттау</numerusform>
            <numerusform>%n қол қоюшыны импорттау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="75" />
        <source>Consent text:</source>
        <translation>Келісім мәтіні:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="76" />
        <source>Consent version:</source>
        <translation>Келісім нұсқасы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="82" />
        <source>Signatories stay in this vault; they are never synced.</source>
        <translation>Қол қоюшылар осы қоймада қалады, ешқашан синхрондалмайды.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="69" />
        <source>Alert inbox</source>
        <translation>Дабылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="71" />
        <source>Alerts</source>
        <translation>Дабылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="72" />
        <source>Mark all read</source>
        <translation>Барлығын оқылды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="96" />
        <source>No alerts.</source>
        <translation>Дабылдар жоқ.</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="80" />
        <source>Each line is something the server did that it should not: served older, missing or forked data, or a note that failed its signature. Compare with the field devices' logs; if the server may be compromised, stop syncing and call your technical contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әр жол — сервердің жасамауы тиіс болған әрекеті: ескі, жетіспейтін немесе тармақталған деректер, не қолтаңбасы тексерілмеген жазба берген. Далалық құрылғылардың журналдарымен салыстырыңыз; сервер бұзылған болуы мүмкін болса, синхрондауды тоқтатып, техникалық маманыңызға хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Time (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Kind</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Detail</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="86" />
        <source>Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тұтастық журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="88" />
        <source>Nothing wrong found so far.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге ешқандай ақау табылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>Refresh the integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тұтастық журналын жаңарту</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="57" />
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="14" />
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="15" />
        <source>monitoring</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="16" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="17" />
        <source>public</source>
        <translation>жария</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="18" />
        <source>internal</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="19" />
        <source>confidential</source>
        <translation>құпия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="20" />
        <source>strictly confidential</source>
        <translation>қатаң құпия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="21" />
        <source>masculine</source>
        <translation>еркек тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="22" />
        <source>feminine</source>
        <translation>әйел тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="23" />
        <source>neuter</source>
        <translation>орта тек</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="24" />
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="25" />
        <source>confirmed</source>
        <translation>расталған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="26" />
        <source>reliable</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="27" />
        <source>unverified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="28" />
        <source>doubtful</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="29" />
        <source>arrest</source>
        <translation>қамауға алу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="30" />
        <source>detention</source>
        <translation>ұстау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="31" />
        <source>charge</source>
        <translation>айып тағу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="32" />
        <source>hearing</source>
        <translation>сот отырысы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="33" />
        <source>trial</source>
        <translation>сот процесі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="34" />
        <source>verdict</source>
        <translation>үкім</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="35" />
        <source>release</source>
        <translation>босату</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="36" />
        <source>fine</source>
        <translation>айыппұл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="37" />
        <source>house arrest</source>
        <translation>үй қамағы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="38" />
        <source>travel ban</source>
        <translation>жүріп-тұруға шектеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="39" />
        <source>registration refused</source>
        <translation>тіркеуден бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="40" />
        <source>harassment</source>
        <translation>қудалау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="41" />
        <source>disappearance</source>
        <translation>із-түзсіз жоғалу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="42" />
        <source>ill-treatment</source>
        <translation>қатыгездік</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="43" />
        <source>statement</source>
        <translation>мәлімдеме</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="44" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Left out %n already here.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Бар %n іс өткізілді.</numerusform>
            <numerusform>Бар %n іс өткізілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import all as new cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бәрін жаңа істер ретінде импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import only the others</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тек қалғандарын импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>%1 of the %2 cases in this file are already in this vault: %3. Import only the others, or all of them again as new cases?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл файлдағы %2 істің %1 ісі қоймада бар: %3. Тек қалғандарын импорттау ма, әлде бәрін жаңа істер ретінде қайта импорттау ма?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Cases already here</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Істер қоймада бар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Nothing was imported.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="89" />
        <location filename="../../desktop/vigil/ui/main_window.py" line="90" />
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="93" />
        <source>Choose a case, or make a new one with Ctrl+N.</source>
        <translation>Істі таңдаңыз немесе Ctrl+N арқылы жаңасын жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="108" />
        <source>Areas</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="110" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="111" />
        <source>Urgent actions</source>
        <translation>Шұғыл әрекеттер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="120" />
        <source>Sync status</source>
        <translation>Синхрондау күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="124" />
        <source>Loading cases…</source>
        <translation>Істер жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="136" />
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="137" />
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="138" />
        <source>&amp;Import cases…</source>
        <translation>Істерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="140" />
        <source>Import &amp;urgent action…</source>
        <translation>Шұғыл &amp;әрекетті импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="142" />
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="143" />
        <source>S&amp;ync now</source>
        <translation>&amp;Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="145" />
        <source>&amp;Panic wipe…</source>
        <translation>&amp;Шұғыл жою…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="159" />
        <source>&amp;Search everywhere…</source>
        <translation>Барлық жерден &amp;іздеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="162" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="181" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="203" />
        <source>Not synced with HQ</source>
        <translation>Штабпен синхрондалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="207" />
        <source>Synced %1</source>
        <translation>Синхрондалды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="208" />
        <source>Never synced</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n күтуде</numerusform>
            <numerusform>%n күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="214" />
        <source>last attempt failed</source>
        <translation>соңғы әрекет сәтсіз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="218" />
        <source>%n integrity alert(s)</source>
        <translation>
            <numerusform>тұтастық туралы %n дабыл</numerusform>
            <numerusform>тұтастық туралы %n дабыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="222" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>шешілетін %n қайшылық</numerusform>
            <numerusform>шешілетін %n қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>Title of the case:</source>
        <translation>Істің атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="236" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="245" />
        <source>Import cases</source>
        <translation>Істерді импорттау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="257" />
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n іс импортталды.</numerusform>
            <numerusform>%n іс импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="264" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Import urgent action</source>
        <translation>Шұғыл әрекетті импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Urgent actions (*.json)</source>
        <translation>Шұғыл әрекеттер (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Main toolbar</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="57" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="59" />
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="60" />
        <source>Write here. Markdown is fine. Saved as you go.</source>
        <translation>Осында жазыңыз. Markdown қолдануға болады. Бәрі өздігінен сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="62" />
        <source>Note preview</source>
        <translation>Жазбаны алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="66" />
        <source>Save status</source>
        <translation>Сақтау күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="67" />
        <location filename="../../desktop/vigil/ui/notes.py" line="68" />
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="69" />
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="70" />
        <source>Show the preview</source>
        <translation>Алдын ала қарауды көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="72" />
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="73" />
        <source>Copy the note (the clipboard is cleared soon)</source>
        <translation>Жазбаны көшіру (алмасу буфері жақында тазаланады)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/notes.py" line="215" />
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Көшірілді; алмасу буфері %n секундтан кейін тазаланады.</numerusform>
            <numerusform>Көшірілді; алмасу буфері %n секундтан кейін тазаланады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="74" />
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="75" />
        <source>History of the note</source>
        <translation>Жазба тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="127" />
        <location filename="../../desktop/vigil/ui/notes.py" line="202" />
        <source>(empty note)</source>
        <translation>(бос жазба)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="180" />
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="198" />
        <source>Saved, encrypted.</source>
        <translation>Шифрланып сақталды.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="48" />
        <source>New urgent action</source>
        <translation>Жаңа шұғыл әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="49" />
        <source>New field alert</source>
        <translation>Далалық жаңа дабыл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="50" />
        <source>New alert</source>
        <translation>Жаңа дабыл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="61" />
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="1" />
        <source>Paper size:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қағаз өлшемі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="57" />
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="63" />
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="64" />
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="65" />
        <source>E-mail draft (.eml)…</source>
        <translation>Хат жобасы (.eml)…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="66" />
        <source>Open in the mail program</source>
        <translation>Пошта бағдарламасында ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="67" />
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="231" />
        <source>Copy the text</source>
        <translation>Мәтінді көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="68" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="99" />
        <source>One letter per signatory: save them as one PDF or print them.</source>
        <translation>Әр қол қоюшыдан бір хат: оларды бір PDF етіп сақтаңыз немесе басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="111" />
        <source>Who signs?</source>
        <translation>Кім қол қояды?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="112" />
        <source>Type the name you sign the letter with first.</source>
        <translation>Алдымен хатқа қол қоятын атыңызды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="132" />
        <source>Save the letters as PDF</source>
        <translation>Хаттарды PDF ретінде сақтау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="144" />
        <source>Saved %n letter(s) as PDF.</source>
        <translation>
            <numerusform>%n хат PDF ретінде сақталды.</numerusform>
            <numerusform>%n хат PDF ретінде сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="147" />
        <source>The PDF was not saved</source>
        <translation>PDF сақталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="161" />
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="164" />
        <source>Sent %n letter(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n хат жіберілді.</numerusform>
            <numerusform>Принтерге %n хат жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="170" />
        <source>Save the e-mail draft</source>
        <translation>Хат жобасын сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="188" />
        <source>The draft is open in the mail program; send it from there, then confirm it on the status board.</source>
        <translation>Жоба пошта бағдарламасында ашық: оны сол жерден жіберіп, содан кейін күй тақтасында растаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="191" />
        <source>The draft is saved; no program here opens .eml files. Open it from your mail program.</source>
        <translation>Жоба сақталды, бірақ мұнда .eml файлдарын ашатын бағдарлама жоқ. Оны пошта бағдарламаңыздан ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="195" />
        <source>The draft was not saved</source>
        <translation>Жоба сақталмады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="210" />
        <source>No mail link</source>
        <translation>Пошта сілтемесі жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="213" />
        <source>No mail program answered the link.</source>
        <translation>Ешбір пошта бағдарламасы сілтемені ашпады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="216" />
        <source>The letter is open in the mail program. Vigil cannot see whether it was sent: confirm it on the status board once it is.</source>
        <translation>Хат пошта бағдарламасында ашық. Vigil оның жіберілгенін көре алмайды: жібергеннен кейін күй тақтасында растаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="223" />
        <source>The letter is too long for a mail link</source>
        <translation>Хат пошта сілтемесі үшін тым ұзын</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="224" />
        <source>Mail programs cut links this long without warning, so the letter (%1 characters) would arrive incomplete. Save it as an e-mail draft with the PDF attached, or copy the text into a new message.</source>
        <translation>Пошта бағдарламалары мұндай ұзын сілтемелерді ескертусіз қысқартады, сондықтан хат (%1 таңба) толық жетпейді. Оны PDF тіркелген хат жобасы ретінде сақтаңыз немесе мәтінді жаңа хатқа көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="230" />
        <source>Save an e-mail draft…</source>
        <translation>Хат жобасын сақтау…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="247" />
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Көшірілді. Алмасу буфері %n секундтан кейін тазартылады.</numerusform>
            <numerusform>Көшірілді. Алмасу буфері %n секундтан кейін тазартылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="91" />
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="93" />
        <source>Case status</source>
        <translation>Іс күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="97" />
        <source>Country code</source>
        <translation>Ел коды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="100" />
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="101" />
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="103" />
        <source>Confidentiality</source>
        <translation>Құпиялық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="107" />
        <source>Summary</source>
        <translation>Қысқаша сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="108" />
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="109" />
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="110" />
        <source>Country:</source>
        <translation>Ел:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="111" />
        <source>Tags:</source>
        <translation>Белгілер:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="112" />
        <source>Confidentiality:</source>
        <translation>Құпиялық:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="113" />
        <source>Summary:</source>
        <translation>Қысқаша сипаттама:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="114" />
        <source>Problems</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save the case</source>
        <translation>Істі сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History of the case</source>
        <translation>Іс тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="174" />
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="20" />
        <location filename="../../desktop/vigil/ui/panic.py" line="21" />
        <source>Panic wipe</source>
        <translation>Шұғыл жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="23" />
        <source>Countdown</source>
        <translation>Кері санақ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="31" />
        <source>Cancel the wipe</source>
        <translation>Жоюды болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="37" />
        <source>Everything in this vault will be destroyed: the keys first, then the cases, notes and attachments. It cannot be undone.</source>
        <translation>Бұл қоймадағы бәрі жойылады: алдымен кілттер, содан кейін істер, жазбалар мен тіркемелер. Мұны кері қайтару мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/panic.py" line="55" />
        <source>Wiping in %n second(s)…</source>
        <translation>
            <numerusform>%n секундтан кейін жойылады…</numerusform>
            <numerusform>%n секундтан кейін жойылады…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="63" />
        <source>Wiping…</source>
        <translation>Жойылуда…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="188" />
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add person…</source>
        <translation>Адам қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add a person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit the person</source>
        <translation>Адам деректерін өңдеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History of the person</source>
        <translation>Адам деректерінің тарихы</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="83" />
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="86" />
        <source>Names</source>
        <translation>Есімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Name</source>
        <translation>Есімі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Script</source>
        <translation>Жазу жүйесі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="96" />
        <source>Pronouns</source>
        <translation>Есімдіктер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="98" />
        <source>Grammatical gender</source>
        <translation>Грамматикалық тек</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="102" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="103" />
        <source>Descriptor</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="104" />
        <source>Names (one per script or language):</source>
        <translation>Есімдер (әр тілге біреуден):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="105" />
        <source>Pronouns:</source>
        <translation>Есімдіктер:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="106" />
        <source>Grammatical gender:</source>
        <translation>Грамматикалық тек:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="107" />
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="108" />
        <source>Descriptor:</source>
        <translation>Сипаттамасы:</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="79" />
        <source>Choose an urgent-action file. Vigil checks all of it (every template, in every language) before anything is signed; what it finds is listed below by file and line. Publish stays off until the file passes.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекет файлын таңдаңыз. Vigil кез келген нәрсеге қол қоймас бұрын оны толық тексереді (әр үлгіні, әр тілде); табылғаны төменде файл мен жол бойынша көрсетіледі. Файл тексерістен өтпейінше жариялау өшірулі тұрады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>&amp;Choose file…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>Choose file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файлды таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>No file chosen.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>Chosen file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Таңдалған файл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="91" />
        <source>Findings</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тексеріс нәтижелері</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="93" />
        <source>What will be signed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Неге қол қойылады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="97" />
        <source>Publish as</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қалай жариялау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="98" />
        <source>As the file says</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файлда көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="99" />
        <source>First issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Алғашқы шығарылым</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="100" />
        <source>Follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жалғасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="101" />
        <source>Closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жабылуы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="105" />
        <source>30 days after the deadline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>мерзімнен кейін 30 күн</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="106" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="107" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="108" />
        <source>Pu&amp;blish as:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қ&amp;алай жариялау:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="109" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="110" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Мерзімі бітеді:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>&amp;Publish…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Жариялау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>Publish</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жариялау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent-action file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекет файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent actions (*.json)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекеттер (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="150" />
        <source>No problems found: every template passed the gate.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ақау табылған жоқ: барлық үлгі тексерістен өтті.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="152" />
        <source>%1 (%2): %3 target(s), letters in %4</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 (%2): адресаттар: %3, хат тілдері: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="158" />
        <source>The file says: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файлда: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="168" />
        <source>%n problem(s): nothing can be signed until the file is fixed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n ақау: файл түзетілмейінше ешнәрсеге қол қоюға болмайды.</numerusform>
            <numerusform>%n ақау: файл түзетілмейінше ешнәрсеге қол қоюға болмайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="172" />
        <source>The file was not checked: nothing can be signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файл тексерілмеді: ешнәрсеге қол қоюға болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="186" />
        <source>sign %1 as a %2 with the HQ key and send it to the field</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 құжатына штаб кілтімен «%2» ретінде қол қойып, далаға жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="190" />
        <source>Publish urgent action?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Шұғыл әрекетті жариялау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="195" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қол қойылып, жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="208" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ешнәрсеге қол қойылған жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>first issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>алғашқы шығарылым</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>жалғасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="214" />
        <source>closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>жабылуы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="219" />
        <source>%1 is signed and queued but not sent yet (%2). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1: қол қойылып, кезекке қойылды, бірақ әлі жіберілген жоқ (%2). Келесі синхрондауда кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="223" />
        <source>Published %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жарияланды: %1.</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="114" />
        <source>Raise urgent alert</source>
        <translation>Шұғыл дабыл жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="117" />
        <source>Detained</source>
        <translation>Ұсталды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="118" />
        <source>Disappeared</source>
        <translation>Хабарсыз кетті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="119" />
        <source>Hearing soon</source>
        <translation>Сот отырысы жақында</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="120" />
        <source>Threatened</source>
        <translation>Қорқытылуда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="121" />
        <source>Injured</source>
        <translation>Жарақат алды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="122" />
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="128" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="129" />
        <source>For HQ</source>
        <translation>Штаб үшін</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="326" />
        <source>Recover the vault</source>
        <translation>Қойманы қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="331" />
        <source>Type the recovery key and choose a new passphrase.</source>
        <translation>Қалпына келтіру кілтін енгізіп, жаңа құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="335" />
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="337" />
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="339" />
        <source>Recovery key:</source>
        <translation>Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="340" />
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="341" />
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="343" />
        <source>Recovery status</source>
        <translation>Қалпына келтіру күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="349" />
        <source>Recover</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="356" />
        <source>The new passphrase is too short.</source>
        <translation>Жаңа құпия фраза тым қысқа.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="358" />
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="267" />
        <location filename="../../desktop/vigil/ui/gate.py" line="268" />
        <source>Your recovery key</source>
        <translation>Сіздің қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="273" />
        <source>Write this recovery key on paper now. It is shown only this once. If you forget your passphrase, it is the only way back into the vault. Anyone who holds it can open the vault: keep it away from this computer.</source>
        <translation>Осы қалпына келтіру кілтін қазір қағазға жазып алыңыз. Ол тек бір рет көрсетіледі. Құпия фразаңызды ұмытсаңыз, қоймаға қайта кірудің жалғыз жолы — осы кілт. Кілт кімнің қолында болса, сол қойманы аша алады: оны осы компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="279" />
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="288" />
        <location filename="../../desktop/vigil/ui/gate.py" line="289" />
        <source>I have written it down</source>
        <translation>Мен оны жазып алдым</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="293" />
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="295" />
        <source>Print the recovery key</source>
        <translation>Қалпына келтіру кілтін басып шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="297" />
        <location filename="../../desktop/vigil/ui/gate.py" line="299" />
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="44" />
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="45" />
        <source>Log a reply</source>
        <translation>Жауапты жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="49" />
        <source>Date of the reply</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="51" />
        <source>What the reply says</source>
        <translation>Жауапта не айтылған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="52" />
        <source>What the reply says (a summary is fine)</source>
        <translation>Жауапта не айтылған (қысқаша жеткілікті)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="65" />
        <source>Received on:</source>
        <translation>Алынған күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="66" />
        <source>Reply:</source>
        <translation>Жауап:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="93" />
        <location filename="../../desktop/vigil/ui/search.py" line="94" />
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="96" />
        <source>Search the vault</source>
        <translation>Қоймадан іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="97" />
        <source>Search cases, people, events, sources, notes…</source>
        <translation>Істер, адамдар, оқиғалар, дереккөздер, жазбалар бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="100" />
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="105" />
        <source>Search status</source>
        <translation>Іздеу күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="121" />
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="122" />
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="123" />
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="124" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="125" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="126" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/search.py" line="158" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeizeAction</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="26" />
        <source>&amp;Seized…</source>
        <translation>&amp;Тәркіленді…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="27" />
        <source>Seized device</source>
        <translation>Тәркіленген құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="99" />
        <source>record this laptop as seized: the server refuses it, every device is told in a note signed by HQ, nothing is encrypted to its keys any more, and what the server received from it after the time below is set aside, not merged</source>
        <translation>бұл ноутбукты тәркіленген деп белгілеу: сервер оны қабылдамайды, барлық құрылғыға штаб қол қойған жазбамен хабарланады, оның кілттеріне енді ештеңе шифрланбайды, ал сервер одан төмендегі уақыттан кейін алғаны біріктірілмей, бөлек қойылады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="30" />
        <source>Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 attachment(s): 'vigil hq seize --json' lists them, to warn the people named.</source>
        <translation>Тәркіленген деп белгіленді: %1. Ол істер — %2, адамдар — %3, тіркемелер — %4 жіберген: аталған адамдарға ескерту үшін 'vigil hq seize --json' оларды тізіп береді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="124" />
        <source>%1 change(s) HQ had merged from it since that time were taken back out and kept aside: 'vigil hq quarantined' lists them.</source>
        <translation>Штаб одан сол уақыттан бері біріктірген өзгерістер (%1) қайта алынып, бөлек қойылды: 'vigil hq quarantined' оларды тізіп береді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="129" />
        <source>The server could not say when it received the rest: mark it seized again later.</source>
        <translation>Сервер қалғанын қашан алғанын айта алмады: кейін оны қайта тәркіленген деп белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>SeizeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="37" />
        <source>Seized?</source>
        <translation>Тәркіленді ме?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="50" />
        <source>Taken at (UTC)</source>
        <translation>Тәркіленген уақыты (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="51" />
        <source>&amp;Taken at (UTC):</source>
        <translation>&amp;Тәркіленген уақыты (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="53" />
        <source>Earlier if it was taken before HQ learnt of it: what the server received from it after this time is set aside, and what HQ had already merged of it since is taken back out and kept aside. Nothing is deleted.</source>
        <translation>Штаб білгенге дейін тәркіленсе, ертерек уақыт беріңіз: сервер одан осы уақыттан кейін алғаны бөлек қойылады, ал штаб содан бері біріктіргені қайта алынып, бөлек қойылады. Ештеңе жойылмайды.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="34" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="37" />
        <source>Lock after minutes without use</source>
        <translation>Әрекетсіз қанша минуттан кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="40" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="83" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="41" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="42" />
        <source>Lock when the screen locks</source>
        <translation>Экран құлыпталғанда құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="45" />
        <source>Clear copied text after seconds</source>
        <translation>Көшірілген мәтінді қанша секундтан кейін тазарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="48" />
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="50" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="52" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="63" />
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="61" />
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="65" />
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="71" />
        <source>Vault folder</source>
        <translation>Қойма қалтасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="72" />
        <source>the default folder</source>
        <translation>әдепкі қалта</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="73" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="74" />
        <source>Choose the vault folder</source>
        <translation>Қойма қалтасын таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="80" />
        <source>Sync every minutes</source>
        <translation>Әр … минут сайын синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="85" />
        <source>Sync through a proxy</source>
        <translation>Прокси арқылы синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="89" />
        <source>Remind of followed urgent action deadlines, days before</source>
        <translation>Бақыланатын шұғыл әрекеттердің мерзімін неше күн бұрын еске салу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="93" />
        <source> days before</source>
        <translation> күн бұрын</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="94" />
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="95" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="96" />
        <source>Remember the vault key on this device</source>
        <translation>Қойма кілтін осы құрылғыда есте сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="98" />
        <source>Recalibrate key derivation…</source>
        <translation>Кілт шығаруды қайта калибрлеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Recalibrate key derivation</source>
        <translation>Кілт шығаруды қайта калибрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Auto-lock:</source>
        <translation>Автоқұлыптау:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="104" />
        <source>Clipboard:</source>
        <translation>Алмасу буфері:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="105" />
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="106" />
        <source>Theme:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="107" />
        <source>Vault folder:</source>
        <translation>Қойма қалтасы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="108" />
        <source>Sync every:</source>
        <translation>Синхрондау аралығы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="109" />
        <source>Proxy (Tor):</source>
        <translation>Прокси (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="110" />
        <source>Deadline reminders:</source>
        <translation>Мерзім туралы еске салу:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="111" />
        <source>Passphrase cost:</source>
        <translation>Құпия фраза қорғанысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="112" />
        <source>Quick unlock:</source>
        <translation>Жылдам ашу:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>A new vault folder is used the next time Vigil starts.</source>
        <translation>Жаңа қойма қалтасы Vigil келесі рет іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Wipe the vault after this many wrong passphrases in a row</source>
        <translation>Қатарынан осынша қате құпия фразадан кейін қойманы жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="101" />
        <source> wrong passphrases</source>
        <translation> қате құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>Wipe after:</source>
        <translation>Жою шегі:</translation>
    </message>
</context>
<context>
    <name>SignatoriesView</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="105" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="117" />
        <source>Signatories</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="109" />
        <source>Agreed</source>
        <translation>Келіскен күні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="113" />
        <source>Import from CSV…</source>
        <translation>CSV-ден импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="114" />
        <source>Import signatories from CSV</source>
        <translation>Қол қоюшыларды CSV-ден импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="115" />
        <source>Remove…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="116" />
        <source>Remove the signatory</source>
        <translation>Қол қоюшыны жою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="124" />
        <source>People who sign group letters. They stay in this vault and are never synced; HQ learns only how many letters were sent.</source>
        <translation>Ұжымдық хаттарға қол қоятын адамдар. Олар осы қоймада қалады және синхрондалмайды; штаб тек жіберілген хаттар санын біледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="141" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="146" />
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n қол қоюшы</numerusform>
            <numerusform>%n қол қоюшы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="149" />
        <source>Import signatories</source>
        <translation>Қол қоюшыларды импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="159" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="175" />
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="184" />
        <source>Remove %1 from the signatories? Letters already made keep their name.</source>
        <translation>%1 қол қоюшылардан жойылсын ба? Бұрын жасалған хаттарда аты қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="186" />
        <source>Remove signatory</source>
        <translation>Қол қоюшыны жою</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="142" />
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="144" />
        <source>What the source is</source>
        <translation>Дереккөз не екені</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="145" />
        <source>Who published it</source>
        <translation>Кім жариялады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="146" />
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="147" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="150" />
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="152" />
        <source>What:</source>
        <translation>Не:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="153" />
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="154" />
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="155" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="156" />
        <source>Reliability:</source>
        <translation>Сенімділігі:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="148" />
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="83" />
        <source>Appeals by status</source>
        <translation>Өтініштер күйі бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="85" />
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="93" />
        <source>Confirm sent…</source>
        <translation>Жіберілгенін растау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="94" />
        <source>Confirm that this letter was sent</source>
        <translation>Хаттың жіберілгенін растау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="95" />
        <source>Log a reply…</source>
        <translation>Жауапты жазу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="96" />
        <source>Log a reply to this letter</source>
        <translation>Осы хатқа жауапты жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="98" />
        <source>Only you can confirm a letter was sent: opening it in the mail program proves nothing.</source>
        <translation>Хаттың жіберілгенін тек сіз растай аласыз: оны пошта бағдарламасында ашу ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="138" />
        <source>you</source>
        <translation>сіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="140" />
        <source>(removed signatory)</source>
        <translation>(қол қоюшы жойылған)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="170" />
        <source>Confirm only once the letter has left: you posted it, or your mail program sent it.</source>
        <translation>Хат кеткеннен кейін ғана растаңыз: сіз оны поштамен жібердіңіз немесе пошта бағдарламасы жіберді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="173" />
        <source>Confirm sent</source>
        <translation>Жіберілгенін растау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="175" />
        <source>Sent after the deadline?</source>
        <translation>Мерзімнен кейін жіберілді ме?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="176" />
        <source>Record it as sent anyway?</source>
        <translation>Бәрібір жіберілді деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="195" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Lock state</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құлып күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхрондау күйі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Locks after %n minute(s) without use; Ctrl+L locks now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n минут әрекетсіз тұрса құлыпталады; Ctrl+L бірден құлыптайды.</numerusform>
            <numerusform>%n минут әрекетсіз тұрса құлыпталады; Ctrl+L бірден құлыптайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync: not checked yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхрондау: әлі тексерілмеді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Unlocked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құлпы ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Not enrolled</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штабқа қосылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>This vault does not sync with an HQ. Join one from the Sync menu.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қойма штабпен синхрондалмайды. Штабқа «Синхрондау» мәзірінен қосылыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync failed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхрондау сәтсіз: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Vigil tries again by itself; Sync now tries at once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil өзі қайта тырысады; «Қазір синхрондау» бірден тырысады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Last sync: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Соңғы синхрондау: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Never synced</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n күтуде</numerusform>
            <numerusform>%n күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n integrity alert(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>тұтастық туралы %n дабыл</numerusform>
            <numerusform>тұтастық туралы %n дабыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n conflict(s) to resolve</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>шешілетін %n қайшылық</numerusform>
            <numerusform>шешілетін %n қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхрондалды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced just now</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жаңа ғана синхрондалды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n min ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n мин бұрын синхрондалды</numerusform>
            <numerusform>%n мин бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n h ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n сағ бұрын синхрондалды</numerusform>
            <numerusform>%n сағ бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced on %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхрондалған күні: %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="29" />
        <source>This vault is not enrolled with an HQ server.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қойма штаб серверіне тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="33" />
        <source>The HQ server could not be reached (%1). Try again when you are online.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штаб серверіне қосылу мүмкін болмады (%1). Желіге қосылғанда қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="38" />
        <source>The HQ server refused: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штаб сервері бас тартты: %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="247" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="265" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="270" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="258" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="269" />
        <source>The chosen event</source>
        <translation>Таңдалған оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add event…</source>
        <translation>Оқиға қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add an event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit event…</source>
        <translation>Оқиғаны өңдеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit the event</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add source…</source>
        <translation>Дереккөз қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add a source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit source…</source>
        <translation>Дереккөзді өңдеу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit the source</source>
        <translation>Дереккөзді өңдеу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History of the event</source>
        <translation>Оқиға тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="351" />
        <source>Place: %1</source>
        <translation>Орны: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="355" />
        <source>Also dated %1 by %2</source>
        <translation>Басқа күні: %1 (дереккөзі: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="358" />
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="159" />
        <source>Unlock the vault</source>
        <translation>Қойманың құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="160" />
        <source>Vault location</source>
        <translation>Қойманың орны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="162" />
        <source>Demo passphrase</source>
        <translation>Демо құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="166" />
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="167" />
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="169" />
        <source>Unlock status</source>
        <translation>Құлпын ашу күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="173" />
        <source>Use the recovery key…</source>
        <translation>Қалпына келтіру кілтін қолдану…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="174" />
        <source>Use the recovery key</source>
        <translation>Қалпына келтіру кілтін қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="177" />
        <source>I have an escrow code from HQ…</source>
        <translation>Менде штабтан алынған депонирлеу коды бар…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="178" />
        <source>I have an escrow code from HQ</source>
        <translation>Менде штабтан алынған депонирлеу коды бар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="180" />
        <source>Other vault…</source>
        <translation>Басқа қойма…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="181" />
        <source>Open another vault</source>
        <translation>Басқа қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="182" />
        <source>Use this device's keyring</source>
        <translation>Осы құрылғының кілттер байламын пайдалану</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="183" />
        <source>Unlock with the key remembered on this device</source>
        <translation>Осы құрылғыда сақталған кілтпен ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="186" />
        <location filename="../../desktop/vigil/ui/gate.py" line="187" />
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="189" />
        <source>Restore from backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="190" />
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="72" />
        <source>Attachment viewer</source>
        <translation>Тіркемені қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="73" />
        <source>Choose an attachment to view it.</source>
        <translation>Қарау үшін тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="76" />
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="82" />
        <source>PDF page</source>
        <translation>PDF беті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="88" />
        <source>Page:</source>
        <translation>Бет:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="93" />
        <source>PDF page image</source>
        <translation>PDF бетінің суреті</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="100" />
        <source>Attachment text</source>
        <translation>Тіркеме мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="128" />
        <source>This kind of file cannot be shown inside Vigil.</source>
        <translation>Мұндай файлды Vigil ішінде көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="136" />
        <source>This PDF is damaged or cannot be shown.</source>
        <translation>Бұл PDF бүлінген немесе оны көрсету мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="50" />
        <source>Welcome to Vigil</source>
        <translation>Vigil-ге қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="54" />
        <source>Vigil keeps case notes encrypted on this computer. Nothing in a vault can be read without its passphrase.</source>
        <translation>Vigil іс жазбаларын осы компьютерде шифрланған түрде сақтайды. Қоймадағы ештеңені оның құпия фразасынсыз оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="59" />
        <location filename="../../desktop/vigil/ui/gate.py" line="60" />
        <source>Create a new vault</source>
        <translation>Жаңа қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="61" />
        <source>Open an existing vault…</source>
        <translation>Бар қойманы ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="62" />
        <source>Open an existing vault</source>
        <translation>Бар қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="64" />
        <source>Restore from backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="65" />
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="22" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="25" />
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>мерзімі %n күн бұрын өтті</numerusform>
            <numerusform>мерзімі %n күн бұрын өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="29" />
        <source>The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.</source>
        <translation>
            <numerusform>%1 мерзімі %n күн бұрын өтті; қазір жіберілген өтініштер енді көмектеспеуі мүмкін.</numerusform>
            <numerusform>%1 мерзімі %n күн бұрын өтті; қазір жіберілген өтініштер енді көмектеспеуі мүмкін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="49" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="50" />
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="54" />
        <source>Backup destination</source>
        <translation>Көшірме қайда жазылады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="59" />
        <source>Backup progress</source>
        <translation>Көшіру барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="61" />
        <source>Backup result</source>
        <translation>Көшіру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="64" />
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="65" />
        <source>Cancel the backup</source>
        <translation>Көшіруден бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="66" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="67" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="84" />
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>An encrypted backup of the vault goes to %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қойманың шифрланған сақтық көшірмесі мына жерге жазылады: %1</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сақтық көшірме туралы ескерту</translation>
    </message>
    <message>
        <source>Which tools open the backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сақтық көшірмені қай бағдарламалар ашады</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Көшірме жасау</translation>
    </message>
    <message>
        <source>Start the backup</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сақтық көшіруді бастау</translation>
    </message>
    <message>
        <source>&amp;Give the recovery key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қалпына келтіру &amp;кілтін енгізу…</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қалпына келтіру кілтін енгізу</translation>
    </message>
</context>
<context>
    <name>JoinHqDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is now the HQ desk of %1; the HQ menu has the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қойма енді %1 штабының орны; штаб орны «Штаб» мәзірінде.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>The old device %1 is no longer used: ask HQ to revoke it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ескі %1 құрылғысы енді қолданылмайды: штабтан оны кері қайтаруды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code. Joining makes this vault the HQ desk: its keys become the organisation's HQ keys, which every field device will trust. Do this on the desk laptop only, once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл штаб орнын баптау коды. Қосылу бұл қойманы штаб орны етеді: оның кілттері ұйымның штаб кілттеріне айналады, оларға әр далалық құрылғы сенетін болады. Мұны тек штаб ноутбугында, бір рет жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again makes this desk a new device of the same server, with the same HQ keys: field devices need nothing. The desk then revokes its old device, whose lost credential could otherwise still act as the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қайта қосылу бұл штаб орнын сол сервердің жаңа құрылғысы етеді, штаб кілттері сол күйінде қалады: далалық құрылғыларға ештеңе істеудің қажеті жоқ. Содан кейін штаб орны ескі құрылғысын кері қайтарады, әйтпесе оның жоғалған тіркелгісі штаб атынан әрекет ете алар еді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is the HQ desk: it joins again with a new admin code from the server ('vigil-server admin-code'), not a device code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қойма — штаб орны: ол құрылғы кодымен емес, сервердің жаңа әкімші кодымен ('vigil-server admin-code') қайта қосылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code, and this vault is a field device. Ask HQ for a device enrolment code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл штаб орнын баптау коды, ал бұл қойма — далалық құрылғы. Штабтан құрылғыны қосу кодын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қайта қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault was enrolled with %1 as device %2, but this computer's keyring has no sync credential for it (the keyring was reset, or the vault folder came from another computer). Joining again makes it a new device; nothing in the vault is lost.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл қойма %1 ұйымына %2 құрылғысы ретінде қосылған, бірақ осы компьютердің кілттер байламында оның синхрондау тіркелгісі жоқ (кілттер байламы тазартылған немесе қойма қалтасы басқа компьютерден әкелінген). Қайта қосылу оны жаңа құрылғы етеді; қоймадағы ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>On the HQ desk, paste the server's admin code instead (it starts with vigil-admin:).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Штаб орнында оның орнына сервердің әкімші кодын қойыңыз (ол vigil-admin: деп басталады).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="52" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="53" />
        <source>Join HQ</source>
        <translation>Штабқа қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="56" />
        <source>Paste the enrolment code HQ gave you (it starts with vigil-enrol:). Take it only from someone you trust, in person or over a channel you trust: the code decides which server and which HQ keys this vault trusts.</source>
        <translation>Штаб берген тіркеу кодын қойыңыз (ол vigil-enrol: деп басталады). Оны тек сенетін адамнан, жеке өзі немесе сенімді арна арқылы алыңыз: бұл қойма қай серверге және штабтың қай кілттеріне сенетінін код шешеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="61" />
        <source>Enrolment code</source>
        <translation>Тіркеу коды</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="65" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="66" />
        <source>Check the code</source>
        <translation>Кодты тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="68" />
        <source>What joining will trust</source>
        <translation>Қосылу неге сенетін болады</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="75" />
        <source>Join status</source>
        <translation>Қосылу күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="79" />
        <source>Join</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="81" />
        <source>Join HQ with this code</source>
        <translation>Осы кодпен штабқа қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="83" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>Organisation: %1</source>
        <translation>Ұйым: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>(not named)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="118" />
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="119" />
        <source>Server key: %1</source>
        <translation>Сервер кілті: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="120" />
        <source>Code valid until: %1</source>
        <translation>Код жарамды мерзімі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="124" />
        <source>HQ key %1: %2</source>
        <translation>Штаб кілті %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="129" />
        <source>Joining pins this server key and these HQ keys: a server that later shows another key is refused, and from then on what you save is also encrypted to HQ. If HQ read you the key fingerprints, compare them now.</source>
        <translation>Қосылу осы сервер кілтін және штабтың осы кілттерін бекітеді: кейін басқа кілт көрсеткен сервер қабылданбайды, ал сақтағаныңыздың бәрі осы сәттен бастап штаб үшін де шифрланады. Егер штаб сізге кілт таңбаларын оқып берсе, оларды қазір салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="144" />
        <source>Joining %1…</source>
        <translation>%1 серверіне қосылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="158" />
        <source>Joined %1. Vigil now syncs with HQ; the first sync starts now.</source>
        <translation>Қосылды: %1. Енді Vigil штабпен синхрондалады; алғашқы синхрондау қазір басталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="179" />
        <source>The server at %1 showed a different key than the code names: this is the wrong server, or someone is intercepting the connection. Nothing was sent. Do not try again on this network; tell HQ by another channel.</source>
        <translation>%1 сервері кодта көрсетілген кілттен басқа кілт көрсетті: бұл басқа сервер немесе біреу байланысты ұстап тұр. Ештеңе жіберілген жоқ. Бұл желіде қайталамаңыз; штабқа басқа арна арқылы хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="185" />
        <source>The server at %1 cannot be reached. Check the network, or set a proxy (Tor) in the Sync panel, then press Join again. The code is still unused.</source>
        <translation>%1 серверіне қол жеткізу мүмкін емес. Желіні тексеріңіз немесе синхрондау панелінде прокси (Tor) орнатыңыз, содан кейін «Қосылу» түймесін қайта басыңыз. Код әлі пайдаланылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="191" />
        <source>This code was already used; each code works once. Ask HQ for a new one, and tell them: if you did not use it, someone else may have.</source>
        <translation>Бұл код бұрын пайдаланылған; әр код бір рет жұмыс істейді. Штабтан жаңасын сұраңыз және айтыңыз: егер оны сіз пайдаланбасаңыз, басқа біреу пайдаланған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="195" />
        <source>The server does not know this code. It may belong to another server, or HQ withdrew it. Ask HQ for a new code.</source>
        <translation>Сервер бұл кодты білмейді. Ол басқа серверге тиесілі болуы мүмкін немесе штаб оны кері қайтарған. Штабтан жаңа код сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="198" />
        <source>HQ withdrew this code. Ask HQ for a new one.</source>
        <translation>Штаб бұл кодты кері қайтарды. Штабтан жаңасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="202" />
        <source>The server refused to enrol this device (%1). Ask HQ.</source>
        <translation>Сервер бұл құрылғыны тіркеуден бас тартты (%1). Штабқа хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="107" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="119" />
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="109" />
        <source>Type your current passphrase, then choose a new one. The recovery key keeps working. Old backups still open with the old passphrase: if it may have leaked, use Rotate keys… as well.</source>
        <translation>Ағымдағы құпия фразаны енгізіңіз, содан кейін жаңасын таңдаңыз. Қалпына келтіру кілті жұмыс істей береді. Ескі сақтық көшірмелер әлі де ескі құпия фразамен ашылады: егер ол жария болған болса, «Кілттерді ауыстыру…» әрекетін де қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="113" />
        <source>Current passphrase</source>
        <translation>Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="114" />
        <source>Current passphrase:</source>
        <translation>Ағымдағы құпия фраза:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="33" />
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="35" />
        <source>Choose the backup file and a new or empty folder for the vault, then type the recovery key you wrote down and choose a new passphrase. Nothing outside that folder is changed.</source>
        <translation>Сақтық көшірме файлын және қойма үшін жаңа немесе бос қалтаны таңдаңыз, содан кейін жазып алған қалпына келтіру кілтін енгізіп, жаңа құпия фраза таңдаңыз. Бұл қалтадан тыс ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="41" />
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="42" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="46" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="43" />
        <source>Choose the backup file</source>
        <translation>Сақтық көшірме файлын таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="45" />
        <source>Restore into folder</source>
        <translation>Қалпына келтіру қалтасы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="47" />
        <source>Choose the folder to restore into</source>
        <translation>Қалпына келтіру қалтасын таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="50" />
        <source>Backup file:</source>
        <translation>Көшірме файлы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="51" />
        <source>Restore into:</source>
        <translation>Қайда қалпына келтіру:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="60" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="61" />
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="66" />
        <source>Choose the backup file and the folder first.</source>
        <translation>Алдымен көшірме файлын және қалтаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="191" />
        <source>&amp;Join HQ…</source>
        <translation>Штабқа &amp;қосылу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="192" />
        <source>Sync &amp;panel…</source>
        <translation>Синхрондау &amp;панелі…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="196" />
        <source>&amp;Sync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="285" />
        <source>Used now, but the settings could not be saved.</source>
        <translation>Қазір қолданылды, бірақ баптауларды сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="288" />
        <source>Syncing through %1.</source>
        <translation>%1 арқылы синхрондалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="289" />
        <source>Syncing directly, without a proxy.</source>
        <translation>Проксисіз, тікелей синхрондалады.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="45" />
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="46" />
        <source>Sync panel</source>
        <translation>Синхрондау панелі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="48" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="49" />
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="50" />
        <source>Waiting to leave</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="51" />
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="53" />
        <source>HQ:</source>
        <translation>Штаб:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="54" />
        <source>Last sync:</source>
        <translation>Соңғы синхрондау:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="55" />
        <source>Waiting to leave:</source>
        <translation>Жіберуді күтуде:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="56" />
        <source>Conflicts:</source>
        <translation>Қайшылықтар:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="58" />
        <source>Integrity alerts (newest first):</source>
        <translation>Тұтастық дабылдары (алдымен жаңалары):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="60" />
        <source>Integrity alerts</source>
        <translation>Тұтастық дабылдары</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="65" />
        <source>Sync through a proxy</source>
        <translation>Прокси арқылы синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="67" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="68" />
        <source>Use this proxy</source>
        <translation>Осы проксиді қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="69" />
        <source>Proxy (Tor):</source>
        <translation>Прокси (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="73" />
        <source>Proxy status</source>
        <translation>Прокси күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="77" />
        <source>Join HQ…</source>
        <translation>Штабқа қосылу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="79" />
        <source>Join HQ</source>
        <translation>Штабқа қосылу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="81" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="83" />
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="85" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="96" />
        <source>Not joined. Ask HQ for an enrolment code, then Join HQ…. Until then everything stays on this computer only.</source>
        <translation>Қосылмаған. Штабтан тіркеу кодын сұраңыз, содан кейін «Штабқа қосылу…». Оған дейін бәрі тек осы компьютерде қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="101" />
        <source>%1 at %2 (this device: %3)</source>
        <translation>%1, сервер %2 (бұл құрылғы: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="107" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="108" />
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="110" />
        <source>The last attempt failed: %1</source>
        <translation>Соңғы әрекет сәтсіз аяқталды: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="117" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="118" />
        <source>nothing: everything has left</source>
        <translation>ештеңе: бәрі жіберілді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="122" />
        <source>%n item(s) have two versions: open the item and choose one in History.</source>
        <translation>
            <numerusform>%n жазбаның екі нұсқасы бар: оны ашып, тарихтан біреуін таңдаңыз.</numerusform>
            <numerusform>%n жазбаның екі нұсқасы бар: әрқайсысын ашып, тарихтан біреуін таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="124" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="129" />
        <source>None. Nothing the server sent looked wrong.</source>
        <translation>Жоқ. Сервер жіберген ештеңе күмәнді көрінбеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="141" />
        <source>The server, or a copy of this vault's files, went back in time: data you had may be hidden. Tell HQ by another channel; keep syncing.</source>
        <translation>Сервер немесе осы қойма файлдарының көшірмесі уақыт бойынша артқа кетті: сізде болған деректер жасырылуы мүмкін. Штабқа басқа арна арқылы хабарлаңыз; синхрондауды жалғастырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="145" />
        <source>The server held back revisions it had already announced. Tell HQ by another channel; nothing of yours was lost.</source>
        <translation>Сервер бұрын хабарлаған нұсқаларды ұстап қалды. Штабқа басқа арна арқылы хабарлаңыз; сіздің ештеңеңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="149" />
        <source>The server showed two different histories of one device. Tell HQ by another channel: the server may be compromised.</source>
        <translation>Сервер бір құрылғының екі түрлі тарихын көрсетті. Штабқа басқа арна арқылы хабарлаңыз: сервер бұзылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="153" />
        <source>A revision failed its signature or checks and was refused. Nothing was changed; tell HQ if it happens again.</source>
        <translation>Нұсқа қолтаңба немесе басқа тексерулерден өтпей, қабылданбады. Ештеңе өзгерген жоқ; қайталанса, штабқа хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="156" />
        <source>The server answered something an honest server would not. Tell HQ by another channel.</source>
        <translation>Сервер адал сервер бермейтін жауап берді. Штабқа басқа арна арқылы хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="158" />
        <source>An alert that was not signed by HQ, or expired, was refused.</source>
        <translation>Штаб қол қоймаған немесе мерзімі өткен дабыл қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="160" />
        <source>An attachment arrived damaged or altered and was set aside. Ask the sender to attach it again.</source>
        <translation>Тіркеме бүлінген немесе өзгертілген күйде келіп, бөлек қойылды. Жіберушіден оны қайта тіркеуді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="164" />
        <source>This vault's last-use mark was missing: its files may have been replaced by an older copy. If you did not restore a backup, tell HQ.</source>
        <translation>Осы қойманың соңғы пайдалану белгісі жоқ болды: оның файлдары ескірек көшірмемен ауыстырылған болуы мүмкін. Егер сіз сақтық көшірмені қалпына келтірмесеңіз, штабқа хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="168" />
        <source>An older copy of the database was accepted, as you asked.</source>
        <translation>Сіздің сұрауыңыз бойынша дерекқордың ескірек көшірмесі қабылданды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="171" />
        <source>Something looked wrong (%1).</source>
        <translation>Бірдеңе дұрыс емес көрінді (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="177" />
        <source>A proxy address starts with socks5://, socks5h:// or http://, for example socks5://127.0.0.1:9050 for Tor on this computer.</source>
        <translation>Прокси мекенжайы socks5://, socks5h:// немесе http:// деп басталады, мысалы, осы компьютердегі Tor үшін socks5://127.0.0.1:9050.</translation>
    </message>
</context>
<context>
    <name>EvidenceUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="25" />
        <source>Export e&amp;vidence package…</source>
        <translation>&amp;Дәлелдер пакетін экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Export evidence package</source>
        <translation>Дәлелдер пакетін экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>Open a case first.</source>
        <translation>Алдымен істі ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="40" />
        <source>Save the evidence package (it holds the case decrypted)</source>
        <translation>Дәлелдер пакетін сақтау (онда іс шифрсыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="55" />
        <source>Wrote %1: %2 revisions, signed by this device. It holds the case decrypted: keep it as safe as the case. Anyone can check it with the verify.py inside it.</source>
        <translation>Жазылды: %1, нұсқалар — %2, осы құрылғы қол қойды. Пакетте іс шифрсыз: оны істің өзі сияқты сақтаңыз. Кез келген адам оны ішіндегі verify.py арқылы тексере алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Veri&amp;fy an evidence package…</source>
        <translation>Дәлелдер пакетін &amp;тексеру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>&amp;Time-stamp this case</source>
        <translation>Іске уақыт &amp;белгісін қою</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="3" />
        <source>Verify an evidence package</source>
        <translation>Дәлелдер пакетін тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="47" />
        <source>Evidence packages (*.zip);;All files (*)</source>
        <translation>Дәлелдер пакеттері (*.zip);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="66" />
        <source>This check is recorded in the case's custody log.</source>
        <translation>Бұл тексеру істің сақтау журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="68" />
        <source>Not recorded: this vault does not hold the case the package names.</source>
        <translation>Жазылмады: бұл қоймада пакет атаған іс жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="76" />
        <source>%1 cannot be read as an evidence package (a zip file).</source>
        <translation>%1 дәлелдер пакеті (zip файлы) ретінде оқылмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="5" />
        <source>Time-stamp this case</source>
        <translation>Іске уақыт белгісі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="112" />
        <source>%n revision(s) time-stamped by the authority.</source>
        <translation>
            <numerusform>%n нұсқаға уақыт белгісі қойылды.</numerusform>
            <numerusform>%n нұсқаға уақыт белгісі қойылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="124" />
        <source>%n attachment(s) time-stamped over the file's own SHA-256.</source>
        <translation>
            <numerusform>%n тіркемеге файлдың өз SHA-256 хэші бойынша уақыт белгісі қойылды.</numerusform>
            <numerusform>%n тіркемеге файлдың өз SHA-256 хэші бойынша уақыт белгісі қойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="114" />
        <source>Every revision and attachment of this case already has a time-stamp.</source>
        <translation>Бұл істің әр нұсқасында және әр тіркемесінде уақыт белгісі бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="92" />
        <source>%n time-stamp token(s) added for revisions and attachments received.</source>
        <translation>
            <numerusform>Қабылданған нұсқалар мен тіркемелерге %n уақыт белгісі қойылды.</numerusform>
            <numerusform>Қабылданған нұсқалар мен тіркемелерге %n уақыт белгісі қойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="94" />
        <source>Time-stamping waits for the next sync round: %1</source>
        <translation>Уақыт белгілері келесі синхрондау кезеңін күтеді: %1</translation>
    </message>
    <message>
        <source>No time-stamping authority is set. Set one with HQ → Time-stamping authority…; the desk then also asks it by itself in each sync round.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметі орнатылмаған. Оны «Штаб → Уақыт белгісі қызметі…» арқылы орнатыңыз; содан кейін HQ пульті әр синхрондау кезеңінде оған өзі де жүгінеді.</translation>
    </message>
</context>
<context>
    <name>VaultTasks</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="130" />
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="131" />
        <source>Change &amp;passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="132" />
        <source>&amp;Rotate keys…</source>
        <translation>Кілттерді &amp;ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="133" />
        <source>&amp;Export decrypted…</source>
        <translation>Шифрсыз &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="149" />
        <source>Back up to a file or a USB stick</source>
        <translation>Файлға немесе флешкаға сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="174" />
        <source>Backup written: %1 revisions, %2 attachments, %3.
Saved as: %4</source>
        <translation>Сақтық көшірме жазылды: нұсқалар — %1, тіркемелер — %2, %3.
Сақталған жері: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="184" />
        <source>Cancelled. Nothing was written; an older file there is untouched.</source>
        <translation>Тоқтатылды. Ештеңе жазылмады; сол жердегі бұрынғы файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="188" />
        <source>The backup could not be written to %1 (%2). Check that the stick is plugged in, writable and has room, then try again.</source>
        <translation>Сақтық көшірмені %1 ішіне жазу мүмкін болмады (%2). Флешканың қосылғанын, оған жазуға болатынын және орын барын тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="218" />
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="230" />
        <source>Passphrase changed. The recovery key still works. Backups made before today still open with the old passphrase.</source>
        <translation>Құпия фраза өзгертілді. Қалпына келтіру кілті жұмыс істей береді. Бұрын жасалған сақтық көшірмелер әлі де ескі құпия фразамен ашылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="239" />
        <source>Rotate keys</source>
        <translation>Кілттерді ауыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="241" />
        <source>Rotating makes a new master key and a new recovery key; your passphrase stays. Do it when the passphrase or the recovery key may have leaked: old backups, with the old secrets, then open nothing you write from now on.

The old recovery key stops working. You will write down the new one next.</source>
        <translation>Ауыстыру жаңа басты кілт пен жаңа қалпына келтіру кілтін жасайды; құпия фразаңыз өзгермейді. Мұны құпия фраза немесе қалпына келтіру кілті жария болуы мүмкін кезде жасаңыз: ескі құпиялары бар ескі сақтық көшірмелер осы сәттен бастап жазғаныңыздың ешқайсысын ашпайды.

Ескі қалпына келтіру кілті жұмысын тоқтатады. Келесі қадамда жаңасын жазып аласыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="250" />
        <source>HQ escrow holds the old key: turn escrow on again afterwards.</source>
        <translation>Штабтағы депонирлеуде ескі кілт қалады: кейін депонирлеуді қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="254" />
        <source>Type your passphrase to go on:</source>
        <translation>Жалғастыру үшін құпия фразаңызды енгізіңіз:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="279" />
        <source>That is not the passphrase of this vault. Nothing was changed.</source>
        <translation>Бұл осы қойманың құпия фразасы емес. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="288" />
        <source>Export decrypted</source>
        <translation>Шифрсыз экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="293" />
        <source>Export writes every case and attachment UNENCRYPTED. Anyone with access to the folder can read them, and deleting files does not always erase them from a disk or a USB stick. For a copy that stays encrypted, use Back up… instead.

Export anyway?</source>
        <translation>Экспорт барлық істер мен тіркемелерді ШИФРСЫЗ жазады. Қалтаға қолы жететін кез келген адам оларды оқи алады, ал файлдарды жою оларды дискіден немесе флешкадан әрдайым өшірмейді. Шифрланған күйде қалатын көшірме үшін «Сақтық көшірме…» қолданыңыз.

Бәрібір экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="300" />
        <source>Export into which folder?</source>
        <translation>Қай қалтаға экспорттау керек?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="318" />
        <source>Exported %1 cases and %2 attachments, unencrypted, to %3. Delete them securely when you no longer need them.</source>
        <translation>Шифрсыз экспортталды: істер — %1, тіркемелер — %2, %3 ішіне. Қажет болмай қалғанда оларды қауіпсіз жойыңыз.</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қалпына келтіру кілтін енгізу</translation>
    </message>
    <message>
        <source>The recovery key you wrote down when the vault was made (or last rotated):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қойма жасалғанда (немесе кілттер соңғы рет ауыстырылғанда) жазып алған қалпына келтіру кілті:</translation>
    </message>
    <message>
        <source>The recovery key is known now: backups are post-quantum for it too.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қалпына келтіру кілті енді белгілі: сақтық көшірмелер ол үшін де посткванттық.</translation>
    </message>
</context>
<context>
    <name>FieldAlertsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Refresh field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Далалық дабылдарды жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>No alert from the field so far: they arrive at the desk's next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге далалық дабыл жоқ: олар штаб орнының келесі синхрондауында келеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Далалық дабылдар</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Situation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Жағдай</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Received (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Алынды (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Urgent alerts raised by field devices, newest first. Each names the device by the label you gave it and the start of its id; the alert is signed with that device's key.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Далалық құрылғылар жіберген шұғыл дабылдар, жаңасы бірінші. Әрқайсысында құрылғы сіз берген атауымен және идентификаторының басымен көрсетіледі; дабылға сол құрылғының кілтімен қол қойылған.</translation>
    </message>
</context>
<context>
    <name>EvidenceReportDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="21" />
        <source>Evidence package: %1</source>
        <translation>Дәлелдер пакеті: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="22" />
        <source>Evidence package report</source>
        <translation>Дәлелдер пакеті туралы есеп</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="24" />
        <source>Not verified: %n check(s) failed. What failed is named first.</source>
        <translation>
            <numerusform>Расталмады: %n тексеруден өтпеді. Өтпегені бірінші аталады.</numerusform>
            <numerusform>Расталмады: %n тексеруден өтпеді. Өтпегені бірінші аталады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="27" />
        <source>Verified: every check passed. Below: what that proves, and what it does not.</source>
        <translation>Расталды: барлық тексеруден өтті. Төменде — бұл нені дәлелдейді және нені дәлелдемейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="28" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="35" />
        <source>What the package proves and does not prove</source>
        <translation>Пакет нені дәлелдейді және нені дәлелдемейді</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="37" />
        <source>Custody log</source>
        <translation>Сақтау журналы</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Encrypt to X25519 keys only, which Debian's age 1.1 reads too (NOT safe against a future quantum computer)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Тек X25519 кілттеріне шифрлау, оны Debian-ның age 1.1 нұсқасы да оқиды (болашақ кванттық компьютерден ҚОРҒАЛМАҒАН)</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only: it is NOT safe against a future quantum computer. Anyone who keeps a copy could read it once such a computer exists.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл сақтық көшірме тек X25519 кілттеріне шифрланған: ол болашақ кванттық компьютерден ҚОРҒАЛМАҒАН. Оның көшірмесін сақтаған кез келген адам мұндай компьютер пайда болғанда оны оқи алады.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because the vault does not know the post-quantum key of its recovery key yet: run 'vigil keys upgrade --recovery-key-file FILE' once, and later backups are post-quantum.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл сақтық көшірме тек X25519 кілттеріне шифрланған, себебі қойма өзінің қалпына келтіру кілтінің посткванттық кілтін әлі білмейді: 'vigil keys upgrade --recovery-key-file FILE' командасын бір рет орындаңыз, сонда келесі сақтық көшірмелер посткванттық болады.</translation>
    </message>
    <message>
        <source>It is encrypted to post-quantum (hybrid) keys. With the vault's exported identity or its recovery key it opens with age 1.3 or later, or typage; Vigil restores it. Debian's age 1.1 and pyrage cannot open it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ол посткванттық (гибридті) кілттерге шифрланған. Қойманың экспортталған сәйкестендіргішімен немесе оның қалпына келтіру кілтімен оны age 1.3 не одан жаңасы, немесе typage ашады; Vigil оны қалпына келтіреді. Debian-ның age 1.1 нұсқасы мен pyrage оны аша алмайды.</translation>
    </message>
    <message>
        <source>It is encrypted to X25519 keys. With the vault's exported identity or its recovery key it opens with age 1.0 or later (Debian's age 1.1 too), rage, pyrage or typage; Vigil restores it. The envelopes and attachments inside stay as they were written, so age 1.1 reads only those written before the vault had its post-quantum key.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ол X25519 кілттеріне шифрланған. Қойманың экспортталған сәйкестендіргішімен немесе оның қалпына келтіру кілтімен оны age 1.0 не одан жаңасы (Debian-ның age 1.1 нұсқасы да), rage, pyrage немесе typage ашады; Vigil оны қалпына келтіреді. Ішіндегі конверттер мен тіркемелер жазылған күйінде қалады, сондықтан age 1.1 қоймада посткванттық кілт пайда болғанға дейін жазылғандарын ғана оқиды.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because an HQ key this vault pinned has no post-quantum form: it is NOT safe against a future quantum computer. Later backups are post-quantum once HQ's post-quantum keys reach this device (a key rotation HQ signs).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Бұл сақтық көшірме тек X25519 кілттеріне шифрланған, себебі осы қоймада бекітілген штаб кілтінің посткванттық түрі жоқ: ол болашақ кванттық компьютерден ҚОРҒАЛМАҒАН. Штабтың посткванттық кілттері осы құрылғыға жеткенде (штаб қол қойған кілт ауыстыру), келесі сақтық көшірмелер посткванттық болады.</translation>
    </message>
</context>
<context>
    <name>TsaWords</name>
    <message>
        <source>The time-stamping authority's address must be a web address that starts with https:// or http:// and names a host, for example https://freetsa.org/tsr.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметінің мекенжайы https:// немесе http:// деп басталып, түйінді атайтын веб-мекенжай болуы керек, мысалы https://freetsa.org/tsr.</translation>
    </message>
    <message>
        <source>The time-stamping authority's address must not hold a user name or password: the address is written into the custody log and every evidence package.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметінің мекенжайында пайдаланушы аты немесе құпиясөз болмауы керек: мекенжай сақтау журналына және әр дәлелдер пакетіне жазылады.</translation>
    </message>
    <message>
        <source>Cannot read the roots file %1: %2.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Түбір сертификаттар файлын оқу мүмкін емес %1: %2.</translation>
    </message>
    <message>
        <source>The roots file %1 is larger than 1 MiB: give only the authority's root certificates.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 түбір сертификаттар файлы 1 МиБ-тан үлкен: қызметтің түбір сертификаттарын ғана беріңіз.</translation>
    </message>
    <message>
        <source>The TSA roots file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметтің түбір сертификаттар файлында PEM сертификаты жоқ (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The TSA roots file holds a private key: give the root certificates only. Nothing was set; the roots go into every evidence package.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметтің түбір сертификаттар файлында жабық кілт бар: тек түбір сертификаттарды беріңіз. Ештеңе өзгертілмеді; түбір сертификаттар әр дәлелдер пакетіне кіреді.</translation>
    </message>
</context>
<context>
    <name>TsaPage</name>
    <message>
        <source>A time-stamping authority outside the organisation (RFC 3161) signs that what the desk received existed by a given time. Only hashes leave the desk. The desk asks it in each sync round; its tokens go into evidence packages, and anyone can check them with the authority's root certificates.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ұйымнан тыс уақыт белгісі қызметі (RFC 3161) пульт алған нәрсенің белгілі бір уақытқа дейін болғанын қолтаңбамен растайды. Пульттен тек хештер шығады. Пульт оған әр синхрондау кезеңінде жүгінеді; оның белгілері дәлелдер пакеттеріне кіреді, және кез келген адам оларды қызметтің түбір сертификаттарымен тексере алады.</translation>
    </message>
    <message>
        <source>Current time-stamping authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ағымдағы уақыт белгісі қызметі</translation>
    </message>
    <message>
        <source>Last stamping</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Соңғы белгі қою</translation>
    </message>
    <message>
        <source>Authority address</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызмет мекенжайы</translation>
    </message>
    <message>
        <source>Root certificates file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Түбір сертификаттар файлы</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>Choose the root certificates file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Түбір сертификаттар файлын таңдау</translation>
    </message>
    <message>
        <source>Authority &amp;web address:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызмет &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>R&amp;oot certificates (PEM):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Түбір сертификаттар &amp;файлы (PEM):</translation>
    </message>
    <message>
        <source>Time-stamping problem</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі мәселесі</translation>
    </message>
    <message>
        <source>C&amp;lear authority…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметті &amp;өшіру…</translation>
    </message>
    <message>
        <source>Clear the authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметті өшіру</translation>
    </message>
    <message>
        <source>&amp;Set authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметті &amp;орнату</translation>
    </message>
    <message>
        <source>Set authority</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметті орнату</translation>
    </message>
    <message>
        <source>No time-stamping authority is set: the desk asks none, and evidence packages carry no tokens from outside.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметі орнатылмаған: пульт ешқайсысына жүгінбейді, ал дәлелдер пакеттерінде сырттан алынған белгілер жоқ.</translation>
    </message>
    <message>
        <source>Authority: %1
Root certificates, SHA-256: %2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызмет: %1
Түбір сертификаттар, SHA-256: %2</translation>
    </message>
    <message>
        <source>Nothing time-stamped yet.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Әзірге ештеңеге уақыт белгісі қойылмаған.</translation>
    </message>
    <message numerus="yes">
        <source>Last stamping (%1): %n token(s) added.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Соңғы белгі қою (%1): %n белгі қосылды.</numerusform>
            <numerusform>Соңғы белгі қою (%1): %n белгі қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ол тоқтады: %1</translation>
    </message>
    <message>
        <source>The authority's root certificates</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметтің түбір сертификаттары</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Give the authority's address and its root certificates file.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметтің мекенжайын және оның түбір сертификаттар файлын беріңіз.</translation>
    </message>
    <message>
        <source>Time-stamping authority set.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметі орнатылды.</translation>
    </message>
    <message>
        <source>forget the time-stamping authority; tokens already kept stay with their cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>уақыт белгісі қызметін ұмыту; бұрын сақталған белгілер өз істерінде қалады</translation>
    </message>
    <message>
        <source>this desk: its sync rounds ask no authority until one is set again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>осы пульт: оның синхрондау кезеңдері қызмет қайта орнатылғанша ешқайсысына жүгінбейді</translation>
    </message>
    <message>
        <source>Clear the authority?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Қызметті өшіру керек пе?</translation>
    </message>
    <message>
        <source>Time-stamping authority cleared.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уақыт белгісі қызметі өшірілді.</translation>
    </message>
</context>
</TS>
