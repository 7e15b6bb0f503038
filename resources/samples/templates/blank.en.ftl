# A blank letter template to start from. Copy it once per language (blank.ru.ftl, ...),
# keep the same message names in every language, and check them with
#   vigil template check blank.en.ftl blank.ru.ftl
# Only the subject and the body are templates: the date line, the addressee, the
# salutation, the demands, the closing and the signature come from the urgent action.
#
# Variables: $person, $gender, $ua_number, $issue_date, $deadline, $deadline_until, $today,
# $target_title, $target_name, $sender_name, $sender_city, $sender_gender, $signatory_count;
# where a language needs a case ending on the person's name: $person_genitive, $person_dative,
# $person_accusative (the urgent action gives them in person.forms). Never glue an ending to
# a name ("{ $person }ты"): the template gate refuses it.
# Functions: DATETIME($deadline, dateStyle: "long") and NUMBER($signatory_count) only.
# $deadline_until is "by <deadline>" as the language writes it ("до 26 августа 2019 г.",
# "2019 жылғы 26 тамызға дейін").

subject = Urgent action { $ua_number }: { $person }
body =
    I am writing to you about { $person }. { $gender ->
        [feminine] She
        [masculine] He
       *[other] They
    } ...

    Please act { $deadline_until }.
