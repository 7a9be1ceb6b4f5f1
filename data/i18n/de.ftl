# German — the city's working language and the default. Every message must exist here.
# Further languages: copy this file to <code>.ftl (e.g. ar.ftl), translate, rebuild.

language-name = Deutsch
# ltr or rtl
language-direction = ltr

site-name = teilhabe
site-tagline = Integrationskonzept der Stadt { $city }
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-language = Sprache wählen
nav-breadcrumb = Sie sind hier
nav-home = Startseite
nav-fields = Handlungsfelder
nav-search = Suche

search-label = Im Integrationskonzept suchen
search-button = Suchen
search-title = Suche
search-hint = Suchen Sie in allen Texten des Konzepts: Leitbild, Ziele, Handlungsfelder und Handlungsempfehlungen. Groß- und Kleinschreibung sowie Umlaute spielen keine Rolle.
search-results = { $count ->
    [0] Keine Treffer für „{ $query }“.
    [one] Ein Treffer für „{ $query }“.
   *[other] { $count } Treffer für „{ $query }“.
}
search-kind-section = Abschnitt
search-kind-statement = Grundsatz
search-kind-field = Handlungsfeld
search-kind-recommendation = Handlungsempfehlung
search-kind-area = Bereich

start-adopted = Beschlossen am { $date }
start-fields-intro = Das Konzept ordnet seine Handlungsempfehlungen { $count } Handlungsfeldern zu. Jede Handlungsempfehlung hat eine feste Kennung, auf die sich Maßnahmen und Kennzahlen beziehen.
start-all-fields = Alle Handlungsfelder ansehen
section-adopted = Beschlossen { $date }

fields-title = Handlungsfelder
fields-intro = { $count } Handlungsfelder mit zusammen { $recommendations } Handlungsempfehlungen.
field-recommendation-count = { $count ->
    [one] eine Handlungsempfehlung
   *[other] { $count } Handlungsempfehlungen
}
field-area-count = { $count ->
    [one] ein Bereich
   *[other] { $count } Bereiche
}
field-recommendations = Handlungsempfehlungen
field-areas = Bereiche
field-id = Kennung
field-tags = Merkmale
field-previous = Vorheriges Handlungsfeld
field-next = Nächstes Handlungsfeld
field-back = Zurück zu allen Handlungsfeldern

footer-source = Quelle
footer-version = Fassung { $version }, geladen am { $date }
footer-software = Betrieben mit teilhabe, freie Software für kommunale Integrationsarbeit.
footer-api = Offene Schnittstelle (JSON)

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite. Vielleicht hilft die Suche oder die Startseite weiter.
no-concept-title = Noch kein Konzept geladen
no-concept-text = In dieser Datenbank ist noch kein Integrationskonzept gespeichert. Laden Sie eines mit „teilhabe concept load DATEI“ oder starten Sie mit „teilhabe serve --demo“.
error-title = Ein Fehler ist aufgetreten
error-text = Die Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es später noch einmal.

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-long = { $day }. { $month } { $year }
