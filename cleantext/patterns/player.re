# Video player controls: the text of a web video player's hidden buttons,
# time displays and caption-settings dialog (video.js and players that copy
# its labels), which a scraper takes as lines of the page. One line alone is
# never removed: a block needs three different patterns of this file close
# together (chrome.PLAYER_MIN), and takes in the plain control labels of
# player.labels around them.
# Fixtures: fixtures/chrome/site_chrome/player-en.txt
#   fixtures/chrome/site_chrome/player-de.txt
#   fixtures/chrome/site_chrome/player-youtube.txt
#   fixtures/chrome/site_chrome/neg-player-story.txt
[en]
video player is loading\.?
this is a modal window\..*
beginning of dialog window\..*
end of dialog window\.
current time\s*-?\d{1,2}(?::\d\d){1,2}
duration(?:\s*time)?\s*-?\d{1,2}(?::\d\d){1,2}
remaining time\s*-?\d{1,2}(?::\d\d){1,2}
stream type\s*live
loaded\s*:\s*\d{1,3}(?:\.\d+)?\s*%
progress\s*:\s*\d{1,3}(?:\.\d+)?\s*%
playback rate
(?:descriptions|subtitles|captions|captions and subtitles|chapters) off,\s*selected
captions settings,\s*opens captions settings dialog
close modal dialog
reset restore all settings to the default values(?:\s*done)?
seek to live,\s*currently (?:playing|behind) live(?:\s*live)?
no compatible source was found for this media\.?
the media could not be loaded\b.*
# an embedded YouTube player
if playback doesn'?[’']?t begin shortly\b.*
tap to unmute
you'?[’']?re signed out\.?
videos you watch may be added to the tv'?[’']?s watch history\b.*
an error occurred while retrieving sharing information\b.*
[playlist:en]
# The heads of a news site's video embed with its playlist: "Just watched"
# over the title playing, "Replay", "More Videos ...", "Must watch" over the
# playlist. They make a block only together (chrome.PLAYLIST_HEADS of them in
# a few lines); the block takes in the title playing and the playlist's
# titles ("(16 Videos)" over them, or one title with its running time).
just watched
more videos\s*(?:\.\.\.|…)?
must watch
[de]
dies ist ein modales fenster\..*
aktuelle zeit\s*-?\d{1,2}(?::\d\d){1,2}
dauer\s*-?\d{1,2}(?::\d\d){1,2}
verbleibende zeit\s*-?\d{1,2}(?::\d\d){1,2}
geladen\s*:\s*\d{1,3}(?:[.,]\d+)?\s*%
wiedergabegeschwindigkeit
[fr]
ceci est une fenêtre modale\..*
temps actuel\s*-?\d{1,2}(?::\d\d){1,2}
durée\s*-?\d{1,2}(?::\d\d){1,2}
temps restant\s*-?\d{1,2}(?::\d\d){1,2}
vitesse de lecture
[es]
esta es una ventana modal\..*
tiempo actual\s*-?\d{1,2}(?::\d\d){1,2}
duración\s*-?\d{1,2}(?::\d\d){1,2}
tiempo restante\s*-?\d{1,2}(?::\d\d){1,2}
velocidad de reproducción
