"""Hypothesis strategies: invented article prose, and junk of every rule family.

``prose_doc()`` builds junk-free articles (a headline, paragraphs, dialogue,
subheadings, several scripts) that every filter must leave alone.
``planted_doc()`` interleaves prose paragraphs with generated junk lines and
returns which lines are prose, so a test can check that every planted line is
removed and every prose line kept whole.

Prose deliberately uses words the filters look for ("share", "group", "photo",
"next", "print", "advertising", "members"...) inside sentences and at their
start ("Members ...", "Copyright ...", "Presented ...").
"""

from __future__ import annotations

from hypothesis import strategies as st

# ------------------------------------------------------------------ vocabulary

NOUNS = (
    "council", "harbour", "bridge", "school", "market", "river", "station", "library",
    "budget", "festival", "museum", "ferry", "farm", "bakery", "orchestra", "clinic",
    "tram", "garden", "quarry", "lighthouse", "group", "share", "photo", "print",
    "image", "icon", "link", "menu", "home", "search", "email", "comments", "members",
    "offer", "trial", "advertising", "copyright", "credit", "chapter", "page", "story",
    "article", "subscription", "sponsor", "gallery", "path", "layer", "shape", "advert",
    "newsletter", "cookie", "template", "footer", "tablet", "phone", "screen",
)
VERBS = (
    "opened", "closed", "reopened", "voted", "agreed", "rejected", "announced",
    "promised", "expected", "rebuilt", "shared", "printed", "grouped", "linked",
    "offered", "signed", "subscribed", "advertised", "photographed", "searched",
    "loaded", "followed", "saved", "copied", "posted", "sponsored",
)
ADJECTIVES = (
    "new", "old", "local", "northern", "free", "next", "previous", "last", "first",
    "sponsored", "small", "quiet", "busy", "unlimited", "full", "digital", "premium",
)
SMALL = (
    "the", "a", "its", "their", "on", "in", "at", "after", "before", "with", "for",
    "to", "and", "but", "because", "of", "by", "from", "more", "than", "every", "this",
)
PLAIN_NOUNS = ("council", "harbour", "bridge", "school", "market", "river", "budget", "festival", "museum", "bakery")
NAMES = (
    "Ashby", "Marisol", "Okonjo", "Tilley", "Brackwater", "Wendlebury", "Kestrel",
    "Lindqvist", "Renata", "Ilse", "Vukovic", "Portcallow", "Skerrin", "Amara",
)
STARTERS = (
    "The", "A", "Residents", "Officials", "Her", "Our", "Most", "Two", "Engineers",
    "She", "He", "They", "Local", "Last", "This", "Your", "Every", "Share", "Group",
    "Photo", "Print", "Next", "Back", "Advertising", "Image", "Email", "Icon", "Offer",
    "Search", "Home", "Previous", "Subscription", "Trial", "Credit", "For", "Members",
    "Copyright", "Presented", "Sponsored", "You", "Free", "Already", "Become",
)
#: A heading that starts "Copyright …", "Sponsored …" or "Presented …" and has
#: no verb reads as a copyright notice or a sponsor label, not as a heading.
HEADING_STARTERS = tuple(w for w in STARTERS if w not in ("Copyright", "Sponsored", "Presented"))

CYRILLIC = ("город", "мост", "школа", "река", "открыли", "новый", "в", "пятницу", "жители", "сказал", "далее", "реклама")
CJK = "市立図書館夜間開館試験導入来月中央時間延長利用者要望継続判断駅前新自習室広告記事"
GREEK = ("η", "γέφυρα", "άνοιξε", "ξανά", "την", "Τρίτη", "στο", "λιμάνι", "δήμος")

word = st.one_of(
    st.sampled_from(NOUNS),
    st.sampled_from(VERBS),
    st.sampled_from(ADJECTIVES),
    st.sampled_from(SMALL),
    st.sampled_from(NAMES),
    st.integers(0, 99999).map(str),
)


@st.composite
def latin_sentence(draw) -> str:
    first = draw(st.sampled_from(STARTERS))
    body = draw(st.lists(word, min_size=4, max_size=18))
    # real sentences have function words: a line made only of label words is
    # what the label filters exist to remove
    body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(SMALL)))
    if first == "Copyright":
        # "Copyright 2019 ...", "Copyright the Ashby Council." open a copyright
        # notice; a sentence that starts with the word is about copyright law
        body.insert(0, "law")
    if first in ("Photo", "Image") and body[0] in ("copyright", "source", "caption"):
        # "Image copyright by Ashby council." names who took the picture: a
        # credit; so does "Photo copyright Ashby the council council." (found
        # by hypothesis: the credit needs no "by", as real ones show)
        body.insert(0, draw(st.sampled_from(PLAIN_NOUNS)))
    if draw(st.booleans()) and len(body) > 4:
        i = draw(st.integers(2, len(body) - 2))
        body[i] += ","
    end = draw(st.sampled_from((".", ".", ".", "!", "?")))
    return " ".join([first, *body]) + end


