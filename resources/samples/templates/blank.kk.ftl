# Хат үлгісінің бос нұсқасы. Айнымалылар мен функциялар blank.en.ftl файлындағыдай.
# Есімнің септік формасы: { $person_genitive }, { $person_accusative } (деректер: person.forms.kk).

subject = Шұғыл әрекет { $ua_number }: { $person }
body =
    Сізге { $person_genitive } жағдайына байланысты жазып отырмын. ...

    { $deadline_until } шара қолдануыңызды сұраймын.
