# Words of bylines, timestamps and reading times. The filter builds one line
# grammar from these slots (see cleantext/chrome.py, bylines): a line must be
# made only of byline, timestamp and reading-time parts joined by separators
# ("By Jane Doe | Updated 3 hours ago • 5 min read"), so a sentence that starts
# like a byline ("By the end of the year, prices rose.") does not match.
# Section names here are "slot:language". Entries are regular expressions,
# case-insensitive.
#   by       words before an author name            -> reason byline
#   stamp    words before a date or time            -> reason timestamp
#   ago      relative times, whole                  -> reason timestamp
#   read     reading times, whole                   -> reason reading_time
#   month    month names and abbreviations (dates)
#   weekday  weekday names (dates)
#   role     words allowed after an author name ("Staff Writer")
#   notname  capitalised words that are not names ("By Date", "By Monday")
#   marker   words of relative and reading times; a line that starts like a
#            date but has no marker, no by/stamp word and no time of day can
#            only be a bare date, and is parsed only next to another hit
# Fixtures: fixtures/chrome/bylines/byline-en.txt
#   fixtures/chrome/bylines/stamps-multi.txt
#   fixtures/chrome/bylines/neg-by-the-end.txt
[by:en]
by
written by
words by
reported by
story by
text by
posted by
published by
author
authors
[by:de]
von
text
autor
autorin
[by:es]
por
autor
autora
[by:fr]
par
auteur
[by:ru]
автор
текст
[stamp:en]
updated
last updated
updated on
updated at
published
published on
first published
first published on
posted
posted on
posted at
originally published
date
created
modified
last modified
[stamp:de]
aktualisiert
aktualisiert am
zuletzt aktualisiert
veröffentlicht
veröffentlicht am
publiziert
publiziert am
erstellt am
stand
datum
[stamp:es]
actualizado
actualizado el
publicado
publicado el
actualización
fecha
[stamp:fr]
mis à jour
mis à jour le
publié
publié le
modifié le
[stamp:ru]
опубликовано
обновлено
дата публикации
дата
[stamp:ja]
更新日
更新日時
公開日
公開日時
投稿日
投稿日時
最終更新日
[stamp:zh]
发布时间
更新时间
发布日期
发表于
發布時間
[ago:en]
(?:\d{1,3}\s*|an? |one )(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)\.?\s+ago
(?:just now|moments ago)
[ago:de]
vor (?:\d{1,3}|einer|einem|einigen) (?:sekunden|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)
(?:gerade eben|soeben)
[ago:es]
hace (?:\d{1,3}|un|una) (?:segundos?|minutos?|min|horas?|h|días?|semanas?|mes(?:es)?|años?)
[ago:fr]
il y a (?:\d{1,3}|une?) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)
[ago:ru]
\d{1,3} (?:секунд[уы]?|минут[уы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет) назад
[ago:ja]
\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前
[ago:zh]
\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)前
刚刚
[read:en]
(?:(?:est\.?|estimated|approx\.?|~)\s*)?\d{1,3}\s*(?:-|–)?\s*(?:min(?:ute)?s?|m)\.?\s+(?:read|reading time|to read|listen)
(?:est\.? |estimated )?(?:reading time|read time|time to read)\s*:?\s*(?:about |approx\.? |less than |under |~)?\d{1,3}\s*(?:-|–)?\s*(?:min(?:ute)?s?|m)\.?
[read:de]
(?:lesezeit|lesedauer)\s*:?\s*(?:ca\.?|etwa|rund|~)?\s*\d{1,3}\s*(?:min(?:uten|\.)?)
(?:ca\.?\s*)?\d{1,3}\s*(?:min(?:uten|\.)?)\s+(?:lesezeit|lesedauer)
[read:es]
(?:tiempo de lectura|lectura)\s*:?\s*(?:aprox\.?|unos?|~)?\s*\d{1,3}\s*(?:min(?:utos|\.)?)
\d{1,3}\s*min(?:utos|\.)? de lectura
[read:fr]
(?:temps de lecture|lecture)\s*:?\s*(?:env\.?|environ|~)?\s*\d{1,3}\s*(?:min(?:utes|\.)?)
\d{1,3}\s*min(?:utes|\.)? de lecture
[read:ru]
(?:время (?:на )?чтени[яе])\s*:?\s*(?:около|~)?\s*\d{1,3}\s*мин(?:ут[ыа]?|\.)?
\d{1,3}\s*мин(?:ут[ыа]?|\.)?\s+(?:на )?чтени[яе]
[read:ja]
(?:この記事は)?(?:約|およそ)?\d{1,3}\s*分で読めます
読了(?:時間|目安)?\s*[:：]?\s*(?:約|およそ)?\d{1,3}\s*分
[read:zh]
(?:阅读|閱讀)(?:时间|時間|需要|大约需要)?\s*[:：]?\s*(?:约|約)?\d{1,3}\s*分钟
(?:约|約)?\d{1,3}\s*分钟(?:阅读|读完)
[marker:en]
ago
read
reading
[marker:de]
vor
lesezeit
lesedauer
[marker:es]
hace
lectura
[marker:fr]
il y a
lecture
[marker:ru]
назад
чтени[яе]
[marker:ja]
前
読
[marker:zh]
前
阅读
[month:en]
jan(?:uary)?
feb(?:ruary)?
mar(?:ch)?
apr(?:il)?
may
june?
july?
aug(?:ust)?
sep(?:t|tember)?
oct(?:ober)?
nov(?:ember)?
dec(?:ember)?
[month:de]
januar
jänner
februar
märz
mai
juni
juli
oktober
dezember
[month:es]
enero
febrero
marzo
abril
mayo
junio
julio
agosto
sep?tiembre
octubre
noviembre
diciembre
[month:fr]
janvier
février
mars
avril
mai
juin
juillet
août
septembre
octobre
novembre
décembre
[month:ru]
январ[ья]
феврал[ья]
марта?
апрел[ья]
ма[йя]
июн[ья]
июл[ья]
августа?
сентябр[ья]
октябр[ья]
ноябр[ья]
декабр[ья]
[weekday:en]
mon(?:day)?
tue(?:s|sday)?
wed(?:nesday)?
thu(?:r|rs|rsday)?
fri(?:day)?
sat(?:urday)?
sun(?:day)?
[weekday:de]
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
[weekday:es]
lunes
martes
miércoles
jueves
viernes
sábado
domingo
[weekday:fr]
lundi
mardi
mercredi
jeudi
vendredi
samedi
dimanche
[weekday:ru]
понедельник
вторник
среда
четверг
пятница
суббота
воскресенье
[role:en]
staff
admin
administrator
webmaster
staff writer
staff reporter
senior writer
writer
reporter
correspondent
special correspondent
foreign correspondent
editor
senior editor
contributing editor
contributor
columnist
political editor
business editor
news editor
associated press
the associated press
and agencies
agencies
[role:de]
redaktion
redakteur
redakteurin
korrespondent
korrespondentin
[role:es]
redacción
corresponsal
[role:fr]
rédaction
envoyé spécial
envoyée spéciale
[notname:en]
date
thread
subject
author
email
e-mail
name
week
month
year
season
day
category
topic
tag
popularity
relevance
rating
price
default
type
the
this
that
these
those
far
then
now
contrast
comparison
way
law
# function words and verbs a title-case headline holds and a name does not
# ("Text Messages Are Changing How We Write" is no byline of "Text ...")
are
is
was
were
be
been
has
have
had
does
did
not
why
how
what
when
where
who
which
with
from
into
your
our
their
its
you
we
they
[notname:de]
datum
der
die
das
den
dem
[notname:es]
fecha
el
la
los
las
[notname:fr]
date
le
la
les
[notname:ru]
дате
