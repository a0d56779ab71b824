# Photo and image credits. Two kinds of pattern, in sections:
# [line] patterns match a whole line; [tail] patterns match the end of a caption
# line (the filter requires a sentence end, a bracket or a wide gap before them).
# Fixtures: ../cases 06, 29 kinds; fixtures/articles/flood-gallery.*
[line]
(?:©|copyright\s*©|(?:\(c\)|copyright)(?=\s*(?:\(c\)\s*)?(?:19|20)\d\d\b))\s*(?:\(c\)\s*)?\d{0,4}\s*[\p{L}\d][\p{L}\d .,&'/-]{0,60}
\(?(?:photo|photograph|photos|image|images|picture|pictures|credit|video|foto|fotos|bild|bilder|ảnh|clip|фото|写真|图片|图|照片)(?: by| credit| courtesy| de| von)?\s*[:：]\s*.{1,120}\)?
(?:(?:image|photo|picture|slide|bild|foto|imagen|ảnh)\s*)?\d{1,3}\s*(?:of|/|von|de|sur|di|из)\s*\d{1,3}
(?:getty images|afp via getty images|getty|shutterstock|alamy|istock|istockphoto|ap photo|ap images|epa|epa-efe|reuters|afp|dpa|xinhua|bloomberg|pa images|pa wire|pa)(?:\s*/\s*[\p{L} .-]{1,40})?
[\p{Lu}][\p{L}.' -]{1,40}/\s?(?:ap|afp|reuters|getty images|epa|epa-efe|bloomberg|dpa|xinhua|anp|ansa|pa|sipa|efe|kyodo|yonhap|tass|picture alliance)
[tail]
©\s*[\p{L}\d][\p{L}\d .,&'/-]{0,60}
\((?:ap |afp |reuters |file |handout )?(?:photo|photograph|photos|image|picture|foto|credit)s?(?: by| credit| courtesy)?\s*[:：]?\s*[^()]{1,80}\)
(?:photo|photograph|photos|image|picture|credit|foto|bild|ảnh)s?(?: by| courtesy| credit)?\s*[:：]\s*[^.]{1,80}
(?:getty images|afp via getty images|shutterstock|alamy|istock|istockphoto|ap photo|epa-efe|afp/getty images|reuters/[\p{L} .-]{1,40})
[\p{Lu}][\p{L}.' -]{1,40}/(?:ap|afp|reuters|getty images|epa|bloomberg|dpa|xinhua|anp)\)?
[hint]
# Lower-case strings one of which every credit line or credit tail contains;
# the filter only tries the patterns on lines holding one of them. An entry
# "re:PATTERN" is a Python `re` pattern searched in the lower-cased text.
©
(c)
copyright
photo
image
picture
credit
video
foto
bild
ảnh
clip
фото
写真
图片
图
照片
getty
shutterstock
alamy
istock
reuters
afp
epa
dpa
xinhua
bloomberg
re:/ ?(?:ap|pa|anp|ansa|efe|kyodo|yonhap|tass|picture alliance|sipa)\b
ap photo
ap images
pa images
pa wire
