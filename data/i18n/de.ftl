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

# --- measures, working groups, accounts ---

nav-measures = Maßnahmen
nav-programmes = Programme
nav-working-groups = Arbeitsgruppen
nav-admin = Verwaltung
account-signed-in-as = Angemeldet: { $name }
account-login = Anmelden
account-logout = Abmelden
account-title = Mein Konto
account-password = Passwort ändern
account-current = Bisheriges Passwort
account-new = Neues Passwort
account-repeat = Neues Passwort wiederholen
account-change = Passwort ändern
account-error-current = Das bisherige Passwort stimmt nicht.
account-error-repeat = Die beiden neuen Passwörter sind verschieden.
account-sessions = Sitzungen
account-sessions-text = Wenn Sie an einem fremden oder verlorenen Gerät angemeldet sind: Abmelden beendet alle Ihre Sitzungen auf allen Geräten. Ein neues Passwort tut das auch.
account-logout-everywhere = Überall abmelden

demo-badge = Beispieldaten
demo-notice = Diese Maßnahme ist ein Beispiel (Demodaten) und beschreibt keine reale Maßnahme der Stadt.
measure-unpublished = nicht veröffentlicht
measure-kicker = Maßnahme
measure-new-title = Neue Maßnahme
measure-edit-title = Maßnahme bearbeiten
measure-delete = Maßnahme löschen
measure-facts = Angaben
measure-history = Verlauf
measure-progress = Fortschritt { $percent } %

progress-label = Fortschritt { $percent } % ({ $weighting })
progress-weighted-budget = gewichtet nach geplantem Budget
progress-weighted-equal = alle Maßnahmen gleich gewichtet
progress-no-measures = Noch keine Maßnahme
progress-none-counting = Keine laufende Maßnahme
progress-gaps = { $count } von { $total } Handlungsempfehlungen ohne Maßnahme

status-idea = Idee
status-planned = geplant
status-running = läuft
status-completed = abgeschlossen
status-permanent = verstetigt
status-stopped = gestoppt
status-none = keiner
status-count-idea = { $count } Idee(n)
status-count-planned = { $count } geplant
status-count-running = { $count } laufend
status-count-completed = { $count } abgeschlossen
status-count-permanent = { $count } verstetigt
status-count-stopped = { $count } gestoppt

programme-concept = Integrationskonzept
programme-refugee = Programm für Geflüchtete „{ $name }“
programme-both = Integrationskonzept und „{ $name }“
districts-all = gesamtstädtisch (alle Stadtbezirke)
districts-some = in diesen Stadtbezirken:
value-none = –
value-yes = ja
value-no = nein

col-id = Nummer
col-field = Handlungsfeld
col-title_de = Titel (deutsch)
col-title_en = Titel (englisch)
col-description_de = Beschreibung (deutsch)
col-description_en = Beschreibung (englisch)
col-recommendations = Handlungsempfehlungen
col-programme = Programm
col-organisation = Verantwortliche Organisation
col-contact = Ansprechperson
col-working_group = Arbeitsgruppe
col-status = Status
col-stop_reason = Grund für das Stoppen
col-progress = Fortschritt (%)
col-start_date = Beginn
col-end_date = Ende
col-budget_planned = Budget geplant (EUR)
col-budget_spent = Budget verausgabt (EUR)
col-target_groups = Zielgruppen
col-districts = Stadtbezirke
col-gender_aspect = Genderaspekt
col-gender_aspect_note = Wie die Maßnahme Geschlecht berücksichtigt
col-evidence = Nachweise
col-milestones = Meilensteine
col-published = Veröffentlichung

hint-id = { "" }
hint-title_de = Pflichtfeld. Kurz und verständlich.
hint-title_en = Freiwillig.
hint-description_de = Was geschieht, für wen, mit welchem Ziel.
hint-description_en = Freiwillig.
hint-recommendations = Mindestens eine Handlungsempfehlung, der die Maßnahme dient.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Name und Erreichbarkeit, z. B. E-Mail-Adresse.
hint-working_group = { "" }
hint-status = Angeboten werden nur zulässige nächste Schritte.
hint-stop_reason = Nur für gestoppte Maßnahmen, dort Pflicht.
hint-progress = Ganze Zahl von 0 bis 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = In Euro, z. B. 12.500,00.
hint-budget_spent = In Euro, z. B. 8.250,50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Pflicht, wenn die Maßnahme einen Genderaspekt hat.
hint-evidence = Ein Nachweis je Zeile: Bezeichnung <https://…>
hint-milestones = Ein Meilenstein je Zeile: JJJJ-MM-TT Text
hint-published = { "" }

timeline-created = angelegt
timeline-changed = geändert
timeline-deleted = gelöscht

measures-title = Maßnahmen
measures-count = { $count ->
    [0] Keine Maßnahme gefunden.
    [one] Eine Maßnahme.
   *[other] { $count } Maßnahmen.
}
filter-title = Maßnahmen filtern
filter-text = Suchbegriff
filter-apply = Anwenden
filter-reset = Filter zurücksetzen
filter-any = alle

form-errors = Bitte prüfen Sie diese Angaben:
form-section-description = Beschreibung
form-section-responsibility = Zuständigkeit
form-section-state = Stand und Budget
form-section-evidence = Nachweise und Meilensteine
form-gender-aspect = Die Maßnahme hat einen Genderaspekt
form-published = Öffentlich sichtbar (auch ohne Anmeldung)
form-save = Speichern
form-cancel = Abbrechen

conflict-title = Jemand anderes hat diese Maßnahme inzwischen geändert.
conflict-text = Ihre Eingaben sind unten im Formular erhalten. Vergleichen Sie sie mit dem gespeicherten Stand und speichern Sie erneut, um Ihre Fassung zu übernehmen.
conflict-updated-at = Zuletzt gespeichert am { $date }.
conflict-caption = Unterschiede zum gespeicherten Stand (Fassung { $version })
conflict-field = Angabe
conflict-yours = Ihre Eingabe
conflict-theirs = Gespeichert

error-required = Bitte ausfüllen.
error-unknown-recommendation = „{ $id }“ ist keine Handlungsempfehlung des Konzepts.
error-retired-recommendation = „{ $id }“ wurde aus dem Konzept zurückgezogen; nur Maßnahmen, die ihr schon dienten, behalten sie.
error-unknown-working-group = „{ $id }“ ist kein Handlungsfeld des Konzepts.
error-unknown-target-group = „{ $id }“ ist keine bekannte Zielgruppe.
error-unknown-district = „{ $id }“ ist kein Stadtbezirk.
error-unknown-language = „{ $id }“ ist kein Sprachcode.
error-cell-progress = „{ $value }“ ist kein Fortschritt; erwartet wird eine ganze Zahl von 0 bis 100.
error-cell-date = „{ $value }“ ist kein Datum; erwartet wird TT.MM.JJJJ oder JJJJ-MM-TT.
error-cell-money = „{ $value }“ ist kein Betrag; erwartet wird z. B. 12.500,00.
error-cell-evidence = „{ $value }“ ist kein Link; erwartet wird „Bezeichnung <https://…>“.
error-cell-milestone = „{ $value }“ ist kein Meilenstein; erwartet wird „JJJJ-MM-TT Text“.
error-end-before-start = Das Ende liegt vor dem Beginn.
error-stop-reason = Eine gestoppte Maßnahme braucht den Grund.
error-gender-note = Beschreiben Sie in einem Satz, wie die Maßnahme Geschlecht berücksichtigt.
error-negative-amount = Beträge können nicht negativ sein.
error-transition = Eine Maßnahme im Status „{ $from }“ kann nicht „{ $to }“ werden.
error-transition-allowed = Möglich ist: { $allowed }.

programmes-title = Integrationskonzept und Programm für Geflüchtete
programmes-intro = Das Integrationskonzept verlangt, Ressourcen durch Abstimmung mit der Versorgung Geflüchteter zu sparen. Hier stehen die Maßnahmen beider Programme nebeneinander.
programmes-overlaps = { $count ->
    [0] Keine möglichen Doppelungen
    [one] Eine mögliche Doppelung
   *[other] { $count } mögliche Doppelungen
}
programmes-overlaps-intro = Diese Maßnahmen dienen derselben Handlungsempfehlung, derselben Zielgruppe und demselben Stadtbezirk in beiden Programmen.
programmes-no-overlaps = Keine Maßnahme des einen Programms überschneidet sich vollständig mit einer des anderen.

login-title = Anmelden
login-intro = Für Mitglieder der Arbeitsgruppen, das Integrationsbüro und die Statistikstelle.
login-name = Anmeldename
login-password = Passwort
login-submit = Anmelden
login-failed = Anmeldename oder Passwort ist falsch.
login-throttled = Zu viele Fehlversuche. Bitte warten Sie { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
}.

forbidden-title = Keine Berechtigung
forbidden-text = Mit Ihrer Rolle können Sie diese Seite nicht nutzen.
csrf-title = Das Formular ist abgelaufen
csrf-text = Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal. Das schützt vor untergeschobenen Formularen anderer Websites.

role-administrator = Administration
role-editor = Arbeitsgruppe (bearbeiten)
role-statistician = Statistikstelle
role-viewer = Lesezugriff (intern)
role-concept-editor = Konzept bearbeiten
role-translator = Übersetzung (nur zugewiesene Sprachen)
role-requester = Einrichtung (Sprachmittlung anfragen)
role-mediator = Sprachmittler:in
role-mediation-coordinator = Koordination Sprachmittlung
role-reporter = Meldende Stelle (Daten einer Einrichtung)
role-provider = Anbieter (Angebote einer Organisation)
role-counsellor = Beratung Antidiskriminierung (Fallakten)

