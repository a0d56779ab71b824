# Newsletter sign-up, app-download and follow prompts. Each pattern must match
# a whole line (case-insensitive; leading bullets and spaces aside) of at most
# PROMPT_MAX_WORDS words. Prompts speak to the reader in the imperative or
# offer something ("Get ... in your inbox"), so a sentence about a newsletter
# ("The newsletter, which has 40,000 readers, ...") does not match.
# Section names here are "slot:language"; the slot is the reason code:
# newsletter -> newsletter_prompt, app -> app_prompt, follow -> follow_prompt.
# Fixtures: fixtures/chrome/newsletter/prompts-en.txt
#   fixtures/chrome/newsletter/prompts-multi.txt
#   fixtures/chrome/newsletter/neg-newsletter-story.txt
#   fixtures/chrome/newsletter/prompts-forms-en.txt
#   fixtures/chrome/newsletter/neg-newsletter-forms.txt
#   fixtures/chrome/newsletter/prompts-it.txt
#   fixtures/chrome/newsletter/prompts-pt.txt
#   fixtures/chrome/newsletter/neg-newsletter-story-it-pt.txt
# Italian and Portuguese prompts: sentences that quote a prompt ("..., raccomanda
# il sindaco.") have no speech tag to protect them (patterns/speech.labels has
# no [it]/[pt] verbs), so the words after an imperative stop at , ; : ? and
# short offers end where the offer ends.
[newsletter:en]
(?:sign up|signup|subscribe|register)(?: now| today| here| free)?(?: for| to) (?:(?:our|the|my|this|a|his|her|their) )?(?:free |daily |weekly |morning |evening |monthly |email |e-mail |breaking news )*(?:[\w'’&-]+ ){0,4}(?:newsletters?|e-?mails?|emails? alerts?|alerts?|briefing|bulletin|digest|mailing list|roundup|updates)\b.{0,80}
(?:get|receive|have) (?:our |the |more )?(?:\S+ ){0,8}(?:delivered )?(?:(?:straight |directly |right )?(?:to|in|into) your inbox|by e-?mail)\b.{0,80}
(?:sent|delivered) (?:straight |directly |right )?to your inbox\b.{0,60}
(?:our |the )?(?:free |daily |weekly )?newsletters?(?: sign[- ]?up)?[.:!]?
(?:email |e-mail )?newsletters? (?:sign[- ]?up|subscription)\b.{0,40}
(?:join|subscribe to) (?:our|the) (?:free |daily |weekly )?(?:mailing list|newsletter|email list)\b.{0,80}
(?:enter|type) (?:your |an )?e-?mail(?: address)?(?: here| below)?(?: to (?:subscribe|sign up|get|receive)\b.{0,60})?[.:]?
(?:your )?e-?mail address(?: \(required\))?[.:*]?
(?:thanks?|thank you) for (?:signing up|subscribing|your subscription)\b.{0,80}
(?:you(?:'ve| have) (?:been |succ?ess?fully )?(?:subscribed|signed up)|you're (?:all )?signed up|you are now subscribed)\b.{0,80}
(?:you can |you may )?unsubscribe at any time\b.{0,40}
(?:by (?:signing up|subscribing|clicking subscribe)),? you (?:agree|consent|acknowledge)\b.{0,200}
(?:don't|do not|never) miss (?:a|an|another|any) (?:story|article|update|post|issue|thing)\b.{0,60}
stay (?:informed|updated|up to date|in the loop|connected)\b.{0,80}(?:newsletter|inbox|e-?mail|sign up|subscribe)\b.{0,40}
(?:most popular|popular|free|daily|weekly) newsletters?
(?:want|need) (?:more|the latest)\b.{0,60}\?\s*(?:sign up|subscribe)\b.{0,160}
# The sign-up form's own sentences: the spam promise, the consent box, the
# confirmation and error messages, the tagline under the form's name.
no spam[,.!]? .{0,60}\bunsubscribe\b.{0,160}
i agree (?:that .{1,60} (?:can|may) send me|to receive) (?:\S+ ){0,4}(?:newsletters?|e-?mails?|updates|offers|news|information)\b[^;]{0,120}
please (?:check|tick) the (?:opt-?in |consent )?box\b.{0,100}\b(?:subscribe|sign up|newsletters?)\b.{0,20}
please,? (?:fill(?: in| out)?|complete) the form\b.{0,20}\b(?:subscribe|sign up|newsletters?)\b.{0,60}
keep an eye on your inbox(?: for (?:(?:our|the|a|your) (?:\S+ ){0,3}(?:newsletter|confirmation|e-?mail|issue)s?|(?:our|the) (?:latest|next|best) (?:\S+ ){0,3}(?:news|newsletter|issue|updates|stories|headlines)))?[.!]?
there was an error processing your (?:subscription|sign-?up|request)\b.{0,40}
an e-?mail with (?:an? )?(?:activation|confirmation|verification) link (?:has (?:just )?been|was|will be|is being) sent\b[^;]{0,120}
please (?:activate|confirm) your (?:subscription|e-?mail address)(?: (?:by|via|using) [^,;]{0,60})?[.!]?
this (?:site|form|page) is protected by recaptcha\b.{0,120}
see all newsletters
(?:get|receive) (?:breaking|the latest|our latest|daily|weekly) (?:\S+ ){0,3}(?:news|alerts|updates|headlines)(?: (?:from us|in your inbox|straight to your inbox|to your inbox|by e-?mail|via e-?mail|from [\w.'’&-]+(?: [\w.'’&-]+){0,2}))?[.!:]?
get breaking (?:\S+ ){0,2}news\b.{0,160}
let (?:us|our (?:\S+ ){1,3})(?:\S+ ){1,4}(?:to |in |into )?your inbox\b.{0,80}
(?:every|each) (?:day|week|morning|evening|weekday),? we (?:send|e-?mail) (?:you |our readers |subscribers )?(?:an? e-?mail|a newsletter|a digest|our newsletter|the best|our best|a roundup)\b[^,;]{0,80}
want more (?:stories|articles|news|posts|content) like this\??
sign up: .{0,120}\b(?:newsletters?|inbox)\b.{0,60}
# Subscription offers for the site's other products: a magazine, a channel,
# a members' scheme.
subscribe to (?:(?:our|my|the) (?:\S+ ){0,4}(?:on youtube|youtube channel)|(?:our|my) (?:\S+ ){0,4}(?:podcast|magazine))\b[^,;]{0,60}
subscribe to \S+(?: \S+){0,2} and stay\b[^,;]{0,80}
get (?:\S+ ){1,6}delivered (?:to|through) your (?:letterbox|door|doorstep|mailbox)(?: (?:every|each) (?:\S+ ){0,2}(?:week|month|issue|quarter|morning))?(?:[.!](?: .{0,60})?)?
if you (?:enjoyed|liked|like|enjoy|value) (?:this|reading this|our) (?:article|story|post|piece|journalism|reporting|work|newsletter)[,.]? .{0,60}\b(?:share|subscribe|sign up|support us|donate|follow us|join|become a)\b.{0,160}
join (?:us |our )(?:\S+ ){0,2}(?:forums?|discord|slack|subreddit)(?: (?:on|at|today|now|here|community|to)\b[^,;]{0,60})?[.!]?
join our (?:\S+ ){0,2}forums? to keep (?:talking|chatting|discussing)\b.{0,200}
get the (?:[\w'’&-]+ ){1,4}newsletter!?
be (?:the )?first to (?:get|receive|hear about) (?:our|the latest|all (?:our|the)) (?:\S+ ){0,5}(?:delivered )?(?:(?:straight |directly )?(?:to|in) your inbox|by e-?mail)[.!]?
to (?:receive|get) (?:\S+ ){0,6}by e-?mail,? (?:sign up|subscribe) (?:for|to) (?:our |the )(?:[\w'’&-]+ ){0,4}(?:newsletters?|mailing list|e-?mail alerts)[.!]?
[newsletter:de]
(?:jetzt |hier )?(?:für (?:den|unseren) )?newsletter (?:abonnieren|bestellen|anmelden)\b.{0,60}
(?:jetzt |hier )?(?:zum|für den) (?:kostenlosen |gratis |wöchentlichen |täglichen )?newsletter anmelden\b.{0,60}
unser (?:kostenloser |wöchentlicher |täglicher )?newsletter (?:informiert|hält) (?:sie|dich|euch)\b.{0,120}
mit (?:der|ihrer|deiner) anmeldung (?:(?:stimme|akzeptiere) ich\b.{0,200}|(?:stimmen sie|stimmst du|akzeptieren sie)\b[^;]{0,160}\b(?:datenschutz\w*|einwilligung\w*|nutzungsbedingungen)\b[^;]{0,80})
(?:gib|geben sie) (?:deine|ihre) e-?mail-adresse ein,? um\b[^;]{0,120}\b(?:newsletter|beiträge|abonnieren|benachrichtig\w*)\b[^;]{0,80}
um neue beiträge per e-?mail zu erhalten\b.{0,100}
(?:melden sie sich|abonnieren sie) (?:jetzt |hier )?(?:für )?(?:unseren|den) newsletter\b.{0,80}
(?:ihre |deine )?e-mail-adresse(?: eingeben)?[.:*]?
(?:vielen dank|danke) für (?:ihre|deine) (?:anmeldung|newsletter-anmeldung)\b.{0,80}
(?:sie können sich|du kannst dich) jederzeit (?:wieder )?abmelden\b.{0,40}
[newsletter:es]
(?:suscríbete|suscríbase|apúntate|regístrate) (?:a|en) (?:nuestro|nuestra|el|la) (?:\S+ ){0,2}(?:newsletter|boletín|boletines)\b.{0,80}
(?:recibe|recibirás) (?:\S+ ){0,6}en tu (?:correo|bandeja de entrada|email)\b.{0,60}
(?:tu |su )?(?:correo electrónico|dirección de correo)[.:*]?
[newsletter:fr]
(?:abonnez-vous|inscrivez-vous) à (?:notre|la|nos) (?:\S+ ){0,2}(?:newsletters?|lettres? d'information)\b.{0,80}
recevez (?:\S+ ){0,6}(?:dans votre (?:boîte mail|boîte de réception)|par e-?mail)\b.{0,60}
(?:votre )?adresse e-?mail[.:*]?
[newsletter:it]
(?:iscriviti|iscrivetevi|registrati)(?: ora| subito| gratis| gratuitamente| anche tu)? (?:(?:alla|alle|al|a) |all['’])(?:nostra |nostre |nostro )?(?:\S+ ){0,3}(?:newsletter|mailing list)\b[^,;:?]{0,80}
ricevi (?:\S+ ){0,6}(?:(?:direttamente )?(?:nella|sulla) (?:tua|vostra) (?:casella(?: di posta| email| e-mail)?|e-?mail|inbox|posta)|via e-?mail|per e-?mail)(?: (?:ogni (?:giorno|settimana|mattina|sera)|gratis|gratuitamente))?[.!]?
(?:direttamente|ogni (?:giorno|settimana|mattina|sera|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)) nella (?:tua|vostra) (?:casella(?: di posta| email| e-mail)?|inbox|e-?mail)\b[^,;:?]{0,60}
(?:la )?nostra newsletter[.:!]?
(?:le )?nostre newsletter[.:!]?
(?:vedi |scopri )?tutte le (?:nostre )?newsletter[.:!]?
newsletter (?:gratuita|settimanale|quotidiana)[.:!]?
(?:il tuo |la tua )?indirizzo (?:e-?mail|di posta elettronica)[.:*]?
(?:la )?tua e-?mail[.:*]?
(?:inserisci|scrivi|digita|lascia) (?:qui )?(?:il tuo |la tua )?(?:indirizzo )?e-?mail(?: qui| sotto)?(?: per (?:iscriverti|ricevere|abbonarti)\b[^,;:?]{0,60})?[.:]?
grazie per (?:esserti (?:iscritt[oa]|registrat[oa])|esservi iscritti|l['’]iscrizione|la (?:tua )?iscrizione)\b[^,;:?]{0,80}
iscrizione (?:avvenuta|completata|effettuata|confermata) con successo\b[^,;:?]{0,80}
(?:puoi|potrai) (?:disiscriverti|cancellarti|annullare l['’]iscrizione|revocare l['’]iscrizione|annullare la (?:tua )?iscrizione)(?: \S+){0,3} in (?:qualsiasi|ogni|qualunque) momento\b[^,;:?]{0,60}
(?:iscrivendoti|registrandoti|iscrivendovi|cliccando su [«"“]?(?:iscriviti|invia|registrati)[»"”]?)(?: (?:(?:alla|alle|al|a) |all['’])[^,;]{1,40})?,? (?:accetti|dichiari|acconsenti|confermi|autorizzi)\b.{0,200}
non perder(?:ti|e|tevi) (?:nessuna|neanche una|più|mai più) (?:\S+ ){0,1}(?:notizi[ae]|news|novità|aggiornament[oi]|articol[oi])\b[^,;:?]{0,60}
(?:resta|rimani|restate|rimanete|tieniti) (?:sempre )?(?:aggiornat[oaie]|informat[oaie]|in contatto)\b[^,;:?]{0,80}\b(?:newsletter|e-?mail|iscriviti|casella)\b[^,;:?]{0,40}
(?:acconsento|accetto)(?: di)? (?:a )?ricevere (?:\S+ ){0,4}(?:newsletter|e-?mail|comunicazioni|offerte|aggiornamenti|notizie)\b.{0,120}
ho letto (?:e (?:accetto|compreso) )?(?:l['’]|la |le )(?:informativa|privacy policy|condizioni|termini)\b.{0,160}
[newsletter:pt]
(?:inscreva-se|assine|cadastre-se) (?:na|em) (?:nossa |a )?(?:\S+ ){0,2}(?:newsletter|lista)\b.{0,80}
(?:assine|subscreva|receba|inscreva-se|inscreve-te|subscreve|cadastre-se|registe-se|registre-se)(?: já| agora| grátis| gratuitamente| também)? (?:(?:n?a|n?o|em|para|n?as|n?os) )?(?:nossa |nosso |nossas |nossos )?(?:\S+ ){0,3}(?:newsletters?|boletim|boletins|lista de e-?mails?|mailing list)\b[^,;:?]{0,80}
receba (?:\S+ ){0,6}(?:(?:diretamente |direto )?(?:no|na|em) (?:seu|sua|teu|tua) (?:e-?mail|caixa de (?:entrada|e-?mail|correio)|inbox)|por e-?mail)(?: (?:todos os dias|toda (?:semana|manhã)|todas as (?:manhãs|semanas)|gratuitamente|grátis|de graça))?[.!]?
receba (?:as |os )?(?:nossas|nossos|as nossas|os nossos|as últimas|as principais|as melhores) (?:news|notícias|novidades|newsletters?|conteúdos)(?: (?:por e-?mail|no (?:seu|teu) e-?mail|em primeira mão))?[.!:]?
(?:diretamente|todos os dias|toda (?:semana|manhã|sexta)|todas as (?:manhãs|semanas)) (?:na|no) (?:sua|seu|tua|teu) (?:caixa de (?:entrada|e-?mail|correio)|e-?mail|inbox)\b[^,;:?]{0,60}
(?:a )?nossa newsletter[.:!]?
(?:as )?nossas newsletters[.:!]?
(?:ver |veja |conheça )?todas as (?:nossas )?newsletters[.:!]?
escolha (?:as )?(?:suas|tuas) newsletters[.:!]?
newsletters? (?:gratuita|semanal|diária)[.:!]?
(?:o )?(?:seu|teu) (?:melhor )?e-?mail[.:*]?
(?:o )?(?:seu |teu )?endereço de e-?mail[.:*]?
(?:digite|insira|introduza|informe|coloque|deixe|cadastre) (?:aqui )?(?:o )?(?:seu|teu) (?:melhor )?(?:endereço de )?e-?mail(?: aqui| abaixo)?(?: para (?:se inscrever|receber|assinar)\b[^,;:?]{0,60})?[.:]?
(?:o )?(?:seu|teu) e-?mail foi (?:cadastrado|registado|registrado|confirmado|adicionado) com sucesso\b[^,;:?]{0,60}
(?:muito )?obrigad[oa] (?:por (?:se inscrever|se cadastrar|se registar|se registrar|subscrever|assinar a (?:nossa )?newsletter|inscrever-se|cadastrar-se)|pela (?:sua |tua )?(?:inscrição|subscrição))\b[^,;:?]{0,80}
(?:inscrição|subscrição|cadastro) (?:realizad[oa]|efetuad[oa]|concluíd[oa]|confirmad[oa]) com sucesso\b[^,;:?]{0,80}
(?:você )?pode (?:cancelar (?:a (?:sua |tua )?)?(?:inscrição|subscrição)|descadastrar-se|se descadastrar|anular a subscrição)(?: \S+){0,3} a qualquer (?:momento|hora|altura)\b[^,;:?]{0,40}
ao (?:se inscrever|se cadastrar|se registar|se registrar|inscrever-se|cadastrar-se|registar-se|registrar-se|subscrever|assinar|clicar em [«"“]?(?:inscrever|inscreva-se|assinar|cadastrar|enviar|subscrever)[»"”]?)(?: (?:em|n[ao]s?) [^,;]{1,40})?,? (?:você )?(?:concorda|aceita|declara|autoriza|confirma|consente)\b.{0,200}
não (?:perca|percas) (?:nenhuma|nenhum|mais nenhuma|mais nenhum) (?:notícias?|novidades?|atualizaç(?:ão|ões)|artigos?|post)\b[^,;:?]{0,60}
(?:fique|mantenha-se|fica|esteja|mantém-te) (?:bem |sempre )?(?:informad[oa]s?|atualizad[oa]s?|por dentro|a par|ligad[oa]s?)\b[^,;:?]{0,80}\b(?:newsletters?|e-?mail|inscreva-se|assine|cadastre-se|receba|caixa de entrada)\b[^,;:?]{0,40}
(?:aceito|concordo em) receber (?:\S+ ){0,4}(?:newsletters?|e-?mails?|comunicações|novidades|ofertas|notícias|conteúdos?)\b.{0,120}
li e (?:aceito|concordo com) (?:a |as |os |o )?(?:política de privacidade|termos|condições)\b.{0,160}
[newsletter:ru]
подпи(?:шитесь|сывайтесь) на (?:нашу |нашу еженедельную |еженедельную )?(?:рассылку|новостную рассылку)\b.{0,80}
[newsletter:ja]
(?:メルマガ|メールマガジン|ニュースレター)(?:の)?(?:登録|購読)(?:はこちら)?.{0,30}
[newsletter:zh]
(?:订阅|訂閱)(?:我们的)?(?:邮件|電子報|电子报|新闻通讯|newsletter).{0,30}
[app:en]
(?:download|get|install|try) (?:the|our|(?:the )?free)(?: [\w'’&-]+){0,3} (?:app|apps|mobile app)\b.{0,80}
(?:download|get it) on (?:the )?(?:app store|google play|play store)\b.{0,30}
(?:available|download) (?:on|from|in) (?:the )?(?:app store|google play|play store)\b.{0,60}
(?:read|listen|watch|follow) (?:\S+ ){0,4}(?:on|in) (?:our|the)(?: [\w'’&-]+){0,2} app\b.{0,40}
app store|google play|play store|get the app|download the app|download our app
for (?:the latest|more|all the latest|breaking)(?: [\w'’&-]+){0,6},? (?:download|get|install) (?:the|our)(?: [\w'’&-]+){0,3} (?:app|apps|mobile apps?) (?:for|on) (?:ios|android|iphone|ipad|apple|google)\b.{0,40}
[app:de]
(?:laden sie|lade) (?:\S+ ){0,3}app herunter\b.{0,60}
(?:jetzt )?(?:die|unsere) (?:\S+-)?app (?:herunterladen|laden|installieren)\b.{0,40}
(?:jetzt )?app (?:herunterladen|laden|installieren)\b.{0,40}
[app:es]
(?:descarga|descárgate|descargue) (?:la|nuestra) (?:\S+ ){0,2}app\b.{0,60}
[app:fr]
téléchargez (?:l'|notre )(?:application|appli|app)\b.{0,60}
[app:it]
(?:scarica|scaricate|installa)(?: ora| subito| gratis| gratuitamente)? (?:l['’](?:app|applicazione)|la (?:\S+ ){0,3}(?:app|applicazione))\b[^,;:?]{0,60}
(?:disponibile|scaricala|scaricalo|scarica(?:la)? gratis) (?:(?:su|da) |sull['’]|dall['’]|nell['’])(?:app store|google play|play store)\b[^,;:?]{0,60}
[app:pt]
(?:baixe|descarregue|descarrega|instale)(?: já| agora| grátis| gratuitamente)? (?:o |a )?(?:nosso |nossa |novo |nova )?(?:\S+ ){0,2}(?:app|aplicativo|aplicação)\b[^,;:?]{0,60}
(?:disponível|baixe|descarregue) (?:grátis )?(?:na|no|para|pela|pelo) (?:app store|google play|play store)\b[^,;:?]{0,60}
[app:ru]
(?:скачайте|скачать|установите) (?:наше |мобильное )*приложение\b.{0,60}
[app:ja]
アプリ(?:を)?(?:ダウンロード|インストール).{0,30}
[app:zh]
下载(?:客户端|app|APP|应用).{0,30}
[follow:en]
follow us(?: on (?:google news|[\w+]+)(?:(?:,| and| &| or) (?:google news|[\w+]+)){0,5})?[.!:]?
(?:like|find) us on facebook\b.{0,60}
follow (?:\S+ ){0,4}on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|google news|flipboard)(?: \(@\w+\))?(?:(?:,| and|,? &|,? or) (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)(?: \(@\w+\))?)*(?: @\S+)?[.!:]?
(?:connect|stay connected) with us\b.{0,60}
join (?:us|the conversation) on (?:twitter|x|facebook|instagram|linkedin|threads)\b.{0,40}
follow @\w{1,30} (?:on (?:twitter|x|instagram|threads|bluesky|mastodon) )?for (?:(?:the latest|more|breaking|international|national|local|world|our|all the) ){0,3}(?:news(?: and headlines)?|headlines|coverage|stories)[.!]?
(?:get|receive) (?:the latest|all the latest|our latest|breaking) (?:\S+ ){0,4}(?:news|updates|alerts|headlines|stories) (?:on|via) (?:whatsapp|telegram|google news|signal|flipboard)(?: for free)?[.!]?
chat with us (?:on|in|via) (?:facebook messenger|messenger|whatsapp|telegram|signal)(?:[.!:]|[.!] find out what(?:'|’)s happening\b.{0,60})?
[follow:de]
folgen sie uns(?: auf [\w ,&+]{1,60})?[.!:]?
folge uns(?: auf [\w ,&+]{1,60})?[.!:]?
[follow:es]
s[ií]guenos(?: en [\w ,&+]{1,60})?[.!:]?
[follow:fr]
suivez-nous(?: sur [\w ,&+]{1,60})?[.!:]?
[follow:it]
seguici(?: anche)?(?: su [\w ,&+]{1,60})?[.!:]?
segui(?:teci)? (?:\S+ ){0,4}su (?:facebook|instagram|twitter|x|threads|telegram|whatsapp|youtube|tiktok|linkedin|google news|bluesky)(?:(?:,| e) (?:facebook|instagram|twitter|x|threads|telegram|whatsapp|youtube|tiktok|linkedin))*[.!:]?
(?:iscriviti|unisciti|entra) (?:al|nel) (?:nostro )?canale(?: \S+){0,3} (?:su |di )?(?:telegram|whatsapp|youtube)\b[^,;:?]{0,60}
ricevi (?:\S+ ){0,6}(?:su|via|sul (?:nostro )?canale) (?:whatsapp|telegram|google news)(?: [^\s,;:?]+){0,3}[.!]?
[follow:pt]
siga-nos(?: também)?(?: (?:no|na|nas|nos|em|pelo|pela) [\w ,&+]{1,60})?[.!:]?
segue-nos(?: também)?(?: (?:no|na|nas|nos|em) [\w ,&+]{1,60})?[.!:]?
nos siga(?: também)?(?: (?:no|na|nas|nos|em)(?: [\w ,&+]{1,60})?)?[.!:]?
siga (?:\S+ ){0,4}(?:no|na|nas|nos) (?:facebook|instagram|twitter|x|threads|telegram|whatsapp|youtube|tiktok|linkedin|google (?:news|notícias)|bluesky)(?:(?:,| e) (?:facebook|instagram|twitter|x|threads|telegram|whatsapp|youtube|tiktok|linkedin))*[.!:]?
(?:inscreva-se|entre|participe) (?:no|em) (?:nosso |o nosso )?(?:canal|grupo)(?: \S+){0,3} (?:no |do |de |pelo )?(?:telegram|whatsapp|youtube)\b[^,;:?]{0,60}
receba (?:\S+ ){0,6}(?:no|pelo|via|em nosso|no nosso) (?:\S+ ){0,3}(?:whatsapp|telegram)(?: [^\s,;:?]+){0,3}[.!]?
[follow:ru]
(?:подписывайтесь|подпишитесь) на (?:нас|наш (?:канал|telegram-канал|telegram)|наши (?:соцсети|страницы))\b.{0,80}
мы в соцсетях[.:]?
[follow:ja]
フォローする
@\S{1,30}をフォローする
フォローしてください.{0,20}
[follow:zh]
关注我们.{0,30}
