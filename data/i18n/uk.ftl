# Ukrainian (Українська) — machine-assisted translation, not yet reviewed by a person (issue 14).
# Date: 2026-12-02. Source: de.ftl (German is the source; same ids and order). Formal address (Ви).

language-name = Українська
# ltr or rtl
language-direction = ltr

site-name = teilhabe
site-tagline = Концепція інтеграції міста { $city }
skip-to-content = Перейти до змісту
nav-main = Головне меню
nav-language = Вибрати мову
nav-breadcrumb = Ви тут
nav-home = Головна
nav-fields = Напрями діяльності
nav-search = Пошук

search-label = Пошук у концепції інтеграції
search-button = Шукати
search-title = Пошук
search-hint = Шукайте в усіх текстах концепції: засадничі принципи (Leitbild), цілі, напрями діяльності та рекомендації. Великі й малі літери та умлаути значення не мають.
search-results = { $count ->
    [0] За запитом «{ $query }» нічого не знайдено.
    [one] { $count } результат за запитом «{ $query }».
    [few] { $count } результати за запитом «{ $query }».
    [many] { $count } результатів за запитом «{ $query }».
   *[other] { $count } результату за запитом «{ $query }».
}
search-kind-section = Розділ
search-kind-statement = Принцип
search-kind-field = Напрям діяльності
search-kind-recommendation = Рекомендація
search-kind-area = Сфера

start-adopted = Ухвалено { $date }
start-fields-intro = Концепція розподіляє свої рекомендації за напрямами діяльності (Handlungsfelder); їх кількість: { $count }. Кожна рекомендація (Handlungsempfehlung) має сталий ідентифікатор, на який посилаються заходи та показники.
start-all-fields = Усі напрями діяльності
section-adopted = Ухвалено { $date }

fields-title = Напрями діяльності
fields-intro = Напрямів діяльності: { $count }, рекомендацій у них: { $recommendations }.
field-recommendation-count = { $count ->
    [one] { $count } рекомендація
    [few] { $count } рекомендації
    [many] { $count } рекомендацій
   *[other] { $count } рекомендації
}
field-area-count = { $count ->
    [one] { $count } сфера
    [few] { $count } сфери
    [many] { $count } сфер
   *[other] { $count } сфери
}
field-recommendations = Рекомендації
field-areas = Сфери
field-id = Ідентифікатор
field-tags = Ознаки
field-previous = Попередній напрям
field-next = Наступний напрям
field-back = Назад до всіх напрямів діяльності

footer-source = Джерело
footer-version = Редакція { $version }, завантажено { $date }
footer-software = Працює на teilhabe — вільному програмному забезпеченні для муніципальної роботи з інтеграції.
footer-api = Відкритий інтерфейс (JSON)

not-found-title = Сторінку не знайдено
not-found-text = За цією адресою сторінки немає. Можливо, допоможуть пошук або головна сторінка.
no-concept-title = Концепцію ще не завантажено
no-concept-text = У цій базі даних ще немає концепції інтеграції. Завантажте її командою «teilhabe concept load ФАЙЛ» або запустіть «teilhabe serve --demo».
error-title = Сталася помилка
error-text = Сторінку зараз неможливо показати. Будь ласка, спробуйте пізніше.

month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $day } { $month } { $year } р.

# --- measures, working groups, accounts ---

nav-measures = Заходи
nav-programmes = Програми
nav-working-groups = Робочі групи
nav-admin = Адміністрування
account-signed-in-as = Ви увійшли як: { $name }
account-login = Увійти
account-logout = Вийти
account-title = Мій обліковий запис
account-password = Змінити пароль
account-current = Поточний пароль
account-new = Новий пароль
account-repeat = Повторіть новий пароль
account-change = Змінити пароль
account-error-current = Поточний пароль неправильний.
account-error-repeat = Два нові паролі не збігаються.
account-sessions = Сеанси
account-sessions-text = Якщо Ви увійшли на чужому або втраченому пристрої: ця кнопка завершує всі Ваші сеанси на всіх пристроях. Новий пароль робить те саме.
account-logout-everywhere = Вийти на всіх пристроях

demo-badge = Демонстраційні дані
demo-notice = Цей захід — приклад (демонстраційні дані) і не описує реального заходу міста.
measure-unpublished = не опубліковано
measure-kicker = Захід
measure-new-title = Новий захід
measure-edit-title = Редагувати захід
measure-delete = Видалити захід
measure-facts = Відомості
measure-history = Історія змін
measure-progress = Виконано { $percent } %

progress-label = Виконано { $percent } % ({ $weighting })
progress-weighted-budget = зважено за запланованим бюджетом
progress-weighted-equal = усі заходи враховано однаково
progress-no-measures = Заходів поки немає
progress-none-counting = Немає поточних заходів
progress-gaps = Рекомендації без заходів: { $count } з { $total }

status-idea = ідея
status-planned = запланований
status-running = триває
status-completed = завершений
status-permanent = закріплений на постійній основі
status-stopped = зупинений
status-none = немає
status-count-idea = Ідеї: { $count }
status-count-planned = Заплановано: { $count }
status-count-running = Триває: { $count }
status-count-completed = Завершено: { $count }
status-count-permanent = Закріплено на постійній основі: { $count }
status-count-stopped = Зупинено: { $count }

programme-concept = Концепція інтеграції
programme-refugee = Програма для біженців «{ $name }»
programme-both = Концепція інтеграції та «{ $name }»
districts-all = по всьому місту (усі райони)
districts-some = у цих районах:
value-none = –
value-yes = так
value-no = ні

col-id = Номер
col-field = Напрям діяльності
col-title_de = Назва (німецькою)
col-title_en = Назва (англійською)
col-description_de = Опис (німецькою)
col-description_en = Опис (англійською)
col-recommendations = Рекомендації
col-programme = Програма
col-organisation = Відповідальна організація
col-contact = Контактна особа
col-working_group = Робоча група
col-status = Статус
col-stop_reason = Причина зупинення
col-progress = Виконання (%)
col-start_date = Початок
col-end_date = Кінець
col-budget_planned = Бюджет запланований (EUR)
col-budget_spent = Бюджет витрачений (EUR)
col-target_groups = Цільові групи
col-districts = Райони міста
col-gender_aspect = Гендерний аспект
col-gender_aspect_note = Як захід ураховує гендер
col-evidence = Підтвердження
col-milestones = Ключові етапи
col-published = Публікація

hint-id = { "" }
hint-title_de = Обов’язкове поле. Коротко й зрозуміло.
hint-title_en = Необов’язково.
hint-description_de = Що відбувається, для кого і з якою метою.
hint-description_en = Необов’язково.
hint-recommendations = Принаймні одна рекомендація, якій служить захід.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Ім’я та спосіб зв’язку, наприклад адреса електронної пошти.
hint-working_group = { "" }
hint-status = Пропонуються лише допустимі наступні кроки.
hint-stop_reason = Лише для зупинених заходів; для них обов’язково.
hint-progress = Ціле число від 0 до 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = У євро, наприклад 12 500,00.
hint-budget_spent = У євро, наприклад 8 250,50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Обов’язково, якщо захід має гендерний аспект.
hint-evidence = Одне підтвердження на рядок: назва <https://…>
hint-milestones = Один етап на рядок: РРРР-ММ-ДД текст
hint-published = { "" }

timeline-created = створено
timeline-changed = змінено
timeline-deleted = видалено

measures-title = Заходи
measures-count = { $count ->
    [0] Заходів не знайдено.
    [one] { $count } захід.
    [few] { $count } заходи.
    [many] { $count } заходів.
   *[other] { $count } заходу.
}
filter-title = Фільтр заходів
filter-text = Пошуковий запит
filter-apply = Застосувати
filter-reset = Скинути фільтри
filter-any = усі

form-errors = Будь ласка, перевірте ці дані:
form-section-description = Опис
form-section-responsibility = Відповідальність
form-section-state = Стан і бюджет
form-section-evidence = Підтвердження та ключові етапи
form-gender-aspect = Захід має гендерний аспект
form-published = Видно всім (також без входу в систему)
form-save = Зберегти
form-cancel = Скасувати

conflict-title = Тим часом цей захід змінив хтось інший.
conflict-text = Ваші дані збережено у формі нижче. Порівняйте їх зі збереженим станом і збережіть ще раз, щоб прийняти Вашу редакцію.
conflict-updated-at = Востаннє збережено: { $date }.
conflict-caption = Відмінності від збереженого стану (редакція { $version })
conflict-field = Поле
conflict-yours = Ваші дані
conflict-theirs = Збережено

error-required = Будь ласка, заповніть.
error-unknown-recommendation = «{ $id }» — не рекомендація концепції.
error-retired-recommendation = Рекомендацію «{ $id }» відкликано з концепції; її зберігають лише заходи, які вже їй служили.
error-unknown-working-group = «{ $id }» — не напрям діяльності концепції.
error-unknown-target-group = «{ $id }» — невідома цільова група.
error-unknown-district = «{ $id }» — не район міста.
error-unknown-language = «{ $id }» — не код мови.
error-cell-progress = «{ $value }» — не ступінь виконання; очікується ціле число від 0 до 100.
error-cell-date = «{ $value }» — не дата; очікується ДД.ММ.РРРР або РРРР-ММ-ДД.
error-cell-money = «{ $value }» — не сума; очікується, наприклад, 12 500,00.
error-cell-evidence = «{ $value }» — не посилання; очікується «назва <https://…>».
error-cell-milestone = «{ $value }» — не ключовий етап; очікується «РРРР-ММ-ДД текст».
error-end-before-start = Кінець раніше за початок.
error-stop-reason = Для зупиненого заходу потрібна причина.
error-gender-note = Опишіть одним реченням, як захід ураховує гендер.
error-negative-amount = Суми не можуть бути від’ємними.
error-transition = Захід зі статусом «{ $from }» не може отримати статус «{ $to }».
error-transition-allowed = Можливо: { $allowed }.

programmes-title = Концепція інтеграції та програма для біженців
programmes-intro = Концепція інтеграції вимагає заощаджувати ресурси завдяки узгодженню з роботою з прийому та супроводу біженців. Тут заходи обох програм показано поруч.
programmes-overlaps = { $count ->
    [0] Можливих дублювань немає
    [one] { $count } можливе дублювання
    [few] { $count } можливі дублювання
    [many] { $count } можливих дублювань
   *[other] { $count } можливого дублювання
}
programmes-overlaps-intro = Ці заходи в обох програмах служать тій самій рекомендації, тій самій цільовій групі й тому самому району.
programmes-no-overlaps = Жоден захід однієї програми повністю не збігається із заходом іншої.

