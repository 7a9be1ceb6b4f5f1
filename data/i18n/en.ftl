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

# --- measures, working groups, accounts ---

nav-measures = Measures
nav-programmes = Programmes
nav-working-groups = Working groups
nav-admin = Administration
account-signed-in-as = Signed in: { $name }
account-login = Sign in
account-logout = Sign out
account-title = My account
account-password = Change password
account-current = Current password
account-new = New password
account-repeat = Repeat new password
account-change = Change password
account-error-current = The current password is wrong.
account-error-repeat = The two new passwords differ.
account-sessions = Sessions
account-sessions-text = If you are signed in on a shared or lost device: this ends all your sessions on all devices. A new password does the same.
account-logout-everywhere = Sign out everywhere

demo-badge = Demo data
demo-notice = This measure is an example (demo data) and does not describe a real measure of the city.
measure-unpublished = not published
measure-kicker = Measure
measure-new-title = New measure
measure-edit-title = Edit measure
measure-delete = Delete measure
measure-facts = Details
measure-history = History
measure-progress = Progress { $percent } %

progress-label = Progress { $percent } % ({ $weighting })
progress-weighted-budget = weighted by planned budget
progress-weighted-equal = all measures weighted equally
progress-no-measures = No measure yet
progress-none-counting = No active measure
progress-gaps = { $count } of { $total } recommendations without a measure

status-idea = idea
status-planned = planned
status-running = running
status-completed = completed
status-permanent = made permanent
status-stopped = stopped
status-none = none
status-count-idea = { $count } idea(s)
status-count-planned = { $count } planned
status-count-running = { $count } running
status-count-completed = { $count } completed
status-count-permanent = { $count } made permanent
status-count-stopped = { $count } stopped

programme-concept = Integration concept
programme-refugee = Refugee programme “{ $name }”
programme-both = Integration concept and “{ $name }”
districts-all = city-wide (all districts)
districts-some = in these districts:
value-none = –
value-yes = yes
value-no = no

col-id = Number
col-field = Action field
col-title_de = Title (German)
col-title_en = Title (English)
col-description_de = Description (German)
col-description_en = Description (English)
col-recommendations = Recommendations
col-programme = Programme
col-organisation = Responsible organisation
col-contact = Contact
col-working_group = Working group
col-status = Status
col-stop_reason = Reason for stopping
col-progress = Progress (%)
col-start_date = Start
col-end_date = End
col-budget_planned = Budget planned (EUR)
col-budget_spent = Budget spent (EUR)
col-target_groups = Target groups
col-districts = Districts
col-gender_aspect = Gender aspect
col-gender_aspect_note = How the measure takes gender into account
col-evidence = Evidence
col-milestones = Milestones
col-published = Publication

hint-id = { "" }
hint-title_de = Required. Short and clear.
hint-title_en = Optional.
hint-description_de = What happens, for whom, to what end.
hint-description_en = Optional.
hint-recommendations = At least one recommendation the measure serves.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Name and how to reach them, e.g. an email address.
hint-working_group = { "" }
hint-status = Only allowed next steps are offered.
hint-stop_reason = Only for stopped measures, and required there.
hint-progress = A whole number from 0 to 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = In euros, e.g. 12500.00.
hint-budget_spent = In euros, e.g. 8250.50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Required when the measure has a gender aspect.
hint-evidence = One per line: label <https://…>
hint-milestones = One per line: YYYY-MM-DD text
hint-published = { "" }

timeline-created = created
timeline-changed = changed
timeline-deleted = deleted

measures-title = Measures
measures-count = { $count ->
    [0] No measure found.
    [one] One measure.
   *[other] { $count } measures.
}
filter-title = Filter measures
filter-text = Search term
filter-apply = Apply
filter-reset = Reset filters
filter-any = all

form-errors = Please check these entries:
form-section-description = Description
form-section-responsibility = Responsibility
form-section-state = State and budget
form-section-evidence = Evidence and milestones
form-gender-aspect = The measure has a gender aspect
form-published = Public (visible without signing in)
form-save = Save
form-cancel = Cancel

conflict-title = Someone else changed this measure in the meantime.
conflict-text = Your entries are kept in the form below. Compare them with what is stored and save again to keep your version.
conflict-updated-at = Last saved on { $date }.
conflict-caption = Differences from what is stored (version { $version })
conflict-field = Entry
conflict-yours = Yours
conflict-theirs = Stored

error-required = Please fill in.
error-unknown-recommendation = “{ $id }” is not a recommendation of the concept.
error-retired-recommendation = “{ $id }” was retired from the concept; only measures that already served it keep it.
error-unknown-working-group = “{ $id }” is not an action field of the concept.
error-unknown-target-group = “{ $id }” is not a known target group.
error-unknown-district = “{ $id }” is not a district.
error-unknown-language = “{ $id }” is not a language code.
error-cell-progress = “{ $value }” is not a progress; expected a whole number from 0 to 100.
error-cell-date = “{ $value }” is not a date; expected YYYY-MM-DD or DD.MM.YYYY.
error-cell-money = “{ $value }” is not an amount; expected e.g. 12500.00.
error-cell-evidence = “{ $value }” is not a link; expected “label <https://…>”.
error-cell-milestone = “{ $value }” is not a milestone; expected “YYYY-MM-DD text”.
error-end-before-start = The end lies before the start.
error-stop-reason = A stopped measure needs the reason.
error-gender-note = Say in a sentence how the measure takes gender into account.
error-negative-amount = Amounts cannot be negative.
error-transition = A measure that is “{ $from }” cannot become “{ $to }”.
error-transition-allowed = Possible: { $allowed }.

programmes-title = Integration concept and refugee programme
programmes-intro = The integration concept asks to save resources by synchronising with the care for refugees. Here the measures of both programmes stand side by side.
programmes-overlaps = { $count ->
    [0] No possible duplicates
    [one] One possible duplicate
   *[other] { $count } possible duplicates
}
programmes-overlaps-intro = These measures serve the same recommendation, target group and district in both programmes.
programmes-no-overlaps = No measure of one programme fully overlaps with one of the other.

login-title = Sign in
login-intro = For members of the working groups, the integration office and the statistics office.
login-name = User name
login-password = Password
login-submit = Sign in
login-failed = User name or password is wrong.
login-throttled = Too many failed attempts. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.

forbidden-title = Not allowed
forbidden-text = Your role does not allow this page.
csrf-title = The form has expired
csrf-text = Please reload the page and send the form again. This protects against forms planted by other websites.

