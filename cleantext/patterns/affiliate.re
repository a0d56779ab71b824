# Affiliate disclosures: the note a shop-linking page adds to say it may be paid
# for purchases made through its links (the US FTC's endorsement guides ask for
# it; Amazon's Associates agreement words one). A line of at most 60 words
# (ADS_MAX_WORDS) holding any of these clauses at a sentence start goes whole:
# disclosure lines carry only such sentences and "Learn more". Each clause
# needs the page or its writer as the one who is paid ("we", "I", a site's
# name); the line must speak of links, buying or an affiliate programme, must
# point at the reader or the page itself ("you", "this post", "our site",
# "Amazon Associate", a "Disclosure:" lead; "ich", "wir", "du" in German) and
# must not report speech ("said", "found", "erklärte"): a story about affiliate
# programmes reports what others earn ("Publishers may earn a commission when
# readers buy ...", "Amazon may earn a commission on e-book sales, analysts
# said") and stays.
# Matched case-insensitively unless a part says (?-i:...).
# Fixtures: the "ads" cases of tests/test_filters.py and the "ads" negatives of
# fixtures/negative.json
[hint]
# One text search each on every page, so as few as cover the disclosures
# (a "supported by its audience" note names the commission too), cut so
# that no two share three letters
# (a shared part would be searched for instead, and "sion" is in too many words)
commiss
affiliat
qualifying purchase
share of the sale
pensation
provisi
[en]
(?:if|when) you (?:buy|click|purchase|shop|make a purchase)\b[^.!?\n]{0,80}\b(?:(?:our|this|these|my) (?:links?|posts?|articles?|pages?|site|website|videos?|stor(?:y|ies)|reviews?)|recommended links?)\b[^.!?\n]{0,100}\b(?:may|might|will|could|can) (?:earn|receive|get|make)\b
(?:(?-i:(?:[\p{Lu}\d][\w.&'’-]*)(?:\s+[\p{Lu}\d][\w.&'’-]*){0,3})|we|i) (?:may|might|will|could|can|sometimes|do) (?:earn|receive|get|make|collect) (?:an? )?(?:small |tiny )?(?:share of (?:the )?(?:sale|revenue)|(?:affiliate )?commissions?|compensation|a portion)\b
(?:this|our) (?:post|article|page|site|website|story|video|review)s? (?:may )?(?:contains?|includes?|uses?) (?:affiliate|partner|sponsored|monetized) links\b
(?:some|all|many) (?:of )?(?:the )?(?:links|posts|products)\b[^.!?\n]{0,60}\b(?:are|may be|may contain|contain) (?:affiliate|monetized|partner)\b
(?:(?-i:[\p{Lu}][\w.&'’®-]*(?:\s+[\p{Lu}][\w.&'’®-]*){0,3}),?\s+)?as an amazon associate,? (?:(?:i|we|(?-i:[\p{Lu}][\w.&'’®-]*(?:\s+[\p{Lu}][\w.&'’®-]*){0,3})) )?earns? from qualifying purchases\b
(?-i:[\p{Lu}][\w.&'’-]*(?:\s+[\p{Lu}][\w.&'’-]*){0,3}) is supported by its (?:audience|readers)\b
sometimes we include links to (?:online )?(?:retail )?(?:stores|shops|retailers)\b
(?:this|our) (?:post|article|page|site|story|video|review)s? (?:may )?(?:contains?|includes?) links to (?:online )?(?:retail )?(?:stores|shops|retailers)\b
(?:we|i) (?:use|include) (?:income[- ]earning )?(?:auto(?:matic)? )?affiliate links\b
[de]
(?:wenn|falls) (?:du|ihr|sie) (?:über|durch) (?:diesen|einen solchen|einen dieser|unsere|meine) links?\b[^.!?\n]{0,100}\b(?:provision|vergütung)\b
# The meta sections below are no clauses. [lead]: what may stand before a
# clause at the line's start ("Disclosure:", "FTC:", "Hinweis:"), ending with a
# colon. [object]: word starts one of which the line must hold (what a
# disclosure is about). [deixis]: words or phrases pointing at the reader or
# the page, one of which the line must hold (whole words). [reported]: words
# of reported speech, none of which the line may hold (whole words).
[lead]
disclosure
affiliate disclosure
ftc
note
hinweis
werbung
[object]
links?
purchas
buy
bought
associate
affiliate
partnerlink
[deixis]
you
your
(?:this|these) (?:posts?|articles?|pages?|site|website|stor(?:y|ies)|videos?|reviews?|links)
our (?:site|website|links)
(?:on|in) our (?:site|website|pages?)
amazon associate
ich
wir
uns
mir
du
dir
euch
[reported]
said
says
told
explained
admitted
reported
according to
found
erklärte
sagte
sagt
berichtete
so die