login-title = Вхід
login-intro = Для членів робочих груп, бюро з питань інтеграції та статистичної служби.
login-name = Ім’я користувача
login-password = Пароль
login-submit = Увійти
login-failed = Неправильне ім’я користувача або пароль.
login-throttled = Забагато невдалих спроб. Будь ласка, зачекайте { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.

forbidden-title = Немає доступу
forbidden-text = Ваша роль не дозволяє користуватися цією сторінкою.
csrf-title = Термін дії форми минув
csrf-text = Будь ласка, оновіть сторінку й надішліть форму ще раз. Це захищає від підкинутих форм з інших сайтів.

role-administrator = Адміністрування
role-editor = Робоча група (редагування)
role-statistician = Статистична служба
role-viewer = Доступ для читання (внутрішній)
role-concept-editor = Редагування концепції
role-translator = Переклад (лише призначені мови)
role-requester = Установа (запит на мовне посередництво)
role-mediator = Мовний посередник
role-mediation-coordinator = Координація мовного посередництва
role-reporter = Звітна установа (дані однієї установи)
role-provider = Постачальник (пропозиції однієї організації)
role-counsellor = Антидискримінаційне консультування (справи)

admin-users-title = Облікові записи
admin-tokens-title = API-ключі
admin-audit-title = Журнал змін
admin-users-list = Наявні облікові записи
admin-inactive = заблоковано
admin-display-name = Ім’я
admin-role = Роль
admin-field = Напрям діяльності (робоча група)
admin-field-hint = Лише для ролі «Робоча група»: напрям діяльності, заходи якого редагує обліковий запис.
admin-institution = Установа
admin-error-institution = Цієї установи немає (більше немає) в реєстрі установ.
account-messages = Повідомлення електронною поштою
account-email = Адреса електронної пошти
account-email-hint = Нагадування та повідомлення (наприклад, про форми чи пропозиції вашої установи) надходять на цю адресу. Залиште поле порожнім — листів не буде.
account-email-save = Зберегти адресу
account-email-saved = Адресу електронної пошти збережено.
account-email-removed = Адресу електронної пошти видалено; цей обліковий запис не отримує листів.
admin-email-hint = Необов'язково. Без адреси обліковий запис не отримує листів.
admin-error-email = Введіть адресу електронної пошти у вигляді name@example.org або залиште поле порожнім.
admin-new-password = Новий пароль (залиште порожнім, щоб не змінювати)
admin-active = Обліковий запис активний
admin-new-user = Новий обліковий запис
admin-create-user = Створити обліковий запис
admin-error-role = Будь ласка, виберіть роль.
admin-error-field = Для ролі «Робоча група» потрібен напрям діяльності.
admin-error-login = Ім’я користувача може містити лише малі латинські літери, цифри, крапку, знак підкреслення та дефіс.
admin-error-password = Пароль має містити щонайменше { $min } символів.
admin-error-duplicate = Обліковий запис «{ $login }» уже існує.
admin-error-self = Власний обліковий запис не можна заблокувати або понизити в правах.
admin-user-created = Обліковий запис «{ $login }» створено.
admin-user-updated = Обліковий запис «{ $login }» збережено.
admin-tokens-intro = API-ключі надають скриптам доступ з певною роллю. Ключ показується лише один раз, його можна будь-коли відкликати.
admin-token-created = Новий ключ — скопіюйте його зараз, більше його не буде показано:
admin-token-name = Назва
admin-token-created-at = Створено
admin-token-used = Останнє використання
admin-token-state = Стан
admin-token-revoked = відкликано
admin-token-revoke = Відкликати
admin-new-token = Новий API-ключ
admin-create-token = Створити ключ
admin-error-token-name = Будь ласка, вкажіть назву.
admin-error-token-institution = Ключ цієї ролі діє від імені однієї установи: виберіть її з реєстру установ.
admin-token-institution-hint = Лише для ролей «установа», «звітна організація» та «постачальник»: установа, від імені якої діє система з цим ключем, – вона бачить лише її запити, звіти та пропозиції.
admin-error-token-days = Термін дії має бути від 1 до { $max } днів.
admin-token-expires = Дійсний до
admin-token-expires-at = Дійсний до { $at } (UTC).
admin-token-days = Термін дії в днях (не більше { $max })
admin-token-expired = термін дії минув
admin-tokens-rules = Ключ перестає діяти в день закінчення терміну, а також щойно обліковий запис, який його створив, блокується або змінює роль чи напрям діяльності. Обліковими записами та ключами керує лише людина, яка увійшла в систему, — ніколи не скрипт із ключем.
password-error-long = Пароль може містити не більше { $max } символів.
password-error-common = Цей пароль надто поширений (він є у списку поширених паролів або збігається з ім’ям користувача). Будь ласка, виберіть інший.
admin-audit-type = Тип (наприклад, measure, user, token)
admin-audit-id = Ідентифікатор
admin-audit-csv = Завантажити у форматі CSV
admin-audit-at = Час (UTC)
admin-audit-actor = Хто
admin-audit-action = Дія
admin-audit-entity = Об’єкт
admin-audit-field = Поле
admin-audit-change = Зміна

groups-title = Робочі групи
groups-intro = Для кожного напряму діяльності є робоча група. Її члени ведуть заходи цього напряму.
groups-members = { $count ->
    [0] членів поки немає
    [one] { $count } член
    [few] { $count } члени
    [many] { $count } членів
   *[other] { $count } члена
}
groups-chair = Голова
group-title = Робоча група «{ $field }»
group-field-link = До напряму діяльності
group-measures-link = Заходи робочої групи
group-members = Члени
group-no-members = Членів поки не внесено.
group-remove = Видалити
group-person = Особа
group-is-chair = Головує
group-name-public = Показувати ім’я публічно (особа дала згоду)
group-name-not-public = Ім’я не публікується
group-add-member = Додати члена
group-meetings = Засідання
group-no-meetings = Засідань поки не внесено.
group-participants = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
group-meeting-date = Дата
group-participants-label = Кількість учасників
group-decisions = Рішення
group-add-meeting = Внести засідання
group-error-person = Будь ласка, вкажіть ім’я особи.
group-error-organisation = Будь ласка, вкажіть організацію.
group-error-date = Будь ласка, вкажіть правильну дату.
group-error-participants = Будь ласка, вкажіть ціле число, 0 або більше.
group-error-decisions = Будь ласка, вкажіть рішення.
# --- monitoring ---
nav-monitoring = Моніторинг
number-decimal-mark = ,
monitoring-title = Моніторинг інтеграції
monitoring-intro = { $count ->
    [one] { $count } показник показує, чи стає участь у житті суспільства справедливішою — для кожної групи, для жінок і чоловіків, у кожному районі міста.
   *[other] Показники (їх кількість: { $count }) показують, чи стає участь у житті суспільства справедливішою — для кожної групи, для жінок і чоловіків, у кожному районі міста. Їх віднесено до тих напрямів діяльності, за якими вони спостерігають.
}
indicator-kind = Показник
indicator-unit = Одиниця
indicator-concept = Поняття населення
indicator-no-data = Для цього показника ще не імпортовано жодного значення.
indicator-no-data-short = значень поки немає
demo-title = Демонстраційні дані
demo-text = Ці цифри вигадано для демонстрації, вони не є офіційною статистикою.
monitoring-demo-badge = Демонстраційні дані
demo-marker = (демонстраційні дані)
breakdown-nav = Розріз за ознакою
breakdown-none = усього
breakdown-origin = походження
breakdown-sex = стать
breakdown-age = вікова група
breakdown-district = район міста
latest-heading = Останні значення
latest-caption = Останні значення в розрізі: { $breakdown }, { $year }
table-status = Статус
table-year = Рік
footnote = Примітка
footnotes-heading = Примітки
value-interval = 95-відсотковий інтервал від { $lower } до { $upper }
chart-heading = Часовий ряд
chart-title-by = Часовий ряд у розрізі: { $breakdown }
chart-caption = Відсутні значення (наприклад, приховані з міркувань конфіденційності) позначено порожніми кружечками біля нижнього краю, а не як 0. Цифри наведено в таблиці.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] Відсутніх значень: { $count } (наприклад, прихованих); на графіку їх не зображено як 0.
   *[other] Відсутніх значень: { $count } (наприклад, прихованих); на графіку їх не зображено як 0.
}
chart-desc-table = Усі значення наведено в таблиці під діаграмою.
series-table-summary = Часовий ряд у вигляді таблиці
series-caption = { $title }: усі роки
target-heading = Ціль
target-label = Ціль на { $year } рік: { $value }
target-text = Ціль для групи «{ $group }»: { $target }.
target-detail = Досі { $actual } на рік, потрібно { $needed } на рік.
target-detail-actual = Досі { $actual } на рік.
target-rule = «За планом» означає: середня річна зміна від першого значення (або від розриву часового ряду) не менша за річну зміну, яка ще потрібна, щоб досягти цілі до цільового року.
verdict-reached = ціль досягнуто
verdict-on-track = за планом
verdict-off-track = відставання від плану
verdict-missed = ціль не досягнуто
verdict-not-judgeable = оцінити поки неможливо
gap-heading = Розрив між групами «{ $group }» і «{ $reference }»
gap-desc = Стовпчики показують для кожного року значення групи мінус значення групи порівняння; риски показують 95-відсотковий інтервал, якщо він є. Роки без обох значень не мають стовпчика.
gap-column = Розрив
gap-missing = немає даних
gap-table-summary = Розрив у вигляді таблиці
gap-unit-percent = відсоткових пунктів
gap-unit-percentage-points = відсоткових пунктів
gap-unit-per-thousand = на 1000
gap-unit-per-ten-thousand = на 10 000
gap-unit-count = кількість
gap-unit-index = пунктів індексу
gap-unit-square-metres = м²
gap-unit-years = років
map-heading = Райони міста
map-title = { $title }, райони міста, { $year }
map-desc = Карта районів міста: що темніше, то вище значення. Заштриховані райони приховано з міркувань конфіденційності, сірі не мають значення. Значення наведено в таблиці під картою.
map-suppressed = приховано (.)
map-missing = немає значення
map-years = Рік карти
map-table-summary = Райони міста у вигляді таблиці
definition-heading = Визначення та джерело
definition-numerator = Чисельник
definition-denominator = Знаменник
definition-polarity = Напрям
definition-source = Джерело
definition-rhythm = Періодичність
caveats-heading = Обмеження інформативності
informs-heading = Спостерігає за напрямами діяльності та рекомендаціями
download-heading = Завантажити дані
measures-download = Завантажити цей список (у стовпцях, які читає імпорт):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Інтерфейс (JSON)
unit-percent = відсотки
unit-percentage-points = відсоткові пункти
unit-per-thousand = на 1000
unit-per-ten-thousand = на 10 000
unit-count = кількість
unit-index = індекс (0–100)
unit-square-metres = квадратні метри
unit-years = роки
unit-percent-value = { $value } %
unit-percentage-points-value = { $value } в. п.
unit-per-thousand-value = { $value } на 1000
unit-per-ten-thousand-value = { $value } на 10 000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } м²
unit-years-value = { $value } років
concept-NAT = громадянство (іноземці та німці)
concept-MH = міграційне походження (Migrationshintergrund)
concept-EG = історія імміграції (Einwanderungsgeschichte)
concept-NONE = без урахування походження
polarity-higher-is-better = що вище, то краще
polarity-lower-is-better = що нижче, то краще
polarity-neutral = без оцінки
origin-total = усього
origin-MH = з міграційним походженням
origin-NO_MH = без міграційного походження
origin-FOREIGN = іноземці
origin-DE = німці
origin-EG = з історією імміграції
origin-NO_EG = без історії імміграції
sex-total = усього
sex-F = жінки
sex-M = чоловіки
sex-D = divers (інша стать)
sex-X = не вказано
age-total = усі вікові групи
age-under = до { $to } { $to ->
    [one] року
   *[other] років
}
age-from = { $from } { $from ->
    [one] рік
    [few] роки
    [many] років
   *[other] року
} і старше
age-exactly = { $from } { $from ->
    [one] рік
    [few] роки
    [many] років
   *[other] року
}
age-range = від { $from } до { $to } { $to ->
    [one] року
   *[other] років
}
district-total = усе місто
status-A = звичайне
status-B = розрив часового ряду
status-E = оцінка
status-F = прогноз
status-P = попереднє
status-U = обмежено достовірне
status-Q = приховано
status-M = не застосовується
status-L = поки немає даних
direction-label = Остання зміна
direction-better = краще
direction-worse = гірше
direction-up = зросло
direction-down = знизилося
direction-no-clear-change = без явної зміни
direction-not-comparable = непорівнянно (розрив часового ряду)
direction-unknown = часового ряду поки немає
field-indicators = Показники цього напряму діяльності
start-gaps-heading = Найбільші розриви
start-gaps-intro = Де групи в моніторингу інтеграції найбільше відстають від групи порівняння (останній рік; розрив виміряно відносно значення групи порівняння).
start-gap-text = { $values }; розрив { $gap }
start-all-indicators = Усі показники
imports-title = Імпорт
imports-intro = Кожне постачання даних, імпортоване в teilhabe: файл, джерело, періоди, хто і коли його імпортував. Повторний імпорт періоду замінює його цифри; журнал змін це фіксує.
imports-none = Поки нічого не імпортовано.
imports-file = Файл
imports-periods = Показники та роки
imports-when = Імпортовано
imports-figures = { $count ->
    [one] { $count } значення
    [few] { $count } значення
    [many] { $count } значень
   *[other] { $count } значення
}
imports-replaced = { $count ->
    [one] замінює { $count } значення
    [few] замінює { $count } значення
    [many] замінює { $count } значень
   *[other] замінює { $count } значення
}
imports-link = Усі імпорти та їхні джерела
imports-upload-heading = Імпорт даних
imports-upload-intro = Лише для статистичної служби та адміністрації. Файл перевіряється повністю; якщо в ньому є помилка, нічого не зберігається. Пробний запуск показує, що змінилося б, нічого не зберігаючи.
imports-upload-table = Таблиця (GENESIS-CSV, CSV у довгому форматі або XLSX)
imports-upload-table-file = Файл таблиці
imports-upload-table-hint = CSV (UTF-8 або Windows-1252, роздільник визначається автоматично) або XLSX.
imports-upload-mapping = Файл відповідностей (TOML, необов’язково)
imports-upload-mapping-hint = Необов’язково. Вказує, які стовпці та коди файлу означають який показник, рік і розріз (див. docs/formats/imports.md). Без нього teilhabe запропонує відповідність, яку Ви перевірите й підтвердите.
imports-upload-cubes = Результат статистичної служби (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = Файл показників із вихідної папки «teilhabe compute».
imports-upload-metadata = metadata.json (необов’язково)
imports-upload-metadata-hint = Джерело та звітна дата; без цього файлу джерелом зазначається «teilhabe compute».
imports-upload-dry-run = Пробний запуск: лише перевірити, нічого не зберігати
imports-upload-submit = Перевірити та імпортувати
import-result-title = Результат імпорту
import-result-stored = { $count ->
    [one] { $count } значення збережено як імпорт № { $id }
    [few] { $count } значення збережено як імпорт № { $id }
    [many] { $count } значень збережено як імпорт № { $id }
   *[other] { $count } значення збережено як імпорт № { $id }
}
import-result-dry-run = { $count ->
    [one] Пробний запуск: було б імпортовано { $count } значення; нічого не збережено
    [few] Пробний запуск: було б імпортовано { $count } значення; нічого не збережено
    [many] Пробний запуск: було б імпортовано { $count } значень; нічого не збережено
   *[other] Пробний запуск: було б імпортовано { $count } значення; нічого не збережено
}
import-result-demo = Файл позначено як демонстраційні дані.
import-result-refused = { $count ->
    [one] Імпорт відхилено; нічого не збережено. Проблем: { $count }:
   *[other] Імпорт відхилено; нічого не збережено. Проблем: { $count }:
}
import-result-incomplete = Бракує файлу; нічого не збережено.
import-result-problems-note = У повідомленнях зазначено файл, рядок і стовпець.
import-result-indicator = Показник
import-result-year = Рік
import-result-old = Було збережено
import-result-new = Нове
import-result-changed = З них змінено
import-result-skipped-indicators = Немає в каталозі, тому пропущено: { $list }
import-result-skipped-rows = Пропущено рядків на рівнях або з розрізами, яких каталог не показує (квартали, країни походження …): { $count }.
import-result-dropped-keep = Пропущено рядків, бо їхнього коду немає в правилі keep: { $count }. Правило: { $rule }
import-result-dropped-drop = Пропущено рядків за правилом drop: { $count }. Правило: { $rule }
import-lacks-file = Файл таблиці не вибрано.
import-lacks-mapping = Файл відповідностей не вибрано.
import-mapping-not-text = Файл відповідностей не є текстовим файлом у кодуванні UTF-8.
import-lacks-indicators = Файл indicators.csv не вибрано.
import-result-format = Формат { $format }, кодування { $encoding }
import-result-back = Назад до імпортів
import-upload-too-large = Файл завеликий (не більше 64 МіБ). Нічого не збережено.
import-upload-unreadable = Форма надійшла не повністю. Будь ласка, виберіть файли знову й надішліть ще раз. Нічого не збережено.

# Cross-field links (issue 10)
field-linked-from = ↑ захід робочої групи «{ $group }», пов’язаний із рекомендацією цього напряму діяльності
field-refuse-link = Відхилити зв’язок
field-error-refuse = Зв’язок не можна відхилити: тоді в заходу не залишилося б жодної рекомендації.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Попередні імпорти
imports-filter-label = Фільтр імпортів
imports-filter-indicator = Показник
imports-filter-source = Джерело
imports-found = { $count ->
    [0] Імпортів не знайдено.
    [one] Знайдено { $count } імпорт.
    [few] Знайдено { $count } імпорти.
    [many] Знайдено { $count } імпортів.
   *[other] Знайдено { $count } імпорту.
}
imports-pages-label = Сторінки списку імпортів
imports-page-of = Сторінка { $page } з { $pages }
imports-page-previous = Попередня сторінка
imports-page-next = Наступна сторінка
imports-audit-link = Зміни імпорту { $id } у журналі
admin-audit-import = Імпорт (номер)
admin-audit-import-hint = Показує лише записи, зроблені цим імпортом.
admin-audit-table = Записи журналу
admin-audit-import-scope = Записи імпорту № { $number }.
admin-audit-import-all = Показати всі записи
admin-audit-import-error = Очікується ціле число — номер імпорту (наприклад, 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Перевірити відповідність
draft-check-title = Відома таблиця: перевірити та імпортувати
draft-intro = teilhabe прочитав файл і пропонує, що означають його стовпці та коди. Будь-який вибір можна змінити; непевні пропозиції позначено й не вибрано заздалегідь. «Попередній перегляд» показує перші цифри поруч зі збереженими; «Імпортувати» зберігає все або нічого й запам’ятовує відповідність на наступний рік.
draft-expires = Чернетка, дійсна до { $when }
draft-what = Джерело, показник і одиниця
draft-columns = Стовпці та розрізи
draft-source = Джерело
draft-source-hint = Видавець і таблиця — так, як їх зазначають біля кожної цифри.
draft-indicator = Показник
draft-indicator-for = Показник для { $code } ({ $label })
draft-unit = Одиниця «{ $text }»
draft-unit-none = не вказано
draft-leave-out = не імпортувати
draft-no-column = такого стовпця немає
draft-not-in-file = немає у файлі (усього)
draft-skip = пропустити (не брати рядки)
draft-please-choose = — будь ласка, виберіть —
draft-empty-cell = (порожня клітинка)
draft-rows = { $count ->
    [one] { $count } рядок
    [few] { $count } рядки
    [many] { $count } рядків
   *[other] { $count } рядка
}
draft-confidence-sure = упевнено
draft-confidence-likely = імовірно
draft-confidence-unsure = непевно, будь ласка, перевірте
draft-role-year = Стовпець «рік»
draft-role-value = Стовпець «значення»
draft-role-indicator = Стовпець «показник»
draft-role-unit = Стовпець «одиниця»
draft-role-status = Стовпець «статус» (ознака якості)
draft-role-lower = Стовпець «нижня межа»
draft-role-upper = Стовпець «верхня межа»
draft-role-base = Стовпець «база» (кількість випадків)
draft-role-footnote = Стовпець «примітка»
draft-breakdown-district = Район міста
draft-breakdown-sex = Стать
draft-breakdown-origin = Походження
draft-breakdown-age = Вік
draft-codes-of = Коди стовпця { $column } ({ $breakdown })
draft-preview = Попередній перегляд
draft-import = Імпортувати
draft-preview-heading = Попередній перегляд
draft-preview-caption = Перші цифри в тому вигляді, у якому їх було б збережено, поруч зі збереженими
draft-preview-summary = { $count ->
    [one] Було б імпортовано { $count } значення
    [few] Було б імпортовано { $count } значення
    [many] Було б імпортовано { $count } значень
   *[other] Було б імпортовано { $count } значення
}, з них нових або змінених: { $changed }.
draft-preview-years = Роки: { $years }.
draft-preview-breakdown = Розріз
draft-preview-none = —
draft-preview-differs = змінено
draft-problems-note = З цією відповідністю файл не можна імпортувати; у повідомленнях зазначено файл, рядок і стовпець. Нічого не збережено.
draft-recognised = Ця таблиця відома: { $label }
draft-recognised-text = Збережена відповідність читає й цей файл. Перевірте попередній перегляд та імпортуйте — або змініть відповідність.
draft-saved-confirmed = підтверджено: { $who }, { $when }
draft-change-mapping = Змінити відповідність
draft-expired-title = Термін дії чернетки минув
draft-expired-text = Термін дії цієї чернетки минув (чернетки зберігаються 24 години). Будь ласка, завантажте файл ще раз; нічого не збережено.
draft-source-missing = Будь ласка, вкажіть видавця й таблицю.
draft-choose-column = Будь ласка, виберіть стовпець файлу.
draft-column-taken = Цей стовпець уже призначено іншому розрізу.
draft-choose-code = Будь ласка, виберіть відповідний код або пропустіть рядки.
draft-choose-indicator = Будь ласка, виберіть показник, до якого належать ці значення.
draft-choose-unit = Будь ласка, виберіть одиницю з каталогу.
mappings-title = Збережені відповідності
mappings-intro = Для кожної таблиці, відповідність якої підтверджено: наступний файл тієї самої таблиці розпізнається й імпортується з цією відповідністю. Кожну відповідність можна завантажити як файл TOML для «teilhabe import table --mapping».
mappings-none = Відповідностей поки не збережено.
mappings-table = Таблиця
mappings-confirmed = Підтверджено
mappings-last-used = Останнє використання
mappings-file = Файл
mappings-download = Завантажити TOML
mappings-link = Збережені відповідності
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = Редагувати концепцію
retired = відкликано
retired-on = Відкликано { $date }: { $reason }
concept-edit-heading-page = Редагувати концепцію
concept-edit-intro-page = Змінювати тексти кожною мовою, додавати, відкликати або переставляти рекомендації та напрями діяльності. Кожне збереження стає новою версією з причиною і, якщо є, рішенням міської ради.
concept-edit-texts = Тексти
concept-edit-header = Назва та заголовки
concept-edit-header-intro = Назва, підзаголовок і заголовок над напрямами діяльності кожною мовою концепції. Порожні переклади видаляються; німецький текст обов’язковий.
concept-edit-section-intro = Заголовок, вступ і положення цього розділу кожною мовою концепції. Порожні переклади видаляються; німецький текст обов’язковий.
concept-edit-field-intro = Назва, вступ і рекомендації цього напряму діяльності. Нова рекомендація отримує ідентифікатор автоматично; ідентифікатори ніколи не змінюються. Відкликані рекомендації зберігаються разом із їхніми заходами.
concept-edit-part-title = Редагування: { $part }
concept-edit-fields = Напрями діяльності
concept-edit-fields-intro = Напрям діяльності редагується за посиланням на його назві. Кнопки змінюють порядок або відкликають напрям; для цього спершу вкажіть причину нижче.
concept-edit-title = Назва
concept-edit-subtitle = Підзаголовок
concept-edit-results-heading = Заголовок над напрямами діяльності
concept-edit-heading = Заголовок
concept-edit-intro = Вступ
concept-edit-statement = Положення { $id }
concept-edit-recommendation = Рекомендація { $id }
concept-edit-new-recommendation = Нова рекомендація (необов’язково)
concept-edit-new-field = Новий напрям діяльності
concept-edit-new-field-title = Назва напряму діяльності
concept-edit-new-field-recommendation = Перша рекомендація
concept-edit-add-field = Додати напрям діяльності
concept-edit-up = Вище
concept-edit-down = Нижче
concept-edit-retire = Відкликати
concept-edit-why = Причина зміни
concept-edit-reason = Чому змінюється концепція?
concept-edit-reason-hint = Коротко, наприклад «Рішення ради про мовне посередництво». Зберігається разом із версією.
concept-edit-decision-date = Дата рішення міської ради (необов’язково)
concept-edit-decision-date-hint = Формат РРРР-ММ-ДД. Також дата відкликання.
concept-edit-decision-reference = Номер документа рішення ради (Drucksache, необов’язково)
concept-edit-decision-reference-hint = наприклад, Drucksache 1234/2020-2025
concept-edit-save = Зберегти як нову версію
concept-edit-back = До огляду «Редагувати концепцію»
concept-edit-error-reason = Будь ласка, коротко вкажіть, чому змінюється концепція (не більше 500 символів).
concept-edit-error-date = Будь ласка, вкажіть дату у форматі РРРР-ММ-ДД, наприклад 2026-11-26.
concept-edit-error-reference = Номер документа може бути не довшим за 200 символів.
concept-edit-error-empty = Будь ласка, вкажіть німецький текст.
concept-edit-conflict-title = Не збережено: концепцію тим часом змінено
concept-edit-conflict = Ваша зміна ґрунтувалася на версії { $yours }, тепер чинна версія { $current }. Форма тепер показує поточний стан; будь ласка, внесіть Вашу зміну ще раз.
concept-edit-conflict-link = Що змінилося?
concept-versions-title = Версії концепції
concept-versions-intro = Кожна версія з часом, автором, причиною та рішенням ради. Кожну версію можна завантажити як файл концепції, який читає «teilhabe concept load».
concept-versions-loaded = завантажено з файлу концепції
concept-versions-current = чинна
concept-versions-at = Час (UTC)
concept-versions-by = Автор
concept-versions-why = Причина
concept-versions-decision = Рішення ради
concept-versions-changes = Зміни у версії { $version }
concept-versions-compare = Порівняти дві версії
concept-versions-from = Старіша версія
concept-versions-to = Новіша версія
concept-versions-show = Показати відмінності
concept-version = Версія { $version }
concept-download-version = Версія { $version } як файл концепції (TOML)
concept-difference-title = Відмінності між версією { $from } і версією { $to }
concept-difference-none = Ці дві версії не відрізняються.
concept-difference-count = { $count ->
    [one] Змінилася { $count } частина.
    [few] Змінилися { $count } частини.
    [many] Змінилося { $count } частин.
   *[other] Змінилося { $count } частини.
}
concept-part-concept = Концепція
concept-part-tag = Ключове слово
concept-part-section = Розділ
concept-part-statement = Положення
concept-part-field = Напрям діяльності
concept-part-recommendation = Рекомендація
concept-change-added = Додано
concept-change-removed = Видалено
concept-change-reinstated = Знову чинне
concept-change-retired = Відкликано { $date }: { $reason }
concept-change-moved = Переміщено з місця { $from } на місце { $to }
concept-change-reparented = Переміщено з «{ $from }» до «{ $to }»
concept-change-text = { $what } ({ $language }): змінено
concept-change-value = { $what }: змінено
concept-change-old = було
concept-change-new = стало
concept-key-title = Назва
concept-key-subtitle = Підзаголовок
concept-key-results_heading = Заголовок над напрямами діяльності
concept-key-heading = Заголовок
concept-key-intro = Вступ
concept-key-text = Текст
concept-key-label = Позначення
concept-key-adopted = Дата ухвалення
concept-key-source = Джерело
concept-key-kind = Вид
concept-key-recommendation_kind = Вид рекомендацій
concept-key-tags = Ключові слова

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = Зміст
report-title-page-year = Звіт за { $year } рік
report-created = Дата складання
report-data-date = Стан даних
report-demo-contains = Цей документ містить демонстраційні дані. Сторінки з демонстраційними цифрами позначено вгорі праворуч.
report-demo-page = Демонстраційні дані – не реальні цифри
report-page = Сторінка
report-portal = Онлайн
report-summary = Резюме
report-summary-gaps = Найбільші розриви та їхня динаміка
report-summary-gaps-none = За жодним показником немає розриву між групою та групою порівняння.
report-summary-no-measure = Напрями діяльності з рекомендаціями без заходів
report-summary-no-measure-none = Кожна рекомендація має принаймні один поточний або запланований захід.
report-summary-completed = Заходи, завершені у звітному році
report-summary-stopped = Заходи, зупинені у звітному році
report-summary-none = немає
report-gap-line = { $values }; розрив { $gap }
report-trend-narrowed = скоротився
report-trend-widened = збільшився
report-trend-unchanged = не змінився
report-trend-not-comparable = непорівнянно (розрив часового ряду)
report-trend-no-earlier-year = немає попереднього року для порівняння
report-concept = Концепція коротко
report-fields = Напрями діяльності
report-field-progress = Виконання заходів: { $progress } %
report-recommendations = Рекомендації
report-recommendation-measures = { $count ->
    [0] немає заходів
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
report-measures = Заходи
report-measures-none = За цим напрямом діяльності не опубліковано жодного заходу.
report-measure-status = Стан
report-measure-progress = Виконання
report-measure-budget = Бюджет
report-measure-organisation = Виконавець
report-measure-period = Період
report-budget-planned-spent = { $planned } заплановано, { $spent } витрачено
report-budget-planned = { $planned } заплановано
report-budget-spent = { $spent } витрачено
report-working-group = Робоча група
report-working-group-none = Членів групи не опубліковано.
report-chair = голова
report-meetings = Засідання у звітному році: { $count }; останнє засідання: { $last }
report-indicators = Показники
report-indicators-none = Цьому напряму діяльності не призначено жодного показника.
report-method = Методика
report-method-intro = Показники ґрунтуються на офіційній статистиці та витягах із реєстрів. У цьому розділі пояснено, як розмежовуються групи населення, як захищаються індивідуальні відомості та звідки беруться цифри.
report-method-concepts = Поняття населення та їхні межі
report-method-concept-NAT = Розрізняє за громадянством. Натуралізовані особи вважаються німцями, як і діти батьків-іноземців із німецьким громадянством; тому група «іноземці» охоплює іммігрантів лише частково.
report-method-concept-MH = Людина має міграційне походження (Migrationshintergrund), якщо вона сама або принаймні один із її батьків не має німецького громадянства від народження. Реєстри містять відомості про батьків лише обмежено, тому значення частково оціночні.
report-method-concept-EG = Людина має історію імміграції (Einwanderungsgeschichte), якщо вона сама або обоє її батьків іммігрували після 1950 року (визначення Експертної комісії з питань інтеграційної спроможності). Результати не можна безпосередньо порівнювати зі старішим поняттям міграційного походження.
report-method-concept-NONE = Ці показники не розділяються за походженням.
report-method-disclosure = Захист конфіденційності
report-method-disclosure-text = Малі кількості випадків можуть дозволити зробити висновки про окремих осіб. Такі значення приховуються перед публікацією (первинне приховування), як і значення, з яких їх можна було б обчислити у зворотному порядку (вторинне приховування). Приховані значення ніколи не наводяться в цьому звіті числом, лише знаком.
report-method-missing = { $count ->
    [0] У цьому звіті немає відсутніх значень.
    [one] { $count } значення цього звіту приховане, не застосовне або ще не надійшло.
    [few] { $count } значення цього звіту приховані, не застосовні або ще не надійшли.
    [many] { $count } значень цього звіту приховані, не застосовні або ще не надійшли.
   *[other] { $count } значення цього звіту приховані, не застосовні або ще не надійшли.
}
report-method-signs = Знаки в таблицях: «.» приховано · «x» показник не має сенсу · «...» дані надійдуть пізніше · «–» немає значення. Значення із застереженням наводять його в дужках, наприклад «(попереднє)»; виноски пояснюють особливості.
report-method-sources = Джерела та дата даних
report-method-import = { $file }, імпортовано { $date }
report-method-glossary = Терміни
report-glossary-gap-term = Розрив
report-glossary-gap = Значення групи мінус значення групи порівняння за той самий рік, в одиницях показника (для часток — у відсоткових пунктах).
report-glossary-interval-term = Довірчий інтервал
report-glossary-interval = Діапазон, у якому з імовірністю 95 % лежить справжнє значення, якщо цифра ґрунтується на вибірці.
report-glossary-on-track-term = За планом
report-glossary-on-track = Середньої щорічної зміни від першого значення достатньо, щоб досягти цілі в цільовому році.
report-glossary-provisional-term = Попереднє
report-glossary-provisional = Значення, яке ще може змінитися з подальшими постачаннями статистичних даних.
report-glossary-suppressed-term = Приховано
report-glossary-suppressed = Значення, яке не публікується з метою захисту персональних даних.
report-appendix = Додаток: показники
report-appendix-intro = Усі показники каталогу з їхнім визначенням і всіма значеннями.
report-definition = Визначення
report-numerator = Чисельник
report-denominator = Знаменник
report-unit = Одиниця
report-population-concept = Поняття населення
report-polarity = Напрям
report-source = Джерело
report-rhythm = Періодичність
report-caveats = Примітки
report-figures = Значення
report-year = Рік
report-group = Група
report-value = Значення
report-district = Район міста
report-latest-change = Остання зміна
report-targets = Цілі
report-footnotes = Виноски
report-link-indicator = Показник на порталі
report-sheet-subtitle = Картка показників: { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Звіти
download-pdf = Картка у PDF
reports-title = Звіти про інтеграцію
reports-intro = Звіт про інтеграцію підсумовує, що відбулося у звітному році: найбільші розриви між групами, рекомендації без заходів, завершені та припинені заходи, а також кожен напрям діяльності з його заходами й показниками. Опубліковані випуски залишаються доступними без змін.
reports-editions = Опубліковані випуски
reports-none = Ще не опубліковано жодного випуску.
reports-year = Звітний рік
reports-year-hint = Показники до цього року; заходи, завершені або припинені в цьому році.
reports-language = Мова
reports-released-at = Дата публікації
reports-released-by = Опублікував(-ла)
reports-download = Завантажити
reports-pdf-link = Звіт за { $year } рік у форматі PDF ({ $kb } КБ)
reports-draft = Створити чернетку
reports-draft-text = Чернетка показує ті самі дані, що й випуск (лише опубліковані заходи та показники), але не зберігається.
reports-draft-button = Завантажити чернетку у форматі PDF
reports-release = Опублікувати випуск
reports-release-text = Під час публікації звіт зберігається разом із даними, на основі яких його створено, і публічно показується тут. Випуск більше ніколи не змінюється.
reports-release-button = Опублікувати випуск
reports-error-year = Будь ласка, виберіть звітний рік, за який є показники.
reports-error-language = Будь ласка, виберіть одну з мов сайту.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Пошук
site-search-intro = Усі сторінки цього порталу ({ $count }), упорядковані за початковою літерою та за напрямами діяльності.
site-search-label = Пошук по сторінках
site-search-none = Сторінок не знайдено.
site-search-some = Знайдено сторінок: %n
site-search-letters = Сторінки від A до Z
site-search-fields = Сторінки за напрямами діяльності
site-search-letter-title = Сторінки в розділі «{ $letter }»
site-search-field-title = Сторінки напряму діяльності «{ $field }»
site-search-count = { $count ->
    [one] { $count } сторінка.
    [few] { $count } сторінки.
    [many] { $count } сторінок.
   *[other] { $count } сторінки.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
# (H3 texts: machine-assisted translation, not yet reviewed by a person.)
easy-read-marker = Leichte Sprache (спрощена німецька)
easy-read-not-available = Ця сторінка недоступна мовою Leichte Sprache (спрощеною німецькою). Її показано звичайною німецькою мовою.
content-outdated-label = Німецький оригінал, змінений після цього перекладу:
measures-col-title = Назва
nav-translations = Переклади
translations-title = Переклади
translations-intro = Тексти концепції, показників і заходів мовами, якими Ви перекладаєте. Джерелом завжди є німецька. Коли німецький текст змінюється, його переклад вважається застарілим, доки хтось його не оновить; до того часу сторінки показують обидва тексти.
translations-filter-label = Вибрати тексти
translations-language = Мова
translations-selection = Вибірка
translations-selection-open = Відкриті (відсутні або застарілі)
translations-selection-missing = Відсутні
translations-selection-outdated = Застарілі
translations-selection-all = Усі тексти
translations-kind = Вид
translations-kind-all = Усі види
translations-kind-concept = Концепція
translations-kind-indicator = Показник
translations-kind-measure = Захід
translations-summary = Без перекладу: { $missing }, застарілі: { $outdated }.
translations-texts-heading = Тексти
translations-none = У цій вибірці немає текстів.
translations-state-current = актуальний
translations-state-outdated = застарілий
translations-state-missing = відсутній
translations-saved = Збережено.
translations-german-now = Німецька (поточна)
translations-german-then = Німецька (версія, з якої перекладали)
translations-translation-then = Попередній переклад
translations-about = { $origin }, { $date }
translations-origin-human = перекладено людиною
translations-origin-machine-assisted = машинний переклад, не перевірено
translations-origin-imported = імпортовано
translations-edit-new = Перекласти
translations-edit-change = Редагувати переклад
translations-edit-title = Перекласти текст
translations-text-label = Переклад ({ $language })
translations-error-empty = Будь ласка, введіть переклад.
translations-error-too-long = Переклад задовгий (не більше 20 000 знаків).
translations-save = Зберегти
translations-back = Назад до списку
translations-xliff-heading = XLIFF для бюро перекладів
translations-xliff-intro = Завантажте тексти як файл XLIFF 2.0, передайте їх на переклад у програмі для перекладачів і завантажте файл назад. Файл із помилками відхиляється повністю; повідомлення називає рядок і елемент.
translations-download-open = Завантажити відкриті тексти (XLIFF)
translations-download-missing = Завантажити відсутні тексти (XLIFF)
translations-download-outdated = Завантажити застарілі тексти (XLIFF)
translations-download-all = Завантажити всі тексти (XLIFF)
translations-upload-heading = Вивантажити перекладений файл
translations-upload-file = Файл XLIFF
translations-upload-hint = Файл XLIFF 2.0 з srcLang="de"; цільову мову зазначено у файлі.
translations-upload-submit = Вивантажити й зберегти
admin-translates = Перекладає (перекладачка або перекладач для цих мов)
translations-upload-result = Результат вивантаження
translations-upload-failed = Вивантаження неможливе
translations-upload-not-a-form = Запит не був формою з файлом. Будь ласка, вивантажте файл через форму на сторінці «Переклади».
translations-upload-no-file = Будь ласка, виберіть файл XLIFF.
translations-imported = Збережено:
translations-import-refused = Файл не прийнято; нічого не збережено. Будь ласка, виправте ці помилки:
translations-imported-units = Перекладів у файлі: { $count }
translations-imported-added = нових: { $count }
translations-imported-changed = змінених: { $count }
translations-imported-unchanged = без змін: { $count }
translations-imported-outdated = зі старішої німецької версії (збережено як застарілі): { $count }
translations-imported-skipped = без перекладу, пропущено: { $count }

## mediation
mediation-nav = Мовне посередництво
mediation-nav-requests = Запити на мовне посередництво
mediation-demand-title = Мовне посередництво: потреба
mediation-demand-intro = Запити установ до пулу мовних посередників та їхній результат – виконано, не виконано, відхилено, переспрямовано або скасовано. Невиконані запити показують незадоволену потребу.
mediation-requests-total = Усього запитів
mediation-lead-days = Строк подання в днях (медіана)
mediation-no-requests = Запитів ще немає.
mediation-total = усього
mediation-missing-languages = Мови без посередників у пулі
mediation-missing-none = Для кожної запитаної мови в пулі є посередники.
mediation-withheld-note = Крапка (.) позначає число, яке не публікується для захисту окремих осіб: менше 3 запитів або його можна обчислити з підсумків.
mediation-by-language = За мовами
mediation-by-month = За місяцями
mediation-by-sector = За сферами установ
mediation-by-district = За районами міста
mediation-language = Мова
mediation-month = Місяць
mediation-sector = Сфера
mediation-district = Район
mediation-by-field = За напрямами діяльності
mediation-field = Напрям діяльності
mediation-by-funding = За джерелами фінансування
mediation-funding = Джерело фінансування
mediation-costs-heading = Години та винагороди за джерелами фінансування
mediation-costs-served = Виконані виїзди
mediation-costs-hours = Години
mediation-costs-km = Кілометри
mediation-costs-allowance = Винагорода в євро
mediation-costs-note = Години та суми виконаних виїздів; вони не публікуються там, де кількість виїздів приховано для захисту окремих осіб.
mediation-exports-heading = Розрахунок і річний звіт
mediation-exports-accounting = Розрахунок за місяць: години, кілометри та винагороди для кожного мовного посередника
mediation-exports-month = Місяць
mediation-exports-month-hint = Рік і місяць, наприклад 2026-03
mediation-exports-month-error = Вкажіть місяць у вигляді року й місяця, наприклад 2026-03.
mediation-exports-report = Річний звіт для організації, що фінансує пул: запити, результати, години та витрати за мовами й джерелами фінансування
mediation-exports-year = Рік
mediation-exports-year-error = Вкажіть рік, наприклад 2026.
mediation-exports-csv = Завантажити у форматі CSV
mediation-exports-xlsx = Завантажити у форматі XLSX
mediation-outcome-served = виконано
mediation-outcome-unserved = не виконано
mediation-outcome-refused = відхилено
mediation-outcome-referred = переспрямовано
mediation-outcome-cancelled = скасовано
mediation-outcome-pending = відкрито
mediation-sector-day-care = Дитячий садок
mediation-sector-school = Школа
mediation-sector-authority = Відомство
mediation-sector-clinic = Охорона здоров’я
mediation-sector-counselling = Консультування
mediation-sector-care-service = Амбулаторний догляд
mediation-sector-care-home = Будинок догляду
mediation-sector-youth-club = Робота з молоддю
mediation-sector-adult-education = Освіта дорослих
mediation-sector-association = Об’єднання
mediation-sector-carrier = Організація-засновник
mediation-sector-other = Інше
mediation-requests-title = Запити вашої установи
mediation-requests-intro = Запити вашої установи до пулу мовних посередників та їхній стан. Час місцевий (Європа/Берлін).
mediation-request-number = №
mediation-appointment = Зустріч
mediation-setting = Формат
mediation-status = Стан
mediation-urgent = терміново
mediation-setting-in-person = очно
mediation-setting-phone = телефоном
mediation-setting-video = відеозв’язком
mediation-status-open = отримано
mediation-status-accepted = прийнято
mediation-status-offered = запропоновано
mediation-status-assigned = підтверджено
mediation-status-served = виконано
mediation-status-referred = переспрямовано
mediation-status-refused = відхилено
mediation-status-cancelled = скасовано
mediation-status-unserved = не виконано
## offers
offers-nav = Пропозиції
offers-review-nav = Перевірка пропозицій
offers-title = Знайти пропозиції
offers-intro = Курси, консультації, спорт, культура та місця зустрічей у Білефельді. Оберіть, що для вас важливо: фільтри можна поєднувати, а адресою цієї сторінки можна поділитися.
offers-filter-heading = Фільтри
offers-q = Слова для пошуку
offers-category = Вид пропозиції
offers-category-course = Курс
offers-category-counselling = Консультація
offers-category-sport = Спорт
offers-category-culture = Культура
offers-category-youth = Молодь
offers-category-health = Здоров’я
offers-category-language = Мова
offers-category-parents = Батьки
offers-category-work = Робота і професія
offers-cost = Вартість
offers-cost-free = безкоштовно
offers-cost-free-for-refugees = безкоштовно для біженців
offers-cost-reduced = зі знижкою
offers-cost-fee = платно
offers-childcare = з доглядом за дітьми
offers-low-threshold = без реєстрації (низький поріг)
offers-gender = Для кого
offers-gender-all = для всіх
offers-gender-girls = для дівчат
offers-gender-women = для жінок
offers-gender-boys = для хлопців
offers-gender-men = для чоловіків
offers-language = Мова пропозиції
offers-district = Район
offers-weekday = День тижня
offers-weekday-mo = понеділок
offers-weekday-tu = вівторок
offers-weekday-we = середа
offers-weekday-th = четвер
offers-weekday-fr = п’ятниця
offers-weekday-sa = субота
offers-weekday-su = неділя
offers-daytime = Час доби
offers-daytime-morning = зранку
offers-daytime-afternoon = вдень
offers-daytime-evening = увечері
offers-accessibility = Доступність
offers-accessibility-step-free = без сходинок
offers-accessibility-hearing-loop = індукційна петля
offers-accessibility-easy-language = проста мова
offers-apply = Показати пропозиції
offers-reset = Скинути фільтри
offers-results = { $count ->
    [one] { $count } відповідна пропозиція
    [few] { $count } відповідні пропозиції
    [many] { $count } відповідних пропозицій
   *[other] { $count } відповідної пропозиції
}
offers-none = Жодна пропозиція не відповідає всім вибраним фільтрам. Приберіть фільтр, щоб побачити більше.
offers-map-title = Відповідні пропозиції за районами
offers-map-desc = Мапа районів Білефельда: що темніший район, то більше там відповідних пропозицій. Числа наведено також у таблиці нижче.
offers-map-legend = Кількість пропозицій
offers-online = онлайн
offers-outreach = виїзна робота
offers-provider = Організатор
offers-where = Місце
offers-features = Особливості
offers-contact = Контакт
offers-register = Зареєструватися
offers-calendar = Додати до календаря (iCalendar)
offers-next-dates = Найближчі дати
offers-calendar-web = Додати найближчу дату до онлайн-календаря
offers-calendar-google = Google Календар
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = Посилання відкриває сторінку сервісу календаря; збереження відбувається лише після підтвердження там. Файл календаря містить усі дати.
offers-problem-title-empty = Вкажіть назву.
offers-problem-title-long = Назва довша за 200 символів.
offers-problem-description-long = Опис довший за 5000 символів.
offers-problem-no-language = Виберіть принаймні одну мову.
offers-problem-unknown-language = «{ $value }» немає у списку мов.
offers-problem-unknown-recommendation = «{ $value }» не є рекомендацією концепції.
offers-problem-unknown-measure = Заходу { $value } не існує.
offers-problem-zero-fee = Плата 0 € означає «безкоштовно».
offers-problem-unknown-district = «{ $value }» не є районом міста.
offers-problem-address-empty = Вкажіть адресу.
offers-problem-coordinates = Координати поза допустимим діапазоном.
offers-problem-outreach-district = Для виїзної роботи вкажіть принаймні один район.
offers-problem-registration-link = Посилання для реєстрації починається з https://.
offers-problem-date-end = Дата { $value }: кінець не пізніше початку.
offers-problem-time-end = Регулярна зустріч: час закінчення не пізніше часу початку.
offers-problem-rule = Правило повторення не читається: { $value }
offers-no-dates = На найближчі тижні дат не вказано.
offers-back = Назад до пошуку
offers-status-draft = Чернетка (не опубліковано)
offers-status-submitted = Очікує перевірки (не опубліковано)
offers-status-returned = Повернуто на доопрацювання (не опубліковано)
offers-status-published = опубліковано
offers-review-title = Перевірка пропозицій
offers-review-intro = Організатори подали ці пропозиції. Опублікуйте пропозицію або поверніть її організатору з приміткою.
offers-review-none = Зараз немає пропозицій, що очікують перевірки.
offers-review-comment = Примітка для організатора
offers-review-publish = Опублікувати
offers-review-return = Повернути на доопрацювання
offers-mine-nav = Мої пропозиції
offers-mine-title = Мої пропозиції
offers-mine-intro = Пропозиції організації { $institution }. Відділ інтеграції перевіряє кожну пропозицію перед публікацією. Підтверджуйте щонайменше раз на шість місяців, що пропозиція актуальна.
offers-mine-list = Ваші пропозиції
offers-mine-empty = Ви ще не створили жодної пропозиції.
offers-mine-stale = не підтверджено пів року
offers-mine-hidden = приховано, доки ви її не підтвердите
offers-mine-submit = Надіслати на перевірку
offers-mine-confirm = Підтвердити актуальність
offers-mine-new = Нова пропозиція
offers-mine-save = Зберегти як чернетку
offers-form-errors = Перевірте, будь ласка, ці дані
offers-form-title = Назва
offers-form-description = Опис
offers-form-fee = Плата в євро (якщо не безкоштовно)
offers-form-address = Адреса
offers-form-first-date = Дата (для щотижневих: перша дата)
offers-form-date-hint = Формат РРРР-ММ-ДД, наприклад 2026-09-01
offers-form-start = Початок (ГГ:ХХ)
offers-form-end = Кінець (ГГ:ХХ)
offers-form-weekly = Щотижня в ці дні (крім свят)

## mediation pages
mediation-nav-queue = Мовне посередництво: координація
mediation-nav-pool = Пул мовних посередників
mediation-nav-assignments = Мої виїзди
mediation-new-request-title = Новий запит
mediation-new-request-intro = Замовте мовного посередника. Не вказуйте імена клієнтів: лише те, що потрібно для зустрічі.
mediation-notice-hint = Запит вважається терміновим, якщо до зустрічі залишилося менше робочих днів, ніж { $days }.
mediation-send-request = Надіслати запит
mediation-choose = Будь ласка, оберіть
mediation-field-language = Мова
mediation-field-dialect = Діалект (необов’язково)
mediation-field-setting = Форма
mediation-field-date = Дата
mediation-field-time = Час
mediation-field-minutes = Тривалість у хвилинах
mediation-field-district = Район
mediation-field-address = Адреса зустрічі
mediation-field-topic = Тема
mediation-field-preferred_gender = Стать
mediation-field-legal_consequences = Розмова має правові наслідки
mediation-field-contact_email = Електронна адреса для підтвердження
mediation-hint-dialect = Наприклад: сирійський, сорані
mediation-hint-date = Формат РРРР-ММ-ДД, наприклад 2026-12-14
mediation-hint-time = Місцевий час, формат ГГ:ХХ, наприклад 09:30
mediation-hint-minutes = Від 15 до 480 хвилин
mediation-hint-address = Адреса вашої установи, ніколи не адреса клієнта. Обов’язкова для очних зустрічей.
mediation-hint-gender = Бажана стать посередника, наприклад у випадках домашнього насильства
mediation-hint-legal = Поліція, суд, встановлення батьківства тощо: такі запити координація передає професійним перекладачам.
mediation-gender-any = без побажань
mediation-gender-female = жіноча
mediation-gender-male = чоловіча
mediation-gender-diverse = інша
mediation-topic-education = Дитячий садок і школа
mediation-topic-health = Здоров’я і догляд
mediation-topic-social = Соціальні виплати і житло
mediation-topic-authority = Установи
mediation-topic-counselling = Консультації
mediation-topic-other = Інше
mediation-error-language = Будь ласка, оберіть мову.
mediation-error-dialect = Будь ласка, перевірте діалект.
mediation-error-setting = Будь ласка, оберіть форму.
mediation-error-date = Будь ласка, вкажіть дату в майбутньому (РРРР-ММ-ДД).
mediation-error-time = Будь ласка, вкажіть час (ГГ:ХХ).
mediation-error-minutes = Будь ласка, вкажіть тривалість від 15 до 480 хвилин.
mediation-error-district = Будь ласка, оберіть район.
mediation-error-address = Будь ласка, вкажіть адресу для очної зустрічі (не більше 300 знаків).
mediation-error-topic = Будь ласка, оберіть тему.
mediation-error-preferred_gender = Будь ласка, оберіть один із варіантів.
mediation-error-legal_consequences = Будь ласка, перевірте цю вказівку.
mediation-error-contact_email = Будь ласка, вкажіть дійсну електронну адресу.
mediation-error-why = Для скасування потрібна причина.
mediation-error-mediator = Ця особа вже зайнята в цей час або не входить до пулу.
mediation-error-reason = Будь ласка, оберіть причину.
mediation-error-offer-closed = Ця пропозиція більше не діє.
mediation-error-report-minutes = Хвилини: вкажіть від 1 до 720.
mediation-error-report-km = Кілометри: вкажіть від 0 до 500.
mediation-error-report-early = Години повідомляються після зустрічі.
mediation-error-login = Облікового запису з роллю посередника під цим іменем немає, або він уже пов’язаний з іншою особою в пулі.
mediation-request-title = Запит № { $id }
mediation-institution = Установа
mediation-yes = так
mediation-no = ні
mediation-refusal-reason = Причина відмови
mediation-refusal-no-mediator-for-language = немає посередника для цієї мови
mediation-refusal-legal-consequences = правові наслідки
mediation-refusal-too-short-notice = надто короткий строк
mediation-refusal-outside-rules = поза правилами пулу
mediation-cancelled-by = Скасовано
mediation-cancelled-institution = установою
mediation-cancelled-coordination = координацією
mediation-decide = Перевірити запит
mediation-accept = Прийняти
mediation-refer = Передати професійним перекладачам
mediation-refuse = Відхилити
mediation-record-unserved = Позначити як необслужений
mediation-suggestions = Пропозиції
mediation-suggestions-intro = Упорядковано за бажаною статтю, рівнем мови, досяжністю району, наявністю часу та справедливим розподілом виїздів. Причини вказано біля кожної особи.
mediation-no-suggestions = Ніхто в пулі не може взяти цей запит.
mediation-rank = Місце
mediation-mediator = Посередник
mediation-reasons = Причини
mediation-action = Дія
mediation-offer = Запропонувати
mediation-excluded = Не підходять ({ $count })
mediation-excluded-inactive = не активний
mediation-excluded-no-language = не володіє мовою
mediation-excluded-setting-not-offered = не пропонує цю форму
mediation-excluded-documents-lapsed = документи недійсні
mediation-excluded-absent = відсутній
mediation-excluded-booked = зайнятий у цей час
mediation-reason-language = Рівень мови: { $level }
mediation-reason-language-tested = Рівень мови: { $level } (перевірено)
mediation-reason-dialect = володіє діалектом
mediation-reason-gender-matches = бажана стать
mediation-reason-gender-differs = стать не збігається з бажаною
mediation-reason-district = може дістатися району
mediation-reason-district-out = не може дістатися району
mediation-reason-remote = телефоном або відео: район не важливий
mediation-reason-available = зазвичай вільний у цей час
mediation-reason-unavailable = зазвичай не вільний у цей час
mediation-reason-load = Годин виїздів за останні чотири тижні: { $hours }
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = рідна мова
mediation-offers-made = Пропозиції та виїзди
mediation-assignment-offered = запропоновано
mediation-assignment-accepted = прийнято
mediation-assignment-declined = відхилено
mediation-assignment-withdrawn = відкликано
mediation-assignment-completed = виконано
mediation-allowance = Компенсація
mediation-cancel = Скасувати запит
mediation-cancel-why = Причина скасування
mediation-back = Назад до огляду
mediation-queue-title = Перевірка і розподіл запитів
mediation-queue-intro = Усі відкриті запити, спершу термінові, потім за датою зустрічі. Час місцевий (Європа/Берлін).
mediation-assignments-title = Мої виїзди
mediation-assignments-intro = Прийміть або відхиліть запропоновані виїзди; після зустрічі повідомте хвилини й кілометри, компенсацію буде розраховано.
mediation-offered = Запропоновано
mediation-accepted = Прийнято
mediation-done = Виконано і закрито
mediation-none = Немає.
mediation-minutes-unit = хв
mediation-answer-accept = Прийняти
mediation-answer-decline = Відхилити
mediation-report = Повідомити про виїзд
mediation-report-minutes = Хвилини
mediation-report-km = Кілометри
mediation-report-send = Повідомити
mediation-pool-title = Пул мовних посередників
mediation-pool-intro = Усі посередники пулу. Виділено документи, строк яких минув або спливає найближчим часом (днів: { $days }).
mediation-languages = Мови
mediation-documents = Документи
mediation-documents-valid = дійсні
mediation-documents-lapsing = спливає
mediation-document-pledge = зобов’язання про нерозголошення
mediation-document-good-conduct = довідка про несудимість
mediation-inactive = не активний
mediation-pool-account = Обліковий запис
mediation-pool-linked = Пов’язано з обліковим записом.
mediation-pool-login = Ім’я користувача
mediation-pool-link = Пов’язати обліковий запис
## collection
collection-nav = Збір даних
collection-nav-completeness = Повнота звітів
collection-list-title = Мої звіти
collection-list-intro = Відкриті звіти для { $institution }: період, термін і стан. Прострочені звіти виділено.
collection-list-empty = Наразі відкритих звітів немає.
collection-data-set = Набір даних
collection-period = Період
collection-period-quarter = { $quarter }-й квартал { $year }
collection-period-month = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
} { $year }
collection-due = Термін
collection-state = Стан
collection-timeliness = Своєчасність
collection-state-draft = чернетка
collection-state-complete = заповнено
collection-state-approved = затверджено
collection-state-returned = повернуто
collection-state-none = ще не розпочато
collection-timeliness-on-time = вчасно
collection-timeliness-late = із запізненням
collection-timeliness-missing = прострочено
collection-timeliness-open = відкрито
collection-institution = Установа
collection-returned-heading = Статистичний відділ повернув звіт
collection-locked = Цей звіт заблоковано: його заповнено або затверджено, або його період закрито для введення.
collection-errors = Будь ласка, перевірте введені дані
collection-rules-heading = Порушені правила перевірки
collection-importance-high = Висока важливість
collection-importance-medium = Середня важливість
collection-importance-low = Низька важливість
collection-rule-sides = ліва частина { $left }, права частина { $right }
collection-scores-heading = Результат самоперевірки
collection-area = Напрям
collection-score = { $percent } %
collection-score-overall = Загалом
collection-comparison-heading = Порівняння з установами того самого виду
collection-comparison-intro = Ваш результат поряд із затвердженими самоперевірками інших установ того самого виду за той самий період. Показуються лише квартилі, ніколи окреме значення, і лише якщо відповіли щонайменше три інші установи.
collection-comparison-own = Ваша установа
collection-comparison-lower = нижній квартиль
collection-comparison-median = медіана
collection-comparison-upper = верхній квартиль
collection-comparison-count = інші установи
collection-comparison-position = положення
collection-position-below = нижче нижнього квартиля
collection-position-middle = між квартилями
collection-position-above = вище верхнього квартиля
collection-comparison-too-few-short = замало для порівняння
collection-comparison-too-few = Якщо затверджені значення мають менше ніж три інші установи того самого виду, порівняння не показується: воно могло б зробити окрему установу впізнаваною.
collection-compulsory = Обов’язково
collection-comment = Коментар
collection-comments = Коментарі до значень
collection-comment-on = Коментар до { $name }
collection-value = Значення
collection-no-answer = немає відповіді
collection-yes = так
collection-no = ні
collection-save = Зберегти чернетку
collection-complete = Позначити як заповнений
collection-problem = Поле
collection-completeness-title = Повнота звітів
collection-choose = Набір даних і період
collection-show = Показати
collection-expected = Очікувані звіти
collection-reporting-rate = Частка поданих звітів
collection-reporting-source = Джерело: збір даних
collection-reporting = Затверджені установи: { $reported } з { $expected } (частка поданих звітів { $rate } %)
collection-reporting-latest = Для кожної установи враховується останній затверджений період року.
collection-timely-rate = Частка своєчасних звітів
collection-completed = Подано
collection-decision = Рішення
collection-approve = Затвердити
collection-return = Повернути
collection-return-reason = Причина повернення установі { $name }
## offers (phase 2)
offers-coverage-nav = Охоплення пропозицій
offers-coverage-title = Охоплення пропозицій за районами
offers-coverage-intro = Оберіть критерії з рекомендацій, наприклад безкоштовно та з доглядом за дітьми. Таблиця рахує публічні пропозиції, що відповідають усім критеріям, за районами та видами; виїзні пропозиції враховуються в кожному районі, куди вони приходять, онлайн-пропозиції — в жодному.
offers-coverage-criteria = Критерії
offers-coverage-base = Базове населення
offers-coverage-base-residents = на 1000 мешканців
offers-coverage-base-migration-history = на 1000 мешканців з міграційною історією
offers-coverage-base-women-migration-history = на 1000 жінок з міграційною історією
offers-coverage-apply = Розрахувати охоплення
offers-coverage-gaps = Прогалини: райони без відповідної пропозиції
offers-coverage-no-gaps = У кожному районі є щонайменше одна відповідна пропозиція.
offers-coverage-map-title = Відповідні пропозиції на 1000 базового населення
offers-coverage-map-desc = Мапа районів Білефельда; що темніший район, то більше відповідних пропозицій на 1000 базового населення. Цифри є й у таблиці.
offers-coverage-table = Пропозиції за районами та видами
offers-coverage-table-caption = Кількість відповідних пропозицій за районами та видами, загалом і на 1000 базового населення
offers-coverage-total = Усього пропозицій
offers-coverage-population-residents = Мешканці
offers-coverage-population-migration-history = Мешканці з міграційною історією
offers-coverage-population-women-migration-history = Жінки з міграційною історією
offers-coverage-rate-residents = Пропозицій на 1000 мешканців
offers-coverage-rate-migration-history = Пропозицій на 1000 мешканців з міграційною історією
offers-coverage-rate-women-migration-history = Пропозицій на 1000 жінок з міграційною історією
offers-mine-edit = Редагувати
offers-edit-title = Редагувати пропозицію: { $title }
offers-edit-intro = Змініть пропозицію та збережіть її. Опубліковану пропозицію відділ інтеграції потім перевіряє знову; доти вона не публічна.
offers-edit-back = Назад до моїх пропозицій
offers-edit-save = Зберегти зміни
offers-edit-conflict = Тим часом пропозицію було змінено. Перезавантажте сторінку й внесіть зміну знову.
offers-form-section-what = Що
offers-form-section-where = Де
offers-form-section-when = Коли
offers-form-section-links = Зв’язок із концепцією інтеграції
offers-form-target-groups = Цільові групи
offers-form-location-kind = Вид місця
offers-form-location-place = у певному місці (адреса)
offers-form-location-outreach = виїзне, у районах
offers-form-location-online = онлайн
offers-form-latitude = Широта (необов’язково)
offers-form-longitude = Довгота (необов’язково)
offers-form-coordinates-hint = У десяткових градусах, наприклад 52,0211 і 8,5325
offers-form-outreach = Райони, куди приходить виїзна пропозиція
offers-form-repeat = Повторення (якщо вибрано дні тижня)
offers-form-repeat-weekly = щотижня
offers-form-repeat-biweekly = раз на два тижні
offers-form-repeat-monthly-1 = щомісяця, у перший із цих днів тижня
offers-form-repeat-monthly-2 = щомісяця, у другий із цих днів тижня
offers-form-repeat-monthly-3 = щомісяця, у третій із цих днів тижня
offers-form-repeat-monthly-4 = щомісяця, у четвертий із цих днів тижня
offers-form-repeat-monthly-last = щомісяця, в останній із цих днів тижня
offers-form-until = Остання дата (необов’язково)
offers-form-except = Скасовані дати (крім свят)
offers-form-except-hint = Одна дата в рядку, наприклад 2026-10-27
offers-form-more-dates = Інші окремі дати
offers-form-more-dates-hint = Одна дата в рядку: дата, початок і кінець, наприклад 2026-12-12 14:00-17:00
offers-form-days = У ці дні тижня (крім свят)
offers-form-recommendations = Рекомендації концепції, яким служить пропозиція
offers-form-recommendations-hint = Ідентифікатори через кому, наприклад kultur-freizeit-1, sport-1
offers-form-measures = Заходи, до яких належить пропозиція
offers-form-measures-hint = Номери через кому, наприклад 12, 7
offers-coverage-map-legend = Пропозицій на 1000

## Issue 15: the pool form and a mediator's availability
mediation-nav-availability = Моя доступність
mediation-pool-new = Додати особу до пулу
mediation-pool-edit = Редагувати
mediation-pool-availability = Доступність
mediation-record-new-title = Додати особу до пулу мовних посередників
mediation-record-edit-title = Запис пулу: { $name }
mediation-record-intro = Усі відомості про особу в пулі. Порожні рядки не зберігаються; щоб додати ще мови, часові вікна чи відсутності, збережіть запис і відкрийте його знову.
mediation-record-save = Зберегти запис
mediation-record-back = Назад до пулу
mediation-record-name = Ім’я
mediation-record-email = Адреса електронної пошти
mediation-record-gender = Стать
mediation-record-active = Активний у пулі
mediation-record-active-hint = Для завдань пропонуються лише активні особи.
mediation-record-languages = Мови
mediation-record-languages-hint = Для кожної мови: рівень за самооцінкою і, якщо складався мовний тест, підтверджений тестом рівень.
mediation-record-language = Мова { $n }
mediation-record-self-declared = Рівень (самооцінка)
mediation-record-tested = Рівень (за тестом)
mediation-record-untested = тест не складався
mediation-record-settings = Форми посередництва
mediation-record-districts = Досяжні райони міста (для очних зустрічей)
mediation-record-din_topics = Кваліфікація за DIN 19457
mediation-din-role = Роль
mediation-din-impartiality = Неупередженість
mediation-din-confidentiality = Конфіденційність
mediation-din-briefing = Підготовка та обговорення після зустрічі
mediation-record-weekly = Щотижнева доступність
mediation-record-weekly-hint = Часові вікна за місцевим часом, початок і кінець у форматі ГГ:ХХ (наприклад, з 08:30 до 12:00).
mediation-record-slot = Часове вікно { $n }
mediation-record-from = з
mediation-record-to = до
mediation-record-absences = Відсутності
mediation-record-absences-hint = Перший і останній день включно. Для одного дня достатньо першої дати.
mediation-record-absence = Відсутність { $n }
mediation-record-absent-from = Перший день
mediation-record-absent-to = Останній день
mediation-record-pledge_until = Зобов’язання про нерозголошення дійсне до
mediation-record-good_conduct_until = Довідка про несудимість дійсна до
mediation-record-rate_per_hour = Компенсація за годину (євро)
mediation-record-rate_per_km = Транспортні витрати за кілометр (євро)
mediation-record-rate-hint = Сума в євро, наприклад 15,00.
mediation-record-error-name = Будь ласка, вкажіть ім’я.
mediation-record-error-email = Будь ласка, вкажіть дійсну адресу електронної пошти.
mediation-record-error-gender = Будь ласка, оберіть стать.
mediation-record-error-languages = Будь ласка, вкажіть щонайменше одну мову, кожну лише один раз і з рівнем за самооцінкою.
mediation-record-error-districts = Будь ласка, обирайте лише райони зі списку.
mediation-record-error-settings = Будь ласка, оберіть щонайменше одну форму.
mediation-record-error-din_topics = Будь ласка, обирайте лише теми зі списку.
mediation-record-error-weekly = Будь ласка, вкажіть для кожного часового вікна день тижня, початок і кінець у форматі ГГ:ХХ, початок раніше за кінець.
mediation-record-error-absences = Будь ласка, вкажіть для кожної відсутності дійсні дати (РРРР-ММ-ДД), останній день не раніше за перший.
mediation-record-error-pledge_until = Будь ласка, вкажіть дійсну дату (РРРР-ММ-ДД).
mediation-record-error-good_conduct_until = Будь ласка, вкажіть дійсну дату (РРРР-ММ-ДД).
mediation-record-error-rate_per_hour = Будь ласка, вкажіть невід’ємну суму в євро (наприклад, 15,00).
mediation-record-error-rate_per_km = Будь ласка, вкажіть невід’ємну суму в євро (наприклад, 0,30).
mediation-availability-title = Доступність: { $name }
mediation-availability-intro = Коли ви зазвичай можете брати завдання і коли вас немає. Координація пропонує вас передусім на зустрічі в ці часові вікна і ніколи — у дні вашої відсутності.
mediation-availability-save = Зберегти доступність

## Issue 17: reports of discrimination
discrimination-nav-report = Повідомити про дискримінацію
discrimination-nav-counselling = Антидискримінаційне консультування
discrimination-report-title = Повідомити про дискримінацію
discrimination-report-intro = Ви зазнали дискримінації в нашому місті або стали її свідком? Тут Ви можете повідомити про це — без облікового запису та без зазначення імені. Служба антидискримінаційного консультування враховує кожне повідомлення, щоб було видно, де відбувається дискримінація.
discrimination-report-privacy = Будь ласка, не зазначайте жодних імен та адрес. Адреси електронної пошти та номери телефонів у тексті видаляються перед збереженням. Контактні дані зберігаються, лише якщо Ви бажаєте отримати консультацію, — у зашифрованому вигляді, і видаляються, щойно консультування завершується.
discrimination-report-offline = Для цієї форми потрібен сервер міста. З цієї збереженої версії порталу її не можна надіслати.
discrimination-report-send = Надіслати повідомлення
discrimination-report-link = Повідомити про дискримінацію
discrimination-statistics-link = Статистика задокументованих випадків
discrimination-choose = Будь ласка, оберіть
discrimination-not-stated = не вказано
discrimination-not-recorded = не зафіксовано
discrimination-field-area = Сфера життя
discrimination-hint-area = Де це сталося?
discrimination-field-district = Район міста
discrimination-hint-district = Необов’язково. Будь ласка, не вказуйте адресу.
discrimination-field-month = Місяць
discrimination-hint-month = Коли це сталося? Місяць і рік, наприклад 2026-11.
discrimination-field-grounds = Ознаки дискримінації
discrimination-field-racism = Якщо дискримінація расистська: яка форма расизму? (необов’язково)
discrimination-field-what = Що сталося?
discrimination-hint-what = Коротко опишіть, що сталося. Не більше 5000 символів.
discrimination-field-counselling = Я бажаю отримати консультацію
discrimination-hint-counselling = Тоді служба антидискримінаційного консультування зв’яжеться з Вами.
discrimination-field-contact = Як з Вами зв’язатися?
discrimination-hint-contact = Лише якщо Ви бажаєте отримати консультацію: адреса електронної пошти, номер телефону або консультаційний центр, через який ми можемо з Вами зв’язатися.
discrimination-honeypot = Будь ласка, залиште це поле порожнім
discrimination-error-area = Будь ласка, оберіть сферу життя.
discrimination-error-district = Будь ласка, оберіть район міста зі списку або «не вказано».
discrimination-error-month = Будь ласка, вкажіть місяць (РРРР-ММ) — не в майбутньому і не раніше 2000 року.
discrimination-error-grounds = Будь ласка, оберіть щонайменше одну ознаку.
discrimination-error-what_happened = Будь ласка, коротко опишіть, що сталося (не більше 5000 символів).
discrimination-error-wants_counselling = Будь ласка, перевірте цю відповідь.
discrimination-error-contact = Будь ласка, вкажіть, як з Вами зв’язатися (не більше 300 символів).
discrimination-error-no-key = Зараз контактні дані неможливо надійно зберегти. Надішліть повідомлення без запиту на консультацію або зверніться безпосередньо до служби антидискримінаційного консультування.
discrimination-limit-title = Забагато повідомлень
discrimination-limit-text = За останню годину з Вашої мережі вже надійшло кілька повідомлень. Будь ласка, спробуйте ще раз через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
discrimination-receipt-title = Дякуємо за Ваше повідомлення
discrimination-receipt-code = Ваше повідомлення надійшло. Ваш код:
discrimination-receipt-keep = Запишіть цей код. Якщо Ви звернетеся до служби антидискримінаційного консультування, за ним там зможуть знайти Ваше повідомлення. Обліковий запис Вам не потрібен.
discrimination-receipt-counselling = Служба антидискримінаційного консультування зв’яжеться з Вами у вказаний Вами спосіб.
discrimination-receipt-counted = Ваше повідомлення враховується без Вашого імені й допомагає показати, де відбувається дискримінація.
discrimination-statistics-title = Задокументовані випадки дискримінації за { $year } рік
discrimination-caveat = Цифри показують, скільки випадків було заявлено й задокументовано, — а не те, як часто відбувається дискримінація. Багато постраждалих ні про що не повідомляють.
discrimination-years = Роки
discrimination-no-cases = За цей рік задокументованих випадків немає.
discrimination-cases-heading = Нові випадки
discrimination-figure = Показник
discrimination-quarter = { $quarter }-й квартал
discrimination-new-cases = Нові випадки
discrimination-racist-share = Частка расистської дискримінації
discrimination-total = Усього
discrimination-mentions = Можливо кілька відповідей: один випадок може враховуватися кілька разів.
discrimination-one-per-case = Одна відповідь на випадок; не для кожного випадку вона є.
discrimination-withheld = Крапка (.) позначає значення, яке не оприлюднюється задля захисту постраждалих: числа, менші за { $min }, і значення, з яких їх можна було б обчислити.
discrimination-dimension-area = Сфери життя
discrimination-dimension-ground = Ознаки
discrimination-dimension-form = Форми
discrimination-dimension-level = Рівні
discrimination-dimension-intervention = Вжиті заходи
discrimination-dimension-outcome = Результати
discrimination-inbox-title = Антидискримінаційне консультування
discrimination-inbox-intro = Повідомлення та випадки. Цю сторінку бачать лише консультанти; кожен перегляд записується в журнал.
discrimination-case-new = Створити випадок без повідомлення
discrimination-held-heading = Затримані повідомлення
discrimination-held-intro = Ці повідомлення виглядали як надіслані автоматично. Перевірте їх: схваліть або видаліть як спам.
discrimination-held-note = Це повідомлення затримала перевірка на спам.
discrimination-waiting-heading = Повідомлення без випадку
discrimination-waiting-none = Немає повідомлень, що очікують.
discrimination-cases-list-heading = Поточні випадки та випадки, закриті за останні 90 днів
discrimination-cases-all-heading = Усі випадки
discrimination-cases-all-link = Показати всі випадки
discrimination-cases-recent-link = Показати лише поточні та нещодавно закриті випадки
discrimination-cases-none = Випадків поки немає.
discrimination-col-report = Повідомлення
discrimination-col-code = Код
discrimination-col-received = Надійшло
discrimination-col-counselling = Потрібна консультація
discrimination-col-case = Випадок
discrimination-yes = так
discrimination-no = ні
discrimination-report-page-title = Повідомлення { $id }
discrimination-release = Схвалити
discrimination-delete-spam = Видалити як спам
discrimination-to-case = До випадку
discrimination-case-open-for = Створити випадок
discrimination-show-contact = Показати контакт
discrimination-no-contact = Контактні дані не збережено (або видалено під час закриття випадку).
discrimination-back = Назад до огляду
discrimination-case-new-title = Новий випадок
discrimination-case-title = Випадок { $id }
discrimination-case-intro = Документування за мінімальним стандартом: сфери життя, ознаки, форми, вжиті заходи та результат. Нотатки необов’язкові й ніколи не експортуються, а адреси електронної пошти та номери телефонів видаляються під час збереження.
discrimination-case-areas = Сфери життя
discrimination-case-grounds = Ознаки
discrimination-case-forms = Форми
discrimination-case-interventions = Вжиті заходи
discrimination-case-level = Рівень
discrimination-case-agg = Чи підпадає випадок під дію AGG (Загального закону про рівне ставлення)?
discrimination-agg-unclear = неясно
discrimination-agg-yes = так
discrimination-agg-no = ні
discrimination-case-outcome = Результат
discrimination-case-outcome-hint = Для закритого випадку потрібен результат, відмінний від «Триває».
discrimination-case-opened = Дата початку
discrimination-case-closed = Дата закриття
discrimination-case-closed-hint = Залиште порожнім, поки випадок триває. Під час закриття контактні дані видаляються; сам випадок — після спливу строку зберігання.
discrimination-case-open = триває
discrimination-case-notes = Нотатки
discrimination-case-notes-hint = Необов’язково, не більше 5000 символів. Без імен.
discrimination-case-save = Зберегти випадок
discrimination-case-conflict = Тим часом змінено
discrimination-case-error-areas = Будь ласка, оберіть щонайменше одну сферу життя.
discrimination-case-error-grounds = Будь ласка, оберіть щонайменше одну ознаку.
discrimination-case-error-forms = Будь ласка, перевірте форми.
discrimination-case-error-interventions = Будь ласка, перевірте вжиті заходи.
discrimination-case-error-level = Будь ласка, оберіть рівень зі списку.
discrimination-case-error-agg = AGG застосовується, лише якщо і сфера життя, і ознака підпадають під його дію.
discrimination-case-error-outcome = Для закритого випадку потрібен результат, відмінний від «Триває».
discrimination-case-error-opened = Будь ласка, вкажіть дату не в майбутньому.
discrimination-case-error-closed = Дата закриття не може бути ранішою за дату початку або в майбутньому.
discrimination-case-error-notes = Не більше 5000 символів.
discrimination-case-error-version = Тим часом хтось уже зберіг цей випадок. Ваші дані наведено нижче; збережіть ще раз, щоб їх застосувати.
