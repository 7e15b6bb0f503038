# Хат үлгісінің бос нұсқасы. Айнымалылар мен функциялар blank.en.ftl файлындағыдай.

subject = Шұғыл әрекет { $ua_number }: { $person }
body =
    Сізге { $person } туралы жазып отырмын. ...

    { DATETIME($deadline, dateStyle: "long") } дейін шара қолдануыңызды сұраймын.
