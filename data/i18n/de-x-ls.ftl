# Leichte Sprache (easy-to-read German), code de-x-ls: a variant of German. This file holds only
# the messages that Leichte Sprache words differently; every other message comes from de.ftl
# (docs/decisions.md, "Issue 14: Leichte Sprache as a language"). Rules: short sentences, one
# statement each, hard words explained.

language-name = Leichte Sprache
# ltr or rtl
language-direction = ltr

nav-home = Start-Seite
start-fields-intro = Das Konzept hat { $count } Themen. Wir nennen die Themen: Handlungs-Felder. Zu jedem Handlungs-Feld gibt es Vorschläge. Die Vorschläge heißen: Handlungs-Empfehlungen.
start-all-fields = Alle Handlungs-Felder ansehen
fields-title = Handlungs-Felder
field-recommendations = Handlungs-Empfehlungen
field-back = Zurück zu allen Handlungs-Feldern
search-button = Suchen
easy-read-not-available = Diese Seite gibt es nicht in Leichter Sprache. Hier steht alles in schwerer Sprache.
content-outdated-label = Der deutsche Text ist neu. Die Übersetzung ist alt. Hier ist der neue Text:
