<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="232" />
        <source>An alert is signed with the HQ key and shown on the field devices at their next sync. A confidential alert is encrypted to each device's own key, so the server cannot read it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оповещение подписывается ключом штаба и появляется на полевых устройствах при их следующей синхронизации. Конфиденциальное оповещение шифруется ключом каждого устройства, поэтому сервер не может его прочитать.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="238" />
        <source>Severity</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="239" />
        <source>Information</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="240" />
        <source>Warning</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="241" />
        <source>Urgent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Срочно</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="245" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="246" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Истекает через</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="248" />
        <source>Confidential (encrypted to the devices' keys)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Конфиденциально (зашифровано ключами устройств)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="249" />
        <source>Confidential</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="251" />
        <source>Alert text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Текст оповещения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="253" />
        <source>Se&amp;verity:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="254" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Истекает через:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="255" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ко&amp;му:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="257" />
        <source>T&amp;ext:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>&amp;Send alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Отправить оповещение…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="259" />
        <source>Send alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отправить оповещение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="271" />
        <source>An alert's text has 1 to %1 characters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Текст оповещения — от 1 до %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="281" />
        <source>sign a “%1” alert with the HQ key, expiring in %2 days, and send it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>подписать ключом штаба оповещение «%1», действующее %2 дн., и отправить его</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="285" />
        <source>, encrypted so that only those devices can read it</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>, зашифровав так, чтобы прочитать его могли только эти устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="286" />
        <source>Send alert?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отправить оповещение?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="290" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Подпись и отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="300" />
        <source>The alert is signed and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оповещение подписано и поставлено в очередь, но ещё не отправлено (%1). Оно уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="305" />
        <source>Alert sent.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оповещение отправлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="309" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ничего не подписано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert &amp;key…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сменить &amp;ключ оповещений…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="262" />
        <source>Rotate the alert key</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сменить ключ оповещений</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="324" />
        <source>introduce a new alert key in a note signed with the current one, then retire the current one; devices switch to the new key at their next sync</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>ввести новый ключ оповещений записью, подписанной текущим ключом, и вывести текущий из употребления; устройства перейдут на новый ключ при следующей синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="328" />
        <source>Rotate the alert key?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сменить ключ оповещений?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="342" />
        <source>The new alert key is introduced and queued but not sent yet (%1). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Новый ключ оповещений введён и поставлен в очередь, но ещё не отправлен (%1). Он уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="346" />
        <source>New alert key sent; the old one is retired.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Новый ключ оповещений отправлен; старый выведен из употребления.</translation>
    </message>
</context>
<context>
    <name>AlertsUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="146" />
        <source>Alert inbox</source>
        <translation>Входящие оповещения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="149" />
        <source>Alert inbox…</source>
        <translation>Входящие оповещения…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="151" />
        <source>Raise urgent alert…</source>
        <translation>Отправить срочное оповещение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="165" />
        <source>Alerts (%n)</source>
        <translation>
            <numerusform>Оповещения (%n)</numerusform>
            <numerusform>Оповещения (%n)</numerusform>
            <numerusform>Оповещения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="175" />
        <source>Open a case first.</source>
        <translation>Сначала откройте дело.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="188" />
        <source>Urgent alert queued; sending now.</source>
        <translation>Срочное оповещение в очереди; отправляется.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="26" />
        <source>Remembering the vault key lets anyone who can read this computer's keyring open the vault without the passphrase: programs running as you while you are logged in, or anyone who logs in as you. Use it only on a computer you alone use, with a strong login password.</source>
        <translation>Если ключ хранилища запомнен, любой, кто может читать связку ключей этого компьютера, откроет хранилище без парольной фразы: программы, запущенные от вашего имени, пока вы в системе, или любой, кто войдёт под вашим именем. Используйте это только на компьютере, которым пользуетесь одни, с надёжным паролем входа.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="139" />
        <location filename="../../desktop/vigil/ui/controller.py" line="209" />
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="142" />
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Это демонстрационное хранилище. Его парольная фраза: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="161" />
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="40" />
        <source>Choose a vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="168" />
        <source>No vault there</source>
        <translation>Здесь нет хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="169" />
        <source>That folder holds no Vigil vault.</source>
        <translation>В этой папке нет хранилища Vigil.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="177" />
        <source>Creating the vault: measuring this computer…</source>
        <translation>Создание хранилища: замеряем скорость компьютера…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="205" />
        <source>Vigil recovery key</source>
        <translation>Ключ восстановления Vigil</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="211" />
        <source>Keep this paper away from the computer.</source>
        <translation>Храните этот лист отдельно от компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="216" />
        <source>The vault was not created</source>
        <translation>Хранилище не создано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="219" />
        <location filename="../../desktop/vigil/ui/controller.py" line="248" />
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="268" />
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="278" />
        <source>Recovering…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="62" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="63" />
        <source>The settings could not be saved.</source>
        <translation>Не удалось сохранить настройки.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="73" />
        <source>Quick unlock</source>
        <translation>Быстрая разблокировка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="93" />
        <source>Recalibrate</source>
        <translation>Перекалибровка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="97" />
        <source>Type the passphrase to re-wrap the key:</source>
        <translation>Введите парольную фразу, чтобы перешифровать ключ:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="112" />
        <source>Recalibrated</source>
        <translation>Перекалибровано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="113" />
        <source>Key derivation now uses %1 MiB and %2 passes.</source>
        <translation>Для получения ключа теперь используется %1 МиБ памяти; число проходов: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/controller.py" line="437" />
        <source>Something went wrong (%1).</source>
        <translation>Что-то пошло не так (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="82" />
        <source>Wipe after wrong passphrases</source>
        <translation>Уничтожение после неверных парольных фраз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_flow.py" line="83" />
        <source>Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, keys first. Your own typing mistakes count as much as a stranger's guesses, and only a backup brings the cases back. Turn this on?</source>
        <translation>Неверных парольных фраз подряд до уничтожения: %1. После этого Vigil уничтожит это хранилище, начиная с ключей. Ваши собственные опечатки считаются так же, как чужие попытки угадать, и вернуть дела сможет только резервная копия. Включить?</translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="42" />
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="53" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="43" />
        <source>exported</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="44" />
        <source>opened in the mail program</source>
        <translation>открыто в почтовой программе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="45" />
        <source>confirmed sent</source>
        <translation>отправка подтверждена</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="46" />
        <source>reply received</source>
        <translation>получен ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="54" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="55" />
        <source>deadline passed</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="56" />
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="63" />
        <source>released</source>
        <translation>освобождён(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="64" />
        <source>released with conditions</source>
        <translation>освобождён(а) с условиями</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="67" />
        <source>charges dropped</source>
        <translation>обвинения сняты</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="68" />
        <source>sentence reduced</source>
        <translation>наказание смягчено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="69" />
        <source>acquitted</source>
        <translation>оправдан(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="70" />
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="71" />
        <source>worsened</source>
        <translation>положение ухудшилось</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="72" />
        <source>outcome unknown</source>
        <translation>исход неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="89" />
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="91" />
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="93" />
        <source>was %1</source>
        <translation>срок был %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="97" />
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="76" />
        <source>today is the last day</source>
        <translation>сегодня последний день</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="105" />
        <source>Urgent action %1 is closed; check with HQ before sending.</source>
        <translation>Срочная акция %1 закрыта; перед отправкой уточните у штаба.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="112" />
        <source>Check with HQ.</source>
        <translation>Уточните у штаба.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="120" />
        <source>Last verified: %1</source>
        <translation>Проверено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="124" />
        <source>Never verified</source>
        <translation>Не проверялось</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="127" />
        <source>Sample data: verify before sending.</source>
        <translation>Пример: проверьте перед отправкой.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="131" />
        <source>Verify before sending: not checked for months.</source>
        <translation>Проверьте перед отправкой: не проверялось несколько месяцев.</translation>
    </message>
</context>
<context>
    <name>AppealsArea</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="59" />
        <source>Urgent actions</source>
        <translation>Срочные акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="73" />
        <location filename="../../desktop/vigil/ui/appeals.py" line="86" />
        <source>Urgent action</source>
        <translation>Срочная акция</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="63" />
        <source>State and deadline</source>
        <translation>Состояние и срок</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="70" />
        <source>No urgent actions yet. Import one with Vault › Import urgent action…</source>
        <translation>Срочных акций пока нет. Импортируйте: Хранилище › Импорт срочной акции…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="76" />
        <source>Follow this urgent action (remind me of its deadline)</source>
        <translation>Следить за этой срочной акцией (напоминать о сроке)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="77" />
        <source>Follow this urgent action</source>
        <translation>Следить за этой срочной акцией</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="84" />
        <source>About the urgent action</source>
        <translation>О срочной акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="87" />
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="88" />
        <source>Status board</source>
        <translation>Статусы писем</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="89" />
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="90" />
        <source>About</source>
        <translation>Об акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="179" />
        <source>Targets:</source>
        <translation>Адресаты:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="185" />
        <source>Letter languages: %1</source>
        <translation>Языки писем: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="187" />
        <source>Deadline: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeals.py" line="220" />
        <source>Imported %n urgent action(s).</source>
        <translation>
            <numerusform>Импортирована %n срочная акция.</numerusform>
            <numerusform>Импортировано %n срочные акции.</numerusform>
            <numerusform>Импортировано %n срочных акций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="226" />
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeals.py" line="233" />
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="169" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="171" />
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="172" />
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="173" />
        <source>Save a decrypted copy…</source>
        <translation>Сохранить расшифрованную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="174" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="341" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="344" />
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="175" />
        <source>Open in another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="176" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="381" />
        <source>Open in another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="179" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="180" />
        <source>Cancel adding the file</source>
        <translation>Отменить добавление файла</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="182" />
        <source>Encryption progress</source>
        <translation>Ход шифрования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="183" />
        <source>Drop files here to encrypt them into the case.</source>
        <translation>Перетащите файлы сюда — они будут зашифрованы и добавлены в дело.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="215" />
        <location filename="../../desktop/vigil/ui/attachments.py" line="304" />
        <source>Choose an attachment to view it.</source>
        <translation>Выберите вложение для просмотра.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="238" />
        <source>Add files to the case</source>
        <translation>Добавить файлы в дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="288" />
        <source>Cancelled; nothing of the unfinished file was kept.</source>
        <translation>Отменено; от незавершённого файла ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="291" />
        <source>Encrypted into the case.</source>
        <translation>Зашифровано и добавлено в дело.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="310" />
        <source>This file is too large to show inside Vigil.</source>
        <translation>Этот файл слишком велик для показа в Vigil.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="320" />
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="323" />
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="337" />
        <source>The copy will be an ordinary, unencrypted file. Anyone who can reach this computer's disk, or a backup of it, can read it. Delete it when you no longer need it. Save a decrypted copy anyway?</source>
        <translation>Копия будет обычным незашифрованным файлом. Её сможет прочитать любой, у кого есть доступ к диску этого компьютера или к его резервной копии. Удалите её, когда она станет не нужна. Всё равно сохранить расшифрованную копию?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="362" />
        <source>Decrypted copy saved.</source>
        <translation>Расшифрованная копия сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="376" />
        <source>Vigil will decrypt this file into a private folder and open it in another program. Vigil wipes that copy when it locks or quits, but the other program may keep its own traces: a recent-files list, thumbnails, autosaved or cached copies. Open it anyway?</source>
        <translation>Vigil расшифрует этот файл в личную папку и откроет его в другой программе. Vigil сотрёт эту копию при блокировке или выходе, но другая программа может оставить свои следы: список недавних файлов, миниатюры, автосохранённые или кэшированные копии. Всё равно открыть?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="392" />
        <source>No program on this computer opens this kind of file.</source>
        <translation>На этом компьютере нет программы, которая открывает такие файлы.</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="34" />
        <source>Save for HQ to a &amp;USB stick…</source>
        <translation>Сохранить для штаба на &amp;USB-накопитель…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="35" />
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="36" />
        <source>Save for HQ to a USB stick</source>
        <translation>Сохранить для штаба на USB-накопитель</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="37" />
        <source>Saved: %1 change(s), %2 attachment(s), %3 alert(s) and note(s). Only HQ can open the file. Everything also stays queued, and goes when the network is back.</source>
        <translation>Сохранено: изменений — %1, вложений — %2, оповещений и заметок — %3. Открыть файл может только штаб. Всё остаётся и в очереди и уйдёт, когда вернётся сеть.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="38" />
        <source>Saved for HQ</source>
        <translation>Сохранено для штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="39" />
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="40" />
        <source>Vigil bundles (*.vigil);;All files (*)</source>
        <translation>Пакеты Vigil (*.vigil);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="41" />
        <source>Imported %1 change(s) (%2 already here), %3 attachment(s), %4 alert(s) and note(s).</source>
        <translation>Импортировано изменений: %1 (уже были: %2), вложений: %3, оповещений и заметок: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="42" />
        <source>Some of it was refused or waits for what has not arrived: see the Sync panel.</source>
        <translation>Часть отклонена или ждёт того, что ещё не пришло: см. панель синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="43" />
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="44" />
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_bundle.py" line="107" />
        <source>HQ has %1 of this device's change(s): they are no longer queued.</source>
        <translation>У штаба есть изменения этого устройства (%1): они больше не стоят в очереди.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="218" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="223" />
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="58" />
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="1" />
        <source>Status:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="165" />
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="166" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="170" />
        <source>Filter by country code</source>
        <translation>Фильтр по коду страны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="171" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="175" />
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="176" />
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/case_list.py" line="182" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="83" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="35" />
        <source>Open case</source>
        <translation>Открытое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="41" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="42" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="43" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="44" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="45" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>This city is written in another script than this letter, so the letter leaves it out: type it as this letter should show it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Этот город написан не тем алфавитом, что письмо, поэтому в письмо он не попадёт: напишите его так, как он должен стоять в этом письме.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="1" />
        <source>City check</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Проверка города</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="79" />
        <source>Deadline warning</source>
        <translation>Предупреждение о сроке</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="82" />
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="84" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="85" />
        <source>Addressee check</source>
        <translation>Проверка адресата</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="87" />
        <source>Who signs</source>
        <translation>Кто подписывает</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="88" />
        <source>One letter signed by me</source>
        <translation>Одно письмо за моей подписью</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="89" />
        <source>One letter per signatory</source>
        <translation>По письму от каждого подписавшего</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="90" />
        <source>One letter signed by me and all signatories</source>
        <translation>Одно письмо от меня и всех подписавших</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="92" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="94" />
        <source>Your city</source>
        <translation>Ваш город</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="96" />
        <source>Your e-mail address</source>
        <translation>Ваш адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="98" />
        <source>Personal note</source>
        <translation>Личная приписка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="99" />
        <source>A few words of your own, added after the demands</source>
        <translation>Несколько слов от себя, после требований</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="101" />
        <location filename="../../desktop/vigil/ui/composer.py" line="102" />
        <source>Edit the letter's text</source>
        <translation>Изменить текст письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <location filename="../../desktop/vigil/ui/composer.py" line="108" />
        <source>Keep the edit with this appeal</source>
        <translation>Сохранить правку с этим обращением</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="119" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="120" />
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="122" />
        <source>Si&amp;gned:</source>
        <translation>П&amp;одпись:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="123" />
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="124" />
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="125" />
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="126" />
        <source>Personal n&amp;ote:</source>
        <translation>П&amp;риписка:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="142" />
        <source>Letter preview</source>
        <translation>Предпросмотр письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="143" />
        <source>Why there is no letter</source>
        <translation>Почему нет письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="149" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="203" />
        <source>This urgent action asks that its letters be sent as written.</source>
        <translation>Эта срочная акция просит отправлять письма без изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="320" />
        <source>There are no signatories yet: add them in the Signatories tab.</source>
        <translation>Подписавших пока нет: добавьте их на вкладке «Подписавшие».</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer.py" line="347" />
        <source>%n letter(s); the preview shows the first.</source>
        <translation>
            <numerusform>%n письмо; показано первое.</numerusform>
            <numerusform>%n письма; показано первое.</numerusform>
            <numerusform>%n писем; показано первое.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="413" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="416" />
        <source>The note and the edit are kept with this appeal.</source>
        <translation>Приписка и правка сохраняются с этим обращением.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="58" />
        <source>The letter template was refused, so nothing is rendered from it:</source>
        <translation>Шаблон письма отклонён, поэтому письмо по нему не составлено:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="64" />
        <source>This letter cannot be written:</source>
        <translation>Это письмо нельзя составить:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_render.py" line="68" />
        <source>The letter could not be written (%1).</source>
        <translation>Не удалось составить письмо (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="83" />
        <source>I am writing about this action's follow-up</source>
        <translation>Я пишу о продолжении этой акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="86" />
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="104" />
        <source>Write about me as</source>
        <translation>Писать обо мне как о</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="105" />
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="106" />
        <source>a woman</source>
        <translation>женщине</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="107" />
        <source>a man</source>
        <translation>мужчине</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="137" />
        <source>&amp;Write about me as:</source>
        <translation>П&amp;исать обо мне как о:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="342" />
        <source>Urgent action %1 is closed: its demands are for a time that has passed. Write only about its follow-up, and tick the box that says so.</source>
        <translation>Срочная акция %1 закрыта: её требования относятся к прошедшему времени. Пишите только о её продолжении и отметьте это в поле выше.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer.py" line="378" />
        <source>This letter's template is not yet reviewed by a native speaker.</source>
        <translation>Шаблон этого письма ещё не проверен носителем языка.</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="41" />
        <source>Letters the field confirmed as sent, per urgent action and language. Devices report numbers only, never who signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Письма, отправку которых подтвердили в поле, по срочным акциям и языкам. Устройства сообщают только числа, никогда — кто подписал.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Срочная акция</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Language</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="45" />
        <source>Letters sent</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отправлено писем</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Devices reporting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сообщивших устройств</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="46" />
        <source>Letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Число писем</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="50" />
        <source>No counts yet: they arrive when field devices sync after sending letters.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Чисел пока нет: они приходят, когда полевые устройства синхронизируются после отправки писем.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="53" />
        <source>Refresh letter counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Обновить число писем</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="79" />
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="83" />
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess. If you forget it, only the recovery key shown next can open the vault.</source>
        <translation>Выберите парольную фразу: несколько не связанных между собой слов легко запомнить и трудно угадать. Если вы её забудете, открыть хранилище сможет только ключ восстановления, который будет показан далее.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="90" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="91" />
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="92" />
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="93" />
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="98" />
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="100" />
        <source>Passphrase hint</source>
        <translation>Подсказка о парольной фразе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="103" />
        <location filename="../../desktop/vigil/ui/gate.py" line="104" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="105" />
        <location filename="../../desktop/vigil/ui/gate.py" line="106" />
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/gate.py" line="122" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: минимум %n символ.</numerusform>
            <numerusform>Слишком коротко: минимум %n символа.</numerusform>
            <numerusform>Слишком коротко: минимум %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="123" />
        <source>Weak: easy to guess for someone with time. Add more words.</source>
        <translation>Слабая: при наличии времени её легко подобрать. Добавьте ещё слов.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="124" />
        <source>Fair: add a word or two more.</source>
        <translation>Средняя: добавьте ещё одно-два слова.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="125" />
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="126" />
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="136" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="47" />
        <source>Deadline reminder</source>
        <translation>Напоминание о сроке</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="86" />
        <source>Deadlines of urgent actions you follow</source>
        <translation>Сроки срочных акций, за которыми вы следите</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/reminders_view.py" line="90" />
        <source>Urgent action deadline soon</source>
        <translation>Скоро срок срочной акции</translation>
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
        <translation>Квота задана: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Setting the quota of %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Задаётся квота для %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set the quota?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Задать квоту?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>let this device store on the server %1 in any 24 hours and %2 in all; what it already stored stays</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>разрешить этому устройству хранить на сервере %1 за любые 24 часа и %2 всего; уже сохранённое остаётся</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>значение сервера по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Not a size: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это не размер: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In all:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Всего:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>In any 24 hours:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>За любые 24 часа:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set quota</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Задать квоту</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Set &amp;quota…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Задать &amp;квоту…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>A size such as 500MiB or 8GiB; empty: the server's default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Размер, например 500MiB или 8GiB; пусто — значение сервера по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>default</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in all</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота всего</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota in any 24 hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота за любые 24 часа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Storage quota of the chosen field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота хранения выбранного полевого устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>never</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Quota (a day / in all)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Квота (в сутки / всего)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="1" />
        <source>Last seen (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Последний раз (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>Role</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="44" />
        <source>State</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Stored</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Хранится</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Enrolled (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Подключено (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="45" />
        <source>Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="50" />
        <source>No field devices yet. Make an enrolment code below and give it to the field worker; their device appears here once it joins.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Полевых устройств пока нет. Создайте ниже код подключения и передайте его полевому сотруднику; его устройство появится здесь, как только подключится.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="57" />
        <source>Refresh devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Обновить устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Re&amp;voke…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="58" />
        <source>Revoke</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and &amp;wipe…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвать и &amp;стереть…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="60" />
        <source>Revoke and wipe</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвать и стереть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>&amp;Escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код &amp;депонирования…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="63" />
        <source>Escrow recovery code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код восстановления из депонирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="69" />
        <source>Wipe only after it pushes what is waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Стереть только после отправки ожидающего</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="71" />
        <source>Push first</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сначала отправить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="75" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="76" />
        <source>Wipe order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Приказ о стирании действует</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="78" />
        <source>Order valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Приказ действует</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="86" />
        <source>A new field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Новое полевое устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="90" />
        <source>e.g. Almaty laptop 2</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>например, Ноутбук Алматы 2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="91" />
        <source>Device label</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Название устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="96" />
        <source> hours</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="97" />
        <source>Code valid for</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код действует</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>&amp;Make enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Создать код подключения…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="99" />
        <source>Make enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Создать код подключения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="102" />
        <source>&amp;Label (shown in this list):</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Н&amp;азвание (видно в этом списке):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="103" />
        <source>Valid f&amp;or:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Д&amp;ействует:</translation>
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
        <translation>Что это за код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>&amp;Copy</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="115" />
        <source>Copy the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Копировать код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>&amp;Print a page…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Напечатать страницу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="116" />
        <source>Print the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Напечатать код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>&amp;Forget</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="117" />
        <source>Forget the code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Забыть код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="143" />
        <source>Asking the server for the devices…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Запрос списка устройств у сервера…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="156" />
        <source>%n device(s).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n устройство.</numerusform>
            <numerusform>%n устройства.</numerusform>
            <numerusform>%n устройств.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Рабочее место штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="160" />
        <source>field device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>полевое устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="162" />
        <source>active</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="164" />
        <source>revoked, wipe order waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>отозвано, ждёт приказ о стирании</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="166" />
        <source>revoked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="212" />
        <source>revoke this device and send it an order, signed with the HQ key, to destroy its vault at its next contact with the server (within %1 days)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>отозвать это устройство и отправить ему подписанный ключом штаба приказ уничтожить своё хранилище при следующем обращении к серверу (в течение %1 дн.)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="216" />
        <source>, after it pushes what is waiting to leave</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>, после того как оно отправит всё ожидающее отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="217" />
        <source>Revoke and wipe?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвать и стереть?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="220" />
        <source>revoke this device: the server refuses it from now on; its vault stays on the device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>отозвать это устройство: с этого момента сервер ему отказывает; его хранилище остаётся на устройстве</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="223" />
        <source>Revoke?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвать?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="227" />
        <source>Revoking %1…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отзыв: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="233" />
        <source>Revoked: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отозвано: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="234" />
        <source>It wipes itself at its next contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оно сотрёт себя при следующем обращении к серверу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="251" />
        <source>make a one-time enrolment code, valid for %1 hours, that lets one new field device join this organisation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>создать одноразовый код подключения, действующий %1 ч, по которому одно новое полевое устройство присоединится к этой организации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="254" />
        <source>a new field device (no label)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>новое полевое устройство (без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="255" />
        <source>Make an enrolment code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Создать код подключения?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="258" />
        <source>Asking the server for a code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Запрос кода у сервера…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="268" />
        <source>Enrolment code made.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код подключения создан.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="270" />
        <source>One-time enrolment code for %1. Give it to the field worker over a safe channel; in Vigil they choose Join HQ and paste it. It works once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Одноразовый код подключения для: %1. Передайте его полевому сотруднику по безопасному каналу; в Vigil он выбирает «Присоединиться к штабу» и вставляет код. Код действует один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="274" />
        <source>Vigil enrolment code</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код подключения Vigil</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="275" />
        <source>For: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Для: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="276" />
        <source>Organisation: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Организация: %1</translation>
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
        <translation>Действует до %1 (UTC); срабатывает один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="282" />
        <source>In Vigil: choose Join HQ, paste or type the code, and check that the organisation and server shown are the ones above.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>В Vigil: выберите «Присоединиться к штабу», вставьте или введите код и проверьте, что показанные организация и сервер — те, что указаны выше.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="284" />
        <source>Destroy this page once the device has joined.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Уничтожьте эту страницу, когда устройство подключится.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="299" />
        <source>fetch this device's escrow unlock code from the server and open it with the HQ key. Whoever holds the code and the laptop can open the vault: give it to the field worker in person or on a call where you recognise each other</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>получить с сервера код разблокировки из депонирования для этого устройства и открыть его ключом штаба. Тот, у кого есть код и ноутбук, может открыть хранилище: передайте код полевому сотруднику лично или по звонку, где вы узнаёте друг друга</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="303" />
        <source>Escrow recovery code?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код восстановления из депонирования?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="306" />
        <source>Fetching the escrow code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Получение кода депонирования…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="309" />
        <source>Escrow code ready.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код депонирования готов.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_devices.py" line="311" />
        <source>Escrow unlock code for %1. It opens that vault once, with a new passphrase. Never send it by the same route as the laptop.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Код разблокировки из депонирования для: %1. Он открывает то хранилище один раз, с новой парольной фразой. Никогда не отправляйте его тем же путём, что и ноутбук.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No case open</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дело не открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>New case…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Import cases…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Импорт дел…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>No cases yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Add a case, or import one from a file another Vigil exported. Cases stay encrypted in this vault.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Добавьте дело или импортируйте его из файла, выгруженного другим Vigil. Дела хранятся в этом хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/empty_state.py" line="1" />
        <source>Choose a case from the list, or add a new one with Ctrl+N.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Выберите дело в списке или добавьте новое (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>EscrowCodeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="295" />
        <source>Recover with HQ's escrow code</source>
        <translation>Восстановить с кодом депонирования от штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="297" />
        <source>Type the escrow code HQ gave you, in person or on a call where you recognised each other, and choose a new passphrase. The code works once. You get a new recovery key to write down, and escrow is off afterwards.</source>
        <translation>Введите код депонирования, который штаб передал вам лично или по звонку, где вы узнали друг друга, и выберите новую парольную фразу. Код действует один раз. Вы получите новый ключ восстановления, который нужно записать; после этого депонирование выключено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="301" />
        <source>Escrow code</source>
        <translation>Код депонирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="302" />
        <source>Escrow code:</source>
        <translation>Код депонирования:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="317" />
        <source>Recovering with HQ's escrow code…</source>
        <translation>Восстановление с кодом депонирования…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="322" />
        <source>Something went wrong (%1).</source>
        <translation>Что-то пошло не так (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="325" />
        <source>The vault was recovered, but it did not open here. Unlock it with the new passphrase.</source>
        <translation>Хранилище восстановлено, но здесь не открылось. Разблокируйте его новой парольной фразой.</translation>
    </message>
</context>
<context>
    <name>EscrowDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="57" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="58" />
        <source>Escrow to HQ</source>
        <translation>Депонирование в штабе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="62" />
        <source>Escrow lets HQ help you back into this vault if you lose both your passphrase and your printed recovery key. HQ keeps a sealed one-time code; this laptop keeps the lock that the code opens.</source>
        <translation>Депонирование позволяет штабу помочь вам вернуться в это хранилище, если вы потеряете и парольную фразу, и распечатанный ключ восстановления. Штаб хранит запечатанный одноразовый код; этот ноутбук хранит замок, который этот код открывает.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="67" />
        <source>The cost: while escrow is on, HQ can open this vault if it also has this laptop. So can anyone who seizes HQ's key, or forces HQ to use it.</source>
        <translation>Цена: пока депонирование включено, штаб может открыть это хранилище, если у него есть и этот ноутбук. Так же может любой, кто захватит ключ штаба или заставит штаб им воспользоваться.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="71" />
        <source>You can turn it off at any time. That destroys the lock on this laptop, so a code HQ already has no longer opens anything here. But a copy HQ already fetched cannot be called back, and a copy of this laptop's disk made while escrow was on still opens with it.</source>
        <translation>Его можно выключить в любой момент. Это уничтожает замок на этом ноутбуке, и код, который уже есть у штаба, больше ничего здесь не откроет. Но копию, которую штаб уже получил, нельзя отозвать, а копия диска этого ноутбука, сделанная при включённом депонировании, по-прежнему откроется этим кодом.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="77" />
        <source>Escrow is off unless you turn it on. If you are unsure, leave it off, and keep your printed recovery key somewhere safe, away from this laptop.</source>
        <translation>Депонирование выключено, пока вы его не включите. Если сомневаетесь, оставьте его выключенным и храните распечатанный ключ восстановления в надёжном месте, подальше от этого ноутбука.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="83" />
        <source>Escrow state</source>
        <translation>Состояние депонирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="88" />
        <source>Escrow result</source>
        <translation>Результат депонирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="91" />
        <source>Turn escrow on…</source>
        <translation>Включить депонирование…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="92" />
        <source>Turn escrow on</source>
        <translation>Включить депонирование</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="93" />
        <source>Turn escrow off…</source>
        <translation>Выключить депонирование…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="94" />
        <source>Turn escrow off</source>
        <translation>Выключить депонирование</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="96" />
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="97" />
        <source>Remove the server's copy again</source>
        <translation>Ещё раз удалить копию с сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="104" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="128" />
        <source>This vault is not enrolled with an HQ server, so there is no HQ to escrow to. Nothing here can be turned on. Keep your printed recovery key safe.</source>
        <translation>Это хранилище не подключено к серверу штаба, поэтому депонировать некуда. Здесь нечего включать. Храните распечатанный ключ восстановления в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="133" />
        <source>This is the HQ desk: escrow is for field devices, so there is nothing to turn on here.</source>
        <translation>Это рабочее место штаба: депонирование предназначено для полевых устройств, здесь нечего включать.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="137" />
        <source>Escrow is ON: HQ holds a sealed code that can open this vault once.</source>
        <translation>Депонирование ВКЛЮЧЕНО: у штаба есть запечатанный код, который может один раз открыть это хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="140" />
        <source>Escrow is OFF on this vault.</source>
        <translation>Депонирование для этого хранилища ВЫКЛЮЧЕНО.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="163" />
        <source>Turn escrow on?</source>
        <translation>Включить депонирование?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="164" />
        <source>While escrow is on, HQ, or anyone who seizes HQ's key or forces HQ to use it, can open this vault if they also have this laptop. It is there for the day both your passphrase and your recovery key are lost. Turn escrow on?</source>
        <translation>Пока депонирование включено, штаб — или любой, кто захватит ключ штаба или заставит штаб им воспользоваться, — может открыть это хранилище, если у него есть и этот ноутбук. Оно нужно на случай, если потеряны и парольная фраза, и ключ восстановления. Включить депонирование?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="170" />
        <source>Turning escrow on: sending the sealed code to HQ…</source>
        <translation>Включение депонирования: запечатанный код отправляется в штаб…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="179" />
        <source>Escrow is on. HQ holds a sealed code that can open this vault once. Keep your printed recovery key safe all the same: it is still the first way back.</source>
        <translation>Депонирование включено. У штаба есть запечатанный код, который может один раз открыть это хранилище. Всё равно храните распечатанный ключ восстановления: это по-прежнему главный способ вернуться.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="185" />
        <source>Escrow was not turned on. %1</source>
        <translation>Депонирование не включено. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="190" />
        <source>Turn escrow off?</source>
        <translation>Выключить депонирование?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="191" />
        <source>The lock on this laptop is destroyed first, then HQ's copy is removed from the server. A code HQ already fetched cannot be called back, but it will no longer open this vault. Turn escrow off?</source>
        <translation>Сначала уничтожается замок на этом ноутбуке, затем копия штаба удаляется с сервера. Код, который штаб уже получил, нельзя отозвать, но он больше не откроет это хранилище. Выключить депонирование?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="200" />
        <source>Turning escrow off…</source>
        <translation>Выключение депонирования…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="210" />
        <source>The lock on this laptop is destroyed and the server's copy is removed.</source>
        <translation>Замок на этом ноутбуке уничтожен, копия на сервере удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="212" />
        <source>The lock on this laptop is destroyed; the server held no copy.</source>
        <translation>Замок на этом ноутбуке уничтожен; на сервере копии не было.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="214" />
        <source>Escrow is off.</source>
        <translation>Депонирование выключено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="215" />
        <source>A code HQ already fetched cannot be called back, but it no longer opens this vault.</source>
        <translation>Код, который штаб уже получил, нельзя отозвать, но он больше не открывает это хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="223" />
        <source>Escrow is still on. %1</source>
        <translation>Депонирование всё ещё включено. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="227" />
        <source>Escrow is off on this laptop: the lock is destroyed, so a code HQ holds no longer opens this vault. But the server's copy was not removed. %1</source>
        <translation>Депонирование на этом ноутбуке выключено: замок уничтожен, и код штаба больше не открывает это хранилище. Но копия на сервере не удалена. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="250" />
        <source>Something went wrong (%1).</source>
        <translation>Что-то пошло не так (%1).</translation>
    </message>
</context>
<context>
    <name>EscrowUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/escrow_view.py" line="260" />
        <source>Escrow to HQ…</source>
        <translation>Депонирование в штабе…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="175" />
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="178" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="179" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="180" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="181" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="183" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="185" />
        <source>Sources of this event</source>
        <translation>Источники этого события</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="196" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="197" />
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="198" />
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="199" />
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="200" />
        <source>Sources:</source>
        <translation>Источники:</translation>
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
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="71" />
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="74" />
        <source>The revision before</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="77" />
        <source>The chosen revision</source>
        <translation>Выбранная версия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="78" />
        <source>Revision details</source>
        <translation>Сведения о версии</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="81" />
        <source>This item was changed on two devices at once. Compare the versions, then keep one: the others stay in the history.</source>
        <translation>Этот элемент изменили одновременно на двух устройствах. Сравните версии и оставьте одну: остальные сохранятся в истории.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="84" />
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="90" />
        <source>Before</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="91" />
        <source>This revision</source>
        <translation>Эта версия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="99" />
        <location filename="../../desktop/vigil/ui/history.py" line="101" />
        <source>Restore this revision</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="103" />
        <source>Keep this version</source>
        <translation>Оставить эту версию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="105" />
        <source>Keep this version and resolve the conflict</source>
        <translation>Оставить эту версию и разрешить конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="134" />
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="137" />
        <source>#%1  %2 UTC  by %3</source>
        <translation>№%1  %2 UTC  — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/history.py" line="167" />
        <source>Revision %1, device %2, sequence %3</source>
        <translation>Версия %1, устройство %2, порядковый номер %3</translation>
    </message>
</context>
<context>
    <name>HqDesk</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оповеще&amp;ния с мест</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="114" />
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="115" />
        <source>HQ desk</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Рабочее место штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="123" />
        <source>HQ tasks</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Задачи штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="124" />
        <source>&amp;Devices</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="125" />
        <source>&amp;Publish urgent action</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Опубликовать срочную акцию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="126" />
        <source>Send &amp;alert</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отправить &amp;оповещение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="127" />
        <source>Letter &amp;counts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Число писем</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="128" />
        <source>&amp;Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Журнал целостности</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="131" />
        <source>HQ desk status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Состояние рабочего места штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="31" />
        <source>This will: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Будет сделано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="32" />
        <source>Who: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Кого касается: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_link.py" line="34" />
        <source>Go ahead?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Продолжить?</translation>
    </message>
    <message>
        <source>Ti&amp;me-stamping</source>
        <translation>Метки в&amp;ремени</translation>
    </message>
</context>
<context>
    <name>HqPublish</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="41" />
        <source>empty: every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>пусто: все подключённые устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="44" />
        <source>Audience (device ids, separated by commas)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Получатели (идентификаторы устройств через запятую)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="55" />
        <source>every enrolled device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>все подключённые устройства</translation>
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
        <translation>&amp;Рабочее место штаба…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="167" />
        <source>Make an &amp;enrolment code…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Создать код &amp;подключения…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="168" />
        <source>&amp;Publish an urgent action…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Опубликовать срочную акцию…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="169" />
        <source>Send an &amp;alert…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Отправить &amp;оповещение…</translation>
    </message>
    <message>
        <source>Time-stamping a&amp;uthority…</source>
        <translation>&amp;Служба меток времени…</translation>
    </message>
</context>
<context>
    <name>ImportSignatoriesDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="46" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="47" />
        <source>Import signatories</source>
        <translation>Импорт подписавших</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="49" />
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Можно импортировать %n строку.</numerusform>
            <numerusform>Можно импортировать %n строки.</numerusform>
            <numerusform>Можно импортировать %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="50" />
        <source>%n row(s) have problems and are left out:</source>
        <translation>
            <numerusform>В %n строке ошибки, она пропущена:</numerusform>
            <numerusform>В %n строках ошибки, они пропущены:</numerusform>
            <numerusform>В %n строках ошибки, они пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="54" />
        <source>Rows with problems</source>
        <translation>Строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="58" />
        <source>Consent text</source>
        <translation>Текст согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="59" />
        <source>The exact words the signatories agreed to</source>
        <translation>Точные слова, с которыми согласились подписавшие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="61" />
        <source>Consent version</source>
        <translation>Версия согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="62" />
        <source>for example 2024-1</source>
        <translation>например, 2024-1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="67" />
        <source>Import %n signatory(ies)</source>
        <translation>
            <numerusform>Импортировать %n подписавшего</numerusform>
            <numerusform>Импортировать %n подписавших</numerusform>
            <numerusform>Импортировать %n подписавших</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="75" />
        <source>Consent text:</source>
        <translation>Текст согласия:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="76" />
        <source>Consent version:</source>
        <translation>Версия согласия:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="82" />
        <source>Signatories stay in this vault; they are never synced.</source>
        <translation>Подписавшие остаются в этом хранилище и никогда не синхронизируются.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="69" />
        <source>Alert inbox</source>
        <translation>Входящие оповещения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="71" />
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="72" />
        <source>Mark all read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="96" />
        <source>No alerts.</source>
        <translation>Оповещений нет.</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="80" />
        <source>Each line is something the server did that it should not: served older, missing or forked data, or a note that failed its signature. Compare with the field devices' logs; if the server may be compromised, stop syncing and call your technical contact.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Каждая строка — то, чего сервер делать не должен был: отдал старые, неполные или разветвлённые данные или запись, не прошедшую проверку подписи. Сравните с журналами полевых устройств; если сервер может быть взломан, остановите синхронизацию и свяжитесь с вашим техническим специалистом.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Time (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Kind</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="85" />
        <source>Detail</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="86" />
        <source>Integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Журнал целостности</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="88" />
        <source>Nothing wrong found so far.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Пока ничего неладного не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="90" />
        <source>Refresh the integrity log</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Обновить журнал целостности</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="57" />
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="14" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="15" />
        <source>monitoring</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="16" />
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="17" />
        <source>public</source>
        <translation>публичное</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="18" />
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="19" />
        <source>confidential</source>
        <translation>конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="20" />
        <source>strictly confidential</source>
        <translation>строго конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="21" />
        <source>masculine</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="22" />
        <source>feminine</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="23" />
        <source>neuter</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="24" />
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="25" />
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="26" />
        <source>reliable</source>
        <translation>надёжный</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="27" />
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="28" />
        <source>doubtful</source>
        <translation>сомнительный</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="29" />
        <source>arrest</source>
        <translation>арест</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="30" />
        <source>detention</source>
        <translation>задержание</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="31" />
        <source>charge</source>
        <translation>обвинение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="32" />
        <source>hearing</source>
        <translation>заседание суда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="33" />
        <source>trial</source>
        <translation>судебный процесс</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="34" />
        <source>verdict</source>
        <translation>приговор</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="35" />
        <source>release</source>
        <translation>освобождение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="36" />
        <source>fine</source>
        <translation>штраф</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="37" />
        <source>house arrest</source>
        <translation>домашний арест</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="38" />
        <source>travel ban</source>
        <translation>ограничение передвижения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="39" />
        <source>registration refused</source>
        <translation>отказ в регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="40" />
        <source>harassment</source>
        <translation>преследование</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="41" />
        <source>disappearance</source>
        <translation>исчезновение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="42" />
        <source>ill-treatment</source>
        <translation>жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="43" />
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/labels.py" line="44" />
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Left out %n already here.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Пропущено %n уже имеющееся.</numerusform>
            <numerusform>Пропущено %n уже имеющихся.</numerusform>
            <numerusform>Пропущено %n уже имеющихся.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import all as new cases</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Импортировать все как новые дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Import only the others</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Импортировать только остальные</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>%1 of the %2 cases in this file are already in this vault: %3. Import only the others, or all of them again as new cases?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 из %2 дел в этом файле уже есть в хранилище: %3. Импортировать только остальные или все заново как новые дела?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Cases already here</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дела уже есть в хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Nothing was imported.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ничего не импортировано.</translation>
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
        <translation>Выберите дело или создайте новое (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="108" />
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="110" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="111" />
        <source>Urgent actions</source>
        <translation>Срочные акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="120" />
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="124" />
        <source>Loading cases…</source>
        <translation>Загрузка дел…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="136" />
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="137" />
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="138" />
        <source>&amp;Import cases…</source>
        <translation>&amp;Импорт дел…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="140" />
        <source>Import &amp;urgent action…</source>
        <translation>Импорт &amp;срочной акции…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="142" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="143" />
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="145" />
        <source>&amp;Panic wipe…</source>
        <translation>&amp;Экстренное уничтожение…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="157" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="159" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Поиск везде…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="162" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="181" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="203" />
        <source>Not synced with HQ</source>
        <translation>Нет синхронизации со штабом</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="207" />
        <source>Synced %1</source>
        <translation>Синхронизировано в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="208" />
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="212" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="214" />
        <source>last attempt failed</source>
        <translation>последняя попытка не удалась</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="218" />
        <source>%n integrity alert(s)</source>
        <translation>
            <numerusform>%n оповещение о целостности</numerusform>
            <numerusform>%n оповещения о целостности</numerusform>
            <numerusform>%n оповещений о целостности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="222" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="229" />
        <source>Title of the case:</source>
        <translation>Название дела:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="236" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="245" />
        <source>Import cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/main_window.py" line="257" />
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Импортировано %n дело.</numerusform>
            <numerusform>Импортировано %n дела.</numerusform>
            <numerusform>Импортировано %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="264" />
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Import urgent action</source>
        <translation>Импорт срочной акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="280" />
        <source>Urgent actions (*.json)</source>
        <translation>Срочные акции (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/main_window.py" line="1" />
        <source>Main toolbar</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Основная панель инструментов</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="57" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="59" />
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="60" />
        <source>Write here. Markdown is fine. Saved as you go.</source>
        <translation>Пишите здесь. Можно использовать Markdown. Всё сохраняется автоматически.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="62" />
        <source>Note preview</source>
        <translation>Предпросмотр заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="66" />
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="67" />
        <location filename="../../desktop/vigil/ui/notes.py" line="68" />
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="69" />
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="70" />
        <source>Show the preview</source>
        <translation>Показать предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="72" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="73" />
        <source>Copy the note (the clipboard is cleared soon)</source>
        <translation>Копировать заметку (буфер обмена скоро очистится)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/notes.py" line="215" />
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Скопировано; буфер обмена очистится через %n секунду.</numerusform>
            <numerusform>Скопировано; буфер обмена очистится через %n секунды.</numerusform>
            <numerusform>Скопировано; буфер обмена очистится через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="74" />
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="75" />
        <source>History of the note</source>
        <translation>История заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="127" />
        <location filename="../../desktop/vigil/ui/notes.py" line="202" />
        <source>(empty note)</source>
        <translation>(пустая заметка)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="180" />
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/notes.py" line="198" />
        <source>Saved, encrypted.</source>
        <translation>Сохранено и зашифровано.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="48" />
        <source>New urgent action</source>
        <translation>Новая срочная акция</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="49" />
        <source>New field alert</source>
        <translation>Новое оповещение с места</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="50" />
        <source>New alert</source>
        <translation>Новое оповещение</translation>
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
        <translation>Формат бумаги:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="57" />
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="63" />
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="64" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="65" />
        <source>E-mail draft (.eml)…</source>
        <translation>Черновик письма (.eml)…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="66" />
        <source>Open in the mail program</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="67" />
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="231" />
        <source>Copy the text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="68" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="99" />
        <source>One letter per signatory: save them as one PDF or print them.</source>
        <translation>По письму от каждого подписавшего: сохраните их одним PDF или распечатайте.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="111" />
        <source>Who signs?</source>
        <translation>Кто подписывает?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="112" />
        <source>Type the name you sign the letter with first.</source>
        <translation>Сначала введите имя, которым вы подписываете письмо.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="132" />
        <source>Save the letters as PDF</source>
        <translation>Сохранить письма как PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="144" />
        <source>Saved %n letter(s) as PDF.</source>
        <translation>
            <numerusform>Сохранено %n письмо в PDF.</numerusform>
            <numerusform>Сохранено %n письма в PDF.</numerusform>
            <numerusform>Сохранено %n писем в PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="147" />
        <source>The PDF was not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="161" />
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="164" />
        <source>Sent %n letter(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлено %n письмо.</numerusform>
            <numerusform>На принтер отправлено %n письма.</numerusform>
            <numerusform>На принтер отправлено %n писем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="170" />
        <source>Save the e-mail draft</source>
        <translation>Сохранить черновик письма</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="188" />
        <source>The draft is open in the mail program; send it from there, then confirm it on the status board.</source>
        <translation>Черновик открыт в почтовой программе: отправьте его оттуда, затем подтвердите отправку на вкладке статусов.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="191" />
        <source>The draft is saved; no program here opens .eml files. Open it from your mail program.</source>
        <translation>Черновик сохранён, но здесь нет программы для файлов .eml. Откройте его из своей почтовой программы.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="195" />
        <source>The draft was not saved</source>
        <translation>Черновик не сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="210" />
        <source>No mail link</source>
        <translation>Ссылки для почты нет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="213" />
        <source>No mail program answered the link.</source>
        <translation>Ни одна почтовая программа не открыла ссылку.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="216" />
        <source>The letter is open in the mail program. Vigil cannot see whether it was sent: confirm it on the status board once it is.</source>
        <translation>Письмо открыто в почтовой программе. Vigil не видит, было ли оно отправлено: подтвердите это на вкладке статусов, когда отправите.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="223" />
        <source>The letter is too long for a mail link</source>
        <translation>Письмо слишком длинное для почтовой ссылки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="224" />
        <source>Mail programs cut links this long without warning, so the letter (%1 characters) would arrive incomplete. Save it as an e-mail draft with the PDF attached, or copy the text into a new message.</source>
        <translation>Почтовые программы молча обрезают такие длинные ссылки, и письмо (%1 знаков) пришло бы не целиком. Сохраните его как черновик с вложенным PDF или скопируйте текст в новое сообщение.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="230" />
        <source>Save an e-mail draft…</source>
        <translation>Сохранить черновик письма…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/composer_outputs.py" line="247" />
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунду.</numerusform>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунды.</numerusform>
            <numerusform>Скопировано. Буфер обмена очистится через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="91" />
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="93" />
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="97" />
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="100" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="101" />
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="103" />
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="107" />
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="108" />
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="109" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="110" />
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="111" />
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="112" />
        <source>Confidentiality:</source>
        <translation>Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="113" />
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="114" />
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="115" />
        <source>Save the case</source>
        <translation>Сохранить дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="116" />
        <source>History of the case</source>
        <translation>История дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="174" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="20" />
        <location filename="../../desktop/vigil/ui/panic.py" line="21" />
        <source>Panic wipe</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="23" />
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="31" />
        <source>Cancel the wipe</source>
        <translation>Отменить уничтожение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="37" />
        <source>Everything in this vault will be destroyed: the keys first, then the cases, notes and attachments. It cannot be undone.</source>
        <translation>Всё в этом хранилище будет уничтожено: сначала ключи, затем дела, заметки и вложения. Это необратимо.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/panic.py" line="55" />
        <source>Wiping in %n second(s)…</source>
        <translation>
            <numerusform>Уничтожение через %n секунду…</numerusform>
            <numerusform>Уничтожение через %n секунды…</numerusform>
            <numerusform>Уничтожение через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/panic.py" line="63" />
        <source>Wiping…</source>
        <translation>Уничтожение…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="188" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="189" />
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="190" />
        <source>Edit the person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="191" />
        <source>History of the person</source>
        <translation>История данных человека</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="83" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="86" />
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="88" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="96" />
        <source>Pronouns</source>
        <translation>Местоимения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="98" />
        <source>Grammatical gender</source>
        <translation>Грамматический род</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="102" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="103" />
        <source>Descriptor</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="104" />
        <source>Names (one per script or language):</source>
        <translation>Имена (по одному на язык):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="105" />
        <source>Pronouns:</source>
        <translation>Местоимения:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="106" />
        <source>Grammatical gender:</source>
        <translation>Грамматический род:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="107" />
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="108" />
        <source>Descriptor:</source>
        <translation>Описание:</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="79" />
        <source>Choose an urgent-action file. Vigil checks all of it (every template, in every language) before anything is signed; what it finds is listed below by file and line. Publish stays off until the file passes.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Выберите файл срочной акции. Vigil проверяет его целиком (каждый шаблон на каждом языке), прежде чем что-либо подписать; найденное перечисляется ниже по файлу и строке. Публикация недоступна, пока файл не пройдёт проверку.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>&amp;Choose file…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="84" />
        <source>Choose file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>No file chosen.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="86" />
        <source>Chosen file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Выбранный файл</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="91" />
        <source>Findings</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="93" />
        <source>What will be signed</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Что будет подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="97" />
        <source>Publish as</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Опубликовать как</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="98" />
        <source>As the file says</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="99" />
        <source>First issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Первый выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="100" />
        <source>Follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Продолжение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="101" />
        <source>Closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="105" />
        <source>30 days after the deadline</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>30 дней после срока</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="106" />
        <source> days</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="107" />
        <source>Expires after</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Истекает через</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="108" />
        <source>Pu&amp;blish as:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>О&amp;публиковать как:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="109" />
        <source>&amp;To:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="110" />
        <source>E&amp;xpires after:</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Истекает через:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>&amp;Publish…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="112" />
        <source>Publish</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent-action file</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файл срочной акции</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="122" />
        <source>Urgent actions (*.json)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Срочные акции (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="150" />
        <source>No problems found: every template passed the gate.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Проблем не найдено: все шаблоны прошли проверку.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="152" />
        <source>%1 (%2): %3 target(s), letters in %4</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1 (%2): адресатов: %3, письма на: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="158" />
        <source>The file says: %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>В файле: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="168" />
        <source>%n problem(s): nothing can be signed until the file is fixed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n проблема: ничего нельзя подписать, пока файл не исправлен.</numerusform>
            <numerusform>%n проблемы: ничего нельзя подписать, пока файл не исправлен.</numerusform>
            <numerusform>%n проблем: ничего нельзя подписать, пока файл не исправлен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="172" />
        <source>The file was not checked: nothing can be signed.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Файл не проверен: ничего нельзя подписать.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="186" />
        <source>sign %1 as a %2 with the HQ key and send it to the field</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>подписать %1 ключом штаба как «%2» и отправить в поле</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="190" />
        <source>Publish urgent action?</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Опубликовать срочную акцию?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="195" />
        <source>Signing and sending…</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Подпись и отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="208" />
        <source>Nothing was signed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ничего не подписано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>first issue</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>первый выпуск</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="213" />
        <source>follow-up</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>продолжение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="214" />
        <source>closure</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>закрытие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="219" />
        <source>%1 is signed and queued but not sent yet (%2). It goes at the next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>%1: подписано и поставлено в очередь, но ещё не отправлено (%2). Уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_publish.py" line="223" />
        <source>Published %1.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Опубликовано: %1.</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="114" />
        <source>Raise urgent alert</source>
        <translation>Отправить срочное оповещение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="117" />
        <source>Detained</source>
        <translation>Задержан(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="118" />
        <source>Disappeared</source>
        <translation>Исчез(ла)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="119" />
        <source>Hearing soon</source>
        <translation>Скоро заседание суда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="120" />
        <source>Threatened</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="121" />
        <source>Injured</source>
        <translation>Ранен(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="122" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="128" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/alerts_view.py" line="129" />
        <source>For HQ</source>
        <translation>Для штаба</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="326" />
        <source>Recover the vault</source>
        <translation>Восстановление хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="331" />
        <source>Type the recovery key and choose a new passphrase.</source>
        <translation>Введите ключ восстановления и выберите новую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="335" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="337" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="339" />
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="340" />
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="341" />
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="343" />
        <source>Recovery status</source>
        <translation>Состояние восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="349" />
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="356" />
        <source>The new passphrase is too short.</source>
        <translation>Новая парольная фраза слишком короткая.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="358" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="267" />
        <location filename="../../desktop/vigil/ui/gate.py" line="268" />
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="273" />
        <source>Write this recovery key on paper now. It is shown only this once. If you forget your passphrase, it is the only way back into the vault. Anyone who holds it can open the vault: keep it away from this computer.</source>
        <translation>Запишите этот ключ восстановления на бумаге прямо сейчас. Он показывается только один раз. Если вы забудете парольную фразу, только он поможет снова открыть хранилище. Любой, у кого есть этот ключ, может открыть хранилище: храните его отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="279" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="288" />
        <location filename="../../desktop/vigil/ui/gate.py" line="289" />
        <source>I have written it down</source>
        <translation>Ключ записан</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="293" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="295" />
        <source>Print the recovery key</source>
        <translation>Распечатать ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="297" />
        <location filename="../../desktop/vigil/ui/gate.py" line="299" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="44" />
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="45" />
        <source>Log a reply</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="49" />
        <source>Date of the reply</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="51" />
        <source>What the reply says</source>
        <translation>Что говорится в ответе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="52" />
        <source>What the reply says (a summary is fine)</source>
        <translation>Что говорится в ответе (можно кратко)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="65" />
        <source>Received on:</source>
        <translation>Получен:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="66" />
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="93" />
        <location filename="../../desktop/vigil/ui/search.py" line="94" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="96" />
        <source>Search the vault</source>
        <translation>Поиск по хранилищу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="97" />
        <source>Search cases, people, events, sources, notes…</source>
        <translation>Поиск по делам, людям, событиям, источникам, заметкам…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="100" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="105" />
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="121" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="122" />
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="123" />
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="124" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="125" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/search.py" line="126" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/search.py" line="158" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeizeAction</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="26" />
        <source>&amp;Seized…</source>
        <translation>&amp;Изъято…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="27" />
        <source>Seized device</source>
        <translation>Изъятое устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="99" />
        <source>record this laptop as seized: the server refuses it, every device is told in a note signed by HQ, nothing is encrypted to its keys any more, and what the server received from it after the time below is set aside, not merged</source>
        <translation>отметить этот ноутбук как изъятый: сервер отказывает ему, все устройства узнают об этом из заметки, подписанной штабом, ничего больше не шифруется для его ключей, а то, что сервер получил от него после указанного ниже времени, откладывается, а не объединяется</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="30" />
        <source>Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 attachment(s): 'vigil hq seize --json' lists them, to warn the people named.</source>
        <translation>Отмечено как изъятое: %1. Оно отправило дел — %2, людей — %3, вложений — %4: 'vigil hq seize --json' перечисляет их, чтобы предупредить названных людей.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="124" />
        <source>%1 change(s) HQ had merged from it since that time were taken back out and kept aside: 'vigil hq quarantined' lists them.</source>
        <translation>Изменения, которые штаб уже объединил от него с того времени (%1), извлечены и отложены: 'vigil hq quarantined' перечисляет их.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="129" />
        <source>The server could not say when it received the rest: mark it seized again later.</source>
        <translation>Сервер не смог сообщить, когда получил остальное: отметьте его как изъятое ещё раз позже.</translation>
    </message>
</context>
<context>
    <name>SeizeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="37" />
        <source>Seized?</source>
        <translation>Изъято?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="50" />
        <source>Taken at (UTC)</source>
        <translation>Время изъятия (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="51" />
        <source>&amp;Taken at (UTC):</source>
        <translation>&amp;Время изъятия (UTC):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_seize.py" line="53" />
        <source>Earlier if it was taken before HQ learnt of it: what the server received from it after this time is set aside, and what HQ had already merged of it since is taken back out and kept aside. Nothing is deleted.</source>
        <translation>Раньше, если его изъяли до того, как штаб узнал об этом: то, что сервер получил от него после этого времени, откладывается, а то, что штаб уже объединил от него с того времени, извлекается и откладывается. Ничего не удаляется.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="34" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="37" />
        <source>Lock after minutes without use</source>
        <translation>Минут бездействия до блокировки</translation>
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
        <translation>Блокировать вместе с экраном</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="45" />
        <source>Clear copied text after seconds</source>
        <translation>Секунд до очистки скопированного текста</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="48" />
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="50" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="52" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="63" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="61" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="64" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="65" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="71" />
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="72" />
        <source>the default folder</source>
        <translation>папка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="73" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="74" />
        <source>Choose the vault folder</source>
        <translation>Выбрать папку хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="80" />
        <source>Sync every minutes</source>
        <translation>Синхронизировать каждые … минут</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="85" />
        <source>Sync through a proxy</source>
        <translation>Синхронизировать через прокси</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="89" />
        <source>Remind of followed urgent action deadlines, days before</source>
        <translation>За сколько дней напоминать о сроках срочных акций, за которыми вы следите</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="93" />
        <source> days before</source>
        <translation> дн. до срока</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="94" />
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="95" />
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="96" />
        <source>Remember the vault key on this device</source>
        <translation>Запомнить ключ хранилища на этом устройстве</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="98" />
        <source>Recalibrate key derivation…</source>
        <translation>Перекалибровать получение ключа…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Recalibrate key derivation</source>
        <translation>Перекалибровать получение ключа</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Auto-lock:</source>
        <translation>Автоблокировка:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="104" />
        <source>Clipboard:</source>
        <translation>Буфер обмена:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="105" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="106" />
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="107" />
        <source>Vault folder:</source>
        <translation>Папка хранилища:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="108" />
        <source>Sync every:</source>
        <translation>Синхронизация каждые:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="109" />
        <source>Proxy (Tor):</source>
        <translation>Прокси (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="110" />
        <source>Deadline reminders:</source>
        <translation>Напоминания о сроках:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="111" />
        <source>Passphrase cost:</source>
        <translation>Защита парольной фразы:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="112" />
        <source>Quick unlock:</source>
        <translation>Быстрая разблокировка:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>A new vault folder is used the next time Vigil starts.</source>
        <translation>Новая папка хранилища будет использована при следующем запуске Vigil.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="99" />
        <source>Wipe the vault after this many wrong passphrases in a row</source>
        <translation>Уничтожить хранилище после стольких неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="101" />
        <source> wrong passphrases</source>
        <translation> неверных парольных фраз</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="102" />
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/settings_dialog.py" line="121" />
        <source>Wipe after:</source>
        <translation>Уничтожение после:</translation>
    </message>
</context>
<context>
    <name>SignatoriesView</name>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="105" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="117" />
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="108" />
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="109" />
        <source>Agreed</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="113" />
        <source>Import from CSV…</source>
        <translation>Импорт из CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="114" />
        <source>Import signatories from CSV</source>
        <translation>Импорт подписавших из CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="115" />
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="116" />
        <source>Remove the signatory</source>
        <translation>Удалить подписавшего</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="124" />
        <source>People who sign group letters. They stay in this vault and are never synced; HQ learns only how many letters were sent.</source>
        <translation>Люди, подписывающие коллективные письма. Они остаются в этом хранилище и не синхронизируются; штаб узнаёт только число отправленных писем.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="141" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="146" />
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n подписавший</numerusform>
            <numerusform>%n подписавших</numerusform>
            <numerusform>%n подписавших</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="149" />
        <source>Import signatories</source>
        <translation>Импорт подписавших</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="159" />
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="175" />
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="184" />
        <source>Remove %1 from the signatories? Letters already made keep their name.</source>
        <translation>Удалить %1 из подписавших? В уже составленных письмах имя останется.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/signatories_view.py" line="186" />
        <source>Remove signatory</source>
        <translation>Удалить подписавшего</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="142" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="144" />
        <source>What the source is</source>
        <translation>Что это за источник</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="145" />
        <source>Who published it</source>
        <translation>Кто опубликовал</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="146" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="147" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="150" />
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="152" />
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="153" />
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="154" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="155" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="156" />
        <source>Reliability:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/editors.py" line="148" />
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="83" />
        <source>Appeals by status</source>
        <translation>Обращения по статусам</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="85" />
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Signed by</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="88" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="89" />
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="93" />
        <source>Confirm sent…</source>
        <translation>Подтвердить отправку…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="94" />
        <source>Confirm that this letter was sent</source>
        <translation>Подтвердить, что письмо отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="95" />
        <source>Log a reply…</source>
        <translation>Записать ответ…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="96" />
        <source>Log a reply to this letter</source>
        <translation>Записать ответ на это письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="98" />
        <source>Only you can confirm a letter was sent: opening it in the mail program proves nothing.</source>
        <translation>Только вы можете подтвердить отправку: открытие в почтовой программе ничего не доказывает.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="138" />
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="140" />
        <source>(removed signatory)</source>
        <translation>(подписавший удалён)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="170" />
        <source>Confirm only once the letter has left: you posted it, or your mail program sent it.</source>
        <translation>Подтверждайте, только когда письмо ушло: вы отправили его почтой или его отправила почтовая программа.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="173" />
        <source>Confirm sent</source>
        <translation>Подтвердить отправку</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="175" />
        <source>Sent after the deadline?</source>
        <translation>Отправлено после срока?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="176" />
        <source>Record it as sent anyway?</source>
        <translation>Всё равно отметить как отправленное?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/appeal_board.py" line="195" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Lock state</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Состояние блокировки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync status</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Состояние синхронизации</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Locks after %n minute(s) without use; Ctrl+L locks now.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Блокируется через %n минуту бездействия; Ctrl+L блокирует сразу.</numerusform>
            <numerusform>Блокируется через %n минуты бездействия; Ctrl+L блокирует сразу.</numerusform>
            <numerusform>Блокируется через %n минут бездействия; Ctrl+L блокирует сразу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync: not checked yet</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхронизация: ещё не проверялась</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Unlocked</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Not enrolled</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Не подключено к штабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>This vault does not sync with an HQ. Join one from the Sync menu.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это хранилище не синхронизируется со штабом. Подключитесь к штабу в меню «Синхронизация».</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Sync failed: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Vigil tries again by itself; Sync now tries at once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Vigil повторит попытку сам; «Синхронизировать сейчас» — попытка сразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Last sync: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Never synced</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ещё не синхронизировалось</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n waiting</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n integrity alert(s)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n оповещение о целостности</numerusform>
            <numerusform>%n оповещения о целостности</numerusform>
            <numerusform>%n оповещений о целостности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>%n conflict(s) to resolve</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>%n конфликт требует решения</numerusform>
            <numerusform>%n конфликта требуют решения</numerusform>
            <numerusform>%n конфликтов требуют решения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхронизировано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced just now</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхронизировано только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n min ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Синхронизировано %n мин назад</numerusform>
            <numerusform>Синхронизировано %n мин назад</numerusform>
            <numerusform>Синхронизировано %n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced %n h ago</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>
            <numerusform>Синхронизировано %n ч назад</numerusform>
            <numerusform>Синхронизировано %n ч назад</numerusform>
            <numerusform>Синхронизировано %n ч назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/status_line.py" line="1" />
        <source>Synced on %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Синхронизировано %1</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="29" />
        <source>This vault is not enrolled with an HQ server.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это хранилище не подключено к серверу штаба.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="33" />
        <source>The HQ server could not be reached (%1). Try again when you are online.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Не удалось связаться с сервером штаба (%1). Попробуйте снова, когда будете в сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/errors.py" line="38" />
        <source>The HQ server refused: %1</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Сервер штаба отказал: %1</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="249" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="265" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="270" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="258" />
        <location filename="../../desktop/vigil/ui/tabs.py" line="269" />
        <source>The chosen event</source>
        <translation>Выбранное событие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add event…</source>
        <translation>Добавить событие…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="283" />
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit event…</source>
        <translation>Изменить событие…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="284" />
        <source>Edit the event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add source…</source>
        <translation>Добавить источник…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="285" />
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit source…</source>
        <translation>Изменить источник…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="286" />
        <source>Edit the source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="287" />
        <source>History of the event</source>
        <translation>История события</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="351" />
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="355" />
        <source>Also dated %1 by %2</source>
        <translation>Другая дата: %1 (по данным: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/tabs.py" line="358" />
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="159" />
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="160" />
        <source>Vault location</source>
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="162" />
        <source>Demo passphrase</source>
        <translation>Демонстрационная парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="166" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="167" />
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="169" />
        <source>Unlock status</source>
        <translation>Состояние разблокировки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="173" />
        <source>Use the recovery key…</source>
        <translation>Ключ восстановления…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="174" />
        <source>Use the recovery key</source>
        <translation>Использовать ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="177" />
        <source>I have an escrow code from HQ…</source>
        <translation>У меня есть код депонирования от штаба…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="178" />
        <source>I have an escrow code from HQ</source>
        <translation>У меня есть код депонирования от штаба</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="180" />
        <source>Other vault…</source>
        <translation>Другое хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="181" />
        <source>Open another vault</source>
        <translation>Открыть другое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="182" />
        <source>Use this device's keyring</source>
        <translation>Связка ключей устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="183" />
        <source>Unlock with the key remembered on this device</source>
        <translation>Разблокировать ключом, сохранённым на этом устройстве</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="186" />
        <location filename="../../desktop/vigil/ui/gate.py" line="187" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="189" />
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="190" />
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="72" />
        <source>Attachment viewer</source>
        <translation>Просмотр вложений</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="73" />
        <source>Choose an attachment to view it.</source>
        <translation>Выберите вложение для просмотра.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="76" />
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="82" />
        <source>PDF page</source>
        <translation>Страница PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="88" />
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="93" />
        <source>PDF page image</source>
        <translation>Изображение страницы PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="100" />
        <source>Attachment text</source>
        <translation>Текст вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="128" />
        <source>This kind of file cannot be shown inside Vigil.</source>
        <translation>Файлы такого типа нельзя показать в Vigil.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/attachments.py" line="136" />
        <source>This PDF is damaged or cannot be shown.</source>
        <translation>Этот PDF повреждён или не может быть показан.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="50" />
        <source>Welcome to Vigil</source>
        <translation>Добро пожаловать в Vigil</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="54" />
        <source>Vigil keeps case notes encrypted on this computer. Nothing in a vault can be read without its passphrase.</source>
        <translation>Vigil хранит записи по делам в зашифрованном виде на этом компьютере. Без парольной фразы ничего из хранилища прочитать нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="59" />
        <location filename="../../desktop/vigil/ui/gate.py" line="60" />
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="61" />
        <source>Open an existing vault…</source>
        <translation>Открыть существующее хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="62" />
        <source>Open an existing vault</source>
        <translation>Открыть существующее хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="64" />
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/gate.py" line="65" />
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="22" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="25" />
        <source>passed %n day(s) ago</source>
        <translation>
            <numerusform>срок истёк %n день назад</numerusform>
            <numerusform>срок истёк %n дня назад</numerusform>
            <numerusform>срок истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/appeal_texts.py" line="29" />
        <source>The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.</source>
        <translation>
            <numerusform>Срок акции %1 истёк %n день назад; обращения, отправленные сейчас, могут уже не помочь.</numerusform>
            <numerusform>Срок акции %1 истёк %n дня назад; обращения, отправленные сейчас, могут уже не помочь.</numerusform>
            <numerusform>Срок акции %1 истёк %n дней назад; обращения, отправленные сейчас, могут уже не помочь.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="49" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="50" />
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="54" />
        <source>Backup destination</source>
        <translation>Куда записывается копия</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="59" />
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="61" />
        <source>Backup result</source>
        <translation>Итог резервного копирования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="64" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="65" />
        <source>Cancel the backup</source>
        <translation>Отменить резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="66" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="67" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="84" />
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>An encrypted backup of the vault goes to %1</source>
        <translation>Зашифрованная резервная копия хранилища будет записана в %1</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Предупреждение о резервной копии</translation>
    </message>
    <message>
        <source>Which tools open the backup</source>
        <translation>Какие программы открывают резервную копию</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>Start the backup</source>
        <translation>Начать резервное копирование</translation>
    </message>
    <message>
        <source>&amp;Give the recovery key…</source>
        <translation>&amp;Ввести ключ восстановления…</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translation>Ввести ключ восстановления</translation>
    </message>
</context>
<context>
    <name>JoinHqDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is now the HQ desk of %1; the HQ menu has the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это хранилище теперь рабочее место штаба %1; рабочее место открывается из меню «Штаб».</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>The old device %1 is no longer used: ask HQ to revoke it.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Старое устройство %1 больше не используется: попросите штаб отозвать его.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code. Joining makes this vault the HQ desk: its keys become the organisation's HQ keys, which every field device will trust. Do this on the desk laptop only, once.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это код настройки рабочего места штаба. Подключение делает это хранилище рабочим местом штаба: его ключи становятся ключами штаба организации, которым будет доверять каждое полевое устройство. Делайте это только на ноутбуке штаба, один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again makes this desk a new device of the same server, with the same HQ keys: field devices need nothing. The desk then revokes its old device, whose lost credential could otherwise still act as the desk.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Повторное подключение делает это рабочее место новым устройством того же сервера с теми же ключами штаба: полевым устройствам ничего не нужно делать. Затем рабочее место отзывает своё старое устройство, чьи утерянные учётные данные иначе могли бы действовать от имени штаба.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault is the HQ desk: it joins again with a new admin code from the server ('vigil-server admin-code'), not a device code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это хранилище — рабочее место штаба: оно подключается заново с новым административным кодом сервера ('vigil-server admin-code'), а не с кодом устройства.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This is the HQ desk's set-up code, and this vault is a field device. Ask HQ for a device enrolment code.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это код настройки рабочего места штаба, а это хранилище — полевое устройство. Попросите у штаба код подключения устройства.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>Joining again</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Повторное подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>This vault was enrolled with %1 as device %2, but this computer's keyring has no sync credential for it (the keyring was reset, or the vault folder came from another computer). Joining again makes it a new device; nothing in the vault is lost.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Это хранилище было подключено к %1 как устройство %2, но в связке ключей этого компьютера нет его учётных данных синхронизации (связку ключей сбросили или папку хранилища принесли с другого компьютера). Повторное подключение делает его новым устройством; ничего в хранилище не теряется.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="1" />
        <source>On the HQ desk, paste the server's admin code instead (it starts with vigil-admin:).</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>На рабочем месте штаба вставьте вместо этого административный код сервера (он начинается с vigil-admin:).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="52" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="53" />
        <source>Join HQ</source>
        <translation>Подключиться к штабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="56" />
        <source>Paste the enrolment code HQ gave you (it starts with vigil-enrol:). Take it only from someone you trust, in person or over a channel you trust: the code decides which server and which HQ keys this vault trusts.</source>
        <translation>Вставьте код регистрации, который дал вам штаб (он начинается с vigil-enrol:). Берите его только у того, кому доверяете, лично или по надёжному каналу: код определяет, какому серверу и каким ключам штаба будет доверять это хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="61" />
        <source>Enrolment code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="65" />
        <location filename="../../desktop/vigil/ui/join_hq.py" line="66" />
        <source>Check the code</source>
        <translation>Проверить код</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="68" />
        <source>What joining will trust</source>
        <translation>Чему будет доверять подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="75" />
        <source>Join status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="79" />
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="81" />
        <source>Join HQ with this code</source>
        <translation>Подключиться к штабу с этим кодом</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="83" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>Organisation: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="117" />
        <source>(not named)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="118" />
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="119" />
        <source>Server key: %1</source>
        <translation>Ключ сервера: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="120" />
        <source>Code valid until: %1</source>
        <translation>Код действует до: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="124" />
        <source>HQ key %1: %2</source>
        <translation>Ключ штаба %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="129" />
        <source>Joining pins this server key and these HQ keys: a server that later shows another key is refused, and from then on what you save is also encrypted to HQ. If HQ read you the key fingerprints, compare them now.</source>
        <translation>Подключение закрепит этот ключ сервера и эти ключи штаба: сервер, который позже покажет другой ключ, будет отвергнут, а всё, что вы сохраняете, с этого момента шифруется и для штаба. Если штаб зачитал вам отпечатки ключей, сверьте их сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="144" />
        <source>Joining %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="158" />
        <source>Joined %1. Vigil now syncs with HQ; the first sync starts now.</source>
        <translation>Подключено: %1. Теперь Vigil синхронизируется со штабом; первая синхронизация начинается сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="179" />
        <source>The server at %1 showed a different key than the code names: this is the wrong server, or someone is intercepting the connection. Nothing was sent. Do not try again on this network; tell HQ by another channel.</source>
        <translation>Сервер %1 показал не тот ключ, что указан в коде: это не тот сервер, или кто-то перехватывает соединение. Ничего не отправлено. Не пытайтесь снова в этой сети; сообщите штабу по другому каналу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="185" />
        <source>The server at %1 cannot be reached. Check the network, or set a proxy (Tor) in the Sync panel, then press Join again. The code is still unused.</source>
        <translation>Сервер %1 недоступен. Проверьте сеть или укажите прокси (Tor) в панели синхронизации, затем снова нажмите «Подключиться». Код ещё не использован.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="191" />
        <source>This code was already used; each code works once. Ask HQ for a new one, and tell them: if you did not use it, someone else may have.</source>
        <translation>Этот код уже использован; каждый код действует один раз. Попросите у штаба новый и сообщите им: если его использовали не вы, это мог сделать кто-то другой.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="195" />
        <source>The server does not know this code. It may belong to another server, or HQ withdrew it. Ask HQ for a new code.</source>
        <translation>Сервер не знает этот код. Возможно, он от другого сервера или штаб его отозвал. Попросите у штаба новый код.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="198" />
        <source>HQ withdrew this code. Ask HQ for a new one.</source>
        <translation>Штаб отозвал этот код. Попросите у штаба новый.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/join_hq.py" line="202" />
        <source>The server refused to enrol this device (%1). Ask HQ.</source>
        <translation>Сервер отказался регистрировать это устройство (%1). Обратитесь в штаб.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="107" />
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="119" />
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="109" />
        <source>Type your current passphrase, then choose a new one. The recovery key keeps working. Old backups still open with the old passphrase: if it may have leaked, use Rotate keys… as well.</source>
        <translation>Введите текущую парольную фразу, затем выберите новую. Ключ восстановления продолжит работать. Старые резервные копии по-прежнему открываются старой парольной фразой: если она могла утечь, используйте также «Сменить ключи…».</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="113" />
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="114" />
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="33" />
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="35" />
        <source>Choose the backup file and a new or empty folder for the vault, then type the recovery key you wrote down and choose a new passphrase. Nothing outside that folder is changed.</source>
        <translation>Выберите файл резервной копии и новую или пустую папку для хранилища, затем введите записанный ключ восстановления и выберите новую парольную фразу. Ничего вне этой папки не изменится.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="41" />
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="42" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="46" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="43" />
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="45" />
        <source>Restore into folder</source>
        <translation>Папка для восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="47" />
        <source>Choose the folder to restore into</source>
        <translation>Выбрать папку для восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="50" />
        <source>Backup file:</source>
        <translation>Файл копии:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="51" />
        <source>Restore into:</source>
        <translation>Восстановить в:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="60" />
        <location filename="../../desktop/vigil/ui/restore_view.py" line="61" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/restore_view.py" line="66" />
        <source>Choose the backup file and the folder first.</source>
        <translation>Сначала выберите файл копии и папку.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="191" />
        <source>&amp;Join HQ…</source>
        <translation>&amp;Подключиться к штабу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="192" />
        <source>Sync &amp;panel…</source>
        <translation>&amp;Панель синхронизации…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="196" />
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="285" />
        <source>Used now, but the settings could not be saved.</source>
        <translation>Применено сейчас, но настройки не удалось сохранить.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="288" />
        <source>Syncing through %1.</source>
        <translation>Синхронизация через %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="289" />
        <source>Syncing directly, without a proxy.</source>
        <translation>Синхронизация напрямую, без прокси.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="45" />
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="46" />
        <source>Sync panel</source>
        <translation>Панель синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="48" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="49" />
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="50" />
        <source>Waiting to leave</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="51" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="53" />
        <source>HQ:</source>
        <translation>Штаб:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="54" />
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="55" />
        <source>Waiting to leave:</source>
        <translation>Ожидает отправки:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="56" />
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="58" />
        <source>Integrity alerts (newest first):</source>
        <translation>Оповещения о целостности (сначала новые):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="60" />
        <source>Integrity alerts</source>
        <translation>Оповещения о целостности</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="65" />
        <source>Sync through a proxy</source>
        <translation>Синхронизировать через прокси</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="67" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="68" />
        <source>Use this proxy</source>
        <translation>Использовать этот прокси</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="69" />
        <source>Proxy (Tor):</source>
        <translation>Прокси (Tor):</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="73" />
        <source>Proxy status</source>
        <translation>Состояние прокси</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="77" />
        <source>Join HQ…</source>
        <translation>Подключиться к штабу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="79" />
        <source>Join HQ</source>
        <translation>Подключиться к штабу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="81" />
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="83" />
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="85" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="96" />
        <source>Not joined. Ask HQ for an enrolment code, then Join HQ…. Until then everything stays on this computer only.</source>
        <translation>Не подключено. Попросите у штаба код регистрации, затем «Подключиться к штабу…». До тех пор всё остаётся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="101" />
        <source>%1 at %2 (this device: %3)</source>
        <translation>%1, сервер %2 (это устройство: %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="107" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="108" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="110" />
        <source>The last attempt failed: %1</source>
        <translation>Последняя попытка не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="117" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="118" />
        <source>nothing: everything has left</source>
        <translation>ничего: всё отправлено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="122" />
        <source>%n item(s) have two versions: open the item and choose one in History.</source>
        <translation>
            <numerusform>У %n записи две версии: откройте её и выберите одну в истории.</numerusform>
            <numerusform>У %n записей по две версии: откройте каждую и выберите одну в истории.</numerusform>
            <numerusform>У %n записей по две версии: откройте каждую и выберите одну в истории.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="124" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="129" />
        <source>None. Nothing the server sent looked wrong.</source>
        <translation>Нет. Всё, что прислал сервер, выглядит в порядке.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="141" />
        <source>The server, or a copy of this vault's files, went back in time: data you had may be hidden. Tell HQ by another channel; keep syncing.</source>
        <translation>Сервер или копия файлов этого хранилища вернулись в прошлое: данные, которые у вас были, могут скрываться. Сообщите штабу по другому каналу; продолжайте синхронизацию.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="145" />
        <source>The server held back revisions it had already announced. Tell HQ by another channel; nothing of yours was lost.</source>
        <translation>Сервер утаил версии, о которых уже сообщал. Сообщите штабу по другому каналу; ничего вашего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="149" />
        <source>The server showed two different histories of one device. Tell HQ by another channel: the server may be compromised.</source>
        <translation>Сервер показал две разные истории одного устройства. Сообщите штабу по другому каналу: сервер мог быть взломан.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="153" />
        <source>A revision failed its signature or checks and was refused. Nothing was changed; tell HQ if it happens again.</source>
        <translation>Версия не прошла проверку подписи или другие проверки и отвергнута. Ничего не изменено; сообщите штабу, если это повторится.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="156" />
        <source>The server answered something an honest server would not. Tell HQ by another channel.</source>
        <translation>Сервер ответил так, как честный сервер не ответил бы. Сообщите штабу по другому каналу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="158" />
        <source>An alert that was not signed by HQ, or expired, was refused.</source>
        <translation>Оповещение без подписи штаба или с истёкшим сроком отвергнуто.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="160" />
        <source>An attachment arrived damaged or altered and was set aside. Ask the sender to attach it again.</source>
        <translation>Вложение пришло повреждённым или изменённым и отложено в сторону. Попросите отправителя приложить его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="164" />
        <source>This vault's last-use mark was missing: its files may have been replaced by an older copy. If you did not restore a backup, tell HQ.</source>
        <translation>Отметка последнего использования этого хранилища отсутствовала: его файлы могли заменить более старой копией. Если вы не восстанавливали резервную копию, сообщите штабу.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="168" />
        <source>An older copy of the database was accepted, as you asked.</source>
        <translation>Более старая копия базы данных принята, как вы просили.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="171" />
        <source>Something looked wrong (%1).</source>
        <translation>Что-то выглядело неправильно (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/sync_panel.py" line="177" />
        <source>A proxy address starts with socks5://, socks5h:// or http://, for example socks5://127.0.0.1:9050 for Tor on this computer.</source>
        <translation>Адрес прокси начинается с socks5://, socks5h:// или http://, например socks5://127.0.0.1:9050 для Tor на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>EvidenceUi</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="25" />
        <source>Export e&amp;vidence package…</source>
        <translation>Экспорт пакета &amp;доказательств…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Export evidence package</source>
        <translation>Экспорт пакета доказательств</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>Open a case first.</source>
        <translation>Сначала откройте дело.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="40" />
        <source>Save the evidence package (it holds the case decrypted)</source>
        <translation>Сохранить пакет доказательств (в нём дело без шифрования)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="55" />
        <source>Wrote %1: %2 revisions, signed by this device. It holds the case decrypted: keep it as safe as the case. Anyone can check it with the verify.py inside it.</source>
        <translation>Записано: %1, версий — %2, подписано этим устройством. В пакете дело без шифрования: храните его так же бережно, как само дело. Любой может проверить его с помощью verify.py внутри.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="33" />
        <source>Veri&amp;fy an evidence package…</source>
        <translation>&amp;Проверить пакет доказательств…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="36" />
        <source>&amp;Time-stamp this case</source>
        <translation>Поставить &amp;метку времени на дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="3" />
        <source>Verify an evidence package</source>
        <translation>Проверка пакета доказательств</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="47" />
        <source>Evidence packages (*.zip);;All files (*)</source>
        <translation>Пакеты доказательств (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="66" />
        <source>This check is recorded in the case's custody log.</source>
        <translation>Эта проверка записана в журнал хранения дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="68" />
        <source>Not recorded: this vault does not hold the case the package names.</source>
        <translation>Не записано: в этом хранилище нет дела, которое называет пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="76" />
        <source>%1 cannot be read as an evidence package (a zip file).</source>
        <translation>%1 не читается как пакет доказательств (zip-файл).</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="5" />
        <source>Time-stamp this case</source>
        <translation>Метка времени для дела</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="112" />
        <source>%n revision(s) time-stamped by the authority.</source>
        <translation>
            <numerusform>Метку времени получила %n версия.</numerusform>
            <numerusform>Метку времени получили %n версии.</numerusform>
            <numerusform>Метку времени получили %n версий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="124" />
        <source>%n attachment(s) time-stamped over the file's own SHA-256.</source>
        <translation>
            <numerusform>Метку времени по SHA-256 самого файла получило %n вложение.</numerusform>
            <numerusform>Метку времени по SHA-256 самого файла получили %n вложения.</numerusform>
            <numerusform>Метку времени по SHA-256 самого файла получили %n вложений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="114" />
        <source>Every revision and attachment of this case already has a time-stamp.</source>
        <translation>У каждой версии и каждого вложения этого дела уже есть метка времени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="92" />
        <source>%n time-stamp token(s) added for revisions and attachments received.</source>
        <translation>
            <numerusform>Добавлена %n метка времени для принятых версий и вложений.</numerusform>
            <numerusform>Добавлены %n метки времени для принятых версий и вложений.</numerusform>
            <numerusform>Добавлено %n меток времени для принятых версий и вложений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_view.py" line="94" />
        <source>Time-stamping waits for the next sync round: %1</source>
        <translation>Метки времени подождут следующего раунда синхронизации: %1</translation>
    </message>
    <message>
        <source>No time-stamping authority is set. Set one with HQ → Time-stamping authority…; the desk then also asks it by itself in each sync round.</source>
        <translation>Служба меток времени не задана. Задайте её через «Штаб → Служба меток времени…»; тогда пульт HQ будет и сам обращаться к ней в каждом раунде синхронизации.</translation>
    </message>
</context>
<context>
    <name>VaultTasks</name>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="130" />
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="131" />
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="132" />
        <source>&amp;Rotate keys…</source>
        <translation>Сменить &amp;ключи…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="133" />
        <source>&amp;Export decrypted…</source>
        <translation>&amp;Экспорт без шифрования…</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="149" />
        <source>Back up to a file or a USB stick</source>
        <translation>Резервная копия в файл или на флешку</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="174" />
        <source>Backup written: %1 revisions, %2 attachments, %3.
Saved as: %4</source>
        <translation>Резервная копия записана: версий — %1, вложений — %2, %3.
Сохранена как: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="184" />
        <source>Cancelled. Nothing was written; an older file there is untouched.</source>
        <translation>Отменено. Ничего не записано; прежний файл на этом месте не тронут.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="188" />
        <source>The backup could not be written to %1 (%2). Check that the stick is plugged in, writable and has room, then try again.</source>
        <translation>Не удалось записать резервную копию в %1 (%2). Проверьте, что флешка вставлена, доступна для записи и на ней есть место, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="218" />
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="230" />
        <source>Passphrase changed. The recovery key still works. Backups made before today still open with the old passphrase.</source>
        <translation>Парольная фраза изменена. Ключ восстановления продолжает работать. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="239" />
        <source>Rotate keys</source>
        <translation>Смена ключей</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="241" />
        <source>Rotating makes a new master key and a new recovery key; your passphrase stays. Do it when the passphrase or the recovery key may have leaked: old backups, with the old secrets, then open nothing you write from now on.

The old recovery key stops working. You will write down the new one next.</source>
        <translation>Смена создаёт новый главный ключ и новый ключ восстановления; ваша парольная фраза остаётся прежней. Делайте это, если парольная фраза или ключ восстановления могли утечь: старые резервные копии со старыми секретами не откроют ничего, что вы запишете с этого момента.

Старый ключ восстановления перестанет работать. Сразу после этого вы запишете новый.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="250" />
        <source>HQ escrow holds the old key: turn escrow on again afterwards.</source>
        <translation>При депонировании у штаба остаётся старый ключ: после смены снова включите депонирование.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="254" />
        <source>Type your passphrase to go on:</source>
        <translation>Введите парольную фразу, чтобы продолжить:</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="279" />
        <source>That is not the passphrase of this vault. Nothing was changed.</source>
        <translation>Это не парольная фраза этого хранилища. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="288" />
        <source>Export decrypted</source>
        <translation>Экспорт без шифрования</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="293" />
        <source>Export writes every case and attachment UNENCRYPTED. Anyone with access to the folder can read them, and deleting files does not always erase them from a disk or a USB stick. For a copy that stays encrypted, use Back up… instead.

Export anyway?</source>
        <translation>Экспорт записывает все дела и вложения БЕЗ ШИФРОВАНИЯ. Любой, у кого есть доступ к папке, сможет их прочитать, а удаление файлов не всегда стирает их с диска или флешки. Для копии, которая остаётся зашифрованной, используйте «Резервная копия…».

Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="300" />
        <source>Export into which folder?</source>
        <translation>В какую папку экспортировать?</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/vault_tasks.py" line="318" />
        <source>Exported %1 cases and %2 attachments, unencrypted, to %3. Delete them securely when you no longer need them.</source>
        <translation>Экспортировано без шифрования: дел — %1, вложений — %2, в %3. Надёжно удалите их, когда они станут не нужны.</translation>
    </message>
    <message>
        <source>Give the recovery key</source>
        <translation>Ввести ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key you wrote down when the vault was made (or last rotated):</source>
        <translation>Ключ восстановления, который вы записали при создании хранилища (или при последней смене ключей):</translation>
    </message>
    <message>
        <source>The recovery key is known now: backups are post-quantum for it too.</source>
        <translation>Ключ восстановления теперь известен: резервные копии постквантовые и для него.</translation>
    </message>
</context>
<context>
    <name>FieldAlertsPage</name>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Refresh field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Обновить оповещения с мест</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>&amp;Refresh</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>No alert from the field so far: they arrive at the desk's next sync.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>С мест пока нет оповещений: они приходят при следующей синхронизации рабочего места.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Field alerts</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Оповещения с мест</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Text</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Case</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Situation</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Device</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Received (UTC)</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Получено (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/hq_desk.py" line="1" />
        <source>Urgent alerts raised by field devices, newest first. Each names the device by the label you gave it and the start of its id; the alert is signed with that device's key.</source>
        <translatorcomment>Written by the developers: needs a native speaker's review.</translatorcomment>
        <translation>Срочные оповещения полевых устройств, сначала новые. У каждого указано устройство: название, которое вы ему дали, и начало его идентификатора; оповещение подписано ключом этого устройства.</translation>
    </message>
</context>
<context>
    <name>EvidenceReportDialog</name>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="21" />
        <source>Evidence package: %1</source>
        <translation>Пакет доказательств: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="22" />
        <source>Evidence package report</source>
        <translation>Отчёт о пакете доказательств</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="24" />
        <source>Not verified: %n check(s) failed. What failed is named first.</source>
        <translation>
            <numerusform>Не подтверждено: не пройдена %n проверка. Что не прошло, названо первым.</numerusform>
            <numerusform>Не подтверждено: не пройдены %n проверки. Что не прошло, названо первым.</numerusform>
            <numerusform>Не подтверждено: не пройдено %n проверок. Что не прошло, названо первым.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="27" />
        <source>Verified: every check passed. Below: what that proves, and what it does not.</source>
        <translation>Подтверждено: все проверки пройдены. Ниже — что это доказывает и чего не доказывает.</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="28" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="35" />
        <source>What the package proves and does not prove</source>
        <translation>Что пакет доказывает и чего не доказывает</translation>
    </message>
    <message>
        <location filename="../../desktop/vigil/ui/evidence_report.py" line="37" />
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Encrypt to X25519 keys only, which Debian's age 1.1 reads too (NOT safe against a future quantum computer)</source>
        <translation>Шифровать только для ключей X25519, которые читает и age 1.1 из Debian (НЕ защищено от будущего квантового компьютера)</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only: it is NOT safe against a future quantum computer. Anyone who keeps a copy could read it once such a computer exists.</source>
        <translation>Эта резервная копия зашифрована только для ключей X25519: она НЕ защищена от будущего квантового компьютера. Любой, кто сохранит её копию, сможет прочитать её, когда такой компьютер появится.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because the vault does not know the post-quantum key of its recovery key yet: run 'vigil keys upgrade --recovery-key-file FILE' once, and later backups are post-quantum.</source>
        <translation>Эта резервная копия зашифрована только для ключей X25519, потому что хранилище ещё не знает постквантовый ключ своего ключа восстановления: выполните один раз 'vigil keys upgrade --recovery-key-file FILE', и следующие резервные копии будут постквантовыми.</translation>
    </message>
    <message>
        <source>It is encrypted to post-quantum (hybrid) keys. With the vault's exported identity or its recovery key it opens with age 1.3 or later, or typage; Vigil restores it. Debian's age 1.1 and pyrage cannot open it.</source>
        <translation>Она зашифрована для постквантовых (гибридных) ключей. С экспортированным удостоверением хранилища или его ключом восстановления её открывает age 1.3 или новее, или typage; Vigil её восстанавливает. age 1.1 из Debian и pyrage её открыть не могут.</translation>
    </message>
    <message>
        <source>It is encrypted to X25519 keys. With the vault's exported identity or its recovery key it opens with age 1.0 or later (Debian's age 1.1 too), rage, pyrage or typage; Vigil restores it. The envelopes and attachments inside stay as they were written, so age 1.1 reads only those written before the vault had its post-quantum key.</source>
        <translation>Она зашифрована для ключей X25519. С экспортированным удостоверением хранилища или его ключом восстановления её открывает age 1.0 или новее (и age 1.1 из Debian), rage, pyrage или typage; Vigil её восстанавливает. Конверты и вложения внутри остаются такими, какими были записаны, поэтому age 1.1 читает только те, что записаны до появления у хранилища постквантового ключа.</translation>
    </message>
    <message>
        <source>This backup is encrypted to X25519 keys only, because an HQ key this vault pinned has no post-quantum form: it is NOT safe against a future quantum computer. Later backups are post-quantum once HQ's post-quantum keys reach this device (a key rotation HQ signs).</source>
        <translation>Эта резервная копия зашифрована только для ключей X25519, потому что у закреплённого в этом хранилище ключа штаба нет постквантовой формы: она НЕ защищена от будущего квантового компьютера. Следующие резервные копии будут постквантовыми, когда постквантовые ключи штаба дойдут до этого устройства (смена ключей, подписанная штабом).</translation>
    </message>
</context>
<context>
    <name>TsaWords</name>
    <message>
        <source>The time-stamping authority's address must be a web address that starts with https:// or http:// and names a host, for example https://freetsa.org/tsr.</source>
        <translation>Адрес службы меток времени должен быть веб-адресом, который начинается с https:// или http:// и называет узел, например https://freetsa.org/tsr.</translation>
    </message>
    <message>
        <source>The time-stamping authority's address must not hold a user name or password: the address is written into the custody log and every evidence package.</source>
        <translation>Адрес службы меток времени не должен содержать имя пользователя или пароль: адрес записывается в журнал хранения и в каждый пакет доказательств.</translation>
    </message>
    <message>
        <source>Cannot read the roots file %1: %2.</source>
        <translation>Не удаётся прочитать файл корневых сертификатов %1: %2.</translation>
    </message>
    <message>
        <source>The roots file %1 is larger than 1 MiB: give only the authority's root certificates.</source>
        <translation>Файл корневых сертификатов %1 больше 1 МиБ: укажите только корневые сертификаты службы.</translation>
    </message>
    <message>
        <source>The TSA roots file holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>В файле корневых сертификатов службы нет сертификата PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The TSA roots file holds a private key: give the root certificates only. Nothing was set; the roots go into every evidence package.</source>
        <translation>В файле корневых сертификатов службы есть закрытый ключ: укажите только корневые сертификаты. Ничего не изменено; корневые сертификаты попадают в каждый пакет доказательств.</translation>
    </message>
</context>
<context>
    <name>TsaPage</name>
    <message>
        <source>A time-stamping authority outside the organisation (RFC 3161) signs that what the desk received existed by a given time. Only hashes leave the desk. The desk asks it in each sync round; its tokens go into evidence packages, and anyone can check them with the authority's root certificates.</source>
        <translation>Служба меток времени вне организации (RFC 3161) подписывает, что полученное пультом существовало к определённому времени. Пульт передаёт только хеши. Пульт обращается к ней в каждом раунде синхронизации; её метки попадают в пакеты доказательств, и любой может проверить их по корневым сертификатам службы.</translation>
    </message>
    <message>
        <source>Current time-stamping authority</source>
        <translation>Текущая служба меток времени</translation>
    </message>
    <message>
        <source>Last stamping</source>
        <translation>Последняя простановка меток</translation>
    </message>
    <message>
        <source>Authority address</source>
        <translation>Адрес службы</translation>
    </message>
    <message>
        <source>Root certificates file</source>
        <translation>Файл корневых сертификатов</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose the root certificates file</source>
        <translation>Выбрать файл корневых сертификатов</translation>
    </message>
    <message>
        <source>Authority &amp;web address:</source>
        <translation>&amp;Адрес службы:</translation>
    </message>
    <message>
        <source>R&amp;oot certificates (PEM):</source>
        <translation>&amp;Корневые сертификаты (PEM):</translation>
    </message>
    <message>
        <source>Time-stamping problem</source>
        <translation>Проблема с метками времени</translation>
    </message>
    <message>
        <source>C&amp;lear authority…</source>
        <translation>&amp;Сбросить службу…</translation>
    </message>
    <message>
        <source>Clear the authority</source>
        <translation>Сбросить службу</translation>
    </message>
    <message>
        <source>&amp;Set authority</source>
        <translation>&amp;Задать службу</translation>
    </message>
    <message>
        <source>Set authority</source>
        <translation>Задать службу</translation>
    </message>
    <message>
        <source>No time-stamping authority is set: the desk asks none, and evidence packages carry no tokens from outside.</source>
        <translation>Служба меток времени не задана: пульт ни к какой не обращается, и пакеты доказательств не содержат внешних меток.</translation>
    </message>
    <message>
        <source>Authority: %1
Root certificates, SHA-256: %2</source>
        <translation>Служба: %1
Корневые сертификаты, SHA-256: %2</translation>
    </message>
    <message>
        <source>Nothing time-stamped yet.</source>
        <translation>Меток времени ещё не ставилось.</translation>
    </message>
    <message numerus="yes">
        <source>Last stamping (%1): %n token(s) added.</source>
        <translation>
            <numerusform>Последняя простановка (%1): добавлена %n метка.</numerusform>
            <numerusform>Последняя простановка (%1): добавлено %n метки.</numerusform>
            <numerusform>Последняя простановка (%1): добавлено %n меток.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped: %1</source>
        <translation>Она остановилась: %1</translation>
    </message>
    <message>
        <source>The authority's root certificates</source>
        <translation>Корневые сертификаты службы</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Give the authority's address and its root certificates file.</source>
        <translation>Укажите адрес службы и файл её корневых сертификатов.</translation>
    </message>
    <message>
        <source>Time-stamping authority set.</source>
        <translation>Служба меток времени задана.</translation>
    </message>
    <message>
        <source>forget the time-stamping authority; tokens already kept stay with their cases</source>
        <translation>забыть службу меток времени; уже полученные метки остаются при своих делах</translation>
    </message>
    <message>
        <source>this desk: its sync rounds ask no authority until one is set again</source>
        <translation>этот пульт: его раунды синхронизации не обращаются ни к какой службе, пока она не будет задана снова</translation>
    </message>
    <message>
        <source>Clear the authority?</source>
        <translation>Сбросить службу?</translation>
    </message>
    <message>
        <source>Time-stamping authority cleared.</source>
        <translation>Служба меток времени сброшена.</translation>
    </message>
</context>
</TS>
