# Photo and image credits. Two kinds of pattern, in sections:
# [line] patterns match a whole line; [tail] patterns match the end of a caption
# line (the filter requires a sentence end, a bracket or a wide gap before them).
# Fixtures: ../cases 06, 29 kinds; fixtures/articles/flood-gallery.*
[line]
(?:©|copyright\s*©|(?:\(c\)|copyright)(?=\s*(?:\(c\)\s*)?(?:19|20)\d\d\b))\s*(?:\(c\)\s*)?\d{0,4}\s*[\p{L}\d][\p{L}\d .,&'/-]{0,60}
\(?(?:photo|photograph|photos|image|images|picture|pictures|credit|video|foto|fotos|bild|bilder|ảnh|clip|фото|写真|图片|图|照片)(?: by| credit| courtesy| de| von)?\s*[:：]\s*.{1,120}\)?
# Spanish, French and Finnish labels that also head a subheading ("Crédito: qué debe saber"):
# a name, an agency or a number after the colon, not a lower-case clause
\(?(?:imagen|imágenes|crédito|créditos|crédits? photos?|kuva)(?: de)?\s*[:：]\s*(?-i:[\p{Lu}\p{Lt}\d(©@]).{0,120}\)?
(?:photo|image|picture) by [\p{L}\d][\p{L}\d .'-]{0,40} on (?:unsplash|pexels|pixabay)
(?:image|photo|picture)\s+(?:copyright|source|caption)\s*[:：,]?\s+\S.{0,120}
(?:(?:image|photo|picture|slide|bild|foto|imagen|ảnh)\s*)?\d{1,3}\s*(?:of|/|von|de|sur|di|из)\s*\d{1,3}
(?:getty images|afp via getty images|getty|shutterstock|alamy|istock|istockphoto|ap photo|ap images|epa|epa-efe|reuters|afp|dpa|imago images|imago|xinhua|bloomberg|pa images|pa wire|pa|fotolia|unsplash|pixabay|pexels|adobe stock)(?:\.com)?(?:\s*/\s*[\p{L} .-]{1,40})?
[\p{Lu}][\p{L}.' -]{1,40}/\s?(?:ap|afp|reuters|getty images|epa|epa-efe|bloomberg|dpa|xinhua|anp|ansa|pa|sipa|efe|kyodo|yonhap|tass|picture alliance|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|fotolia(?:\.com)?|adobe stock)
# the photographer, then the client or a sub-collection, then the agency
# ("Mira Sol/Daily Gazette/Getty Images", "Ken Ito / AFP/Getty Images") or an
# agency's distribution ("Ken Ito/Kyodo via Getty Images"); not "PA", which
# also ends a place ("Pittsburgh / Allegheny County / PA")
[\p{Lu}][\p{L}.' -]{1,40}(?:\s?/\s?[\p{L}\d.'& -]{1,40}){0,2}\s?/\s?(?:[\p{L}\d.'& -]{1,30} via )?(?:ap|afp|reuters|getty images|epa|epa-efe|bloomberg|dpa|xinhua|anp|ansa|sipa|efe|kyodo|yonhap|tass|picture alliance|shutterstock(?:\.com)?|istock(?:photo)?(?:\.com)?|fotolia(?:\.com)?|adobe stock)
[tail]
©\s*[\p{L}\d][\p{L}\d .,&'/-]{0,60}
# the label ends a word and a credit follows it: a colon, a slash, "by",
# "courtesy", or a name ("(Photo: Ana Ruiz)", "(AP Photo/Ana Ruiz)", "(Photo
# courtesy of the family)"); "(pictured)", "(images below)", "(credit rating
# agencies had warned …)" are a sentence's own brackets
\((?:ap |afp |reuters |file |handout )?(?:photo|photograph|photos|image|picture|foto|credit)s?\b(?:(?: by| credit| courtesy| via)\b|\s*[:：/]|(?=\s+(?-i:[\p{Lu}\d©@])))\s*[^()]{1,80}\)
# after the colon a name, a digit or "courtesy"/"by"/"via"/"from": "Credit:
# lenders look first at ..." after a sentence is a topic label of prose
(?:photo|photograph|photos|image|picture|credit|foto|bild|ảnh)s?(?: by| courtesy| credit)?\s*[:：]\s*(?:(?-i:[\p{Lu}\d©(@])|(?:courtesy|by|via|from)\b)[^.]{0,80}
(?:getty images|afp via getty images|shutterstock|alamy|istock|istockphoto|ap photo|epa-efe|afp/getty images|reuters/[\p{L} .-]{1,40})
[\p{Lu}][\p{L}.' -]{1,40}/(?:ap|afp|reuters|getty images|getty|epa|bloomberg|dpa|xinhua|anp)\)?
# a label with dots instead of a colon, the name glued to them: "... a big
# win.Credit...Ana Ruiz/Daily Post" ("Credit… Where it is due" is prose)
credits?(?:\.\.\.|…)(?-i:[\p{Lu}\d])[^.…]{0,80}
[prefix]
# How a whole-line credit (the [line] patterns) can start, lower-case; lines
# ending in "/ AGENCY" and gallery counters (a digit first) are checked too.
©
(c)
copyright
(photo
photo
(image
image
(picture
picture
(credit
credit
video
foto
bild
ảnh
clip
фото
写真
图
照片
slide
imagen
(imagen
(foto
(bild
imágenes
crédito
(crédito
crédit
kuva
fotolia
unsplash
pixabay
pexels
adobe stock
getty
afp
shutterstock
alamy
istock
ap photo
ap images
epa
reuters
dpa
imago
xinhua
bloomberg
pa images
pa wire
pa
[agency]
# Agencies that end a "Name/AGENCY" credit line.
ap
afp
reuters
getty images
epa
epa-efe
bloomberg
dpa
xinhua
anp
ansa
pa
sipa
efe
kyodo
yonhap
tass
picture alliance
shutterstock
shutterstock.com
istock
istock.com
istockphoto.com
fotolia
fotolia.com
adobe stock
[hint]
# Lower-case strings one of which every caption line that ends in a credit
# (the [tail] patterns) contains; only lines holding one are tried. An entry
# "re:PATTERN" is a Python `re` pattern searched in the lower-cased text.
©
photo
image
picture
foto
credit
bild
ảnh
getty
shutterstock
alamy
istock
epa-efe
reuters
re:/ ?(?:ap|afp|reuters|getty|epa|bloomberg|dpa|xinhua|anp)\b
