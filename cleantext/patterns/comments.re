# Comment-section heads with a count, and comment-form and moderation lines.
# Each pattern must match a whole line (case-insensitive) of at most
# COMMENT_MAX_WORDS words.
# Section names here are "slot:language": [count:..] lines are heads
# (reason comment_head), [form:..] lines are comment-form text (comment_form).
# Fixtures: fixtures/chrome/comments/section-en.txt
#   fixtures/chrome/comments/run-to-end.txt
#   fixtures/chrome/comments/count-by-headline.txt
#   fixtures/chrome/comments/form-multi.txt
#   fixtures/chrome/comments/heads-ru-ja-zh.txt
#   fixtures/chrome/comments/neg-leave-a-reply.txt
#   fixtures/chrome/comments/form-notes-en.txt
#   fixtures/chrome/comments/form-it-pt.txt
#   fixtures/chrome/comments/section-it.txt
#   fixtures/chrome/comments/section-pt.txt
#   fixtures/chrome/comments/neg-comments-it-pt.txt
[count:en]
(?:comments?|responses?|replies|reader comments|discussion)\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|no|one|two|three) (?:comments?|responses?|replies|thoughts)(?: (?:on|to) [“"«„'‘].{1,120})?
(?:view|show|see|read|load|hide|show all|view all|read all|see all) (?:all )?(?:\d{1,6} )?(?:comments?|replies|responses)(?: \(\d+\))?
comments?\s*[:»]\s*\d{1,6}
[count:de]
(?:kommentare|leserkommentare|diskussion)\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|keine|ein) (?:kommentare?|antworten)(?: zu [“"«„'‘»].{1,120})?
(?:alle )?(?:\d{1,6} )?kommentare (?:anzeigen|lesen|einblenden)
[count:es]
comentarios\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|sin|un) comentarios?(?: (?:en|a|sobre) [“"«„'‘].{1,120})?
(?:ver|mostrar|leer) (?:los |todos los )?(?:\d{1,6} )?comentarios
[count:fr]
commentaires?\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|aucun|un) (?:commentaires?|réactions?)(?: (?:sur|à) [“"«„'‘].{1,120})?
(?:voir|afficher|lire) (?:les |tous les )?(?:\d{1,6} )?commentaires
[count:it]
commenti\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|nessun|un) (?:commenti|commento|risposte|risposta)(?: (?:su|a) [“"«„'‘][^“”"«»„]{1,120}[”"»“'’])?
(?:vedi|mostra|leggi|carica|nascondi) (?:tutti )?(?:i |gli altri |altri )?(?:\d{1,6} )?(?:commenti|risposte)(?: \(\d+\))?
commenti?\s*[:»]\s*\d{1,6}
[count:pt]
coment[aá]rios\s*[(\[]\s*\d{1,6}\s*[)\]]
(?:\d{1,6}|nenhum|sem|um) coment[aá]rios?(?: (?:em|sobre|para|a|no|na) [“"«„'‘][^“”"«»„]{1,120}[”"»“'’])?
(?:ver|mostrar|ler|carregar|exibir|esconder|ocultar) (?:os |todos os |mais )?(?:\d{1,6} )?coment[aá]rios
coment[aá]rios?\s*[:»]\s*\d{1,6}
[count:ru]
комментари(?:и|ев)\s*[(\[:]?\s*\d{1,6}\s*[)\]]?
\d{1,6} комментари(?:й|я|ев)
[count:ja]
コメント\s*[(（\[]\s*\d{1,6}\s*[)）\]]
コメント(?:数)?[:：]?\s*\d{1,6}件?
\d{1,6}件のコメント
[count:zh]
(?:评论|評論|网友评论)\s*[(（\[]\s*\d{1,6}\s*[)）\]]
\d{1,6}\s*条评论
[form:en]
you must be (?:logged in|signed in|registered)(?: to (?:post|leave|add|write) (?:a |your )?(?:comment|reply))?\.?
(?:please )?(?:log ?in|sign ?in|register|login or register|log in or register|sign in or register)(?: or (?:sign up|register|create an account))? to (?:post |leave |add |write |join the )?(?:a )?(?:comments?|reply|replies|discussion|conversation)\.?
(?:your )?e-?mail(?: address)? will not be (?:published|displayed|shared|made public)\b.{0,120}
required fields are marked\b.{0,20}
(?:name|e-?mail|mail|website|url|comment)\s*(?:\*|\((?:will not be published|required|optional)\))(?:\s*\((?:will not be published|required|optional)\))*\s*:?
(?:name|e-?mail|mail) \(?(?:required|will not be published)\)?.{0,40}
notify me of (?:new |follow-?up )?(?:comments|posts|replies)\b.{0,40}
save my name,? e-?mail,? and website in this browser\b.{0,80}
(?:post|submit|add|publish|send) (?:your |a )?(?:comment|reply)(?: now)?
(?:leave a reply )?cancel reply
click here to cancel reply\.?
comments? (?:are|is) (?:now )?closed\.?
(?:commenting|comments) (?:is|are|has been|have been) (?:now )?(?:disabled|turned off|closed)(?: (?:for|on) (?:[\w'’-]+ ){0,3}[\w'’-]+)?(?:\.(?: .{0,40})?)?
be the first to (?:comment|reply|leave a comment)\b.{0,40}
(?:blog )?comments powered by disqus\.?
please enable javascript to view the comments\b.{0,60}
(?:loading|load) comments\b.{0,10}
(?:this is only a preview\. )?your comment (?:has not yet been posted|could not be posted|has been posted|is awaiting moderation|will (?:appear|be published)|was submitted)\b.{0,100}
comments are moderated\b.{0,160}
(?:please (?:understand|note) that |note that |all )comments are (?:being )?moderated(?: before (?:publication|they (?:appear|are published))| and (?:it is not always possible to publish all\b[^.]{0,60}|(?:may|will|might) (?:take [^.,;]{1,30} to appear|not appear (?:immediately|right away))))?[.!]?(?: (?:please be patient|thank you|thanks)\b[^.]{0,40}[.!]?)?
some comments may be (?:republished|published|edited|reproduced) (?:on|in) (?:the|our) (?:website|site|newspaper|paper|print edition)(?:,? (?:or|and) (?:on|in) (?:the|our) (?:website|site|newspaper|paper|print edition))*(?:[.!]|; e-?mail addresses will not be published\.?)
report (?:this )?(?:comment|abuse)
reply to (?:this )?(?:comment|post)
(?:log ?in|sign ?in) to reply
(?:subscribe to|follow) (?:this |the )?(?:comments?|discussion)(?: thread)?(?: (?:by|via) e-?mail| feed| rss(?: feed)?)?[.!]?
(?:view|show|hide) (?:\d+ )?(?:more )?(?:replies|comments)
(?:sort|order) (?:comments )?by:?(?: (?:oldest|newest|best|top|popular)(?: first)?)?
# log-in prompts, notes after a reply is sent, feeds of the replies, and the
# picture test (captcha) of a comment form
you (?:must|need to) (?:log ?in|sign ?in|be logged in|be signed in)(?: or (?:create an account|register|sign up))? (?:to|before you can) (?:post |leave |add |write )?(?:a )?(?:comments?|reply)(?:[.!](?: (?:registration is free|it(?:'|’)?s free|it is free|log in|sign in|register|sign up|create an account|click here|please go to)\b.{0,120})?)?
(?:thank you|thanks)[.!,]? your (?:reply|comment) has been (?:submitted|received|posted) and will (?:appear|be (?:published|posted|shown))[^.]{0,60}[.!]?
(?:this entry was posted\b.{0,200}\. )?you can follow any responses to this entry through the rss 2\.0 feed\.?(?: (?:you can (?:leave a response|skip to the end)|both comments and pings|responses are currently closed|comments are closed)\b.{0,160})?
you can (?:follow|track) this conversation by subscribing to the comment feed for this (?:post|entry|article)\.?
as a final step before posting your comment, enter the (?:letters and numbers|characters|words) you see in the image(?: below)?[.:]?(?: this prevents automated programs from posting comments\.?)?
the (?:letters and numbers|characters|words) you entered did not match the image\. please try again\.?
having trouble reading this image\? (?:view an alternate|get a new (?:one|image|code))\.?
some comments posted here may be reviewed before they are displayed(?:[.!]|, including (?:submissions|comments|those)\b.{0,300})
[form:de]
vielen dank!? (?:ihr|dein) kommentar wird\b.{0,160}
(?:ihr|dein) kommentar wird (?:nach|vor|erst)\b.{0,160}
(?:ihre|deine) e-mail-adresse wird nicht veröffentlicht\b.{0,120}
erforderliche felder sind (?:mit \* )?markiert\b.{0,20}
(?:schreibe|schreib|schreiben sie) einen kommentar(?: antworten abbrechen)?
(?:kommentieren sie|kommentiere) hier
(?:kommentar (?:abschicken|absenden|schreiben|verfassen|hinzufügen))
antworten abbrechen
die kommentarfunktion (?:ist|wurde) (?:deaktiviert|geschlossen)\b.{0,60}
kommentare sind geschlossen\.?
(?:sie müssen|bitte) (?:sich )?(?:angemeldet sein|anmelden|einloggen),? um (?:einen )?kommentar(?:e)? (?:zu )?(?:schreiben|verfassen|abzugeben)\b.{0,20}
benachrichtigung bei weiteren kommentaren\b.{0,40}
[form:es]
deja (?:un comentario|una respuesta)\b.{0,20}
tu dirección de correo electrónico no será publicada\b.{0,120}
los campos obligatorios están marcados\b.{0,20}
(?:publicar|enviar) (?:el )?comentario
cancelar respuesta
debes (?:estar registrado|iniciar sesión) para (?:publicar|dejar) un comentario\.?
para comentar (?:debes|tienes que|es necesario|hay que) (?:registrarte|estar registrado|iniciar sesión|identificarte)(?: y completar (?:los|tus) datos(?: generales)?)?[.!]?
[form:fr]
laisser un commentaire\b.{0,20}
laisser une réponse\b.{0,20}
votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\b.{0,120}
les champs obligatoires sont indiqués\b.{0,20}
(?:publier|envoyer) (?:le |un |votre )?commentaire
annuler la réponse
vous devez (?:être connecté|vous connecter) pour (?:publier|laisser|poster) un commentaire\.?
[form:it]
(?:lascia (?:un commento|una risposta) )?annulla (?:la )?risposta
(?:il )?tuo indirizzo (?:e-?mail|email) non (?:sarà|verrà) pubblicato\b.{0,120}
i campi obbligatori sono (?:contrassegnati|indicati|segnati)\b.{0,20}
(?:pubblica|invia|aggiungi) (?:il |un |il tuo )?commento
devi (?:essere (?:connesso|connessa|registrat[oa]|loggat[oa]|autenticat[oa])|effettuare il login|accedere) per (?:pubblicare|inviare|lasciare|scrivere|postare) (?:un |il )?commento\.?
per (?:commentare|lasciare un commento),? (?:devi|è necessario|occorre|bisogna) (?:essere (?:registrat[oi]|iscritt[oi]|connesso)|effettuare il login|accedere|registrarsi|registrarti|iscriverti|abbonarti)\b.{0,40}
salva il mio nome,? e-?mail,? e sito web in questo browser\b.{0,80}
(?:avvisami|notificami) (?:\S+ ){0,6}(?:commenti|risposte|articol[oi]|post)\b.{0,60}
il tuo commento (?:è in attesa di (?:moderazione|approvazione)|è stato (?:inviato|pubblicato|ricevuto)|sarà (?:pubblicato|visibile)|verrà pubblicato)\b.{0,100}
(?:i )?commenti sono (?:chiusi|disattivati|disabilitati)\.?
(?:i )?commenti sono moderati(?: prima della pubblicazione)?\.?
sii il primo a commentare\b.{0,40}
caricamento (?:dei )?commenti\b.{0,10}
rispondi a (?:questo )?commento
segnala (?:questo commento|un abuso)
accedi per (?:commentare|rispondere)\b.{0,20}
[form:pt]
(?:deixe (?:um comentário|uma resposta) )?cancelar (?:a )?resposta
(?:o )?(?:seu |teu )?endereço de e-?mail não (?:será|vai ser) (?:publicado|divulgado)\b.{0,120}
(?:o )?(?:seu|teu) e-?mail não (?:será|vai ser) (?:publicado|divulgado|exibido)\b.{0,120}
(?:os )?campos obrigatórios (?:são|estão) (?:marcados|assinalados|indicados)\b.{0,20}
(?:publicar|enviar|postar|adicionar) (?:o |um |seu |o seu )?comentário
(?:você )?(?:precisa|deve|tem de|tem que) (?:estar (?:logad[oa]|conectad[oa]|registad[oa]|registrad[oa]|autenticad[oa])|fazer (?:o )?login|iniciar (?:a )?sessão) para (?:publicar|postar|deixar|enviar|escrever|fazer) (?:um )?comentário\.?
para (?:comentar|deixar um comentário),? (?:é (?:necessário|preciso)|você precisa|precisa|tem de|tem que|deve) (?:estar (?:logad[oa]|registad[oa]|registrad[oa]|cadastrad[oa])|fazer (?:o )?login|iniciar (?:a )?sessão|se cadastrar|cadastrar-se|registar-se|registrar-se|ser assinante)\b.{0,40}
(?:salvar|guardar) (?:o )?meu nome,? e-?mail,? e site neste navegador\b.{0,80}
(?:notifique-me|notificar-me|avise-me|avisar-me|me notifique|me avise) (?:\S+ ){0,6}(?:coment[aá]rios|respostas|posts|artigos|publicações)\b.{0,60}
(?:o )?(?:seu|teu) comentário (?:está (?:aguardando|a aguardar|em) (?:moderação|aprovação)|aguarda (?:moderação|aprovação)|foi (?:enviado|recebido|publicado)(?: com sucesso)?|será (?:publicado|exibido|analisado))\b.{0,100}
(?:os )?comentários (?:estão|foram) (?:fechados|encerrados|desativados)\.?
coment[aá]rios (?:fechados|encerrados|desativados)\.?
seja o primeiro a comentar\b.{0,40}
(?:aguarde\.{0,3}\s?)?carregando coment[aá]rios\b.{0,10}
responder a (?:este )?comentário
denunciar (?:este comentário|abuso)
(?:faça login|entre|inicie sessão) para (?:comentar|responder)\b.{0,20}
os comentários (?:aqui (?:postados|publicados) )?(?:não representam a opinião d[oa]|expressam a opinião d[oa]s? (?:seus|respectivos) autores|são de (?:inteira |exclusiva )?responsabilidade d[oa]s? (?:seus|respectivos) autores)\b.{0,160}
[form:ru]
оставить комментарий
оставьте комментарий\b.{0,20}
добавить комментарий
ваш (?:e-?mail|адрес электронной почты|адрес email) не будет опубликован\b.{0,120}
обязательные поля помечены\b.{0,20}
(?:отправить|опубликовать) комментарий
(?:чтобы|для того чтобы) (?:оставить|написать) комментарий,? (?:необходимо|нужно|войдите)\b.{0,60}
[form:ja]
コメントを(?:残す|書く|投稿する|する)
メールアドレスが公開されることはありません.{0,80}
が付いている欄は必須項目です.{0,20}
コメントをキャンセル
[form:zh]
发表评论
發表評論
(?:写|發表|发表)(?:下)?(?:你的)?评论
(?:您|你)的(?:电子邮件|邮箱)(?:地址)?不会被公开.{0,60}
