# Metering, subscription and sign-in prompts. Each pattern must match a whole
# line (leading bullets and spaces aside); the line must also be short (see the filter).
# Fixtures: ../cases 09, 27, 30 kinds; fixtures/articles/metered-paywall.*
[en]
you have (?:\d+|one|two|three|four|five|\S*\{\{[^}]*\}\}\S*) (?:more )?free (?:article|stor|read|gift|view).{0,120}
you(?:'ve| have) (?:read|used|viewed|reached) (?:\d+|all|your|one|two|three) (?:of (?:\d+|your) )?(?:free |complimentary )(?:articles?|stories|story|reads).{0,80}
you(?:'ve| have) (?:read|used|viewed) (?:\d+|one|two|three) of (?:\d+|your) (?:articles?|stories|story|reads).{0,80}
you(?:'ve| have) reached (?:your|the) (?:free )?(?:article |story |monthly )?limit.{0,80}
this is your (?:last|final|first|only) (?:free|complimentary) (?:article|story|read).{0,60}
(?:your )?(?:\d+ )?free (?:articles?|stories) (?:left|remaining).{0,60}
(?:try|get|start|enjoy) (?:\d+|one|two|three|six|12) (?:months?|weeks?|days?|years?) (?:for|at) (?:just |only )?(?:[$€£¥]|us\$|eur|usd)\s?\d.{0,60}
(?:try|get|subscribe)\b.{0,40}(?:for|at) (?:just |only )?[$€£¥]\s?\d[\d.,]*\s?(?:/|a |per |for )?\s?(?:month|week|year|day|mo|yr).{0,60}
(?:start|begin|try|get|claim) (?:your |a |our )?free trial\b.{0,60}
free trial[.!]?
offer ends\b.{0,40}
(?:limited[- ]time )?offer (?:expires|valid until)\b.{0,40}
your (?:free )?trial(?: period)? (?:has )?(?:expired|ended).{0,20}
your (?:full |digital |free )?(?:access|subscription)\b.{0,60}\b(?:has )?(?:expired|ended).{0,20}
you need (?:a|an active) (?:paid |digital |premium )?(?:subscription|account|membership) to\b.{0,80}
you need (?:a|an active) (?:paid |digital |premium )?subscription(?: to)?[.:…]*
(?:please )?(?:sign|log) ?in (?:or (?:register|subscribe|sign up) )?to (?:continue|keep) reading.{0,40}
(?:subscribe|register|sign up|log in|sign in) (?:now |today |free )?(?:to|and) (?:continue reading|keep reading|read (?:on|more|the (?:full|rest|whole)|this (?:article|story))|unlock|get (?:full|unlimited|instant) access)\b.{0,80}
continue reading (?:with|for|by)\b.{0,60}
(?:subscribe|sign up|register) (?:now |today )?(?:to|for) (?:our |the )(?:[\w'’&-]+ ){0,3}(?:edition|e-?paper|digital edition|print edition|subscription) (?:for|to read) (?:the )?(?:full|whole|complete|rest of the) (?:story|article)\b.{0,40}
(?:already (?:a )?(?:subscriber|member|registered)|already have an account)\s*\??\s*(?:(?:click here to )?(?:sign|log) ?in(?: here)?)?[.!]?
subscribe(?: now| today| here)?[.!]?
see all (?:offers|plans|subscription options)\b.{0,40}
(?:become a|join as a) (?:member|subscriber)\b.{0,60}
upgrade to (?:a )?(?:paid|premium|full|digital)\b.{0,120}
this (?:article|story|content|post) is (?:only )?(?:for|available (?:only )?to|exclusive(?:ly)? (?:to|for)) (?:paid )?(?:subscribers|members)\b.{0,60}
(?:for|exclusive(?:ly)? (?:to|for)) (?:paid )?(?:subscribers|members) only[.!]?
exclusive(?:ly)? (?:to|for) (?:paid )?(?:subscribers|members)[.!]?
(?:unlock|get) (?:full|unlimited|this|the full) (?:access|article|story|digital access)\b.{0,80}
(?:subscribers|members)[ -]only(?: (?:content|article|story|access|area))?[.!:]?
(?:read|get) unlimited (?:articles|access|stories)\b.{0,80}
cancel (?:at )?any ?time\.?
[de]
weiterlesen mit\b.{0,40}
jetzt (?:abonnieren|abonnent werden|testen|gratis testen|weiterlesen)\b.{0,40}
(?:abonnieren|abonnent werden)[.!]?
lesen sie (?:diesen|den|jetzt den) (?:artikel|beitrag)\b.{0,40}\bfür (?:nur )?\d.{0,60}
(?:sie sind )?bereits (?:abonnent|abonniert|registriert)\??.{0,40}
jederzeit kündbar\.?
(?:dieser|der) (?:artikel|beitrag) ist (?:nur )?(?:für )?(?:abonnenten|plus-leser|abonnenten vorbehalten)\b.{0,60}
[es]
suscríbete\b.{0,60}
(?:¿)?ya eres (?:suscriptor|socio|miembro)\??.{0,40}
(?:contenido|artículo) (?:exclusivo )?para suscriptores\b.{0,40}
[fr]
abonnez-vous\b.{0,60}
(?:déjà abonné|vous êtes déjà abonné)\s*\??.{0,40}
(?:cet article est )?réservé aux abonnés\b.{0,40}
[prefix]
# How a prompt line can start (lower-case, after bullets): the filter tries the
# patterns only on short lines that start with one of these. A new pattern
# needs its first word here.
you
this
your
free
try
get
start
enjoy
subscribe
begin
claim
offer
limited
please
sign
log
register
continue
already
see
become
join
upgrade
for
exclusive
unlock
subscribers
members
read
cancel
0
1
2
3
4
5
6
7
8
9
weiterlesen
jetzt
abonnieren
abonnent
lesen
sie
bereits
jederzeit
dieser
der
suscríbete
¿ya
ya
contenido
artículo
abonnez-vous
déjà
vous
cet
réservé
[hint]
# Lower-case words one of which every line matching a pattern above contains;
# the filter tries the patterns only on lines that start with a [prefix] and
# hold one of these. A new pattern needs its word here.
free
subscri
trial
offer
sign in
signin
sign-in
log in
login
log-in
already
member
miembro
unlock
unlimited
paid
premium
access
full
digital
read
limit
cancel
$
€
£
¥
weiterlesen
abonn
testen
kündbar
lesen sie
suscr
socio
réservé
