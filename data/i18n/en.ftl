# English.

language-name = English
language-direction = ltr

site-name = teilhabe
site-tagline = Integration concept of the City of { $city }
skip-to-content = Skip to content
nav-main = Main navigation
nav-language = Choose language
nav-breadcrumb = You are here
nav-home = Home
nav-fields = Action fields
nav-search = Search

search-label = Search the integration concept
search-button = Search
search-title = Search
search-hint = Search all texts of the concept: vision, goals, action fields and recommendations. Upper and lower case and umlauts do not matter.
search-results = { $count ->
    [0] No results for “{ $query }”.
    [one] One result for “{ $query }”.
   *[other] { $count } results for “{ $query }”.
}
search-kind-section = Section
search-kind-statement = Principle
search-kind-field = Action field
search-kind-recommendation = Recommendation
search-kind-area = Area

start-adopted = Adopted on { $date }
start-fields-intro = The concept groups its recommendations into { $count } action fields. Every recommendation has a stable identifier that measures and indicators refer to.
start-all-fields = See all action fields
section-adopted = Adopted { $date }

fields-title = Action fields
fields-intro = { $count } action fields with { $recommendations } recommendations in total.
field-recommendation-count = { $count ->
    [one] one recommendation
   *[other] { $count } recommendations
}
field-area-count = { $count ->
    [one] one area
   *[other] { $count } areas
}
field-recommendations = Recommendations
field-areas = Areas
field-id = Identifier
field-tags = Characteristics
field-previous = Previous action field
field-next = Next action field
field-back = Back to all action fields

footer-source = Source
footer-version = Version { $version }, loaded on { $date }
footer-software = Run with teilhabe, free software for municipal integration work.
footer-api = Open interface (JSON)

not-found-title = Page not found
not-found-text = There is no page at this address. The search or the home page may help.
no-concept-title = No concept loaded yet
no-concept-text = This database holds no integration concept yet. Load one with “teilhabe concept load FILE” or start with “teilhabe serve --demo”.
error-title = An error occurred
error-text = The page cannot be shown right now. Please try again later.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

# --- monitoring ---
nav-monitoring = Monitoring
number-decimal-mark = .
monitoring-title = Integration monitoring
monitoring-intro = { $count ->
    [one] One indicator shows whether participation is becoming fairer – for every group, for women and men, in every district.
   *[other] { $count } indicators show whether participation is becoming fairer – for every group, for women and men, in every district. They are listed under the action fields they observe.
}
indicator-kind = Indicator
indicator-unit = Unit
indicator-concept = Population concept
indicator-no-data = No figures have been imported for this indicator yet.
indicator-no-data-short = no figures yet
demo-title = Demo data
demo-text = These figures are invented for the demonstration and are not official statistics.
demo-badge = Demo data
demo-marker = (demo data)
breakdown-nav = Break down by
breakdown-none = total
breakdown-origin = origin
breakdown-sex = sex
breakdown-age = age group
breakdown-district = district
latest-heading = Latest values
latest-caption = Latest values by { $breakdown }, { $year }
table-status = Status
table-year = Year
footnote = Footnote
footnotes-heading = Footnotes
value-interval = 95 % interval { $lower } to { $upper }
chart-heading = Time series
chart-title-by = time series by { $breakdown }
chart-caption = Missing values (e.g. suppressed for confidentiality) are marked as empty circles at the bottom, not as 0. The figures are in the table.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] One value is missing (e.g. suppressed) and is not drawn as 0.
   *[other] { $count } values are missing (e.g. suppressed) and are not drawn as 0.
}
chart-desc-table = All values are in the table below the chart.
series-table-summary = Time series as a table
series-caption = { $title }: all years
target-heading = Target
target-label = Target { $year }: { $value }
target-text = Target for { $group }: { $target }.
target-detail = So far { $actual } per year; { $needed } per year are needed.
target-detail-actual = So far { $actual } per year.
target-rule = On track means: the average annual change since the first value (or since a break in series) is at least as large as the annual change still needed to reach the target in its year.
verdict-reached = target reached
verdict-on-track = on track
verdict-off-track = not on track
verdict-missed = target missed
verdict-not-judgeable = cannot be judged yet
gap-heading = Gap: { $group } compared with { $reference }
gap-desc = For each year, bars show the group's value minus the reference group's value; whiskers show the 95 % interval where there is one. Years without both values have no bar.
gap-column = Gap
gap-missing = missing
gap-table-summary = Gap as a table
gap-unit-percent = percentage points
gap-unit-per-thousand = per 1,000
gap-unit-count = number
gap-unit-index = index points
gap-unit-square-metres = m²
gap-unit-years = years
map-heading = Districts
map-title = { $title }, districts { $year }
map-desc = Map of the districts; the darker, the higher the value. Hatched districts are suppressed for confidentiality, grey ones have no value. The figures are in the table below the map.
map-suppressed = suppressed (.)
map-missing = no value
map-years = Year of the map
map-table-summary = Districts as a table
definition-heading = Definition and source
definition-numerator = Numerator
definition-denominator = Denominator
definition-polarity = Direction
definition-source = Source
definition-rhythm = Published
caveats-heading = Caveats
informs-heading = Observes action fields and recommendations
download-heading = Download the data
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = API (JSON)
unit-percent = per cent
unit-per-thousand = per 1,000
unit-count = number
unit-index = index (0–100)
unit-square-metres = square metres
unit-years = years
unit-percent-value = { $value } %
unit-per-thousand-value = { $value } per 1,000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } m²
unit-years-value = { $value } years
concept-NAT = nationality (foreign nationals and Germans)
concept-MH = migration background
concept-EG = immigration history
concept-NONE = not by origin
polarity-higher-is-better = higher is better
polarity-lower-is-better = lower is better
polarity-neutral = no judgement
origin-total = total
origin-MH = with migration background
origin-NO_MH = without migration background
origin-FOREIGN = foreign nationals
origin-DE = Germans
origin-EG = with immigration history
origin-NO_EG = without immigration history
sex-total = total
sex-F = female
sex-M = male
sex-D = diverse
sex-X = not stated
age-total = all ages
age-under = under { $to }
age-from = { $from } and over
age-exactly = { $from } years
age-range = { $from } to { $to }
district-total = whole city
status-A = normal
status-B = break in series
status-E = estimated
status-F = forecast
status-P = provisional
status-U = limited reliability
status-Q = suppressed
status-M = not applicable
status-L = not yet available
direction-label = Latest change
direction-better = better
direction-worse = worse
direction-up = up
direction-down = down
direction-no-clear-change = no clear change
direction-not-comparable = not comparable (break in series)
direction-unknown = no time series yet
field-indicators = Indicators of this action field
start-gaps-heading = The largest gaps
start-gaps-intro = Where groups in the integration monitoring lag furthest behind their reference group (latest year, measured by the gap relative to the reference group's value).
start-gap-text = { $values }; gap { $gap }
start-all-indicators = See all indicators
imports-title = Imports
imports-intro = Every delivery of data imported into teilhabe: file, source, periods, who imported it and when. Re-importing a period replaces its figures; the audit log records it.
imports-none = Nothing imported yet.
imports-file = File
imports-periods = Indicators and years
imports-when = Imported
imports-figures = { $count ->
    [one] one figure
   *[other] { $count } figures
}
imports-replaced = { $count ->
    [one] replaces one figure
   *[other] replaces { $count } figures
}
imports-link = All imports and their sources
