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
