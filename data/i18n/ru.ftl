# Russian (Русский) — machine-assisted translation, not yet reviewed by a person (issue 14).
# Date: 2026-12-02. Source: de.ftl (German is the source; same ids and order). Formal address (Вы).

language-name = Русский
# ltr or rtl
language-direction = ltr

site-name = teilhabe
site-tagline = Концепция интеграции города { $city }
skip-to-content = Перейти к содержанию
nav-main = Главное меню
nav-language = Выбрать язык
nav-breadcrumb = Вы находитесь здесь
nav-home = Главная
nav-fields = Направления деятельности
nav-search = Поиск

search-label = Поиск по концепции интеграции
search-button = Найти
search-title = Поиск
search-hint = Ищите по всем текстам концепции: основные принципы (Leitbild), цели, направления деятельности и рекомендации. Регистр букв и умлауты значения не имеют.
search-results = { $count ->
    [0] По запросу «{ $query }» ничего не найдено.
    [one] { $count } результат по запросу «{ $query }».
    [few] { $count } результата по запросу «{ $query }».
    [many] { $count } результатов по запросу «{ $query }».
   *[other] { $count } результата по запросу «{ $query }».
}
search-kind-section = Раздел
search-kind-statement = Принцип
search-kind-field = Направление деятельности
search-kind-recommendation = Рекомендация
search-kind-area = Область

start-adopted = Принята { $date }
start-fields-intro = Концепция распределяет свои рекомендации по направлениям деятельности (Handlungsfelder); их число: { $count }. У каждой рекомендации (Handlungsempfehlung) есть постоянный идентификатор, на который ссылаются меры и показатели.
start-all-fields = Все направления деятельности
section-adopted = Принято { $date }

fields-title = Направления деятельности
fields-intro = Направлений деятельности: { $count }, рекомендаций в них: { $recommendations }.
field-recommendation-count = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
field-area-count = { $count ->
    [one] { $count } область
    [few] { $count } области
    [many] { $count } областей
   *[other] { $count } области
}
field-recommendations = Рекомендации
field-areas = Области
field-id = Идентификатор
field-tags = Признаки
field-previous = Предыдущее направление
field-next = Следующее направление
field-back = Назад ко всем направлениям деятельности

footer-source = Источник
footer-version = Редакция { $version }, загружена { $date }
footer-software = Работает на teilhabe — свободном программном обеспечении для муниципальной работы по интеграции.
footer-api = Открытый интерфейс (JSON)

not-found-title = Страница не найдена
not-found-text = По этому адресу страницы нет. Возможно, помогут поиск или главная страница.
no-concept-title = Концепция ещё не загружена
no-concept-text = В этой базе данных ещё нет концепции интеграции. Загрузите её командой «teilhabe concept load ФАЙЛ» или запустите «teilhabe serve --demo».
error-title = Произошла ошибка
error-text = Страницу сейчас невозможно показать. Пожалуйста, попробуйте позже.

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-long = { $day } { $month } { $year } г.

# --- measures, working groups, accounts ---

nav-measures = Меры
nav-programmes = Программы
nav-working-groups = Рабочие группы
nav-admin = Администрирование
account-signed-in-as = Вы вошли как: { $name }
account-login = Войти
account-logout = Выйти
account-title = Моя учётная запись
account-password = Изменить пароль
account-current = Текущий пароль
account-new = Новый пароль
account-repeat = Повторите новый пароль
account-change = Изменить пароль
account-error-current = Текущий пароль указан неверно.
account-error-repeat = Два новых пароля не совпадают.
account-sessions = Сеансы
account-sessions-text = Если Вы вошли в систему на чужом или потерянном устройстве: эта кнопка завершает все Ваши сеансы на всех устройствах. Новый пароль делает то же самое.
account-logout-everywhere = Выйти на всех устройствах

demo-badge = Демонстрационные данные
demo-notice = Эта мера — пример (демонстрационные данные) и не описывает реальную меру города.
measure-unpublished = не опубликовано
measure-kicker = Мера
measure-new-title = Новая мера
measure-edit-title = Редактировать меру
measure-delete = Удалить меру
measure-facts = Сведения
measure-history = История изменений
measure-progress = Выполнено { $percent } %

progress-label = Выполнено { $percent } % ({ $weighting })
progress-weighted-budget = взвешено по запланированному бюджету
progress-weighted-equal = все меры учитываются одинаково
progress-no-measures = Пока нет ни одной меры
progress-none-counting = Нет текущих мер
progress-gaps = Рекомендации без мер: { $count } из { $total }

status-idea = идея
status-planned = запланирована
status-running = реализуется
status-completed = завершена
status-permanent = закреплена на постоянной основе
status-stopped = остановлена
status-none = нет
status-count-idea = Идеи: { $count }
status-count-planned = Запланировано: { $count }
status-count-running = Реализуется: { $count }
status-count-completed = Завершено: { $count }
status-count-permanent = Закреплено на постоянной основе: { $count }
status-count-stopped = Остановлено: { $count }

programme-concept = Концепция интеграции
programme-refugee = Программа для беженцев «{ $name }»
programme-both = Концепция интеграции и «{ $name }»
districts-all = по всему городу (все районы)
districts-some = в этих районах:
value-none = –
value-yes = да
value-no = нет

col-id = Номер
col-field = Направление деятельности
col-title_de = Название (на немецком)
col-title_en = Название (на английском)
col-description_de = Описание (на немецком)
col-description_en = Описание (на английском)
col-recommendations = Рекомендации
col-programme = Программа
col-organisation = Ответственная организация
col-contact = Контактное лицо
col-working_group = Рабочая группа
col-status = Статус
col-stop_reason = Причина остановки
col-progress = Выполнение (%)
col-start_date = Начало
col-end_date = Окончание
col-budget_planned = Бюджет запланирован (EUR)
col-budget_spent = Бюджет израсходован (EUR)
col-target_groups = Целевые группы
col-districts = Районы города
col-gender_aspect = Гендерный аспект
col-gender_aspect_note = Как мера учитывает гендер
col-evidence = Подтверждения
col-milestones = Ключевые этапы
col-published = Публикация

hint-id = { "" }
hint-title_de = Обязательное поле. Кратко и понятно.
hint-title_en = Необязательно.
hint-description_de = Что происходит, для кого и с какой целью.
hint-description_en = Необязательно.
hint-recommendations = Хотя бы одна рекомендация, которой служит мера.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Имя и способ связи, например адрес электронной почты.
hint-working_group = { "" }
hint-status = Предлагаются только допустимые следующие шаги.
hint-stop_reason = Только для остановленных мер; для них обязательно.
hint-progress = Целое число от 0 до 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = В евро, например 12 500,00.
hint-budget_spent = В евро, например 8 250,50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Обязательно, если у меры есть гендерный аспект.
hint-evidence = Одно подтверждение на строку: название <https://…>
hint-milestones = Один этап на строку: ГГГГ-ММ-ДД текст
hint-published = { "" }

timeline-created = создано
timeline-changed = изменено
timeline-deleted = удалено

measures-title = Меры
measures-count = { $count ->
    [0] Меры не найдены.
    [one] { $count } мера.
    [few] { $count } меры.
    [many] { $count } мер.
   *[other] { $count } меры.
}
filter-title = Фильтр мер
filter-text = Поисковый запрос
filter-apply = Применить
filter-reset = Сбросить фильтры
filter-any = все

form-errors = Пожалуйста, проверьте эти данные:
form-section-description = Описание
form-section-responsibility = Ответственность
form-section-state = Состояние и бюджет
form-section-evidence = Подтверждения и ключевые этапы
form-gender-aspect = У меры есть гендерный аспект
form-published = Видна всем (в том числе без входа в систему)
form-save = Сохранить
form-cancel = Отмена

conflict-title = Тем временем эту меру изменил кто-то другой.
conflict-text = Ваши данные сохранены в форме ниже. Сравните их с сохранённым состоянием и сохраните ещё раз, чтобы принять Вашу редакцию.
conflict-updated-at = Последнее сохранение: { $date }.
conflict-caption = Отличия от сохранённого состояния (редакция { $version })
conflict-field = Поле
conflict-yours = Ваши данные
conflict-theirs = Сохранено

error-required = Пожалуйста, заполните.
error-unknown-recommendation = «{ $id }» — не рекомендация концепции.
error-retired-recommendation = Рекомендация «{ $id }» отозвана из концепции; её сохраняют только меры, которые уже служили ей.
error-unknown-working-group = «{ $id }» — не направление деятельности концепции.
error-unknown-target-group = «{ $id }» — неизвестная целевая группа.
error-unknown-district = «{ $id }» — не район города.
error-unknown-language = «{ $id }» — не код языка.
error-cell-progress = «{ $value }» — не степень выполнения; ожидается целое число от 0 до 100.
error-cell-date = «{ $value }» — не дата; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.
error-cell-money = «{ $value }» — не сумма; ожидается, например, 12 500,00.
error-cell-evidence = «{ $value }» — не ссылка; ожидается «название <https://…>».
error-cell-milestone = «{ $value }» — не ключевой этап; ожидается «ГГГГ-ММ-ДД текст».
error-end-before-start = Окончание раньше начала.
error-stop-reason = Для остановленной меры нужна причина.
error-gender-note = Опишите одним предложением, как мера учитывает гендер.
error-negative-amount = Суммы не могут быть отрицательными.
error-transition = Мера со статусом «{ $from }» не может получить статус «{ $to }».
error-transition-allowed = Возможно: { $allowed }.

programmes-title = Концепция интеграции и программа для беженцев
programmes-intro = Концепция интеграции требует экономить ресурсы за счёт согласования с работой по приёму и сопровождению беженцев. Здесь меры обеих программ показаны рядом.
programmes-overlaps = { $count ->
    [0] Возможных дублирований нет
    [one] { $count } возможное дублирование
    [few] { $count } возможных дублирования
    [many] { $count } возможных дублирований
   *[other] { $count } возможного дублирования
}
programmes-overlaps-intro = Эти меры служат одной и той же рекомендации, одной и той же целевой группе и одному и тому же району в обеих программах.
programmes-no-overlaps = Ни одна мера одной программы полностью не совпадает с мерой другой.

