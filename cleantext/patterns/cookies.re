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
#   fixtures/chrome/cookies/banner-it.txt
#   fixtures/chrome/cookies/banner-pt.txt
#   fixtures/chrome/cookies/neg-cookie-story-it-pt.txt
# Italian and Portuguese gerund and "ao ..." openings ("Continuando a navigare
# ...", "Ao continuar ...") also need the site's own voice before the cookie
# word ("accetti", "acconsenti", "você", "nossa"): a story explaining cookie
# rules in the third person does not match. Their imperatives ("Accetta i
# cookie per vedere ...") stop at , ; : ? and "Rispettiamo la tua privacy"
# goes on only after a full stop: speech.labels has no [it]/[pt] verbs.
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
[it]
(?:utilizziamo|usiamo|impieghiamo|noi(?: e(?: \S+){1,4})? (?:utilizziamo|usiamo|impieghiamo)|(?:questo|il nostro) (?:sito|portale|blog)(?: web| internet)?(?: \S+){0,8} (?:utilizza|usa|impiega|installa|si avvale di|si avvalgono di|fa uso di))(?: \S+){0,5} cookies?\b.*
(?:continuando|proseguendo|cliccando|chiudendo|scorrendo|accettando|navigando|se (?:continui|prosegui|chiudi|clicchi))\b(?=.{0,300}\bcookies?\b).{0,200}\b(?:acconsenti|accetti|acconsentite|accettate|autorizzi|presti il (?:tuo )?consenso)\b.*
(?:rispettiamo|teniamo a|tuteliamo) (?:la )?(?:tua|vostra) privacy(?:[.!] .{0,400})?[.!]?
la (?:tua|vostra) privacy è importante(?: per noi)?(?:[.!] .{0,400})?[.!]?
(?:abilita|attiva|accetta|consenti) (?:\S+ ){0,3}cookies? (?:\S+ ){0,3}per (?:visualizzare|vedere|guardare|ascoltare|accedere|utilizzare|usare|caricare)\b[^,;:?]{0,80}
[pt]
(?:(?:este|o nosso|nosso) (?:site|sítio|website|portal|blog)(?: \S+){0,4} (?:utiliza|usa|recorre a|armazena|coleta|recolhe|emprega)|nós(?: e(?: \S+){1,4})? (?:utilizamos|usamos|coletamos|recolhemos|armazenamos))(?: \S+){0,5} cookies?\b.*
ao (?:continuar|prosseguir|clicar|navegar|utilizar|usar|fechar|aceitar|acessar|aceder|permanecer|visitar)\b(?=.{0,300}\b(?:cookies?|pol[ií]tica de privacidade)\b).{0,200}\b(?:você|vocês|está a|estás a|nossa|nosso|nossos|nossas|neste|deste)\b.*
(?:respeitamos|valorizamos|protegemos) (?:a )?(?:sua|tua) privacidade(?:[.!] .{0,400})?[.!]?
(?:a )?(?:sua|tua) privacidade é importante(?: para nós)?(?:[.!] .{0,400})?[.!]?
(?:ative|habilite|aceite|permita) (?:\S+ ){0,3}cookies? (?:\S+ ){0,3}para (?:ver|visualizar|assistir|ouvir|acessar|aceder|utilizar|usar|carregar)\b[^,;:?]{0,80}
[ru]
(?:мы используем|этот сайт использует|сайт использует|наш сайт использует)(?: \S+){0,3} (?:файлы )?(?:cookie|куки)\b.*
(?:продолжая|оставаясь) (?:использовать|пользоваться|на) (?:наш(?:им)? )?сайт\w*\b.{0,160}\b(?:cookie|куки)\b.*
[ja]
(?:当|この|本)(?:サイト|ウェブサイト|webサイト)(?:では|は)?.{0,40}(?:cookie|クッキー).{0,200}
[zh]
(?:本网站|我们|本站)(?:使用|会使用|采用).{0,40}(?:cookies?|小型文本文件).{0,200}
