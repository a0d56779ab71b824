# Blurbs that explain a sponsored-content label. Matched against a whole line.
# Fixtures: fixtures/articles/share-and-ads.*; the seed article's sponsored block.
[en]
about (?:this )?(?:sponsored|partner|paid|branded) content\b.{0,300}
this (?:content|article|story|page) (?:was|is) (?:commissioned|produced|paid for|sponsored|created) by\b.{0,200}
(?:sponsored|presented|brought to you|paid for) by:? [\p{Lu}\d][^.,;:!?\n]{0,60}\.?
# a link to the ad sales page: "Advertise on harbourside.example", "Advertise
# jobs with us"; "advertise on" only before a web address ("advertise on the
# radio" may be the start of advice), "with" or "in" only before "us" (a name
# after it may be a marketing tip's subheading: "Advertise With Local Radio")
advertise(?: (?:jobs|events|here))? on [\w-]+(?:\.[\w-]+)+
advertise(?: (?:jobs|events|here))? (?:with|in) us\.?
[prefix]
# How a blurb line can start (lower-case).
about
this
sponsored
presented
brought
paid
advertise
