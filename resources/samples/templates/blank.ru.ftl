# Пустой шаблон письма. Переменные и функции — как в blank.en.ftl.
# Род: { $gender -> [feminine] ... *[other] ... } даёт верные формы глаголов о человеке,
# { $sender_gender -> ... } — о том, кто подписывает письмо.
# Имя в падеже: { $person_genitive } (данные: person.forms.ru.genitive).

subject = Срочная акция { $ua_number }: { $person }
body =
    Обращаюсь к Вам, поскольку глубоко { $sender_gender ->
        [feminine] обеспокоена
       *[other] обеспокоен
    } положением { $person_genitive }. { $gender ->
        [feminine] Она была задержана
       *[other] Он был задержан
    } ...

    Прошу Вас { $deadline_until } принять меры.
