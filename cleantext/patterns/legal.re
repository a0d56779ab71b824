# Copyright and rights lines, on a line of at most LEGAL_MAX_WORDS words.
# Section names are "slot:language". [copyright:..] entries are regular
# expressions that must match a whole line (case-insensitive). [rights:..]
# entries are plain phrases: a line counts when it starts with one, or when
# one follows a short first sentence or a separator ("X Media Ltd. All
# rights reserved.", "Impressum | Alle Rechte vorbehalten"); in Chinese and
# Japanese any short run of text without sentence punctuation may precede it.
# A sentence about copyright law ("Copyright Office officials said ...") does
# not start with a copyright sign, a year or a rights phrase, so it stays.
# Fixtures: fixtures/chrome/legal/footer-en.txt
#   fixtures/chrome/legal/footer-multi.txt
#   fixtures/chrome/legal/neg-copyright-story.txt
#   fixtures/chrome/legal/footer-it.txt fixtures/chrome/legal/footer-pt.txt
#   fixtures/chrome/legal/neg-legal-it-pt.txt
[copyright:en]
(?:copyright\s*(?:©|\(c\)|ⓒ)|©|ⓒ|&copy;|\(c\)\s*(?=copyright\b|\d{4}))\s*.{0,300}
copyright\s+(?:of\s+)?(?:\d{4}|(?:\d{4}\s*[-–]\s*\d{2,4}))\b.{0,300}
(?:this (?:material|article|content|story) )?may not be (?:published|reproduced|republished),? (?:broadcast|redistributed|rewritten)\b.{0,160}
(?:reproduction|republication) (?:in whole or in part )?(?:without (?:express |written )?permission )?is (?:strictly )?prohibited\b.{0,60}
# a press service's notice that the page itself is protected ("This article is
# subject to copyright. Apart from fair dealing …"): the notice ends with a full
# stop and only the notice's terms follow it (reproduction, permission, fair
# dealing); a sentence that goes on after a comma or semicolon ("This content is
# subject to copyright, so a teacher ...") or a story's next sentence stays
this (?:document|article|material|content|story|page) is subject to copyright\.(?:\s+(?=.{0,200}\b(?:reproduc|permission|fair dealing|fair use|private study|all rights)).{0,300})?
# a publisher's reprint notice: the copy is for the reader's own use, and
# presentation-ready copies are to be ordered ("Dow Jones Reprints: This copy
# is for your personal, non-commercial use only. ...", "Order a reprint of
# this article now")
(?:dow jones )?reprints?: this copy is for your personal,? non-commercial use only[.!](?: to order (?:presentation-ready )?copies\b.{0,300})?
see a sample reprint in pdf format\.? order a reprint of this article now\.?
[rights:en]
all rights reserved
[rights:de]
alle rechte vorbehalten
[rights:es]
todos los derechos reservados
[rights:fr]
tous droits réservés
tous droits de reproduction réservés
[rights:it]
tutti i diritti riservati
tutti i diritti sono riservati
riproduzione riservata
[rights:pt]
todos os direitos reservados
[rights:ru]
все права защищены
[rights:ja]
無断転載を禁じます
無断転載禁止
無断複製・転載を禁じます
[rights:zh]
版权所有
版權所有
