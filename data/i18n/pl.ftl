# Polish (Polski) — machine-assisted translation, not yet reviewed by a person (issue 14).
# Date: 2026-12-02. Source: de.ftl (German is the source; same ids and order). Impersonal forms ("Proszę …").

language-name = Polski
# ltr or rtl
language-direction = ltr

site-name = teilhabe
site-tagline = Koncepcja integracji miasta { $city }
skip-to-content = Przejdź do treści
nav-main = Nawigacja główna
nav-language = Wybierz język
nav-breadcrumb = Jesteś tutaj
nav-home = Strona główna
nav-fields = Obszary działań
nav-search = Szukaj

search-label = Szukaj w koncepcji integracji
search-button = Szukaj
search-title = Wyszukiwanie
search-hint = Wyszukiwanie obejmuje wszystkie teksty koncepcji: założenia przewodnie (Leitbild), cele, obszary działań i rekomendacje. Wielkość liter i umlauty nie mają znaczenia.
search-results = { $count ->
    [0] Brak wyników dla „{ $query }”.
    [one] Jeden wynik dla „{ $query }”.
    [few] { $count } wyniki dla „{ $query }”.
    [many] { $count } wyników dla „{ $query }”.
   *[other] { $count } wyniku dla „{ $query }”.
}
search-kind-section = Rozdział
search-kind-statement = Zasada
search-kind-field = Obszar działań
search-kind-recommendation = Rekomendacja
search-kind-area = Zakres

start-adopted = Przyjęta { $date }
start-fields-intro = Koncepcja przyporządkowuje swoje rekomendacje (Handlungsempfehlungen) do obszarów działań (Handlungsfelder); liczba obszarów: { $count }. Każda rekomendacja ma stały identyfikator, do którego odnoszą się działania i wskaźniki.
start-all-fields = Zobacz wszystkie obszary działań
section-adopted = Przyjęto { $date }

fields-title = Obszary działań
fields-intro = Obszary działań: { $count }, łącznie rekomendacji: { $recommendations }.
field-recommendation-count = { $count ->
    [one] jedna rekomendacja
    [few] { $count } rekomendacje
    [many] { $count } rekomendacji
   *[other] { $count } rekomendacji
}
field-area-count = { $count ->
    [one] jeden zakres
    [few] { $count } zakresy
    [many] { $count } zakresów
   *[other] { $count } zakresu
}
field-recommendations = Rekomendacje
field-areas = Zakresy
field-id = Identyfikator
field-tags = Cechy
field-previous = Poprzedni obszar działań
field-next = Następny obszar działań
field-back = Powrót do wszystkich obszarów działań

footer-source = Źródło
footer-version = Wersja { $version }, wczytana { $date }
footer-software = Działa dzięki teilhabe, wolnemu oprogramowaniu do gminnej pracy na rzecz integracji.
footer-api = Otwarty interfejs (JSON)

not-found-title = Nie znaleziono strony
not-found-text = Pod tym adresem nie ma strony. Może pomoże wyszukiwarka lub strona główna.
no-concept-title = Nie wczytano jeszcze koncepcji
no-concept-text = W tej bazie danych nie zapisano jeszcze koncepcji integracji. Można ją wczytać poleceniem „teilhabe concept load PLIK” lub zacząć od „teilhabe serve --demo”.
error-title = Wystąpił błąd
error-text = Nie można teraz wyświetlić strony. Proszę spróbować ponownie później.

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-long = { $day } { $month } { $year } r.

# --- measures, working groups, accounts ---

nav-measures = Działania
nav-programmes = Programy
nav-working-groups = Grupy robocze
nav-admin = Administracja
account-signed-in-as = Zalogowano: { $name }
account-login = Zaloguj się
account-logout = Wyloguj się
account-title = Moje konto
account-password = Zmień hasło
account-current = Dotychczasowe hasło
account-new = Nowe hasło
account-repeat = Powtórz nowe hasło
account-change = Zmień hasło
account-error-current = Dotychczasowe hasło jest nieprawidłowe.
account-error-repeat = Oba nowe hasła się różnią.
account-sessions = Sesje
account-sessions-text = Jeśli zalogowano się na cudzym lub zgubionym urządzeniu: wylogowanie kończy wszystkie sesje tego konta na wszystkich urządzeniach. Nowe hasło działa tak samo.
account-logout-everywhere = Wyloguj się wszędzie

demo-badge = Dane przykładowe
demo-notice = To działanie jest przykładem (dane demonstracyjne) i nie opisuje rzeczywistego działania miasta.
measure-unpublished = nieopublikowane
measure-kicker = Działanie
measure-new-title = Nowe działanie
measure-edit-title = Edytuj działanie
measure-delete = Usuń działanie
measure-facts = Informacje
measure-history = Historia
measure-progress = Postęp { $percent } %

progress-label = Postęp { $percent } % ({ $weighting })
progress-weighted-budget = ważony planowanym budżetem
progress-weighted-equal = wszystkie działania z jednakową wagą
progress-no-measures = Nie ma jeszcze żadnego działania
progress-none-counting = Brak trwających działań
progress-gaps = Rekomendacje bez działania: { $count } z { $total }

status-idea = pomysł
status-planned = zaplanowane
status-running = w realizacji
status-completed = zakończone
status-permanent = prowadzone na stałe
status-stopped = wstrzymane
status-none = brak
status-count-idea = Pomysły: { $count }
status-count-planned = Zaplanowane: { $count }
status-count-running = W realizacji: { $count }
status-count-completed = Zakończone: { $count }
status-count-permanent = Prowadzone na stałe: { $count }
status-count-stopped = Wstrzymane: { $count }

programme-concept = Koncepcja integracji
programme-refugee = Program dla uchodźców „{ $name }”
programme-both = Koncepcja integracji i „{ $name }”
districts-all = całe miasto (wszystkie dzielnice)
districts-some = w tych dzielnicach:
value-none = –
value-yes = tak
value-no = nie

col-id = Numer
col-field = Obszar działań
col-title_de = Tytuł (po niemiecku)
col-title_en = Tytuł (po angielsku)
col-description_de = Opis (po niemiecku)
col-description_en = Opis (po angielsku)
col-recommendations = Rekomendacje
col-programme = Program
col-organisation = Odpowiedzialna organizacja
col-contact = Osoba kontaktowa
col-working_group = Grupa robocza
col-status = Status
col-stop_reason = Powód wstrzymania
col-progress = Postęp (%)
col-start_date = Początek
col-end_date = Koniec
col-budget_planned = Budżet planowany (EUR)
col-budget_spent = Budżet wydany (EUR)
col-target_groups = Grupy docelowe
col-districts = Dzielnice
col-gender_aspect = Aspekt płci
col-gender_aspect_note = W jaki sposób działanie uwzględnia płeć
col-evidence = Dokumentacja
col-milestones = Kamienie milowe
col-published = Publikacja

hint-id = { "" }
hint-title_de = Pole obowiązkowe. Krótko i zrozumiale.
hint-title_en = Nieobowiązkowe.
hint-description_de = Co się dzieje, dla kogo i w jakim celu.
hint-description_en = Nieobowiązkowe.
hint-recommendations = Co najmniej jedna rekomendacja, której służy działanie.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Imię i nazwisko oraz kontakt, np. adres e-mail.
hint-working_group = { "" }
hint-status = Proponowane są tylko dozwolone kolejne kroki.
hint-stop_reason = Tylko dla wstrzymanych działań, dla nich obowiązkowe.
hint-progress = Liczba całkowita od 0 do 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = W euro, np. 12 500,00.
hint-budget_spent = W euro, np. 8 250,50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Obowiązkowe, jeśli działanie ma aspekt płci.
hint-evidence = Jeden dokument w wierszu: nazwa <https://…>
hint-milestones = Jeden kamień milowy w wierszu: RRRR-MM-DD tekst
hint-published = { "" }

timeline-created = utworzono
timeline-changed = zmieniono
timeline-deleted = usunięto

measures-title = Działania
measures-count = { $count ->
    [0] Nie znaleziono działań.
    [one] Jedno działanie.
    [few] { $count } działania.
    [many] { $count } działań.
   *[other] { $count } działania.
}
filter-title = Filtruj działania
filter-text = Szukane wyrażenie
filter-apply = Zastosuj
filter-reset = Wyczyść filtry
filter-any = wszystkie

form-errors = Proszę sprawdzić te dane:
form-section-description = Opis
form-section-responsibility = Odpowiedzialność
form-section-state = Stan i budżet
form-section-evidence = Dokumentacja i kamienie milowe
form-gender-aspect = Działanie ma aspekt płci
form-published = Publiczne (widoczne także bez logowania)
form-save = Zapisz
form-cancel = Anuluj

conflict-title = W międzyczasie ktoś inny zmienił to działanie.
conflict-text = Wprowadzone dane zostały zachowane w formularzu poniżej. Proszę porównać je z zapisanym stanem i zapisać ponownie, aby zachować swoją wersję.
conflict-updated-at = Ostatnio zapisano { $date }.
conflict-caption = Różnice w stosunku do zapisanego stanu (wersja { $version })
conflict-field = Pole
conflict-yours = Wprowadzone dane
conflict-theirs = Zapisane

error-required = Proszę wypełnić.
error-unknown-recommendation = „{ $id }” nie jest rekomendacją koncepcji.
error-retired-recommendation = Rekomendacja „{ $id }” została wycofana z koncepcji; zachowują ją tylko działania, które już jej służyły.
error-unknown-working-group = „{ $id }” nie jest obszarem działań koncepcji.
error-unknown-target-group = „{ $id }” nie jest znaną grupą docelową.
error-unknown-district = „{ $id }” nie jest dzielnicą.
error-unknown-language = „{ $id }” nie jest kodem języka.
error-cell-progress = „{ $value }” nie jest postępem; oczekiwano liczby całkowitej od 0 do 100.
error-cell-date = „{ $value }” nie jest datą; oczekiwano DD.MM.RRRR lub RRRR-MM-DD.
error-cell-money = „{ $value }” nie jest kwotą; oczekiwano np. 12 500,00.
error-cell-evidence = „{ $value }” nie jest linkiem; oczekiwano „nazwa <https://…>”.
error-cell-milestone = „{ $value }” nie jest kamieniem milowym; oczekiwano „RRRR-MM-DD tekst”.
error-end-before-start = Koniec przypada przed początkiem.
error-stop-reason = Wstrzymane działanie wymaga podania powodu.
error-gender-note = Proszę opisać w jednym zdaniu, jak działanie uwzględnia płeć.
error-negative-amount = Kwoty nie mogą być ujemne.
error-transition = Działanie o statusie „{ $from }” nie może otrzymać statusu „{ $to }”.
error-transition-allowed = Możliwe: { $allowed }.

programmes-title = Koncepcja integracji i program dla uchodźców
programmes-intro = Koncepcja integracji wymaga oszczędzania zasobów dzięki koordynacji z opieką nad uchodźcami. Tutaj działania obu programów są zestawione obok siebie.
programmes-overlaps = { $count ->
    [0] Brak możliwych powieleń
    [one] Jedno możliwe powielenie
    [few] { $count } możliwe powielenia
    [many] { $count } możliwych powieleń
   *[other] { $count } możliwego powielenia
}
programmes-overlaps-intro = Te działania służą w obu programach tej samej rekomendacji, tej samej grupie docelowej i tej samej dzielnicy.
programmes-no-overlaps = Żadne działanie jednego programu nie pokrywa się w pełni z działaniem drugiego.

