# A blank letter template to start from. Copy it once per language (blank.ru.ftl, ...),
# keep the same message names in every language, and check them with
#   vigil template check blank.en.ftl blank.ru.ftl
# Only the subject and the body are templates: the date line, the addressee, the
# salutation, the demands, the closing and the signature come from the urgent action.
#
# Variables: $person, $gender, $ua_number, $issue_date, $deadline, $today, $target_title,
# $target_name, $sender_name, $sender_city, $signatory_count.
# Functions: DATETIME($deadline, dateStyle: "long") and NUMBER($signatory_count) only.

subject = Urgent action { $ua_number }: { $person }
body =
    I am writing to you about { $person }. { $gender ->
        [feminine] She
        [masculine] He
       *[other] They
    } ...

    Please act before { DATETIME($deadline, dateStyle: "long") }.