login-title = Вход
login-intro = Для членов рабочих групп, бюро по интеграции и статистической службы.
login-name = Имя пользователя
login-password = Пароль
login-submit = Войти
login-failed = Неверное имя пользователя или пароль.
login-throttled = Слишком много неудачных попыток. Пожалуйста, подождите { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.

forbidden-title = Нет доступа
forbidden-text = Ваша роль не позволяет пользоваться этой страницей.
csrf-title = Срок действия формы истёк
csrf-text = Пожалуйста, обновите страницу и отправьте форму ещё раз. Это защищает от подложных форм с других сайтов.

role-administrator = Администрирование
role-editor = Рабочая группа (редактирование)
role-statistician = Статистическая служба
role-viewer = Доступ для чтения (внутренний)
role-concept-editor = Редактирование концепции
role-translator = Перевод (только назначенные языки)
role-requester = Учреждение (запрос языкового посредничества)
role-mediator = Языковой посредник
role-mediation-coordinator = Координация языкового посредничества
role-reporter = Отчитывающееся учреждение (данные одного учреждения)
role-provider = Поставщик (предложения одной организации)
role-counsellor = Антидискриминационное консультирование (дела)

admin-users-title = Учётные записи
admin-tokens-title = API-ключи
admin-audit-title = Журнал изменений
admin-users-list = Существующие учётные записи
admin-inactive = заблокирована
admin-display-name = Имя
admin-role = Роль
admin-field = Направление деятельности (рабочая группа)
admin-field-hint = Только для роли «Рабочая группа»: направление деятельности, меры которого редактирует учётная запись.
admin-institution = Учреждение
admin-error-institution = Этого учреждения нет (больше нет) в реестре учреждений.
account-messages = Сообщения по электронной почте
account-email = Адрес электронной почты
account-email-hint = Напоминания и сообщения (например, о формах или предложениях вашего учреждения) приходят на этот адрес. Оставьте поле пустым — писем не будет.
account-email-save = Сохранить адрес
account-email-saved = Адрес электронной почты сохранён.
account-email-removed = Адрес электронной почты удалён; эта учётная запись не получает писем.
admin-email-hint = Необязательно. Без адреса учётная запись не получает писем.
admin-error-email = Введите адрес электронной почты вида name@example.org или оставьте поле пустым.
admin-new-password = Новый пароль (оставьте пустым, чтобы не менять)
admin-active = Учётная запись активна
admin-new-user = Новая учётная запись
admin-create-user = Создать учётную запись
admin-error-role = Пожалуйста, выберите роль.
admin-error-field = Для роли «Рабочая группа» нужно направление деятельности.
admin-error-login = Имя пользователя может содержать только строчные латинские буквы, цифры, точку, знак подчёркивания и дефис.
admin-error-password = Пароль должен содержать не менее { $min } символов.
admin-error-duplicate = Учётная запись «{ $login }» уже существует.
admin-error-self = Собственную учётную запись нельзя заблокировать или понизить в правах.
admin-user-created = Учётная запись «{ $login }» создана.
admin-user-updated = Учётная запись «{ $login }» сохранена.
admin-tokens-intro = API-ключи дают скриптам доступ с определённой ролью. Ключ показывается только один раз, его можно отозвать в любое время.
admin-token-created = Новый ключ — скопируйте его сейчас, больше он показан не будет:
admin-token-name = Название
admin-token-created-at = Создан
admin-token-used = Последнее использование
admin-token-state = Состояние
admin-token-revoked = отозван
admin-token-revoke = Отозвать
admin-new-token = Новый API-ключ
admin-create-token = Создать ключ
admin-error-token-name = Пожалуйста, укажите название.
admin-error-token-institution = Ключ этой роли действует от имени одного учреждения: выберите его из реестра учреждений.
admin-token-institution-hint = Только для ролей «учреждение», «отчитывающаяся организация» и «поставщик»: учреждение, от имени которого действует система с этим ключом, – она видит только его запросы, отчёты и предложения.
admin-error-token-days = Срок действия должен быть от 1 до { $max } дней.
admin-token-expires = Действителен до
admin-token-expires-at = Действителен до { $at } (UTC).
admin-token-days = Срок действия в днях (не более { $max })
admin-token-expired = истёк
admin-tokens-rules = Ключ перестаёт действовать в день окончания срока, а также как только учётная запись, создавшая его, блокируется или меняет роль или направление деятельности. Учётными записями и ключами управляет только вошедший в систему человек — никогда скрипт с ключом.
password-error-long = Пароль может содержать не более { $max } символов.
password-error-common = Этот пароль слишком распространён (он есть в списке частых паролей или совпадает с именем пользователя). Пожалуйста, выберите другой.
admin-audit-type = Тип (например, measure, user, token)
admin-audit-id = Идентификатор
admin-audit-csv = Скачать в формате CSV
admin-audit-at = Время (UTC)
admin-audit-actor = Кто
admin-audit-action = Действие
admin-audit-entity = Объект
admin-audit-field = Поле
admin-audit-change = Изменение

groups-title = Рабочие группы
groups-intro = Для каждого направления деятельности есть рабочая группа. Её члены ведут меры этого направления.
groups-members = { $count ->
    [0] членов пока нет
    [one] { $count } член
    [few] { $count } члена
    [many] { $count } членов
   *[other] { $count } члена
}
groups-chair = Председатель
group-title = Рабочая группа «{ $field }»
group-field-link = К направлению деятельности
group-measures-link = Меры рабочей группы
group-members = Члены
group-no-members = Члены пока не внесены.
group-remove = Удалить
group-person = Человек
group-is-chair = Председательствует
group-name-public = Показывать имя публично (человек дал согласие)
group-name-not-public = Имя не публикуется
group-add-member = Добавить члена
group-meetings = Заседания
group-no-meetings = Заседания пока не внесены.
group-participants = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
group-meeting-date = Дата
group-participants-label = Число участников
group-decisions = Решения
group-add-meeting = Внести заседание
group-error-person = Пожалуйста, укажите имя человека.
group-error-organisation = Пожалуйста, укажите организацию.
group-error-date = Пожалуйста, укажите правильную дату.
group-error-participants = Пожалуйста, укажите целое число, 0 или больше.
group-error-decisions = Пожалуйста, укажите решения.
# --- monitoring ---
nav-monitoring = Мониторинг
number-decimal-mark = ,
monitoring-title = Мониторинг интеграции
monitoring-intro = { $count ->
    [one] { $count } показатель показывает, становится ли участие в жизни общества справедливее — для каждой группы, для женщин и мужчин, в каждом районе города.
   *[other] Показатели (их число: { $count }) показывают, становится ли участие в жизни общества справедливее — для каждой группы, для женщин и мужчин, в каждом районе города. Они отнесены к тем направлениям деятельности, за которыми наблюдают.
}
indicator-kind = Показатель
indicator-unit = Единица
indicator-concept = Понятие населения
indicator-no-data = Для этого показателя ещё не импортировано ни одного значения.
indicator-no-data-short = значений пока нет
demo-title = Демонстрационные данные
demo-text = Эти цифры придуманы для демонстрации и не являются официальной статистикой.
monitoring-demo-badge = Демонстрационные данные
demo-marker = (демонстрационные данные)
breakdown-nav = Разбивка по признаку
breakdown-none = всего
breakdown-origin = происхождение
breakdown-sex = пол
breakdown-age = возрастная группа
breakdown-district = район города
latest-heading = Последние значения
latest-caption = Последние значения в разбивке: { $breakdown }, { $year }
table-status = Статус
table-year = Год
footnote = Примечание
footnotes-heading = Примечания
value-interval = 95-процентный интервал от { $lower } до { $upper }
chart-heading = Временной ряд
chart-title-by = Временной ряд в разбивке: { $breakdown }
chart-caption = Отсутствующие значения (например, скрытые по соображениям конфиденциальности) отмечены пустыми кружками у нижнего края, а не как 0. Цифры приведены в таблице.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] Отсутствующих значений: { $count } (например, скрытых); на графике они не изображены как 0.
   *[other] Отсутствующих значений: { $count } (например, скрытых); на графике они не изображены как 0.
}
chart-desc-table = Все значения приведены в таблице под диаграммой.
series-table-summary = Временной ряд в виде таблицы
series-caption = { $title }: все годы
target-heading = Цель
target-label = Цель на { $year } год: { $value }
target-text = Цель для группы «{ $group }»: { $target }.
target-detail = До сих пор { $actual } в год, нужно { $needed } в год.
target-detail-actual = До сих пор { $actual } в год.
target-rule = «По плану» означает: среднее годовое изменение с первого значения (или с разрыва временного ряда) не меньше годового изменения, которое ещё нужно для достижения цели к целевому году.
verdict-reached = цель достигнута
verdict-on-track = по плану
verdict-off-track = отставание от плана
verdict-missed = цель не достигнута
verdict-not-judgeable = оценить пока нельзя
gap-heading = Разрыв между группами «{ $group }» и «{ $reference }»
gap-desc = Столбцы показывают для каждого года значение группы минус значение группы сравнения; черточки показывают 95-процентный интервал, если он есть. У лет без обоих значений столбца нет.
gap-column = Разрыв
gap-missing = нет данных
gap-table-summary = Разрыв в виде таблицы
gap-unit-percent = процентных пунктов
gap-unit-percentage-points = процентных пунктов
gap-unit-per-thousand = на 1000
gap-unit-per-ten-thousand = на 10 000
gap-unit-count = количество
gap-unit-index = пунктов индекса
gap-unit-square-metres = м²
gap-unit-years = лет
map-heading = Районы города
map-title = { $title }, районы города, { $year }
map-desc = Карта районов города: чем темнее, тем выше значение. Заштрихованные районы скрыты по соображениям конфиденциальности, серые не имеют значения. Значения приведены в таблице под картой.
map-suppressed = скрыто (.)
map-missing = нет значения
map-years = Год карты
map-table-summary = Районы города в виде таблицы
definition-heading = Определение и источник
definition-numerator = Числитель
definition-denominator = Знаменатель
definition-polarity = Направление
definition-source = Источник
definition-rhythm = Периодичность
caveats-heading = Ограничения информативности
informs-heading = Наблюдает за направлениями деятельности и рекомендациями
download-heading = Скачать данные
measures-download = Скачать этот список (в столбцах, которые читает импорт):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Интерфейс (JSON)
unit-percent = проценты
unit-percentage-points = процентные пункты
unit-per-thousand = на 1000
unit-per-ten-thousand = на 10 000
unit-count = количество
unit-index = индекс (0–100)
unit-square-metres = квадратные метры
unit-years = годы
unit-percent-value = { $value } %
unit-percentage-points-value = { $value } п. п.
unit-per-thousand-value = { $value } на 1000
unit-per-ten-thousand-value = { $value } на 10 000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } м²
unit-years-value = { $value } лет
concept-NAT = гражданство (иностранцы и немцы)
concept-MH = миграционное происхождение (Migrationshintergrund)
concept-EG = история иммиграции (Einwanderungsgeschichte)
concept-NONE = без учёта происхождения
polarity-higher-is-better = чем выше, тем лучше
polarity-lower-is-better = чем ниже, тем лучше
polarity-neutral = без оценки
origin-total = всего
origin-MH = с миграционным происхождением
origin-NO_MH = без миграционного происхождения
origin-FOREIGN = иностранцы
origin-DE = немцы
origin-EG = с историей иммиграции
origin-NO_EG = без истории иммиграции
sex-total = всего
sex-F = женщины
sex-M = мужчины
sex-D = divers (другой пол)
sex-X = не указано
age-total = все возрастные группы
age-under = до { $to } { $to ->
    [one] года
   *[other] лет
}
age-from = { $from } { $from ->
    [one] год
    [few] года
    [many] лет
   *[other] года
} и старше
age-exactly = { $from } { $from ->
    [one] год
    [few] года
    [many] лет
   *[other] года
}
age-range = от { $from } до { $to } { $to ->
    [one] года
   *[other] лет
}
district-total = весь город
status-A = обычное
status-B = разрыв временного ряда
status-E = оценка
status-F = прогноз
status-P = предварительное
status-U = ограниченно достоверное
status-Q = скрыто
status-M = не применимо
status-L = пока нет данных
direction-label = Последнее изменение
direction-better = лучше
direction-worse = хуже
direction-up = выросло
direction-down = снизилось
direction-no-clear-change = без явного изменения
direction-not-comparable = несопоставимо (разрыв временного ряда)
direction-unknown = временного ряда пока нет
field-indicators = Показатели этого направления деятельности
start-gaps-heading = Наибольшие разрывы
start-gaps-intro = Где группы в мониторинге интеграции сильнее всего отстают от группы сравнения (последний год; разрыв измеряется относительно значения группы сравнения).
start-gap-text = { $values }; разрыв { $gap }
start-all-indicators = Все показатели
imports-title = Импорт
imports-intro = Каждая поставка данных, импортированная в teilhabe: файл, источник, периоды, кто и когда её импортировал. Повторный импорт периода заменяет его цифры; журнал изменений это фиксирует.
imports-none = Пока ничего не импортировано.
imports-file = Файл
imports-periods = Показатели и годы
imports-when = Импортировано
imports-figures = { $count ->
    [one] { $count } значение
    [few] { $count } значения
    [many] { $count } значений
   *[other] { $count } значения
}
imports-replaced = { $count ->
    [one] заменяет { $count } значение
    [few] заменяет { $count } значения
    [many] заменяет { $count } значений
   *[other] заменяет { $count } значения
}
imports-link = Все импорты и их источники
imports-upload-heading = Импорт данных
imports-upload-intro = Только для статистической службы и администрации. Файл проверяется полностью; если в нём есть ошибка, ничего не сохраняется. Пробный запуск показывает, что изменилось бы, ничего не сохраняя.
imports-upload-table = Таблица (GENESIS-CSV, CSV в длинном формате или XLSX)
imports-upload-table-file = Файл таблицы
imports-upload-table-hint = CSV (UTF-8 или Windows-1252, разделитель определяется автоматически) или XLSX.
imports-upload-mapping = Файл соответствий (TOML, необязательно)
imports-upload-mapping-hint = Необязательно. Указывает, какие столбцы и коды файла означают какой показатель, год и разбивку (см. docs/formats/imports.md). Без него teilhabe предложит соответствие, которое Вы проверите и подтвердите.
imports-upload-cubes = Результат статистической службы (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = Файл показателей из выходной папки «teilhabe compute».
imports-upload-metadata = metadata.json (необязательно)
imports-upload-metadata-hint = Источник и отчётная дата; без этого файла источником указывается «teilhabe compute».
imports-upload-dry-run = Пробный запуск: только проверить, ничего не сохранять
imports-upload-submit = Проверить и импортировать
import-result-title = Результат импорта
import-result-stored = { $count ->
    [one] { $count } значение сохранено как импорт № { $id }
    [few] { $count } значения сохранены как импорт № { $id }
    [many] { $count } значений сохранено как импорт № { $id }
   *[other] { $count } значения сохранено как импорт № { $id }
}
import-result-dry-run = { $count ->
    [one] Пробный запуск: было бы импортировано { $count } значение; ничего не сохранено
    [few] Пробный запуск: было бы импортировано { $count } значения; ничего не сохранено
    [many] Пробный запуск: было бы импортировано { $count } значений; ничего не сохранено
   *[other] Пробный запуск: было бы импортировано { $count } значения; ничего не сохранено
}
import-result-demo = Файл помечен как демонстрационные данные.
import-result-refused = { $count ->
    [one] Импорт отклонён; ничего не сохранено. Проблем: { $count }:
   *[other] Импорт отклонён; ничего не сохранено. Проблем: { $count }:
}
import-result-incomplete = Не хватает файла; ничего не сохранено.
import-result-problems-note = В сообщениях указаны файл, строка и столбец.
import-result-indicator = Показатель
import-result-year = Год
import-result-old = Было сохранено
import-result-new = Новое
import-result-changed = Из них изменено
import-result-skipped-indicators = Нет в каталоге и поэтому пропущено: { $list }
import-result-skipped-rows = Пропущено строк на уровнях или с разбивками, которые каталог не показывает (кварталы, страны происхождения …): { $count }.
import-result-dropped-keep = Пропущено строк, потому что их кода нет в правиле keep: { $count }. Правило: { $rule }
import-result-dropped-drop = Пропущено строк по правилу drop: { $count }. Правило: { $rule }
import-lacks-file = Файл таблицы не выбран.
import-lacks-mapping = Файл соответствий не выбран.
import-mapping-not-text = Файл соответствий не является текстовым файлом в кодировке UTF-8.
import-lacks-indicators = Файл indicators.csv не выбран.
import-result-format = Формат { $format }, кодировка { $encoding }
import-result-back = Назад к импортам
import-upload-too-large = Файл слишком большой (не более 64 МиБ). Ничего не сохранено.
import-upload-unreadable = Форма пришла не полностью. Пожалуйста, выберите файлы заново и отправьте ещё раз. Ничего не сохранено.

# Cross-field links (issue 10)
field-linked-from = ↑ мера рабочей группы «{ $group }», связанная с рекомендацией этого направления деятельности
field-refuse-link = Отклонить связь
field-error-refuse = Связь нельзя отклонить: тогда у меры не осталось бы ни одной рекомендации.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Прежние импорты
imports-filter-label = Фильтр импортов
imports-filter-indicator = Показатель
imports-filter-source = Источник
imports-found = { $count ->
    [0] Импорты не найдены.
    [one] Найден { $count } импорт.
    [few] Найдено { $count } импорта.
    [many] Найдено { $count } импортов.
   *[other] Найдено { $count } импорта.
}
imports-pages-label = Страницы списка импортов
imports-page-of = Страница { $page } из { $pages }
imports-page-previous = Предыдущая страница
imports-page-next = Следующая страница
imports-audit-link = Изменения импорта { $id } в журнале
admin-audit-import = Импорт (номер)
admin-audit-import-hint = Показывает только записи, сделанные этим импортом.
admin-audit-table = Записи журнала
admin-audit-import-scope = Записи импорта № { $number }.
admin-audit-import-all = Показать все записи
admin-audit-import-error = Ожидается целое число — номер импорта (например, 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Проверить соответствие
draft-check-title = Известная таблица: проверить и импортировать
draft-intro = teilhabe прочитал файл и предлагает, что означают его столбцы и коды. Любой выбор можно изменить; неуверенные предложения отмечены и не выбраны заранее. «Предпросмотр» показывает первые цифры рядом с сохранёнными; «Импортировать» сохраняет всё или ничего и запоминает соответствие на следующий год.
draft-expires = Черновик, действителен до { $when }
draft-what = Источник, показатель и единица
draft-columns = Столбцы и разбивки
draft-source = Источник
draft-source-hint = Издатель и таблица — так, как они указываются при каждой цифре.
draft-indicator = Показатель
draft-indicator-for = Показатель для { $code } ({ $label })
draft-unit = Единица «{ $text }»
draft-unit-none = не указана
draft-leave-out = не импортировать
draft-no-column = такого столбца нет
draft-not-in-file = нет в файле (всего)
draft-skip = пропустить (не брать строки)
draft-please-choose = — пожалуйста, выберите —
draft-empty-cell = (пустая ячейка)
draft-rows = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
draft-confidence-sure = уверенно
draft-confidence-likely = вероятно
draft-confidence-unsure = неуверенно, пожалуйста, проверьте
draft-role-year = Столбец «год»
draft-role-value = Столбец «значение»
draft-role-indicator = Столбец «показатель»
draft-role-unit = Столбец «единица»
draft-role-status = Столбец «статус» (признак качества)
draft-role-lower = Столбец «нижняя граница»
draft-role-upper = Столбец «верхняя граница»
draft-role-base = Столбец «база» (число случаев)
draft-role-footnote = Столбец «примечание»
draft-breakdown-district = Район города
draft-breakdown-sex = Пол
draft-breakdown-origin = Происхождение
draft-breakdown-age = Возраст
draft-codes-of = Коды столбца { $column } ({ $breakdown })
draft-preview = Предпросмотр
draft-import = Импортировать
draft-preview-heading = Предпросмотр
draft-preview-caption = Первые цифры в том виде, в каком они были бы сохранены, рядом с сохранёнными
draft-preview-summary = { $count ->
    [one] Было бы импортировано { $count } значение
    [few] Было бы импортировано { $count } значения
    [many] Было бы импортировано { $count } значений
   *[other] Было бы импортировано { $count } значения
}, из них новых или изменённых: { $changed }.
draft-preview-years = Годы: { $years }.
draft-preview-breakdown = Разбивка
draft-preview-none = —
draft-preview-differs = изменено
draft-problems-note = С этим соответствием файл импортировать нельзя; в сообщениях указаны файл, строка и столбец. Ничего не сохранено.
draft-recognised = Эта таблица известна: { $label }
draft-recognised-text = Сохранённое соответствие читает и этот файл. Проверьте предпросмотр и импортируйте — или измените соответствие.
draft-saved-confirmed = подтверждено: { $who }, { $when }
draft-change-mapping = Изменить соответствие
draft-expired-title = Срок действия черновика истёк
draft-expired-text = Срок действия этого черновика истёк (черновики хранятся 24 часа). Пожалуйста, загрузите файл ещё раз; ничего не сохранено.
draft-source-missing = Пожалуйста, укажите издателя и таблицу.
draft-choose-column = Пожалуйста, выберите столбец файла.
draft-column-taken = Этот столбец уже назначен другой разбивке.
draft-choose-code = Пожалуйста, выберите подходящий код или пропустите строки.
draft-choose-indicator = Пожалуйста, выберите показатель, к которому относятся эти значения.
draft-choose-unit = Пожалуйста, выберите единицу из каталога.
mappings-title = Сохранённые соответствия
mappings-intro = Для каждой таблицы, соответствие которой подтверждено: следующий файл той же таблицы распознаётся и импортируется с этим соответствием. Каждое соответствие можно скачать как файл TOML для «teilhabe import table --mapping».
mappings-none = Соответствия пока не сохранены.
mappings-table = Таблица
mappings-confirmed = Подтверждено
mappings-last-used = Последнее использование
mappings-file = Файл
mappings-download = Скачать TOML
mappings-link = Сохранённые соответствия
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = Редактировать концепцию
retired = отозвано
retired-on = Отозвано { $date }: { $reason }
concept-edit-heading-page = Редактировать концепцию
concept-edit-intro-page = Изменять тексты на каждом языке, добавлять, отзывать или переставлять рекомендации и направления деятельности. Каждое сохранение становится новой версией с причиной и, если есть, решением городского совета.
concept-edit-texts = Тексты
concept-edit-header = Название и заголовки
concept-edit-header-intro = Название, подзаголовок и заголовок над направлениями деятельности на каждом языке концепции. Пустые переводы удаляются; немецкий текст обязателен.
concept-edit-section-intro = Заголовок, введение и положения этого раздела на каждом языке концепции. Пустые переводы удаляются; немецкий текст обязателен.
concept-edit-field-intro = Название, введение и рекомендации этого направления деятельности. Новая рекомендация получает идентификатор автоматически; идентификаторы никогда не меняются. Отозванные рекомендации сохраняются вместе с их мерами.
concept-edit-part-title = Редактирование: { $part }
concept-edit-fields = Направления деятельности
concept-edit-fields-intro = Направление деятельности редактируется по ссылке на его названии. Кнопки меняют порядок или отзывают направление; для этого сначала укажите причину ниже.
concept-edit-title = Название
concept-edit-subtitle = Подзаголовок
concept-edit-results-heading = Заголовок над направлениями деятельности
concept-edit-heading = Заголовок
concept-edit-intro = Введение
concept-edit-statement = Положение { $id }
concept-edit-recommendation = Рекомендация { $id }
concept-edit-new-recommendation = Новая рекомендация (необязательно)
concept-edit-new-field = Новое направление деятельности
concept-edit-new-field-title = Название направления деятельности
concept-edit-new-field-recommendation = Первая рекомендация
concept-edit-add-field = Добавить направление деятельности
concept-edit-up = Выше
concept-edit-down = Ниже
concept-edit-retire = Отозвать
concept-edit-why = Причина изменения
concept-edit-reason = Почему меняется концепция?
concept-edit-reason-hint = Кратко, например «Решение совета о языковом посредничестве». Сохраняется вместе с версией.
concept-edit-decision-date = Дата решения городского совета (необязательно)
concept-edit-decision-date-hint = Формат ГГГГ-ММ-ДД. Также дата отзыва.
concept-edit-decision-reference = Номер документа решения совета (Drucksache, необязательно)
concept-edit-decision-reference-hint = например, Drucksache 1234/2020-2025
concept-edit-save = Сохранить как новую версию
concept-edit-back = К обзору «Редактировать концепцию»
concept-edit-error-reason = Пожалуйста, кратко укажите, почему меняется концепция (не более 500 символов).
concept-edit-error-date = Пожалуйста, укажите дату в формате ГГГГ-ММ-ДД, например 2026-11-26.
concept-edit-error-reference = Номер документа может быть не длиннее 200 символов.
concept-edit-error-empty = Пожалуйста, укажите немецкий текст.
concept-edit-conflict-title = Не сохранено: концепция тем временем изменилась
concept-edit-conflict = Ваше изменение основывалось на версии { $yours }, теперь действует версия { $current }. Форма теперь показывает текущее состояние; пожалуйста, внесите Ваше изменение ещё раз.
concept-edit-conflict-link = Что изменилось?
concept-versions-title = Версии концепции
concept-versions-intro = Каждая версия с временем, автором, причиной и решением совета. Каждую версию можно скачать как файл концепции, который читает «teilhabe concept load».
concept-versions-loaded = загружено из файла концепции
concept-versions-current = текущая
concept-versions-at = Время (UTC)
concept-versions-by = Автор
concept-versions-why = Причина
concept-versions-decision = Решение совета
concept-versions-changes = Изменения в версии { $version }
concept-versions-compare = Сравнить две версии
concept-versions-from = Более старая версия
concept-versions-to = Более новая версия
concept-versions-show = Показать различия
concept-version = Версия { $version }
concept-download-version = Версия { $version } как файл концепции (TOML)
concept-difference-title = Различия между версией { $from } и версией { $to }
concept-difference-none = Эти две версии не различаются.
concept-difference-count = { $count ->
    [one] Изменилась { $count } часть.
    [few] Изменились { $count } части.
    [many] Изменилось { $count } частей.
   *[other] Изменилось { $count } части.
}
concept-part-concept = Концепция
concept-part-tag = Ключевое слово
concept-part-section = Раздел
concept-part-statement = Положение
concept-part-field = Направление деятельности
concept-part-recommendation = Рекомендация
concept-change-added = Добавлено
concept-change-removed = Удалено
concept-change-reinstated = Снова в силе
concept-change-retired = Отозвано { $date }: { $reason }
concept-change-moved = Перемещено с места { $from } на место { $to }
concept-change-reparented = Перемещено из «{ $from }» в «{ $to }»
concept-change-text = { $what } ({ $language }): изменено
concept-change-value = { $what }: изменено
concept-change-old = было
concept-change-new = стало
concept-key-title = Название
concept-key-subtitle = Подзаголовок
concept-key-results_heading = Заголовок над направлениями деятельности
concept-key-heading = Заголовок
concept-key-intro = Введение
concept-key-text = Текст
concept-key-label = Обозначение
concept-key-adopted = Дата принятия
concept-key-source = Источник
concept-key-kind = Вид
concept-key-recommendation_kind = Вид рекомендаций
concept-key-tags = Ключевые слова

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = Содержание
report-title-page-year = Отчёт за { $year } год
report-created = Дата составления
report-data-date = Состояние данных
report-demo-contains = Этот документ содержит демонстрационные данные. Страницы с демонстрационными цифрами отмечены вверху справа.
report-demo-page = Демонстрационные данные – не реальные цифры
report-page = Страница
report-portal = Онлайн
report-summary = Резюме
report-summary-gaps = Наибольшие разрывы и их динамика
report-summary-gaps-none = Ни по одному показателю нет разрыва между группой и группой сравнения.
report-summary-no-measure = Направления деятельности с рекомендациями без мер
report-summary-no-measure-none = У каждой рекомендации есть хотя бы одна текущая или запланированная мера.
report-summary-completed = Меры, завершённые в отчётном году
report-summary-stopped = Меры, остановленные в отчётном году
report-summary-none = нет
report-gap-line = { $values }; разрыв { $gap }
report-trend-narrowed = сократился
report-trend-widened = увеличился
report-trend-unchanged = не изменился
report-trend-not-comparable = несопоставимо (разрыв временного ряда)
report-trend-no-earlier-year = нет более раннего года для сравнения
report-concept = Концепция вкратце
report-fields = Направления деятельности
report-field-progress = Выполнение мер: { $progress } %
report-recommendations = Рекомендации
report-recommendation-measures = { $count ->
    [0] нет мер
    [one] { $count } мера
    [few] { $count } меры
    [many] { $count } мер
   *[other] { $count } меры
}
report-measures = Меры
report-measures-none = По этому направлению деятельности не опубликовано ни одной меры.
report-measure-status = Состояние
report-measure-progress = Выполнение
report-measure-budget = Бюджет
report-measure-organisation = Исполнитель
report-measure-period = Период
report-budget-planned-spent = { $planned } запланировано, { $spent } израсходовано
report-budget-planned = { $planned } запланировано
report-budget-spent = { $spent } израсходовано
report-working-group = Рабочая группа
report-working-group-none = Члены группы не опубликованы.
report-chair = председатель
report-meetings = Заседания в отчётном году: { $count }; последнее заседание: { $last }
report-indicators = Показатели
report-indicators-none = Этому направлению деятельности не присвоен ни один показатель.
report-method = Методика
report-method-intro = Показатели основаны на официальной статистике и выписках из регистров. В этой главе объясняется, как разграничиваются группы населения, как защищаются индивидуальные сведения и откуда берутся цифры.
report-method-concepts = Понятия населения и их ограничения
report-method-concept-NAT = Различает по гражданству. Натурализованные лица считаются немцами, как и дети родителей-иностранцев с немецким гражданством; поэтому группа «иностранцы» охватывает иммигрантов лишь частично.
report-method-concept-MH = У человека есть миграционное происхождение (Migrationshintergrund), если он сам или хотя бы один из его родителей не имеет немецкого гражданства по рождению. Регистры содержат сведения о родителях лишь в ограниченном объёме, поэтому значения частично оценочные.
report-method-concept-EG = У человека есть история иммиграции (Einwanderungsgeschichte), если он сам или оба его родителя иммигрировали после 1950 года (определение Экспертной комиссии по интеграционной способности). Результаты нельзя напрямую сравнивать с более старым понятием миграционного происхождения.
report-method-concept-NONE = Эти показатели не разделяются по происхождению.
report-method-disclosure = Защита конфиденциальности
report-method-disclosure-text = Малые числа случаев могут позволить сделать выводы об отдельных лицах. Такие значения скрываются перед публикацией (первичное засекречивание), как и значения, по которым их можно было бы вычислить обратно (вторичное засекречивание). Скрытые значения никогда не приводятся в этом отчёте числом, только знаком.
report-method-missing = { $count ->
    [0] В этом отчёте нет недостающих значений.
    [one] { $count } значение этого отчёта скрыто, не применимо или ещё не поступило.
    [few] { $count } значения этого отчёта скрыты, не применимы или ещё не поступили.
    [many] { $count } значений этого отчёта скрыты, не применимы или ещё не поступили.
   *[other] { $count } значения этого отчёта скрыты, не применимы или ещё не поступили.
}
report-method-signs = Знаки в таблицах: «.» скрыто · «x» показатель не имеет смысла · «...» данные поступят позже · «–» нет значения. Значения с оговоркой указывают её в скобках, например «(предварительное)»; сноски поясняют особенности.
report-method-sources = Источники и дата данных
report-method-import = { $file }, импортирован { $date }
report-method-glossary = Термины
report-glossary-gap-term = Разрыв
report-glossary-gap = Значение группы минус значение группы сравнения за тот же год, в единицах показателя (для долей — в процентных пунктах).
report-glossary-interval-term = Доверительный интервал
report-glossary-interval = Диапазон, в котором с вероятностью 95 % лежит истинное значение, если цифра основана на выборке.
report-glossary-on-track-term = По плану
report-glossary-on-track = Среднего ежегодного изменения с момента первого значения достаточно, чтобы достичь цели в целевом году.
report-glossary-provisional-term = Предварительное
report-glossary-provisional = Значение, которое ещё может измениться с последующими поставками статистических данных.
report-glossary-suppressed-term = Скрыто
report-glossary-suppressed = Значение, которое не публикуется в целях защиты персональных данных.
report-appendix = Приложение: показатели
report-appendix-intro = Все показатели каталога с их определением и всеми значениями.
report-definition = Определение
report-numerator = Числитель
report-denominator = Знаменатель
report-unit = Единица
report-population-concept = Понятие населения
report-polarity = Направление
report-source = Источник
report-rhythm = Периодичность
report-caveats = Примечания
report-figures = Значения
report-year = Год
report-group = Группа
report-value = Значение
report-district = Район города
report-latest-change = Последнее изменение
report-targets = Цели
report-footnotes = Сноски
report-link-indicator = Показатель на портале
report-sheet-subtitle = Карточка показателей: { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Отчёты
download-pdf = Карточка в PDF
reports-title = Отчёты об интеграции
reports-intro = Отчёт об интеграции подводит итоги отчётного года: наибольшие разрывы между группами, рекомендации без мер, завершённые и прекращённые меры, а также каждое направление деятельности с его мерами и показателями. Опубликованные выпуски остаются доступными без изменений.
reports-editions = Опубликованные выпуски
reports-none = Ещё не опубликовано ни одного выпуска.
reports-year = Отчётный год
reports-year-hint = Показатели до этого года; меры, завершённые или прекращённые в этом году.
reports-language = Язык
reports-released-at = Дата публикации
reports-released-by = Опубликовал(а)
reports-download = Скачать
reports-pdf-link = Отчёт за { $year } год в формате PDF ({ $kb } КБ)
reports-draft = Создать черновик
reports-draft-text = Черновик показывает те же данные, что и выпуск (только опубликованные меры и показатели), но не сохраняется.
reports-draft-button = Скачать черновик в формате PDF
reports-release = Опубликовать выпуск
reports-release-text = При публикации отчёт сохраняется вместе с данными, на основе которых он создан, и публично показывается здесь. Выпуск больше никогда не изменяется.
reports-release-button = Опубликовать выпуск
reports-error-year = Пожалуйста, выберите отчётный год, за который есть показатели.
reports-error-language = Пожалуйста, выберите один из языков сайта.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Поиск
site-search-intro = Все страницы этого портала ({ $count }), упорядоченные по начальной букве и по направлениям деятельности.
site-search-label = Поиск по страницам
site-search-none = Страницы не найдены.
site-search-some = Найдено страниц: %n
site-search-letters = Страницы от A до Z
site-search-fields = Страницы по направлениям деятельности
site-search-letter-title = Страницы в разделе «{ $letter }»
site-search-field-title = Страницы направления деятельности «{ $field }»
site-search-count = { $count ->
    [one] { $count } страница.
    [few] { $count } страницы.
    [many] { $count } страниц.
   *[other] { $count } страницы.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
# (H3 texts: machine-assisted translation, not yet reviewed by a person.)
easy-read-marker = Leichte Sprache (упрощённый немецкий)
easy-read-not-available = Эта страница недоступна на Leichte Sprache (упрощённом немецком). Она показана на обычном немецком языке.
content-outdated-label = Немецкий оригинал, изменённый после этого перевода:
measures-col-title = Название
nav-translations = Переводы
translations-title = Переводы
translations-intro = Тексты концепции, показателей и мер на языках, на которые Вы переводите. Источник всегда немецкий. Если немецкий текст меняется, его перевод считается устаревшим, пока кто-нибудь его не обновит; до тех пор страницы показывают оба текста.
translations-filter-label = Выбрать тексты
translations-language = Язык
translations-selection = Выборка
translations-selection-open = Открытые (отсутствующие или устаревшие)
translations-selection-missing = Отсутствующие
translations-selection-outdated = Устаревшие
translations-selection-all = Все тексты
translations-kind = Вид
translations-kind-all = Все виды
translations-kind-concept = Концепция
translations-kind-indicator = Показатель
translations-kind-measure = Мера
translations-summary = Нет перевода: { $missing }, устарели: { $outdated }.
translations-texts-heading = Тексты
translations-none = В этой выборке нет текстов.
translations-state-current = актуален
translations-state-outdated = устарел
translations-state-missing = отсутствует
translations-saved = Сохранено.
translations-german-now = Немецкий (текущий)
translations-german-then = Немецкий (версия, с которой переводили)
translations-translation-then = Прежний перевод
translations-about = { $origin }, { $date }
translations-origin-human = переведено человеком
translations-origin-machine-assisted = машинный перевод, не проверен
translations-origin-imported = импортировано
translations-edit-new = Перевести
translations-edit-change = Изменить перевод
translations-edit-title = Перевести текст
translations-text-label = Перевод ({ $language })
translations-error-empty = Пожалуйста, введите перевод.
translations-error-too-long = Перевод слишком длинный (не более 20 000 знаков).
translations-save = Сохранить
translations-back = Назад к списку
translations-xliff-heading = XLIFF для бюро переводов
translations-xliff-intro = Скачайте тексты в виде файла XLIFF 2.0, отдайте их на перевод в программе для переводчиков и загрузите файл обратно. Файл с ошибками отклоняется целиком; сообщение называет строку и элемент.
translations-download-open = Скачать открытые тексты (XLIFF)
translations-download-missing = Скачать отсутствующие тексты (XLIFF)
translations-download-outdated = Скачать устаревшие тексты (XLIFF)
translations-download-all = Скачать все тексты (XLIFF)
translations-upload-heading = Загрузить переведённый файл
translations-upload-file = Файл XLIFF
translations-upload-hint = Файл XLIFF 2.0 с srcLang="de"; целевой язык указан в файле.
translations-upload-submit = Загрузить и сохранить
admin-translates = Переводит на (переводчица или переводчик для этих языков)
translations-upload-result = Результат загрузки
translations-upload-failed = Загрузка невозможна
translations-upload-not-a-form = Запрос не был формой с файлом. Пожалуйста, загрузите файл через форму на странице «Переводы».
translations-upload-no-file = Пожалуйста, выберите файл XLIFF.
translations-imported = Сохранено:
translations-import-refused = Файл не принят; ничего не сохранено. Пожалуйста, исправьте эти ошибки:
translations-imported-units = Переводов в файле: { $count }
translations-imported-added = новых: { $count }
translations-imported-changed = изменённых: { $count }
translations-imported-unchanged = без изменений: { $count }
translations-imported-outdated = по более старой немецкой версии (сохранены как устаревшие): { $count }
translations-imported-skipped = без перевода, пропущено: { $count }

## mediation
mediation-nav = Языковое посредничество
mediation-nav-requests = Запросы на языковое посредничество
mediation-demand-title = Языковое посредничество: потребность
mediation-demand-intro = Запросы учреждений в пул языковых посредников и их результат – выполнен, не выполнен, отклонён, перенаправлен или отменён. Невыполненные запросы показывают неудовлетворённую потребность.
mediation-requests-total = Всего запросов
mediation-lead-days = Срок подачи в днях (медиана)
mediation-no-requests = Запросов пока нет.
mediation-total = всего
mediation-missing-languages = Языки без посредников в пуле
mediation-missing-none = Для каждого запрошенного языка в пуле есть посредники.
mediation-withheld-note = Точка (.) обозначает число, не публикуемое для защиты отдельных лиц: менее 3 запросов или его можно вычислить из итогов.
mediation-by-language = По языкам
mediation-by-month = По месяцам
mediation-by-sector = По сферам учреждений
mediation-by-district = По районам города
mediation-language = Язык
mediation-month = Месяц
mediation-sector = Сфера
mediation-district = Район
mediation-by-field = По направлениям деятельности
mediation-field = Направление деятельности
mediation-by-funding = По источникам финансирования
mediation-funding = Источник финансирования
mediation-costs-heading = Часы и вознаграждения по источникам финансирования
mediation-costs-served = Выполненные выезды
mediation-costs-hours = Часы
mediation-costs-km = Километры
mediation-costs-allowance = Вознаграждение в евро
mediation-costs-note = Часы и суммы выполненных выездов; они не публикуются там, где число выездов скрыто для защиты отдельных лиц.
mediation-exports-heading = Расчёт и годовой отчёт
mediation-exports-accounting = Расчёт за месяц: часы, километры и вознаграждения по каждому языковому посреднику
mediation-exports-month = Месяц
mediation-exports-month-hint = Год и месяц, например 2026-03
mediation-exports-month-error = Укажите месяц в виде года и месяца, например 2026-03.
mediation-exports-report = Годовой отчёт для организации, финансирующей пул: запросы, результаты, часы и расходы по языкам и источникам финансирования
mediation-exports-year = Год
mediation-exports-year-error = Укажите год, например 2026.
mediation-exports-csv = Скачать в формате CSV
mediation-exports-xlsx = Скачать в формате XLSX
mediation-outcome-served = выполнен
mediation-outcome-unserved = не выполнен
mediation-outcome-refused = отклонён
mediation-outcome-referred = перенаправлен
mediation-outcome-cancelled = отменён
mediation-outcome-pending = открыт
mediation-sector-day-care = Детский сад
mediation-sector-school = Школа
mediation-sector-authority = Ведомство
mediation-sector-clinic = Здравоохранение
mediation-sector-counselling = Консультирование
mediation-sector-care-service = Амбулаторный уход
mediation-sector-care-home = Дом престарелых
mediation-sector-youth-club = Работа с молодёжью
mediation-sector-adult-education = Образование взрослых
mediation-sector-association = Объединение
mediation-sector-carrier = Организация-учредитель
mediation-sector-other = Прочее
mediation-requests-title = Запросы вашего учреждения
mediation-requests-intro = Запросы вашего учреждения в пул языковых посредников и их состояние. Время местное (Европа/Берлин).
mediation-request-number = №
mediation-appointment = Встреча
mediation-setting = Формат
mediation-status = Состояние
mediation-urgent = срочно
mediation-setting-in-person = очно
mediation-setting-phone = по телефону
mediation-setting-video = по видеосвязи
mediation-status-open = получен
mediation-status-accepted = принят
mediation-status-offered = предложен
mediation-status-assigned = подтверждён
mediation-status-served = выполнен
mediation-status-referred = перенаправлен
mediation-status-refused = отклонён
mediation-status-cancelled = отменён
mediation-status-unserved = не выполнен
## offers
offers-nav = Предложения
offers-review-nav = Проверка предложений
offers-title = Найти предложения
offers-intro = Курсы, консультации, спорт, культура и места встреч в Билефельде. Выберите, что для вас важно: фильтры можно сочетать, а адресом этой страницы можно поделиться.
offers-filter-heading = Фильтры
offers-q = Слова для поиска
offers-category = Вид предложения
offers-category-course = Курс
offers-category-counselling = Консультация
offers-category-sport = Спорт
offers-category-culture = Культура
offers-category-youth = Молодёжь
offers-category-health = Здоровье
offers-category-language = Язык
offers-category-parents = Родители
offers-category-work = Работа и профессия
offers-cost = Стоимость
offers-cost-free = бесплатно
offers-cost-free-for-refugees = бесплатно для беженцев
offers-cost-reduced = со скидкой
offers-cost-fee = платно
offers-childcare = с присмотром за детьми
offers-low-threshold = без записи (низкий порог)
offers-gender = Для кого
offers-gender-all = для всех
offers-gender-girls = для девочек
offers-gender-women = для женщин
offers-gender-boys = для мальчиков
offers-gender-men = для мужчин
offers-language = Язык предложения
offers-district = Район
offers-weekday = День недели
offers-weekday-mo = понедельник
offers-weekday-tu = вторник
offers-weekday-we = среда
offers-weekday-th = четверг
offers-weekday-fr = пятница
offers-weekday-sa = суббота
offers-weekday-su = воскресенье
offers-daytime = Время суток
offers-daytime-morning = утром
offers-daytime-afternoon = днём
offers-daytime-evening = вечером
offers-accessibility = Доступность
offers-accessibility-step-free = без ступенек
offers-accessibility-hearing-loop = индукционная петля
offers-accessibility-easy-language = простой язык
offers-apply = Показать предложения
offers-reset = Сбросить фильтры
offers-results = { $count ->
    [one] { $count } подходящее предложение
    [few] { $count } подходящих предложения
    [many] { $count } подходящих предложений
   *[other] { $count } подходящего предложения
}
offers-none = Ни одно предложение не соответствует всем выбранным фильтрам. Уберите фильтр, чтобы увидеть больше.
offers-map-title = Подходящие предложения по районам
offers-map-desc = Карта районов Билефельда: чем темнее район, тем больше там подходящих предложений. Числа также приведены в таблице ниже.
offers-map-legend = Число предложений
offers-online = онлайн
offers-outreach = выездная работа
offers-provider = Организатор
offers-where = Место
offers-features = Особенности
offers-contact = Контакт
offers-register = Записаться
offers-calendar = Добавить в календарь (iCalendar)
offers-next-dates = Ближайшие даты
offers-calendar-web = Добавить ближайшую дату в онлайн-календарь
offers-calendar-google = Google Календарь
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = Ссылка открывает страницу сервиса календаря; сохранение происходит только после подтверждения там. Файл календаря содержит все даты.
offers-problem-title-empty = Укажите название.
offers-problem-title-long = Название длиннее 200 символов.
offers-problem-description-long = Описание длиннее 5000 символов.
offers-problem-no-language = Выберите хотя бы один язык.
offers-problem-unknown-language = «{ $value }» нет в списке языков.
offers-problem-unknown-recommendation = «{ $value }» не является рекомендацией концепции.
offers-problem-unknown-measure = Мероприятия { $value } не существует.
offers-problem-zero-fee = Плата 0 € означает «бесплатно».
offers-problem-unknown-district = «{ $value }» не является районом города.
offers-problem-address-empty = Укажите адрес.
offers-problem-coordinates = Координаты вне допустимого диапазона.
offers-problem-outreach-district = Для выездной работы укажите хотя бы один район.
offers-problem-registration-link = Ссылка для регистрации начинается с https://.
offers-problem-date-end = Дата { $value }: окончание не позже начала.
offers-problem-time-end = Регулярная встреча: время окончания не позже времени начала.
offers-problem-rule = Правило повторения не читается: { $value }
offers-no-dates = На ближайшие недели даты не указаны.
offers-back = Назад к поиску
offers-status-draft = Черновик (не опубликовано)
offers-status-submitted = Ожидает проверки (не опубликовано)
offers-status-returned = Возвращено на доработку (не опубликовано)
offers-status-published = опубликовано
offers-review-title = Проверка предложений
offers-review-intro = Организаторы подали эти предложения. Опубликуйте предложение или верните его организатору с замечанием.
offers-review-none = Сейчас нет предложений, ожидающих проверки.
offers-review-comment = Замечание для организатора
offers-review-publish = Опубликовать
offers-review-return = Вернуть на доработку
offers-mine-nav = Мои предложения
offers-mine-title = Мои предложения
offers-mine-intro = Предложения организации { $institution }. Отдел интеграции проверяет каждое предложение перед публикацией. Подтверждайте не реже раза в шесть месяцев, что предложение актуально.
offers-mine-list = Ваши предложения
offers-mine-empty = Вы ещё не создали ни одного предложения.
offers-mine-stale = не подтверждено полгода
offers-mine-hidden = скрыто, пока вы его не подтвердите
offers-mine-submit = Отправить на проверку
offers-mine-confirm = Подтвердить актуальность
offers-mine-new = Новое предложение
offers-mine-save = Сохранить как черновик
offers-form-errors = Проверьте, пожалуйста, эти данные
offers-form-title = Название
offers-form-description = Описание
offers-form-fee = Плата в евро (если не бесплатно)
offers-form-address = Адрес
offers-form-first-date = Дата (для еженедельных: первая дата)
offers-form-date-hint = Формат ГГГГ-ММ-ДД, например 2026-09-01
offers-form-start = Начало (ЧЧ:ММ)
offers-form-end = Конец (ЧЧ:ММ)
offers-form-weekly = Еженедельно в эти дни (кроме праздников)

## mediation pages
mediation-nav-queue = Языковое посредничество: координация
mediation-nav-pool = Пул языковых посредников
mediation-nav-assignments = Мои выезды
mediation-new-request-title = Новый запрос
mediation-new-request-intro = Запросите языкового посредника. Не указывайте имена клиентов: только то, что нужно для встречи.
mediation-notice-hint = Запрос считается срочным, если до встречи осталось меньше рабочих дней, чем { $days }.
mediation-send-request = Отправить запрос
mediation-choose = Пожалуйста, выберите
mediation-field-language = Язык
mediation-field-dialect = Диалект (необязательно)
mediation-field-setting = Форма
mediation-field-date = Дата
mediation-field-time = Время
mediation-field-minutes = Продолжительность в минутах
mediation-field-district = Район
mediation-field-address = Адрес встречи
mediation-field-topic = Тема
mediation-field-preferred_gender = Пол
mediation-field-legal_consequences = Разговор имеет правовые последствия
mediation-field-contact_email = Адрес электронной почты для подтверждения
mediation-hint-dialect = Например: сирийский, сорани
mediation-hint-date = Формат ГГГГ-ММ-ДД, например 2026-12-14
mediation-hint-time = Местное время, формат ЧЧ:ММ, например 09:30
mediation-hint-minutes = От 15 до 480 минут
mediation-hint-address = Адрес вашего учреждения, никогда не адрес клиента. Обязателен для очных встреч.
mediation-hint-gender = Желаемый пол посредника, например в случаях домашнего насилия
mediation-hint-legal = Полиция, суд, установление отцовства и т. п.: такие запросы координация передаёт профессиональным переводчикам.
mediation-gender-any = без предпочтений
mediation-gender-female = женский
mediation-gender-male = мужской
mediation-gender-diverse = другой
mediation-topic-education = Детский сад и школа
mediation-topic-health = Здоровье и уход
mediation-topic-social = Социальные пособия и жильё
mediation-topic-authority = Ведомства
mediation-topic-counselling = Консультации
mediation-topic-other = Другое
mediation-error-language = Пожалуйста, выберите язык.
mediation-error-dialect = Пожалуйста, проверьте диалект.
mediation-error-setting = Пожалуйста, выберите форму.
mediation-error-date = Пожалуйста, укажите дату в будущем (ГГГГ-ММ-ДД).
mediation-error-time = Пожалуйста, укажите время (ЧЧ:ММ).
mediation-error-minutes = Пожалуйста, укажите продолжительность от 15 до 480 минут.
mediation-error-district = Пожалуйста, выберите район.
mediation-error-address = Пожалуйста, укажите адрес для очной встречи (не более 300 знаков).
mediation-error-topic = Пожалуйста, выберите тему.
mediation-error-preferred_gender = Пожалуйста, выберите один из вариантов.
mediation-error-legal_consequences = Пожалуйста, проверьте это указание.
mediation-error-contact_email = Пожалуйста, укажите действительный адрес электронной почты.
mediation-error-why = Для отмены нужна причина.
mediation-error-mediator = Этот человек уже занят в это время или не состоит в пуле.
mediation-error-reason = Пожалуйста, выберите причину.
mediation-error-offer-closed = Это предложение больше не действует.
mediation-error-report-minutes = Минуты: укажите от 1 до 720.
mediation-error-report-km = Километры: укажите от 0 до 500.
mediation-error-report-early = Часы сообщаются после встречи.
mediation-error-login = Учётной записи с ролью посредника под этим именем нет, или она уже связана с другим человеком в пуле.
mediation-request-title = Запрос № { $id }
mediation-institution = Учреждение
mediation-yes = да
mediation-no = нет
mediation-refusal-reason = Причина отказа
mediation-refusal-no-mediator-for-language = нет посредника для этого языка
mediation-refusal-legal-consequences = правовые последствия
mediation-refusal-too-short-notice = слишком короткий срок
mediation-refusal-outside-rules = вне правил пула
mediation-cancelled-by = Отменено
mediation-cancelled-institution = учреждением
mediation-cancelled-coordination = координацией
mediation-decide = Проверить запрос
mediation-accept = Принять
mediation-refer = Передать профессиональным переводчикам
mediation-refuse = Отклонить
mediation-record-unserved = Отметить как необслуженный
mediation-suggestions = Предложения
mediation-suggestions-intro = Упорядочено по желаемому полу, уровню языка, доступности района, наличию времени и справедливому распределению выездов. Причины указаны у каждого человека.
mediation-no-suggestions = Никто в пуле не может взять этот запрос.
mediation-rank = Место
mediation-mediator = Посредник
mediation-reasons = Причины
mediation-action = Действие
mediation-offer = Предложить
mediation-excluded = Не подходят ({ $count })
mediation-excluded-inactive = не активен
mediation-excluded-no-language = не владеет языком
mediation-excluded-setting-not-offered = не предлагает эту форму
mediation-excluded-documents-lapsed = документы недействительны
mediation-excluded-absent = отсутствует
mediation-excluded-booked = занят в это время
mediation-reason-language = Уровень языка: { $level }
mediation-reason-language-tested = Уровень языка: { $level } (проверен)
mediation-reason-dialect = владеет диалектом
mediation-reason-gender-matches = желаемый пол
mediation-reason-gender-differs = пол не совпадает с желаемым
mediation-reason-district = может добраться до района
mediation-reason-district-out = не может добраться до района
mediation-reason-remote = по телефону или видео: район не важен
mediation-reason-available = обычно свободен в это время
mediation-reason-unavailable = обычно не свободен в это время
mediation-reason-load = Часов выездов за последние четыре недели: { $hours }
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = родной язык
mediation-offers-made = Предложения и выезды
mediation-assignment-offered = предложено
mediation-assignment-accepted = принято
mediation-assignment-declined = отклонено
mediation-assignment-withdrawn = отозвано
mediation-assignment-completed = выполнено
mediation-allowance = Компенсация
mediation-cancel = Отменить запрос
mediation-cancel-why = Причина отмены
mediation-back = Назад к обзору
mediation-queue-title = Проверка и распределение запросов
mediation-queue-intro = Все открытые запросы, сначала срочные, затем по дате встречи. Время местное (Европа/Берлин).
mediation-assignments-title = Мои выезды
mediation-assignments-intro = Примите или отклоните предложенные выезды; после встречи сообщите минуты и километры, компенсация будет рассчитана.
mediation-offered = Предложено
mediation-accepted = Принято
mediation-done = Выполнено и закрыто
mediation-none = Нет.
mediation-minutes-unit = мин.
mediation-answer-accept = Принять
mediation-answer-decline = Отклонить
mediation-report = Сообщить о выезде
mediation-report-minutes = Минуты
mediation-report-km = Километры
mediation-report-send = Сообщить
mediation-pool-title = Пул языковых посредников
mediation-pool-intro = Все посредники пула. Выделены документы, срок которых истёк или истекает в ближайшее время (дней: { $days }).
mediation-languages = Языки
mediation-documents = Документы
mediation-documents-valid = действительны
mediation-documents-lapsing = истекает
mediation-document-pledge = обязательство о неразглашении
mediation-document-good-conduct = справка о несудимости
mediation-inactive = не активен
mediation-pool-account = Учётная запись
mediation-pool-linked = Связан с учётной записью.
mediation-pool-login = Имя пользователя
mediation-pool-link = Связать учётную запись
## collection
collection-nav = Сбор данных
collection-nav-completeness = Полнота отчётов
collection-list-title = Мои отчёты
collection-list-intro = Открытые отчёты для { $institution }: период, срок и статус. Просроченные отчёты выделены.
collection-list-empty = Сейчас открытых отчётов нет.
collection-data-set = Набор данных
collection-period = Период
collection-period-quarter = { $quarter }-й квартал { $year }
collection-period-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
collection-due = Срок
collection-state = Статус
collection-timeliness = Своевременность
collection-state-draft = черновик
collection-state-complete = заполнен
collection-state-approved = утверждён
collection-state-returned = возвращён
collection-state-none = ещё не начат
collection-timeliness-on-time = вовремя
collection-timeliness-late = с опозданием
collection-timeliness-missing = просрочен
collection-timeliness-open = открыт
collection-institution = Учреждение
collection-returned-heading = Статистическое управление вернуло отчёт
collection-locked = Этот отчёт заблокирован: он заполнен или утверждён, либо его период закрыт для ввода.
collection-errors = Пожалуйста, проверьте введённые данные
collection-rules-heading = Нарушенные правила проверки
collection-importance-high = Высокая важность
collection-importance-medium = Средняя важность
collection-importance-low = Низкая важность
collection-rule-sides = левая часть { $left }, правая часть { $right }
collection-scores-heading = Результат самопроверки
collection-area = Направление
collection-score = { $percent } %
collection-score-overall = Итого
collection-comparison-heading = Сравнение с учреждениями того же вида
collection-comparison-intro = Ваш результат рядом с утверждёнными самопроверками других учреждений того же вида за тот же период. Показываются только квартили, никогда отдельное значение, и только если ответили не менее трёх других учреждений.
collection-comparison-own = Ваше учреждение
collection-comparison-lower = нижний квартиль
collection-comparison-median = медиана
collection-comparison-upper = верхний квартиль
collection-comparison-count = другие учреждения
collection-comparison-position = положение
collection-position-below = ниже нижнего квартиля
collection-position-middle = между квартилями
collection-position-above = выше верхнего квартиля
collection-comparison-too-few-short = слишком мало для сравнения
collection-comparison-too-few = Если утверждённые значения есть менее чем у трёх других учреждений того же вида, сравнение не показывается: оно могло бы сделать отдельное учреждение узнаваемым.
collection-compulsory = Обязательно
collection-comment = Комментарий
collection-comments = Комментарии к значениям
collection-comment-on = Комментарий к { $name }
collection-value = Значение
collection-no-answer = нет ответа
collection-yes = да
collection-no = нет
collection-save = Сохранить черновик
collection-complete = Отметить как заполненный
collection-problem = Поле
collection-completeness-title = Полнота отчётов
collection-choose = Набор данных и период
collection-show = Показать
collection-expected = Ожидаемые отчёты
collection-reporting-rate = Доля поданных отчётов
collection-reporting-source = Источник: сбор данных
collection-reporting = Утверждённые учреждения: { $reported } из { $expected } (доля поданных отчётов { $rate } %)
collection-reporting-latest = Для каждого учреждения учитывается последний утверждённый период года.
collection-timely-rate = Доля своевременных отчётов
collection-completed = Подан
collection-decision = Решение
collection-approve = Утвердить
collection-return = Вернуть
collection-return-reason = Причина возврата учреждению { $name }
## offers (phase 2)
offers-coverage-nav = Охват предложений
offers-coverage-title = Охват предложений по районам
offers-coverage-intro = Выберите критерии из рекомендаций, например бесплатно и с присмотром за детьми. Таблица считает публичные предложения, отвечающие всем критериям, по районам и видам; выездные предложения учитываются в каждом районе, куда они приходят, онлайн-предложения — ни в одном.
offers-coverage-criteria = Критерии
offers-coverage-base = Базовое население
offers-coverage-base-residents = на 1000 жителей
offers-coverage-base-migration-history = на 1000 жителей с миграционной историей
offers-coverage-base-women-migration-history = на 1000 женщин с миграционной историей
offers-coverage-apply = Рассчитать охват
offers-coverage-gaps = Пробелы: районы без подходящего предложения
offers-coverage-no-gaps = В каждом районе есть хотя бы одно подходящее предложение.
offers-coverage-map-title = Подходящие предложения на 1000 базового населения
offers-coverage-map-desc = Карта районов Билефельда; чем темнее район, тем больше подходящих предложений на 1000 базового населения. Цифры приведены и в таблице.
offers-coverage-table = Предложения по районам и видам
offers-coverage-table-caption = Число подходящих предложений по районам и видам, всего и на 1000 базового населения
offers-coverage-total = Всего предложений
offers-coverage-population-residents = Жители
offers-coverage-population-migration-history = Жители с миграционной историей
offers-coverage-population-women-migration-history = Женщины с миграционной историей
offers-coverage-rate-residents = Предложений на 1000 жителей
offers-coverage-rate-migration-history = Предложений на 1000 жителей с миграционной историей
offers-coverage-rate-women-migration-history = Предложений на 1000 женщин с миграционной историей
offers-mine-edit = Редактировать
offers-edit-title = Редактировать предложение: { $title }
offers-edit-intro = Измените предложение и сохраните его. Опубликованное предложение затем снова проверяет отдел интеграции; до этого оно не публикуется.
offers-edit-back = Назад к моим предложениям
offers-edit-save = Сохранить изменения
offers-edit-conflict = Тем временем предложение было изменено. Перезагрузите страницу и внесите изменение снова.
offers-form-section-what = Что
offers-form-section-where = Где
offers-form-section-when = Когда
offers-form-section-links = Связь с концепцией интеграции
offers-form-target-groups = Целевые группы
offers-form-location-kind = Вид места
offers-form-location-place = в определённом месте (адрес)
offers-form-location-outreach = выездное, в районах
offers-form-location-online = онлайн
offers-form-latitude = Широта (необязательно)
offers-form-longitude = Долгота (необязательно)
offers-form-coordinates-hint = В десятичных градусах, например 52,0211 и 8,5325
offers-form-outreach = Районы, куда приходит выездное предложение
offers-form-repeat = Повторение (если выбраны дни недели)
offers-form-repeat-weekly = каждую неделю
offers-form-repeat-biweekly = раз в две недели
offers-form-repeat-monthly-1 = ежемесячно, в первый из этих дней недели
offers-form-repeat-monthly-2 = ежемесячно, во второй из этих дней недели
offers-form-repeat-monthly-3 = ежемесячно, в третий из этих дней недели
offers-form-repeat-monthly-4 = ежемесячно, в четвёртый из этих дней недели
offers-form-repeat-monthly-last = ежемесячно, в последний из этих дней недели
offers-form-until = Последняя дата (необязательно)
offers-form-except = Отменённые даты (кроме праздников)
offers-form-except-hint = По одной дате в строке, например 2026-10-27
offers-form-more-dates = Другие отдельные даты
offers-form-more-dates-hint = По одной дате в строке: дата, начало и конец, например 2026-12-12 14:00-17:00
offers-form-days = В эти дни недели (кроме праздников)
offers-form-recommendations = Рекомендации концепции, которым служит предложение
offers-form-recommendations-hint = Идентификаторы через запятую, например kultur-freizeit-1, sport-1
offers-form-measures = Меры, к которым относится предложение
offers-form-measures-hint = Номера через запятую, например 12, 7
offers-coverage-map-legend = Предложений на 1000

## Issue 15: the pool form and a mediator's availability
mediation-nav-availability = Моя доступность
mediation-pool-new = Добавить человека в пул
mediation-pool-edit = Редактировать
mediation-pool-availability = Доступность
mediation-record-new-title = Добавить человека в пул языковых посредников
mediation-record-edit-title = Запись пула: { $name }
mediation-record-intro = Все сведения о человеке в пуле. Пустые строки не сохраняются; чтобы добавить ещё языки, временные окна или отсутствия, сохраните запись и откройте её снова.
mediation-record-save = Сохранить запись
mediation-record-back = Назад к пулу
mediation-record-name = Имя
mediation-record-email = Адрес электронной почты
mediation-record-gender = Пол
mediation-record-active = Активен в пуле
mediation-record-active-hint = Для заданий предлагаются только активные люди.
mediation-record-languages = Языки
mediation-record-languages-hint = Для каждого языка: уровень по самооценке и, если сдавался языковой тест, подтверждённый тестом уровень.
mediation-record-language = Язык { $n }
mediation-record-self-declared = Уровень (самооценка)
mediation-record-tested = Уровень (по тесту)
mediation-record-untested = тест не сдавался
mediation-record-settings = Формы посредничества
mediation-record-districts = Доступные районы города (для очных встреч)
mediation-record-din_topics = Квалификация по DIN 19457
mediation-din-role = Роль
mediation-din-impartiality = Беспристрастность
mediation-din-confidentiality = Конфиденциальность
mediation-din-briefing = Подготовка и разбор после встречи
mediation-record-weekly = Доступность по неделе
mediation-record-weekly-hint = Временные окна по местному времени, начало и конец в формате ЧЧ:ММ (например, с 08:30 до 12:00).
mediation-record-slot = Временное окно { $n }
mediation-record-from = с
mediation-record-to = до
mediation-record-absences = Отсутствия
mediation-record-absences-hint = Первый и последний день включительно. Для одного дня достаточно первой даты.
mediation-record-absence = Отсутствие { $n }
mediation-record-absent-from = Первый день
mediation-record-absent-to = Последний день
mediation-record-pledge_until = Обязательство о неразглашении действительно до
mediation-record-good_conduct_until = Справка о несудимости действительна до
mediation-record-rate_per_hour = Компенсация за час (евро)
mediation-record-rate_per_km = Транспортные расходы за километр (евро)
mediation-record-rate-hint = Сумма в евро, например 15,00.
mediation-record-error-name = Пожалуйста, укажите имя.
mediation-record-error-email = Пожалуйста, укажите действительный адрес электронной почты.
mediation-record-error-gender = Пожалуйста, выберите пол.
mediation-record-error-languages = Пожалуйста, укажите хотя бы один язык, каждый только один раз и с уровнем по самооценке.
mediation-record-error-districts = Пожалуйста, выбирайте только районы из списка.
mediation-record-error-settings = Пожалуйста, выберите хотя бы одну форму.
mediation-record-error-din_topics = Пожалуйста, выбирайте только темы из списка.
mediation-record-error-weekly = Пожалуйста, укажите для каждого временного окна день недели, начало и конец в формате ЧЧ:ММ, начало раньше конца.
mediation-record-error-absences = Пожалуйста, укажите для каждого отсутствия действительные даты (ГГГГ-ММ-ДД), последний день не раньше первого.
mediation-record-error-pledge_until = Пожалуйста, укажите действительную дату (ГГГГ-ММ-ДД).
mediation-record-error-good_conduct_until = Пожалуйста, укажите действительную дату (ГГГГ-ММ-ДД).
mediation-record-error-rate_per_hour = Пожалуйста, укажите неотрицательную сумму в евро (например, 15,00).
mediation-record-error-rate_per_km = Пожалуйста, укажите неотрицательную сумму в евро (например, 0,30).
mediation-availability-title = Доступность: { $name }
mediation-availability-intro = Когда вы обычно можете брать задания и когда вас нет. Координация предпочтительно предлагает вас на встречи в эти временные окна и никогда — в дни вашего отсутствия.
mediation-availability-save = Сохранить доступность

## Issue 17: reports of discrimination
discrimination-nav-report = Сообщить о дискриминации
discrimination-nav-counselling = Антидискриминационное консультирование
discrimination-report-title = Сообщить о дискриминации
discrimination-report-intro = Вы столкнулись с дискриминацией в нашем городе или стали её свидетелем? Здесь Вы можете сообщить об этом — без учётной записи и без указания имени. Служба антидискриминационного консультирования учитывает каждое сообщение, чтобы было видно, где происходит дискриминация.
discrimination-report-privacy = Пожалуйста, не указывайте ничьих имён и адресов. Адреса электронной почты и номера телефонов в тексте удаляются перед сохранением. Контактные данные сохраняются, только если Вы хотите получить консультацию, — в зашифрованном виде, и удаляются, как только консультирование завершается.
discrimination-report-offline = Для этой формы нужен сервер города. Из этой сохранённой версии портала её нельзя отправить.
discrimination-report-send = Отправить сообщение
discrimination-report-link = Сообщить о дискриминации
discrimination-statistics-link = Статистика задокументированных случаев
discrimination-choose = Пожалуйста, выберите
discrimination-not-stated = не указано
discrimination-not-recorded = не зафиксировано
discrimination-field-area = Сфера жизни
discrimination-hint-area = Где это произошло?
discrimination-field-district = Район города
discrimination-hint-district = Необязательно. Пожалуйста, не указывайте адрес.
discrimination-field-month = Месяц
discrimination-hint-month = Когда это произошло? Месяц и год, например 2026-11.
discrimination-field-grounds = Признаки дискриминации
discrimination-field-racism = Если дискриминация расистская: какая форма расизма? (необязательно)
discrimination-field-what = Что произошло?
discrimination-hint-what = Кратко опишите, что произошло. Не более 5000 символов.
discrimination-field-counselling = Я хочу получить консультацию
discrimination-hint-counselling = Тогда служба антидискриминационного консультирования свяжется с Вами.
discrimination-field-contact = Как с Вами связаться?
discrimination-hint-contact = Только если Вы хотите получить консультацию: адрес электронной почты, номер телефона или консультационный центр, через который мы можем с Вами связаться.
discrimination-honeypot = Пожалуйста, оставьте это поле пустым
discrimination-error-area = Пожалуйста, выберите сферу жизни.
discrimination-error-district = Пожалуйста, выберите район города из списка или «не указано».
discrimination-error-month = Пожалуйста, укажите месяц (ГГГГ-ММ) — не в будущем и не раньше 2000 года.
discrimination-error-grounds = Пожалуйста, выберите хотя бы один признак.
discrimination-error-what_happened = Пожалуйста, кратко опишите, что произошло (не более 5000 символов).
discrimination-error-wants_counselling = Пожалуйста, проверьте этот ответ.
discrimination-error-contact = Пожалуйста, укажите, как с Вами связаться (не более 300 символов).
discrimination-error-no-key = Сейчас контактные данные невозможно надёжно сохранить. Отправьте сообщение без запроса консультации или обратитесь напрямую в службу антидискриминационного консультирования.
discrimination-limit-title = Слишком много сообщений
discrimination-limit-text = За последний час из Вашей сети уже поступило несколько сообщений. Пожалуйста, попробуйте ещё раз через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
discrimination-receipt-title = Спасибо за Ваше сообщение
discrimination-receipt-code = Ваше сообщение получено. Ваш код:
discrimination-receipt-keep = Запишите этот код. Если Вы обратитесь в службу антидискриминационного консультирования, по нему там смогут найти Ваше сообщение. Учётная запись Вам не нужна.
discrimination-receipt-counselling = Служба антидискриминационного консультирования свяжется с Вами указанным Вами способом.
discrimination-receipt-counted = Ваше сообщение учитывается без Вашего имени и помогает показать, где происходит дискриминация.
discrimination-statistics-title = Задокументированные случаи дискриминации за { $year } год
discrimination-caveat = Цифры показывают, сколько случаев было заявлено и задокументировано, — а не то, как часто происходит дискриминация. Многие пострадавшие ни о чём не сообщают.
discrimination-years = Годы
discrimination-no-cases = За этот год задокументированных случаев нет.
discrimination-cases-heading = Новые случаи
discrimination-figure = Показатель
discrimination-quarter = { $quarter }-й квартал
discrimination-new-cases = Новые случаи
discrimination-racist-share = Доля расистской дискриминации
discrimination-total = Всего
discrimination-mentions = Возможно несколько ответов: один случай может учитываться несколько раз.
discrimination-one-per-case = Один ответ на случай; не для каждого случая он есть.
discrimination-withheld = Точка (.) обозначает значение, которое не публикуется ради защиты пострадавших: числа меньше { $min } и значения, по которым их можно было бы вычислить.
discrimination-dimension-area = Сферы жизни
discrimination-dimension-ground = Признаки
discrimination-dimension-form = Формы
discrimination-dimension-level = Уровни
discrimination-dimension-intervention = Принятые меры
discrimination-dimension-outcome = Результаты
discrimination-inbox-title = Антидискриминационное консультирование
discrimination-inbox-intro = Сообщения и случаи. Эту страницу видят только консультанты; каждый просмотр записывается в журнал.
discrimination-case-new = Создать случай без сообщения
discrimination-held-heading = Задержанные сообщения
discrimination-held-intro = Эти сообщения выглядели как отправленные автоматически. Проверьте их: одобрите или удалите как спам.
discrimination-held-note = Это сообщение задержано проверкой на спам.
discrimination-waiting-heading = Сообщения без случая
discrimination-waiting-none = Ожидающих сообщений нет.
discrimination-cases-list-heading = Текущие случаи и случаи, закрытые за последние 90 дней
discrimination-cases-all-heading = Все случаи
discrimination-cases-all-link = Показать все случаи
discrimination-cases-recent-link = Показать только текущие и недавно закрытые случаи
discrimination-cases-none = Случаев пока нет.
discrimination-col-report = Сообщение
discrimination-col-code = Код
discrimination-col-received = Поступило
discrimination-col-counselling = Нужна консультация
discrimination-col-case = Случай
discrimination-yes = да
discrimination-no = нет
discrimination-report-page-title = Сообщение { $id }
discrimination-release = Одобрить
discrimination-delete-spam = Удалить как спам
discrimination-to-case = К случаю
discrimination-case-open-for = Создать случай
discrimination-show-contact = Показать контакт
discrimination-no-contact = Контактные данные не сохранены (или удалены при закрытии случая).
discrimination-back = Назад к обзору
discrimination-case-new-title = Новый случай
discrimination-case-title = Случай { $id }
discrimination-case-intro = Документирование по минимальному стандарту: сферы жизни, признаки, формы, принятые меры и результат. Заметки необязательны и никогда не экспортируются, а адреса электронной почты и номера телефонов удаляются при сохранении.
discrimination-case-areas = Сферы жизни
discrimination-case-grounds = Признаки
discrimination-case-forms = Формы
discrimination-case-interventions = Принятые меры
discrimination-case-level = Уровень
discrimination-case-agg = Подпадает ли случай под действие AGG (Общего закона о равном обращении)?
discrimination-agg-unclear = неясно
discrimination-agg-yes = да
discrimination-agg-no = нет
discrimination-case-outcome = Результат
discrimination-case-outcome-hint = Для закрытого случая нужен результат, отличный от «В работе».
discrimination-case-opened = Дата начала
discrimination-case-closed = Дата закрытия
discrimination-case-closed-hint = Оставьте пустым, пока случай в работе. При закрытии контактные данные удаляются; сам случай — по истечении срока хранения.
discrimination-case-open = в работе
discrimination-case-notes = Заметки
discrimination-case-notes-hint = Необязательно, не более 5000 символов. Без имён.
discrimination-case-save = Сохранить случай
discrimination-case-conflict = Тем временем изменено
discrimination-case-error-areas = Пожалуйста, выберите хотя бы одну сферу жизни.
discrimination-case-error-grounds = Пожалуйста, выберите хотя бы один признак.
discrimination-case-error-forms = Пожалуйста, проверьте формы.
discrimination-case-error-interventions = Пожалуйста, проверьте принятые меры.
discrimination-case-error-level = Пожалуйста, выберите уровень из списка.
discrimination-case-error-agg = AGG применяется, только если и сфера жизни, и признак подпадают под его действие.
discrimination-case-error-outcome = Для закрытого случая нужен результат, отличный от «В работе».
discrimination-case-error-opened = Пожалуйста, укажите дату не в будущем.
discrimination-case-error-closed = Дата закрытия не может быть раньше даты начала или в будущем.
discrimination-case-error-notes = Не более 5000 символов.
discrimination-case-error-version = Тем временем кто-то уже сохранил этот случай. Ваши данные приведены ниже; сохраните ещё раз, чтобы их применить.
