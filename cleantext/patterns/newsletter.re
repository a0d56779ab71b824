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
[newsletter:pt]
(?:inscreva-se|assine|cadastre-se) (?:na|em) (?:nossa |a )?(?:\S+ ){0,2}(?:newsletter|lista)\b.{0,80}
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
[follow:ru]
(?:подписывайтесь|подпишитесь) на (?:нас|наш (?:канал|telegram-канал|telegram)|наши (?:соцсети|страницы))\b.{0,80}
мы в соцсетях[.:]?
[follow:ja]
フォローする
@\S{1,30}をフォローする
フォローしてください.{0,20}
[follow:zh]
关注我们.{0,30}
