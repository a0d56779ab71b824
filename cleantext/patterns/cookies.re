# Cookie and consent banner statements. Each pattern must match a whole line
# (case-insensitive; leading bullets and spaces aside) and the line must be at
# most COOKIE_MAX_WORDS words. Every pattern starts with the banner's own
# phrasing (the site speaking to the reader), so a sentence that merely
# mentions cookies or consent does not match.
# Fixtures: fixtures/chrome/cookies/banner-inline.txt
#   fixtures/chrome/cookies/banner-multi.txt
#   fixtures/chrome/cookies/banner-then-ruling.txt
#   fixtures/chrome/cookies/neg-cookie-ruling.txt
#   fixtures/chrome/cookies/neg-bakery.txt
[en]
(?:we|this (?:web ?)?site|our (?:web ?)?site|this (?:web )?page|this portal|we and our (?:\S+ ){0,2}partners)(?: also)? (?:use|uses|set|sets|place|places|store|stores|employ|employs|(?:would|'d) (?:also )?like to (?:set|use|place)|may (?:use|set)|are using|is using|rely on) (?:\S+ ){0,5}cookies?\b.*
(?:this (?:web ?)?site|we|our (?:web ?)?site) (?:uses|use) (?:\S+ ){0,3}(?:technologies|tracking|tools) (?:such as|like) cookies\b.*
cookies (?:help|enable|allow) us (?:to )?(?:deliver|provide|improve|offer|give)\b.*
cookies on (?:this|our|the) (?:web ?)?site\b.{0,80}
by (?:continuing|clicking|choosing|using|browsing|accepting|staying|proceeding|selecting|closing|scrolling)\b.{0,160}\b(?:cookies?|cookie policy|consent)\b.*
(?:please )?(?:enable|activate|allow|accept) (?:\S+ ){0,2}cookies (?:in|on|to|for|so)\b.*
you (?:can|may) (?:change|manage|withdraw|adjust|update|review) (?:your |these )?(?:cookie|consent|privacy) (?:settings|preferences|choices)\b.*
(?:we value|we care about|we respect) your privacy\b.{0,400}
[de]
(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite|unsere website)(?: \S+){0,8} (?:verwende[tn]|nutz(?:t|en)|setz(?:t|en)(?: \S+){0,2} ein|benötigen) (?:\S+ ){0,5}cookies\b.*
(?:um|damit)\b.{0,120}\b(?:verwende[tn]|nutz(?:t|en)|setz(?:t|en)) (?:wir|diese website|diese seite) (?:\S+ ){0,3}cookies\b.*
cookies erleichtern (?:die bereitstellung|uns)\b.*
(?:datenschutz|privatsphäre) (?:&|und) cookies:.*
(?:durch|mit) (?:die |der )?(?:weitere |fortgesetzte )?(?:nutzung|benutzung|verwendung)\b.{0,120}\b(?:cookies|einverstanden|zustimm)\w*\b.*
wenn (?:du|sie) (?:die|diese) (?:web)?seite weiter(?:hin)? (?:nutz|besuch)\w*\b.{0,160}\bcookies\b.*
[es]
(?:utilizamos|usamos|empleamos|este (?:sitio(?: web)?|portal|web) (?:utiliza|usa))(?: \S+){0,5} cookies\b.*
(?:si|al) (?:continúa|continúas|sigue|sigues|continuar|seguir) navegando\b.*
[fr]
(?:nous utilisons|ce site (?:web )?utilise|notre site utilise|ce site internet utilise)(?: \S+){0,5} (?:des )?(?:cookies|traceurs)\b.*
en poursuivant (?:votre )?navigation\b.*
[ru]
(?:мы используем|этот сайт использует|сайт использует|наш сайт использует)(?: \S+){0,3} (?:файлы )?(?:cookie|куки)\b.*
(?:продолжая|оставаясь) (?:использовать|пользоваться|на) (?:наш(?:им)? )?сайт\w*\b.{0,160}\b(?:cookie|куки)\b.*
[ja]
(?:当|この|本)(?:サイト|ウェブサイト|webサイト)(?:では|は)?.{0,40}(?:cookie|クッキー).{0,200}
[zh]
(?:本网站|我们|本站)(?:使用|会使用|采用).{0,40}(?:cookies?|小型文本文件).{0,200}
