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
login-throttled = Zu viele Fehlversuche. Bitte warten Sie { $minutes } Minuten.

forbidden-title = Keine Berechtigung
forbidden-text = Mit Ihrer Rolle können Sie diese Seite nicht nutzen.
csrf-title = Das Formular ist abgelaufen
csrf-text = Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal. Das schützt vor untergeschobenen Formularen anderer Websites.

role-administrator = Administration
role-editor = Arbeitsgruppe (bearbeiten)
role-statistician = Statistikstelle
role-viewer = Lesezugriff (intern)

admin-users-title = Benutzerkonten
admin-tokens-title = API-Schlüssel
admin-audit-title = Protokoll
admin-users-list = Vorhandene Konten
admin-inactive = gesperrt
admin-display-name = Name
admin-role = Rolle
admin-field = Handlungsfeld (Arbeitsgruppe)
admin-field-hint = Nur für die Rolle „Arbeitsgruppe“: das Handlungsfeld, dessen Maßnahmen das Konto bearbeitet.
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
group-error-member = Bitte Person und Organisation angeben.
group-error-meeting = Bitte Datum, Zahl der Teilnehmenden und Beschlüsse angeben.