login-title = Logowanie
login-intro = Dla członków grup roboczych, biura ds. integracji i biura statystycznego.
login-name = Nazwa użytkownika
login-password = Hasło
login-submit = Zaloguj się
login-failed = Nazwa użytkownika lub hasło są nieprawidłowe.
login-throttled = Zbyt wiele nieudanych prób. Proszę poczekać { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.

forbidden-title = Brak uprawnień
forbidden-text = Przypisana rola nie pozwala korzystać z tej strony.
csrf-title = Formularz wygasł
csrf-text = Proszę odświeżyć stronę i wysłać formularz ponownie. Chroni to przed formularzami podsuniętymi przez inne strony internetowe.

role-administrator = Administracja
role-editor = Grupa robocza (edycja)
role-statistician = Biuro statystyczne
role-viewer = Dostęp do odczytu (wewnętrzny)
role-concept-editor = Edycja koncepcji
role-translator = Tłumaczenie (tylko przydzielone języki)
role-requester = Instytucja (zamawia mediację językową)
role-mediator = Mediator(ka) językowy(a)
role-mediation-coordinator = Koordynacja mediacji językowej
role-reporter = Instytucja sprawozdająca (dane jednej instytucji)
role-provider = Usługodawca (oferty jednej organizacji)
role-counsellor = Poradnictwo antydyskryminacyjne (akta spraw)

admin-users-title = Konta użytkowników
admin-tokens-title = Klucze API
admin-audit-title = Dziennik zmian
admin-users-list = Istniejące konta
admin-inactive = zablokowane
admin-display-name = Imię i nazwisko
admin-role = Rola
admin-field = Obszar działań (grupa robocza)
admin-field-hint = Tylko dla roli „Grupa robocza”: obszar działań, którego działania edytuje to konto.
admin-institution = Instytucja
admin-error-institution = Tej instytucji nie ma (już) w rejestrze instytucji.
account-messages = Wiadomości e-mail
account-email = Adres e-mail
account-email-hint = Przypomnienia i wiadomości (np. o formularzach lub ofertach Twojej instytucji) trafiają na ten adres. Pozostaw puste: brak e-maili.
account-email-save = Zapisz adres
account-email-saved = Adres e-mail został zapisany.
account-email-removed = Adres e-mail został usunięty; to konto nie otrzymuje e-maili.
admin-email-hint = Opcjonalnie. Bez adresu konto nie otrzymuje e-maili.
admin-error-email = Wpisz adres e-mail w postaci name@example.org lub pozostaw pole puste.
admin-new-password = Nowe hasło (puste: bez zmian)
admin-active = Konto aktywne
admin-new-user = Nowe konto
admin-create-user = Utwórz konto
admin-error-role = Proszę wybrać rolę.
admin-error-field = Rola „Grupa robocza” wymaga obszaru działań.
admin-error-login = Nazwa użytkownika może zawierać tylko małe litery łacińskie, cyfry, kropkę, podkreślnik i łącznik.
admin-error-password = Hasło musi mieć co najmniej { $min } znaków.
admin-error-duplicate = Konto „{ $login }” już istnieje.
admin-error-self = Własnego konta nie można zablokować ani obniżyć mu uprawnień.
admin-user-created = Utworzono konto „{ $login }”.
admin-user-updated = Zapisano konto „{ $login }”.
admin-tokens-intro = Klucze API dają skryptom dostęp z określoną rolą. Klucz jest pokazywany tylko raz i można go w każdej chwili unieważnić.
admin-token-created = Nowy klucz – proszę go teraz skopiować, nie zostanie pokazany ponownie:
admin-token-name = Nazwa
admin-token-created-at = Utworzono
admin-token-used = Ostatnie użycie
admin-token-state = Stan
admin-token-revoked = unieważniony
admin-token-revoke = Unieważnij
admin-new-token = Nowy klucz API
admin-create-token = Wygeneruj klucz
admin-error-token-name = Proszę podać nazwę.
admin-error-token-institution = Klucz tej roli działa w imieniu jednej instytucji: wybierz ją z rejestru instytucji.
admin-token-institution-hint = Tylko dla ról instytucja, podmiot raportujący i oferent: instytucja, w imieniu której działa system z tym kluczem – widzi tylko jej zapytania, zgłoszenia i oferty.
admin-error-token-days = Okres ważności musi wynosić od 1 do { $max } dni.
admin-token-expires = Ważny do
admin-token-expires-at = Ważny do { $at } (UTC).
admin-token-days = Okres ważności w dniach (najwyżej { $max })
admin-token-expired = wygasł
admin-tokens-rules = Klucz wygasa w dniu upływu ważności oraz gdy konto, które go utworzyło, zostanie zablokowane lub zmieni rolę albo obszar działań. Kontami i kluczami zarządza tylko zalogowana osoba – nigdy skrypt z kluczem.
password-error-long = Hasło może mieć najwyżej { $max } znaków.
password-error-common = To hasło jest zbyt popularne (jest na liście często używanych haseł lub jest nazwą użytkownika). Proszę wybrać inne.
admin-audit-type = Rodzaj (np. measure, user, token)
admin-audit-id = Identyfikator
admin-audit-csv = Pobierz jako CSV
admin-audit-at = Czas (UTC)
admin-audit-actor = Kto
admin-audit-action = Czynność
admin-audit-entity = Obiekt
admin-audit-field = Pole
admin-audit-change = Zmiana

groups-title = Grupy robocze
groups-intro = Każdy obszar działań ma swoją grupę roboczą. Jej członkowie prowadzą działania tego obszaru.
groups-members = { $count ->
    [0] brak członków
    [one] jeden członek
   *[other] członkowie: { $count }
}
groups-chair = Przewodnictwo
group-title = Grupa robocza „{ $field }”
group-field-link = Do obszaru działań
group-measures-link = Działania grupy roboczej
group-members = Członkowie
group-no-members = Nie wpisano jeszcze członków.
group-remove = Usuń
group-person = Osoba
group-is-chair = Przewodniczy grupie
group-name-public = Pokazuj imię i nazwisko publicznie (osoba wyraziła zgodę)
group-name-not-public = Imię i nazwisko niepubliczne
group-add-member = Dodaj członka
group-meetings = Posiedzenia
group-no-meetings = Nie wpisano jeszcze posiedzeń.
group-participants = { $count ->
    [one] jedna osoba uczestnicząca
    [few] { $count } osoby uczestniczące
    [many] { $count } osób uczestniczących
   *[other] { $count } osoby uczestniczącej
}
group-meeting-date = Data
group-participants-label = Liczba uczestników
group-decisions = Ustalenia
group-add-meeting = Wpisz posiedzenie
group-error-person = Proszę podać imię i nazwisko osoby.
group-error-organisation = Proszę podać organizację.
group-error-date = Proszę podać prawidłową datę.
group-error-participants = Proszę podać liczbę całkowitą, 0 lub więcej.
group-error-decisions = Proszę podać ustalenia.
# --- monitoring ---
nav-monitoring = Monitoring
number-decimal-mark = ,
monitoring-title = Monitoring integracji
monitoring-intro = { $count ->
    [one] Jeden wskaźnik pokazuje, czy uczestnictwo staje się sprawiedliwsze – dla każdej grupy, dla kobiet i mężczyzn, w każdej dzielnicy.
   *[other] Wskaźniki (liczba: { $count }) pokazują, czy uczestnictwo staje się sprawiedliwsze – dla każdej grupy, dla kobiet i mężczyzn, w każdej dzielnicy. Są przyporządkowane do obszarów działań, które obserwują.
}
indicator-kind = Wskaźnik
indicator-unit = Jednostka
indicator-concept = Pojęcie ludności
indicator-no-data = Dla tego wskaźnika nie zaimportowano jeszcze żadnych danych.
indicator-no-data-short = brak danych
demo-title = Dane demonstracyjne
demo-text = Te liczby zostały wymyślone na potrzeby prezentacji i nie są oficjalną statystyką.
monitoring-demo-badge = Dane demonstracyjne
demo-marker = (dane demonstracyjne)
breakdown-nav = Podział według
breakdown-none = ogółem
breakdown-origin = pochodzenie
breakdown-sex = płeć
breakdown-age = grupa wiekowa
breakdown-district = dzielnica
latest-heading = Najnowsze wartości
latest-caption = Najnowsze wartości, podział: { $breakdown }, { $year }
table-status = Status
table-year = Rok
footnote = Przypis
footnotes-heading = Przypisy
value-interval = Przedział 95% od { $lower } do { $upper }
chart-heading = Szereg czasowy
chart-title-by = Szereg czasowy, podział: { $breakdown }
chart-caption = Brakujące wartości (np. utajnione ze względu na tajemnicę statystyczną) są zaznaczone pustymi kółkami przy dolnej krawędzi, a nie jako 0. Liczby podano w tabeli.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] Brakuje jednej wartości (np. utajnionej); nie jest narysowana jako 0.
   *[other] Brakujące wartości (np. utajnione): { $count }; nie są narysowane jako 0.
}
chart-desc-table = Wszystkie wartości podano w tabeli pod wykresem.
series-table-summary = Szereg czasowy jako tabela
series-caption = { $title }: wszystkie lata
target-heading = Cel
target-label = Cel na { $year }: { $value }
target-text = Cel dla grupy „{ $group }”: { $target }.
target-detail = Dotychczas { $actual } rocznie, potrzeba { $needed } rocznie.
target-detail-actual = Dotychczas { $actual } rocznie.
target-rule = „Zgodnie z planem” oznacza: średnia roczna zmiana od pierwszej wartości (lub od przerwy w szeregu czasowym) jest co najmniej tak duża jak roczna zmiana, która jest jeszcze potrzebna do osiągnięcia celu w roku docelowym.
verdict-reached = cel osiągnięty
verdict-on-track = zgodnie z planem
verdict-off-track = niezgodnie z planem
verdict-missed = cel nieosiągnięty
verdict-not-judgeable = jeszcze nie do oceny
gap-heading = Różnica między grupami „{ $group }” i „{ $reference }”
gap-desc = Słupki pokazują dla każdego roku wartość grupy minus wartość grupy porównawczej; kreski pokazują przedział 95%, jeśli jest dostępny. Lata bez obu wartości nie mają słupka.
gap-column = Różnica
gap-missing = brak
gap-table-summary = Różnica jako tabela
gap-unit-percent = punkty procentowe
gap-unit-percentage-points = punkty procentowe
gap-unit-per-thousand = na 1000
gap-unit-per-ten-thousand = na 10 000
gap-unit-count = liczba
gap-unit-index = punkty indeksu
gap-unit-square-metres = m²
gap-unit-years = lata
map-heading = Dzielnice
map-title = { $title }, dzielnice, { $year }
map-desc = Mapa dzielnic; im ciemniej, tym wyższa wartość. Dzielnice zakreskowane są utajnione, szare nie mają wartości. Wartości podano w tabeli pod mapą.
map-suppressed = utajnione (.)
map-missing = brak wartości
map-years = Rok mapy
map-table-summary = Dzielnice jako tabela
definition-heading = Definicja i źródło
definition-numerator = Licznik
definition-denominator = Mianownik
definition-polarity = Kierunek
definition-source = Źródło
definition-rhythm = Częstotliwość publikacji
caveats-heading = Uwagi dotyczące wiarygodności
informs-heading = Obserwuje obszary działań i rekomendacje
download-heading = Pobierz dane
measures-download = Pobierz tę listę (w kolumnach, które odczytuje import):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Interfejs (JSON)
unit-percent = procent
unit-percentage-points = punkty procentowe
unit-per-thousand = na 1000
unit-per-ten-thousand = na 10 000
unit-count = liczba
unit-index = indeks (0–100)
unit-square-metres = metry kwadratowe
unit-years = lata
unit-percent-value = { $value } %
unit-percentage-points-value = { $value } pkt proc.
unit-per-thousand-value = { $value } na 1000
unit-per-ten-thousand-value = { $value } na 10 000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } m²
unit-years-value = { $value } lat
concept-NAT = obywatelstwo (cudzoziemcy i Niemcy)
concept-MH = pochodzenie migracyjne (Migrationshintergrund)
concept-EG = historia imigracji (Einwanderungsgeschichte)
concept-NONE = bez podziału według pochodzenia
polarity-higher-is-better = im wyżej, tym lepiej
polarity-lower-is-better = im niżej, tym lepiej
polarity-neutral = bez oceny
origin-total = ogółem
origin-MH = z pochodzeniem migracyjnym
origin-NO_MH = bez pochodzenia migracyjnego
origin-FOREIGN = cudzoziemcy
origin-DE = Niemcy
origin-EG = z historią imigracji
origin-NO_EG = bez historii imigracji
sex-total = ogółem
sex-F = kobiety
sex-M = mężczyźni
sex-D = divers (inna płeć)
sex-X = nie podano
age-total = wszystkie grupy wiekowe
age-under = poniżej { $to } { $to ->
    [one] roku
   *[other] lat
}
age-from = { $from } { $from ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
} i więcej
age-exactly = { $from } { $from ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
}
age-range = od { $from } do { $to } { $to ->
    [one] roku
   *[other] lat
}
district-total = całe miasto
status-A = normalna
status-B = przerwa w szeregu czasowym
status-E = szacunek
status-F = prognoza
status-P = wstępna
status-U = ograniczona wiarygodność
status-Q = utajniona
status-M = nie dotyczy
status-L = jeszcze niedostępna
direction-label = Ostatnia zmiana
direction-better = lepiej
direction-worse = gorzej
direction-up = wzrost
direction-down = spadek
direction-no-clear-change = brak wyraźnej zmiany
direction-not-comparable = nieporównywalne (przerwa w szeregu czasowym)
direction-unknown = brak jeszcze szeregu czasowego
field-indicators = Wskaźniki tego obszaru działań
start-gaps-heading = Największe różnice
start-gaps-intro = Gdzie grupy w monitoringu integracji najbardziej odstają od grupy porównawczej (najnowszy rok, mierzone różnicą w stosunku do wartości grupy porównawczej).
start-gap-text = { $values }; różnica { $gap }
start-all-indicators = Zobacz wszystkie wskaźniki
imports-title = Importy
imports-intro = Każda dostawa danych zaimportowana do teilhabe: plik, źródło, okresy, kto i kiedy ją zaimportował. Ponowny import okresu zastępuje jego liczby; dziennik zmian to odnotowuje.
imports-none = Jeszcze niczego nie zaimportowano.
imports-file = Plik
imports-periods = Wskaźniki i lata
imports-when = Zaimportowano
imports-figures = { $count ->
    [one] jedna wartość
   *[other] wartości: { $count }
}
imports-replaced = { $count ->
    [one] zastępuje jedną wartość
   *[other] zastępuje wartości: { $count }
}
imports-link = Wszystkie importy i ich źródła
imports-upload-heading = Importuj dane
imports-upload-intro = Tylko dla biura statystycznego i administracji. Plik jest sprawdzany w całości; jeśli zawiera błąd, nic nie zostaje zapisane. Przebieg próbny pokazuje, co by się zmieniło, niczego nie zapisując.
imports-upload-table = Tabela (GENESIS-CSV, CSV w formacie długim lub XLSX)
imports-upload-table-file = Plik tabeli
imports-upload-table-hint = CSV (UTF-8 lub Windows-1252, separator jest rozpoznawany) albo XLSX.
imports-upload-mapping = Plik przyporządkowania (TOML, opcjonalnie)
imports-upload-mapping-hint = Opcjonalnie. Określa, które kolumny i kody pliku oznaczają który wskaźnik, rok i podział (zob. docs/formats/imports.md). Bez niego teilhabe zaproponuje przyporządkowanie do sprawdzenia i potwierdzenia.
imports-upload-cubes = Wynik biura statystycznego (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = Plik wskaźników z folderu wyjściowego „teilhabe compute”.
imports-upload-metadata = metadata.json (opcjonalnie)
imports-upload-metadata-hint = Źródło i dzień odniesienia; bez niego jako źródło zostanie wpisane „teilhabe compute”.
imports-upload-dry-run = Przebieg próbny: tylko sprawdź, niczego nie zapisuj
imports-upload-submit = Sprawdź i zaimportuj
import-result-title = Wynik importu
import-result-stored = { $count ->
    [one] Jedną wartość zapisano jako import nr { $id }
   *[other] Wartości zapisane jako import nr { $id }: { $count }
}
import-result-dry-run = { $count ->
    [one] Przebieg próbny: zaimportowano by jedną wartość; niczego nie zapisano
   *[other] Przebieg próbny: wartości, które zostałyby zaimportowane: { $count }; niczego nie zapisano
}
import-result-demo = Plik jest oznaczony jako dane demonstracyjne.
import-result-refused = { $count ->
    [one] Import odrzucono; niczego nie zapisano. Jeden problem:
   *[other] Import odrzucono; niczego nie zapisano. Liczba problemów: { $count }:
}
import-result-incomplete = Brakuje pliku; niczego nie zapisano.
import-result-problems-note = Komunikaty podają plik, wiersz i kolumnę.
import-result-indicator = Wskaźnik
import-result-year = Rok
import-result-old = Dotychczas zapisane
import-result-new = Nowe
import-result-changed = W tym zmienione
import-result-skipped-indicators = Brak w katalogu, dlatego pominięto: { $list }
import-result-skipped-rows = Pominięte wiersze na poziomach lub z podziałami, których katalog nie pokazuje (kwartały, kraje odniesienia …): { $count }.
import-result-dropped-keep = Wiersze pominięte, bo ich kodu nie ma w regule keep: { $count }. Reguła: { $rule }
import-result-dropped-drop = Wiersze pominięte zgodnie z regułą drop: { $count }. Reguła: { $rule }
import-lacks-file = Nie wybrano pliku tabeli.
import-lacks-mapping = Nie wybrano pliku przyporządkowania.
import-mapping-not-text = Plik przyporządkowania nie jest plikiem tekstowym UTF-8.
import-lacks-indicators = Nie wybrano pliku indicators.csv.
import-result-format = Format { $format }, kodowanie znaków { $encoding }
import-result-back = Powrót do importów
import-upload-too-large = Plik jest za duży (najwyżej 64 MiB). Niczego nie zapisano.
import-upload-unreadable = Formularz dotarł niekompletny. Proszę ponownie wybrać pliki i wysłać jeszcze raz. Niczego nie zapisano.

# Cross-field links (issue 10)
field-linked-from = ↑ działanie grupy roboczej „{ $group }” powiązane z rekomendacją tego obszaru działań
field-refuse-link = Odrzuć powiązanie
field-error-refuse = Nie można odrzucić powiązania: działanie nie miałoby wtedy żadnej rekomendacji.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Wcześniejsze importy
imports-filter-label = Filtruj importy
imports-filter-indicator = Wskaźnik
imports-filter-source = Źródło
imports-found = { $count ->
    [0] Nie znaleziono importów.
    [one] Znaleziono jeden import.
    [few] Znaleziono { $count } importy.
    [many] Znaleziono { $count } importów.
   *[other] Znaleziono { $count } importu.
}
imports-pages-label = Strony listy importów
imports-page-of = Strona { $page } z { $pages }
imports-page-previous = Poprzednia strona
imports-page-next = Następna strona
imports-audit-link = Zmiany z importu { $id } w dzienniku
admin-audit-import = Import (numer)
admin-audit-import-hint = Pokazuje tylko wpisy utworzone przez ten import.
admin-audit-table = Wpisy dziennika
admin-audit-import-scope = Wpisy importu nr { $number }.
admin-audit-import-all = Pokaż wszystkie wpisy
admin-audit-import-error = Oczekiwano liczby całkowitej, numeru importu (np. 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Sprawdź przyporządkowanie
draft-check-title = Znana tabela: sprawdź i zaimportuj
draft-intro = teilhabe odczytał plik i proponuje, co oznaczają jego kolumny i kody. Każdy wybór można zmienić; niepewne propozycje są oznaczone i niewybrane z góry. „Podgląd” pokazuje pierwsze liczby obok zapisanych; „Importuj” zapisuje wszystko albo nic i zapamiętuje przyporządkowanie na przyszły rok.
draft-expires = Wersja robocza, ważna do { $when }
draft-what = Źródło, wskaźnik i jednostka
draft-columns = Kolumny i podziały
draft-source = Źródło
draft-source-hint = Wydawca i tabela, tak jak są podawane przy każdej liczbie.
draft-indicator = Wskaźnik
draft-indicator-for = Wskaźnik dla { $code } ({ $label })
draft-unit = Jednostka „{ $text }”
draft-unit-none = nie podano
draft-leave-out = nie importuj
draft-no-column = brak takiej kolumny
draft-not-in-file = nie ma w pliku (ogółem)
draft-skip = pomiń (opuść wiersze)
draft-please-choose = — proszę wybrać —
draft-empty-cell = (pusta komórka)
draft-rows = { $count ->
    [one] 1 wiersz
    [few] { $count } wiersze
    [many] { $count } wierszy
   *[other] { $count } wiersza
}
draft-confidence-sure = pewne
draft-confidence-likely = prawdopodobne
draft-confidence-unsure = niepewne, proszę sprawdzić
draft-role-year = Kolumna „rok”
draft-role-value = Kolumna „wartość”
draft-role-indicator = Kolumna „wskaźnik”
draft-role-unit = Kolumna „jednostka”
draft-role-status = Kolumna „status” (znacznik jakości)
draft-role-lower = Kolumna „dolna granica”
draft-role-upper = Kolumna „górna granica”
draft-role-base = Kolumna „podstawa” (liczba przypadków)
draft-role-footnote = Kolumna „przypis”
draft-breakdown-district = Dzielnica
draft-breakdown-sex = Płeć
draft-breakdown-origin = Pochodzenie
draft-breakdown-age = Wiek
draft-codes-of = Kody kolumny { $column } ({ $breakdown })
draft-preview = Podgląd
draft-import = Importuj
draft-preview-heading = Podgląd
draft-preview-caption = Pierwsze liczby w postaci, w jakiej zostałyby zapisane, obok zapisanych
draft-preview-summary = { $count ->
    [one] Zaimportowano by 1 liczbę
   *[other] Liczby do zaimportowania: { $count }
}, w tym nowych lub zmienionych: { $changed }.
draft-preview-years = Lata: { $years }.
draft-preview-breakdown = Podział
draft-preview-none = —
draft-preview-differs = zmienione
draft-problems-note = Z tym przyporządkowaniem nie można zaimportować pliku; komunikaty podają plik, wiersz i kolumnę. Niczego nie zapisano.
draft-recognised = Ta tabela jest znana: { $label }
draft-recognised-text = Zapisane przyporządkowanie odczytuje także ten plik. Proszę sprawdzić podgląd i zaimportować – albo zmienić przyporządkowanie.
draft-saved-confirmed = potwierdzone przez: { $who }, { $when }
draft-change-mapping = Zmień przyporządkowanie
draft-expired-title = Wersja robocza wygasła
draft-expired-text = Ta wersja robocza wygasła (wersje robocze są przechowywane przez 24 godziny). Proszę ponownie przesłać plik; niczego nie zapisano.
draft-source-missing = Proszę podać wydawcę i tabelę.
draft-choose-column = Proszę wybrać kolumnę pliku.
draft-column-taken = Ta kolumna jest już przypisana do innego podziału.
draft-choose-code = Proszę wybrać pasujący kod albo pominąć wiersze.
draft-choose-indicator = Proszę wybrać wskaźnik, do którego należą te wartości.
draft-choose-unit = Proszę wybrać jednostkę z katalogu.
mappings-title = Zapisane przyporządkowania
mappings-intro = Dla każdej tabeli, której przyporządkowanie zostało potwierdzone: następny plik tej samej tabeli zostanie rozpoznany i zaimportowany z jego użyciem. Każde przyporządkowanie można pobrać jako plik TOML dla „teilhabe import table --mapping”.
mappings-none = Nie zapisano jeszcze żadnego przyporządkowania.
mappings-table = Tabela
mappings-confirmed = Potwierdzono
mappings-last-used = Ostatnie użycie
mappings-file = Plik
mappings-download = Pobierz TOML
mappings-link = Zapisane przyporządkowania
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = Edytuj koncepcję
retired = wycofane
retired-on = Wycofano { $date }: { $reason }
concept-edit-heading-page = Edytuj koncepcję
concept-edit-intro-page = Zmiana tekstów w każdym języku; dodawanie, wycofywanie lub zmiana kolejności rekomendacji i obszarów działań. Każde zapisanie tworzy nową wersję z powodem i, jeśli jest, uchwałą rady miasta.
concept-edit-texts = Teksty
concept-edit-header = Tytuł i nagłówki
concept-edit-header-intro = Tytuł, podtytuł i nagłówek nad obszarami działań, w każdym języku koncepcji. Puste tłumaczenia są usuwane; tekst niemiecki jest obowiązkowy.
concept-edit-section-intro = Nagłówek, wprowadzenie i stwierdzenia tego rozdziału, w każdym języku koncepcji. Puste tłumaczenia są usuwane; tekst niemiecki jest obowiązkowy.
concept-edit-field-intro = Tytuł, wprowadzenie i rekomendacje tego obszaru działań. Nowa rekomendacja automatycznie otrzymuje identyfikator; identyfikatory nigdy się nie zmieniają. Wycofane rekomendacje pozostają wraz z ich działaniami.
concept-edit-part-title = Edycja: { $part }
concept-edit-fields = Obszary działań
concept-edit-fields-intro = Obszar działań edytuje się przez jego tytuł. Przyciski zmieniają kolejność lub wycofują obszar; najpierw proszę podać poniżej powód.
concept-edit-title = Tytuł
concept-edit-subtitle = Podtytuł
concept-edit-results-heading = Nagłówek nad obszarami działań
concept-edit-heading = Nagłówek
concept-edit-intro = Wprowadzenie
concept-edit-statement = Stwierdzenie { $id }
concept-edit-recommendation = Rekomendacja { $id }
concept-edit-new-recommendation = Nowa rekomendacja (opcjonalnie)
concept-edit-new-field = Nowy obszar działań
concept-edit-new-field-title = Tytuł obszaru działań
concept-edit-new-field-recommendation = Pierwsza rekomendacja
concept-edit-add-field = Dodaj obszar działań
concept-edit-up = W górę
concept-edit-down = W dół
concept-edit-retire = Wycofaj
concept-edit-why = Powód zmiany
concept-edit-reason = Dlaczego koncepcja się zmienia?
concept-edit-reason-hint = Krótko, np. „Uchwała rady w sprawie pośrednictwa językowego”. Zapisywane razem z wersją.
concept-edit-decision-date = Data uchwały rady miasta (opcjonalnie)
concept-edit-decision-date-hint = Format RRRR-MM-DD. Także data wycofania.
concept-edit-decision-reference = Numer druku uchwały rady (Drucksache, opcjonalnie)
concept-edit-decision-reference-hint = np. Drucksache 1234/2020-2025
concept-edit-save = Zapisz jako nową wersję
concept-edit-back = Do przeglądu „Edytuj koncepcję”
concept-edit-error-reason = Proszę krótko podać, dlaczego koncepcja się zmienia (najwyżej 500 znaków).
concept-edit-error-date = Proszę podać datę w formacie RRRR-MM-DD, np. 2026-11-26.
concept-edit-error-reference = Numer druku może mieć najwyżej 200 znaków.
concept-edit-error-empty = Proszę podać tekst niemiecki.
concept-edit-conflict-title = Nie zapisano: koncepcja została w międzyczasie zmieniona
concept-edit-conflict = Zmiana opierała się na wersji { $yours }, obecnie obowiązuje wersja { $current }. Formularz pokazuje teraz aktualny stan; proszę ponownie wprowadzić zmianę.
concept-edit-conflict-link = Co się zmieniło?
concept-versions-title = Wersje koncepcji
concept-versions-intro = Każda wersja z czasem, osobą, powodem i uchwałą rady. Każdą wersję można pobrać jako plik koncepcji, który odczytuje „teilhabe concept load”.
concept-versions-loaded = wczytano z pliku koncepcji
concept-versions-current = aktualna
concept-versions-at = Czas (UTC)
concept-versions-by = Kto
concept-versions-why = Powód
concept-versions-decision = Uchwała rady
concept-versions-changes = Zmiany w wersji { $version }
concept-versions-compare = Porównaj dwie wersje
concept-versions-from = Starsza wersja
concept-versions-to = Nowsza wersja
concept-versions-show = Pokaż różnice
concept-version = Wersja { $version }
concept-download-version = Wersja { $version } jako plik koncepcji (TOML)
concept-difference-title = Różnice między wersją { $from } a wersją { $to }
concept-difference-none = Te dwie wersje się nie różnią.
concept-difference-count = { $count ->
    [one] Zmieniła się jedna część.
    [few] Zmieniły się { $count } części.
    [many] Zmieniło się { $count } części.
   *[other] Zmieniło się { $count } części.
}
concept-part-concept = Koncepcja
concept-part-tag = Słowo kluczowe
concept-part-section = Rozdział
concept-part-statement = Stwierdzenie
concept-part-field = Obszar działań
concept-part-recommendation = Rekomendacja
concept-change-added = Dodano
concept-change-removed = Usunięto
concept-change-reinstated = Ponownie obowiązuje
concept-change-retired = Wycofano { $date }: { $reason }
concept-change-moved = Przeniesiono z miejsca { $from } na miejsce { $to }
concept-change-reparented = Przeniesiono z „{ $from }” do „{ $to }”
concept-change-text = { $what } ({ $language }): zmieniono
concept-change-value = { $what }: zmieniono
concept-change-old = wcześniej
concept-change-new = teraz
concept-key-title = Tytuł
concept-key-subtitle = Podtytuł
concept-key-results_heading = Nagłówek nad obszarami działań
concept-key-heading = Nagłówek
concept-key-intro = Wprowadzenie
concept-key-text = Tekst
concept-key-label = Oznaczenie
concept-key-adopted = Data przyjęcia
concept-key-source = Źródło
concept-key-kind = Rodzaj
concept-key-recommendation_kind = Rodzaj rekomendacji
concept-key-tags = Słowa kluczowe

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = Spis treści
report-title-page-year = Raport za rok { $year }
report-created = Data sporządzenia
report-data-date = Stan danych
report-demo-contains = Ten dokument zawiera dane demonstracyjne. Strony z liczbami demonstracyjnymi są oznaczone w prawym górnym rogu.
report-demo-page = Dane demonstracyjne – nie są to prawdziwe liczby
report-page = Strona
report-portal = Online
report-summary = Podsumowanie
report-summary-gaps = Największe różnice i ich zmiany
report-summary-gaps-none = Dla żadnego wskaźnika nie ma różnicy między grupą a grupą porównawczą.
report-summary-no-measure = Obszary działań z rekomendacjami bez działania
report-summary-no-measure-none = Każda rekomendacja ma co najmniej jedno trwające lub planowane działanie.
report-summary-completed = Działania zakończone w roku sprawozdawczym
report-summary-stopped = Działania wstrzymane w roku sprawozdawczym
report-summary-none = brak
report-gap-line = { $values }; różnica { $gap }
report-trend-narrowed = zmniejszyła się
report-trend-widened = zwiększyła się
report-trend-unchanged = bez zmian
report-trend-not-comparable = nieporównywalne (przerwa w szeregu czasowym)
report-trend-no-earlier-year = brak wcześniejszego roku do porównania
report-concept = Koncepcja w skrócie
report-fields = Obszary działań
report-field-progress = Postęp działań: { $progress } %
report-recommendations = Rekomendacje
report-recommendation-measures = { $count ->
    [0] brak działań
    [one] jedno działanie
    [few] { $count } działania
    [many] { $count } działań
   *[other] { $count } działania
}
report-measures = Działania
report-measures-none = W tym obszarze działań nie opublikowano żadnego działania.
report-measure-status = Stan
report-measure-progress = Postęp
report-measure-budget = Budżet
report-measure-organisation = Realizator
report-measure-period = Okres
report-budget-planned-spent = { $planned } zaplanowano, { $spent } wydano
report-budget-planned = { $planned } zaplanowano
report-budget-spent = { $spent } wydano
report-working-group = Grupa robocza
report-working-group-none = Nie opublikowano członków.
report-chair = przewodnictwo
report-meetings = Posiedzenia w roku sprawozdawczym: { $count }; ostatnie posiedzenie: { $last }
report-indicators = Wskaźniki
report-indicators-none = Do tego obszaru działań nie przypisano żadnego wskaźnika.
report-method = Metoda
report-method-intro = Wskaźniki opierają się na statystyce publicznej i wyciągach z rejestrów. Ten rozdział wyjaśnia, jak wyodrębnia się grupy ludności, jak chroni się dane jednostkowe i skąd pochodzą liczby.
report-method-concepts = Pojęcia ludności i ich ograniczenia
report-method-concept-NAT = Rozróżnia według obywatelstwa. Osoby naturalizowane liczą się jako Niemcy, podobnie dzieci rodziców cudzoziemców mające obywatelstwo niemieckie; grupa „cudzoziemcy” obejmuje więc imigrantów tylko częściowo.
report-method-concept-MH = Osoba ma pochodzenie migracyjne (Migrationshintergrund), jeśli ona sama lub co najmniej jedno z jej rodziców nie posiada obywatelstwa niemieckiego od urodzenia. Rejestry zawierają dane o rodzicach tylko w ograniczonym zakresie, dlatego wartości są częściowo szacowane.
report-method-concept-EG = Osoba ma historię imigracji (Einwanderungsgeschichte), jeśli ona sama lub oboje jej rodzice imigrowali po 1950 roku (definicja Komisji Ekspertów ds. Zdolności Integracyjnej). Wyników nie można bezpośrednio porównywać ze starszym pojęciem pochodzenia migracyjnego.
report-method-concept-NONE = Te wskaźniki nie są rozróżniane według pochodzenia.
report-method-disclosure = Tajemnica statystyczna
report-method-disclosure-text = Małe liczebności mogłyby pozwolić na wnioskowanie o poszczególnych osobach. Takie wartości są utajniane przed publikacją (utajnienie pierwotne), podobnie jak wartości, z których można by je odtworzyć (utajnienie wtórne). Wartości utajnione nigdy nie występują w tym raporcie jako liczba, lecz tylko jako znak.
report-method-missing = { $count ->
    [0] W tym raporcie nie brakuje żadnej wartości.
    [one] Jedna wartość tego raportu jest utajniona, nie ma zastosowania lub nie jest jeszcze dostępna.
    [few] Wartości tego raportu, które są utajnione, nie mają zastosowania lub nie są jeszcze dostępne: { $count }.
    [many] Wartości tego raportu, które są utajnione, nie mają zastosowania lub nie są jeszcze dostępne: { $count }.
   *[other] Wartości tego raportu, które są utajnione, nie mają zastosowania lub nie są jeszcze dostępne: { $count }.
}
report-method-signs = Znaki w tabelach: „.” utajnione · „x” podawanie wartości niecelowe · „...” dane zostaną podane później · „–” brak wartości. Wartości z zastrzeżeniem podają je w nawiasie, np. „(wstępna)”; przypisy wyjaśniają szczególne przypadki.
report-method-sources = Źródła i stan danych
report-method-import = { $file }, zaimportowano { $date }
report-method-glossary = Pojęcia
report-glossary-gap-term = Różnica
report-glossary-gap = Wartość grupy minus wartość grupy porównawczej w tym samym roku, w jednostce wskaźnika (dla udziałów w punktach procentowych).
report-glossary-interval-term = Przedział ufności
report-glossary-interval = Przedział, w którym z prawdopodobieństwem 95% leży prawdziwa wartość, gdy liczba opiera się na próbie.
report-glossary-on-track-term = Zgodnie z planem
report-glossary-on-track = Średnia roczna zmiana od pierwszej wartości wystarcza, aby osiągnąć cel w roku docelowym.
report-glossary-provisional-term = Wstępna
report-glossary-provisional = Wartość, która może się jeszcze zmienić wraz z późniejszymi dostawami danych statystycznych.
report-glossary-suppressed-term = Utajniona
report-glossary-suppressed = Wartość, której nie publikuje się ze względu na ochronę danych osobowych.
report-appendix = Załącznik: wskaźniki
report-appendix-intro = Wszystkie wskaźniki katalogu wraz z definicją i wszystkimi wartościami.
report-definition = Definicja
report-numerator = Licznik
report-denominator = Mianownik
report-unit = Jednostka
report-population-concept = Pojęcie ludności
report-polarity = Kierunek
report-source = Źródło
report-rhythm = Częstotliwość
report-caveats = Uwagi
report-figures = Wartości
report-year = Rok
report-group = Grupa
report-value = Wartość
report-district = Dzielnica
report-latest-change = Ostatnia zmiana
report-targets = Cele
report-footnotes = Przypisy
report-link-indicator = Wskaźnik w portalu
report-sheet-subtitle = Karta wskaźników: { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Raporty
download-pdf = Karta w PDF
reports-title = Raporty integracyjne
reports-intro = Raport integracyjny podsumowuje, co wydarzyło się w roku sprawozdawczym: największe różnice między grupami, rekomendacje bez działania, działania zakończone i wstrzymane, a także każdy obszar działań z jego działaniami i wskaźnikami. Opublikowane wydania pozostają dostępne bez zmian.
reports-editions = Opublikowane wydania
reports-none = Nie opublikowano jeszcze żadnego wydania.
reports-year = Rok sprawozdawczy
reports-year-hint = Wskaźniki do tego roku; działania zakończone lub wstrzymane w tym roku.
reports-language = Język
reports-released-at = Data publikacji
reports-released-by = Opublikował(a)
reports-download = Pobierz
reports-pdf-link = Raport za rok { $year } w formacie PDF ({ $kb } KB)
reports-draft = Utwórz wersję roboczą
reports-draft-text = Wersja robocza pokazuje te same dane co wydanie (tylko opublikowane działania i wskaźniki), ale nie jest zapisywana.
reports-draft-button = Pobierz wersję roboczą jako PDF
reports-release = Opublikuj wydanie
reports-release-text = Publikacja zapisuje raport wraz z danymi, na podstawie których powstał, i pokazuje go tutaj publicznie. Wydanie nigdy później nie jest zmieniane.
reports-release-button = Opublikuj wydanie
reports-error-year = Proszę wybrać rok sprawozdawczy, dla którego są wskaźniki.
reports-error-language = Proszę wybrać jeden z języków strony.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Wyszukiwanie
site-search-intro = Wszystkie strony tego portalu ({ $count }), uporządkowane według pierwszej litery i według obszaru działań.
site-search-label = Przeszukaj strony
site-search-none = Nie znaleziono żadnej strony.
site-search-some = Znalezione strony: %n
site-search-letters = Strony od A do Z
site-search-fields = Strony według obszaru działań
site-search-letter-title = Strony w sekcji „{ $letter }”
site-search-field-title = Strony obszaru działań „{ $field }”
site-search-count = { $count ->
    [one] Jedna strona.
    [few] { $count } strony.
    [many] { $count } stron.
   *[other] { $count } strony.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
# (H3 texts: machine-assisted translation, not yet reviewed by a person.)
easy-read-marker = Leichte Sprache (uproszczony niemiecki)
easy-read-not-available = Ta strona nie jest dostępna w Leichte Sprache (uproszczonym niemieckim). Jest wyświetlana w standardowym języku niemieckim.
content-outdated-label = Niemiecki oryginał, zmieniony od czasu tego tłumaczenia:
measures-col-title = Tytuł
nav-translations = Tłumaczenia
translations-title = Tłumaczenia
translations-intro = Teksty koncepcji, wskaźników i działań w językach tłumaczenia przypisanych do tego konta. Źródłem jest zawsze język niemiecki. Gdy niemiecki tekst się zmienia, jego tłumaczenie uznaje się za nieaktualne, dopóki ktoś go nie odnowi; do tego czasu strony pokazują oba teksty.
translations-filter-label = Wybór tekstów
translations-language = Język
translations-selection = Zakres
translations-selection-open = Otwarte (brakujące lub nieaktualne)
translations-selection-missing = Brakujące
translations-selection-outdated = Nieaktualne
translations-selection-all = Wszystkie teksty
translations-kind = Rodzaj
translations-kind-all = Wszystkie rodzaje
translations-kind-concept = Koncepcja
translations-kind-indicator = Wskaźnik
translations-kind-measure = Działanie
translations-summary = Brakujące teksty: { $missing }, nieaktualne: { $outdated }.
translations-texts-heading = Teksty
translations-none = Brak tekstów w tym zakresie.
translations-state-current = aktualne
translations-state-outdated = nieaktualne
translations-state-missing = brak
translations-saved = Zapisano.
translations-german-now = Niemiecki (aktualny)
translations-german-then = Niemiecki (wersja, z której tłumaczono)
translations-translation-then = Dotychczasowe tłumaczenie
translations-about = { $origin }, { $date }
translations-origin-human = przetłumaczone przez człowieka
translations-origin-machine-assisted = wspomagane maszynowo, niesprawdzone
translations-origin-imported = zaimportowane
translations-edit-new = Przetłumacz
translations-edit-change = Edytuj tłumaczenie
translations-edit-title = Tłumaczenie tekstu
translations-text-label = Tłumaczenie ({ $language })
translations-error-empty = Proszę wpisać tłumaczenie.
translations-error-too-long = Tłumaczenie jest za długie (najwyżej 20 000 znaków).
translations-save = Zapisz
translations-back = Powrót do listy
translations-xliff-heading = XLIFF dla biur tłumaczeń
translations-xliff-intro = Proszę pobrać teksty jako plik XLIFF 2.0, zlecić ich tłumaczenie w programie do tłumaczeń i ponownie przesłać plik. Błędny plik jest odrzucany w całości; komunikat podaje wiersz i element.
translations-download-open = Pobierz otwarte teksty (XLIFF)
translations-download-missing = Pobierz brakujące teksty (XLIFF)
translations-download-outdated = Pobierz nieaktualne teksty (XLIFF)
translations-download-all = Pobierz wszystkie teksty (XLIFF)
translations-upload-heading = Prześlij przetłumaczony plik
translations-upload-file = Plik XLIFF
translations-upload-hint = Plik XLIFF 2.0 z srcLang="de"; język docelowy jest podany w pliku.
translations-upload-submit = Prześlij i zapisz
admin-translates = Tłumaczy na (tłumaczka lub tłumacz tych języków)
translations-upload-result = Wynik przesyłania
translations-upload-failed = Przesłanie niemożliwe
translations-upload-not-a-form = Żądanie nie było formularzem z plikiem. Proszę przesłać plik za pomocą formularza na stronie „Tłumaczenia”.
translations-upload-no-file = Proszę wybrać plik XLIFF.
translations-imported = Zapisano:
translations-import-refused = Plik nie został przyjęty; nic nie zapisano. Proszę poprawić te błędy:
translations-imported-units = Tłumaczenia w pliku: { $count }
translations-imported-added = nowe: { $count }
translations-imported-changed = zmienione: { $count }
translations-imported-unchanged = bez zmian: { $count }
translations-imported-outdated = ze starszej wersji niemieckiej (zapisane jako nieaktualne): { $count }
translations-imported-skipped = bez tłumaczenia, pominięte: { $count }

## mediation
mediation-nav = Pośrednictwo językowe
mediation-nav-requests = Zgłoszenia pośrednictwa językowego
mediation-demand-title = Pośrednictwo językowe: zapotrzebowanie
mediation-demand-intro = Zgłoszenia instytucji do puli pośredników językowych i ich wynik – zrealizowane, niezrealizowane, odrzucone, przekazane dalej lub odwołane. Niezrealizowane zgłoszenia pokazują niezaspokojone zapotrzebowanie.
mediation-requests-total = Zgłoszenia łącznie
mediation-lead-days = Czas wyprzedzenia w dniach (mediana)
mediation-no-requests = Brak zgłoszeń.
mediation-total = łącznie
mediation-missing-languages = Języki bez pośredników w puli
mediation-missing-none = Dla każdego zgłoszonego języka są pośrednicy w puli.
mediation-withheld-note = Kropka (.) oznacza liczbę niepublikowaną w celu ochrony osób: mniej niż 3 zgłoszenia lub dałoby się ją wyliczyć z sum.
mediation-by-language = Według języka
mediation-by-month = Według miesiąca
mediation-by-sector = Według obszaru instytucji
mediation-by-district = Według dzielnicy
mediation-language = Język
mediation-month = Miesiąc
mediation-sector = Obszar
mediation-district = Dzielnica
mediation-by-field = Według obszaru działania
mediation-field = Obszar działania
mediation-by-funding = Według źródła finansowania
mediation-funding = Źródło finansowania
mediation-costs-heading = Godziny i wynagrodzenia według źródła finansowania
mediation-costs-served = Zrealizowane zlecenia
mediation-costs-hours = Godziny
mediation-costs-km = Kilometry
mediation-costs-allowance = Wynagrodzenie w euro
mediation-costs-note = Godziny i kwoty zrealizowanych zleceń; nie są publikowane tam, gdzie liczba zleceń jest ukryta w celu ochrony osób.
mediation-exports-heading = Rozliczenie i raport roczny
mediation-exports-accounting = Rozliczenie miesiąca: godziny, kilometry i wynagrodzenia każdej osoby pośredniczącej językowo
mediation-exports-month = Miesiąc
mediation-exports-month-hint = Rok i miesiąc, na przykład 2026-03
mediation-exports-month-error = Proszę podać miesiąc jako rok i miesiąc, na przykład 2026-03.
mediation-exports-report = Raport roczny dla instytucji finansującej: zgłoszenia, wyniki, godziny i koszty według języka i źródła finansowania
mediation-exports-year = Rok
mediation-exports-year-error = Proszę podać rok, na przykład 2026.
mediation-exports-csv = Pobierz jako CSV
mediation-exports-xlsx = Pobierz jako XLSX
mediation-outcome-served = zrealizowane
mediation-outcome-unserved = niezrealizowane
mediation-outcome-refused = odrzucone
mediation-outcome-referred = przekazane
mediation-outcome-cancelled = odwołane
mediation-outcome-pending = otwarte
mediation-sector-day-care = Opieka nad dziećmi
mediation-sector-school = Szkoła
mediation-sector-authority = Urząd
mediation-sector-clinic = Zdrowie
mediation-sector-counselling = Poradnictwo
mediation-sector-care-service = Opieka ambulatoryjna
mediation-sector-care-home = Dom opieki
mediation-sector-youth-club = Praca z młodzieżą
mediation-sector-adult-education = Edukacja dorosłych
mediation-sector-association = Stowarzyszenie
mediation-sector-carrier = Organ prowadzący
mediation-sector-other = Inne
mediation-requests-title = Zgłoszenia Twojej instytucji
mediation-requests-intro = Zgłoszenia Twojej instytucji do puli pośredników językowych i ich stan. Czas lokalny (Europa/Berlin).
mediation-request-number = Nr
mediation-appointment = Termin
mediation-setting = Forma
mediation-status = Stan
mediation-urgent = pilne
mediation-setting-in-person = na miejscu
mediation-setting-phone = telefonicznie
mediation-setting-video = przez wideo
mediation-status-open = przyjęte do rozpatrzenia
mediation-status-accepted = zaakceptowane
mediation-status-offered = zaproponowane
mediation-status-assigned = potwierdzone
mediation-status-served = zrealizowane
mediation-status-referred = przekazane
mediation-status-refused = odrzucone
mediation-status-cancelled = odwołane
mediation-status-unserved = niezrealizowane
## offers
offers-nav = Oferty
offers-review-nav = Sprawdzanie ofert
offers-title = Znajdź oferty
offers-intro = Kursy, doradztwo, sport, kultura i miejsca spotkań w Bielefeld. Wybierz, co jest dla Ciebie ważne: filtry można łączyć, a adresem tej strony można się podzielić.
offers-filter-heading = Filtry
offers-q = Słowa wyszukiwania
offers-category = Rodzaj oferty
offers-category-course = Kurs
offers-category-counselling = Doradztwo
offers-category-sport = Sport
offers-category-culture = Kultura
offers-category-youth = Młodzież
offers-category-health = Zdrowie
offers-category-language = Język
offers-category-parents = Rodzice
offers-category-work = Praca i zawód
offers-cost = Koszt
offers-cost-free = bezpłatnie
offers-cost-free-for-refugees = bezpłatnie dla uchodźców
offers-cost-reduced = ulgowo
offers-cost-fee = odpłatnie
offers-childcare = z opieką nad dziećmi
offers-low-threshold = bez zapisów (niski próg)
offers-gender = Dla kogo
offers-gender-all = dla wszystkich
offers-gender-girls = dla dziewcząt
offers-gender-women = dla kobiet
offers-gender-boys = dla chłopców
offers-gender-men = dla mężczyzn
offers-language = Język oferty
offers-district = Dzielnica
offers-weekday = Dzień tygodnia
offers-weekday-mo = poniedziałek
offers-weekday-tu = wtorek
offers-weekday-we = środa
offers-weekday-th = czwartek
offers-weekday-fr = piątek
offers-weekday-sa = sobota
offers-weekday-su = niedziela
offers-daytime = Pora dnia
offers-daytime-morning = rano
offers-daytime-afternoon = po południu
offers-daytime-evening = wieczorem
offers-accessibility = Dostępność
offers-accessibility-step-free = dostęp bez schodów
offers-accessibility-hearing-loop = pętla indukcyjna
offers-accessibility-easy-language = prosty język
offers-apply = Pokaż oferty
offers-reset = Wyczyść filtry
offers-results = { $count ->
    [one] { $count } pasująca oferta
    [few] { $count } pasujące oferty
    [many] { $count } pasujących ofert
   *[other] { $count } pasującej oferty
}
offers-none = Żadna oferta nie spełnia wszystkich wybranych filtrów. Usuń filtr, aby zobaczyć więcej.
offers-map-title = Pasujące oferty według dzielnic
offers-map-desc = Mapa dzielnic Bielefeld: im ciemniejsza dzielnica, tym więcej jest w niej pasujących ofert. Liczby podano także w tabeli poniżej.
offers-map-legend = Liczba ofert
offers-online = online
offers-outreach = praca w terenie
offers-provider = Organizator
offers-where = Miejsce
offers-features = Cechy
offers-contact = Kontakt
offers-register = Zapisz się
offers-calendar = Dodaj do kalendarza (iCalendar)
offers-next-dates = Najbliższe terminy
offers-calendar-web = Dodaj najbliższy termin do kalendarza online
offers-calendar-google = Kalendarz Google
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = Link otwiera stronę usługi kalendarza; zapis następuje dopiero po potwierdzeniu tam. Plik kalendarza zawiera wszystkie terminy.
offers-problem-title-empty = Podaj tytuł.
offers-problem-title-long = Tytuł jest dłuższy niż 200 znaków.
offers-problem-description-long = Opis jest dłuższy niż 5000 znaków.
offers-problem-no-language = Wybierz co najmniej jeden język.
offers-problem-unknown-language = „{ $value }” nie jest językiem z listy języków.
offers-problem-unknown-recommendation = „{ $value }” nie jest zaleceniem koncepcji.
offers-problem-unknown-measure = Nie ma działania { $value }.
offers-problem-zero-fee = Opłata 0 € oznacza „bezpłatnie”.
offers-problem-unknown-district = „{ $value }” nie jest dzielnicą miasta.
offers-problem-address-empty = Podaj adres.
offers-problem-coordinates = Współrzędne są poza dopuszczalnym zakresem.
offers-problem-outreach-district = Dla pracy w terenie podaj co najmniej jedną dzielnicę.
offers-problem-registration-link = Link do zapisów zaczyna się od https://.
offers-problem-date-end = Termin { $value }: koniec nie jest po początku.
offers-problem-time-end = Termin cykliczny: godzina zakończenia nie jest po godzinie rozpoczęcia.
offers-problem-rule = Nie można odczytać reguły powtarzania: { $value }
offers-no-dates = Na najbliższe tygodnie nie podano terminów.
offers-back = Powrót do wyszukiwania
offers-status-draft = Szkic (niepubliczny)
offers-status-submitted = Czeka na sprawdzenie (niepubliczny)
offers-status-returned = Zwrócono do poprawy (niepubliczny)
offers-status-published = opublikowano
offers-review-title = Sprawdzanie ofert
offers-review-intro = Organizatorzy zgłosili te oferty. Opublikuj ofertę lub zwróć ją organizatorowi z uwagą.
offers-review-none = Obecnie żadna oferta nie czeka na sprawdzenie.
offers-review-comment = Uwaga dla organizatora
offers-review-publish = Opublikuj
offers-review-return = Zwróć do poprawy
offers-mine-nav = Moje oferty
offers-mine-title = Moje oferty
offers-mine-intro = Oferty organizacji { $institution }. Biuro ds. integracji sprawdza każdą ofertę przed publikacją. Co najmniej co sześć miesięcy potwierdzaj, że oferta jest aktualna.
offers-mine-list = Twoje oferty
offers-mine-empty = Nie utworzono jeszcze żadnej oferty.
offers-mine-stale = niepotwierdzona od sześciu miesięcy
offers-mine-hidden = ukryta do czasu potwierdzenia
offers-mine-submit = Wyślij do sprawdzenia
offers-mine-confirm = Potwierdź aktualność
offers-mine-new = Nowa oferta
offers-mine-save = Zapisz jako szkic
offers-form-errors = Sprawdź te dane
offers-form-title = Tytuł
offers-form-description = Opis
offers-form-fee = Opłata w euro (jeśli nie bezpłatnie)
offers-form-address = Adres
offers-form-first-date = Data (dla ofert cotygodniowych: pierwszy termin)
offers-form-date-hint = Format RRRR-MM-DD, na przykład 2026-09-01
offers-form-start = Początek (GG:MM)
offers-form-end = Koniec (GG:MM)
offers-form-weekly = Co tydzień w te dni (poza świętami)

## mediation pages
mediation-nav-queue = Pośrednictwo językowe: koordynacja
mediation-nav-pool = Pula pośredników językowych
mediation-nav-assignments = Moje zlecenia
mediation-new-request-title = Nowe zgłoszenie
mediation-new-request-intro = Zamów pośrednika językowego. Nie podawaj nazwisk klientów: tylko to, czego wymaga spotkanie.
mediation-notice-hint = Zgłoszenie jest pilne, jeśli do spotkania zostało mniej dni roboczych niż { $days }.
mediation-send-request = Wyślij zgłoszenie
mediation-choose = Proszę wybrać
mediation-field-language = Język
mediation-field-dialect = Dialekt (opcjonalnie)
mediation-field-setting = Forma
mediation-field-date = Data
mediation-field-time = Godzina
mediation-field-minutes = Czas trwania w minutach
mediation-field-district = Dzielnica
mediation-field-address = Adres spotkania
mediation-field-topic = Temat
mediation-field-preferred_gender = Płeć
mediation-field-legal_consequences = Rozmowa ma skutki prawne
mediation-field-contact_email = Adres e-mail do potwierdzenia
mediation-hint-dialect = Na przykład: syryjski, sorani
mediation-hint-date = Format RRRR-MM-DD, na przykład 2026-12-14
mediation-hint-time = Czas lokalny, format GG:MM, na przykład 09:30
mediation-hint-minutes = Od 15 do 480 minut
mediation-hint-address = Adres Twojej placówki, nigdy adres klienta. Wymagany przy spotkaniach na miejscu.
mediation-hint-gender = Preferowana płeć pośrednika, np. w przypadkach przemocy domowej
mediation-hint-legal = Policja, sąd, ustalenie ojcostwa i podobne: takie zgłoszenia koordynacja przekazuje tłumaczom zawodowym.
mediation-gender-any = bez preferencji
mediation-gender-female = kobieta
mediation-gender-male = mężczyzna
mediation-gender-diverse = inna
mediation-topic-education = Przedszkole i szkoła
mediation-topic-health = Zdrowie i opieka
mediation-topic-social = Świadczenia socjalne i mieszkanie
mediation-topic-authority = Urzędy
mediation-topic-counselling = Poradnictwo
mediation-topic-other = Inne
mediation-error-language = Proszę wybrać język.
mediation-error-dialect = Proszę sprawdzić dialekt.
mediation-error-setting = Proszę wybrać formę.
mediation-error-date = Proszę podać przyszłą datę (RRRR-MM-DD).
mediation-error-time = Proszę podać godzinę (GG:MM).
mediation-error-minutes = Proszę podać czas trwania od 15 do 480 minut.
mediation-error-district = Proszę wybrać dzielnicę.
mediation-error-address = Proszę podać adres spotkania na miejscu (najwyżej 300 znaków).
mediation-error-topic = Proszę wybrać temat.
mediation-error-preferred_gender = Proszę wybrać jedną z opcji.
mediation-error-legal_consequences = Proszę sprawdzić tę informację.
mediation-error-contact_email = Proszę podać prawidłowy adres e-mail.
mediation-error-why = Odwołanie wymaga podania powodu.
mediation-error-mediator = Ta osoba jest już zajęta w tym czasie lub nie należy do puli.
mediation-error-reason = Proszę wybrać powód.
mediation-error-offer-closed = Ta oferta nie jest już aktualna.
mediation-error-report-minutes = Minuty: proszę podać od 1 do 720.
mediation-error-report-km = Kilometry: proszę podać od 0 do 500.
mediation-error-report-early = Godziny zgłasza się po spotkaniu.
mediation-error-login = Nie ma konta z rolą pośrednika o tej nazwie lub jest już powiązane z inną osobą w puli.
mediation-request-title = Zgłoszenie nr { $id }
mediation-institution = Placówka
mediation-yes = tak
mediation-no = nie
mediation-refusal-reason = Powód odmowy
mediation-refusal-no-mediator-for-language = brak pośrednika dla tego języka
mediation-refusal-legal-consequences = skutki prawne
mediation-refusal-too-short-notice = zbyt krótki termin
mediation-refusal-outside-rules = poza zasadami puli
mediation-cancelled-by = Odwołane przez
mediation-cancelled-institution = placówkę
mediation-cancelled-coordination = koordynację
mediation-decide = Sprawdź zgłoszenie
mediation-accept = Przyjmij
mediation-refer = Przekaż tłumaczom zawodowym
mediation-refuse = Odrzuć
mediation-record-unserved = Zapisz jako niezrealizowane
mediation-suggestions = Propozycje
mediation-suggestions-intro = Uporządkowane według preferowanej płci, poziomu języka, zasięgu dzielnicy, dostępności i sprawiedliwego podziału zleceń. Przy każdej osobie podano powody.
mediation-no-suggestions = Nikt w puli nie może przyjąć tego zgłoszenia.
mediation-rank = Miejsce
mediation-mediator = Pośrednik
mediation-reasons = Powody
mediation-action = Działanie
mediation-offer = Zaproponuj
mediation-excluded = Niekwalifikujący się ({ $count })
mediation-excluded-inactive = nieaktywny
mediation-excluded-no-language = nie zna języka
mediation-excluded-setting-not-offered = nie oferuje tej formy
mediation-excluded-documents-lapsed = dokumenty nieważne
mediation-excluded-absent = nieobecny
mediation-excluded-booked = zajęty w tym czasie
mediation-reason-language = Poziom języka: { $level }
mediation-reason-language-tested = Poziom języka: { $level } (sprawdzony)
mediation-reason-dialect = zna dialekt
mediation-reason-gender-matches = preferowana płeć
mediation-reason-gender-differs = inna płeć niż preferowana
mediation-reason-district = dociera do dzielnicy
mediation-reason-district-out = nie dociera do dzielnicy
mediation-reason-remote = telefonicznie lub wideo: dzielnica bez znaczenia
mediation-reason-available = zwykle dostępny w tym czasie
mediation-reason-unavailable = zwykle niedostępny w tym czasie
mediation-reason-load = Godziny zleceń w ostatnich czterech tygodniach: { $hours }
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = język ojczysty
mediation-offers-made = Propozycje i zlecenia
mediation-assignment-offered = zaproponowane
mediation-assignment-accepted = przyjęte
mediation-assignment-declined = odrzucone
mediation-assignment-withdrawn = wycofane
mediation-assignment-completed = wykonane
mediation-allowance = Rekompensata
mediation-cancel = Odwołaj zgłoszenie
mediation-cancel-why = Powód odwołania
mediation-back = Powrót do przeglądu
mediation-queue-title = Sprawdzanie i przydzielanie zgłoszeń
mediation-queue-intro = Wszystkie otwarte zgłoszenia, najpierw pilne, potem według terminu. Czas lokalny (Europa/Berlin).
mediation-assignments-title = Moje zlecenia
mediation-assignments-intro = Przyjmij lub odrzuć zaproponowane zlecenia; po spotkaniu zgłoś minuty i kilometry, a rekompensata zostanie obliczona.
mediation-offered = Zaproponowane
mediation-accepted = Przyjęte
mediation-done = Wykonane i zamknięte
mediation-none = Brak.
mediation-minutes-unit = min
mediation-answer-accept = Przyjmij
mediation-answer-decline = Odrzuć
mediation-report = Zgłoś zlecenie
mediation-report-minutes = Minuty
mediation-report-km = Kilometry
mediation-report-send = Zgłoś
mediation-pool-title = Pula pośredników językowych
mediation-pool-intro = Wszyscy pośrednicy puli. Wyróżnione: dokumenty, które straciły ważność lub tracą ją wkrótce (dni: { $days }).
mediation-languages = Języki
mediation-documents = Dokumenty
mediation-documents-valid = ważne
mediation-documents-lapsing = traci ważność
mediation-document-pledge = zobowiązanie do zachowania poufności
mediation-document-good-conduct = zaświadczenie o niekaralności
mediation-inactive = nieaktywny
mediation-pool-account = Konto
mediation-pool-linked = Powiązane z kontem.
mediation-pool-login = Nazwa użytkownika
mediation-pool-link = Powiąż konto
## collection
collection-nav = Zbieranie danych
collection-nav-completeness = Kompletność sprawozdań
collection-list-title = Moje sprawozdania
collection-list-intro = Otwarte sprawozdania dla { $institution }: okres, termin i stan. Zaległe sprawozdania są wyróżnione.
collection-list-empty = Obecnie nie ma otwartych sprawozdań.
collection-data-set = Zbiór danych
collection-period = Okres
collection-period-quarter = { $quarter }. kwartał { $year }
collection-period-month = { $month ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
} { $year }
collection-due = Termin
collection-state = Stan
collection-timeliness = Terminowość
collection-state-draft = wersja robocza
collection-state-complete = kompletne
collection-state-approved = zatwierdzone
collection-state-returned = zwrócone
collection-state-none = jeszcze nierozpoczęte
collection-timeliness-on-time = w terminie
collection-timeliness-late = z opóźnieniem
collection-timeliness-missing = zaległe
collection-timeliness-open = otwarte
collection-institution = Instytucja
collection-returned-heading = Biuro statystyczne zwróciło sprawozdanie
collection-locked = To sprawozdanie jest zablokowane: jest kompletne lub zatwierdzone albo jego okres nie jest otwarty do wprowadzania danych.
collection-errors = Prosimy sprawdzić wprowadzone dane
collection-rules-heading = Naruszone reguły kontrolne
collection-importance-high = Wysoka waga
collection-importance-medium = Średnia waga
collection-importance-low = Niska waga
collection-rule-sides = lewa strona { $left }, prawa strona { $right }
collection-scores-heading = Wynik samooceny
collection-area = Obszar
collection-score = { $percent } %
collection-score-overall = Łącznie
collection-comparison-heading = Porównanie z placówkami tego samego rodzaju
collection-comparison-intro = Twój wynik obok zatwierdzonych samoocen innych placówek tego samego rodzaju za ten sam okres. Pokazywane są tylko kwartyle, nigdy pojedyncza wartość, i tylko gdy odpowiedziały co najmniej trzy inne placówki.
collection-comparison-own = Twoja placówka
collection-comparison-lower = dolny kwartyl
collection-comparison-median = mediana
collection-comparison-upper = górny kwartyl
collection-comparison-count = inne placówki
collection-comparison-position = położenie
collection-position-below = poniżej dolnego kwartyla
collection-position-middle = między kwartylami
collection-position-above = powyżej górnego kwartyla
collection-comparison-too-few-short = za mało do porównania
collection-comparison-too-few = Gdy mniej niż trzy inne placówki tego samego rodzaju mają zatwierdzone wartości, porównanie nie jest pokazywane: mogłoby umożliwić rozpoznanie pojedynczej placówki.
collection-compulsory = Obowiązkowe
collection-comment = Komentarz
collection-comments = Komentarze do wartości
collection-comment-on = Komentarz do { $name }
collection-value = Wartość
collection-no-answer = brak odpowiedzi
collection-yes = tak
collection-no = nie
collection-save = Zapisz wersję roboczą
collection-complete = Oznacz jako kompletne
collection-problem = Pole
collection-completeness-title = Kompletność sprawozdań
collection-choose = Zbiór danych i okres
collection-show = Pokaż
collection-expected = Oczekiwane sprawozdania
collection-reporting-rate = Wskaźnik złożonych sprawozdań
collection-reporting-source = Źródło: zbieranie danych
collection-reporting = Zatwierdzone placówki: { $reported } z { $expected } (wskaźnik złożonych sprawozdań { $rate } %)
collection-reporting-latest = Dla każdej placówki liczy się ostatni zatwierdzony okres roku.
collection-timely-rate = Wskaźnik terminowych sprawozdań
collection-completed = Złożono
collection-decision = Decyzja
collection-approve = Zatwierdź
collection-return = Zwróć
collection-return-reason = Powód zwrotu do { $name }
## offers (phase 2)
offers-coverage-nav = Zasięg ofert
offers-coverage-title = Zasięg ofert według dzielnic
offers-coverage-intro = Wybierz kryteria z zaleceń, np. bezpłatne i z opieką nad dziećmi. Tabela liczy publiczne oferty spełniające wszystkie kryteria według dzielnic i rodzajów; oferty wyjazdowe liczą się w każdej dzielnicy, do której docierają, oferty online w żadnej.
offers-coverage-criteria = Kryteria
offers-coverage-base = Populacja odniesienia
offers-coverage-base-residents = na 1000 mieszkańców
offers-coverage-base-migration-history = na 1000 mieszkańców z historią migracji
offers-coverage-base-women-migration-history = na 1000 kobiet z historią migracji
offers-coverage-apply = Oblicz zasięg
offers-coverage-gaps = Luki: dzielnice bez pasującej oferty
offers-coverage-no-gaps = W każdej dzielnicy jest co najmniej jedna pasująca oferta.
offers-coverage-map-title = Pasujące oferty na 1000 populacji odniesienia
offers-coverage-map-desc = Mapa dzielnic Bielefeld; im ciemniejsza dzielnica, tym więcej pasujących ofert na 1000 populacji odniesienia. Liczby są także w tabeli.
offers-coverage-table = Oferty według dzielnic i rodzajów
offers-coverage-table-caption = Liczba pasujących ofert według dzielnic i rodzajów, łącznie i na 1000 populacji odniesienia
offers-coverage-total = Ofert łącznie
offers-coverage-population-residents = Mieszkańcy
offers-coverage-population-migration-history = Mieszkańcy z historią migracji
offers-coverage-population-women-migration-history = Kobiety z historią migracji
offers-coverage-rate-residents = Ofert na 1000 mieszkańców
offers-coverage-rate-migration-history = Ofert na 1000 mieszkańców z historią migracji
offers-coverage-rate-women-migration-history = Ofert na 1000 kobiet z historią migracji
offers-mine-edit = Edytuj
offers-edit-title = Edytuj ofertę: { $title }
offers-edit-intro = Zmień ofertę i zapisz ją. Opublikowaną ofertę biuro integracji sprawdza potem ponownie; do tego czasu nie jest publiczna.
offers-edit-back = Powrót do moich ofert
offers-edit-save = Zapisz zmiany
offers-edit-conflict = W międzyczasie oferta została zmieniona. Odśwież stronę i wprowadź zmianę ponownie.
offers-form-section-what = Co
offers-form-section-where = Gdzie
offers-form-section-when = Kiedy
offers-form-section-links = Powiązanie z koncepcją integracji
offers-form-target-groups = Grupy docelowe
offers-form-location-kind = Rodzaj miejsca
offers-form-location-place = w jednym miejscu (adres)
offers-form-location-outreach = wyjazdowo w dzielnicach
offers-form-location-online = online
offers-form-latitude = Szerokość geograficzna (opcjonalnie)
offers-form-longitude = Długość geograficzna (opcjonalnie)
offers-form-coordinates-hint = W stopniach dziesiętnych, np. 52,0211 i 8,5325
offers-form-outreach = Dzielnice, do których dociera oferta wyjazdowa
offers-form-repeat = Powtarzanie (gdy wybrano dni tygodnia)
offers-form-repeat-weekly = co tydzień
offers-form-repeat-biweekly = co dwa tygodnie
offers-form-repeat-monthly-1 = co miesiąc, w pierwszy z tych dni tygodnia
offers-form-repeat-monthly-2 = co miesiąc, w drugi z tych dni tygodnia
offers-form-repeat-monthly-3 = co miesiąc, w trzeci z tych dni tygodnia
offers-form-repeat-monthly-4 = co miesiąc, w czwarty z tych dni tygodnia
offers-form-repeat-monthly-last = co miesiąc, w ostatni z tych dni tygodnia
offers-form-until = Ostatni termin (opcjonalnie)
offers-form-except = Odwołane terminy (poza świętami)
offers-form-except-hint = Jedna data w wierszu, np. 2026-10-27
offers-form-more-dates = Dalsze pojedyncze terminy
offers-form-more-dates-hint = Jeden termin w wierszu: data, początek i koniec, np. 2026-12-12 14:00-17:00
offers-form-days = W te dni tygodnia (nie w święta)
offers-form-recommendations = Zalecenia koncepcji, którym służy oferta
offers-form-recommendations-hint = Identyfikatory oddzielone przecinkami, np. kultur-freizeit-1, sport-1
offers-form-measures = Działania, do których należy oferta
offers-form-measures-hint = Numery oddzielone przecinkami, np. 12, 7
offers-coverage-map-legend = Ofert na 1000

## Issue 15: the pool form and a mediator's availability
mediation-nav-availability = Moja dostępność
mediation-pool-new = Dodaj osobę do puli
mediation-pool-edit = Edytuj
mediation-pool-availability = Dostępność
mediation-record-new-title = Dodaj osobę do puli pośredników językowych
mediation-record-edit-title = Wpis w puli: { $name }
mediation-record-intro = Wszystkie dane osoby w puli. Puste wiersze nie są zapisywane; aby dodać kolejne języki, przedziały czasu lub nieobecności, zapisz wpis i otwórz go ponownie.
mediation-record-save = Zapisz wpis
mediation-record-back = Powrót do puli
mediation-record-name = Imię i nazwisko
mediation-record-email = Adres e-mail
mediation-record-gender = Płeć
mediation-record-active = Osoba aktywna w puli
mediation-record-active-hint = Do zleceń proponowane są tylko osoby aktywne.
mediation-record-languages = Języki
mediation-record-languages-hint = Dla każdego języka: poziom według samooceny oraz, jeśli odbył się test językowy, poziom potwierdzony testem.
mediation-record-language = Język { $n }
mediation-record-self-declared = Poziom (samoocena)
mediation-record-tested = Poziom (według testu)
mediation-record-untested = bez testu
mediation-record-settings = Formy pośrednictwa językowego
mediation-record-districts = Osiągalne dzielnice (na spotkania osobiste)
mediation-record-din_topics = Kwalifikacje według DIN 19457
mediation-din-role = Rola
mediation-din-impartiality = Bezstronność
mediation-din-confidentiality = Poufność
mediation-din-briefing = Przygotowanie i omówienie po spotkaniu
mediation-record-weekly = Dostępność w tygodniu
mediation-record-weekly-hint = Przedziały czasu według czasu lokalnego, początek i koniec w formacie GG:MM (na przykład od 08:30 do 12:00).
mediation-record-slot = Przedział czasu { $n }
mediation-record-from = od
mediation-record-to = do
mediation-record-absences = Nieobecności
mediation-record-absences-hint = Pierwszy i ostatni dzień, oba włącznie. Dla jednego dnia wystarczy pierwsza data.
mediation-record-absence = Nieobecność { $n }
mediation-record-absent-from = Pierwszy dzień
mediation-record-absent-to = Ostatni dzień
mediation-record-pledge_until = Zobowiązanie do zachowania poufności ważne do
mediation-record-good_conduct_until = Zaświadczenie o niekaralności ważne do
mediation-record-rate_per_hour = Rekompensata za godzinę (euro)
mediation-record-rate_per_km = Koszty dojazdu za kilometr (euro)
mediation-record-rate-hint = Kwota w euro, na przykład 15,00.
mediation-record-error-name = Proszę podać imię i nazwisko.
mediation-record-error-email = Proszę podać prawidłowy adres e-mail.
mediation-record-error-gender = Proszę wybrać płeć.
mediation-record-error-languages = Proszę podać co najmniej jeden język, każdy tylko raz i każdy z poziomem według samooceny.
mediation-record-error-districts = Proszę wybierać tylko dzielnice z listy.
mediation-record-error-settings = Proszę wybrać co najmniej jedną formę.
mediation-record-error-din_topics = Proszę wybierać tylko tematy z listy.
mediation-record-error-weekly = Proszę podać dla każdego przedziału dzień tygodnia oraz początek i koniec w formacie GG:MM, początek przed końcem.
mediation-record-error-absences = Proszę podać dla każdej nieobecności prawidłowe daty (RRRR-MM-DD), ostatni dzień nie wcześniej niż pierwszy.
mediation-record-error-pledge_until = Proszę podać prawidłową datę (RRRR-MM-DD).
mediation-record-error-good_conduct_until = Proszę podać prawidłową datę (RRRR-MM-DD).
mediation-record-error-rate_per_hour = Proszę podać nieujemną kwotę w euro (na przykład 15,00).
mediation-record-error-rate_per_km = Proszę podać nieujemną kwotę w euro (na przykład 0,30).
mediation-availability-title = Dostępność: { $name }
mediation-availability-intro = Kiedy zwykle możesz przyjmować zlecenia i kiedy cię nie ma. Koordynacja proponuje cię przede wszystkim na spotkania w tych przedziałach czasu i nigdy w dniach twojej nieobecności.
mediation-availability-save = Zapisz dostępność

## Issue 17: reports of discrimination
discrimination-nav-report = Zgłoś dyskryminację
discrimination-nav-counselling = Poradnictwo antydyskryminacyjne
discrimination-report-title = Zgłoszenie dyskryminacji
discrimination-report-intro = Dyskryminację w naszym mieście – doznaną osobiście lub zaobserwowaną – można zgłosić tutaj, bez konta i bez podawania imienia i nazwiska. Poradnia antydyskryminacyjna liczy każde zgłoszenie, aby było widać, gdzie dochodzi do dyskryminacji.
discrimination-report-privacy = Proszę nie podawać żadnych imion, nazwisk ani adresów. Adresy e-mail i numery telefonów w tekście są usuwane przed zapisaniem. Dane kontaktowe są zapisywane tylko wtedy, gdy zgłoszenie zawiera prośbę o poradę – w postaci zaszyfrowanej – i są usuwane, gdy tylko poradnictwo się zakończy.
discrimination-report-offline = Ten formularz wymaga serwera miasta. Z tej zapisanej wersji portalu nie można go wysłać.
discrimination-report-send = Wyślij zgłoszenie
discrimination-report-link = Zgłoś dyskryminację
discrimination-statistics-link = Statystyka udokumentowanych przypadków
discrimination-choose = Proszę wybrać
discrimination-not-stated = nie podano
discrimination-not-recorded = nie odnotowano
discrimination-field-area = Obszar życia
discrimination-hint-area = Gdzie to się stało?
discrimination-field-district = Dzielnica
discrimination-hint-district = Opcjonalnie. Proszę nie podawać adresu.
discrimination-field-month = Miesiąc
discrimination-hint-month = Kiedy to się stało? Miesiąc i rok, na przykład 2026-11.
discrimination-field-grounds = Przesłanki dyskryminacji
discrimination-field-racism = Jeśli dyskryminacja była rasistowska: jaka forma rasizmu? (opcjonalnie)
discrimination-field-what = Co się stało?
discrimination-hint-what = Proszę krótko opisać, co się wydarzyło. Najwyżej 5000 znaków.
discrimination-field-counselling = Chcę skorzystać z porady
discrimination-hint-counselling = Wtedy poradnia antydyskryminacyjna nawiąże kontakt.
discrimination-field-contact = Jak możemy nawiązać kontakt?
discrimination-hint-contact = Tylko w przypadku prośby o poradę: adres e-mail, numer telefonu lub poradnia, za której pośrednictwem możemy nawiązać kontakt.
discrimination-honeypot = Proszę pozostawić to pole puste
discrimination-error-area = Proszę wybrać obszar życia.
discrimination-error-district = Proszę wybrać dzielnicę z listy lub „nie podano”.
discrimination-error-month = Proszę podać miesiąc (RRRR-MM), nie z przyszłości i nie sprzed 2000 roku.
discrimination-error-grounds = Proszę wybrać co najmniej jedną przesłankę.
discrimination-error-what_happened = Proszę krótko opisać, co się wydarzyło (najwyżej 5000 znaków).
discrimination-error-wants_counselling = Proszę sprawdzić tę odpowiedź.
discrimination-error-contact = Proszę podać, jak możemy nawiązać kontakt (najwyżej 300 znaków).
discrimination-error-no-key = Obecnie nie można bezpiecznie zapisać danych kontaktowych. Proszę wysłać zgłoszenie bez prośby o poradę albo zwrócić się bezpośrednio do poradni antydyskryminacyjnej.
discrimination-limit-title = Zbyt wiele zgłoszeń
discrimination-limit-text = W ciągu ostatniej godziny z tej sieci wpłynęło już kilka zgłoszeń. Proszę spróbować ponownie za { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
discrimination-receipt-title = Dziękujemy za zgłoszenie
discrimination-receipt-code = Zgłoszenie dotarło. Kod zgłoszenia:
discrimination-receipt-keep = Proszę zanotować ten kod. W razie kontaktu z poradnią antydyskryminacyjną pozwoli on odnaleźć zgłoszenie. Konto nie jest potrzebne.
discrimination-receipt-counselling = Poradnia antydyskryminacyjna nawiąże kontakt w podany sposób.
discrimination-receipt-counted = Zgłoszenie jest liczone bez imienia i nazwiska i pomaga pokazać, gdzie dochodzi do dyskryminacji.
discrimination-statistics-title = Udokumentowane przypadki dyskryminacji w roku { $year }
discrimination-caveat = Liczby pokazują, ile przypadków zgłoszono i udokumentowano – a nie, jak często dochodzi do dyskryminacji. Wiele osób dotkniętych dyskryminacją niczego nie zgłasza.
discrimination-years = Lata
discrimination-no-cases = W tym roku nie udokumentowano żadnych przypadków.
discrimination-cases-heading = Nowe przypadki
discrimination-figure = Wskaźnik
discrimination-quarter = { $quarter }. kwartał
discrimination-new-cases = Nowe przypadki
discrimination-racist-share = Udział dyskryminacji rasistowskiej
discrimination-total = Łącznie
discrimination-mentions = Możliwa więcej niż jedna odpowiedź: jeden przypadek może być liczony kilka razy.
discrimination-one-per-case = Jedna odpowiedź na przypadek; nie każdy przypadek ją ma.
discrimination-withheld = Kropka (.) oznacza wartość, której nie publikuje się w celu ochrony osób dotkniętych dyskryminacją: liczby mniejsze niż { $min } oraz wartości, z których można by je odtworzyć.
discrimination-dimension-area = Obszary życia
discrimination-dimension-ground = Przesłanki
discrimination-dimension-form = Formy
discrimination-dimension-level = Poziomy
discrimination-dimension-intervention = Interwencje
discrimination-dimension-outcome = Wyniki
discrimination-inbox-title = Poradnictwo antydyskryminacyjne
discrimination-inbox-intro = Zgłoszenia i sprawy. Tę stronę widzą tylko doradczynie i doradcy; każde wyświetlenie jest rejestrowane.
discrimination-case-new = Załóż sprawę bez zgłoszenia
discrimination-held-heading = Wstrzymane zgłoszenia
discrimination-held-intro = Te zgłoszenia wyglądały na wysłane automatycznie. Proszę je sprawdzić: zatwierdzić albo usunąć jako spam.
discrimination-held-note = To zgłoszenie zostało wstrzymane przez kontrolę antyspamową.
discrimination-waiting-heading = Zgłoszenia bez sprawy
discrimination-waiting-none = Żadne zgłoszenie nie czeka.
discrimination-cases-list-heading = Sprawy w toku i zamknięte w ostatnich 90 dniach
discrimination-cases-all-heading = Wszystkie sprawy
discrimination-cases-all-link = Pokaż wszystkie sprawy
discrimination-cases-recent-link = Pokaż tylko sprawy w toku i niedawno zamknięte
discrimination-cases-none = Nie ma jeszcze spraw.
discrimination-col-report = Zgłoszenie
discrimination-col-code = Kod
discrimination-col-received = Wpłynęło
discrimination-col-counselling = Prośba o poradę
discrimination-col-case = Sprawa
discrimination-yes = tak
discrimination-no = nie
discrimination-report-page-title = Zgłoszenie { $id }
discrimination-release = Zatwierdź
discrimination-delete-spam = Usuń jako spam
discrimination-to-case = Przejdź do sprawy
discrimination-case-open-for = Załóż sprawę
discrimination-show-contact = Pokaż dane kontaktowe
discrimination-no-contact = Brak zapisanych danych kontaktowych (lub usunięto je przy zamknięciu sprawy).
discrimination-back = Powrót do przeglądu
discrimination-case-new-title = Nowa sprawa
discrimination-case-title = Sprawa { $id }
discrimination-case-intro = Dokumentacja według standardu minimalnego: obszary życia, przesłanki, formy, interwencje i wynik. Notatki są opcjonalne i nigdy nie są eksportowane, a adresy e-mail i numery telefonów są usuwane przy zapisie.
discrimination-case-areas = Obszary życia
discrimination-case-grounds = Przesłanki
discrimination-case-forms = Formy
discrimination-case-interventions = Interwencje
discrimination-case-level = Poziom
discrimination-case-agg = Czy sprawa podlega AGG (niemieckiej ogólnej ustawie o równym traktowaniu)?
discrimination-agg-unclear = niejasne
discrimination-agg-yes = tak
discrimination-agg-no = nie
discrimination-case-outcome = Wynik
discrimination-case-outcome-hint = Zamknięta sprawa wymaga wyniku innego niż „W toku”.
discrimination-case-opened = Data rozpoczęcia
discrimination-case-closed = Data zamknięcia
discrimination-case-closed-hint = Proszę pozostawić puste, dopóki sprawa jest w toku. Przy zamknięciu usuwane są dane kontaktowe; sama sprawa – po upływie terminu usunięcia.
discrimination-case-open = w toku
discrimination-case-notes = Notatki
discrimination-case-notes-hint = Opcjonalnie, najwyżej 5000 znaków. Bez imion i nazwisk.
discrimination-case-save = Zapisz sprawę
discrimination-case-conflict = Zmieniono w międzyczasie
discrimination-case-error-areas = Proszę wybrać co najmniej jeden obszar życia.
discrimination-case-error-grounds = Proszę wybrać co najmniej jedną przesłankę.
discrimination-case-error-forms = Proszę sprawdzić formy.
discrimination-case-error-interventions = Proszę sprawdzić interwencje.
discrimination-case-error-level = Proszę wybrać poziom z listy.
discrimination-case-error-agg = AGG ma zastosowanie tylko wtedy, gdy zarówno obszar życia, jak i przesłanka mieszczą się w jego zakresie.
discrimination-case-error-outcome = Zamknięta sprawa wymaga wyniku innego niż „W toku”.
discrimination-case-error-opened = Proszę podać datę, która nie przypada w przyszłości.
discrimination-case-error-closed = Data zamknięcia nie może być wcześniejsza niż data rozpoczęcia ani przypadać w przyszłości.
discrimination-case-error-notes = Najwyżej 5000 znaków.
discrimination-case-error-version = W międzyczasie ktoś zapisał tę sprawę. Wprowadzone dane znajdują się poniżej; aby je zachować, proszę zapisać ponownie.