@st.composite
def other_script_sentence(draw) -> str:
    kind = draw(st.sampled_from(("cyrillic", "cjk", "greek")))
    if kind == "cjk":
        return "".join(draw(st.lists(st.sampled_from(CJK), min_size=6, max_size=30))) + "。"
    vocab = CYRILLIC if kind == "cyrillic" else GREEK
    ws = draw(st.lists(st.sampled_from(vocab), min_size=4, max_size=14))
    return (" ".join(ws) + ".").capitalize()


sentence = st.one_of(latin_sentence(), latin_sentence(), other_script_sentence())


@st.composite
def dialogue(draw) -> str:
    """A quoted line of dialogue: '"Next?"', '"Share it," said Ilse.'"""
    w = draw(st.sampled_from(("Next", "Back", "Print", "Share", "Group", "More", "Save", "Home", "Search", "No", "Later")))
    if draw(st.booleans()):
        return f'"{w}{draw(st.sampled_from("?.!"))}"'
    return f'"{w} it," said {draw(st.sampled_from(NAMES))}.'


@st.composite
def paragraph(draw) -> str:
    return " ".join(draw(st.lists(sentence, min_size=1, max_size=3)))


@st.composite
def heading(draw) -> str:
    """A subheading or headline: no final full stop."""
    first = draw(st.sampled_from(HEADING_STARTERS))
    rest = draw(st.lists(st.one_of(st.sampled_from(NOUNS), st.sampled_from(ADJECTIVES), st.sampled_from(NAMES)), min_size=1, max_size=6))
    # a heading names something: at least one word that is no UI label
    rest.insert(draw(st.integers(0, len(rest))), draw(st.sampled_from(NAMES + PLAIN_NOUNS)))
    if first in ("Photo", "Image") and rest[0] in ("copyright", "source", "caption"):
        # "Photo copyright Ashby" is a photo's screen-reader label, not a heading
        rest.insert(0, draw(st.sampled_from(PLAIN_NOUNS)))
    return " ".join([first, *rest])


@st.composite
def prose_doc(draw) -> str:
    """A junk-free article: a headline, then paragraphs, dialogue and subheadings,
    separated by single newlines or blank lines."""
    blocks = [draw(heading())]
    blocks += draw(st.lists(st.one_of(paragraph(), paragraph(), dialogue(), heading()), min_size=1, max_size=8))
    sep = draw(st.sampled_from(("\n", "\n\n")))
    return sep.join(blocks)


# ------------------------------------------------------------------ junk

ICON_NAMES = (
    "Arrow", "Bell", "Bookmark", "Camera", "Chevron", "Close", "Facebook", "Heart",
    "Home", "Linkedin", "Mail", "Menu", "Print", "Search", "Share", "Twitter", "User",
    "Whatsapp", "Youtube", "Zoom", "Play", "Star",
)
SVG_DEBRIS = ("Group", "Group 2", "Group 14", "Combined Shape", "Rectangle Copy 3", "Artboard", "Created with Sketch.")
#: One-word layer names that could be subheadings: debris only beside other debris.
SVG_PLAIN = ("Oval", "Path", "Stroke", "Mask", "Rectangle", "Fill")


@st.composite
def icon_junk(draw) -> list[str]:
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return [draw(st.sampled_from(SVG_DEBRIS))]
    if kind == 1:
        return [draw(st.sampled_from(SVG_PLAIN)), draw(st.sampled_from(SVG_DEBRIS))]
    names = draw(st.lists(st.sampled_from(ICON_NAMES), min_size=2, max_size=6))
    toks = [n + ("Icon" if draw(st.booleans()) else "") for n in names]
    toks[draw(st.integers(0, len(toks) - 1))] += "Icon"  # at least one Icon token
    line = draw(st.sampled_from((" ", ""))).join(toks)
    if draw(st.booleans()):
        line += "Created with Sketch."
    return [line]


IDENTS = ("footer", "author", "siteHeader", "comment_count", "promo", "sidebar", "publishDate", "articlesLeft")
SYNTAXES = ("{{%s}}", "{{%s-plural}}", "<<%s>>", "${%s}", "%%(%s)s", "<%%= %s %%>", "[[%s]]", "{%% %s %%}")


@st.composite
def one_placeholder(draw) -> str:
    return draw(st.sampled_from(SYNTAXES)) % draw(st.sampled_from(IDENTS))


@st.composite
def placeholder_junk(draw) -> list[str]:
    parts = draw(st.lists(one_placeholder(), min_size=1, max_size=2))
    prefix = draw(st.sampled_from(("", "By ", "Updated ", "Posted ")))
    return [prefix + " ".join(parts)]