admin-users-title = Benutzerkonten
admin-tokens-title = API-Schlüssel
admin-audit-title = Protokoll
admin-users-list = Vorhandene Konten
admin-inactive = gesperrt
admin-display-name = Name
admin-role = Rolle
admin-field = Handlungsfeld (Arbeitsgruppe)
admin-field-hint = Nur für die Rolle „Arbeitsgruppe“: das Handlungsfeld, dessen Maßnahmen das Konto bearbeitet.
admin-institution = Einrichtung
admin-error-institution = Diese Einrichtung gibt es nicht (mehr) im Einrichtungsverzeichnis.
account-messages = Nachrichten per E-Mail
account-email = E-Mail-Adresse
account-email-hint = Erinnerungen und Nachrichten (z. B. zu Formularen oder Angeboten Ihrer Einrichtung) gehen an diese Adresse. Leer lassen: keine E-Mails.
account-email-save = Adresse speichern
account-email-saved = Die E-Mail-Adresse ist gespeichert.
account-email-removed = Die E-Mail-Adresse ist entfernt; dieses Konto erhält keine E-Mails.
admin-email-hint = Freiwillig. Ohne Adresse erhält das Konto keine E-Mails.
admin-error-email = Geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein oder lassen Sie das Feld leer.
admin-new-password = Neues Passwort (leer lassen: unverändert)
admin-active = Konto aktiv
admin-new-user = Neues Konto
admin-create-user = Konto anlegen
admin-error-role = Bitte eine Rolle wählen.
admin-error-field = Die Rolle „Arbeitsgruppe“ braucht ein Handlungsfeld.
admin-error-login = Der Anmeldename darf nur Kleinbuchstaben, Ziffern, Punkt, Unter- und Bindestrich enthalten.
admin-error-password = Das Passwort braucht mindestens { $min } Zeichen.
admin-error-duplicate = Ein Konto „{ $login }“ gibt es schon.
admin-error-self = Das eigene Konto kann nicht gesperrt oder herabgestuft werden.
admin-user-created = Konto „{ $login }“ angelegt.
admin-user-updated = Konto „{ $login }“ gespeichert.
admin-tokens-intro = API-Schlüssel erlauben Skripten den Zugriff mit einer Rolle. Ein Schlüssel wird nur einmal angezeigt und lässt sich jederzeit widerrufen.
admin-token-created = Neuer Schlüssel – jetzt kopieren, er wird nicht wieder angezeigt:
admin-token-name = Bezeichnung
admin-token-created-at = Angelegt
admin-token-used = Zuletzt genutzt
admin-token-state = Zustand
admin-token-revoked = widerrufen am
admin-token-revoke = Widerrufen
admin-new-token = Neuer API-Schlüssel
admin-create-token = Schlüssel erzeugen
admin-error-token-name = Bitte eine Bezeichnung angeben.
admin-error-token-days = Die Gültigkeit muss zwischen 1 und { $max } Tagen liegen.
admin-token-expires = Gültig bis
admin-token-expires-at = Gültig bis { $at } (UTC).
admin-token-days = Gültigkeit in Tagen (höchstens { $max })
admin-token-expired = abgelaufen
admin-tokens-rules = Ein Schlüssel erlischt an seinem Ablaufdatum und sobald das Konto, das ihn angelegt hat, gesperrt wird oder Rolle oder Handlungsfeld wechselt. Konten und Schlüssel verwaltet nur, wer angemeldet ist – nie ein Skript mit einem Schlüssel.
password-error-long = Das Passwort darf höchstens { $max } Zeichen haben.
password-error-common = Dieses Passwort ist zu verbreitet (es steht auf der Liste häufiger Passwörter oder ist der Anmeldename). Bitte ein anderes wählen.
admin-audit-type = Art (z. B. measure, user, token)
admin-audit-id = Kennung
admin-audit-csv = Als CSV herunterladen
admin-audit-at = Zeitpunkt (UTC)
admin-audit-actor = Wer
admin-audit-action = Aktion
admin-audit-entity = Objekt
admin-audit-field = Feld
admin-audit-change = Änderung

