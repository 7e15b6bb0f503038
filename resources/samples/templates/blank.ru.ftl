# Пустой шаблон письма. Переменные и функции — как в blank.en.ftl.
# Род: { $gender -> [feminine] ... *[masculine] ... } даёт верные формы глаголов.

subject = Срочная акция { $ua_number }: { $person }
body =
    Я обращаюсь к Вам в связи с делом, которое касается человека по имени { $person }. { $gender ->
        [feminine] Она была задержана
       *[masculine] Он был задержан
    } ...

    Прошу Вас принять меры до { DATETIME($deadline, dateStyle: "long") }.