PROMPTS = (
    "You have {n} free articles left this month",
    "This is your last free article this month",
    "Try {n} months for ${n}",
    "Subscribe now",
    "Already a subscriber? Sign in",
    "Your trial period has expired",
    "Subscribe to keep reading",
    "See all offers",
)
OFFERS = ("Local news you can count on", "Reporting from the coast, every morning.", "Independent and reader funded")
BULLETS = ("• Unlimited access on every device", "• The morning briefing", "- Our full archive")


@st.composite
def paywall_junk(draw) -> list[str]:
    n = str(draw(st.integers(1, 9)))
    out = [draw(st.sampled_from(PROMPTS)).replace("{n}", n)]
    if draw(st.booleans()):
        out += draw(st.lists(st.sampled_from(BULLETS), min_size=1, max_size=3))
    if draw(st.booleans()):
        out += draw(st.lists(st.sampled_from(OFFERS), min_size=1, max_size=2))
        out.append(draw(st.sampled_from(PROMPTS)).replace("{n}", n))
    return out


AGENCIES = ("AP", "AFP", "Reuters")
PEOPLE = ("Ruth Amara", "Dario Venn", "Ben Tolland", "Lena Hart", "Kemal Arslan")


@st.composite
def credit_junk(draw) -> list[str]:
    kind = draw(st.integers(0, 5))
    who, agency = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(AGENCIES))
    if kind == 0:
        return [f"© {draw(st.sampled_from(('Hollin Press Agency', 'Fenwick Photo', 'Reuters')))}"]
    if kind == 1:
        return [f"Photograph: {who}/{agency}"]
    if kind == 2:
        n = draw(st.integers(2, 40))
        return [f"Image {draw(st.integers(1, n))} of {n}"]
    if kind == 3:
        return [f"{who}/{agency}"]
    if kind == 4:
        return ["Getty Images"]
    return [f"{draw(latin_sentence())} (Photo: {who}/{agency})"]


SHARE_SINGLE = ("Facebook", "Twitter", "X", "WhatsApp", "Email", "Print", "Copy link", "LinkedIn")


@st.composite
def share_junk(draw) -> list[str]:
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return [draw(st.sampled_from(("Share", "Share this article", "Share this story")))] + draw(
            st.lists(st.sampled_from(SHARE_SINGLE), min_size=1, max_size=4)
        )
    if kind == 1:
        labels = draw(st.lists(st.sampled_from(SHARE_SINGLE), min_size=2, max_size=5))
        return [draw(st.sampled_from((" ", " | "))).join(labels)]
    return ["Share this article"]


AD_LABELS = ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Publicidad", "Anzeige", "Sponsored content")


@st.composite
def ad_junk(draw) -> list[str]:
    if draw(st.booleans()):
        return [draw(st.sampled_from(AD_LABELS))]
    org = draw(st.sampled_from(("Harlow Travel", "Kestrel Bank", "the Vale Tourism Board")))
    return ["Sponsored Content", f"About Sponsored Content This content was commissioned by {org}."]


NAV_LABELS = ("Previous article", "Next article", "Next chapter", "Back to top", "Load more", "Skip to main content", "Read more")

nav_junk = st.sampled_from(NAV_LABELS).map(lambda s: [s])

#: Junk generators by the filter that must remove them.
JUNK = {
    "icon_labels": icon_junk(),
    "placeholders": placeholder_junk(),
    "paywall": paywall_junk(),
    "photo_credits": credit_junk(),
    "share": share_junk(),
    "ads": ad_junk(),
    "navigation": nav_junk,
}


@st.composite
def planted_doc(draw) -> tuple[str, list[str]]:
    """``(document, prose_lines)``: a headline and prose paragraphs with junk
    blocks of any rule family planted between them (the paywall family at most
    once: lines between two paywall prompts are treated as one paywall block)."""
    title = draw(heading())
    paras = draw(st.lists(paragraph(), min_size=1, max_size=6))
    prose = [title, *paras]
    slots: list[list[str]] = [[] for _ in range(len(prose) + 1)]
    families = draw(st.lists(st.sampled_from(sorted(JUNK)), min_size=1, max_size=6))
    seen_paywall = False
    for fam in families:
        if fam == "paywall":
            if seen_paywall:
                continue
            seen_paywall = True
        slot = draw(st.integers(0, len(prose)))
        slots[slot].append(fam)
    blocks: list[str] = []
    for i in range(len(prose) + 1):
        for fam in slots[i]:
            # a junk block's own lines are kept together (single line breaks)
            blocks.append("\n".join(draw(JUNK[fam])))
        if i < len(prose):
            blocks.append(prose[i])
    sep = draw(st.sampled_from(("\n", "\n\n")))
    return sep.join(blocks), prose
