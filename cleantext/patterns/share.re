# Share, mail and print buttons written as a short phrase: a verb, then "this"
# or what is shared, then where to ("Share this on WhatsApp", "Email this story
# to a friend", "Click to share on Reddit (Opens in new window)"). Each pattern
# must match a whole line's comparison key: case-folded, edge marks such as
# ":" "|" "»" stripped (see the share filter). A verb alone is not a phrase:
# "Print" or "Email" by itself is a plain label (share.labels), kept unless
# another share line stands beside it. "it" is no object here: "Print it" and
# "Share it with your friends" are a how-to's steps, "Send it." dialogue.
# Fixtures: fixtures/articles/share-and-ads.*; tests/test_filters.py (share).
[en]
(?:click to )?(?:share|e-?mail|print|tweet|pin)(?: this(?: (?:article|story|page|post|link|video|photo|image|gallery|list))?| (?:article|story|page|post|link|video|photo|image|gallery))?(?: (?:on|to|via|with|by|in|per)(?: (?:a friend|friends|your friends|(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|tumblr|telegram|messenger|flipboard|pocket|email|e-mail|mail|threads|bluesky|mastodon|digg|google\+?|vk|xing|line|viber|weibo|wechat)))?)?(?: \(opens in (?:a )?new window\))?[.!]?
(?:send|e-?mail|forward) this(?: (?:article|story|page|post|link))?(?: to (?:a friend|friends|your friends))?[.!]?
click to (?:share|e-?mail|print)(?: this)?(?: (?:article|story|page|post))?(?: (?:on|to|via|with) [\w+.-]+(?: a friend)?)?(?: \(opens in (?:a )?new window\))?
[de]
(?:teilen sie dies|teile dies|diesen artikel teilen|artikel teilen|beitrag teilen|seite teilen)(?: (?:mit|auf|per|via)(?: (?:facebook|twitter|x|whatsapp|linkedin|e-mail|xing))?)?
mit (?:freunden|anderen) teilen
(?:den |diesen )?(?:artikel|beitrag) mit (?:freunden|anderen) teilen(?:/diskutieren)?
(?:dir|ihnen) hat (?:der|dieser) (?:artikel|beitrag) gefallen\? (?:jetzt|dann) teilen(?:\.\.\.|…|!)?
(?:artikel|beitrag) gefallen\? (?:vergiss|vergessen sie) nicht,? (?:ihn )?zu teilen!?
empfiehl (?:dies|diesen artikel|diesen beitrag) (?:deinen|an deine) freunde(?:n)?[.!]?
[es]
(?:compartir|comparte)(?: (?:esto|este artículo|esta nota|la noticia|el artículo))?(?: (?:en|por|vía|con)(?: (?:facebook|twitter|x|whatsapp|linkedin|telegram|correo|email|e-mail))?)?
[pt]
(?:compartilhe|compartilhar|partilhar|partilhe)(?: (?:isto|isso|este artigo|esta notícia|a notícia))?(?: (?:no|na|em|por|via|com)(?: (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-mail|email))?)?
[fr]
(?:partager|partagez)(?: (?:ceci|cet article|l'article|l’article|la page))?(?: (?:sur|par|via|avec)(?: (?:facebook|twitter|x|whatsapp|linkedin|e-mail|email|courriel))?)?
[it]
(?:condividi|condividere)(?: (?:questo articolo|l'articolo|l’articolo|questa pagina))?(?: (?:su|via|con|per)(?: (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-mail|email))?)?
[prefix]
# Every word a phrase above may start with (case-folded): a key is tried
# against the patterns only if its first word is here; the share gate opens
# on these too.
share
email
e-mail
print
tweet
pin
send
forward
teilen
diesen
artikel
compartir
compartilhar
partilhar
partager
condividi
click
forward
comparte
compartilhe
partilhe
partagez
condividere
teile
beitrag
seite
mit
den
dir
ihnen
empfiehl
