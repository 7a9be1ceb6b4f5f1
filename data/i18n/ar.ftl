# Arabic (العربية) — machine-assisted translation, not yet reviewed by a person (issue 14).
# Date: 2026-12-02. Source: de.ftl (German is the source; same ids and order). Impersonal polite forms (يُرجى …).
# Right to left: the i18n crate isolates every placeable (FSI … PDI) for rtl languages, so no direction
# marks are written here. Digits stay Latin, as the app formats numbers; month names are the Levantine ones.

language-name = العربية
# ltr or rtl
language-direction = rtl

site-name = teilhabe
site-tagline = مفهوم الاندماج لمدينة { $city }
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-language = اختيار اللغة
nav-breadcrumb = أنت هنا
nav-home = الصفحة الرئيسية
nav-fields = مجالات العمل
nav-search = البحث

search-label = البحث في مفهوم الاندماج
search-button = بحث
search-title = البحث
search-hint = يمكن البحث في جميع نصوص المفهوم: الرؤية (Leitbild) والأهداف ومجالات العمل والتوصيات. لا فرق بين الأحرف الكبيرة والصغيرة ولا بين الأحرف الألمانية الخاصة (ä، ö، ü) وغيرها.
search-results = { $count ->
    [0] لا توجد نتائج لـ«{ $query }».
    [one] نتيجة واحدة لـ«{ $query }».
    [two] نتيجتان لـ«{ $query }».
    [few] { $count } نتائج لـ«{ $query }».
    [many] { $count } نتيجةً لـ«{ $query }».
   *[other] { $count } نتيجة لـ«{ $query }».
}
search-kind-section = قسم
search-kind-statement = مبدأ
search-kind-field = مجال عمل
search-kind-recommendation = توصية
search-kind-area = نطاق

start-adopted = أُقرّ بتاريخ { $date }
start-fields-intro = يوزّع المفهوم توصياته (Handlungsempfehlungen) على مجالات العمل (Handlungsfelder)، وعددها { $count }. لكل توصية رمز تعريف ثابت تستند إليه الإجراءات والمؤشرات.
start-all-fields = عرض جميع مجالات العمل
section-adopted = أُقرّ في { $date }

fields-title = مجالات العمل
fields-intro = عدد مجالات العمل: { $count }، وعدد التوصيات فيها: { $recommendations }.
field-recommendation-count = { $count ->
    [zero] لا توجد توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصيةً
   *[other] { $count } توصية
}
field-area-count = { $count ->
    [zero] لا توجد نطاقات
    [one] نطاق واحد
    [two] نطاقان
    [few] { $count } نطاقات
    [many] { $count } نطاقًا
   *[other] { $count } نطاق
}
field-recommendations = التوصيات
field-areas = النطاقات
field-id = رمز التعريف
field-tags = السمات
field-previous = مجال العمل السابق
field-next = مجال العمل التالي
field-back = العودة إلى جميع مجالات العمل

footer-source = المصدر
footer-version = النسخة { $version }، حُمّلت بتاريخ { $date }
footer-software = يعمل بواسطة teilhabe، وهو برنامج حر لعمل البلديات في مجال الاندماج.
footer-api = واجهة برمجية مفتوحة (JSON)

not-found-title = الصفحة غير موجودة
not-found-text = لا توجد صفحة على هذا العنوان. قد يساعدك البحث أو الصفحة الرئيسية.
no-concept-title = لم يُحمَّل أي مفهوم بعد
no-concept-text = لا تحتوي قاعدة البيانات هذه على مفهوم اندماج بعد. يمكن تحميل مفهوم بالأمر «teilhabe concept load FILE» أو البدء بالأمر «teilhabe serve --demo».
error-title = حدث خطأ
error-text = لا يمكن عرض الصفحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.

month-1 = كانون الثاني
month-2 = شباط
month-3 = آذار
month-4 = نيسان
month-5 = أيار
month-6 = حزيران
month-7 = تموز
month-8 = آب
month-9 = أيلول
month-10 = تشرين الأول
month-11 = تشرين الثاني
month-12 = كانون الأول
date-long = { $day } { $month } { $year }

# --- measures, working groups, accounts ---

nav-measures = الإجراءات
nav-programmes = البرامج
nav-working-groups = فرق العمل
nav-admin = الإدارة
account-signed-in-as = مسجَّل الدخول: { $name }
account-login = تسجيل الدخول
account-logout = تسجيل الخروج
account-title = حسابي
account-password = تغيير كلمة المرور
account-current = كلمة المرور الحالية
account-new = كلمة المرور الجديدة
account-repeat = تكرار كلمة المرور الجديدة
account-change = تغيير كلمة المرور
account-error-current = كلمة المرور الحالية غير صحيحة.
account-error-repeat = كلمتا المرور الجديدتان مختلفتان.
account-sessions = الجلسات
account-sessions-text = إذا كان حسابك مفتوحًا على جهاز غريب أو مفقود: يُنهي تسجيل الخروج هذا جميع جلساتك على جميع الأجهزة. وكلمة مرور جديدة تفعل الشيء نفسه.
account-logout-everywhere = تسجيل الخروج من كل مكان

demo-badge = بيانات تجريبية
demo-notice = هذا الإجراء مثال (بيانات تجريبية) ولا يصف إجراءً حقيقيًا للمدينة.
measure-unpublished = غير منشور
measure-kicker = إجراء
measure-new-title = إجراء جديد
measure-edit-title = تعديل الإجراء
measure-delete = حذف الإجراء
measure-facts = البيانات
measure-history = السجل
measure-progress = التقدّم { $percent }٪

progress-label = التقدّم { $percent }٪ ({ $weighting })
progress-weighted-budget = مرجَّح حسب الميزانية المخطَّطة
progress-weighted-equal = جميع الإجراءات بوزن متساوٍ
progress-no-measures = لا يوجد إجراء بعد
progress-none-counting = لا يوجد إجراء جارٍ
progress-gaps = توصيات بلا إجراء: { $count } من { $total }

status-idea = فكرة
status-planned = مخطَّط
status-running = جارٍ
status-completed = منجَز
status-permanent = مستدام
status-stopped = متوقِّف
status-none = لا شيء
status-count-idea = أفكار: { $count }
status-count-planned = مخطَّطة: { $count }
status-count-running = جارية: { $count }
status-count-completed = منجَزة: { $count }
status-count-permanent = مستدامة: { $count }
status-count-stopped = متوقِّفة: { $count }

programme-concept = مفهوم الاندماج
programme-refugee = برنامج اللاجئين «{ $name }»
programme-both = مفهوم الاندماج و«{ $name }»
districts-all = على مستوى المدينة (جميع الأحياء)
districts-some = في هذه الأحياء:
value-none = –
value-yes = نعم
value-no = لا

col-id = الرقم
col-field = مجال العمل
col-title_de = العنوان (بالألمانية)
col-title_en = العنوان (بالإنجليزية)
col-description_de = الوصف (بالألمانية)
col-description_en = الوصف (بالإنجليزية)
col-recommendations = التوصيات
col-programme = البرنامج
col-organisation = الجهة المسؤولة
col-contact = الشخص المسؤول عن التواصل
col-working_group = فريق العمل
col-status = الحالة
col-stop_reason = سبب الإيقاف
col-progress = التقدّم (%)
col-start_date = البداية
col-end_date = النهاية
col-budget_planned = الميزانية المخطَّطة (EUR)
col-budget_spent = الميزانية المصروفة (EUR)
col-target_groups = الفئات المستهدفة
col-districts = الأحياء
col-gender_aspect = البعد الجندري
col-gender_aspect_note = كيف يراعي الإجراء النوع الاجتماعي
col-evidence = الإثباتات
col-milestones = المراحل الرئيسية
col-published = النشر

hint-id = { "" }
hint-title_de = حقل إلزامي. موجز وواضح.
hint-title_en = اختياري.
hint-description_de = ماذا يحدث، ولمن، وبأي هدف.
hint-description_en = اختياري.
hint-recommendations = توصية واحدة على الأقل يخدمها الإجراء.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = الاسم ووسيلة التواصل، مثل عنوان البريد الإلكتروني.
hint-working_group = { "" }
hint-status = تُعرض الخطوات التالية المسموح بها فقط.
hint-stop_reason = للإجراءات المتوقِّفة فقط، وهو إلزامي لها.
hint-progress = عدد صحيح من 0 إلى 100.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = باليورو، مثلًا 12500.00.
hint-budget_spent = باليورو، مثلًا 8250.50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = إلزامي إذا كان للإجراء بعد جندري.
hint-evidence = إثبات واحد في كل سطر: التسمية <https://…>
hint-milestones = مرحلة واحدة في كل سطر: YYYY-MM-DD النص
hint-published = { "" }

timeline-created = أُنشئ
timeline-changed = عُدّل
timeline-deleted = حُذف

measures-title = الإجراءات
measures-count = { $count ->
    [0] لم يُعثر على أي إجراء.
    [one] إجراء واحد.
    [two] إجراءان.
    [few] { $count } إجراءات.
    [many] { $count } إجراءً.
   *[other] { $count } إجراء.
}
filter-title = تصفية الإجراءات
filter-text = كلمة البحث
filter-apply = تطبيق
filter-reset = إعادة ضبط عوامل التصفية
filter-any = الكل

form-errors = يُرجى التحقق من هذه البيانات:
form-section-description = الوصف
form-section-responsibility = الجهة المختصة
form-section-state = الوضع والميزانية
form-section-evidence = الإثباتات والمراحل الرئيسية
form-gender-aspect = للإجراء بعد جندري
form-published = مرئي للجميع (حتى دون تسجيل الدخول)
form-save = حفظ
form-cancel = إلغاء

conflict-title = قام شخص آخر بتعديل هذا الإجراء في هذه الأثناء.
conflict-text = ما أدخلته محفوظ في النموذج أدناه. يُرجى مقارنته بالحالة المحفوظة والحفظ مرة أخرى لاعتماد نسختك.
conflict-updated-at = آخر حفظ بتاريخ { $date }.
conflict-caption = الفروق عن الحالة المحفوظة (النسخة { $version })
conflict-field = البيان
conflict-yours = ما أدخلته
conflict-theirs = المحفوظ

error-required = يُرجى ملء هذا الحقل.
error-unknown-recommendation = «{ $id }» ليست توصية من توصيات المفهوم.
error-retired-recommendation = سُحبت «{ $id }» من المفهوم؛ ولا تحتفظ بها إلا الإجراءات التي كانت تخدمها من قبل.
error-unknown-working-group = «{ $id }» ليس مجال عمل في المفهوم.
error-unknown-target-group = «{ $id }» ليست فئة مستهدفة معروفة.
error-unknown-district = «{ $id }» ليس حيًّا من أحياء المدينة.
error-unknown-language = «{ $id }» ليس رمز لغة.
error-cell-progress = «{ $value }» ليس قيمة تقدّم؛ المتوقَّع عدد صحيح من 0 إلى 100.
error-cell-date = «{ $value }» ليس تاريخًا؛ المتوقَّع DD.MM.YYYY أو YYYY-MM-DD.
error-cell-money = «{ $value }» ليس مبلغًا؛ المتوقَّع مثلًا 12500.00.
error-cell-evidence = «{ $value }» ليس رابطًا؛ المتوقَّع «التسمية <https://…>».
error-cell-milestone = «{ $value }» ليس مرحلة رئيسية؛ المتوقَّع «YYYY-MM-DD النص».
error-end-before-start = تاريخ النهاية يسبق تاريخ البداية.
error-stop-reason = يحتاج الإجراء المتوقِّف إلى ذكر السبب.
error-gender-note = يُرجى وصف الطريقة التي يراعي بها الإجراء النوع الاجتماعي في جملة واحدة.
error-negative-amount = لا يمكن أن تكون المبالغ سالبة.
error-transition = لا يمكن لإجراء حالته «{ $from }» أن يصبح «{ $to }».
error-transition-allowed = الممكن: { $allowed }.

programmes-title = مفهوم الاندماج وبرنامج اللاجئين
programmes-intro = يطلب مفهوم الاندماج توفير الموارد من خلال التنسيق مع رعاية اللاجئين. هنا تُعرض إجراءات البرنامجين جنبًا إلى جنب.
programmes-overlaps = { $count ->
    [0] لا توجد ازدواجيات محتملة
    [one] ازدواجية محتملة واحدة
    [two] ازدواجيتان محتملتان
    [few] { $count } ازدواجيات محتملة
    [many] { $count } ازدواجيةً محتملة
   *[other] { $count } ازدواجية محتملة
}
programmes-overlaps-intro = تخدم هذه الإجراءات في البرنامجين التوصيةَ نفسها والفئةَ المستهدفة نفسها والحيَّ نفسه.
programmes-no-overlaps = لا يتطابق أي إجراء من أحد البرنامجين تطابقًا كاملًا مع إجراء من البرنامج الآخر.

