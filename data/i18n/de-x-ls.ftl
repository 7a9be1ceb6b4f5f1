# Leichte Sprache (easy-to-read German), code de-x-ls: a variant of German. This file holds only
# the messages that Leichte Sprache words differently; every other message comes from de.ftl
# (docs/decisions.md, "Issue 14: Leichte Sprache as a language"). Rules: short sentences, one
# statement each, hard words explained.

language-name = Leichte Sprache
# ltr or rtl
language-direction = ltr

nav-home = Start·seite
start-fields-intro = Das Konzept hat { $count } Themen. Wir nennen die Themen: Handlungs·felder. Zu jedem Handlungs·feld gibt es Vorschläge. Die Vorschläge heißen: Handlungs·empfehlungen.
start-all-fields = Alle Handlungs·felder ansehen
fields-title = Handlungs·felder
field-recommendations = Handlungs·empfehlungen
field-back = Zurück zu allen Handlungs·feldern
search-button = Suchen
easy-read-not-available = Diese Seite gibt es nicht in Leichter Sprache. Hier steht alles in schwerer Sprache.
content-outdated-label = Der deutsche Text ist neu. Die Übersetzung ist alt. Hier ist der neue Text:
