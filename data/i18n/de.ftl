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

# --- monitoring ---
nav-monitoring = Monitoring
number-decimal-mark = ,
monitoring-title = Integrationsmonitoring
monitoring-intro = { $count ->
    [one] Eine Kennzahl zeigt, ob Teilhabe gerechter wird – für jede Gruppe, für Frauen und Männer, in jedem Stadtbezirk.
   *[other] { $count } Kennzahlen zeigen, ob Teilhabe gerechter wird – für jede Gruppe, für Frauen und Männer, in jedem Stadtbezirk. Sie sind den Handlungsfeldern zugeordnet, die sie beobachten.
}
indicator-kind = Kennzahl
indicator-unit = Einheit
indicator-concept = Bevölkerungskonzept
indicator-no-data = Für diese Kennzahl sind noch keine Zahlen importiert.
indicator-no-data-short = noch keine Zahlen
demo-title = Demo-Daten
demo-text = Diese Zahlen sind für die Vorführung erfunden und keine amtliche Statistik.
demo-badge = Demo-Daten
demo-marker = (Demo-Daten)
breakdown-nav = Aufschlüsseln nach
breakdown-none = insgesamt
breakdown-origin = Herkunft
breakdown-sex = Geschlecht
breakdown-age = Altersgruppe
breakdown-district = Stadtbezirk
latest-heading = Neueste Werte
latest-caption = Neueste Werte nach { $breakdown }, { $year }
table-status = Status
table-year = Jahr
footnote = Fußnote
footnotes-heading = Fußnoten
value-interval = 95-%-Intervall { $lower } bis { $upper }
chart-heading = Zeitreihe
chart-title-by = Zeitreihe nach { $breakdown }
chart-caption = Fehlende Werte (z. B. aus Geheimhaltungsgründen) sind als leere Kreise am unteren Rand markiert, nicht als 0. Die Zahlen stehen in der Tabelle.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] Ein Wert fehlt (z. B. geheim) und ist nicht als 0 gezeichnet.
   *[other] { $count } Werte fehlen (z. B. geheim) und sind nicht als 0 gezeichnet.
}
chart-desc-table = Alle Werte stehen in der Tabelle unter dem Diagramm.
series-table-summary = Zeitreihe als Tabelle
series-caption = { $title }: alle Jahre
target-heading = Ziel
target-label = Ziel { $year }: { $value }
target-text = Ziel für { $group }: { $target }.
target-detail = Bisher { $actual } pro Jahr, nötig sind { $needed } pro Jahr.
target-detail-actual = Bisher { $actual } pro Jahr.
target-rule = Auf Kurs heißt: Die durchschnittliche jährliche Veränderung seit dem ersten Wert (oder seit einem Zeitreihenbruch) ist mindestens so groß wie die jährliche Veränderung, die bis zum Zieljahr noch nötig ist.
verdict-reached = Ziel erreicht
verdict-on-track = auf Kurs
verdict-off-track = nicht auf Kurs
verdict-missed = Ziel verfehlt
verdict-not-judgeable = noch nicht beurteilbar
gap-heading = Abstand: { $group } im Vergleich zu { $reference }
gap-desc = Balken zeigen je Jahr den Wert der Gruppe minus den Wert der Vergleichsgruppe; Striche zeigen das 95-%-Intervall, wo es eines gibt. Jahre ohne beide Werte haben keinen Balken.
gap-column = Abstand
gap-missing = fehlt
gap-table-summary = Abstand als Tabelle
gap-unit-percent = Prozentpunkte
gap-unit-per-thousand = je 1.000
gap-unit-count = Anzahl
gap-unit-index = Indexpunkte
gap-unit-square-metres = m²
gap-unit-years = Jahre
map-heading = Stadtbezirke
map-title = { $title }, Stadtbezirke { $year }
map-desc = Karte der Stadtbezirke; je dunkler, desto höher der Wert. Schraffierte Bezirke sind geheim gehalten, graue haben keinen Wert. Die Werte stehen in der Tabelle unter der Karte.
map-suppressed = geheim (.)
map-missing = kein Wert
map-years = Jahr der Karte
map-table-summary = Stadtbezirke als Tabelle
definition-heading = Definition und Quelle
definition-numerator = Zähler
definition-denominator = Nenner
definition-polarity = Richtung
definition-source = Quelle
definition-rhythm = Erscheint
caveats-heading = Hinweise zur Aussagekraft
informs-heading = Beobachtet Handlungsfelder und Empfehlungen
download-heading = Daten herunterladen
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Schnittstelle (JSON)
unit-percent = Prozent
unit-per-thousand = je 1.000
unit-count = Anzahl
unit-index = Index (0–100)
unit-square-metres = Quadratmeter
unit-years = Jahre
unit-percent-value = { $value } %
unit-per-thousand-value = { $value } je 1.000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } m²
unit-years-value = { $value } Jahre
concept-NAT = Staatsangehörigkeit (Ausländer/-innen und Deutsche)
concept-MH = Migrationshintergrund
concept-EG = Einwanderungsgeschichte
concept-NONE = nicht nach Herkunft
polarity-higher-is-better = höher ist besser
polarity-lower-is-better = niedriger ist besser
polarity-neutral = ohne Wertung
origin-total = insgesamt
origin-MH = mit Migrationshintergrund
origin-NO_MH = ohne Migrationshintergrund
origin-FOREIGN = Ausländer/-innen
origin-DE = Deutsche
origin-EG = mit Einwanderungsgeschichte
origin-NO_EG = ohne Einwanderungsgeschichte
sex-total = insgesamt
sex-F = weiblich
sex-M = männlich
sex-D = divers
sex-X = ohne Angabe
age-total = alle Altersgruppen
age-under = unter { $to } Jahre
age-from = { $from } Jahre und älter
age-exactly = { $from } Jahre
age-range = { $from } bis { $to } Jahre
district-total = ganze Stadt
status-A = normal
status-B = Zeitreihenbruch
status-E = geschätzt
status-F = Prognose
status-P = vorläufig
status-U = eingeschränkt aussagefähig
status-Q = geheim
status-M = nicht zutreffend
status-L = noch nicht verfügbar
direction-label = Letzte Veränderung
direction-better = besser
direction-worse = schlechter
direction-up = gestiegen
direction-down = gesunken
direction-no-clear-change = keine klare Veränderung
direction-not-comparable = nicht vergleichbar (Zeitreihenbruch)
direction-unknown = noch keine Zeitreihe
field-indicators = Kennzahlen zu diesem Handlungsfeld
start-gaps-heading = Die größten Abstände
start-gaps-intro = Wo Gruppen im Integrationsmonitoring am weitesten hinter der Vergleichsgruppe liegen (neuestes Jahr, gemessen am Abstand im Verhältnis zum Wert der Vergleichsgruppe).
start-gap-text = { $values }; Abstand { $gap }
start-all-indicators = Alle Kennzahlen ansehen
imports-title = Importe
imports-intro = Jede Datenlieferung, die in teilhabe importiert wurde: Datei, Quelle, Zeiträume, wer sie wann importiert hat. Ein erneuter Import eines Zeitraums ersetzt dessen Zahlen; das Änderungsprotokoll hält es fest.
imports-none = Noch nichts importiert.
imports-file = Datei
imports-periods = Kennzahlen und Jahre
imports-when = Importiert
imports-figures = { $count ->
    [one] ein Wert
   *[other] { $count } Werte
}
imports-replaced = { $count ->
    [one] ersetzt einen Wert
   *[other] ersetzt { $count } Werte
}
imports-link = Alle Importe und ihre Quellen
