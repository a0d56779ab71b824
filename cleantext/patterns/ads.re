# Blurbs that explain a sponsored-content label. Matched against a whole line.
# Fixtures: fixtures/articles/share-and-ads.*; the seed article's sponsored block.
[en]
about (?:this )?(?:sponsored|partner|paid|branded) content\b.{0,300}
this (?:content|article|story|page) (?:was|is) (?:commissioned|produced|paid for|sponsored|created) by\b.{0,200}
(?:sponsored|presented|brought to you|paid for) by [\p{Lu}\d][^.,;:!?\n]{0,60}\.?
[prefix]
# How a blurb line can start (lower-case).
about
this
sponsored
presented
brought
paid