role-administrator = Administration
role-editor = Working group (editing)
role-statistician = Statistics office
role-viewer = Read access (internal)
role-concept-editor = Concept editing
role-translator = Translation (granted languages only)
role-requester = Institution (requests language mediation)
role-mediator = Language mediator
role-mediation-coordinator = Language mediation coordination
role-reporter = Reporting institution (one institution's figures)
role-provider = Provider (one organisation's offers)
role-counsellor = Anti-discrimination counselling (case records)

admin-users-title = User accounts
admin-tokens-title = API keys
admin-audit-title = Audit log
admin-users-list = Accounts
admin-inactive = locked
admin-display-name = Name
admin-role = Role
admin-field = Action field (working group)
admin-field-hint = Only for the role “working group”: the action field whose measures the account edits.
admin-institution = Institution
admin-error-institution = This institution is not (or no longer) in the institution registry.
account-messages = Messages by e-mail
account-email = E-mail address
account-email-hint = Reminders and messages (e.g. about your institution's forms or offers) go to this address. Leave it empty: no e-mail.
account-email-save = Save address
account-email-saved = The e-mail address is saved.
account-email-removed = The e-mail address is removed; this account receives no e-mail.
admin-email-hint = Optional. Without an address the account receives no e-mail.
admin-error-email = Enter an e-mail address like name@example.org, or leave the field empty.
admin-new-password = New password (leave empty: unchanged)
admin-active = Account active
admin-new-user = New account
admin-create-user = Create account
admin-error-role = Please choose a role.
admin-error-field = The role “working group” needs an action field.
admin-error-login = The user name may contain only lowercase letters, digits, dot, underscore and hyphen.
admin-error-password = The password needs at least { $min } characters.
admin-error-duplicate = An account “{ $login }” exists already.
admin-error-self = You cannot lock or demote your own account.
admin-user-created = Account “{ $login }” created.
admin-user-updated = Account “{ $login }” saved.
admin-tokens-intro = API keys let scripts in with one role. A key is shown only once and can be revoked at any time.
admin-token-created = New key – copy it now, it will not be shown again:
admin-token-name = Label
admin-token-created-at = Created
admin-token-used = Last used
admin-token-state = State
admin-token-revoked = revoked on
admin-token-revoke = Revoke
admin-new-token = New API key
admin-create-token = Create key
admin-error-token-name = Please give a label.
admin-error-token-days = The lifetime must be between 1 and { $max } days.
admin-token-expires = Valid until
admin-token-expires-at = Valid until { $at } (UTC).
admin-token-days = Lifetime in days (at most { $max })
admin-token-expired = expired
admin-tokens-rules = A token ends at its expiry date and as soon as the account that created it is locked or changes role or action field. Only someone signed in manages accounts and tokens – never a script with a token.
password-error-long = The password may have at most { $max } characters.
password-error-common = This password is too common (it is on the list of common passwords or is the login name). Please choose another one.
admin-audit-type = Kind (e.g. measure, user, token)
admin-audit-id = Identifier
admin-audit-csv = Download as CSV
admin-audit-at = Time (UTC)
admin-audit-actor = Who
admin-audit-action = Action
admin-audit-entity = Object
admin-audit-field = Field
admin-audit-change = Change

groups-title = Working groups
groups-intro = Every action field has a working group. Its members keep the field's measures current.
groups-members = { $count ->
    [0] no members yet
    [one] one member
   *[other] { $count } members
}
groups-chair = Chair
group-title = Working group { $field }
group-field-link = To the action field
group-measures-link = Measures of the working group
group-members = Members
group-no-members = No members entered yet.
group-remove = Remove
group-person = Person
group-is-chair = Chairs the group
group-name-public = Show the name publicly (the person has agreed)
group-name-not-public = Name not public
group-add-member = Add member
group-meetings = Meetings
group-no-meetings = No meeting entered yet.
group-participants = { $count ->
    [one] one participant
   *[other] { $count } participants
}
group-meeting-date = Date
group-participants-label = Number of participants
group-decisions = Decisions
group-add-meeting = Add meeting
group-error-person = Please give the person's name.
group-error-organisation = Please give the organisation.
group-error-date = Please give a valid date.
group-error-participants = Please give a whole number, 0 or more.
group-error-decisions = Please give the decisions.
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
monitoring-demo-badge = Demo data
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
gap-unit-percentage-points = percentage points
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
measures-download = Download this list (in the columns the import reads):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = API (JSON)
unit-percent = per cent
unit-percentage-points = percentage points
unit-per-thousand = per 1,000
unit-count = number
unit-index = index (0–100)
unit-square-metres = square metres
unit-years = years
unit-percent-value = { $value } %
unit-percentage-points-value = { $value } percentage points
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
imports-upload-heading = Import data
imports-upload-intro = For the statistics office and administrators only. A file is checked as a whole; if it has an error, nothing is stored. A dry run shows what would change without storing anything.
imports-upload-table = Table (GENESIS CSV, long CSV or XLSX)
imports-upload-table-file = Table file
imports-upload-table-hint = CSV (UTF-8 or Windows-1252, the delimiter is detected) or XLSX.
imports-upload-mapping = Mapping file (TOML, optional)
imports-upload-mapping-hint = Optional. Says which of the file's columns and codes are which indicator, year and breakdown (see docs/formats/imports.md). Without it, teilhabe proposes a mapping for you to check and confirm.
imports-upload-cubes = Output of the statistics office (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = The indicator file from the output folder of “teilhabe compute”.
imports-upload-metadata = metadata.json (optional)
imports-upload-metadata-hint = Source and reference date; without it, “teilhabe compute” is recorded as the source.
imports-upload-dry-run = Dry run: check only, store nothing
imports-upload-submit = Check and import
import-result-title = Import result
import-result-stored = { $count ->
    [one] One figure was stored as import no. { $id }
   *[other] { $count } figures were stored as import no. { $id }
}
import-result-dry-run = { $count ->
    [one] Dry run: one figure would be imported; nothing was stored
   *[other] Dry run: { $count } figures would be imported; nothing was stored
}
import-result-demo = The file is marked as demo data.
import-result-refused = { $count ->
    [one] The import was refused; nothing was stored. One problem:
   *[other] The import was refused; nothing was stored. { $count } problems:
}
import-result-incomplete = A file is missing; nothing was stored.
import-result-problems-note = The messages name file, line and column.
import-result-indicator = Indicator
import-result-year = Year
import-result-old = Stored before
import-result-new = New
import-result-changed = Of which changed
import-result-skipped-indicators = Not in the catalogue and therefore skipped: { $list }
import-result-skipped-rows = { $count } rows at levels or with breakdowns the catalogue does not show (quarters, countries of reference, …) were skipped.
import-result-dropped-keep = { $count } rows left out because their code is not in the keep rule: { $rule }
import-result-dropped-drop = { $count } rows left out by the drop rule: { $rule }
import-lacks-file = No table file chosen.
import-lacks-mapping = No mapping file chosen.
import-mapping-not-text = The mapping file is not UTF-8 text.
import-lacks-indicators = No indicators.csv chosen.
import-result-format = format { $format }, encoding { $encoding }
import-result-back = Back to the imports
import-upload-too-large = The file is too large (at most 64 MiB). Nothing was stored.
import-upload-unreadable = The form arrived incomplete. Please choose the files again and resend. Nothing was stored.

# Cross-field links (issue 10)
field-linked-from = ↑ a measure of the working group “{ $group }”, linked to a recommendation of this action field
field-refuse-link = Refuse the link
field-error-refuse = The link cannot be refused: the measure would have no recommendation left.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Past imports
imports-filter-label = Filter imports
imports-filter-indicator = Indicator
imports-filter-source = Source
imports-found = { $count ->
    [0] No import found.
    [one] One import found.
   *[other] { $count } imports found.
}
imports-pages-label = Pages of the import list
imports-page-of = Page { $page } of { $pages }
imports-page-previous = Previous page
imports-page-next = Next page
imports-audit-link = Changes of import { $id } in the audit log
admin-audit-import = Import (number)
admin-audit-import-hint = Shows only the entries this import wrote.
admin-audit-table = Audit log entries
admin-audit-import-scope = Entries of import no. { $number }.
admin-audit-import-all = Show all entries
admin-audit-import-error = Expected a whole number, the number of an import (e.g. 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Check the mapping
draft-check-title = Known table: check and import
draft-intro = teilhabe has read the file and proposes what its columns and codes mean. Every choice can be changed; unsure proposals are marked and not preselected. “Preview” shows the first figures next to the stored ones; “Import” stores all or nothing and keeps the mapping for next year.
draft-expires = Draft, valid until { $when }
draft-what = Source, indicator and unit
draft-columns = Columns and breakdowns
draft-source = Source
draft-source-hint = Publisher and table, as named with every figure.
draft-indicator = Indicator
draft-indicator-for = Indicator for { $code } ({ $label })
draft-unit = Unit “{ $text }”
draft-unit-none = not stated
draft-leave-out = do not import
draft-no-column = no such column
draft-not-in-file = not in the file (total)
draft-skip = skip (leave the rows out)
draft-please-choose = — please choose —
draft-empty-cell = (empty cell)
draft-rows = { $count ->
    [one] 1 row
   *[other] { $count } rows
}
draft-confidence-sure = sure
draft-confidence-likely = likely
draft-confidence-unsure = unsure, please check
draft-role-year = Column “year”
draft-role-value = Column “value”
draft-role-indicator = Column “indicator”
draft-role-unit = Column “unit”
draft-role-status = Column “status” (quality flag)
draft-role-lower = Column “lower bound”
draft-role-upper = Column “upper bound”
draft-role-base = Column “base” (case count)
draft-role-footnote = Column “footnote”
draft-breakdown-district = District
draft-breakdown-sex = Sex
draft-breakdown-origin = Origin
draft-breakdown-age = Age
draft-codes-of = Codes of { $column } ({ $breakdown })
draft-preview = Preview
draft-import = Import
draft-preview-heading = Preview
draft-preview-caption = The first figures as they would be stored, next to the stored ones
draft-preview-summary = { $count ->
    [one] 1 figure would be imported
   *[other] { $count } figures would be imported
}, { $changed } of them new or changed.
draft-preview-years = Years: { $years }.
draft-preview-breakdown = Breakdown
draft-preview-none = —
draft-preview-differs = changed
draft-problems-note = The file cannot be imported with this mapping; the messages name file, line and column. Nothing was stored.
draft-recognised = This table is known: { $label }
draft-recognised-text = The saved mapping reads this file too. Check the preview and import — or change the mapping.
draft-saved-confirmed = confirmed by { $who } on { $when }
draft-change-mapping = Change the mapping
draft-expired-title = Draft expired
draft-expired-text = This draft has expired (drafts are kept for 24 hours). Please upload the file again; nothing was stored.
draft-source-missing = Please name the publisher and the table.
draft-choose-column = Please choose a column of the file.
draft-column-taken = This column is already another breakdown.
draft-choose-code = Please choose the matching code or skip the rows.
draft-choose-indicator = Please choose the indicator these values belong to.
draft-choose-unit = Please choose a unit of the catalogue.
mappings-title = Saved mappings
mappings-intro = For every table whose mapping was confirmed: the next file of the same table is recognised and imported with it. Every mapping downloads as the TOML file for “teilhabe import table --mapping”.
mappings-none = No mapping saved yet.
mappings-table = Table
mappings-confirmed = Confirmed
mappings-last-used = Last used
mappings-file = File
mappings-download = Download TOML
mappings-link = Saved mappings
## Editing the concept (versions, differences)
nav-concept-edit = Edit concept
retired = retired
retired-on = Retired on { $date }: { $reason }
concept-edit-heading-page = Edit the concept
concept-edit-intro-page = Change texts in every language; add, retire or reorder recommendations and action fields. Every save becomes a new version with its reason and, where there is one, the council's decision.
concept-edit-texts = Texts
concept-edit-header = Title and headings
concept-edit-header-intro = Title, subtitle and the heading above the action fields, in every language of the concept. Empty translations are removed; the German text is required.
concept-edit-section-intro = This section's heading, introduction and statements, in every language of the concept. Empty translations are removed; the German text is required.
concept-edit-field-intro = This action field's title, introduction and recommendations. A new recommendation gets its id automatically; ids never change. Retired recommendations stay, with their measures.
concept-edit-part-title = Edit: { $part }
concept-edit-fields = Action fields
concept-edit-fields-intro = Edit an action field through its title. The buttons change the order or retire a field; give the reason below first.
concept-edit-title = Title
concept-edit-subtitle = Subtitle
concept-edit-results-heading = Heading above the action fields
concept-edit-heading = Heading
concept-edit-intro = Introduction
concept-edit-statement = Statement { $id }
concept-edit-recommendation = Recommendation { $id }
concept-edit-new-recommendation = New recommendation (optional)
concept-edit-new-field = New action field
concept-edit-new-field-title = Title of the action field
concept-edit-new-field-recommendation = First recommendation
concept-edit-add-field = Add action field
concept-edit-up = Move up
concept-edit-down = Move down
concept-edit-retire = Retire
concept-edit-why = Reason for the change
concept-edit-reason = Why does the concept change?
concept-edit-reason-hint = Briefly, e.g. "Council decision on language mediation". Stored with the version.
concept-edit-decision-date = Date of the council's decision (optional)
concept-edit-decision-date-hint = Format YYYY-MM-DD. Also the date of a retirement.
concept-edit-decision-reference = Reference of the council's decision (optional)
concept-edit-decision-reference-hint = e.g. Drucksache 1234/2020-2025
concept-edit-save = Save as a new version
concept-edit-back = Back to "Edit the concept"
concept-edit-error-reason = Please say briefly why the concept changes (at most 500 characters).
concept-edit-error-date = Please give a date as YYYY-MM-DD, e.g. 2026-11-26.
concept-edit-error-reference = The reference may be at most 200 characters long.
concept-edit-error-empty = Please give the German text.
concept-edit-conflict-title = Not saved: the concept was changed in the meantime
concept-edit-conflict = Your change was based on version { $yours }; version { $current } is now current. The form now shows the current state; please enter your change again.
concept-edit-conflict-link = What changed?
concept-versions-title = Versions of the concept
concept-versions-intro = Every version with its time, person, reason and council decision. Each version downloads as the concept file "teilhabe concept load" reads.
concept-versions-loaded = loaded from a concept file
concept-versions-current = current
concept-versions-at = Time (UTC)
concept-versions-by = By
concept-versions-why = Reason
concept-versions-decision = Council decision
concept-versions-changes = Changes in version { $version }
concept-versions-compare = Compare two versions
concept-versions-from = Older version
concept-versions-to = Newer version
concept-versions-show = Show differences
concept-version = Version { $version }
concept-download-version = Version { $version } as concept file (TOML)
concept-difference-title = Differences from version { $from } to version { $to }
concept-difference-none = The two versions do not differ.
concept-difference-count = { $count ->
    [one] One part changed.
   *[other] { $count } parts changed.
}
concept-part-concept = Concept
concept-part-tag = Tag
concept-part-section = Section
concept-part-statement = Statement
concept-part-field = Action field
concept-part-recommendation = Recommendation
concept-change-added = Added
concept-change-removed = Removed
concept-change-reinstated = In force again
concept-change-retired = Retired on { $date }: { $reason }
concept-change-moved = Moved from place { $from } to place { $to }
concept-change-reparented = Moved from { $from } to { $to }
concept-change-text = { $what } ({ $language }) changed
concept-change-value = { $what } changed
concept-change-old = before
concept-change-new = now
concept-key-title = Title
concept-key-subtitle = Subtitle
concept-key-results_heading = Heading above the action fields
concept-key-heading = Heading
concept-key-intro = Introduction
concept-key-text = Text
concept-key-label = Label
concept-key-adopted = Adopted on
concept-key-source = Source
concept-key-kind = Kind
concept-key-recommendation_kind = Kind of recommendations
concept-key-tags = Tags

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = Contents
report-title-page-year = Report for the year { $year }
report-created = Created on
report-data-date = Data as of
report-demo-contains = This document contains demo data. Pages with demo figures are marked at the top right.
report-demo-page = Demo data – not real figures
report-page = Page
report-portal = Online
report-summary = Summary
report-summary-gaps = The largest gaps and how they changed
report-summary-gaps-none = No indicator has a gap between a group and its reference group.
report-summary-no-measure = Action fields with recommendations that have no measure
report-summary-no-measure-none = Every recommendation has at least one running or planned measure.
report-summary-completed = Measures completed in the reporting year
report-summary-stopped = Measures stopped in the reporting year
report-summary-none = none
report-gap-line = { $values }; gap { $gap }
report-trend-narrowed = narrowed
report-trend-widened = widened
report-trend-unchanged = unchanged
report-trend-not-comparable = not comparable (break in series)
report-trend-no-earlier-year = no earlier year to compare with
report-concept = The concept in brief
report-fields = Action fields
report-field-progress = Progress of the measures: { $progress } %
report-recommendations = Recommendations
report-recommendation-measures = { $count ->
    [0] no measure
    [one] one measure
   *[other] { $count } measures
}
report-measures = Measures
report-measures-none = No measure of this action field is published.
report-measure-status = Status
report-measure-progress = Progress
report-measure-budget = Budget
report-measure-organisation = Organisation
report-measure-period = Period
report-budget-planned-spent = { $planned } planned, { $spent } spent
report-budget-planned = { $planned } planned
report-budget-spent = { $spent } spent
report-working-group = Working group
report-working-group-none = No members published.
report-chair = chair
report-meetings = Meetings in the reporting year: { $count }; latest meeting: { $last }
report-indicators = Indicators
report-indicators-none = No indicator is assigned to this action field.
report-method = Method
report-method-intro = The indicators rest on official statistics and register extracts. This chapter explains how population groups are defined, how individuals are protected and where the figures come from.
report-method-concepts = Population concepts and their limits
report-method-concept-NAT = Distinguishes by citizenship. Naturalised people count as Germans, as do children of foreign parents with German citizenship; the group "foreign nationals" therefore covers immigrants only in part.
report-method-concept-MH = A person has a migration background if they or at least one parent did not acquire German citizenship by birth. Registers know parents only in part, so some figures are estimated.
report-method-concept-EG = A person has an immigration history if they or both parents immigrated since 1950 (definition of the Expert Commission on Integration). Results are not directly comparable with the older concept of migration background.
report-method-concept-NONE = These indicators are not broken down by origin.
report-method-disclosure = Disclosure control
report-method-disclosure-text = Small counts could allow conclusions about individuals. Such figures are withheld before publication (primary suppression), as are figures from which they could be calculated back (secondary suppression). A withheld figure never appears in this report as a number, only as a sign.
report-method-missing = { $count ->
    [0] No figure of this report is missing.
    [one] One figure of this report is withheld, not applicable or not yet available.
   *[other] { $count } figures of this report are withheld, not applicable or not yet available.
}
report-method-signs = Signs in tables: "." confidential · "x" not meaningful · "..." not yet available · "–" no value. Qualified values carry their qualification in brackets, e.g. "(provisional)"; footnotes explain particulars.
report-method-sources = Sources and data dates
report-method-import = { $file }, imported on { $date }
report-method-glossary = Glossary
report-glossary-gap-term = Gap
report-glossary-gap = The group's value minus the reference group's value in the same year, in the indicator's unit (percentage points for shares).
report-glossary-interval-term = Confidence interval
report-glossary-interval = The range in which the true value lies with 95 % probability, where the figure rests on a sample.
report-glossary-on-track-term = On track
report-glossary-on-track = The average yearly change since the first value is enough to reach the target in its year.
report-glossary-provisional-term = Provisional
report-glossary-provisional = A value that may still change with later deliveries of the statistics.
report-glossary-suppressed-term = Confidential
report-glossary-suppressed = A value not published to protect personal data.
report-appendix = Appendix: indicators
report-appendix-intro = Every indicator of the catalogue with its definition and all its figures.
report-definition = Definition
report-numerator = Numerator
report-denominator = Denominator
report-unit = Unit
report-population-concept = Population concept
report-polarity = Direction
report-source = Source
report-rhythm = Frequency
report-caveats = Notes
report-figures = Figures
report-year = Year
report-group = Group
report-value = Value
report-district = District
report-latest-change = Latest change
report-targets = Targets
report-footnotes = Footnotes
report-link-indicator = Indicator on the portal
report-sheet-subtitle = Indicator sheet { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Reports
download-pdf = PDF sheet
reports-title = Integration reports
reports-intro = The integration report sums up what happened in the reporting year: the largest gaps between groups, recommendations without a measure, measures completed and stopped, and every action field with its measures and indicators. Released editions stay available unchanged.
reports-editions = Released editions
reports-none = No edition has been released yet.
reports-year = Reporting year
reports-year-hint = Indicators up to this year; measures completed or stopped in this year.
reports-language = Language
reports-released-at = Released on
reports-released-by = Released by
reports-download = Download
reports-pdf-link = Report { $year } as PDF ({ $kb } KB)
reports-draft = Build a draft
reports-draft-text = A draft shows the same data as an edition (published measures and figures only) but is not stored.
reports-draft-button = Download the draft as PDF
reports-release = Release an edition
reports-release-text = Releasing stores the report with the data it was built from and lists it here publicly. An edition is never changed afterwards.
reports-release-button = Release the edition
reports-error-year = Please choose a reporting year with figures.
reports-error-language = Please choose one of the site's languages.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Search
site-search-intro = All { $count } pages of this portal, by first letter and by action field.
site-search-label = Search the pages
site-search-none = No page found.
site-search-some = Pages found: %n
site-search-letters = Pages from A to Z
site-search-fields = Pages by action field
site-search-letter-title = Pages under { $letter }
site-search-field-title = Pages on the action field { $field }
site-search-count = { $count ->
    [one] One page.
   *[other] { $count } pages.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
easy-read-marker = Leichte Sprache (easy-to-read German)
easy-read-not-available = This page is not available in Leichte Sprache. It is shown in standard German.
content-outdated-label = German original, changed since this translation:
measures-col-title = Title
nav-translations = Translations
translations-title = Translations
translations-intro = The texts of the concept, the indicators and the measures in the languages you translate. German is always the source. When a German text changes, its translation counts as outdated until someone renews it; until then the pages show both texts.
translations-filter-label = Choose texts
translations-language = Language
translations-selection = Selection
translations-selection-open = Open (missing or outdated)
translations-selection-missing = Missing
translations-selection-outdated = Outdated
translations-selection-all = All texts
translations-kind = Kind
translations-kind-all = All kinds
translations-kind-concept = Concept
translations-kind-indicator = Indicator
translations-kind-measure = Measure
translations-summary = { $missing ->
    [one] one text is missing
   *[other] { $missing } texts are missing
}, { $outdated ->
    [one] one is outdated.
   *[other] { $outdated } are outdated.
}
translations-texts-heading = Texts
translations-none = No texts in this selection.
translations-state-current = current
translations-state-outdated = outdated
translations-state-missing = missing
translations-saved = Saved.
translations-german-now = German (current)
translations-german-then = German (as translated)
translations-translation-then = Previous translation
translations-about = { $origin }, { $date }
translations-origin-human = translated by a person
translations-origin-machine-assisted = machine-assisted, not reviewed
translations-origin-imported = imported
translations-edit-new = Translate
translations-edit-change = Edit translation
translations-edit-title = Translate a text
translations-text-label = Translation ({ $language })
translations-error-empty = Please enter the translation.
translations-error-too-long = The translation is too long (at most 20,000 characters).
translations-save = Save
translations-back = Back to the list
translations-xliff-heading = XLIFF for translation agencies
translations-xliff-intro = Download the texts as an XLIFF 2.0 file, have them translated in a translation tool and upload the file again. A faulty file is refused as a whole; the message names the line and the element.
translations-download-open = Download open texts (XLIFF)
translations-download-missing = Download missing texts (XLIFF)
translations-download-outdated = Download outdated texts (XLIFF)
translations-download-all = Download all texts (XLIFF)
translations-upload-heading = Upload a translated file
translations-upload-file = XLIFF file
translations-upload-hint = An XLIFF 2.0 file with srcLang="de"; the file names the target language.
translations-upload-submit = Upload and save
admin-translates = Translates into (translator for these languages)
translations-upload-result = Upload result
translations-upload-failed = Upload not possible
translations-upload-not-a-form = The request was not a form with a file. Please upload the file with the form on the "Translations" page.
translations-upload-no-file = Please choose an XLIFF file.
translations-imported = Stored:
translations-import-refused = The file was not taken; nothing was stored. Please fix these errors:
translations-imported-units = { $count ->
    [one] one translation in the file
   *[other] { $count } translations in the file
}
translations-imported-added = { $count } new
translations-imported-changed = { $count } changed
translations-imported-unchanged = { $count } unchanged
translations-imported-outdated = { $count } from an older German text (stored as outdated)
translations-imported-skipped = { $count } without a translation, skipped

## mediation
mediation-nav = Language mediation
mediation-nav-requests = Mediation requests
mediation-demand-title = Language mediation: demand
mediation-demand-intro = Requests from institutions to the language mediation pool and what became of them – served, unserved, refused, referred or cancelled. Unserved requests show the unmet demand.
mediation-requests-total = Requests in total
mediation-lead-days = Lead time in days (median)
mediation-no-requests = No requests yet.
mediation-total = total
mediation-missing-languages = Languages without mediators in the pool
mediation-missing-none = The pool has mediators for every requested language.
mediation-withheld-note = A dot (.) stands for a number withheld to protect individuals: fewer than 3 requests, or it could be worked out from the totals.
mediation-by-language = By language
mediation-by-month = By month
mediation-by-sector = By sector of the institution
mediation-by-district = By city district
mediation-language = Language
mediation-month = Month
mediation-sector = Sector
mediation-district = City district
mediation-by-field = By action field
mediation-field = Action field
mediation-by-funding = By funding source
mediation-funding = Funding source
mediation-costs-heading = Hours and allowances by funding source
mediation-costs-served = Served assignments
mediation-costs-hours = Hours
mediation-costs-km = Kilometres
mediation-costs-allowance = Allowance in euros
mediation-costs-note = Hours and amounts of the served assignments; they are not published where the number of assignments is withheld to protect individuals.
mediation-exports-heading = Accounting and annual report
mediation-exports-accounting = Accounting of a month: hours, kilometres and allowances per mediator
mediation-exports-month = Month
mediation-exports-month-hint = Year and month, for example 2026-03
mediation-exports-month-error = Please enter a month as year and month, for example 2026-03.
mediation-exports-report = Annual report for the funding body: requests, outcomes, hours and costs by language and funding source
mediation-exports-year = Year
mediation-exports-year-error = Please enter a year, for example 2026.
mediation-exports-csv = Download as CSV
mediation-exports-xlsx = Download as XLSX
mediation-outcome-served = served
mediation-outcome-unserved = unserved
mediation-outcome-refused = refused
mediation-outcome-referred = referred
mediation-outcome-cancelled = cancelled
mediation-outcome-pending = pending
mediation-sector-day-care = Day care
mediation-sector-school = School
mediation-sector-authority = Authority
mediation-sector-clinic = Health
mediation-sector-counselling = Counselling
mediation-sector-care-service = Outpatient care
mediation-sector-care-home = Care home
mediation-sector-youth-club = Youth work
mediation-sector-adult-education = Adult education
mediation-sector-association = Association
mediation-sector-carrier = Carrier
mediation-sector-other = Other
mediation-requests-title = Your institution's requests
mediation-requests-intro = Your institution's requests to the language mediation pool and where they stand. Times in local time (Europe/Berlin).
mediation-request-number = No.
mediation-appointment = Appointment
mediation-setting = Setting
mediation-status = Status
mediation-urgent = urgent
mediation-setting-in-person = in person
mediation-setting-phone = by phone
mediation-setting-video = by video
mediation-status-open = received
mediation-status-accepted = accepted
mediation-status-offered = offered
mediation-status-assigned = confirmed
mediation-status-served = served
mediation-status-referred = referred
mediation-status-refused = refused
mediation-status-cancelled = cancelled
mediation-status-unserved = unserved
## offers
offers-nav = Offers
offers-review-nav = Review offers
offers-title = Find offers
offers-intro = Courses, counselling, sport, culture and meeting places in Bielefeld. Choose what matters to you: the filters can be combined, and you can share the address of this page.
offers-filter-heading = Filters
offers-q = Search words
offers-category = Kind of offer
offers-category-course = Course
offers-category-counselling = Counselling
offers-category-sport = Sport
offers-category-culture = Culture
offers-category-youth = Youth
offers-category-health = Health
offers-category-language = Language
offers-category-parents = Parents
offers-category-work = Work and career
offers-cost = Cost
offers-cost-free = free of charge
offers-cost-free-for-refugees = free for refugees
offers-cost-reduced = reduced fee
offers-cost-fee = with a fee
offers-childcare = with childcare
offers-low-threshold = no registration needed (low-threshold)
offers-gender = For whom
offers-gender-all = for everyone
offers-gender-girls = for girls
offers-gender-women = for women
offers-gender-boys = for boys
offers-gender-men = for men
offers-language = Language of the offer
offers-district = District
offers-weekday = Day of the week
offers-weekday-mo = Monday
offers-weekday-tu = Tuesday
offers-weekday-we = Wednesday
offers-weekday-th = Thursday
offers-weekday-fr = Friday
offers-weekday-sa = Saturday
offers-weekday-su = Sunday
offers-daytime = Time of day
offers-daytime-morning = mornings
offers-daytime-afternoon = afternoons
offers-daytime-evening = evenings
offers-accessibility = Accessibility
offers-accessibility-step-free = step-free access
offers-accessibility-hearing-loop = hearing loop
offers-accessibility-easy-language = easy language
offers-apply = Show offers
offers-reset = Reset filters
offers-results = { $count ->
    [one] one matching offer
   *[other] { $count } matching offers
}
offers-none = No offer meets all the filters chosen. Remove a filter to see more.
offers-map-title = Matching offers by district
offers-map-desc = Map of Bielefeld's districts; the darker a district, the more matching offers there are. The figures are also in the table below.
offers-map-legend = Number of offers
offers-online = online
offers-outreach = outreach
offers-provider = Provider
offers-where = Place
offers-features = Features
offers-contact = Contact
offers-register = Register
offers-calendar = Add to calendar (iCalendar)
offers-next-dates = Next dates
offers-calendar-web = Add the next date to an online calendar
offers-calendar-google = Google Calendar
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = The link opens the calendar service's page; nothing is saved until you confirm there. The calendar file holds every date.
offers-problem-title-empty = Enter a title.
offers-problem-title-long = The title is longer than 200 characters.
offers-problem-description-long = The description is longer than 5000 characters.
offers-problem-no-language = Choose at least one language.
offers-problem-unknown-language = “{ $value }” is not a language of the language list.
offers-problem-unknown-recommendation = “{ $value }” is not a recommendation of the concept.
offers-problem-unknown-measure = There is no measure { $value }.
offers-problem-zero-fee = A fee of €0 is “free of charge”.
offers-problem-unknown-district = “{ $value }” is not a city district.
offers-problem-address-empty = Enter the address.
offers-problem-coordinates = The coordinates are out of range.
offers-problem-outreach-district = For outreach work, name at least one district.
offers-problem-registration-link = The registration link starts with https://.
offers-problem-date-end = Date { $value }: the end is not after the start.
offers-problem-time-end = Recurring date: the end time is not after the start time.
offers-problem-rule = The recurrence rule cannot be read: { $value }
offers-no-dates = No dates are listed for the coming weeks.
offers-back = Back to the search
offers-status-draft = Draft (not public)
offers-status-submitted = Waiting for review (not public)
offers-status-returned = Returned for changes (not public)
offers-status-published = published
offers-review-title = Review offers
offers-review-intro = Providers submitted these offers. Publish an offer, or return it to its provider with a note.
offers-review-none = No offer is waiting for review.
offers-review-comment = Note to the provider
offers-review-publish = Publish
offers-review-return = Return for changes
offers-mine-nav = My offers
offers-mine-title = My offers
offers-mine-intro = Offers of { $institution }. The integration office reviews every offer before it becomes public. Confirm at least every six months that an offer is current.
offers-mine-list = Your offers
offers-mine-empty = You have not created an offer yet.
offers-mine-stale = not confirmed for six months
offers-mine-hidden = hidden until you confirm it
offers-mine-submit = Submit for review
offers-mine-confirm = Confirm as current
offers-mine-new = New offer
offers-mine-save = Save as draft
offers-form-errors = Please check these entries
offers-form-title = Title
offers-form-description = Description
offers-form-fee = Fee in euros (if not free)
offers-form-address = Address
offers-form-first-date = Date (for weekly offers: the first date)
offers-form-date-hint = Format YYYY-MM-DD, for example 2026-09-01
offers-form-start = Start (HH:MM)
offers-form-end = End (HH:MM)
offers-form-weekly = Weekly on these days (except public holidays)

## mediation pages
mediation-nav-queue = Mediation: coordination
mediation-nav-pool = Mediation pool
mediation-nav-assignments = My assignments
mediation-new-request-title = New request
mediation-new-request-intro = Request a language mediator. Do not name clients: only what the appointment needs.
mediation-notice-hint = Requests with less than { $days } working days' notice are urgent.
mediation-send-request = Send request
mediation-choose = Please choose
mediation-field-language = Language
mediation-field-dialect = Dialect (optional)
mediation-field-setting = Setting
mediation-field-date = Date
mediation-field-time = Time
mediation-field-minutes = Duration in minutes
mediation-field-district = District
mediation-field-address = Address of the appointment
mediation-field-topic = Topic
mediation-field-preferred_gender = Gender
mediation-field-legal_consequences = The conversation has legal consequences
mediation-field-contact_email = E-mail address for the confirmation
mediation-hint-dialect = For example: Syrian, Sorani
mediation-hint-date = Format YYYY-MM-DD, for example 2026-12-14
mediation-hint-time = Local time, format HH:MM, for example 09:30
mediation-hint-minutes = 15 to 480 minutes
mediation-hint-address = Your institution's address, never a client's. Required for appointments in person.
mediation-hint-gender = Preferred gender of the mediator, e.g. in cases of domestic violence
mediation-hint-legal = Police, court, paternity and the like: the coordination refers such requests to professional interpreters.
mediation-gender-any = no preference
mediation-gender-female = female
mediation-gender-male = male
mediation-gender-diverse = diverse
mediation-topic-education = Day care and school
mediation-topic-health = Health and care
mediation-topic-social = Social benefits and housing
mediation-topic-authority = Authorities
mediation-topic-counselling = Counselling
mediation-topic-other = Other
mediation-error-language = Please choose a language.
mediation-error-dialect = Please check the dialect.
mediation-error-setting = Please choose a setting.
mediation-error-date = Please enter a date in the future (YYYY-MM-DD).
mediation-error-time = Please enter a time (HH:MM).
mediation-error-minutes = Please enter a duration from 15 to 480 minutes.
mediation-error-district = Please choose a district.
mediation-error-address = Please enter an address for appointments in person (at most 300 characters).
mediation-error-topic = Please choose a topic.
mediation-error-preferred_gender = Please choose one of the options.
mediation-error-legal_consequences = Please check this entry.
mediation-error-contact_email = Please enter a valid e-mail address.
mediation-error-why = A cancellation needs a reason.
mediation-error-mediator = This person is already booked at that time or not in the pool.
mediation-error-reason = Please choose a reason.
mediation-error-offer-closed = This offer is no longer open.
mediation-error-report-minutes = Minutes: please enter 1 to 720.
mediation-error-report-km = Kilometres: please enter 0 to 500.
mediation-error-report-early = Hours are reported after the appointment.
mediation-error-login = There is no account with the mediator role under this login, or it already belongs to another person in the pool.
mediation-request-title = Request no. { $id }
mediation-institution = Institution
mediation-yes = yes
mediation-no = no
mediation-refusal-reason = Reason for refusal
mediation-refusal-no-mediator-for-language = no mediator for this language
mediation-refusal-legal-consequences = legal consequences
mediation-refusal-too-short-notice = too short notice
mediation-refusal-outside-rules = outside the pool's rules
mediation-cancelled-by = Cancelled by
mediation-cancelled-institution = the institution
mediation-cancelled-coordination = the coordination
mediation-decide = Check the request
mediation-accept = Accept
mediation-refer = Refer to professional interpreters
mediation-refuse = Refuse
mediation-record-unserved = Record as unserved
mediation-suggestions = Suggestions
mediation-suggestions-intro = Ranked by preferred gender, language level, reach of the district, availability and a fair share of assignments. The reasons are given for each person.
mediation-no-suggestions = Nobody in the pool can take this request.
mediation-rank = Rank
mediation-mediator = Mediator
mediation-reasons = Reasons
mediation-action = Action
mediation-offer = Offer
mediation-excluded = Not eligible ({ $count })
mediation-excluded-inactive = not active
mediation-excluded-no-language = does not speak the language
mediation-excluded-setting-not-offered = does not offer this setting
mediation-excluded-documents-lapsed = documents not valid
mediation-excluded-absent = absent
mediation-excluded-booked = booked at that time
mediation-reason-language = Language level: { $level }
mediation-reason-language-tested = Language level: { $level } (tested)
mediation-reason-dialect = speaks the dialect
mediation-reason-gender-matches = preferred gender
mediation-reason-gender-differs = other gender than preferred
mediation-reason-district = reaches the district
mediation-reason-district-out = does not reach the district
mediation-reason-remote = by phone or video: district irrelevant
mediation-reason-available = usually available at that time
mediation-reason-unavailable = usually not available at that time
mediation-reason-load = { $hours } hours of assignments in the last four weeks
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = first language
mediation-offers-made = Offers and assignments
mediation-assignment-offered = offered
mediation-assignment-accepted = accepted
mediation-assignment-declined = declined
mediation-assignment-withdrawn = withdrawn
mediation-assignment-completed = completed
mediation-allowance = Allowance
mediation-cancel = Cancel the request
mediation-cancel-why = Reason for cancelling
mediation-back = Back to the overview
mediation-queue-title = Check and assign requests
mediation-queue-intro = All open requests, urgent ones first, then by appointment. Times in local time (Europe/Berlin).
mediation-assignments-title = My assignments
mediation-assignments-intro = Accept or decline the assignments offered to you; after the appointment, report minutes and kilometres and the allowance is computed.
mediation-offered = Offered
mediation-accepted = Accepted
mediation-done = Done and closed
mediation-none = None.
mediation-minutes-unit = minutes
mediation-answer-accept = Accept
mediation-answer-decline = Decline
mediation-report = Report the assignment
mediation-report-minutes = Minutes
mediation-report-km = Kilometres
mediation-report-send = Report
mediation-pool-title = Mediation pool
mediation-pool-intro = Every mediator of the pool. Highlighted: documents that have lapsed or lapse within the next { $days } days.
mediation-languages = Languages
mediation-documents = Documents
mediation-documents-valid = valid
mediation-documents-lapsing = lapsing
mediation-document-pledge = pledge of confidentiality
mediation-document-good-conduct = certificate of good conduct
mediation-inactive = not active
mediation-pool-account = Account
mediation-pool-linked = Linked to an account.
mediation-pool-login = Login
mediation-pool-link = Link account
## collection
collection-nav = Data collection
collection-nav-completeness = Reporting completeness
collection-list-title = My reports
collection-list-intro = Open reports for { $institution }: period, due date and state. Overdue reports are highlighted.
collection-list-empty = No report is open at the moment.
collection-data-set = Data set
collection-period = Period
collection-period-quarter = Q{ $quarter } { $year }
collection-period-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
collection-due = Due
collection-state = State
collection-timeliness = Timeliness
collection-state-draft = draft
collection-state-complete = complete
collection-state-approved = approved
collection-state-returned = returned
collection-state-none = not started
collection-timeliness-on-time = on time
collection-timeliness-late = late
collection-timeliness-missing = overdue
collection-timeliness-open = open
collection-institution = Institution
collection-returned-heading = The statistics office returned the report
collection-locked = This report is locked: it is complete or approved, or its period is not open for entry.
collection-errors = Please check your entries
collection-rules-heading = Validation rules not met
collection-importance-high = High importance
collection-importance-medium = Medium importance
collection-importance-low = Low importance
collection-rule-sides = left side { $left }, right side { $right }
collection-scores-heading = Self-check result
collection-area = Area
collection-score = { $percent } %
collection-score-overall = Overall
collection-comparison-heading = Comparison with institutions of the same kind
collection-comparison-intro = Your result beside the approved self-checks of other institutions of the same kind for the same period. Only quartiles are shown, never a single value, and only when at least three other institutions answered.
collection-comparison-own = Your institution
collection-comparison-lower = lower quartile
collection-comparison-median = median
collection-comparison-upper = upper quartile
collection-comparison-count = other institutions
collection-comparison-position = position
collection-position-below = below the lower quartile
collection-position-middle = between the quartiles
collection-position-above = above the upper quartile
collection-comparison-too-few-short = too few to compare
collection-comparison-too-few = Where fewer than three other institutions of the same kind have approved values, no comparison is shown: it could make a single institution recognisable.
collection-compulsory = Required
collection-comment = Comment
collection-comments = Comments on the values
collection-comment-on = Comment on { $name }
collection-value = Value
collection-no-answer = no answer
collection-yes = yes
collection-no = no
collection-save = Save draft
collection-complete = Mark as complete
collection-problem = Entry
collection-completeness-title = Reporting completeness
collection-choose = Data set and period
collection-show = Show
collection-expected = Expected reports
collection-reporting-rate = Reporting rate
collection-reporting-source = Source: data collection
collection-reporting = { $reported } of { $expected } { $expected ->
    [one] institution
   *[other] institutions
} approved (reporting rate { $rate } %)
collection-reporting-latest = Each institution counts with its latest approved period of the year.
collection-timely-rate = Timely reporting rate
collection-completed = Reported on
collection-decision = Decision
collection-approve = Approve
collection-return = Return
collection-return-reason = Reason for returning it to { $name }
## offers (phase 2)
offers-coverage-nav = Offer coverage
offers-coverage-title = Offer coverage by district
offers-coverage-intro = Choose the criteria from the recommendations, such as free of charge and with childcare. The table counts the public offers meeting all criteria per district and category; outreach offers count in every district they reach, online offers in none.
offers-coverage-criteria = Criteria
offers-coverage-base = Base population
offers-coverage-base-residents = per 1,000 residents
offers-coverage-base-migration-history = per 1,000 residents with migration history
offers-coverage-base-women-migration-history = per 1,000 women with migration history
offers-coverage-apply = Calculate coverage
offers-coverage-gaps = Gaps: districts without a matching offer
offers-coverage-no-gaps = Every district has at least one matching offer.
offers-coverage-map-title = Matching offers per 1,000 of the base population
offers-coverage-map-desc = Map of Bielefeld's districts; the darker a district, the more matching offers per 1,000 of the base population. The figures are also in the table.
offers-coverage-table = Offers by district and category
offers-coverage-table-caption = Number of matching offers per district and category, in total and per 1,000 of the base population
offers-coverage-total = Offers in total
offers-coverage-population-residents = Residents
offers-coverage-population-migration-history = Residents with migration history
offers-coverage-population-women-migration-history = Women with migration history
offers-coverage-rate-residents = Offers per 1,000 residents
offers-coverage-rate-migration-history = Offers per 1,000 residents with migration history
offers-coverage-rate-women-migration-history = Offers per 1,000 women with migration history
offers-mine-edit = Edit
offers-edit-title = Edit offer: { $title }
offers-edit-intro = Change the offer and save it. The integration office reviews a published offer again afterwards; until then it is not public.
offers-edit-back = Back to my offers
offers-edit-save = Save changes
offers-edit-conflict = The offer has been changed in the meantime. Reload the page and enter your change again.
offers-form-section-what = What
offers-form-section-where = Where
offers-form-section-when = When
offers-form-section-links = Link to the integration concept
offers-form-target-groups = Target groups
offers-form-location-kind = Kind of place
offers-form-location-place = at a place (address)
offers-form-location-outreach = outreach in districts
offers-form-location-online = online
offers-form-latitude = Latitude (optional)
offers-form-longitude = Longitude (optional)
offers-form-coordinates-hint = In decimal degrees, for example 52.0211 and 8.5325
offers-form-outreach = Districts the outreach offer comes to
offers-form-repeat = Repetition (when weekdays are chosen)
offers-form-repeat-weekly = every week
offers-form-repeat-biweekly = every two weeks
offers-form-repeat-monthly-1 = monthly, on the first of these weekdays
offers-form-repeat-monthly-2 = monthly, on the second of these weekdays
offers-form-repeat-monthly-3 = monthly, on the third of these weekdays
offers-form-repeat-monthly-4 = monthly, on the fourth of these weekdays
offers-form-repeat-monthly-last = monthly, on the last of these weekdays
offers-form-until = Last date (optional)
offers-form-except = Cancelled dates (besides public holidays)
offers-form-except-hint = One date per line, for example 2026-10-27
offers-form-more-dates = Further single dates
offers-form-more-dates-hint = One date per line: date, start and end, for example 2026-12-12 14:00-17:00
offers-form-days = On these weekdays (not on public holidays)
offers-form-recommendations = Recommendations of the concept the offer serves
offers-form-recommendations-hint = Identifiers separated by commas, for example kultur-freizeit-1, sport-1
offers-form-measures = Measures the offer belongs to
offers-form-measures-hint = Numbers separated by commas, for example 12, 7
offers-coverage-map-legend = Offers per 1,000