groups-title = Arbeitsgruppen
groups-intro = Zu jedem Handlungsfeld gibt es eine Arbeitsgruppe. Ihre Mitglieder pflegen die Maßnahmen des Handlungsfelds.
groups-members = { $count ->
    [0] noch keine Mitglieder
    [one] ein Mitglied
   *[other] { $count } Mitglieder
}
groups-chair = Vorsitz
group-title = Arbeitsgruppe { $field }
group-field-link = Zum Handlungsfeld
group-measures-link = Maßnahmen der Arbeitsgruppe
group-members = Mitglieder
group-no-members = Noch keine Mitglieder eingetragen.
group-remove = Entfernen
group-person = Person
group-is-chair = Hat den Vorsitz
group-name-public = Name öffentlich zeigen (die Person hat zugestimmt)
group-name-not-public = Name nicht öffentlich
group-add-member = Mitglied hinzufügen
group-meetings = Sitzungen
group-no-meetings = Noch keine Sitzung eingetragen.
group-participants = { $count ->
    [one] eine teilnehmende Person
   *[other] { $count } Teilnehmende
}
group-meeting-date = Datum
group-participants-label = Zahl der Teilnehmenden
group-decisions = Beschlüsse
group-add-meeting = Sitzung eintragen
group-error-person = Bitte den Namen der Person angeben.
group-error-organisation = Bitte die Organisation angeben.
group-error-date = Bitte ein gültiges Datum angeben.
group-error-participants = Bitte eine ganze Zahl angeben, 0 oder mehr.
group-error-decisions = Bitte die Beschlüsse angeben.
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
monitoring-demo-badge = Demo-Daten
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
gap-unit-percentage-points = Prozentpunkte
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
measures-download = Diese Liste herunterladen (in den Spalten, die der Import liest):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Schnittstelle (JSON)
unit-percent = Prozent
unit-percentage-points = Prozentpunkte
unit-per-thousand = je 1.000
unit-count = Anzahl
unit-index = Index (0–100)
unit-square-metres = Quadratmeter
unit-years = Jahre
unit-percent-value = { $value } %
unit-percentage-points-value = { $value } Prozentpunkte
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
imports-upload-heading = Daten importieren
imports-upload-intro = Nur für die Statistikstelle und die Verwaltung. Eine Datei wird vollständig geprüft; enthält sie einen Fehler, wird nichts gespeichert. Ein Probelauf zeigt, was sich ändern würde, ohne etwas zu speichern.
imports-upload-table = Tabelle (GENESIS-CSV, Langformat-CSV oder XLSX)
imports-upload-table-file = Tabellendatei
imports-upload-table-hint = CSV (UTF-8 oder Windows-1252, Trennzeichen wird erkannt) oder XLSX.
imports-upload-mapping = Zuordnungsdatei (TOML, optional)
imports-upload-mapping-hint = Optional. Sagt, welche Spalten und Codes der Datei welche Kennzahl, welches Jahr und welche Aufschlüsselung sind (siehe docs/formats/imports.md). Ohne sie schlägt teilhabe eine Zuordnung vor, die Sie prüfen und bestätigen.
imports-upload-cubes = Ergebnis der Statistikstelle (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = Die Kennzahlen-Datei aus dem Ausgabeordner von „teilhabe compute“.
imports-upload-metadata = metadata.json (optional)
imports-upload-metadata-hint = Quelle und Stichtag; ohne sie wird „teilhabe compute“ als Quelle eingetragen.
imports-upload-dry-run = Probelauf: nur prüfen, nichts speichern
imports-upload-submit = Prüfen und importieren
import-result-title = Ergebnis des Imports
import-result-stored = { $count ->
    [one] Ein Wert wurde als Import Nr. { $id } gespeichert
   *[other] { $count } Werte wurden als Import Nr. { $id } gespeichert
}
import-result-dry-run = { $count ->
    [one] Probelauf: ein Wert würde importiert; nichts wurde gespeichert
   *[other] Probelauf: { $count } Werte würden importiert; nichts wurde gespeichert
}
import-result-demo = Die Datei ist als Demo-Daten gekennzeichnet.
import-result-refused = { $count ->
    [one] Der Import wurde abgelehnt; nichts wurde gespeichert. Ein Problem:
   *[other] Der Import wurde abgelehnt; nichts wurde gespeichert. { $count } Probleme:
}
import-result-incomplete = Es fehlt eine Datei; nichts wurde gespeichert.
import-result-problems-note = Die Meldungen nennen Datei, Zeile und Spalte.
import-result-indicator = Kennzahl
import-result-year = Jahr
import-result-old = Bisher gespeichert
import-result-new = Neu
import-result-changed = Davon geändert
import-result-skipped-indicators = Nicht im Katalog und daher übersprungen: { $list }
import-result-skipped-rows = { $count } Zeilen auf Ebenen oder mit Aufschlüsselungen, die der Katalog nicht zeigt (Quartiere, Bezugsländer …), wurden übersprungen.
import-result-dropped-keep = { $count } Zeilen ausgelassen, weil ihr Code nicht in der Regel keep steht: { $rule }
import-result-dropped-drop = { $count } Zeilen ausgelassen nach der Regel drop: { $rule }
import-lacks-file = Keine Tabellendatei gewählt.
import-lacks-mapping = Keine Zuordnungsdatei gewählt.
import-mapping-not-text = Die Zuordnungsdatei ist keine UTF-8-Textdatei.
import-lacks-indicators = Keine Datei indicators.csv gewählt.
import-result-format = Format { $format }, Zeichenkodierung { $encoding }
import-result-back = Zurück zu den Importen
import-upload-too-large = Die Datei ist zu groß (höchstens 64 MiB). Nichts wurde gespeichert.
import-upload-unreadable = Das Formular kam unvollständig an. Bitte die Dateien erneut wählen und noch einmal senden. Nichts wurde gespeichert.

# Cross-field links (issue 10)
field-linked-from = ↑ eine Maßnahme der Arbeitsgruppe „{ $group }“, mit einer Empfehlung dieses Handlungsfelds verknüpft
field-refuse-link = Verknüpfung ablehnen
field-error-refuse = Die Verknüpfung kann nicht abgelehnt werden: die Maßnahme hätte dann keine Handlungsempfehlung mehr.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Bisherige Importe
imports-filter-label = Importe filtern
imports-filter-indicator = Kennzahl
imports-filter-source = Quelle
imports-found = { $count ->
    [0] Kein Import gefunden.
    [one] Ein Import gefunden.
   *[other] { $count } Importe gefunden.
}
imports-pages-label = Seiten der Importliste
imports-page-of = Seite { $page } von { $pages }
imports-page-previous = Vorherige Seite
imports-page-next = Nächste Seite
imports-audit-link = Änderungen von Import { $id } im Protokoll
admin-audit-import = Import (Nummer)
admin-audit-import-hint = Zeigt nur die Einträge, die dieser Import geschrieben hat.
admin-audit-table = Protokolleinträge
admin-audit-import-scope = Einträge des Imports Nr. { $number }.
admin-audit-import-all = Alle Einträge anzeigen
admin-audit-import-error = Eine ganze Zahl erwartet, die Nummer eines Imports (z. B. 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Zuordnung prüfen
draft-check-title = Bekannte Tabelle: prüfen und importieren
draft-intro = teilhabe hat die Datei gelesen und schlägt vor, welche Spalten und Codes was bedeuten. Jede Wahl lässt sich ändern; unsichere Vorschläge sind markiert und nicht vorausgewählt. „Vorschau“ zeigt die ersten Zahlen neben den gespeicherten; „Importieren“ speichert alles oder nichts und merkt sich die Zuordnung für das nächste Jahr.
draft-expires = Entwurf, gültig bis { $when }
draft-what = Quelle, Kennzahl und Einheit
draft-columns = Spalten und Aufschlüsselungen
draft-source = Quelle
draft-source-hint = Herausgeber und Tabelle, wie sie bei jeder Zahl genannt werden.
draft-indicator = Kennzahl
draft-indicator-for = Kennzahl für { $code } ({ $label })
draft-unit = Einheit „{ $text }“
draft-unit-none = keine Angabe
draft-leave-out = nicht importieren
draft-no-column = keine solche Spalte
draft-not-in-file = nicht in der Datei (insgesamt)
draft-skip = überspringen (Zeilen auslassen)
draft-please-choose = — bitte wählen —
draft-empty-cell = (leere Zelle)
draft-rows = { $count ->
    [one] 1 Zeile
   *[other] { $count } Zeilen
}
draft-confidence-sure = sicher
draft-confidence-likely = wahrscheinlich
draft-confidence-unsure = unsicher, bitte prüfen
draft-role-year = Spalte „Jahr“
draft-role-value = Spalte „Wert“
draft-role-indicator = Spalte „Kennzahl“
draft-role-unit = Spalte „Einheit“
draft-role-status = Spalte „Status“ (Qualitätskennzeichen)
draft-role-lower = Spalte „Untergrenze“
draft-role-upper = Spalte „Obergrenze“
draft-role-base = Spalte „Basis“ (Fallzahl)
draft-role-footnote = Spalte „Fußnote“
draft-breakdown-district = Stadtbezirk
draft-breakdown-sex = Geschlecht
draft-breakdown-origin = Herkunft
draft-breakdown-age = Alter
draft-codes-of = Codes von { $column } ({ $breakdown })
draft-preview = Vorschau
draft-import = Importieren
draft-preview-heading = Vorschau
draft-preview-caption = Die ersten Zahlen, wie sie gespeichert würden, neben den gespeicherten
draft-preview-summary = { $count ->
    [one] 1 Zahl würde importiert
   *[other] { $count } Zahlen würden importiert
}, { $changed } davon neu oder geändert.
draft-preview-years = Jahre: { $years }.
draft-preview-breakdown = Aufschlüsselung
draft-preview-none = —
draft-preview-differs = geändert
draft-problems-note = Mit dieser Zuordnung lässt sich die Datei nicht importieren; die Meldungen nennen Datei, Zeile und Spalte. Nichts wurde gespeichert.
draft-recognised = Diese Tabelle ist bekannt: { $label }
draft-recognised-text = Die gespeicherte Zuordnung liest auch diese Datei. Prüfen Sie die Vorschau und importieren Sie – oder ändern Sie die Zuordnung.
draft-saved-confirmed = bestätigt von { $who } am { $when }
draft-change-mapping = Zuordnung ändern
draft-expired-title = Entwurf abgelaufen
draft-expired-text = Dieser Entwurf ist abgelaufen (Entwürfe werden 24 Stunden aufbewahrt). Bitte laden Sie die Datei erneut hoch; nichts wurde gespeichert.
draft-source-missing = Bitte Herausgeber und Tabelle nennen.
draft-choose-column = Bitte eine Spalte der Datei wählen.
draft-column-taken = Diese Spalte ist schon einer anderen Aufschlüsselung zugeordnet.
draft-choose-code = Bitte den passenden Code wählen oder die Zeilen überspringen.
draft-choose-indicator = Bitte die Kennzahl wählen, zu der diese Werte gehören.
draft-choose-unit = Bitte eine Einheit des Katalogs wählen.
mappings-title = Gespeicherte Zuordnungen
mappings-intro = Für jede Tabelle, deren Zuordnung bestätigt wurde: die nächste Datei derselben Tabelle wird erkannt und mit ihr importiert. Jede Zuordnung lässt sich als TOML-Datei für „teilhabe import table --mapping“ herunterladen.
mappings-none = Noch keine Zuordnung gespeichert.
mappings-table = Tabelle
mappings-confirmed = Bestätigt
mappings-last-used = Zuletzt verwendet
mappings-file = Datei
mappings-download = TOML herunterladen
mappings-link = Gespeicherte Zuordnungen
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = Konzept bearbeiten
retired = zurückgezogen
retired-on = Zurückgezogen am { $date }: { $reason }
concept-edit-heading-page = Konzept bearbeiten
concept-edit-intro-page = Texte in jeder Sprache ändern, Empfehlungen und Handlungsfelder hinzufügen, zurückziehen oder umordnen. Jede Speicherung wird eine neue Version mit Grund und, falls vorhanden, dem Ratsbeschluss.
concept-edit-texts = Texte
concept-edit-header = Titel und Überschriften
concept-edit-header-intro = Titel, Untertitel und die Überschrift über den Handlungsfeldern, in jeder Sprache des Konzepts. Leere Übersetzungen werden entfernt; der deutsche Text ist Pflicht.
concept-edit-section-intro = Überschrift, Einleitung und Aussagen dieses Abschnitts, in jeder Sprache des Konzepts. Leere Übersetzungen werden entfernt; der deutsche Text ist Pflicht.
concept-edit-field-intro = Titel, Einleitung und Empfehlungen dieses Handlungsfelds. Eine neue Empfehlung erhält ihre Kennung automatisch; Kennungen ändern sich nie. Zurückgezogene Empfehlungen bleiben mit ihren Maßnahmen erhalten.
concept-edit-part-title = Bearbeiten: { $part }
concept-edit-fields = Handlungsfelder
concept-edit-fields-intro = Ein Handlungsfeld bearbeiten Sie über seinen Titel. Die Knöpfe ändern die Reihenfolge oder ziehen ein Feld zurück; dafür bitte zuerst unten den Grund angeben.
concept-edit-title = Titel
concept-edit-subtitle = Untertitel
concept-edit-results-heading = Überschrift über den Handlungsfeldern
concept-edit-heading = Überschrift
concept-edit-intro = Einleitung
concept-edit-statement = Aussage { $id }
concept-edit-recommendation = Empfehlung { $id }
concept-edit-new-recommendation = Neue Empfehlung (optional)
concept-edit-new-field = Neues Handlungsfeld
concept-edit-new-field-title = Titel des Handlungsfelds
concept-edit-new-field-recommendation = Erste Empfehlung
concept-edit-add-field = Handlungsfeld hinzufügen
concept-edit-up = Nach oben
concept-edit-down = Nach unten
concept-edit-retire = Zurückziehen
concept-edit-why = Grund der Änderung
concept-edit-reason = Warum ändert sich das Konzept?
concept-edit-reason-hint = Kurz, z. B. „Ratsbeschluss zur Sprachmittlung“. Wird mit der Version gespeichert.
concept-edit-decision-date = Datum des Ratsbeschlusses (optional)
concept-edit-decision-date-hint = Format JJJJ-MM-TT. Auch das Datum einer Zurückziehung.
concept-edit-decision-reference = Drucksache des Ratsbeschlusses (optional)
concept-edit-decision-reference-hint = z. B. Drucksache 1234/2020-2025
concept-edit-save = Als neue Version speichern
concept-edit-back = Zur Übersicht „Konzept bearbeiten“
concept-edit-error-reason = Bitte kurz angeben, warum sich das Konzept ändert (höchstens 500 Zeichen).
concept-edit-error-date = Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-11-26.
concept-edit-error-reference = Die Drucksache darf höchstens 200 Zeichen lang sein.
concept-edit-error-empty = Bitte den deutschen Text angeben.
concept-edit-conflict-title = Nicht gespeichert: Das Konzept wurde inzwischen geändert
concept-edit-conflict = Ihre Änderung beruhte auf Version { $yours }, inzwischen gilt Version { $current }. Das Formular zeigt jetzt den aktuellen Stand; bitte Ihre Änderung erneut eintragen.
concept-edit-conflict-link = Was hat sich geändert?
concept-versions-title = Versionen des Konzepts
concept-versions-intro = Jede Version mit Zeitpunkt, Person, Grund und Ratsbeschluss. Jede Version lässt sich als Konzeptdatei herunterladen, die „teilhabe concept load“ liest.
concept-versions-loaded = aus einer Konzeptdatei geladen
concept-versions-current = aktuell
concept-versions-at = Zeitpunkt (UTC)
concept-versions-by = Von
concept-versions-why = Grund
concept-versions-decision = Ratsbeschluss
concept-versions-changes = Änderungen in Version { $version }
concept-versions-compare = Zwei Versionen vergleichen
concept-versions-from = Ältere Version
concept-versions-to = Neuere Version
concept-versions-show = Unterschiede zeigen
concept-version = Version { $version }
concept-download-version = Version { $version } als Konzeptdatei (TOML)
concept-difference-title = Unterschiede von Version { $from } zu Version { $to }
concept-difference-none = Die beiden Versionen unterscheiden sich nicht.
concept-difference-count = { $count ->
    [one] Ein Teil hat sich geändert.
   *[other] { $count } Teile haben sich geändert.
}
concept-part-concept = Konzept
concept-part-tag = Schlagwort
concept-part-section = Abschnitt
concept-part-statement = Aussage
concept-part-field = Handlungsfeld
concept-part-recommendation = Empfehlung
concept-change-added = Neu hinzugekommen
concept-change-removed = Entfernt
concept-change-reinstated = Wieder in Kraft
concept-change-retired = Zurückgezogen am { $date }: { $reason }
concept-change-moved = Verschoben von Platz { $from } auf Platz { $to }
concept-change-reparented = Verschoben von { $from } nach { $to }
concept-change-text = { $what } ({ $language }) geändert
concept-change-value = { $what } geändert
concept-change-old = bisher
concept-change-new = neu
concept-key-title = Titel
concept-key-subtitle = Untertitel
concept-key-results_heading = Überschrift über den Handlungsfeldern
concept-key-heading = Überschrift
concept-key-intro = Einleitung
concept-key-text = Text
concept-key-label = Bezeichnung
concept-key-adopted = Beschlossen am
concept-key-source = Quelle
concept-key-kind = Art
concept-key-recommendation_kind = Art der Empfehlungen
concept-key-tags = Schlagwörter

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = Inhalt
report-title-page-year = Bericht für das Jahr { $year }
report-created = Erstellt am
report-data-date = Datenstand
report-demo-contains = Dieses Dokument enthält Demo-Daten. Seiten mit Demo-Zahlen sind oben rechts gekennzeichnet.
report-demo-page = Demo-Daten – keine echten Zahlen
report-page = Seite
report-portal = Online
report-summary = Zusammenfassung
report-summary-gaps = Die größten Abstände und ihre Entwicklung
report-summary-gaps-none = Für keine Kennzahl liegt ein Abstand zwischen Gruppe und Vergleichsgruppe vor.
report-summary-no-measure = Handlungsfelder mit Empfehlungen ohne Maßnahme
report-summary-no-measure-none = Jede Empfehlung hat mindestens eine laufende oder geplante Maßnahme.
report-summary-completed = Im Berichtsjahr abgeschlossene Maßnahmen
report-summary-stopped = Im Berichtsjahr gestoppte Maßnahmen
report-summary-none = keine
report-gap-line = { $values }; Abstand { $gap }
report-trend-narrowed = kleiner geworden
report-trend-widened = größer geworden
report-trend-unchanged = unverändert
report-trend-not-comparable = nicht vergleichbar (Zeitreihenbruch)
report-trend-no-earlier-year = kein früheres Jahr zum Vergleich
report-concept = Das Konzept in Kürze
report-fields = Handlungsfelder
report-field-progress = Fortschritt der Maßnahmen: { $progress } %
report-recommendations = Handlungsempfehlungen
report-recommendation-measures = { $count ->
    [0] keine Maßnahme
    [one] eine Maßnahme
   *[other] { $count } Maßnahmen
}
report-measures = Maßnahmen
report-measures-none = Zu diesem Handlungsfeld ist keine Maßnahme veröffentlicht.
report-measure-status = Stand
report-measure-progress = Fortschritt
report-measure-budget = Budget
report-measure-organisation = Träger
report-measure-period = Zeitraum
report-budget-planned-spent = { $planned } geplant, { $spent } ausgegeben
report-budget-planned = { $planned } geplant
report-budget-spent = { $spent } ausgegeben
report-working-group = Arbeitsgruppe
report-working-group-none = Keine Mitglieder veröffentlicht.
report-chair = Vorsitz
report-meetings = Sitzungen im Berichtsjahr: { $count }; letzte Sitzung: { $last }
report-indicators = Kennzahlen
report-indicators-none = Diesem Handlungsfeld ist keine Kennzahl zugeordnet.
report-method = Methode
report-method-intro = Die Kennzahlen beruhen auf amtlichen Statistiken und Registerauszügen. Dieses Kapitel erklärt, wie Bevölkerungsgruppen abgegrenzt werden, wie Einzelangaben geschützt werden und woher die Zahlen stammen.
report-method-concepts = Bevölkerungskonzepte und ihre Grenzen
report-method-concept-NAT = Unterscheidet nach der Staatsangehörigkeit. Eingebürgerte zählen als Deutsche, Kinder ausländischer Eltern mit deutscher Staatsangehörigkeit ebenso; die Gruppe „Ausländer/-innen“ erfasst Zugewanderte daher nur zum Teil.
report-method-concept-MH = Eine Person hat einen Migrationshintergrund, wenn sie selbst oder mindestens ein Elternteil die deutsche Staatsangehörigkeit nicht durch Geburt besitzt. Register kennen die Eltern nur eingeschränkt; Werte sind daher teils geschätzt.
report-method-concept-EG = Eine Person hat eine Einwanderungsgeschichte, wenn sie selbst oder beide Elternteile seit 1950 eingewandert sind (Definition der Fachkommission Integrationsfähigkeit). Ergebnisse sind mit dem älteren Konzept Migrationshintergrund nicht direkt vergleichbar.
report-method-concept-NONE = Diese Kennzahlen werden nicht nach Herkunft unterschieden.
report-method-disclosure = Geheimhaltung
report-method-disclosure-text = Kleine Fallzahlen könnten Rückschlüsse auf Einzelpersonen erlauben. Solche Werte werden vor der Veröffentlichung gesperrt (primäre Geheimhaltung), ebenso Werte, aus denen sie sich zurückrechnen ließen (sekundäre Geheimhaltung). Gesperrte Werte stehen in diesem Bericht nie als Zahl, sondern als Zeichen.
report-method-missing = { $count ->
    [0] In diesem Bericht fehlt kein Wert.
    [one] Ein Wert dieses Berichts ist gesperrt, entfällt oder liegt noch nicht vor.
   *[other] { $count } Werte dieses Berichts sind gesperrt, entfallen oder liegen noch nicht vor.
}
report-method-signs = Zeichen in Tabellen: „.“ geheim · „x“ Aussage nicht sinnvoll · „...“ Angabe fällt später an · „–“ kein Wert. Werte mit Einschränkung tragen sie in Klammern, z. B. „(vorläufig)“; Fußnoten erklären Besonderheiten.
report-method-sources = Quellen und Datenstand
report-method-import = { $file }, eingelesen am { $date }
report-method-glossary = Begriffe
report-glossary-gap-term = Abstand
report-glossary-gap = Wert der Gruppe minus Wert der Vergleichsgruppe im selben Jahr, in der Einheit der Kennzahl (bei Anteilen in Prozentpunkten).
report-glossary-interval-term = Vertrauensbereich
report-glossary-interval = Bereich, in dem der wahre Wert mit 95 % Wahrscheinlichkeit liegt, wo die Zahl auf einer Stichprobe beruht.
report-glossary-on-track-term = Auf Kurs
report-glossary-on-track = Die durchschnittliche jährliche Veränderung seit dem ersten Wert reicht aus, um das Ziel im Zieljahr zu erreichen.
report-glossary-provisional-term = Vorläufig
report-glossary-provisional = Ein Wert, der sich mit späteren Lieferungen der Statistik noch ändern kann.
report-glossary-suppressed-term = Geheim
report-glossary-suppressed = Ein Wert, der aus Gründen des Datenschutzes nicht veröffentlicht wird.
report-appendix = Anhang: Kennzahlen
report-appendix-intro = Alle Kennzahlen des Katalogs mit ihrer Definition und allen Werten.
report-definition = Definition
report-numerator = Zähler
report-denominator = Nenner
report-unit = Einheit
report-population-concept = Bevölkerungskonzept
report-polarity = Richtung
report-source = Quelle
report-rhythm = Turnus
report-caveats = Hinweise
report-figures = Werte
report-year = Jahr
report-group = Gruppe
report-value = Wert
report-district = Stadtbezirk
report-latest-change = Letzte Veränderung
report-targets = Ziele
report-footnotes = Fußnoten
report-link-indicator = Kennzahl im Portal
report-sheet-subtitle = Kennzahlenblatt { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Berichte
download-pdf = PDF-Steckbrief
reports-title = Integrationsberichte
reports-intro = Der Integrationsbericht fasst zusammen, was sich im Berichtsjahr getan hat: die größten Abstände zwischen den Gruppen, Empfehlungen ohne Maßnahme, abgeschlossene und beendete Maßnahmen, dazu jedes Handlungsfeld mit seinen Maßnahmen und Kennzahlen. Freigegebene Ausgaben bleiben unverändert abrufbar.
reports-editions = Freigegebene Ausgaben
reports-none = Es ist noch keine Ausgabe freigegeben.
reports-year = Berichtsjahr
reports-year-hint = Kennzahlen bis zu diesem Jahr, Maßnahmen, die in diesem Jahr abgeschlossen oder beendet wurden.
reports-language = Sprache
reports-released-at = Freigegeben am
reports-released-by = Freigegeben von
reports-download = Herunterladen
reports-pdf-link = Bericht { $year } als PDF ({ $kb } KB)
reports-draft = Entwurf erstellen
reports-draft-text = Ein Entwurf zeigt dieselben Daten wie eine Ausgabe (nur veröffentlichte Maßnahmen und Kennzahlen), wird aber nicht gespeichert.
reports-draft-button = Entwurf als PDF herunterladen
reports-release = Ausgabe freigeben
reports-release-text = Die Freigabe speichert den Bericht mit den Daten, aus denen er entstand, und zeigt ihn hier öffentlich. Eine Ausgabe wird nie mehr geändert.
reports-release-button = Ausgabe freigeben
reports-error-year = Bitte ein Berichtsjahr mit Kennzahlen wählen.
reports-error-language = Bitte eine Sprache der Seite wählen.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Suche
site-search-intro = Alle { $count } Seiten dieses Portals, nach Anfangsbuchstaben und nach Handlungsfeld geordnet.
site-search-label = Seiten durchsuchen
site-search-none = Keine Seite gefunden.
site-search-some = Gefundene Seiten: %n
site-search-letters = Seiten von A bis Z
site-search-fields = Seiten nach Handlungsfeld
site-search-letter-title = Seiten unter { $letter }
site-search-field-title = Seiten zum Handlungsfeld { $field }
site-search-count = { $count ->
    [one] Eine Seite.
   *[other] { $count } Seiten.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
easy-read-marker = Leichte Sprache
easy-read-not-available = Diese Seite gibt es nicht in Leichter Sprache. Sie sehen die Seite in normalem Deutsch.
content-outdated-label = Deutsches Original, seit dieser Übersetzung geändert:
measures-col-title = Titel
nav-translations = Übersetzungen
translations-title = Übersetzungen
translations-intro = Die Texte des Konzepts, der Kennzahlen und der Maßnahmen in den Sprachen, die Sie übersetzen. Deutsch ist immer die Quelle. Ändert sich ein deutscher Text, gilt seine Übersetzung als veraltet, bis jemand sie erneuert; bis dahin zeigen die Seiten beide Texte.
translations-filter-label = Texte auswählen
translations-language = Sprache
translations-selection = Auswahl
translations-selection-open = Offen (fehlend oder veraltet)
translations-selection-missing = Fehlend
translations-selection-outdated = Veraltet
translations-selection-all = Alle Texte
translations-kind = Art
translations-kind-all = Alle Arten
translations-kind-concept = Konzept
translations-kind-indicator = Kennzahl
translations-kind-measure = Maßnahme
translations-summary = { $missing ->
    [one] ein Text fehlt
   *[other] { $missing } Texte fehlen
}, { $outdated ->
    [one] einer ist veraltet.
   *[other] { $outdated } sind veraltet.
}
translations-texts-heading = Texte
translations-none = Keine Texte in dieser Auswahl.
translations-state-current = aktuell
translations-state-outdated = veraltet
translations-state-missing = fehlt
translations-saved = Gespeichert.
translations-german-now = Deutsch (aktuell)
translations-german-then = Deutsch (Fassung der Übersetzung)
translations-translation-then = Bisherige Übersetzung
translations-about = { $origin }, { $date }
translations-origin-human = von einem Menschen übersetzt
translations-origin-machine-assisted = maschinell unterstützt, nicht geprüft
translations-origin-imported = importiert
translations-edit-new = Übersetzen
translations-edit-change = Übersetzung bearbeiten
translations-edit-title = Text übersetzen
translations-text-label = Übersetzung ({ $language })
translations-error-empty = Bitte geben Sie die Übersetzung ein.
translations-error-too-long = Die Übersetzung ist zu lang (höchstens 20.000 Zeichen).
translations-save = Speichern
translations-back = Zurück zur Liste
translations-xliff-heading = XLIFF für Übersetzungsbüros
translations-xliff-intro = Laden Sie die Texte als XLIFF-2.0-Datei herunter, lassen Sie sie in einem Übersetzungsprogramm übersetzen und laden Sie die Datei wieder hoch. Eine fehlerhafte Datei wird ganz abgelehnt; die Meldung nennt Zeile und Element.
translations-download-open = Offene Texte herunterladen (XLIFF)
translations-download-missing = Fehlende Texte herunterladen (XLIFF)
translations-download-outdated = Veraltete Texte herunterladen (XLIFF)
translations-download-all = Alle Texte herunterladen (XLIFF)
translations-upload-heading = Übersetzte Datei hochladen
translations-upload-file = XLIFF-Datei
translations-upload-hint = Eine XLIFF-2.0-Datei mit srcLang="de"; die Zielsprache steht in der Datei.
translations-upload-submit = Hochladen und speichern
admin-translates = Übersetzt in (Übersetzerin oder Übersetzer für diese Sprachen)
translations-upload-result = Ergebnis des Uploads
translations-upload-failed = Upload nicht möglich
translations-upload-not-a-form = Die Anfrage war kein Formular mit Datei. Bitte laden Sie die Datei über das Formular auf der Seite „Übersetzungen“ hoch.
translations-upload-no-file = Bitte wählen Sie eine XLIFF-Datei aus.
translations-imported = Gespeichert:
translations-import-refused = Die Datei wurde nicht übernommen; nichts wurde gespeichert. Bitte beheben Sie diese Fehler:
translations-imported-units = { $count ->
    [one] eine Übersetzung in der Datei
   *[other] { $count } Übersetzungen in der Datei
}
translations-imported-added = { $count } neu
translations-imported-changed = { $count } geändert
translations-imported-unchanged = { $count } unverändert
translations-imported-outdated = { $count } aus einer älteren deutschen Fassung (als veraltet gespeichert)
translations-imported-skipped = { $count } ohne Übersetzung übersprungen

## mediation
mediation-nav = Sprachmittlung
mediation-nav-requests = Sprachmittlungsanfragen
mediation-demand-title = Sprachmittlung: Bedarf
mediation-demand-intro = Anfragen von Einrichtungen an den Sprachmittlungspool und was aus ihnen wurde – vermittelt, nicht vermittelt, abgelehnt, weitergeleitet oder abgesagt. Nicht vermittelte Anfragen zeigen den ungedeckten Bedarf.
mediation-requests-total = Anfragen insgesamt
mediation-lead-days = Vorlaufzeit in Tagen (Median)
mediation-no-requests = Noch keine Anfragen.
mediation-total = insgesamt
mediation-missing-languages = Sprachen ohne Sprachmittelnde im Pool
mediation-missing-none = Für jede angefragte Sprache gibt es Sprachmittelnde im Pool.
mediation-withheld-note = Ein Punkt (.) steht für eine Zahl, die zum Schutz Einzelner nicht veröffentlicht wird: weniger als 3 Anfragen, oder sie ließe sich aus den Summen zurückrechnen.
mediation-by-language = Nach Sprache
mediation-by-month = Nach Monat
mediation-by-sector = Nach Bereich der Einrichtung
mediation-by-district = Nach Stadtbezirk
mediation-language = Sprache
mediation-month = Monat
mediation-sector = Bereich
mediation-district = Stadtbezirk
mediation-by-field = Nach Handlungsfeld
mediation-field = Handlungsfeld
mediation-by-funding = Nach Finanzierung
mediation-funding = Finanzierung
mediation-costs-heading = Stunden und Aufwandsentschädigungen nach Finanzierung
mediation-costs-served = Vermittelte Einsätze
mediation-costs-hours = Stunden
mediation-costs-km = Kilometer
mediation-costs-allowance = Aufwandsentschädigung in Euro
mediation-costs-note = Stunden und Beträge der vermittelten Einsätze; sie werden nicht veröffentlicht, wo die Zahl der Einsätze zum Schutz Einzelner zurückgehalten wird.
mediation-exports-heading = Abrechnung und Jahresbericht
mediation-exports-accounting = Abrechnung eines Monats: Stunden, Kilometer und Aufwandsentschädigungen je Sprachmittler*in
mediation-exports-month = Monat
mediation-exports-month-hint = Jahr und Monat, zum Beispiel 2026-03
mediation-exports-month-error = Bitte geben Sie einen Monat als Jahr und Monat an, zum Beispiel 2026-03.
mediation-exports-report = Jahresbericht für den Fördergeber: Anfragen, Ergebnisse, Stunden und Kosten nach Sprache und Finanzierung
mediation-exports-year = Jahr
mediation-exports-year-error = Bitte geben Sie ein Jahr an, zum Beispiel 2026.
mediation-exports-csv = Als CSV herunterladen
mediation-exports-xlsx = Als XLSX herunterladen
mediation-outcome-served = vermittelt
mediation-outcome-unserved = nicht vermittelt
mediation-outcome-refused = abgelehnt
mediation-outcome-referred = weitergeleitet
mediation-outcome-cancelled = abgesagt
mediation-outcome-pending = offen
mediation-sector-day-care = Kindertagesbetreuung
mediation-sector-school = Schule
mediation-sector-authority = Behörde
mediation-sector-clinic = Gesundheit
mediation-sector-counselling = Beratung
mediation-sector-care-service = ambulante Pflege
mediation-sector-care-home = Pflegeheim
mediation-sector-youth-club = Offene Kinder- und Jugendarbeit
mediation-sector-adult-education = Erwachsenenbildung
mediation-sector-association = Verein
mediation-sector-carrier = Träger
mediation-sector-other = Sonstige
mediation-requests-title = Anfragen Ihrer Einrichtung
mediation-requests-intro = Die Anfragen Ihrer Einrichtung an den Sprachmittlungspool und ihr Stand. Zeiten in Ortszeit (Europa/Berlin).
mediation-request-number = Nr.
mediation-appointment = Termin
mediation-setting = Form
mediation-status = Stand
mediation-urgent = dringend
mediation-setting-in-person = vor Ort
mediation-setting-phone = telefonisch
mediation-setting-video = per Video
mediation-status-open = eingegangen
mediation-status-accepted = angenommen
mediation-status-offered = angeboten
mediation-status-assigned = zugesagt
mediation-status-served = vermittelt
mediation-status-referred = weitergeleitet
mediation-status-refused = abgelehnt
mediation-status-cancelled = abgesagt
mediation-status-unserved = nicht vermittelt
## offers
offers-nav = Angebote
offers-review-nav = Angebote prüfen
offers-title = Angebote finden
offers-intro = Kurse, Beratung, Sport, Kultur und Treffpunkte in Bielefeld. Wählen Sie aus, was Ihnen wichtig ist: Die Filter lassen sich kombinieren, und die Adresse dieser Seite können Sie teilen.
offers-filter-heading = Filter
offers-q = Suchwörter
offers-category = Art des Angebots
offers-category-course = Kurs
offers-category-counselling = Beratung
offers-category-sport = Sport
offers-category-culture = Kultur
offers-category-youth = Jugend
offers-category-health = Gesundheit
offers-category-language = Sprache
offers-category-parents = Eltern
offers-category-work = Arbeit und Beruf
offers-cost = Kosten
offers-cost-free = kostenlos
offers-cost-free-for-refugees = kostenlos für Geflüchtete
offers-cost-reduced = ermäßigt
offers-cost-fee = mit Gebühr
offers-childcare = mit Kinderbetreuung
offers-low-threshold = ohne Anmeldung (niedrigschwellig)
offers-gender = Für wen
offers-gender-all = für alle
offers-gender-girls = für Mädchen
offers-gender-women = für Frauen
offers-gender-boys = für Jungen
offers-gender-men = für Männer
offers-language = Sprache des Angebots
offers-district = Stadtbezirk
offers-weekday = Wochentag
offers-weekday-mo = Montag
offers-weekday-tu = Dienstag
offers-weekday-we = Mittwoch
offers-weekday-th = Donnerstag
offers-weekday-fr = Freitag
offers-weekday-sa = Samstag
offers-weekday-su = Sonntag
offers-daytime = Tageszeit
offers-daytime-morning = vormittags
offers-daytime-afternoon = nachmittags
offers-daytime-evening = abends
offers-accessibility = Barrierefreiheit
offers-accessibility-step-free = stufenlos erreichbar
offers-accessibility-hearing-loop = Induktionsschleife
offers-accessibility-easy-language = Leichte Sprache
offers-apply = Angebote anzeigen
offers-reset = Filter zurücksetzen
offers-results = { $count ->
    [one] ein passendes Angebot
   *[other] { $count } passende Angebote
}
offers-none = Kein Angebot passt zu allen gewählten Filtern. Nehmen Sie einen Filter heraus, um mehr zu sehen.
offers-map-title = Passende Angebote nach Stadtbezirk
offers-map-desc = Karte der Stadtbezirke Bielefelds; je dunkler ein Bezirk, desto mehr passende Angebote gibt es dort. Die Zahlen stehen auch in der Tabelle darunter.
offers-map-legend = Anzahl der Angebote
offers-online = online
offers-outreach = aufsuchend
offers-provider = Anbieter
offers-where = Ort
offers-features = Besonderheiten
offers-contact = Kontakt
offers-register = Zur Anmeldung
offers-calendar = In den Kalender übernehmen (iCalendar)
offers-next-dates = Nächste Termine
offers-calendar-web = Nächsten Termin in einen Online-Kalender eintragen
offers-calendar-google = Google Kalender
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = Der Link öffnet die Seite des Kalenderdienstes; gespeichert wird erst, wenn Sie dort bestätigen. Die Kalenderdatei enthält alle Termine.
offers-problem-title-empty = Geben Sie einen Titel an.
offers-problem-title-long = Der Titel ist länger als 200 Zeichen.
offers-problem-description-long = Die Beschreibung ist länger als 5000 Zeichen.
offers-problem-no-language = Wählen Sie mindestens eine Sprache.
offers-problem-unknown-language = „{ $value }“ ist keine Sprache der Sprachenliste.
offers-problem-unknown-recommendation = „{ $value }“ ist keine Handlungsempfehlung des Konzepts.
offers-problem-unknown-measure = Eine Maßnahme { $value } gibt es nicht.
offers-problem-zero-fee = Eine Gebühr von 0 € ist „kostenfrei“.
offers-problem-unknown-district = „{ $value }“ ist kein Stadtbezirk.
offers-problem-address-empty = Geben Sie die Adresse an.
offers-problem-coordinates = Die Koordinaten liegen außerhalb des gültigen Bereichs.
offers-problem-outreach-district = Nennen Sie für aufsuchende Arbeit mindestens einen Stadtbezirk.
offers-problem-registration-link = Der Anmeldelink beginnt mit https://.
offers-problem-date-end = Termin { $value }: Das Ende liegt nicht nach dem Beginn.
offers-problem-time-end = Regelmäßiger Termin: Die Endzeit liegt nicht nach der Anfangszeit.
offers-problem-rule = Die Wiederholungsregel ist nicht lesbar: { $value }
offers-no-dates = In den nächsten Wochen sind keine Termine eingetragen.
offers-back = Zurück zur Suche
offers-status-draft = Entwurf (nicht öffentlich)
offers-status-submitted = wartet auf Prüfung (nicht öffentlich)
offers-status-returned = zur Überarbeitung zurückgegeben (nicht öffentlich)
offers-status-published = veröffentlicht
offers-review-title = Angebote prüfen
offers-review-intro = Anbieter haben diese Angebote eingereicht. Veröffentlichen Sie ein Angebot oder geben Sie es mit einem Hinweis zur Überarbeitung zurück.
offers-review-none = Zurzeit wartet kein Angebot auf Prüfung.
offers-review-comment = Hinweis an den Anbieter
offers-review-publish = Veröffentlichen
offers-review-return = Zur Überarbeitung zurückgeben
offers-mine-nav = Meine Angebote
offers-mine-title = Meine Angebote
offers-mine-intro = Angebote von { $institution }. Die Integrationsstelle prüft jedes Angebot, bevor es öffentlich wird. Bestätigen Sie mindestens alle sechs Monate, dass ein Angebot aktuell ist.
offers-mine-list = Ihre Angebote
offers-mine-empty = Sie haben noch kein Angebot angelegt.
offers-mine-stale = seit sechs Monaten nicht bestätigt
offers-mine-hidden = ausgeblendet, bis Sie es bestätigen
offers-mine-submit = Zur Prüfung einreichen
offers-mine-confirm = Als aktuell bestätigen
offers-mine-new = Neues Angebot
offers-mine-save = Als Entwurf speichern
offers-form-errors = Bitte prüfen Sie diese Angaben
offers-form-title = Titel
offers-form-description = Beschreibung
offers-form-fee = Gebühr in Euro (falls nicht kostenlos)
offers-form-address = Adresse
offers-form-first-date = Datum (bei wöchentlichen Angeboten: erster Termin)
offers-form-date-hint = Format JJJJ-MM-TT, zum Beispiel 2026-09-01
offers-form-start = Beginn (HH:MM)
offers-form-end = Ende (HH:MM)
offers-form-weekly = Wöchentlich an diesen Tagen (außer an Feiertagen)

## mediation pages
mediation-nav-queue = Sprachmittlung: Koordination
mediation-nav-pool = Sprachmittlungspool
mediation-nav-assignments = Meine Einsätze
mediation-new-request-title = Neue Anfrage
mediation-new-request-intro = Fordern Sie eine Sprachmittlerin oder einen Sprachmittler an. Nennen Sie keine Namen von Klientinnen und Klienten: Es zählt nur, was der Termin braucht.
mediation-notice-hint = Anfragen mit weniger als { $days } Werktagen Vorlauf gelten als dringend.
mediation-send-request = Anfrage senden
mediation-choose = Bitte wählen
mediation-field-language = Sprache
mediation-field-dialect = Dialekt (freiwillig)
mediation-field-setting = Form
mediation-field-date = Datum
mediation-field-time = Uhrzeit
mediation-field-minutes = Dauer in Minuten
mediation-field-district = Stadtbezirk
mediation-field-address = Adresse des Termins
mediation-field-topic = Thema
mediation-field-preferred_gender = Geschlecht
mediation-field-legal_consequences = Das Gespräch hat rechtliche Folgen
mediation-field-contact_email = E-Mail-Adresse für die Bestätigung
mediation-hint-dialect = Zum Beispiel: syrisch, Sorani
mediation-hint-date = Format JJJJ-MM-TT, zum Beispiel 2026-12-14
mediation-hint-time = Ortszeit, Format HH:MM, zum Beispiel 09:30
mediation-hint-minutes = 15 bis 480 Minuten
mediation-hint-address = Die Adresse Ihrer Einrichtung, nie die einer Klientin oder eines Klienten. Bei Terminen vor Ort erforderlich.
mediation-hint-gender = Gewünschtes Geschlecht der sprachmittelnden Person, etwa bei häuslicher Gewalt
mediation-hint-legal = Polizei, Gericht, Vaterschaft und Ähnliches: Solche Anfragen gibt die Koordination an Berufsdolmetschende weiter.
mediation-gender-any = keine Vorgabe
mediation-gender-female = weiblich
mediation-gender-male = männlich
mediation-gender-diverse = divers
mediation-topic-education = Kita und Schule
mediation-topic-health = Gesundheit und Pflege
mediation-topic-social = Sozialleistungen und Wohnen
mediation-topic-authority = Behörden
mediation-topic-counselling = Beratung
mediation-topic-other = Sonstiges
mediation-error-language = Bitte wählen Sie eine Sprache.
mediation-error-dialect = Bitte prüfen Sie den Dialekt.
mediation-error-setting = Bitte wählen Sie eine Form.
mediation-error-date = Bitte geben Sie ein Datum in der Zukunft an (JJJJ-MM-TT).
mediation-error-time = Bitte geben Sie eine Uhrzeit an (HH:MM).
mediation-error-minutes = Bitte geben Sie eine Dauer von 15 bis 480 Minuten an.
mediation-error-district = Bitte wählen Sie einen Stadtbezirk.
mediation-error-address = Bitte geben Sie für Termine vor Ort eine Adresse an (höchstens 300 Zeichen).
mediation-error-topic = Bitte wählen Sie ein Thema.
mediation-error-preferred_gender = Bitte wählen Sie eine der Angaben.
mediation-error-legal_consequences = Bitte prüfen Sie diese Angabe.
mediation-error-contact_email = Bitte geben Sie eine gültige E-Mail-Adresse an.
mediation-error-why = Eine Absage braucht einen Grund.
mediation-error-mediator = Diese Person ist zu der Zeit schon gebucht oder nicht im Pool.
mediation-error-reason = Bitte wählen Sie einen Grund.
mediation-error-offer-closed = Dieses Angebot ist nicht mehr offen.
mediation-error-report-minutes = Minuten: bitte 1 bis 720 angeben.
mediation-error-report-km = Kilometer: bitte 0 bis 500 angeben.
mediation-error-report-early = Stunden werden nach dem Termin gemeldet.
mediation-error-login = Es gibt kein Konto mit der Rolle Sprachmittlung unter diesem Anmeldenamen, oder es gehört schon zu einer anderen Person im Pool.
mediation-request-title = Anfrage Nr. { $id }
mediation-institution = Einrichtung
mediation-yes = ja
mediation-no = nein
mediation-refusal-reason = Grund der Ablehnung
mediation-refusal-no-mediator-for-language = keine Sprachmittelnden für diese Sprache
mediation-refusal-legal-consequences = rechtliche Folgen
mediation-refusal-too-short-notice = zu kurzfristig
mediation-refusal-outside-rules = außerhalb der Regeln des Pools
mediation-cancelled-by = Abgesagt von
mediation-cancelled-institution = der Einrichtung
mediation-cancelled-coordination = der Koordination
mediation-decide = Anfrage prüfen
mediation-accept = Annehmen
mediation-refer = An Berufsdolmetschende weiterleiten
mediation-refuse = Ablehnen
mediation-record-unserved = Als nicht vermittelt erfassen
mediation-suggestions = Vorschläge
mediation-suggestions-intro = Geordnet nach gewünschtem Geschlecht, Sprachniveau, Erreichbarkeit des Bezirks, Verfügbarkeit und gerechter Verteilung der Einsätze. Die Gründe stehen bei jeder Person.
mediation-no-suggestions = Niemand im Pool kann diese Anfrage übernehmen.
mediation-rank = Rang
mediation-mediator = Sprachmittler*in
mediation-reasons = Gründe
mediation-action = Aktion
mediation-offer = Anbieten
mediation-excluded = Nicht in Frage kommend ({ $count })
mediation-excluded-inactive = nicht aktiv
mediation-excluded-no-language = spricht die Sprache nicht
mediation-excluded-setting-not-offered = bietet diese Form nicht an
mediation-excluded-documents-lapsed = Unterlagen nicht gültig
mediation-excluded-absent = abwesend
mediation-excluded-booked = zu der Zeit gebucht
mediation-reason-language = Sprachniveau: { $level }
mediation-reason-language-tested = Sprachniveau: { $level } (geprüft)
mediation-reason-dialect = spricht den Dialekt
mediation-reason-gender-matches = gewünschtes Geschlecht
mediation-reason-gender-differs = anderes Geschlecht als gewünscht
mediation-reason-district = erreicht den Stadtbezirk
mediation-reason-district-out = erreicht den Stadtbezirk nicht
mediation-reason-remote = telefonisch oder per Video: Bezirk unerheblich
mediation-reason-available = zu der Zeit üblicherweise verfügbar
mediation-reason-unavailable = zu der Zeit üblicherweise nicht verfügbar
mediation-reason-load = { $hours } Stunden Einsätze in den letzten vier Wochen
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = Erstsprache
mediation-offers-made = Angebote und Einsätze
mediation-assignment-offered = angeboten
mediation-assignment-accepted = zugesagt
mediation-assignment-declined = abgelehnt
mediation-assignment-withdrawn = zurückgezogen
mediation-assignment-completed = erledigt
mediation-allowance = Aufwandsentschädigung
mediation-cancel = Anfrage absagen
mediation-cancel-why = Grund der Absage
mediation-back = Zurück zur Übersicht
mediation-queue-title = Anfragen prüfen und vermitteln
mediation-queue-intro = Alle offenen Anfragen, dringende zuerst, dann nach Termin. Zeiten in Ortszeit (Europa/Berlin).
mediation-assignments-title = Meine Einsätze
mediation-assignments-intro = Angebotene Einsätze nehmen Sie an oder lehnen sie ab; nach dem Termin melden Sie Minuten und Kilometer, die Aufwandsentschädigung wird berechnet.
mediation-offered = Angeboten
mediation-accepted = Zugesagt
mediation-done = Erledigt und abgeschlossen
mediation-none = Keine.
mediation-minutes-unit = Minuten
mediation-answer-accept = Zusagen
mediation-answer-decline = Absagen
mediation-report = Einsatz melden
mediation-report-minutes = Minuten
mediation-report-km = Kilometer
mediation-report-send = Melden
mediation-pool-title = Sprachmittlungspool
mediation-pool-intro = Alle Sprachmittelnden des Pools. Hervorgehoben: Unterlagen, die abgelaufen sind oder in den nächsten { $days } Tagen ablaufen.
mediation-languages = Sprachen
mediation-documents = Unterlagen
mediation-documents-valid = gültig
mediation-documents-lapsing = läuft ab
mediation-document-pledge = Verpflichtung zur Verschwiegenheit
mediation-document-good-conduct = Führungszeugnis
mediation-inactive = nicht aktiv
mediation-pool-account = Konto
mediation-pool-linked = Mit einem Konto verbunden.
mediation-pool-login = Anmeldename
mediation-pool-link = Konto verbinden
## collection
collection-nav = Datenerhebung
collection-nav-completeness = Vollständigkeit der Meldungen
collection-list-title = Meine Meldungen
collection-list-intro = Offene Meldungen für { $institution }: Zeitraum, Frist und Stand. Überfällige Meldungen sind markiert.
collection-list-empty = Zurzeit ist keine Meldung offen.
collection-data-set = Datensatz
collection-period = Zeitraum
collection-period-quarter = { $quarter }. Quartal { $year }
collection-period-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
collection-due = Frist
collection-state = Stand
collection-timeliness = Termin
collection-state-draft = Entwurf
collection-state-complete = vollständig gemeldet
collection-state-approved = freigegeben
collection-state-returned = zurückgegeben
collection-state-none = noch nicht begonnen
collection-timeliness-on-time = rechtzeitig
collection-timeliness-late = verspätet
collection-timeliness-missing = überfällig
collection-timeliness-open = offen
collection-institution = Einrichtung
collection-returned-heading = Die Statistikstelle hat die Meldung zurückgegeben
collection-locked = Diese Meldung ist gesperrt: Sie ist vollständig gemeldet oder freigegeben, oder der Zeitraum ist nicht zur Eingabe offen.
collection-errors = Bitte prüfen Sie Ihre Angaben
collection-rules-heading = Verletzte Prüfregeln
collection-importance-high = Wichtigkeit hoch
collection-importance-medium = Wichtigkeit mittel
collection-importance-low = Wichtigkeit niedrig
collection-rule-sides = links { $left }, rechts { $right }
collection-scores-heading = Ergebnis des Selbstchecks
collection-area = Handlungsfeld
collection-score = { $percent } %
collection-score-overall = Gesamt
collection-comparison-heading = Vergleich mit Einrichtungen derselben Art
collection-comparison-intro = Ihr Ergebnis neben den freigegebenen Selbstchecks anderer Einrichtungen derselben Art im selben Zeitraum. Gezeigt werden nur Quartile, kein einzelner Wert, und nur wenn mindestens drei andere Einrichtungen geantwortet haben.
collection-comparison-own = Ihre Einrichtung
collection-comparison-lower = unteres Quartil
collection-comparison-median = Median
collection-comparison-upper = oberes Quartil
collection-comparison-count = andere Einrichtungen
collection-comparison-position = Lage
collection-position-below = unter dem unteren Quartil
collection-position-middle = zwischen den Quartilen
collection-position-above = über dem oberen Quartil
collection-comparison-too-few-short = zu wenige Vergleichswerte
collection-comparison-too-few = Wo weniger als drei andere Einrichtungen derselben Art freigegebene Werte haben, wird kein Vergleich gezeigt: Er könnte eine einzelne Einrichtung erkennbar machen.
collection-compulsory = Pflichtangabe
collection-comment = Kommentar
collection-comments = Kommentare zu den Werten
collection-comment-on = Kommentar zu { $name }
collection-value = Wert
collection-no-answer = keine Angabe
collection-yes = ja
collection-no = nein
collection-save = Entwurf speichern
collection-complete = Als vollständig melden
collection-problem = Angabe
collection-completeness-title = Vollständigkeit der Meldungen
collection-choose = Datensatz und Zeitraum
collection-show = Anzeigen
collection-expected = Erwartete Meldungen
collection-reporting-rate = Meldequote
collection-reporting-source = Quelle: Datenerhebung
collection-reporting = { $reported } von { $expected } { $expected ->
    [one] Einrichtung
   *[other] Einrichtungen
} freigegeben (Meldequote { $rate } %)
collection-reporting-latest = Je Einrichtung zählt der letzte freigegebene Zeitraum des Jahres.
collection-timely-rate = Quote rechtzeitiger Meldungen
collection-completed = Gemeldet am
collection-decision = Entscheidung
collection-approve = Freigeben
collection-return = Zurückgeben
collection-return-reason = Grund für die Rückgabe an { $name }
## offers (phase 2)
offers-coverage-nav = Abdeckung der Angebote
offers-coverage-title = Abdeckung der Angebote nach Stadtbezirk
offers-coverage-intro = Wählen Sie die Kriterien aus den Empfehlungen, etwa kostenlos und mit Kinderbetreuung. Die Tabelle zählt die öffentlichen Angebote, die alle Kriterien erfüllen, je Stadtbezirk und Art; aufsuchende Angebote zählen in jedem Bezirk, den sie erreichen, Online-Angebote in keinem.
offers-coverage-criteria = Kriterien
offers-coverage-base = Bezugsgröße
offers-coverage-base-residents = je 1.000 Einwohnerinnen und Einwohner
offers-coverage-base-migration-history = je 1.000 Einwohnerinnen und Einwohner mit Migrationsgeschichte
offers-coverage-base-women-migration-history = je 1.000 Frauen mit Migrationsgeschichte
offers-coverage-apply = Abdeckung berechnen
offers-coverage-gaps = Lücken: Stadtbezirke ohne passendes Angebot
offers-coverage-no-gaps = In jedem Stadtbezirk gibt es mindestens ein passendes Angebot.
offers-coverage-map-title = Passende Angebote je 1.000 der Bezugsgröße
offers-coverage-map-desc = Karte der Stadtbezirke Bielefelds; je dunkler ein Bezirk, desto mehr passende Angebote je 1.000 der Bezugsgröße. Die Zahlen stehen auch in der Tabelle.
offers-coverage-table = Angebote nach Stadtbezirk und Art
offers-coverage-table-caption = Anzahl passender Angebote je Stadtbezirk und Art, gesamt und je 1.000 der Bezugsgröße
offers-coverage-total = Angebote gesamt
offers-coverage-population-residents = Einwohnerinnen und Einwohner
offers-coverage-population-migration-history = Einwohnerinnen und Einwohner mit Migrationsgeschichte
offers-coverage-population-women-migration-history = Frauen mit Migrationsgeschichte
offers-coverage-rate-residents = Angebote je 1.000 Einwohnerinnen und Einwohner
offers-coverage-rate-migration-history = Angebote je 1.000 Einwohnerinnen und Einwohner mit Migrationsgeschichte
offers-coverage-rate-women-migration-history = Angebote je 1.000 Frauen mit Migrationsgeschichte
offers-mine-edit = Bearbeiten
offers-edit-title = Angebot bearbeiten: { $title }
offers-edit-intro = Ändern Sie das Angebot und speichern Sie. Ein veröffentlichtes Angebot prüft die Integrationsstelle danach erneut; bis dahin bleibt es nicht öffentlich.
offers-edit-back = Zurück zu Meine Angebote
offers-edit-save = Änderungen speichern
offers-edit-conflict = Das Angebot wurde inzwischen geändert. Laden Sie die Seite neu und tragen Sie Ihre Änderung erneut ein.
offers-form-section-what = Was
offers-form-section-where = Wo
offers-form-section-when = Wann
offers-form-section-links = Bezug zum Integrationskonzept
offers-form-target-groups = Zielgruppen
offers-form-location-kind = Art des Ortes
offers-form-location-place = an einem Ort (Adresse)
offers-form-location-outreach = aufsuchend in Stadtbezirken
offers-form-location-online = online
offers-form-latitude = Breitengrad (freiwillig)
offers-form-longitude = Längengrad (freiwillig)
offers-form-coordinates-hint = In Dezimalgrad, zum Beispiel 52,0211 und 8,5325
offers-form-outreach = Stadtbezirke, in die das aufsuchende Angebot kommt
offers-form-repeat = Wiederholung (wenn Wochentage gewählt sind)
offers-form-repeat-weekly = jede Woche
offers-form-repeat-biweekly = alle zwei Wochen
offers-form-repeat-monthly-1 = monatlich, am ersten dieser Wochentage
offers-form-repeat-monthly-2 = monatlich, am zweiten dieser Wochentage
offers-form-repeat-monthly-3 = monatlich, am dritten dieser Wochentage
offers-form-repeat-monthly-4 = monatlich, am vierten dieser Wochentage
offers-form-repeat-monthly-last = monatlich, am letzten dieser Wochentage
offers-form-until = Letzter Termin (freiwillig)
offers-form-except = Ausfälle (außer Feiertagen)
offers-form-except-hint = Ein Datum je Zeile, zum Beispiel 2026-10-27
offers-form-more-dates = Weitere einzelne Termine
offers-form-more-dates-hint = Ein Termin je Zeile: Datum, Beginn und Ende, zum Beispiel 2026-12-12 14:00-17:00
offers-form-days = An diesen Wochentagen (nicht an Feiertagen)
offers-form-recommendations = Empfehlungen des Konzepts, denen das Angebot dient
offers-form-recommendations-hint = Kennungen mit Komma getrennt, zum Beispiel kultur-freizeit-1, sport-1
offers-form-measures = Maßnahmen, zu denen das Angebot gehört
offers-form-measures-hint = Nummern mit Komma getrennt, zum Beispiel 12, 7
offers-coverage-map-legend = Angebote je 1.000

## Issue 15: the pool form and a mediator's availability
mediation-nav-availability = Meine Verfügbarkeit
mediation-pool-new = Person in den Pool aufnehmen
mediation-pool-edit = Bearbeiten
mediation-pool-availability = Verfügbarkeit
mediation-record-new-title = Person in den Sprachmittlungspool aufnehmen
mediation-record-edit-title = Pool-Eintrag: { $name }
mediation-record-intro = Alle Angaben zu einer Person im Pool. Leere Zeilen werden nicht gespeichert; für weitere Sprachen, Zeitfenster oder Abwesenheiten speichern Sie und öffnen den Eintrag erneut.
mediation-record-save = Eintrag speichern
mediation-record-back = Zurück zum Pool
mediation-record-name = Name
mediation-record-email = E-Mail-Adresse
mediation-record-gender = Geschlecht
mediation-record-active = Aktiv im Pool
mediation-record-active-hint = Nur aktive Personen werden für Einsätze vorgeschlagen.
mediation-record-languages = Sprachen
mediation-record-languages-hint = Je Sprache: selbst eingeschätztes Niveau und, falls ein Sprachtest vorliegt, das getestete Niveau.
mediation-record-language = Sprache { $n }
mediation-record-self-declared = Niveau (selbst eingeschätzt)
mediation-record-tested = Niveau (getestet)
mediation-record-untested = nicht getestet
mediation-record-settings = Formen der Sprachmittlung
mediation-record-districts = Erreichbare Stadtbezirke (für Termine vor Ort)
mediation-record-din_topics = Qualifizierung nach DIN 19457
mediation-din-role = Rolle
mediation-din-impartiality = Allparteilichkeit
mediation-din-confidentiality = Verschwiegenheit
mediation-din-briefing = Vor- und Nachbesprechung
mediation-record-weekly = Wöchentliche Verfügbarkeit
mediation-record-weekly-hint = Zeitfenster in Ortszeit, Beginn und Ende als HH:MM (zum Beispiel 08:30 bis 12:00).
mediation-record-slot = Zeitfenster { $n }
mediation-record-from = von
mediation-record-to = bis
mediation-record-absences = Abwesenheiten
mediation-record-absences-hint = Erster und letzter Tag, beide eingeschlossen. Für einen einzelnen Tag genügt das erste Datum.
mediation-record-absence = Abwesenheit { $n }
mediation-record-absent-from = Erster Tag
mediation-record-absent-to = Letzter Tag
mediation-record-pledge_until = Verpflichtung zur Verschwiegenheit gültig bis
mediation-record-good_conduct_until = Führungszeugnis gültig bis
mediation-record-rate_per_hour = Aufwandsentschädigung je Stunde (Euro)
mediation-record-rate_per_km = Fahrtkosten je Kilometer (Euro)
mediation-record-rate-hint = Betrag in Euro, zum Beispiel 15,00.
mediation-record-error-name = Bitte geben Sie einen Namen an.
mediation-record-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an.
mediation-record-error-gender = Bitte wählen Sie ein Geschlecht.
mediation-record-error-languages = Bitte geben Sie mindestens eine Sprache an, jede nur einmal und jeweils mit selbst eingeschätztem Niveau.
mediation-record-error-districts = Bitte wählen Sie nur Stadtbezirke der Liste.
mediation-record-error-settings = Bitte wählen Sie mindestens eine Form.
mediation-record-error-din_topics = Bitte wählen Sie nur Themen der Liste.
mediation-record-error-weekly = Bitte geben Sie je Zeitfenster einen Wochentag und Beginn und Ende als HH:MM an, der Beginn vor dem Ende.
mediation-record-error-absences = Bitte geben Sie je Abwesenheit gültige Daten an (JJJJ-MM-TT), der letzte Tag nicht vor dem ersten.
mediation-record-error-pledge_until = Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).
mediation-record-error-good_conduct_until = Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).
mediation-record-error-rate_per_hour = Bitte geben Sie einen Betrag in Euro an, nicht negativ (zum Beispiel 15,00).
mediation-record-error-rate_per_km = Bitte geben Sie einen Betrag in Euro an, nicht negativ (zum Beispiel 0,30).
mediation-availability-title = Verfügbarkeit: { $name }
mediation-availability-intro = Wann Sie in der Regel Einsätze übernehmen können und wann Sie nicht da sind. Die Koordination schlägt Sie bevorzugt für Termine in diesen Zeitfenstern vor und an Tagen Ihrer Abwesenheit nie.
mediation-availability-save = Verfügbarkeit speichern