login-title = تسجيل الدخول
login-intro = لأعضاء فرق العمل ومكتب الاندماج ومكتب الإحصاء.
login-name = اسم المستخدم
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
login-throttled = محاولات فاشلة كثيرة جدًا. يُرجى الانتظار { $minutes ->
    [zero] قليلًا
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.

forbidden-title = لا توجد صلاحية
forbidden-text = لا يسمح لك دورك باستخدام هذه الصفحة.
csrf-title = انتهت صلاحية النموذج
csrf-text = يُرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى. هذا يحمي من النماذج المدسوسة من مواقع أخرى.

role-administrator = الإدارة
role-editor = فريق العمل (تعديل)
role-statistician = مكتب الإحصاء
role-viewer = صلاحية القراءة (داخلية)
role-concept-editor = تعديل المفهوم
role-translator = الترجمة (اللغات المخصّصة فقط)
role-requester = مؤسسة (طلب الوساطة اللغوية)
role-mediator = وسيط/ة لغوي/ة
role-mediation-coordinator = تنسيق الوساطة اللغوية
role-reporter = جهة مُبلِّغة (بيانات مؤسسة واحدة)
role-provider = مقدّم العروض (عروض منظمة واحدة)
role-counsellor = الاستشارة لمكافحة التمييز (ملفات الحالات)

admin-users-title = حسابات المستخدمين
admin-tokens-title = مفاتيح API
admin-audit-title = سجل التغييرات
admin-users-list = الحسابات الموجودة
admin-inactive = مقفل
admin-display-name = الاسم
admin-role = الدور
admin-field = مجال العمل (فريق العمل)
admin-field-hint = لدور «فريق العمل» فقط: مجال العمل الذي يعدّل الحساب إجراءاته.
admin-institution = المؤسسة
admin-error-institution = هذه المؤسسة غير موجودة (أو لم تعد موجودة) في سجل المؤسسات.
account-messages = الرسائل عبر البريد الإلكتروني
account-email = عنوان البريد الإلكتروني
account-email-hint = تُرسل التذكيرات والرسائل (مثلاً حول استمارات مؤسستك أو عروضها) إلى هذا العنوان. اتركه فارغاً: لا رسائل بريد إلكتروني.
account-email-save = حفظ العنوان
account-email-saved = تم حفظ عنوان البريد الإلكتروني.
account-email-removed = تمت إزالة عنوان البريد الإلكتروني؛ لن يتلقى هذا الحساب رسائل بريد إلكتروني.
admin-email-hint = اختياري. بدون عنوان لا يتلقى الحساب رسائل بريد إلكتروني.
admin-error-email = أدخل عنوان بريد إلكتروني بالشكل name@example.org أو اترك الحقل فارغاً.
admin-new-password = كلمة مرور جديدة (اتركها فارغة لعدم التغيير)
admin-active = الحساب مفعَّل
admin-new-user = حساب جديد
admin-create-user = إنشاء الحساب
admin-error-role = يُرجى اختيار دور.
admin-error-field = يحتاج دور «فريق العمل» إلى مجال عمل.
admin-error-login = لا يجوز أن يحتوي اسم المستخدم إلا على أحرف لاتينية صغيرة وأرقام ونقطة وشرطة سفلية وشرطة.
admin-error-password = تحتاج كلمة المرور إلى { $min ->
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل.
admin-error-duplicate = يوجد حساب باسم «{ $login }» بالفعل.
admin-error-self = لا يمكن قفل حسابك الخاص أو خفض صلاحياته.
admin-user-created = أُنشئ الحساب «{ $login }».
admin-user-updated = حُفظ الحساب «{ $login }».
admin-tokens-intro = تتيح مفاتيح API للبرامج النصية الوصول بدور معيّن. يُعرض المفتاح مرة واحدة فقط ويمكن إبطاله في أي وقت.
admin-token-created = مفتاح جديد – يُرجى نسخه الآن، فلن يُعرض مرة أخرى:
admin-token-name = التسمية
admin-token-created-at = أُنشئ
admin-token-used = آخر استخدام
admin-token-state = الحالة
admin-token-revoked = أُبطل بتاريخ
admin-token-revoke = إبطال
admin-new-token = مفتاح API جديد
admin-create-token = إنشاء مفتاح
admin-error-token-name = يُرجى إدخال تسمية.
admin-error-token-institution = المفتاح بهذا الدور يعمل باسم مؤسسة واحدة: يُرجى اختيار مؤسسة من سجل المؤسسات.
admin-token-institution-hint = لأدوار المؤسسة والجهة المُبلِّغة ومقدّم العروض فقط: المؤسسة التي يعمل النظام باسمها بهذا المفتاح – ولا يرى إلا طلباتها وبلاغاتها وعروضها.
admin-error-token-days = يجب أن تكون مدة الصلاحية بين يوم واحد و{ $max ->
    [few] { $max } أيام
    [many] { $max } يومًا
   *[other] { $max } يوم
}.
admin-token-expires = صالح حتى
admin-token-expires-at = صالح حتى { $at } (UTC).
admin-token-days = مدة الصلاحية بالأيام (بحد أقصى { $max })
admin-token-expired = منتهي الصلاحية
admin-tokens-rules = ينتهي المفتاح في تاريخ انتهاء صلاحيته، وفور قفل الحساب الذي أنشأه أو تغيّر دوره أو مجال عمله. لا يدير الحسابات والمفاتيح إلا شخص مسجَّل الدخول – وليس أبدًا برنامج نصي بمفتاح.
password-error-long = يجوز أن تحتوي كلمة المرور على { $max ->
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} كحد أقصى.
password-error-common = كلمة المرور هذه شائعة جدًا (فهي في قائمة كلمات المرور الشائعة أو مطابقة لاسم المستخدم). يُرجى اختيار كلمة أخرى.
admin-audit-type = النوع (مثلًا measure أو user أو token)
admin-audit-id = رمز التعريف
admin-audit-csv = التنزيل بصيغة CSV
admin-audit-at = الوقت (UTC)
admin-audit-actor = من
admin-audit-action = الإجراء المتَّخذ
admin-audit-entity = العنصر
admin-audit-field = الحقل
admin-audit-change = التغيير

groups-title = فرق العمل
groups-intro = لكل مجال عمل فريق عمل. يتولى أعضاؤه تحديث إجراءات هذا المجال.
groups-members = { $count ->
    [0] لا يوجد أعضاء بعد
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
groups-chair = الرئاسة
group-title = فريق العمل «{ $field }»
group-field-link = إلى مجال العمل
group-measures-link = إجراءات فريق العمل
group-members = الأعضاء
group-no-members = لم يُسجَّل أعضاء بعد.
group-remove = إزالة
group-person = الشخص
group-is-chair = يتولى الرئاسة
group-name-public = إظهار الاسم للعموم (بموافقة الشخص)
group-name-not-public = الاسم غير معلن
group-add-member = إضافة عضو
group-meetings = الاجتماعات
group-no-meetings = لم يُسجَّل أي اجتماع بعد.
group-participants = { $count ->
    [zero] لا يوجد مشاركون
    [one] شخص مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
group-meeting-date = التاريخ
group-participants-label = عدد المشاركين
group-decisions = القرارات
group-add-meeting = تسجيل اجتماع
group-error-person = يُرجى إدخال اسم الشخص.
group-error-organisation = يُرجى إدخال الجهة.
group-error-date = يُرجى إدخال تاريخ صحيح.
group-error-participants = يُرجى إدخال عدد صحيح، 0 أو أكثر.
group-error-decisions = يُرجى إدخال القرارات.
# --- monitoring ---
nav-monitoring = الرصد
number-decimal-mark = .
monitoring-title = رصد الاندماج
monitoring-intro = { $count ->
    [one] يبيّن مؤشر واحد ما إذا كانت المشاركة تصبح أكثر عدلًا – لكل فئة، وللنساء والرجال، وفي كل حي.
   *[other] تبيّن المؤشرات (وعددها { $count }) ما إذا كانت المشاركة تصبح أكثر عدلًا – لكل فئة، وللنساء والرجال، وفي كل حي. وهي مرتبة تحت مجالات العمل التي ترصدها.
}
indicator-kind = مؤشر
indicator-unit = الوحدة
indicator-concept = مفهوم السكان
indicator-no-data = لم تُستورد أي أرقام لهذا المؤشر بعد.
indicator-no-data-short = لا أرقام بعد
demo-title = بيانات تجريبية
demo-text = هذه الأرقام مختلَقة لأغراض العرض وليست إحصاءات رسمية.
monitoring-demo-badge = بيانات تجريبية
demo-marker = (بيانات تجريبية)
breakdown-nav = التفصيل حسب
breakdown-none = الإجمالي
breakdown-origin = الأصل
breakdown-sex = الجنس
breakdown-age = الفئة العمرية
breakdown-district = الحي
latest-heading = أحدث القيم
latest-caption = أحدث القيم حسب { $breakdown }، { $year }
table-status = الحالة
table-year = السنة
footnote = حاشية
footnotes-heading = الحواشي
value-interval = فترة 95٪ من { $lower } إلى { $upper }
chart-heading = السلسلة الزمنية
chart-title-by = السلسلة الزمنية حسب { $breakdown }
chart-caption = القيم المفقودة (مثلًا بسبب السرية الإحصائية) مُعلَّمة بدوائر فارغة عند الحافة السفلى، وليس بالقيمة 0. الأرقام موجودة في الجدول.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] قيمة واحدة مفقودة (مثلًا لأنها سرية) ولم تُرسم على أنها 0.
    [two] قيمتان مفقودتان (مثلًا لأنهما سريتان) ولم تُرسما على أنهما 0.
   *[other] عدد القيم المفقودة (مثلًا لأنها سرية): { $count }، ولم تُرسم على أنها 0.
}
chart-desc-table = جميع القيم موجودة في الجدول أسفل الرسم البياني.
series-table-summary = السلسلة الزمنية في جدول
series-caption = { $title }: جميع السنوات
target-heading = الهدف
target-label = الهدف لسنة { $year }: { $value }
target-text = الهدف لفئة «{ $group }»: { $target }.
target-detail = حتى الآن { $actual } سنويًا، والمطلوب { $needed } سنويًا.
target-detail-actual = حتى الآن { $actual } سنويًا.
target-rule = «على المسار الصحيح» يعني: متوسط التغيّر السنوي منذ القيمة الأولى (أو منذ انقطاع في السلسلة الزمنية) لا يقل عن التغيّر السنوي الذي ما زال مطلوبًا حتى سنة الهدف.
verdict-reached = تحقق الهدف
verdict-on-track = على المسار الصحيح
verdict-off-track = ليس على المسار الصحيح
verdict-missed = لم يتحقق الهدف
verdict-not-judgeable = لا يمكن التقييم بعد
gap-heading = الفرق بين «{ $group }» و«{ $reference }»
gap-desc = تُظهر الأعمدة لكل سنة قيمة الفئة مطروحًا منها قيمة الفئة المرجعية؛ وتُظهر الخطوط فترة 95٪ حيثما وُجدت. السنوات التي لا تتوفر فيها القيمتان ليس لها عمود.
gap-column = الفرق
gap-missing = مفقود
gap-table-summary = الفرق في جدول
gap-unit-percent = نقاط مئوية
gap-unit-percentage-points = نقاط مئوية
gap-unit-per-thousand = لكل 1000
gap-unit-per-ten-thousand = لكل 10000
gap-unit-count = عدد
gap-unit-index = نقاط المؤشر
gap-unit-square-metres = م²
gap-unit-years = سنوات
map-heading = الأحياء
map-title = { $title }، الأحياء، { $year }
map-desc = خريطة أحياء المدينة؛ كلما كان اللون أغمق كانت القيمة أعلى. الأحياء المخطَّطة محجوبة للسرية، والرمادية ليس لها قيمة. القيم موجودة في الجدول أسفل الخريطة.
map-suppressed = محجوب (.)
map-missing = لا قيمة
map-years = سنة الخريطة
map-table-summary = الأحياء في جدول
definition-heading = التعريف والمصدر
definition-numerator = البسط
definition-denominator = المقام
definition-polarity = الاتجاه
definition-source = المصدر
definition-rhythm = دورية النشر
caveats-heading = ملاحظات حول دلالة الأرقام
informs-heading = يرصد مجالات العمل والتوصيات
download-heading = تنزيل البيانات
measures-download = تنزيل هذه القائمة (بالأعمدة التي يقرؤها الاستيراد):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = الواجهة البرمجية (JSON)
unit-percent = نسبة مئوية
unit-percentage-points = نقاط مئوية
unit-per-thousand = لكل 1000
unit-per-ten-thousand = لكل 10000
unit-count = عدد
unit-index = مؤشر (0–100)
unit-square-metres = متر مربع
unit-years = سنوات
unit-percent-value = { $value }٪
unit-percentage-points-value = { $value } نقطة مئوية
unit-per-thousand-value = { $value } لكل 1000
unit-per-ten-thousand-value = { $value } لكل 10000
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } م²
unit-years-value = { $value } سنة
concept-NAT = الجنسية (الأجانب والألمان)
concept-MH = خلفية الهجرة (Migrationshintergrund)
concept-EG = تاريخ الهجرة (Einwanderungsgeschichte)
concept-NONE = ليس حسب الأصل
polarity-higher-is-better = الأعلى أفضل
polarity-lower-is-better = الأدنى أفضل
polarity-neutral = دون تقييم
origin-total = الإجمالي
origin-MH = من ذوي خلفية الهجرة
origin-NO_MH = دون خلفية هجرة
origin-FOREIGN = الأجانب
origin-DE = الألمان
origin-EG = من ذوي تاريخ الهجرة
origin-NO_EG = دون تاريخ هجرة
sex-total = الإجمالي
sex-F = إناث
sex-M = ذكور
sex-D = divers (جنس آخر)
sex-X = غير مذكور
age-total = جميع الفئات العمرية
age-under = أقل من { $to ->
    [one] سنة واحدة
    [two] سنتين
    [few] { $to } سنوات
   *[other] { $to } سنة
}
age-from = { $from ->
    [one] سنة واحدة
    [two] سنتان
    [few] { $from } سنوات
   *[other] { $from } سنة
} فأكثر
age-exactly = { $from ->
    [one] سنة واحدة
    [two] سنتان
    [few] { $from } سنوات
   *[other] { $from } سنة
}
age-range = من { $from } إلى { $to ->
    [one] سنة واحدة
    [two] سنتين
    [few] { $to } سنوات
   *[other] { $to } سنة
}
district-total = المدينة كلها
status-A = عادي
status-B = انقطاع في السلسلة الزمنية
status-E = تقديري
status-F = توقّع
status-P = مؤقت
status-U = موثوقية محدودة
status-Q = محجوب
status-M = لا ينطبق
status-L = غير متوفر بعد
direction-label = آخر تغيّر
direction-better = أفضل
direction-worse = أسوأ
direction-up = ارتفع
direction-down = انخفض
direction-no-clear-change = لا تغيّر واضح
direction-not-comparable = غير قابل للمقارنة (انقطاع في السلسلة الزمنية)
direction-unknown = لا توجد سلسلة زمنية بعد
field-indicators = مؤشرات مجال العمل هذا
start-gaps-heading = أكبر الفروق
start-gaps-intro = حيث تتأخر الفئات في رصد الاندماج أكثر ما يكون عن الفئة المرجعية (أحدث سنة، مقيسًا بالفرق نسبةً إلى قيمة الفئة المرجعية).
start-gap-text = { $values }؛ الفرق { $gap }
start-all-indicators = عرض جميع المؤشرات
imports-title = عمليات الاستيراد
imports-intro = كل دفعة بيانات استُوردت إلى teilhabe: الملف والمصدر والفترات ومن استوردها ومتى. إعادة استيراد فترة ما تستبدل أرقامها؛ ويسجّل سجل التغييرات ذلك.
imports-none = لم يُستورد شيء بعد.
imports-file = الملف
imports-periods = المؤشرات والسنوات
imports-when = تاريخ الاستيراد
imports-figures = { $count ->
    [zero] لا قيم
    [one] قيمة واحدة
    [two] قيمتان
    [few] { $count } قيم
    [many] { $count } قيمةً
   *[other] { $count } قيمة
}
imports-replaced = { $count ->
    [zero] لا يستبدل أي قيمة
    [one] يستبدل قيمة واحدة
    [two] يستبدل قيمتين
    [few] يستبدل { $count } قيم
    [many] يستبدل { $count } قيمةً
   *[other] يستبدل { $count } قيمة
}
imports-link = جميع عمليات الاستيراد ومصادرها
imports-upload-heading = استيراد البيانات
imports-upload-intro = لمكتب الإحصاء والإدارة فقط. يُفحص الملف كاملًا؛ وإذا احتوى على خطأ لا يُحفظ شيء. يُظهر التشغيل التجريبي ما سيتغيّر دون حفظ أي شيء.
imports-upload-table = جدول (GENESIS-CSV أو CSV بالصيغة الطويلة أو XLSX)
imports-upload-table-file = ملف الجدول
imports-upload-table-hint = CSV (بترميز UTF-8 أو Windows-1252، ويُتعرَّف على الفاصل تلقائيًا) أو XLSX.
imports-upload-mapping = ملف المطابقة (TOML، اختياري)
imports-upload-mapping-hint = اختياري. يحدد أي أعمدة الملف ورموزه تمثل أي مؤشر وسنة وتفصيل (انظر docs/formats/imports.md). من دونه يقترح teilhabe مطابقة للتحقق منها وتأكيدها.
imports-upload-cubes = نتيجة مكتب الإحصاء (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = ملف المؤشرات من مجلد مخرجات «teilhabe compute».
imports-upload-metadata = metadata.json (اختياري)
imports-upload-metadata-hint = المصدر والتاريخ المرجعي؛ من دونه يُسجَّل «teilhabe compute» مصدرًا.
imports-upload-dry-run = تشغيل تجريبي: الفحص فقط، دون حفظ أي شيء
imports-upload-submit = الفحص والاستيراد
import-result-title = نتيجة الاستيراد
import-result-stored = { $count ->
    [one] حُفظت قيمة واحدة بوصفها الاستيراد رقم { $id }
    [two] حُفظت قيمتان بوصفهما الاستيراد رقم { $id }
   *[other] عدد القيم المحفوظة بوصفها الاستيراد رقم { $id }: { $count }
}
import-result-dry-run = { $count ->
    [one] تشغيل تجريبي: كانت ستُستورد قيمة واحدة؛ لم يُحفظ شيء
    [two] تشغيل تجريبي: كانت ستُستورد قيمتان؛ لم يُحفظ شيء
   *[other] تشغيل تجريبي: عدد القيم التي كانت ستُستورد: { $count }؛ لم يُحفظ شيء
}
import-result-demo = الملف موسوم بأنه بيانات تجريبية.
import-result-refused = { $count ->
    [one] رُفض الاستيراد؛ لم يُحفظ شيء. مشكلة واحدة:
    [two] رُفض الاستيراد؛ لم يُحفظ شيء. مشكلتان:
   *[other] رُفض الاستيراد؛ لم يُحفظ شيء. عدد المشكلات: { $count }:
}
import-result-incomplete = ملف ناقص؛ لم يُحفظ شيء.
import-result-problems-note = تذكر الرسائل الملف والسطر والعمود.
import-result-indicator = المؤشر
import-result-year = السنة
import-result-old = المحفوظ سابقًا
import-result-new = الجديد
import-result-changed = منها ما تغيّر
import-result-skipped-indicators = غير موجودة في الكتالوج ولذلك تُخطّيت: { $list }
import-result-skipped-rows = عدد الأسطر التي تُخطّيت لأنها على مستويات أو بتفصيلات لا يعرضها الكتالوج (الأحياء الصغيرة، بلدان الإسناد …): { $count }.
import-result-dropped-keep = عدد الأسطر المستبعدة لأن رمزها ليس في القاعدة keep: { $count }. القاعدة: { $rule }
import-result-dropped-drop = عدد الأسطر المستبعدة وفق القاعدة drop: { $count }. القاعدة: { $rule }
import-lacks-file = لم يُختر ملف جدول.
import-lacks-mapping = لم يُختر ملف مطابقة.
import-mapping-not-text = ملف المطابقة ليس ملفًا نصيًا بترميز UTF-8.
import-lacks-indicators = لم يُختر الملف indicators.csv.
import-result-format = الصيغة { $format }، ترميز الأحرف { $encoding }
import-result-back = العودة إلى عمليات الاستيراد
import-upload-too-large = الملف كبير جدًا (64 MiB كحد أقصى). لم يُحفظ شيء.
import-upload-unreadable = وصل النموذج ناقصًا. يُرجى اختيار الملفات مجددًا وإرسالها مرة أخرى. لم يُحفظ شيء.

# Cross-field links (issue 10)
field-linked-from = ↑ إجراء لفريق العمل «{ $group }»، مرتبط بتوصية من مجال العمل هذا
field-refuse-link = رفض الربط
field-error-refuse = لا يمكن رفض الربط: إذ لن تبقى للإجراء حينئذ أي توصية.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = عمليات الاستيراد السابقة
imports-filter-label = تصفية عمليات الاستيراد
imports-filter-indicator = المؤشر
imports-filter-source = المصدر
imports-found = { $count ->
    [0] لم يُعثر على أي عملية استيراد.
    [one] عُثر على عملية استيراد واحدة.
    [two] عُثر على عمليتَي استيراد.
    [few] عُثر على { $count } عمليات استيراد.
    [many] عُثر على { $count } عمليةَ استيراد.
   *[other] عُثر على { $count } عملية استيراد.
}
imports-pages-label = صفحات قائمة الاستيراد
imports-page-of = الصفحة { $page } من { $pages }
imports-page-previous = الصفحة السابقة
imports-page-next = الصفحة التالية
imports-audit-link = تغييرات الاستيراد { $id } في سجل التغييرات
admin-audit-import = الاستيراد (الرقم)
admin-audit-import-hint = يعرض فقط الإدخالات التي كتبها هذا الاستيراد.
admin-audit-table = إدخالات سجل التغييرات
admin-audit-import-scope = إدخالات الاستيراد رقم { $number }.
admin-audit-import-all = عرض جميع الإدخالات
admin-audit-import-error = المتوقَّع عدد صحيح، وهو رقم عملية استيراد (مثلًا 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = التحقق من المطابقة
draft-check-title = جدول معروف: التحقق والاستيراد
draft-intro = قرأ teilhabe الملف ويقترح معاني أعمدته ورموزه. يمكن تغيير كل اختيار؛ والاقتراحات غير المؤكدة مُعلَّمة وغير مختارة مسبقًا. تعرض «المعاينة» الأرقام الأولى بجانب المحفوظة؛ و«الاستيراد» يحفظ كل شيء أو لا شيء ويتذكر المطابقة للسنة القادمة.
draft-expires = مسودة، صالحة حتى { $when }
draft-what = المصدر والمؤشر والوحدة
draft-columns = الأعمدة والتفصيلات
draft-source = المصدر
draft-source-hint = الناشر والجدول، كما يُذكران مع كل رقم.
draft-indicator = المؤشر
draft-indicator-for = المؤشر لـ{ $code } ({ $label })
draft-unit = الوحدة «{ $text }»
draft-unit-none = غير مذكورة
draft-leave-out = عدم الاستيراد
draft-no-column = لا يوجد عمود كهذا
draft-not-in-file = غير موجود في الملف (الإجمالي)
draft-skip = تخطٍّ (استبعاد الأسطر)
draft-please-choose = — يُرجى الاختيار —
draft-empty-cell = (خلية فارغة)
draft-rows = { $count ->
    [zero] لا أسطر
    [one] سطر واحد
    [two] سطران
    [few] { $count } أسطر
    [many] { $count } سطرًا
   *[other] { $count } سطر
}
draft-confidence-sure = مؤكد
draft-confidence-likely = مرجَّح
draft-confidence-unsure = غير مؤكد، يُرجى التحقق
draft-role-year = عمود «السنة»
draft-role-value = عمود «القيمة»
draft-role-indicator = عمود «المؤشر»
draft-role-unit = عمود «الوحدة»
draft-role-status = عمود «الحالة» (علامة الجودة)
draft-role-lower = عمود «الحد الأدنى»
draft-role-upper = عمود «الحد الأعلى»
draft-role-base = عمود «الأساس» (عدد الحالات)
draft-role-footnote = عمود «الحاشية»
draft-breakdown-district = الحي
draft-breakdown-sex = الجنس
draft-breakdown-origin = الأصل
draft-breakdown-age = العمر
draft-codes-of = رموز { $column } ({ $breakdown })
draft-preview = المعاينة
draft-import = الاستيراد
draft-preview-heading = المعاينة
draft-preview-caption = الأرقام الأولى كما ستُحفظ، بجانب المحفوظة
draft-preview-summary = { $count ->
    [one] سيُستورد رقم واحد
    [two] سيُستورد رقمان
   *[other] عدد الأرقام التي ستُستورد: { $count }
}، منها { $changed } جديد أو متغيّر.
draft-preview-years = السنوات: { $years }.
draft-preview-breakdown = التفصيل
draft-preview-none = —
draft-preview-differs = تغيّر
draft-problems-note = لا يمكن استيراد الملف بهذه المطابقة؛ تذكر الرسائل الملف والسطر والعمود. لم يُحفظ شيء.
draft-recognised = هذا الجدول معروف: { $label }
draft-recognised-text = المطابقة المحفوظة تقرأ هذا الملف أيضًا. يُرجى التحقق من المعاينة ثم الاستيراد – أو تغيير المطابقة.
draft-saved-confirmed = أكّدها { $who } بتاريخ { $when }
draft-change-mapping = تغيير المطابقة
draft-expired-title = انتهت صلاحية المسودة
draft-expired-text = انتهت صلاحية هذه المسودة (تُحفظ المسودات 24 ساعة). يُرجى رفع الملف مرة أخرى؛ لم يُحفظ شيء.
draft-source-missing = يُرجى ذكر الناشر والجدول.
draft-choose-column = يُرجى اختيار عمود من الملف.
draft-column-taken = هذا العمود مخصَّص بالفعل لتفصيل آخر.
draft-choose-code = يُرجى اختيار الرمز المناسب أو تخطي الأسطر.
draft-choose-indicator = يُرجى اختيار المؤشر الذي تنتمي إليه هذه القيم.
draft-choose-unit = يُرجى اختيار وحدة من الكتالوج.
mappings-title = المطابقات المحفوظة
mappings-intro = لكل جدول أُكّدت مطابقته: يُتعرَّف على الملف التالي من الجدول نفسه ويُستورد بها. يمكن تنزيل كل مطابقة ملفَّ TOML للأمر «teilhabe import table --mapping».
mappings-none = لم تُحفظ أي مطابقة بعد.
mappings-table = الجدول
mappings-confirmed = تاريخ التأكيد
mappings-last-used = آخر استخدام
mappings-file = الملف
mappings-download = تنزيل TOML
mappings-link = المطابقات المحفوظة
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = تعديل المفهوم
retired = مسحوب
retired-on = سُحب بتاريخ { $date }: { $reason }
concept-edit-heading-page = تعديل المفهوم
concept-edit-intro-page = تغيير النصوص بكل لغة، وإضافة التوصيات ومجالات العمل أو سحبها أو إعادة ترتيبها. كل حفظ يصبح نسخة جديدة مع السبب، ومع قرار مجلس المدينة إن وُجد.
concept-edit-texts = النصوص
concept-edit-header = العنوان والعناوين الفرعية
concept-edit-header-intro = العنوان والعنوان الفرعي والعنوان الذي يعلو مجالات العمل، بكل لغة من لغات المفهوم. تُحذف الترجمات الفارغة؛ والنص الألماني إلزامي.
concept-edit-section-intro = عنوان هذا القسم ومقدمته وعباراته، بكل لغة من لغات المفهوم. تُحذف الترجمات الفارغة؛ والنص الألماني إلزامي.
concept-edit-field-intro = عنوان مجال العمل هذا ومقدمته وتوصياته. تحصل التوصية الجديدة على رمز تعريفها تلقائيًا؛ ولا تتغيّر رموز التعريف أبدًا. تبقى التوصيات المسحوبة محفوظة مع إجراءاتها.
concept-edit-part-title = تعديل: { $part }
concept-edit-fields = مجالات العمل
concept-edit-fields-intro = يُعدَّل مجال العمل من خلال عنوانه. تغيّر الأزرار الترتيب أو تسحب مجالًا؛ ولذلك يُرجى ذكر السبب في الأسفل أولًا.
concept-edit-title = العنوان
concept-edit-subtitle = العنوان الفرعي
concept-edit-results-heading = العنوان الذي يعلو مجالات العمل
concept-edit-heading = العنوان
concept-edit-intro = المقدمة
concept-edit-statement = العبارة { $id }
concept-edit-recommendation = التوصية { $id }
concept-edit-new-recommendation = توصية جديدة (اختياري)
concept-edit-new-field = مجال عمل جديد
concept-edit-new-field-title = عنوان مجال العمل
concept-edit-new-field-recommendation = التوصية الأولى
concept-edit-add-field = إضافة مجال عمل
concept-edit-up = إلى الأعلى
concept-edit-down = إلى الأسفل
concept-edit-retire = سحب
concept-edit-why = سبب التغيير
concept-edit-reason = لماذا يتغيّر المفهوم؟
concept-edit-reason-hint = باختصار، مثلًا «قرار المجلس بشأن الوساطة اللغوية». يُحفظ مع النسخة.
concept-edit-decision-date = تاريخ قرار مجلس المدينة (اختياري)
concept-edit-decision-date-hint = الصيغة YYYY-MM-DD. وهو أيضًا تاريخ السحب.
concept-edit-decision-reference = رقم وثيقة قرار المجلس (Drucksache، اختياري)
concept-edit-decision-reference-hint = مثلًا Drucksache 1234/2020-2025
concept-edit-save = الحفظ كنسخة جديدة
concept-edit-back = إلى نظرة «تعديل المفهوم» العامة
concept-edit-error-reason = يُرجى ذكر سبب تغيير المفهوم باختصار (500 حرف كحد أقصى).
concept-edit-error-date = يُرجى إدخال تاريخ بالصيغة YYYY-MM-DD، مثلًا 2026-11-26.
concept-edit-error-reference = لا يجوز أن يزيد رقم الوثيقة على 200 حرف.
concept-edit-error-empty = يُرجى إدخال النص الألماني.
concept-edit-conflict-title = لم يُحفظ: تغيّر المفهوم في هذه الأثناء
concept-edit-conflict = استند تغييرك إلى النسخة { $yours }، والنسخة السارية الآن هي { $current }. يعرض النموذج الآن الحالة الراهنة؛ يُرجى إدخال تغييرك مرة أخرى.
concept-edit-conflict-link = ما الذي تغيّر؟
concept-versions-title = نسخ المفهوم
concept-versions-intro = كل نسخة مع وقتها والشخص والسبب وقرار المجلس. يمكن تنزيل كل نسخة ملفَّ مفهوم يقرؤه الأمر «teilhabe concept load».
concept-versions-loaded = حُمّل من ملف مفهوم
concept-versions-current = السارية
concept-versions-at = الوقت (UTC)
concept-versions-by = بواسطة
concept-versions-why = السبب
concept-versions-decision = قرار المجلس
concept-versions-changes = التغييرات في النسخة { $version }
concept-versions-compare = مقارنة نسختين
concept-versions-from = النسخة الأقدم
concept-versions-to = النسخة الأحدث
concept-versions-show = عرض الفروق
concept-version = النسخة { $version }
concept-download-version = النسخة { $version } كملف مفهوم (TOML)
concept-difference-title = الفروق من النسخة { $from } إلى النسخة { $to }
concept-difference-none = لا فرق بين النسختين.
concept-difference-count = { $count ->
    [zero] لم يتغيّر أي جزء.
    [one] تغيّر جزء واحد.
    [two] تغيّر جزءان.
    [few] تغيّرت { $count } أجزاء.
    [many] تغيّر { $count } جزءًا.
   *[other] تغيّر { $count } جزء.
}
concept-part-concept = المفهوم
concept-part-tag = كلمة مفتاحية
concept-part-section = القسم
concept-part-statement = العبارة
concept-part-field = مجال العمل
concept-part-recommendation = التوصية
concept-change-added = أُضيف حديثًا
concept-change-removed = أُزيل
concept-change-reinstated = ساري المفعول مجددًا
concept-change-retired = سُحب بتاريخ { $date }: { $reason }
concept-change-moved = نُقل من الموضع { $from } إلى الموضع { $to }
concept-change-reparented = نُقل من «{ $from }» إلى «{ $to }»
concept-change-text = تغيّر { $what } ({ $language })
concept-change-value = تغيّر { $what }
concept-change-old = سابقًا
concept-change-new = الآن
concept-key-title = العنوان
concept-key-subtitle = العنوان الفرعي
concept-key-results_heading = العنوان الذي يعلو مجالات العمل
concept-key-heading = العنوان
concept-key-intro = المقدمة
concept-key-text = النص
concept-key-label = التسمية
concept-key-adopted = تاريخ الإقرار
concept-key-source = المصدر
concept-key-kind = النوع
concept-key-recommendation_kind = نوع التوصيات
concept-key-tags = الكلمات المفتاحية

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = المحتويات
report-title-page-year = تقرير عام { $year }
report-created = تاريخ الإعداد
report-data-date = تاريخ البيانات
report-demo-contains = تحتوي هذه الوثيقة على بيانات تجريبية. الصفحات التي فيها أرقام تجريبية مُعلَّمة في أعلاها على اليمين.
report-demo-page = بيانات تجريبية – ليست أرقامًا حقيقية
report-page = الصفحة
report-portal = على الإنترنت
report-summary = الملخّص
report-summary-gaps = أكبر الفروق وتطوّرها
report-summary-gaps-none = لا يوجد لأي مؤشر فرق بين فئة وفئتها المرجعية.
report-summary-no-measure = مجالات العمل التي فيها توصيات بلا إجراء
report-summary-no-measure-none = لكل توصية إجراء واحد على الأقل جارٍ أو مخطَّط له.
report-summary-completed = الإجراءات المنجَزة في سنة التقرير
report-summary-stopped = الإجراءات المتوقِّفة في سنة التقرير
report-summary-none = لا شيء
report-gap-line = { $values }؛ الفرق { $gap }
report-trend-narrowed = تقلّص
report-trend-widened = اتّسع
report-trend-unchanged = لم يتغيّر
report-trend-not-comparable = غير قابل للمقارنة (انقطاع في السلسلة الزمنية)
report-trend-no-earlier-year = لا توجد سنة سابقة للمقارنة
report-concept = المفهوم باختصار
report-fields = مجالات العمل
report-field-progress = تقدّم الإجراءات: { $progress }٪
report-recommendations = التوصيات
report-recommendation-measures = { $count ->
    [0] لا يوجد إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
report-measures = الإجراءات
report-measures-none = لم يُنشر أي إجراء لمجال العمل هذا.
report-measure-status = الوضع
report-measure-progress = التقدّم
report-measure-budget = الميزانية
report-measure-organisation = الجهة المنفِّذة
report-measure-period = الفترة
report-budget-planned-spent = { $planned } مخطَّط، { $spent } مصروف
report-budget-planned = { $planned } مخطَّط
report-budget-spent = { $spent } مصروف
report-working-group = فريق العمل
report-working-group-none = لم يُنشر أي عضو.
report-chair = الرئاسة
report-meetings = الاجتماعات في سنة التقرير: { $count }؛ آخر اجتماع: { $last }
report-indicators = المؤشرات
report-indicators-none = لا يرتبط أي مؤشر بمجال العمل هذا.
report-method = المنهجية
report-method-intro = تستند المؤشرات إلى الإحصاءات الرسمية ومستخرجات السجلات. يشرح هذا الفصل كيف تُحدَّد الفئات السكانية، وكيف تُحمى البيانات الفردية، ومن أين تأتي الأرقام.
report-method-concepts = مفاهيم السكان وحدودها
report-method-concept-NAT = يميّز حسب الجنسية. يُحسب المتجنّسون ألمانًا، وكذلك أبناء الآباء الأجانب الحاملون للجنسية الألمانية؛ لذلك لا تشمل فئة «الأجانب» المهاجرين إلا جزئيًا.
report-method-concept-MH = يكون للشخص خلفية هجرة (Migrationshintergrund) إذا لم يكن هو نفسه أو أحد والديه على الأقل حاملًا للجنسية الألمانية منذ الولادة. لا تعرف السجلات الوالدين إلا بشكل محدود؛ لذلك بعض القيم تقديرية.
report-method-concept-EG = يكون للشخص تاريخ هجرة (Einwanderungsgeschichte) إذا هاجر هو نفسه أو هاجر والداه كلاهما منذ عام 1950 (تعريف لجنة الخبراء المعنية بالقدرة على الاندماج). لا يمكن مقارنة النتائج مباشرةً بمفهوم خلفية الهجرة الأقدم.
report-method-concept-NONE = لا تُقسَّم هذه المؤشرات حسب الأصل.
report-method-disclosure = السرّية
report-method-disclosure-text = قد تسمح الأعداد الصغيرة باستنتاجات عن أفراد بعينهم. لذلك تُحجب هذه القيم قبل النشر (الحجب الأولي)، وكذلك القيم التي يمكن حسابها منها عكسيًا (الحجب الثانوي). لا تظهر القيم المحجوبة في هذا التقرير أبدًا كأرقام، بل كرموز فقط.
report-method-missing = { $count ->
    [0] لا تنقص هذا التقرير أي قيمة.
    [one] قيمة واحدة في هذا التقرير محجوبة أو غير ذات صلة أو غير متوفرة بعد.
    [two] قيمتان في هذا التقرير محجوبتان أو غير ذات صلة أو غير متوفرتين بعد.
    [few] { $count } قيم في هذا التقرير محجوبة أو غير ذات صلة أو غير متوفرة بعد.
    [many] { $count } قيمةً في هذا التقرير محجوبة أو غير ذات صلة أو غير متوفرة بعد.
   *[other] { $count } قيمة في هذا التقرير محجوبة أو غير ذات صلة أو غير متوفرة بعد.
}
report-method-signs = الرموز في الجداول: «.» محجوب · «x» لا معنى للقيمة · «...» القيمة ستتوفر لاحقًا · «–» لا توجد قيمة. تحمل القيم المقيَّدة قيدها بين قوسين، مثل «(مؤقت)»؛ وتشرح الحواشي الحالات الخاصة.
report-method-sources = المصادر وتاريخ البيانات
report-method-import = { $file }، استُورد بتاريخ { $date }
report-method-glossary = المصطلحات
report-glossary-gap-term = الفرق
report-glossary-gap = قيمة الفئة مطروحًا منها قيمة الفئة المرجعية في السنة نفسها، بوحدة المؤشر (بالنقاط المئوية في حالة النِّسب).
report-glossary-interval-term = فترة الثقة
report-glossary-interval = النطاق الذي تقع فيه القيمة الحقيقية باحتمال 95٪، حين يستند الرقم إلى عيّنة.
report-glossary-on-track-term = على المسار الصحيح
report-glossary-on-track = متوسط التغيّر السنوي منذ القيمة الأولى كافٍ لبلوغ الهدف في سنة الهدف.
report-glossary-provisional-term = مؤقت
report-glossary-provisional = قيمة قد تتغيّر مع الدفعات اللاحقة من بيانات الإحصاء.
report-glossary-suppressed-term = محجوب
report-glossary-suppressed = قيمة لا تُنشر حمايةً للبيانات الشخصية.
report-appendix = ملحق: المؤشرات
report-appendix-intro = جميع مؤشرات الكتالوج مع تعريفها وجميع قيمها.
report-definition = التعريف
report-numerator = البسط
report-denominator = المقام
report-unit = الوحدة
report-population-concept = مفهوم السكان
report-polarity = الاتجاه
report-source = المصدر
report-rhythm = الدورية
report-caveats = ملاحظات
report-figures = القيم
report-year = السنة
report-group = الفئة
report-value = القيمة
report-district = الحي
report-latest-change = آخر تغيّر
report-targets = الأهداف
report-footnotes = الحواشي
report-link-indicator = المؤشر على البوابة
report-sheet-subtitle = صحيفة المؤشرات – { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = التقارير
download-pdf = ملخّص بصيغة PDF
reports-title = تقارير الاندماج
reports-intro = يلخّص تقرير الاندماج ما جرى في سنة التقرير: أكبر الفروق بين الفئات، والتوصيات التي لا إجراء لها، والإجراءات المنجَزة والمنتهية، إضافةً إلى كل مجال عمل مع إجراءاته ومؤشراته. تبقى الإصدارات المعتمَدة متاحة دون تغيير.
reports-editions = الإصدارات المعتمَدة
reports-none = لم يُعتمَد أي إصدار بعد.
reports-year = سنة التقرير
reports-year-hint = المؤشرات حتى هذه السنة، والإجراءات التي أُنجزت أو انتهت في هذه السنة.
reports-language = اللغة
reports-released-at = تاريخ الاعتماد
reports-released-by = اعتمده
reports-download = تنزيل
reports-pdf-link = تقرير { $year } بصيغة PDF ({ $kb } KB)
reports-draft = إعداد مسودة
reports-draft-text = تعرض المسودة البيانات نفسها التي يعرضها الإصدار (الإجراءات والمؤشرات المنشورة فقط)، لكنها لا تُحفظ.
reports-draft-button = تنزيل المسودة بصيغة PDF
reports-release = اعتماد إصدار
reports-release-text = يحفظ الاعتماد التقرير مع البيانات التي أُعدّ منها، ويعرضه هنا للعموم. لا يُغيَّر الإصدار بعد ذلك أبدًا.
reports-release-button = اعتماد الإصدار
reports-error-year = يُرجى اختيار سنة تقرير لها مؤشرات.
reports-error-language = يُرجى اختيار إحدى لغات الموقع.
## Issue 13: the static portal (teilhabe export site)
site-search-title = البحث
site-search-intro = جميع صفحات هذه البوابة وعددها { $count }، مرتّبة حسب الحرف الأول وحسب مجال العمل.
site-search-label = البحث في الصفحات
site-search-none = لم يُعثر على أي صفحة.
site-search-some = الصفحات التي عُثر عليها: %n
site-search-letters = الصفحات من A إلى Z
site-search-fields = الصفحات حسب مجال العمل
site-search-letter-title = الصفحات تحت { $letter }
site-search-field-title = الصفحات الخاصة بمجال العمل «{ $field }»
site-search-count = { $count ->
    [zero] لا توجد صفحات.
    [one] صفحة واحدة.
    [two] صفحتان.
    [few] { $count } صفحات.
    [many] { $count } صفحةً.
   *[other] { $count } صفحة.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
# (H3 texts: machine-assisted translation, not yet reviewed by a person.)
easy-read-marker = Leichte Sprache (الألمانية المبسطة)
easy-read-not-available = هذه الصفحة غير متوفرة بلغة Leichte Sprache (الألمانية المبسطة). تُعرض الصفحة بالألمانية العادية.
content-outdated-label = النص الألماني الأصلي، وقد تغيّر بعد هذه الترجمة:
measures-col-title = العنوان
nav-translations = الترجمات
translations-title = الترجمات
translations-intro = نصوص المفهوم والمؤشرات والإجراءات باللغات المسندة إلى هذا الحساب للترجمة. الألمانية هي المصدر دائمًا. عندما يتغير نص ألماني تُعدّ ترجمته قديمة إلى أن يجددها أحد؛ وحتى ذلك الحين تعرض الصفحات النصين معًا.
translations-filter-label = اختيار النصوص
translations-language = اللغة
translations-selection = الاختيار
translations-selection-open = مفتوحة (ناقصة أو قديمة)
translations-selection-missing = ناقصة
translations-selection-outdated = قديمة
translations-selection-all = جميع النصوص
translations-kind = النوع
translations-kind-all = جميع الأنواع
translations-kind-concept = المفهوم
translations-kind-indicator = مؤشر
translations-kind-measure = إجراء
translations-summary = النصوص الناقصة: { $missing }، النصوص القديمة: { $outdated }.
translations-texts-heading = النصوص
translations-none = لا توجد نصوص في هذا الاختيار.
translations-state-current = حديثة
translations-state-outdated = قديمة
translations-state-missing = ناقصة
translations-saved = تم الحفظ.
translations-german-now = الألمانية (الحالية)
translations-german-then = الألمانية (النسخة التي تُرجمت)
translations-translation-then = الترجمة السابقة
translations-about = { $origin }، { $date }
translations-origin-human = ترجمها إنسان
translations-origin-machine-assisted = بمساعدة آلية، لم تُراجع
translations-origin-imported = مستوردة
translations-edit-new = ترجمة
translations-edit-change = تعديل الترجمة
translations-edit-title = ترجمة نص
translations-text-label = الترجمة ({ $language })
translations-error-empty = يُرجى إدخال الترجمة.
translations-error-too-long = الترجمة طويلة جدًا (20000 حرف على الأكثر).
translations-save = حفظ
translations-back = العودة إلى القائمة
translations-xliff-heading = XLIFF لمكاتب الترجمة
translations-xliff-intro = يمكن تنزيل النصوص ملفًا بصيغة XLIFF 2.0 وترجمتها في برنامج ترجمة ثم رفع الملف من جديد. يُرفض الملف المعيب كاملًا، وتذكر الرسالة السطر والعنصر.
translations-download-open = تنزيل النصوص المفتوحة (XLIFF)
translations-download-missing = تنزيل النصوص الناقصة (XLIFF)
translations-download-outdated = تنزيل النصوص القديمة (XLIFF)
translations-download-all = تنزيل جميع النصوص (XLIFF)
translations-upload-heading = رفع ملف مترجم
translations-upload-file = ملف XLIFF
translations-upload-hint = ملف XLIFF 2.0 فيه srcLang="de"؛ واللغة الهدف مذكورة في الملف.
translations-upload-submit = رفع وحفظ
admin-translates = يترجم إلى (مترجم أو مترجمة لهذه اللغات)
translations-upload-result = نتيجة الرفع
translations-upload-failed = تعذّر الرفع
translations-upload-not-a-form = لم يكن الطلب نموذجًا يتضمن ملفًا. يُرجى رفع الملف عبر النموذج في صفحة «الترجمات».
translations-upload-no-file = يُرجى اختيار ملف XLIFF.
translations-imported = تم الحفظ:
translations-import-refused = لم يُقبل الملف ولم يُحفظ شيء. يُرجى إصلاح هذه الأخطاء:
translations-imported-units = الترجمات في الملف: { $count }
translations-imported-added = جديدة: { $count }
translations-imported-changed = معدّلة: { $count }
translations-imported-unchanged = دون تغيير: { $count }
translations-imported-outdated = من نسخة ألمانية أقدم (حُفظت على أنها قديمة): { $count }
translations-imported-skipped = دون ترجمة، تم تخطيها: { $count }

## mediation
mediation-nav = الوساطة اللغوية
mediation-nav-requests = طلبات الوساطة اللغوية
mediation-demand-title = الوساطة اللغوية: الحاجة
mediation-demand-intro = طلبات المؤسسات إلى مجموعة الوسطاء اللغويين وما آلت إليه – تمت تلبيتها، لم تُلبَّ، رُفضت، أُحيلت أو أُلغيت. الطلبات غير الملبّاة تُظهر الحاجة غير المغطاة.
mediation-requests-total = مجموع الطلبات
mediation-lead-days = مدة الإشعار المسبق بالأيام (الوسيط)
mediation-no-requests = لا توجد طلبات بعد.
mediation-total = المجموع
mediation-missing-languages = لغات ليس لها وسطاء في المجموعة
mediation-missing-none = لكل لغة مطلوبة وسطاء في المجموعة.
mediation-withheld-note = تشير النقطة (.) إلى عدد لا يُنشر حمايةً للأفراد: أقل من 3 طلبات، أو يمكن استنتاجه من المجاميع.
mediation-by-language = حسب اللغة
mediation-by-month = حسب الشهر
mediation-by-sector = حسب قطاع المؤسسة
mediation-by-district = حسب حي المدينة
mediation-language = اللغة
mediation-month = الشهر
mediation-sector = القطاع
mediation-district = حي المدينة
mediation-by-field = حسب مجال العمل
mediation-field = مجال العمل
mediation-by-funding = حسب مصدر التمويل
mediation-funding = مصدر التمويل
mediation-costs-heading = الساعات والمكافآت حسب مصدر التمويل
mediation-costs-served = المهام المنجزة
mediation-costs-hours = الساعات
mediation-costs-km = الكيلومترات
mediation-costs-allowance = المكافأة باليورو
mediation-costs-note = ساعات المهام المنجزة ومبالغها؛ لا تُنشر حيث يُحجب عدد المهام لحماية الأفراد.
mediation-exports-heading = الحساب والتقرير السنوي
mediation-exports-accounting = حساب شهر: الساعات والكيلومترات والمكافآت لكل وسيط لغوي
mediation-exports-month = الشهر
mediation-exports-month-hint = السنة والشهر، مثلاً 2026-03
mediation-exports-month-error = يُرجى إدخال الشهر بصيغة السنة والشهر، مثلاً 2026-03.
mediation-exports-report = التقرير السنوي للجهة الممولة: الطلبات والنتائج والساعات والتكاليف حسب اللغة ومصدر التمويل
mediation-exports-year = السنة
mediation-exports-year-error = يُرجى إدخال سنة، مثلاً 2026.
mediation-exports-csv = التنزيل بصيغة CSV
mediation-exports-xlsx = التنزيل بصيغة XLSX
mediation-outcome-served = تمت تلبيته
mediation-outcome-unserved = لم يُلبَّ
mediation-outcome-refused = مرفوض
mediation-outcome-referred = محال
mediation-outcome-cancelled = ملغى
mediation-outcome-pending = مفتوح
mediation-sector-day-care = رعاية الأطفال
mediation-sector-school = مدرسة
mediation-sector-authority = جهة حكومية
mediation-sector-clinic = الصحة
mediation-sector-counselling = الاستشارة
mediation-sector-care-service = الرعاية المتنقلة
mediation-sector-care-home = دار رعاية
mediation-sector-youth-club = العمل الشبابي
mediation-sector-adult-education = تعليم الكبار
mediation-sector-association = جمعية
mediation-sector-carrier = جهة راعية
mediation-sector-other = أخرى
mediation-requests-title = طلبات مؤسستك
mediation-requests-intro = طلبات مؤسستك إلى مجموعة الوسطاء اللغويين وحالتها. الأوقات بالتوقيت المحلي (أوروبا/برلين).
mediation-request-number = رقم
mediation-appointment = الموعد
mediation-setting = الشكل
mediation-status = الحالة
mediation-urgent = عاجل
mediation-setting-in-person = حضوريًا
mediation-setting-phone = هاتفيًا
mediation-setting-video = عبر الفيديو
mediation-status-open = وارد
mediation-status-accepted = مقبول
mediation-status-offered = معروض
mediation-status-assigned = مؤكد
mediation-status-served = تمت تلبيته
mediation-status-referred = محال
mediation-status-refused = مرفوض
mediation-status-cancelled = ملغى
mediation-status-unserved = لم يُلبَّ
## offers
offers-nav = العروض
offers-review-nav = مراجعة العروض
offers-title = البحث عن عروض
offers-intro = دورات واستشارات ورياضة وثقافة وأماكن لقاء في بيليفيلد. اختر ما يهمك: يمكن الجمع بين عوامل التصفية، ويمكنك مشاركة عنوان هذه الصفحة.
offers-filter-heading = عوامل التصفية
offers-q = كلمات البحث
offers-category = نوع العرض
offers-category-course = دورة
offers-category-counselling = استشارة
offers-category-sport = رياضة
offers-category-culture = ثقافة
offers-category-youth = شباب
offers-category-health = صحة
offers-category-language = لغة
offers-category-parents = الآباء والأمهات
offers-category-work = العمل والمهنة
offers-cost = التكلفة
offers-cost-free = مجاني
offers-cost-free-for-refugees = مجاني للاجئين
offers-cost-reduced = رسوم مخفضة
offers-cost-fee = برسوم
offers-childcare = مع رعاية الأطفال
offers-low-threshold = بدون تسجيل (سهل الوصول)
offers-gender = لمن
offers-gender-all = للجميع
offers-gender-girls = للفتيات
offers-gender-women = للنساء
offers-gender-boys = للفتيان
offers-gender-men = للرجال
offers-language = لغة العرض
offers-district = الحي
offers-weekday = يوم الأسبوع
offers-weekday-mo = الاثنين
offers-weekday-tu = الثلاثاء
offers-weekday-we = الأربعاء
offers-weekday-th = الخميس
offers-weekday-fr = الجمعة
offers-weekday-sa = السبت
offers-weekday-su = الأحد
offers-daytime = وقت اليوم
offers-daytime-morning = صباحًا
offers-daytime-afternoon = بعد الظهر
offers-daytime-evening = مساءً
offers-accessibility = إمكانية الوصول
offers-accessibility-step-free = دخول بدون درج
offers-accessibility-hearing-loop = حلقة سمعية
offers-accessibility-easy-language = لغة مبسطة
offers-apply = عرض العروض
offers-reset = إعادة ضبط عوامل التصفية
offers-results = { $count ->
    [zero] لا يوجد عرض مناسب
    [one] عرض واحد مناسب
    [two] عرضان مناسبان
    [few] { $count } عروض مناسبة
    [many] { $count } عرضًا مناسبًا
   *[other] { $count } عرض مناسب
}
offers-none = لا يوجد عرض يطابق جميع عوامل التصفية المختارة. أزل أحد عوامل التصفية لرؤية المزيد.
offers-map-title = العروض المناسبة حسب الحي
offers-map-desc = خريطة أحياء بيليفيلد؛ كلما كان الحي أغمق، كانت العروض المناسبة فيه أكثر. الأرقام موجودة أيضًا في الجدول أدناه.
offers-map-legend = عدد العروض
offers-online = عبر الإنترنت
offers-outreach = عمل ميداني
offers-provider = مقدم العرض
offers-where = المكان
offers-features = مميزات
offers-contact = التواصل
offers-register = التسجيل
offers-calendar = إضافة إلى التقويم (iCalendar)
offers-next-dates = المواعيد القادمة
offers-calendar-web = أضف الموعد القادم إلى تقويم على الإنترنت
offers-calendar-google = تقويم Google
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = يفتح الرابط صفحة خدمة التقويم؛ لا يُحفظ شيء إلا بعد تأكيدك هناك. ملف التقويم يحتوي على جميع المواعيد.
offers-problem-title-empty = أدخل عنوانًا.
offers-problem-title-long = العنوان أطول من 200 حرف.
offers-problem-description-long = الوصف أطول من 5000 حرف.
offers-problem-no-language = اختر لغة واحدة على الأقل.
offers-problem-unknown-language = «{ $value }» ليست لغة في قائمة اللغات.
offers-problem-unknown-recommendation = «{ $value }» ليست توصية في المفهوم.
offers-problem-unknown-measure = لا يوجد إجراء برقم { $value }.
offers-problem-zero-fee = رسوم قدرها 0 يورو تعني «مجاني».
offers-problem-unknown-district = «{ $value }» ليست منطقة في المدينة.
offers-problem-address-empty = أدخل العنوان.
offers-problem-coordinates = الإحداثيات خارج النطاق المسموح.
offers-problem-outreach-district = للعمل الميداني، اذكر منطقة واحدة على الأقل.
offers-problem-registration-link = يبدأ رابط التسجيل بـ https://.
offers-problem-date-end = الموعد { $value }: النهاية ليست بعد البداية.
offers-problem-time-end = الموعد المتكرر: وقت النهاية ليس بعد وقت البداية.
offers-problem-rule = لا يمكن قراءة قاعدة التكرار: { $value }
offers-no-dates = لا توجد مواعيد مسجلة للأسابيع القادمة.
offers-back = العودة إلى البحث
offers-status-draft = مسودة (غير منشورة)
offers-status-submitted = بانتظار المراجعة (غير منشور)
offers-status-returned = أعيد للتعديل (غير منشور)
offers-status-published = منشور
offers-review-title = مراجعة العروض
offers-review-intro = قدم مقدمو العروض هذه العروض. انشر عرضًا أو أعده إلى مقدمه مع ملاحظة.
offers-review-none = لا يوجد عرض بانتظار المراجعة حاليًا.
offers-review-comment = ملاحظة لمقدم العرض
offers-review-publish = نشر
offers-review-return = إعادة للتعديل
offers-mine-nav = عروضي
offers-mine-title = عروضي
offers-mine-intro = عروض { $institution }. يراجع مكتب الاندماج كل عرض قبل نشره. أكد كل ستة أشهر على الأقل أن العرض لا يزال قائمًا.
offers-mine-list = عروضك
offers-mine-empty = لم تنشئ أي عرض بعد.
offers-mine-stale = لم يؤكَّد منذ ستة أشهر
offers-mine-hidden = مخفي حتى تؤكده
offers-mine-submit = إرسال للمراجعة
offers-mine-confirm = تأكيد أنه لا يزال قائمًا
offers-mine-new = عرض جديد
offers-mine-save = حفظ كمسودة
offers-form-errors = يرجى التحقق من هذه البيانات
offers-form-title = العنوان
offers-form-description = الوصف
offers-form-fee = الرسوم باليورو (إن لم يكن مجانيًا)
offers-form-address = العنوان البريدي
offers-form-first-date = التاريخ (للعروض الأسبوعية: الموعد الأول)
offers-form-date-hint = الصيغة YYYY-MM-DD، مثل 2026-09-01
offers-form-start = البداية (HH:MM)
offers-form-end = النهاية (HH:MM)
offers-form-weekly = أسبوعيًا في هذه الأيام (باستثناء العطل الرسمية)

## mediation pages
mediation-nav-queue = الوساطة اللغوية: التنسيق
mediation-nav-pool = مجموعة الوسطاء اللغويين
mediation-nav-assignments = مهامي
mediation-new-request-title = طلب جديد
mediation-new-request-intro = اطلبوا وسيطًا لغويًا. لا تذكروا أسماء المراجعين: فقط ما يحتاجه الموعد.
mediation-notice-hint = تُعدّ الطلبات عاجلة إذا كانت مهلتها أقل من عدد أيام العمل التالي: { $days }.
mediation-send-request = إرسال الطلب
mediation-choose = يرجى الاختيار
mediation-field-language = اللغة
mediation-field-dialect = اللهجة (اختياري)
mediation-field-setting = الشكل
mediation-field-date = التاريخ
mediation-field-time = الوقت
mediation-field-minutes = المدة بالدقائق
mediation-field-district = الحي
mediation-field-address = عنوان الموعد
mediation-field-topic = الموضوع
mediation-field-preferred_gender = الجنس
mediation-field-legal_consequences = للمحادثة عواقب قانونية
mediation-field-contact_email = البريد الإلكتروني للتأكيد
mediation-hint-dialect = مثلًا: سورية، سوراني
mediation-hint-date = الصيغة YYYY-MM-DD، مثلًا 2026-12-14
mediation-hint-time = بالتوقيت المحلي، الصيغة HH:MM، مثلًا 09:30
mediation-hint-minutes = من 15 إلى 480 دقيقة
mediation-hint-address = عنوان مؤسستكم، وليس عنوان أحد المراجعين أبدًا. مطلوب للمواعيد الحضورية.
mediation-hint-gender = الجنس المفضل للوسيط اللغوي، مثلًا في حالات العنف المنزلي
mediation-hint-legal = الشرطة، المحكمة، إثبات النسب وما شابه: يحيل التنسيق هذه الطلبات إلى مترجمين محترفين.
mediation-gender-any = بلا تفضيل
mediation-gender-female = أنثى
mediation-gender-male = ذكر
mediation-gender-diverse = متنوع
mediation-topic-education = الحضانة والمدرسة
mediation-topic-health = الصحة والرعاية
mediation-topic-social = المساعدات الاجتماعية والسكن
mediation-topic-authority = الدوائر الرسمية
mediation-topic-counselling = الاستشارة
mediation-topic-other = أخرى
mediation-error-language = يرجى اختيار لغة.
mediation-error-dialect = يرجى التحقق من اللهجة.
mediation-error-setting = يرجى اختيار شكل.
mediation-error-date = يرجى إدخال تاريخ في المستقبل (YYYY-MM-DD).
mediation-error-time = يرجى إدخال وقت (HH:MM).
mediation-error-minutes = يرجى إدخال مدة من 15 إلى 480 دقيقة.
mediation-error-district = يرجى اختيار حي.
mediation-error-address = يرجى إدخال عنوان للمواعيد الحضورية (300 حرف على الأكثر).
mediation-error-topic = يرجى اختيار موضوع.
mediation-error-preferred_gender = يرجى اختيار أحد الخيارات.
mediation-error-legal_consequences = يرجى التحقق من هذا البيان.
mediation-error-contact_email = يرجى إدخال عنوان بريد إلكتروني صالح.
mediation-error-why = يحتاج الإلغاء إلى سبب.
mediation-error-mediator = هذا الشخص محجوز في ذلك الوقت أو ليس ضمن المجموعة.
mediation-error-reason = يرجى اختيار سبب.
mediation-error-offer-closed = هذا العرض لم يعد مفتوحًا.
mediation-error-report-minutes = الدقائق: يرجى إدخال قيمة من 1 إلى 720.
mediation-error-report-km = الكيلومترات: يرجى إدخال قيمة من 0 إلى 500.
mediation-error-report-early = تُسجَّل الساعات بعد الموعد.
mediation-error-login = لا يوجد حساب بدور الوسيط اللغوي بهذا الاسم، أو أنه مرتبط بشخص آخر في المجموعة.
mediation-request-title = الطلب رقم { $id }
mediation-institution = المؤسسة
mediation-yes = نعم
mediation-no = لا
mediation-refusal-reason = سبب الرفض
mediation-refusal-no-mediator-for-language = لا يوجد وسيط لهذه اللغة
mediation-refusal-legal-consequences = عواقب قانونية
mediation-refusal-too-short-notice = المهلة قصيرة جدًا
mediation-refusal-outside-rules = خارج قواعد المجموعة
mediation-cancelled-by = ألغاه
mediation-cancelled-institution = المؤسسة
mediation-cancelled-coordination = التنسيق
mediation-decide = فحص الطلب
mediation-accept = قبول
mediation-refer = إحالة إلى مترجمين محترفين
mediation-refuse = رفض
mediation-record-unserved = تسجيل كطلب لم تتم تلبيته
mediation-suggestions = اقتراحات
mediation-suggestions-intro = مرتبة حسب الجنس المفضل ومستوى اللغة وإمكانية الوصول إلى الحي والتوفر والتوزيع العادل للمهام. الأسباب مذكورة لكل شخص.
mediation-no-suggestions = لا أحد في المجموعة يستطيع تولي هذا الطلب.
mediation-rank = الترتيب
mediation-mediator = الوسيط اللغوي
mediation-reasons = الأسباب
mediation-action = الإجراء
mediation-offer = عرض
mediation-excluded = غير مؤهلين ({ $count })
mediation-excluded-inactive = غير نشط
mediation-excluded-no-language = لا يتحدث اللغة
mediation-excluded-setting-not-offered = لا يقدم هذا الشكل
mediation-excluded-documents-lapsed = الوثائق غير سارية
mediation-excluded-absent = غائب
mediation-excluded-booked = محجوز في ذلك الوقت
mediation-reason-language = مستوى اللغة: { $level }
mediation-reason-language-tested = مستوى اللغة: { $level } (مُختبَر)
mediation-reason-dialect = يتحدث اللهجة
mediation-reason-gender-matches = الجنس المفضل
mediation-reason-gender-differs = جنس غير المفضل
mediation-reason-district = يصل إلى الحي
mediation-reason-district-out = لا يصل إلى الحي
mediation-reason-remote = هاتفيًا أو بالفيديو: الحي غير مهم
mediation-reason-available = متوفر عادةً في ذلك الوقت
mediation-reason-unavailable = غير متوفر عادةً في ذلك الوقت
mediation-reason-load = ساعات المهام في الأسابيع الأربعة الماضية: { $hours }
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = اللغة الأم
mediation-offers-made = العروض والمهام
mediation-assignment-offered = معروض
mediation-assignment-accepted = مقبول
mediation-assignment-declined = مرفوض
mediation-assignment-withdrawn = مسحوب
mediation-assignment-completed = منجز
mediation-allowance = التعويض
mediation-cancel = إلغاء الطلب
mediation-cancel-why = سبب الإلغاء
mediation-back = العودة إلى النظرة العامة
mediation-queue-title = فحص الطلبات وتوزيعها
mediation-queue-intro = جميع الطلبات المفتوحة، العاجلة أولًا، ثم حسب الموعد. الأوقات بالتوقيت المحلي (أوروبا/برلين).
mediation-assignments-title = مهامي
mediation-assignments-intro = اقبل المهام المعروضة عليك أو ارفضها؛ بعد الموعد سجّل الدقائق والكيلومترات ويُحسب التعويض.
mediation-offered = معروضة
mediation-accepted = مقبولة
mediation-done = منجزة ومغلقة
mediation-none = لا شيء.
mediation-minutes-unit = دقيقة
mediation-answer-accept = قبول
mediation-answer-decline = رفض
mediation-report = تسجيل المهمة
mediation-report-minutes = الدقائق
mediation-report-km = الكيلومترات
mediation-report-send = تسجيل
mediation-pool-title = مجموعة الوسطاء اللغويين
mediation-pool-intro = جميع الوسطاء في المجموعة. مُبرز: الوثائق المنتهية أو التي تنتهي خلال عدد الأيام التالي: { $days }.
mediation-languages = اللغات
mediation-documents = الوثائق
mediation-documents-valid = سارية
mediation-documents-lapsing = تنتهي قريبًا
mediation-document-pledge = تعهد السرية
mediation-document-good-conduct = شهادة حسن السيرة والسلوك
mediation-inactive = غير نشط
mediation-pool-account = الحساب
mediation-pool-linked = مرتبط بحساب.
mediation-pool-login = اسم المستخدم
mediation-pool-link = ربط الحساب
## collection
collection-nav = جمع البيانات
collection-nav-completeness = اكتمال التقارير
collection-list-title = تقاريري
collection-list-intro = التقارير المفتوحة لـ { $institution }: الفترة والموعد النهائي والحالة. التقارير المتأخرة مميزة.
collection-list-empty = لا يوجد تقرير مفتوح حاليًا.
collection-data-set = مجموعة البيانات
collection-period = الفترة
collection-period-quarter = الربع { $quarter } من { $year }
collection-period-month = { $month ->
    [1] كانون الثاني
    [2] شباط
    [3] آذار
    [4] نيسان
    [5] أيار
    [6] حزيران
    [7] تموز
    [8] آب
    [9] أيلول
    [10] تشرين الأول
    [11] تشرين الثاني
   *[12] كانون الأول
} { $year }
collection-due = الموعد النهائي
collection-state = الحالة
collection-timeliness = الالتزام بالموعد
collection-state-draft = مسودة
collection-state-complete = مكتمل
collection-state-approved = معتمد
collection-state-returned = مُعاد
collection-state-none = لم يبدأ بعد
collection-timeliness-on-time = في الموعد
collection-timeliness-late = متأخر
collection-timeliness-missing = تجاوز الموعد
collection-timeliness-open = مفتوح
collection-institution = المؤسسة
collection-returned-heading = أعاد مكتب الإحصاء التقرير
collection-locked = هذا التقرير مقفل: فهو مكتمل أو معتمد، أو أن فترته غير مفتوحة للإدخال.
collection-errors = يرجى التحقق من بياناتك
collection-rules-heading = قواعد التحقق غير المستوفاة
collection-importance-high = أهمية عالية
collection-importance-medium = أهمية متوسطة
collection-importance-low = أهمية منخفضة
collection-rule-sides = الجانب الأيسر { $left }، الجانب الأيمن { $right }
collection-scores-heading = نتيجة التقييم الذاتي
collection-area = المجال
collection-score = { $percent } %
collection-score-overall = الإجمالي
collection-comparison-heading = مقارنة مع مؤسسات من النوع نفسه
collection-comparison-intro = نتيجتك بجانب التقييمات الذاتية المعتمدة لمؤسسات أخرى من النوع نفسه للفترة نفسها. تُعرض الأرباع فقط، ولا تُعرض أي قيمة منفردة، وفقط عندما تجيب ثلاث مؤسسات أخرى على الأقل.
collection-comparison-own = مؤسستك
collection-comparison-lower = الربع الأدنى
collection-comparison-median = الوسيط
collection-comparison-upper = الربع الأعلى
collection-comparison-count = مؤسسات أخرى
collection-comparison-position = الموقع
collection-position-below = دون الربع الأدنى
collection-position-middle = بين الربعين
collection-position-above = فوق الربع الأعلى
collection-comparison-too-few-short = عدد قليل جدًا للمقارنة
collection-comparison-too-few = حيث تكون لدى أقل من ثلاث مؤسسات أخرى من النوع نفسه قيم معتمدة لا تُعرض مقارنة: فقد تجعل مؤسسة منفردة قابلة للتعرف عليها.
collection-compulsory = إلزامي
collection-comment = تعليق
collection-comments = تعليقات على القيم
collection-comment-on = تعليق على { $name }
collection-value = القيمة
collection-no-answer = لا إجابة
collection-yes = نعم
collection-no = لا
collection-save = حفظ المسودة
collection-complete = الإبلاغ بالاكتمال
collection-problem = إدخال
collection-completeness-title = اكتمال التقارير
collection-choose = مجموعة البيانات والفترة
collection-show = عرض
collection-expected = التقارير المتوقعة
collection-reporting-rate = نسبة الإبلاغ
collection-reporting-source = المصدر: جمع البيانات
collection-reporting = المؤسسات المعتمدة: { $reported } من { $expected } (نسبة الإبلاغ { $rate } %)
collection-reporting-latest = تُحتسب لكل مؤسسة آخر فترة معتمدة من السنة.
collection-timely-rate = نسبة الإبلاغ في الموعد
collection-completed = تاريخ الإبلاغ
collection-decision = القرار
collection-approve = اعتماد
collection-return = إعادة
collection-return-reason = سبب الإعادة إلى { $name }
## offers (phase 2)
offers-coverage-nav = تغطية العروض
offers-coverage-title = تغطية العروض حسب المنطقة
offers-coverage-intro = اختر المعايير من التوصيات، مثل مجاني ومع رعاية الأطفال. يحصي الجدول العروض العامة التي تستوفي جميع المعايير حسب المنطقة والنوع؛ تُحتسب العروض الميدانية في كل منطقة تصل إليها، والعروض عبر الإنترنت في لا منطقة.
offers-coverage-criteria = المعايير
offers-coverage-base = السكان المرجعيون
offers-coverage-base-residents = لكل 1000 ساكن
offers-coverage-base-migration-history = لكل 1000 ساكن من ذوي الخلفية المهاجرة
offers-coverage-base-women-migration-history = لكل 1000 امرأة من ذوات الخلفية المهاجرة
offers-coverage-apply = احسب التغطية
offers-coverage-gaps = الفجوات: مناطق بلا عرض مطابق
offers-coverage-no-gaps = في كل منطقة عرض مطابق واحد على الأقل.
offers-coverage-map-title = العروض المطابقة لكل 1000 من السكان المرجعيين
offers-coverage-map-desc = خريطة مناطق بيليفيلد؛ كلما كانت المنطقة أغمق زادت العروض المطابقة لكل 1000 من السكان المرجعيين. الأرقام موجودة أيضًا في الجدول.
offers-coverage-table = العروض حسب المنطقة والنوع
offers-coverage-table-caption = عدد العروض المطابقة حسب المنطقة والنوع، إجمالًا ولكل 1000 من السكان المرجعيين
offers-coverage-total = إجمالي العروض
offers-coverage-population-residents = السكان
offers-coverage-population-migration-history = السكان من ذوي الخلفية المهاجرة
offers-coverage-population-women-migration-history = النساء من ذوات الخلفية المهاجرة
offers-coverage-rate-residents = العروض لكل 1000 ساكن
offers-coverage-rate-migration-history = العروض لكل 1000 ساكن من ذوي الخلفية المهاجرة
offers-coverage-rate-women-migration-history = العروض لكل 1000 امرأة من ذوات الخلفية المهاجرة
offers-mine-edit = تعديل
offers-edit-title = تعديل العرض: { $title }
offers-edit-intro = عدّل العرض واحفظه. يراجع مكتب الاندماج العرض المنشور مرة أخرى بعد ذلك؛ ولا يكون عامًا حتى ذلك الحين.
offers-edit-back = العودة إلى عروضي
offers-edit-save = حفظ التغييرات
offers-edit-conflict = تم تغيير العرض في هذه الأثناء. أعد تحميل الصفحة وأدخل تغييرك مرة أخرى.
offers-form-section-what = ماذا
offers-form-section-where = أين
offers-form-section-when = متى
offers-form-section-links = الصلة بمفهوم الاندماج
offers-form-target-groups = الفئات المستهدفة
offers-form-location-kind = نوع المكان
offers-form-location-place = في مكان (عنوان)
offers-form-location-outreach = ميدانيًا في المناطق
offers-form-location-online = عبر الإنترنت
offers-form-latitude = خط العرض (اختياري)
offers-form-longitude = خط الطول (اختياري)
offers-form-coordinates-hint = بالدرجات العشرية، مثلًا 52.0211 و8.5325
offers-form-outreach = المناطق التي يصل إليها العرض الميداني
offers-form-repeat = التكرار (عند اختيار أيام الأسبوع)
offers-form-repeat-weekly = كل أسبوع
offers-form-repeat-biweekly = كل أسبوعين
offers-form-repeat-monthly-1 = شهريًا، في أول يوم من أيام الأسبوع هذه
offers-form-repeat-monthly-2 = شهريًا، في ثاني يوم من أيام الأسبوع هذه
offers-form-repeat-monthly-3 = شهريًا، في ثالث يوم من أيام الأسبوع هذه
offers-form-repeat-monthly-4 = شهريًا، في رابع يوم من أيام الأسبوع هذه
offers-form-repeat-monthly-last = شهريًا، في آخر يوم من أيام الأسبوع هذه
offers-form-until = آخر موعد (اختياري)
offers-form-except = المواعيد الملغاة (إضافة إلى العطل الرسمية)
offers-form-except-hint = تاريخ واحد في كل سطر، مثلًا 2026-10-27
offers-form-more-dates = مواعيد منفردة أخرى
offers-form-more-dates-hint = موعد واحد في كل سطر: التاريخ والبداية والنهاية، مثلًا 2026-12-12 14:00-17:00
offers-form-days = في أيام الأسبوع هذه (ليس في العطل الرسمية)
offers-form-recommendations = توصيات المفهوم التي يخدمها العرض
offers-form-recommendations-hint = معرّفات مفصولة بفواصل، مثلًا kultur-freizeit-1, sport-1
offers-form-measures = الإجراءات التي ينتمي إليها العرض
offers-form-measures-hint = أرقام مفصولة بفواصل، مثلًا 12, 7
offers-coverage-map-legend = عروض لكل 1000

## Issue 15: the pool form and a mediator's availability
mediation-nav-availability = أوقات توفّري
mediation-pool-new = إضافة شخص إلى المجموعة
mediation-pool-edit = تعديل
mediation-pool-availability = أوقات التوفّر
mediation-record-new-title = إضافة شخص إلى مجموعة الوسطاء اللغويين
mediation-record-edit-title = سجل المجموعة: { $name }
mediation-record-intro = جميع البيانات الخاصة بشخص في المجموعة. لا تُحفظ الأسطر الفارغة؛ لإضافة مزيد من اللغات أو الفترات الزمنية أو فترات الغياب احفظ السجل ثم افتحه من جديد.
mediation-record-save = حفظ السجل
mediation-record-back = العودة إلى المجموعة
mediation-record-name = الاسم
mediation-record-email = عنوان البريد الإلكتروني
mediation-record-gender = الجنس
mediation-record-active = نشط في المجموعة
mediation-record-active-hint = لا يُقترح للمهام إلا الأشخاص النشطون.
mediation-record-languages = اللغات
mediation-record-languages-hint = لكل لغة: المستوى بحسب التقييم الذاتي، والمستوى المختبَر إن أُجري اختبار لغة.
mediation-record-language = اللغة { $n }
mediation-record-self-declared = المستوى (تقييم ذاتي)
mediation-record-tested = المستوى (مختبَر)
mediation-record-untested = لم يُختبر
mediation-record-settings = أشكال الوساطة اللغوية
mediation-record-districts = الأحياء التي يمكن الوصول إليها (للمواعيد الحضورية)
mediation-record-din_topics = التأهيل وفق المعيار DIN 19457
mediation-din-role = الدور
mediation-din-impartiality = الحياد
mediation-din-confidentiality = السرية
mediation-din-briefing = التحضير والمراجعة بعد الموعد
mediation-record-weekly = التوفّر الأسبوعي
mediation-record-weekly-hint = فترات زمنية بالتوقيت المحلي، البداية والنهاية بصيغة HH:MM (مثلًا من 08:30 إلى 12:00).
mediation-record-slot = الفترة الزمنية { $n }
mediation-record-from = من
mediation-record-to = إلى
mediation-record-absences = فترات الغياب
mediation-record-absences-hint = اليوم الأول واليوم الأخير، وكلاهما مشمول. ليوم واحد يكفي التاريخ الأول.
mediation-record-absence = الغياب { $n }
mediation-record-absent-from = اليوم الأول
mediation-record-absent-to = اليوم الأخير
mediation-record-pledge_until = التعهد بالسرية ساري المفعول حتى
mediation-record-good_conduct_until = شهادة حسن السيرة والسلوك سارية حتى
mediation-record-rate_per_hour = التعويض عن كل ساعة (يورو)
mediation-record-rate_per_km = تكاليف التنقل لكل كيلومتر (يورو)
mediation-record-rate-hint = المبلغ باليورو، مثلًا 15,00.
mediation-record-error-name = يرجى إدخال اسم.
mediation-record-error-email = يرجى إدخال عنوان بريد إلكتروني صالح.
mediation-record-error-gender = يرجى اختيار الجنس.
mediation-record-error-languages = يرجى إدخال لغة واحدة على الأقل، كل لغة مرة واحدة فقط ومع مستوى التقييم الذاتي لكل منها.
mediation-record-error-districts = يرجى اختيار أحياء من القائمة فقط.
mediation-record-error-settings = يرجى اختيار شكل واحد على الأقل.
mediation-record-error-din_topics = يرجى اختيار مواضيع من القائمة فقط.
mediation-record-error-weekly = يرجى إدخال يوم من أيام الأسبوع وبداية ونهاية بصيغة HH:MM لكل فترة زمنية، على أن تسبق البداية النهاية.
mediation-record-error-absences = يرجى إدخال تواريخ صالحة لكل غياب (YYYY-MM-DD)، على ألا يسبق اليوم الأخير اليوم الأول.
mediation-record-error-pledge_until = يرجى إدخال تاريخ صالح (YYYY-MM-DD).
mediation-record-error-good_conduct_until = يرجى إدخال تاريخ صالح (YYYY-MM-DD).
mediation-record-error-rate_per_hour = يرجى إدخال مبلغ باليورو غير سالب (مثلًا 15,00).
mediation-record-error-rate_per_km = يرجى إدخال مبلغ باليورو غير سالب (مثلًا 0,30).
mediation-availability-title = أوقات التوفّر: { $name }
mediation-availability-intro = متى يمكنك عادةً تولّي المهام ومتى تكون غائبًا. تفضّلك جهة التنسيق للمواعيد ضمن هذه الفترات ولا تقترحك أبدًا في أيام غيابك.
mediation-availability-save = حفظ أوقات التوفّر

## Issue 17: reports of discrimination
discrimination-nav-report = الإبلاغ عن التمييز
discrimination-nav-counselling = استشارات مكافحة التمييز
discrimination-report-title = الإبلاغ عن التمييز
discrimination-report-intro = هل تعرّضت للتمييز في مدينتنا أو شهدته؟ يمكنك الإبلاغ عنه هنا – دون حساب ودون ذكر اسمك. يُحصي مكتب استشارات مكافحة التمييز كل بلاغ، ليتّضح أين يحدث التمييز.
discrimination-report-privacy = يُرجى عدم ذكر أي أسماء أو عناوين. تُحذف عناوين البريد الإلكتروني وأرقام الهاتف الواردة في النص قبل حفظه. ولا تُحفظ وسيلة للتواصل معك إلا إذا طلبت الاستشارة – وتُحفظ مشفّرة، وتُحذف فور انتهاء الاستشارة.
discrimination-report-offline = يحتاج هذا النموذج إلى خادم المدينة. لا يمكن إرساله من هذه النسخة المحفوظة من البوابة.
discrimination-report-send = إرسال البلاغ
discrimination-report-link = الإبلاغ عن التمييز
discrimination-statistics-link = إحصاءات الحالات الموثّقة
discrimination-choose = يرجى الاختيار
discrimination-not-stated = لم يُذكر
discrimination-not-recorded = لم يُسجَّل
discrimination-field-area = مجال الحياة
discrimination-hint-area = أين حدث ذلك؟
discrimination-field-district = الحي
discrimination-hint-district = اختياري. يُرجى عدم ذكر أي عنوان.
discrimination-field-month = الشهر
discrimination-hint-month = متى حدث ذلك؟ الشهر والسنة، مثلًا 2026-11.
discrimination-field-grounds = أسباب التمييز
discrimination-field-racism = إن كان التمييز عنصريًا: ما شكل العنصرية؟ (اختياري)
discrimination-field-what = ماذا حدث؟
discrimination-hint-what = صِف باختصار ما حدث. 5000 حرف كحدٍّ أقصى.
discrimination-field-counselling = أرغب في الحصول على استشارة
discrimination-hint-counselling = عندئذٍ سيتواصل معك مكتب استشارات مكافحة التمييز.
discrimination-field-contact = كيف يمكننا التواصل معك؟
discrimination-hint-contact = فقط إذا كنت ترغب في الاستشارة: عنوان بريد إلكتروني أو رقم هاتف أو مركز استشارات يمكننا التواصل معك عن طريقه.
discrimination-honeypot = يرجى ترك هذا الحقل فارغًا
discrimination-error-area = يرجى اختيار مجال من مجالات الحياة.
discrimination-error-district = يرجى اختيار حي من القائمة أو «لم يُذكر».
discrimination-error-month = يرجى إدخال شهر (YYYY-MM)، على ألّا يكون في المستقبل ولا قبل عام 2000.
discrimination-error-grounds = يرجى اختيار سبب واحد على الأقل من أسباب التمييز.
discrimination-error-what_happened = يرجى وصف ما حدث باختصار (5000 حرف كحدٍّ أقصى).
discrimination-error-wants_counselling = يرجى التحقق من هذه الإجابة.
discrimination-error-contact = يرجى ذكر كيف يمكننا التواصل معك (300 حرف كحدٍّ أقصى).
discrimination-error-no-key = لا يمكن حاليًا حفظ بيانات التواصل بشكل آمن. أرسل البلاغ دون طلب استشارة، أو تواصل مباشرةً مع مكتب استشارات مكافحة التمييز.
discrimination-limit-title = بلاغات كثيرة جدًا
discrimination-limit-text = وصلت من شبكتك عدة بلاغات خلال الساعة الماضية. يرجى المحاولة مرة أخرى بعد { $minutes ->
    [zero] قليل
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
discrimination-receipt-title = شكرًا على بلاغك
discrimination-receipt-code = وصل بلاغك. رمز بلاغك:
discrimination-receipt-keep = دوِّن هذا الرمز. إذا تواصلت مع مكتب استشارات مكافحة التمييز، يمكنه العثور على بلاغك بواسطته. لا تحتاج إلى حساب.
discrimination-receipt-counselling = سيتواصل معك مكتب استشارات مكافحة التمييز بالطريقة التي ذكرتها.
discrimination-receipt-counted = يُحتسب بلاغك دون اسمك، ويساعد على إظهار أين يحدث التمييز.
discrimination-statistics-title = حالات التمييز الموثّقة في عام { $year }
discrimination-caveat = تبيّن الأرقام عدد الحالات التي أُبلغ عنها ووُثّقت – لا عدد مرات حدوث التمييز. كثير من المتضررين لا يُبلغون عن شيء.
discrimination-years = السنوات
discrimination-no-cases = لا توجد حالات موثّقة لهذه السنة.
discrimination-cases-heading = الحالات الجديدة
discrimination-figure = المؤشر
discrimination-quarter = الربع { $quarter }
discrimination-new-cases = الحالات الجديدة
discrimination-racist-share = نسبة التمييز العنصري
discrimination-total = المجموع
discrimination-mentions = يمكن ذكر أكثر من إجابة: قد تُحتسب الحالة الواحدة أكثر من مرة.
discrimination-one-per-case = إجابة واحدة لكل حالة؛ وليس لكل حالة إجابة.
discrimination-withheld = تدل النقطة (.) على قيمة لا تُنشر حمايةً للأشخاص المتضررين: الأعداد الأقل من { $min } والقيم التي يمكن أن تُستنتج منها هذه الأعداد حسابيًا.
discrimination-dimension-area = مجالات الحياة
discrimination-dimension-ground = أسباب التمييز
discrimination-dimension-form = الأشكال
discrimination-dimension-level = المستويات
discrimination-dimension-intervention = التدخلات
discrimination-dimension-outcome = النتائج
discrimination-inbox-title = استشارات مكافحة التمييز
discrimination-inbox-intro = البلاغات والحالات. لا يرى هذه الصفحة إلا المستشارون والمستشارات؛ ويُسجَّل كل اطّلاع عليها.
discrimination-case-new = فتح حالة دون بلاغ
discrimination-held-heading = البلاغات المحتجزة
discrimination-held-intro = بدت هذه البلاغات كأنها أُرسلت آليًا. تحقّق منها: اعتمدها أو احذفها بوصفها رسائل مزعجة.
discrimination-held-note = احتجز فحصُ الرسائل المزعجة هذا البلاغ.
discrimination-waiting-heading = بلاغات بلا حالة
discrimination-waiting-none = لا توجد بلاغات في الانتظار.
discrimination-cases-list-heading = الحالات الجارية والحالات المغلقة خلال آخر 90 يومًا
discrimination-cases-all-heading = جميع الحالات
discrimination-cases-all-link = عرض جميع الحالات
discrimination-cases-recent-link = عرض الحالات الجارية والمغلقة مؤخرًا فقط
discrimination-cases-none = لا توجد حالات بعد.
discrimination-col-report = البلاغ
discrimination-col-code = الرمز
discrimination-col-received = تاريخ الورود
discrimination-col-counselling = طُلبت استشارة
discrimination-col-case = الحالة
discrimination-yes = نعم
discrimination-no = لا
discrimination-report-page-title = البلاغ { $id }
discrimination-release = اعتماد
discrimination-delete-spam = حذف بوصفه رسالة مزعجة
discrimination-to-case = الانتقال إلى الحالة
discrimination-case-open-for = فتح حالة
discrimination-show-contact = عرض بيانات التواصل
discrimination-no-contact = لا توجد بيانات تواصل محفوظة (أو حُذفت عند إغلاق الحالة).
discrimination-back = العودة إلى النظرة العامة
discrimination-case-new-title = حالة جديدة
discrimination-case-title = الحالة { $id }
discrimination-case-intro = التوثيق وفق المعيار الأدنى: مجالات الحياة وأسباب التمييز والأشكال والتدخلات والنتيجة. الملاحظات اختيارية ولا تُصدَّر أبدًا، وتُحذف عناوين البريد الإلكتروني وأرقام الهاتف عند الحفظ.
discrimination-case-areas = مجالات الحياة
discrimination-case-grounds = أسباب التمييز
discrimination-case-forms = الأشكال
discrimination-case-interventions = التدخلات
discrimination-case-level = المستوى
discrimination-case-agg = هل تندرج الحالة تحت AGG (القانون العام للمساواة في المعاملة في ألمانيا)؟
discrimination-agg-unclear = غير واضح
discrimination-agg-yes = نعم
discrimination-agg-no = لا
discrimination-case-outcome = النتيجة
discrimination-case-outcome-hint = تحتاج الحالة المغلقة إلى نتيجة غير «قيد المعالجة».
discrimination-case-opened = تاريخ البدء
discrimination-case-closed = تاريخ الإغلاق
discrimination-case-closed-hint = اتركه فارغًا ما دامت الحالة جارية. عند الإغلاق تُحذف بيانات التواصل؛ أما الحالة نفسها فتُحذف بعد انقضاء مهلة الحذف.
discrimination-case-open = جارية
discrimination-case-notes = ملاحظات
discrimination-case-notes-hint = اختياري، 5000 حرف كحدٍّ أقصى. دون أسماء.
discrimination-case-save = حفظ الحالة
discrimination-case-conflict = تغيّرت في هذه الأثناء
discrimination-case-error-areas = يرجى اختيار مجال واحد على الأقل من مجالات الحياة.
discrimination-case-error-grounds = يرجى اختيار سبب واحد على الأقل من أسباب التمييز.
discrimination-case-error-forms = يرجى التحقق من الأشكال.
discrimination-case-error-interventions = يرجى التحقق من التدخلات.
discrimination-case-error-level = يرجى اختيار مستوى من القائمة.
discrimination-case-error-agg = لا ينطبق قانون AGG إلا إذا كان أحد مجالات الحياة وأحد أسباب التمييز ضمن نطاق تطبيقه.
discrimination-case-error-outcome = تحتاج الحالة المغلقة إلى نتيجة غير «قيد المعالجة».
discrimination-case-error-opened = يرجى إدخال تاريخ لا يقع في المستقبل.
discrimination-case-error-closed = لا يجوز أن يسبق تاريخ الإغلاق تاريخ البدء، ولا أن يقع في المستقبل.
discrimination-case-error-notes = 5000 حرف كحدٍّ أقصى.
discrimination-case-error-version = حفظ شخص آخر الحالة في هذه الأثناء. ما أدخلته موجود أدناه؛ احفظ مرة أخرى لاعتماده.
