# Cue lines for the structural classifier (cleantext/structure.py), one regular
# expression a line, matched case-insensitively against a whole stripped line.
# Fixtures: fixtures/structure/ (comment-section.txt, related-teasers.txt,
# related-box-inside.txt).
[comment_stem]
# Lower-case substrings: every cue line below contains one of them. Only lines
# holding a stem are matched against the cues (a fast pre-filter).
omment
oment
repl
respon
reacti
reakc
reaksi
thought
discussion
diskut
conversation
коммент
комент
评论
評論
留言
コメント
댓글
[comment_head]
# "12 Comments", "Comments (14)", "156 Responses to “Title”", "{ 7 comments… read them below or add one }"
[{(\[]?\s*\d[\d,.]*\s+(?:comments?|responses?|replies|reactions?|thoughts? on|kommentare?|comentarios?|commentaires?|commenti|comentários|reacties|kommentarer|komentarz[ey]?|komentář[eů]?|комментари[йяев]?|коментар[іів]*|reaksi|komentar)\b.{0,120}
# (a lead-in to a comment form, not a sentence: no full stop after the cue words)
(?:leave|post|write|submit|have|share|make) (?:a|your|the first|an?) ?(?:reply|comment|response)\b(?:[^.!?]{0,40}|\.)
(?:join|start) the (?:discussion|conversation)\b(?:[^.!?]{0,40}|\.)
comments are closed\.?
(?:comments?|kommentare|comentarios|commentaires|commenti|comentários|reacties|kommentarer|komentarze|комментарии)\s*[(\[]\s*\d+\s*[)\]]\s*:?
(?:\d+ )?comments? to .{1,150}
\d+ thoughts? on .{1,150}
you must be logged in to post a comment\.?
(?:kommentar (?:schreiben|verfassen)|kommentieren|diskutieren sie mit\.?|jetzt kommentieren)
(?:deja|escribe|añade) (?:un|tu) comentario\.?
(?:laisser|ajouter|écrire) un commentaire\.?
(?:lascia|scrivi|aggiungi) un commento\.?
(?:deixe|escreva|adicione) (?:um|seu) comentário\.?
(?:оставить|добавить|написать) комментарий
(?:发表|發表)(?:评论|評論)|(?:网友|網友)(?:评论|評論)|コメントを(?:書く|投稿する)
# Chinese, Japanese, Korean heads: "热门评论", "最新评论", "已有3件评论", "共 7 篇评论", "コメント（12）", "댓글 5개"
.{0,40}(?:已有|共)\s*\d+\s*(?:件|篇|条|條)(?:评论|評論|留言).{0,20}
\d+\s*(?:件|篇|条|條)(?:评论|評論|留言).{0,20}
コメント\s*[（(]\s*\d+\s*[)）]|\d+\s*件のコメント|コメント一覧
댓글\s*\d+\s*개?|댓글\s*[(\[]\s*\d+\s*[)\]]
[comment_label]
# Weaker cues: also toolbar labels next to a headline, so they open a comment
# section only when dated comment headers follow.
(?:comments?|kommentare|leserkommentare|comentarios|commentaires|commenti|comentários|reacties|kommentarer|komentarze|komentáře|комментарии|коментарі|komentar|评论|評論|留言|コメント|댓글)\s*[(\[]?\s*\d*\s*[)\]]?\s*[:»›]?
(?:show|view|load|read|see|hide|add) (?:all )?(?:\d+ )?(?:a )?(?:comments?|responses|replies)\b.{0,60}
(?:post )?load all comments
# "热门评论" (hot comments), "最新评论" (latest comments), "网友评论（12）"
.{0,10}(?:评论|評論|留言)\s*[（(]?\s*\d*\s*[)）]?\s*[:：]?
[end_head]
# Heads of what follows an article: tag lines, share bars, author boxes,
# legal lines; with the list heads below, the tail heads. After the body,
# such a line ends it unless paragraphs of the article follow. Matched
# against a whole line.
(?:tags?|tagged(?: with| as)?|filed under|topics?|categories|category|keywords)\s*:.{0,300}
(?:share|share this(?: article| story| post| page)?(?: with (?:your )?friends)?|bookmark(?: with)?|spread the word|follow us(?: on \w+)?)\s*:?
(?:facebook|twitter|tweet|e-?mail|print|printable version|reddit|digg(?: this)?|pinterest|whatsapp|linkedin|stumbleupon|del\.icio\.us|delicious|permalink|trackbacks?|archives|categories|blogroll|sponsored links|have your say)\s*:?
about (?:the )?authors?
(?:über|zum|zur) (?:den |die |dem |der )?(?:autor|autorin|autoren|autorinnen)|à propos de l['’]auteur(?:e)?|(?:sobre|acerca) (?:el|la|o|a) autor(?:a)?|sull['’]autore|(?:over|om) de(?:n)? (?:auteur|forfatter(?:en)?)
(?:copyright|\(c\)|all rights reserved)\b.{0,300}
.{0,200}\ball rights reserved\b.{0,200}
[list_head]
# Heads of related and most-read lists, the other tail heads. Such a list
# may also stand inside an article, as a box between two of its parts: a
# short list under this head with more of the article after it (see
# docs/structure.md, inline lists). Matched against a whole line.
(?:related|recommended|suggested|similar|popular|trending|featured|top|latest|recent|other|more|further|editor'?s?)(?: \w+){0,3}? (?:stories|story|articles?|posts?|news|reading|content|coverage|links|headlines|videos?|picks|topics|reads?|galleries)\b.{0,40}
related|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed|shared|commented|emailed|watched)(?: \w+){0,3}
(?:related|recommended|suggested|similar|popular|latest|featured) (?:guides|recipes|reviews|features|products|resources|entries)\s*:?
you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)\b.{0,30}
shop (?:the|this) (?:look|story|post|edit|article)\s*:?
customers (?:who (?:bought|viewed) this(?: item)? )?also (?:bought|viewed|liked)\s*:?
(?:frequently )?bought together\s*:?
compare (?:similar|related|other|more) (?:products|items|models|deals|prices)\s*:?
(?:read|see) (?:more|also|next)\b.{0,60}
more (?:from|in|on|about|by) .{1,60}
(?-i:(?:Next Up|Up Next) (?:In|On|From|At) [A-Z][^.!?]{0,40})
more(?: [\w.&'’-]+){1,3}
(?:ähnliche|verwandte|weitere|beliebte|meistgelesene|neueste|empfohlene|passende|themenrelevante)(?: [\w&'’-]+){0,3}? (?:artikel|beiträge|nachrichten|meldungen|news|stories|videos)(?: (?:zum thema(?: [\w&'’-]+){0,3}|zu diesem thema|aus (?:der|dem) (?:region|ressort|rubrik)|von [\w.&-]{1,30}))?\s*:?
ähnliche themen(?: (?:zu|zum thema)\b[^.!?]{0,60})?\s*:?
(?:die )?meistgelesen(?:e|en)?(?: artikel| beiträge| nachrichten)?(?: (?:bei|auf|von) [\w./&-]{1,40})?\s*:?
(?:das|dies|diese artikel|diese beiträge) (?:könnte|könnten) (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren\s*(?::|…|\.\.\.)?
lesen sie auch (?:die folgenden|diese) (?:beiträge|artikel)\s*:?
(?:las |los )?más (?:vistas|vistos|leídas|leídos|populares)(?: (?:del día|de la semana|del mes|de hoy|ahora))?
(?:les )?(?:articles|contenus) les plus (?:lus|partagés|commentés)
(?:lesen sie auch|mehr zum thema|auch interessant|weitere artikel|das könnte sie auch interessieren|te puede interesar|noticias relacionadas|lo más leído|à lire aussi|sur le même sujet|articles similaires|leggi anche|potrebbe interessarti|leia também|veja também|читайте также|похожие статьи|関連記事|あわせて読みたい|相关(?:文章|新闻|阅读)|推荐阅读|热门(?:文章|新闻))\s*:?
[title_box_head]
# Heads of a box of story titles that stand above an article, besides the tail
# heads ([end_head], [list_head]): a topic box ("More on:" over a tag) or a
# playlist ("Must watch"). They head only a box of titles right above the
# article's first paragraph; inside or after an article, a subheading may take
# these words, so they end nothing there. Matched against a whole line.
more (?:from|in|on|about|by)\s*:
must[- ](?:read|watch)s?\s*:?
[excerpt_link]
# The link that closes an excerpt of another story in a box after the article
# ("Most Popular" over titles, bylines, a paragraph or two and "Continue
# Reading" each; "Continue reading →", "Continue reading “Title”"). Matched
# against a whole line.
[\[(»›>\s]*(?:continue reading|read more|read the (?:full|rest)(?: (?:story|article|post|review))?|keep reading|weiterlesen|mehr lesen|leer más|ver más|seguir leyendo|lire la suite|leggi (?:tutto|di più)|continua a leggere|ler mais|leia mais|continue lendo|lees meer|lees verder|verder lezen|czytaj (?:dalej|więcej)|читать далее)(?:\s+[“"«„].{1,80}[”"»“])?[\s.…»›>\])→]*
[list_pick]
# Words for an article's picks, one line a language. A paragraph's last
# sentence that names its picks and ends with a word of [list_below] ("Check
# out our picks for the best deals below.") announces a list of products under
# it: product cards there belong to the article (docs/structure.md, section
# 6). At most 80 code points stand between the two words.
picks?|deals?|offers?|products?|selections?|favou?rites|recommendations|choices|bargains|buys|gifts|gadgets|items|discounts
angebote|produkte|empfehlungen|auswahl|favoriten|tipps|deals|schnäppchen
offres|produits|sélection|favoris|bons plans|coups de cœur
ofertas|productos|selección|favoritos|recomendaciones|chollos
ofertas|produtos|seleção|favoritos|escolhas|recomendações|promoções
offerte|prodotti|selezione|preferiti|consigli
aanbiedingen|producten|selectie|favorieten|tips|keuzes
oferty|produkty|propozycje|wybór|promocje
erbjudanden|produkter|urval|favoriter|tips
[list_below]
# Words for "below" that end such a sentence: plain lower-case words, not
# patterns (the sentence's end is tested for them first, a quick screen).
# "Products below eye level" or "nach unten" inside a sentence point nowhere.
below
unten
nachfolgend
ci-dessous
abajo
a continuación
abaixo
qui sotto
di seguito
hieronder
poniżej
nedan
[list_lead_off]
# What else a sentence may point to below it, even with a word for picks in
# it ("Sign up below for our weekly deals", "Tell us your picks in the
# comments below", "Our reviews of these products are linked below", "The
# shop's offers are below"): no list of the article follows such a sentence,
# or not one of cards. Searched for in the sentence.
\b(?:comments?|kommentare?n?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze?|kommentarer|reply|replies)\b
\b(?:newsletters?|sign(?:ing)? up|subscribe|subscription|e-?mail|videos?|trailers?|forms?|map|statement|scroll|anmelden|abonnieren|inscri(?:vez|be|ção)|suscríbete|iscriviti)\b
\b(?:articles?|reviews?|guides?|stories|posts?|tables?|figures?|charts?|shop|store|page|club|membership|join|tell us|let us know|post your|share your|artikel|artikelen|tests?|boutique|tienda|loja|negozio|winkel)\b
[box_head]
# The list heads (of [list_head]) that may open an inline list, a box of
# teasers inside an article (docs/structure.md): the names of related and
# most-read widgets, not the open forms ("More from the log", "Read more of
# his entries below") that an article's own subheading may take. Matched
# against a whole line.
most (?:read|popular|viewed|shared|commented|emailed|watched)(?: [\w&'’-]+){0,3}\s*:?
(?:related|recommended|suggested|trending|popular|top|latest)(?: [\w&'’-]+){0,2}? (?:stories|story|articles?|posts?|news|videos?|headlines)\s*:?
(?:related|recommended(?: for you)?|trending(?: now)?|(?:read|see) (?:also|next)|read more|see more)\s*:?
you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)\s*:?
(?:lesen sie auch|mehr zum thema|auch interessant|weitere artikel|das könnte sie auch interessieren|te puede interesar|noticias relacionadas|lo más leído|à lire aussi|sur le même sujet|articles similaires|leggi anche|potrebbe interessarti|leia também|veja também|читайте также|похожие статьи|関連記事|あわせて読みたい|相关(?:文章|新闻|阅读)|推荐阅读|热门(?:文章|新闻))\s*:?
[quantity_unit]
# Units and size words that follow an amount at the start of a list entry: a
# recipe's ingredient ("1 ½ cups flour", "2 EL Öl"), a measurement. Such a line
# is a list item of the article, not a menu label. One alternative a line,
# matched case-insensitively right after the amount; (?-i:...) for the short
# metric units, which in upper case are other things ("4G", "3D").
cups?|c\.
tbsps?\.?|tablespoons?|tsps?\.?|teaspoons?
oz\.?|ounces?|lbs?\.?|pounds?|grams?|kilos?|lit(?:er|re)s?|quarts?|pints?|gallons?
(?-i:g|kg|mg|ml|cl|dl|l)
pinch(?:es)?|dash(?:es)?|cloves?|slices?|cans?|sticks?|handfuls?|bunch(?:es)?|sprigs?|pieces?|packages?|packets?
large|medium|small|whole
el|tl|essl[öo]ffel|teel[öo]ffel|prisen?|becher|päckchen|pck\.?|stück|dosen?|zehen?
c\.\s?à\s?(?:soupe|café|s\.|c\.)|cuill[èe]res?|pincées?|gousses?|tasses?
cucharadas?|cucharaditas?|tazas?|pizcas?|dientes?
cucchia(?:io|i|ino|ini)|pizzico|spicchi?o?
colher(?:es)?|xícaras?|pitadas?
[interview_question]
# Words that make a question one put to someone (an interviewer's), searched
# in a line that ends with "?": second-person pronouns. German "Sie" and
# "Ihr..." count only capitalised and not first (lower case, or opening the
# sentence, they are "she", "they", "her"); "du" is left out (French "of the").
\b(?:you|your|yours|yourself|yourselves)\b
(?-i:(?<=\S\s+)\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b)
\b(?:dich|dir|deine?[mnrs]?)\b
\b(?:vous|votre|vos|tu|toi|ton|ta|tes)\b
\b(?:usted(?:es)?|tú|tus?|te|vosotros)\b
[recipe_head]
# Headings of a recipe's ingredient list, matched against a whole line; a
# heading that ends with a colon ("For the pastry:") needs no entry here.
(?:the )?ingredients?|what you(?:'ll| will)? need|you will need|shopping list
zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|składniki|ингредиенты|材料|配料|用料
[closing_head]
# Headings of a closing section of an article (a review's verdict, a news
# story's update or correction), matched against a whole line, case-insensitive;
# their sentences after the body's last line stay.
(?:the )?verdict|(?:the )?bottom line|conclusions?|in conclusion|summary|in summary|final thoughts|our take
update(?:d)?|editor'?s note|correction|clarification|note|postscript|epilogue|what'?s next|what happens next
fazit|unser fazit|nachtrag|korrektur|anmerkung der redaktion|conclusion|en résumé|mise à jour|rectificatif
conclusión|en resumen|actualización|conclusione|in sintesi|aggiornamento|conclusie|samenvatting
[review_list_head]
# Headings of a review's own short lists inside the article (its pros and
# cons, its specifications), matched against a whole line, case-insensitive,
# a colon after them allowed: the label lines of the run they head are the
# article's list, not a menu. A heading of one word that also names a menu
# entry or a section ("Plus", "Specs", "Pro") counts only when a second
# heading stands in the same run ("Pro" ... "Contra").
pros|cons|pros and cons|pros & cons|the good|the bad|the ugly|likes|dislikes|we liked|we didn'?t like|what we liked|what we didn'?t like|what i liked|what i didn'?t like
strengths|weaknesses|key specs|specs|specifications|tech specs|at a glance
vorteile|nachteile|pro|contra|plus|minus|avantages|inconvénients|points forts|points faibles|ventajas|desventajas|pregi|difetti|voordelen|nadelen
[salutation]
# A letter's salutation, a line of its own right above the letter's first
# paragraph (a letter to the editor, an open letter, an e-mail quoted whole),
# matched against a whole line, case-insensitive: the body starts there.
# Not a greeting of the site's readers ("Dear reader,", "Chers lecteurs,":
# an appeal), nor a sign-off that starts like one ("Liebe Grüße,").
(?!.*\b(?:readers?|visitors?|subscribers?|customers?|members?|users?|lecteurs?|lectrices?|leser\w*|lector\w*|lettori|lezers?|grüße|grüsse|groet\w*|saluti|saludos)\b)(?:(?:my )?dear [\w .'’-]{1,40},|sirs?,|madam,|dear sir(?: or madam)?,|to the editor[,:])
(?!.*\b(?:readers?|visitors?|subscribers?|customers?|members?|users?|lecteurs?|lectrices?|leser\w*|lector\w*|lettori|lezers?|grüße|grüsse|groet\w*|saluti|saludos)\b)(?:(?:liebe[rs]?|sehr geehrte[rs]?) [\w .'’-]{1,40},|(?:cher|chère|chers|chères) [\w .'’-]{1,40},|madame,|monsieur,)
(?!.*\b(?:readers?|visitors?|subscribers?|customers?|members?|users?|lecteurs?|lectrices?|leser\w*|lector\w*|lettori|lezers?|grüße|grüsse|groet\w*|saluti|saludos)\b)(?:(?:querid[oa]s?|estimad[oa]s?) [\w .'’-]{1,40}[,:]|(?:car[oa]|gentile) [\w .'’-]{1,40},|beste [\w .'’-]{1,40},)
[valediction]
# A letter's closing line, after its last paragraph and over the writer's
# name (and place or title), matched against a whole line, case-insensitive:
# at the end of a text, the body runs on over it and the few short lines
# under it.
yours (?:faithfully|sincerely|truly|ever)[,.]?|(?:very )?sincerely(?: yours)?[,.]?|(?:kind|best|warm|warmest|with best) (?:regards|wishes)[,.]?|regards[,.]?|respectfully(?: yours)?[,.]?
mit freundlichen grüßen[,.]?|(?:viele|beste|herzliche|liebe) grüße[,.]?|cordialement[,.]?|bien à vous[,.]?|(?:je vous prie d.agréer.{0,80})
atentamente[,.]?|(?:un )?(?:cordial )?saludo(?:s)?(?: cordiales)?[,.]?|cordiali saluti[,.]?|distinti saluti[,.]?|met vriendelijke groet(?:en)?[,.]?
[site_head]
# Headings of a site's own blocks after an article (its footer and
# widgets): they speak for the site or name its services. Such a heading
# starts no short section of the article (docs/structure.md). Matched
# against a whole line, case-insensitive.
.*\b(?:us|uns|nosotros|nous|siamo|noi)\b.*
.*\b(?:contact\w*|kontakt\w*|contatt\w*|terms|privacy|datenschutz|impressum|careers?|jobs|weather|wetter|tiempo|météo|meteo|traffic|verkehr|deals?|offers?|angebote)\b.*
[rubric]
# A rubric in capitals with a dash, right above a paragraph ("LIVE —",
# "UPDATE -", "EXCLUSIVE -"): it looks like a dateline (a place in capitals
# and a dash) but names a kind of story, so it does not open the body; so
# with a source in brackets ("PHOTO (Reuters) —").
# Matched against a whole line, case-insensitive.
\s*(?:live|update[sd]?|latest|exclusive|breaking(?: news)?|watch|listen|opinion|analysis|comment|editorial|review|explainer|explained|video|photos?|gallery|podcast|interview|feature|sponsored|promoted|advertisement|urgent|alert|news|correction|clarification)(?:\s+(?:update[sd]?|news|blog|coverage|video))?(?:\s*\([^()]{1,20}\))?\s*(?:--|[-–—])\s*
\s*(?:en direct|mise à jour|exclusif|vidéo|tribune|éditorial|décryptage|analyse|eilmeldung|exklusiv|aktuell|liveticker|kommentar|meinung|hintergrund|interview|última hora|en vivo|en directo|exclusiva|actualización|opinión|entrevista|ao vivo|urgente|exclusivo|opinião|diretta|ultim['’]ora|esclusiva|laatste nieuws|liveblog|achtergrond|opinie)(?:\s*\([^()]{1,20}\))?\s*(?:--|[-–—])\s*
\s*(?:fact[ -]?check|press release|top story|pinned|full[ -]time|half[ -]time|final(?: score)?|advertisement(?: continues below)?|ad|sponsored content|partner content)(?:\s*\([^()]{1,20}\))?\s*(?:--|[-–—])\s*
[crumb_lead]
# How a breadcrumb trail may start, lower case, compared with a line's start
# (not a pattern): such a line is no headline ("You are here: Home / News").
you are here
sie sind hier
vous êtes ici
usted está aquí
[continued_head]
# Lines that say the article goes on after the block that follows them ("(Story
# continues below)", "Article continues after advertisement", "La suite après
# la publicité"): the body resumes at the next dense paragraphs on the same
# story, however long the block (docs/structure.md). Matched against a whole
# line, case-insensitive. Every line these match must hold one of the stems of
# _CONTINUED_STEMS in structure.py (contin, suite, weiter, fortgesetzt, sigue,
# read on, keep reading, leyendo, anzeige, werbung): other lines are turned
# away before the patterns are tried.
[(\[-–—.…\s]*(?:the )?(?:story|article|report|text|post) continues(?: (?:below|after (?:the |this )?(?:ad(?:vert(?:isement)?)?s?|break|video|gallery)))?[)\].…\s]*
[(\[-–—.…\s]*(?:continued|continue reading|keep reading|read on) below[)\].…\s]*
[(\[-–—.…\s]*(?:advertisement|anzeige|publicité|publicidad)?\s*[-–—:]?\s*(?:story|article|report) continues below[)\].…\s]*
[(\[-–—.…\s]*(?:la )?suite (?:de l'article |de l’article )?(?:après|ci-dessous|en dessous)(?: (?:la|cette) publicité)?[)\].…\s]*
[(\[-–—.…\s]*(?:lesen sie )?(?:weiter )?(?:lesen sie )?(?:nach|unter) der (?:anzeige|werbung)(?: weiter(?:lesen)?)?[)\].…\s]*
[(\[-–—.…\s]*(?:der )?(?:artikel|text|beitrag) (?:geht|wird) (?:unter|nach) der (?:anzeige|werbung) weiter(?:geführt)?[)\].…\s]*
[(\[-–—.…\s]*(?:la )?(?:noticia|nota|historia) (?:continúa|sigue) (?:abajo|debajo|después de la publicidad)[)\].…\s]*
[(\[-–—.…\s]*(?:sigue leyendo|continúa leyendo|continua a leggere|l'articolo continua|l’articolo continua)(?: (?:abajo|debajo|sotto|dopo la pubblicità))?[)\].…\s]*
[(\[-–—.…\s]*(?:the )?(?:story|article|report|text) continues below(?: (?:the )?(?:ad(?:vert(?:isement)?)?s?|this ad))?[)\].…:\s–—-]*
[(\[-–—.…\s]*(?:der )?(?:artikel|text|beitrag) wird (?:unter|nach) der (?:anzeige|werbung) fortgesetzt[)\].…:\s–—-]*
[(\[-–—.…\s]*(?:publicité\s*[-–—:]\s*)?(?:la suite (?:sous|après) (?:cette|la) publicité|l['’]article continue (?:ci-dessous|après la publicité)|la suite ci-dessous)[)\].…:\s–—-]*
[(\[-–—.…\s]*(?:la )?(?:noticia|nota|historia|artículo) (?:continúa|sigue) (?:abajo|debajo|tras la publicidad|después de la publicidad)[)\].…:\s–—-]*
[info_field]
# Names before a colon that label a review's facts about the work reviewed
# ("Cast: ...", "Director: ...", "Publisher: ..."): two such lines in a run of
# short lines make it the review's box of facts, not a menu (docs/structure.md,
# menu runs). Plain lower-case words, compared with the name lower-cased.
cast
starring
director
directed by
writer
written by
screenplay
producer
music
genre
runtime
running time
duration
rating
certificate
release date
released
author
publisher
pages
isbn
developer
platform
platforms
studio
label
format
regie
darsteller
besetzung
drehbuch
laufzeit
verlag
seiten
réalisateur
réalisation
avec
durée
éditeur
dirección
reparto
duración
género
editorial
regia
cast e regia
durata
[field_name]
# Names before a colon that label a field, a widget or an interface, not a
# speaker ("Date: Saturday.", "Answer: Volga.", "Agent: Hello."): a run of
# such lines is no dialogue (docs/structure.md, menu runs). Plain lower-case
# words, compared with the name lower-cased.
date
time
venue
place
location
where
when
price
prices
tickets
entry
admission
answer
question
source
photo
photos
picture
image
video
foto
fotos
bild
text
quelle
datum
ort
zeit
you
me
agent
bot
user
guest
admin
moderator
support
