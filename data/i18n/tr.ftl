# Turkish (Türkçe) — machine-assisted translation, not yet reviewed by a person (issue 14).
# Date: 2026-12-02. Source: de.ftl (German is the source; same ids and order). Formal address (siz).

language-name = Türkçe
# ltr or rtl
language-direction = ltr

site-name = teilhabe
site-tagline = { $city } Şehri Entegrasyon Konsepti
skip-to-content = İçeriğe geç
nav-main = Ana menü
nav-language = Dil seçin
nav-breadcrumb = Bulunduğunuz yer
nav-home = Ana sayfa
nav-fields = Eylem alanları
nav-search = Arama

search-label = Entegrasyon konseptinde arayın
search-button = Ara
search-title = Arama
search-hint = Konseptin tüm metinlerinde arayın: temel ilkeler (Leitbild), hedefler, eylem alanları ve eylem önerileri. Büyük/küçük harf ve Almanca özel harfler (ä, ö, ü) fark etmez.
search-results = { $count ->
    [0] “{ $query }” için sonuç bulunamadı.
    [one] “{ $query }” için bir sonuç.
   *[other] “{ $query }” için { $count } sonuç.
}
search-kind-section = Bölüm
search-kind-statement = İlke
search-kind-field = Eylem alanı
search-kind-recommendation = Eylem önerisi
search-kind-area = Alan

start-adopted = Kabul tarihi: { $date }
start-fields-intro = Konsept, eylem önerilerini (Handlungsempfehlungen) { $count } eylem alanına (Handlungsfelder) ayırır. Her eylem önerisinin, tedbirlerin ve göstergelerin atıfta bulunduğu sabit bir kimliği vardır.
start-all-fields = Tüm eylem alanlarını görün
section-adopted = Kabul tarihi: { $date }

fields-title = Eylem alanları
fields-intro = { $count } eylem alanı, toplam { $recommendations } eylem önerisi.
field-recommendation-count = { $count ->
    [one] bir eylem önerisi
   *[other] { $count } eylem önerisi
}
field-area-count = { $count ->
    [one] bir alan
   *[other] { $count } alan
}
field-recommendations = Eylem önerileri
field-areas = Alanlar
field-id = Kimlik
field-tags = Özellikler
field-previous = Önceki eylem alanı
field-next = Sonraki eylem alanı
field-back = Tüm eylem alanlarına dön

footer-source = Kaynak
footer-version = Sürüm { $version }, yükleme tarihi: { $date }
footer-software = Belediyelerin entegrasyon çalışmaları için özgür yazılım olan teilhabe ile çalışır.
footer-api = Açık arayüz (JSON)

not-found-title = Sayfa bulunamadı
not-found-text = Bu adreste bir sayfa yok. Arama veya ana sayfa yardımcı olabilir.
no-concept-title = Henüz konsept yüklenmedi
no-concept-text = Bu veritabanında henüz bir entegrasyon konsepti kayıtlı değil. “teilhabe concept load DOSYA” ile bir konsept yükleyin veya “teilhabe serve --demo” ile başlayın.
error-title = Bir hata oluştu
error-text = Sayfa şu anda gösterilemiyor. Lütfen daha sonra tekrar deneyin.

month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
date-long = { $day } { $month } { $year }

# --- measures, working groups, accounts ---

nav-measures = Tedbirler
nav-programmes = Programlar
nav-working-groups = Çalışma grupları
nav-admin = Yönetim
account-signed-in-as = Oturum açan: { $name }
account-login = Oturum aç
account-logout = Oturumu kapat
account-title = Hesabım
account-password = Şifreyi değiştir
account-current = Mevcut şifre
account-new = Yeni şifre
account-repeat = Yeni şifreyi tekrarlayın
account-change = Şifreyi değiştir
account-error-current = Mevcut şifre doğru değil.
account-error-repeat = İki yeni şifre birbirinden farklı.
account-sessions = Oturumlar
account-sessions-text = Başkasına ait veya kaybolmuş bir cihazda oturumunuz açıksa: bu düğme tüm cihazlardaki tüm oturumlarınızı sonlandırır. Yeni bir şifre de aynı şeyi yapar.
account-logout-everywhere = Her yerde oturumu kapat

demo-badge = Örnek veriler
demo-notice = Bu tedbir bir örnektir (demo verileri) ve şehrin gerçek bir tedbirini tanımlamaz.
measure-unpublished = yayımlanmadı
measure-kicker = Tedbir
measure-new-title = Yeni tedbir
measure-edit-title = Tedbiri düzenle
measure-delete = Tedbiri sil
measure-facts = Bilgiler
measure-history = Geçmiş
measure-progress = İlerleme %{ $percent }

progress-label = İlerleme %{ $percent } ({ $weighting })
progress-weighted-budget = planlanan bütçeye göre ağırlıklı
progress-weighted-equal = tüm tedbirler eşit ağırlıkta
progress-no-measures = Henüz tedbir yok
progress-none-counting = Süren tedbir yok
progress-gaps = { $total } eylem önerisinden { $count } tanesinin tedbiri yok

status-idea = fikir
status-planned = planlandı
status-running = sürüyor
status-completed = tamamlandı
status-permanent = kalıcı hâle getirildi
status-stopped = durduruldu
status-none = yok
status-count-idea = { $count } fikir
status-count-planned = { $count } planlandı
status-count-running = { $count } sürüyor
status-count-completed = { $count } tamamlandı
status-count-permanent = { $count } kalıcı hâle getirildi
status-count-stopped = { $count } durduruldu

programme-concept = Entegrasyon konsepti
programme-refugee = Mülteciler için program “{ $name }”
programme-both = Entegrasyon konsepti ve “{ $name }”
districts-all = şehrin tamamı (tüm ilçeler)
districts-some = şu ilçelerde:
value-none = –
value-yes = evet
value-no = hayır

col-id = Numara
col-field = Eylem alanı
col-title_de = Başlık (Almanca)
col-title_en = Başlık (İngilizce)
col-description_de = Açıklama (Almanca)
col-description_en = Açıklama (İngilizce)
col-recommendations = Eylem önerileri
col-programme = Program
col-organisation = Sorumlu kuruluş
col-contact = İrtibat kişisi
col-working_group = Çalışma grubu
col-status = Durum
col-stop_reason = Durdurma gerekçesi
col-progress = İlerleme (%)
col-start_date = Başlangıç
col-end_date = Bitiş
col-budget_planned = Planlanan bütçe (EUR)
col-budget_spent = Harcanan bütçe (EUR)
col-target_groups = Hedef gruplar
col-districts = İlçeler
col-gender_aspect = Toplumsal cinsiyet boyutu
col-gender_aspect_note = Tedbir toplumsal cinsiyeti nasıl dikkate alıyor
col-evidence = Kanıtlar
col-milestones = Kilometre taşları
col-published = Yayın

hint-id = { "" }
hint-title_de = Zorunlu alan. Kısa ve anlaşılır.
hint-title_en = İsteğe bağlı.
hint-description_de = Ne yapılıyor, kimin için, hangi amaçla.
hint-description_en = İsteğe bağlı.
hint-recommendations = Tedbirin hizmet ettiği en az bir eylem önerisi.
hint-programme = { "" }
hint-organisation = { "" }
hint-contact = Ad ve ulaşım bilgisi, ör. e-posta adresi.
hint-working_group = { "" }
hint-status = Yalnızca izin verilen sonraki adımlar sunulur.
hint-stop_reason = Yalnızca durdurulan tedbirler için; onlar için zorunludur.
hint-progress = 0 ile 100 arasında bir tam sayı.
hint-start_date = { "" }
hint-end_date = { "" }
hint-budget_planned = Euro olarak, ör. 12.500,00.
hint-budget_spent = Euro olarak, ör. 8.250,50.
hint-target_groups = { "" }
hint-districts = { "" }
hint-gender_aspect = { "" }
hint-gender_aspect_note = Tedbirin toplumsal cinsiyet boyutu varsa zorunludur.
hint-evidence = Her satıra bir kanıt: ad <https://…>
hint-milestones = Her satıra bir kilometre taşı: YYYY-AA-GG metin
hint-published = { "" }

timeline-created = oluşturuldu
timeline-changed = değiştirildi
timeline-deleted = silindi

measures-title = Tedbirler
measures-count = { $count ->
    [0] Tedbir bulunamadı.
    [one] Bir tedbir.
   *[other] { $count } tedbir.
}
filter-title = Tedbirleri filtrele
filter-text = Arama terimi
filter-apply = Uygula
filter-reset = Filtreleri sıfırla
filter-any = tümü

form-errors = Lütfen şu bilgileri kontrol edin:
form-section-description = Açıklama
form-section-responsibility = Sorumluluk
form-section-state = Durum ve bütçe
form-section-evidence = Kanıtlar ve kilometre taşları
form-gender-aspect = Tedbirin toplumsal cinsiyet boyutu var
form-published = Herkese açık (oturum açmadan da görünür)
form-save = Kaydet
form-cancel = İptal

conflict-title = Bu tedbir bu arada başka biri tarafından değiştirildi.
conflict-text = Girdiğiniz bilgiler aşağıdaki formda korunuyor. Bunları kayıtlı durumla karşılaştırın ve kendi sürümünüzü geçerli kılmak için yeniden kaydedin.
conflict-updated-at = Son kayıt: { $date }.
conflict-caption = Kayıtlı durumla farklar (sürüm { $version })
conflict-field = Bilgi
conflict-yours = Sizin girdiğiniz
conflict-theirs = Kayıtlı

error-required = Lütfen doldurun.
error-unknown-recommendation = “{ $id }” konseptin bir eylem önerisi değil.
error-retired-recommendation = “{ $id }” konseptten geri çekildi; onu yalnızca zaten ona hizmet eden tedbirler korur.
error-unknown-working-group = “{ $id }” konseptin bir eylem alanı değil.
error-unknown-target-group = “{ $id }” bilinen bir hedef grup değil.
error-unknown-district = “{ $id }” bir ilçe değil.
error-unknown-language = “{ $id }” bir dil kodu değil.
error-cell-progress = “{ $value }” bir ilerleme değeri değil; 0 ile 100 arasında bir tam sayı bekleniyor.
error-cell-date = “{ $value }” bir tarih değil; GG.AA.YYYY veya YYYY-AA-GG bekleniyor.
error-cell-money = “{ $value }” bir tutar değil; ör. 12.500,00 bekleniyor.
error-cell-evidence = “{ $value }” bir bağlantı değil; “ad <https://…>” bekleniyor.
error-cell-milestone = “{ $value }” bir kilometre taşı değil; “YYYY-AA-GG metin” bekleniyor.
error-end-before-start = Bitiş, başlangıçtan önce.
error-stop-reason = Durdurulan bir tedbir için gerekçe gerekir.
error-gender-note = Tedbirin toplumsal cinsiyeti nasıl dikkate aldığını bir cümleyle açıklayın.
error-negative-amount = Tutarlar negatif olamaz.
error-transition = “{ $from }” durumundaki bir tedbir “{ $to }” durumuna geçemez.
error-transition-allowed = Mümkün olan: { $allowed }.

programmes-title = Entegrasyon konsepti ve mülteciler için program
programmes-intro = Entegrasyon konsepti, mültecilere yönelik hizmetlerle eşgüdüm sağlanarak kaynakların tasarruflu kullanılmasını ister. Burada iki programın tedbirleri yan yana gösterilir.
programmes-overlaps = { $count ->
    [0] Olası çakışma yok
    [one] Bir olası çakışma
   *[other] { $count } olası çakışma
}
programmes-overlaps-intro = Bu tedbirler her iki programda da aynı eylem önerisine, aynı hedef gruba ve aynı ilçeye hizmet ediyor.
programmes-no-overlaps = Bir programın hiçbir tedbiri diğer programın bir tedbiriyle tamamen örtüşmüyor.

login-title = Oturum aç
login-intro = Çalışma gruplarının üyeleri, entegrasyon bürosu ve istatistik birimi için.
login-name = Kullanıcı adı
login-password = Şifre
login-submit = Oturum aç
login-failed = Kullanıcı adı veya şifre yanlış.
login-throttled = Çok fazla başarısız deneme. Lütfen { $minutes ->
    [one] bir dakika
   *[other] { $minutes } dakika
} bekleyin.

forbidden-title = Yetki yok
forbidden-text = Rolünüzle bu sayfayı kullanamazsınız.
csrf-title = Formun süresi doldu
csrf-text = Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin. Bu, başka web sitelerinin gizlice gönderdiği formlara karşı koruma sağlar.

role-administrator = Yönetim
role-editor = Çalışma grubu (düzenleme)
role-statistician = İstatistik birimi
role-viewer = Okuma erişimi (dahili)
role-concept-editor = Konsept düzenleme
role-translator = Çeviri (yalnızca atanan diller)
role-requester = Kurum (dil aracılığı talebi)
role-mediator = Dil aracısı
role-mediation-coordinator = Dil aracılığı koordinasyonu
role-reporter = Bildirim yapan kurum (bir kurumun verileri)
role-provider = Sağlayıcı (bir kuruluşun teklifleri)
role-counsellor = Ayrımcılık karşıtı danışmanlık (vaka kayıtları)

admin-users-title = Kullanıcı hesapları
admin-tokens-title = API anahtarları
admin-audit-title = Kayıt defteri
admin-users-list = Mevcut hesaplar
admin-inactive = kilitli
admin-display-name = Ad
admin-role = Rol
admin-field = Eylem alanı (çalışma grubu)
admin-field-hint = Yalnızca “çalışma grubu” rolü için: hesabın tedbirlerini düzenlediği eylem alanı.
admin-institution = Kurum
admin-error-institution = Bu kurum kurum kaydında yok (artık yok).
account-messages = E-posta ile mesajlar
account-email = E-posta adresi
account-email-hint = Hatırlatmalar ve mesajlar (ör. kurumunuzun formları veya teklifleri hakkında) bu adrese gönderilir. Boş bırakırsanız e-posta gönderilmez.
account-email-save = Adresi kaydet
account-email-saved = E-posta adresi kaydedildi.
account-email-removed = E-posta adresi kaldırıldı; bu hesap e-posta almaz.
admin-email-hint = İsteğe bağlı. Adres olmadan hesap e-posta almaz.
admin-error-email = ad@ornek.de biçiminde bir e-posta adresi girin veya alanı boş bırakın.
admin-new-password = Yeni şifre (boş bırakılırsa değişmez)
admin-active = Hesap etkin
admin-new-user = Yeni hesap
admin-create-user = Hesap oluştur
admin-error-role = Lütfen bir rol seçin.
admin-error-field = “Çalışma grubu” rolü bir eylem alanı gerektirir.
admin-error-login = Kullanıcı adı yalnızca küçük harf (Latin), rakam, nokta, alt çizgi ve tire içerebilir.
admin-error-password = Şifre en az { $min } karakter olmalıdır.
admin-error-duplicate = “{ $login }” adlı bir hesap zaten var.
admin-error-self = Kendi hesabınızı kilitleyemez veya yetkisini düşüremezsiniz.
admin-user-created = “{ $login }” hesabı oluşturuldu.
admin-user-updated = “{ $login }” hesabı kaydedildi.
admin-tokens-intro = API anahtarları, betiklerin bir rolle erişmesini sağlar. Bir anahtar yalnızca bir kez gösterilir ve her zaman iptal edilebilir.
admin-token-created = Yeni anahtar – şimdi kopyalayın, bir daha gösterilmeyecek:
admin-token-name = Ad
admin-token-created-at = Oluşturulma
admin-token-used = Son kullanım
admin-token-state = Durum
admin-token-revoked = iptal tarihi
admin-token-revoke = İptal et
admin-new-token = Yeni API anahtarı
admin-create-token = Anahtar oluştur
admin-error-token-name = Lütfen bir ad girin.
admin-error-token-days = Geçerlilik süresi 1 ile { $max } gün arasında olmalıdır.
admin-token-expires = Geçerlilik sonu
admin-token-expires-at = Geçerlilik sonu: { $at } (UTC).
admin-token-days = Gün olarak geçerlilik süresi (en fazla { $max })
admin-token-expired = süresi doldu
admin-tokens-rules = Bir anahtar, geçerlilik tarihinde ve onu oluşturan hesap kilitlendiği ya da rolü veya eylem alanı değiştiği anda geçersiz olur. Hesapları ve anahtarları yalnızca oturum açmış bir kişi yönetir – asla anahtarlı bir betik değil.
password-error-long = Şifre en fazla { $max } karakter olabilir.
password-error-common = Bu şifre çok yaygın (sık kullanılan şifreler listesinde var veya kullanıcı adıyla aynı). Lütfen başka bir şifre seçin.
admin-audit-type = Tür (ör. measure, user, token)
admin-audit-id = Kimlik
admin-audit-csv = CSV olarak indir
admin-audit-at = Zaman (UTC)
admin-audit-actor = Kim
admin-audit-action = İşlem
admin-audit-entity = Nesne
admin-audit-field = Alan
admin-audit-change = Değişiklik

groups-title = Çalışma grupları
groups-intro = Her eylem alanının bir çalışma grubu vardır. Grubun üyeleri o eylem alanının tedbirlerini güncel tutar.
groups-members = { $count ->
    [0] henüz üye yok
    [one] bir üye
   *[other] { $count } üye
}
groups-chair = Başkanlık
group-title = Çalışma grubu: { $field }
group-field-link = Eylem alanına git
group-measures-link = Çalışma grubunun tedbirleri
group-members = Üyeler
group-no-members = Henüz üye kaydedilmedi.
group-remove = Kaldır
group-person = Kişi
group-is-chair = Başkanlık yapıyor
group-name-public = Adı herkese açık göster (kişi onay verdi)
group-name-not-public = Ad herkese açık değil
group-add-member = Üye ekle
group-meetings = Toplantılar
group-no-meetings = Henüz toplantı kaydedilmedi.
group-participants = { $count ->
    [one] bir katılımcı
   *[other] { $count } katılımcı
}
group-meeting-date = Tarih
group-participants-label = Katılımcı sayısı
group-decisions = Kararlar
group-add-meeting = Toplantı kaydet
group-error-person = Lütfen kişinin adını girin.
group-error-organisation = Lütfen kuruluşu girin.
group-error-date = Lütfen geçerli bir tarih girin.
group-error-participants = Lütfen 0 veya daha büyük bir tam sayı girin.
group-error-decisions = Lütfen kararları girin.
# --- monitoring ---
nav-monitoring = İzleme
number-decimal-mark = ,
monitoring-title = Entegrasyon izleme
monitoring-intro = { $count ->
    [one] Bir gösterge, katılımın daha adil hâle gelip gelmediğini gösterir – her grup için, kadınlar ve erkekler için, her ilçede.
   *[other] { $count } gösterge, katılımın daha adil hâle gelip gelmediğini gösterir – her grup için, kadınlar ve erkekler için, her ilçede. Göstergeler, gözlemledikleri eylem alanlarının altında listelenir.
}
indicator-kind = Gösterge
indicator-unit = Birim
indicator-concept = Nüfus kavramı
indicator-no-data = Bu gösterge için henüz veri aktarılmadı.
indicator-no-data-short = henüz veri yok
demo-title = Demo verileri
demo-text = Bu rakamlar tanıtım için uydurulmuştur ve resmî istatistik değildir.
monitoring-demo-badge = Demo verileri
demo-marker = (demo verileri)
breakdown-nav = Ayrıntılandırma ölçütü
breakdown-none = toplam
breakdown-origin = köken
breakdown-sex = cinsiyet
breakdown-age = yaş grubu
breakdown-district = ilçe
latest-heading = En son değerler
latest-caption = En son değerler ({ $breakdown }), { $year }
table-status = Durum
table-year = Yıl
footnote = Dipnot
footnotes-heading = Dipnotlar
value-interval = %95 aralığı: { $lower } – { $upper }
chart-heading = Zaman serisi
chart-title-by = Zaman serisi ({ $breakdown })
chart-caption = Eksik değerler (ör. gizlilik nedeniyle) 0 olarak değil, alt kenarda boş dairelerle işaretlenmiştir. Rakamlar tablodadır.
chart-desc-series = { $series }: { $change }.
chart-desc-missing = { $count ->
    [one] Bir değer eksik (ör. gizli) ve 0 olarak çizilmemiştir.
   *[other] { $count } değer eksik (ör. gizli) ve 0 olarak çizilmemiştir.
}
chart-desc-table = Tüm değerler grafiğin altındaki tablodadır.
series-table-summary = Tablo olarak zaman serisi
series-caption = { $title }: tüm yıllar
target-heading = Hedef
target-label = Hedef ({ $year }): { $value }
target-text = “{ $group }” için hedef: { $target }.
target-detail = Şimdiye kadar yılda { $actual }, gereken yılda { $needed }.
target-detail-actual = Şimdiye kadar yılda { $actual }.
target-rule = Hedefe doğru ilerliyor demek şudur: ilk değerden (veya bir seri kırılmasından) bu yana ortalama yıllık değişim, hedef yılına kadar hâlâ gereken yıllık değişim kadar büyüktür ya da daha büyüktür.
verdict-reached = hedefe ulaşıldı
verdict-on-track = hedefe doğru ilerliyor
verdict-off-track = hedefin gerisinde
verdict-missed = hedefe ulaşılamadı
verdict-not-judgeable = henüz değerlendirilemez
gap-heading = Fark: “{ $group }” ile “{ $reference }” karşılaştırması
gap-desc = Çubuklar her yıl için grubun değerinden karşılaştırma grubunun değerinin çıkarılmasını gösterir; çizgiler, varsa %95 aralığını gösterir. İki değeri birden olmayan yılların çubuğu yoktur.
gap-column = Fark
gap-missing = eksik
gap-table-summary = Tablo olarak fark
gap-unit-percent = yüzde puan
gap-unit-percentage-points = yüzde puan
gap-unit-per-thousand = binde
gap-unit-count = sayı
gap-unit-index = endeks puanı
gap-unit-square-metres = m²
gap-unit-years = yıl
map-heading = İlçeler
map-title = { $title }, ilçeler, { $year }
map-desc = İlçe haritası; renk ne kadar koyuysa değer o kadar yüksektir. Taralı ilçeler gizli tutulmuştur, gri olanların değeri yoktur. Değerler haritanın altındaki tablodadır.
map-suppressed = gizli (.)
map-missing = değer yok
map-years = Haritanın yılı
map-table-summary = Tablo olarak ilçeler
definition-heading = Tanım ve kaynak
definition-numerator = Pay
definition-denominator = Payda
definition-polarity = Yön
definition-source = Kaynak
definition-rhythm = Yayın sıklığı
caveats-heading = Anlam gücüne ilişkin notlar
informs-heading = Gözlemlediği eylem alanları ve eylem önerileri
download-heading = Verileri indir
measures-download = Bu listeyi indirin (içe aktarmanın okuduğu sütunlarla):
download-csv = CSV
download-xlsx = Excel (XLSX)
download-json = JSON
download-sdmx = SDMX-CSV
download-api = Arayüz (JSON)
unit-percent = yüzde
unit-percentage-points = yüzde puan
unit-per-thousand = binde
unit-count = sayı
unit-index = endeks (0–100)
unit-square-metres = metrekare
unit-years = yıl
unit-percent-value = %{ $value }
unit-percentage-points-value = { $value } yüzde puan
unit-per-thousand-value = binde { $value }
unit-count-value = { $value }
unit-index-value = { $value }
unit-square-metres-value = { $value } m²
unit-years-value = { $value } yıl
concept-NAT = vatandaşlık (yabancılar ve Almanlar)
concept-MH = göç geçmişi (Migrationshintergrund)
concept-EG = göç öyküsü (Einwanderungsgeschichte)
concept-NONE = kökene göre değil
polarity-higher-is-better = yüksek olması daha iyi
polarity-lower-is-better = düşük olması daha iyi
polarity-neutral = değerlendirme yok
origin-total = toplam
origin-MH = göç geçmişi olanlar
origin-NO_MH = göç geçmişi olmayanlar
origin-FOREIGN = yabancılar
origin-DE = Almanlar
origin-EG = göç öyküsü olanlar
origin-NO_EG = göç öyküsü olmayanlar
sex-total = toplam
sex-F = kadın
sex-M = erkek
sex-D = divers (diğer)
sex-X = belirtilmemiş
age-total = tüm yaş grupları
age-under = { $to } yaş altı
age-from = { $from } yaş ve üzeri
age-exactly = { $from } yaş
age-range = { $from }–{ $to } yaş
district-total = şehrin tamamı
status-A = normal
status-B = seri kırılması
status-E = tahmini
status-F = öngörü
status-P = geçici
status-U = sınırlı güvenilirlik
status-Q = gizli
status-M = uygulanamaz
status-L = henüz mevcut değil
direction-label = Son değişim
direction-better = daha iyi
direction-worse = daha kötü
direction-up = arttı
direction-down = azaldı
direction-no-clear-change = belirgin değişim yok
direction-not-comparable = karşılaştırılamaz (seri kırılması)
direction-unknown = henüz zaman serisi yok
field-indicators = Bu eylem alanının göstergeleri
start-gaps-heading = En büyük farklar
start-gaps-intro = Entegrasyon izlemede grupların karşılaştırma grubunun en çok gerisinde kaldığı yerler (en son yıl; fark, karşılaştırma grubunun değerine oranla ölçülür).
start-gap-text = { $values }; fark { $gap }
start-all-indicators = Tüm göstergeleri görün
imports-title = İçe aktarmalar
imports-intro = teilhabe'ye aktarılan her veri teslimi: dosya, kaynak, dönemler, kimin ne zaman aktardığı. Bir dönemin yeniden aktarılması o dönemin rakamlarının yerini alır; kayıt defteri bunu belgeler.
imports-none = Henüz hiçbir şey içe aktarılmadı.
imports-file = Dosya
imports-periods = Göstergeler ve yıllar
imports-when = İçe aktarılma
imports-figures = { $count ->
    [one] bir değer
   *[other] { $count } değer
}
imports-replaced = { $count ->
    [one] bir değerin yerini alıyor
   *[other] { $count } değerin yerini alıyor
}
imports-link = Tüm içe aktarmalar ve kaynakları
imports-upload-heading = Veri içe aktar
imports-upload-intro = Yalnızca istatistik birimi ve yönetim için. Dosya bütünüyle kontrol edilir; bir hata içeriyorsa hiçbir şey kaydedilmez. Deneme çalıştırması, hiçbir şey kaydetmeden neyin değişeceğini gösterir.
imports-upload-table = Tablo (GENESIS-CSV, uzun biçimli CSV veya XLSX)
imports-upload-table-file = Tablo dosyası
imports-upload-table-hint = CSV (UTF-8 veya Windows-1252, ayırıcı otomatik tanınır) ya da XLSX.
imports-upload-mapping = Eşleştirme dosyası (TOML, isteğe bağlı)
imports-upload-mapping-hint = İsteğe bağlı. Dosyanın hangi sütunlarının ve kodlarının hangi gösterge, yıl ve ayrıntılandırma olduğunu belirtir (bkz. docs/formats/imports.md). Bu dosya olmadan teilhabe, sizin kontrol edip onaylayacağınız bir eşleştirme önerir.
imports-upload-cubes = İstatistik biriminin sonucu (teilhabe compute)
imports-upload-indicators = indicators.csv
imports-upload-indicators-hint = “teilhabe compute” çıktı klasöründeki gösterge dosyası.
imports-upload-metadata = metadata.json (isteğe bağlı)
imports-upload-metadata-hint = Kaynak ve referans tarihi; bu dosya olmadan kaynak olarak “teilhabe compute” kaydedilir.
imports-upload-dry-run = Deneme çalıştırması: yalnızca kontrol et, hiçbir şey kaydetme
imports-upload-submit = Kontrol et ve içe aktar
import-result-title = İçe aktarma sonucu
import-result-stored = { $count ->
    [one] Bir değer { $id } numaralı içe aktarma olarak kaydedildi
   *[other] { $count } değer { $id } numaralı içe aktarma olarak kaydedildi
}
import-result-dry-run = { $count ->
    [one] Deneme çalıştırması: bir değer içe aktarılacaktı; hiçbir şey kaydedilmedi
   *[other] Deneme çalıştırması: { $count } değer içe aktarılacaktı; hiçbir şey kaydedilmedi
}
import-result-demo = Dosya demo verileri olarak işaretlenmiş.
import-result-refused = { $count ->
    [one] İçe aktarma reddedildi; hiçbir şey kaydedilmedi. Bir sorun:
   *[other] İçe aktarma reddedildi; hiçbir şey kaydedilmedi. { $count } sorun:
}
import-result-incomplete = Bir dosya eksik; hiçbir şey kaydedilmedi.
import-result-problems-note = İletiler dosyayı, satırı ve sütunu belirtir.
import-result-indicator = Gösterge
import-result-year = Yıl
import-result-old = Önceden kayıtlı
import-result-new = Yeni
import-result-changed = Bunlardan değişen
import-result-skipped-indicators = Katalogda olmadığı için atlandı: { $list }
import-result-skipped-rows = Katalogun göstermediği düzeylerdeki veya ayrıntılandırmalardaki (mahalleler, referans ülkeler …) { $count } satır atlandı.
import-result-dropped-keep = Kodu keep kuralında olmadığı için { $count } satır dışarıda bırakıldı: { $rule }
import-result-dropped-drop = drop kuralına göre { $count } satır dışarıda bırakıldı: { $rule }
import-lacks-file = Tablo dosyası seçilmedi.
import-lacks-mapping = Eşleştirme dosyası seçilmedi.
import-mapping-not-text = Eşleştirme dosyası bir UTF-8 metin dosyası değil.
import-lacks-indicators = indicators.csv dosyası seçilmedi.
import-result-format = Biçim { $format }, karakter kodlaması { $encoding }
import-result-back = İçe aktarmalara dön
import-upload-too-large = Dosya çok büyük (en fazla 64 MiB). Hiçbir şey kaydedilmedi.
import-upload-unreadable = Form eksik ulaştı. Lütfen dosyaları yeniden seçip tekrar gönderin. Hiçbir şey kaydedilmedi.

# Cross-field links (issue 10)
field-linked-from = ↑ “{ $group }” çalışma grubunun, bu eylem alanının bir önerisiyle bağlantılı tedbiri
field-refuse-link = Bağlantıyı reddet
field-error-refuse = Bağlantı reddedilemez: tedbirin o zaman hiçbir eylem önerisi kalmaz.

# Imports history: paged, filtered, linked to the audit log (issue 12, forms)
imports-history-heading = Önceki içe aktarmalar
imports-filter-label = İçe aktarmaları filtrele
imports-filter-indicator = Gösterge
imports-filter-source = Kaynak
imports-found = { $count ->
    [0] İçe aktarma bulunamadı.
    [one] Bir içe aktarma bulundu.
   *[other] { $count } içe aktarma bulundu.
}
imports-pages-label = İçe aktarma listesinin sayfaları
imports-page-of = Sayfa { $page } / { $pages }
imports-page-previous = Önceki sayfa
imports-page-next = Sonraki sayfa
imports-audit-link = { $id } numaralı içe aktarmanın kayıt defterindeki değişiklikleri
admin-audit-import = İçe aktarma (numara)
admin-audit-import-hint = Yalnızca bu içe aktarmanın yazdığı kayıtları gösterir.
admin-audit-table = Kayıt defteri girdileri
admin-audit-import-scope = { $number } numaralı içe aktarmanın girdileri.
admin-audit-import-all = Tüm girdileri göster
admin-audit-import-error = Bir tam sayı, yani bir içe aktarmanın numarası bekleniyor (ör. 12).
# Upload first, map second: import drafts and saved mappings (issue 12)
draft-title = Eşleştirmeyi kontrol et
draft-check-title = Bilinen tablo: kontrol et ve içe aktar
draft-intro = teilhabe dosyayı okudu ve sütunlarının ve kodlarının ne anlama geldiğini öneriyor. Her seçim değiştirilebilir; emin olunmayan öneriler işaretlidir ve önceden seçilmemiştir. “Önizleme” ilk rakamları kayıtlı olanların yanında gösterir; “İçe aktar” ya her şeyi ya da hiçbir şeyi kaydeder ve eşleştirmeyi gelecek yıl için hatırlar.
draft-expires = Taslak, geçerlilik sonu: { $when }
draft-what = Kaynak, gösterge ve birim
draft-columns = Sütunlar ve ayrıntılandırmalar
draft-source = Kaynak
draft-source-hint = Yayımcı ve tablo, her rakamın yanında belirtildiği gibi.
draft-indicator = Gösterge
draft-indicator-for = { $code } için gösterge ({ $label })
draft-unit = Birim “{ $text }”
draft-unit-none = belirtilmemiş
draft-leave-out = içe aktarılmasın
draft-no-column = böyle bir sütun yok
draft-not-in-file = dosyada yok (toplam)
draft-skip = atla (satırları dışarıda bırak)
draft-please-choose = — lütfen seçin —
draft-empty-cell = (boş hücre)
draft-rows = { $count ->
    [one] 1 satır
   *[other] { $count } satır
}
draft-confidence-sure = kesin
draft-confidence-likely = muhtemel
draft-confidence-unsure = belirsiz, lütfen kontrol edin
draft-role-year = “Yıl” sütunu
draft-role-value = “Değer” sütunu
draft-role-indicator = “Gösterge” sütunu
draft-role-unit = “Birim” sütunu
draft-role-status = “Durum” sütunu (kalite işareti)
draft-role-lower = “Alt sınır” sütunu
draft-role-upper = “Üst sınır” sütunu
draft-role-base = “Taban” sütunu (vaka sayısı)
draft-role-footnote = “Dipnot” sütunu
draft-breakdown-district = İlçe
draft-breakdown-sex = Cinsiyet
draft-breakdown-origin = Köken
draft-breakdown-age = Yaş
draft-codes-of = { $column } kodları ({ $breakdown })
draft-preview = Önizleme
draft-import = İçe aktar
draft-preview-heading = Önizleme
draft-preview-caption = İlk rakamlar, kaydedilecekleri biçimde, kayıtlı olanların yanında
draft-preview-summary = { $count ->
    [one] 1 rakam içe aktarılacak
   *[other] { $count } rakam içe aktarılacak
}, bunlardan { $changed } tanesi yeni veya değişmiş.
draft-preview-years = Yıllar: { $years }.
draft-preview-breakdown = Ayrıntılandırma
draft-preview-none = —
draft-preview-differs = değişti
draft-problems-note = Dosya bu eşleştirmeyle içe aktarılamıyor; iletiler dosyayı, satırı ve sütunu belirtir. Hiçbir şey kaydedilmedi.
draft-recognised = Bu tablo biliniyor: { $label }
draft-recognised-text = Kayıtlı eşleştirme bu dosyayı da okuyor. Önizlemeyi kontrol edip içe aktarın – ya da eşleştirmeyi değiştirin.
draft-saved-confirmed = onaylayan: { $who }, { $when }
draft-change-mapping = Eşleştirmeyi değiştir
draft-expired-title = Taslağın süresi doldu
draft-expired-text = Bu taslağın süresi doldu (taslaklar 24 saat saklanır). Lütfen dosyayı yeniden yükleyin; hiçbir şey kaydedilmedi.
draft-source-missing = Lütfen yayımcıyı ve tabloyu belirtin.
draft-choose-column = Lütfen dosyanın bir sütununu seçin.
draft-column-taken = Bu sütun zaten başka bir ayrıntılandırmaya atanmış.
draft-choose-code = Lütfen uygun kodu seçin veya satırları atlayın.
draft-choose-indicator = Lütfen bu değerlerin ait olduğu göstergeyi seçin.
draft-choose-unit = Lütfen katalogdan bir birim seçin.
mappings-title = Kayıtlı eşleştirmeler
mappings-intro = Eşleştirmesi onaylanmış her tablo için: aynı tablonun bir sonraki dosyası tanınır ve bu eşleştirmeyle içe aktarılır. Her eşleştirme, “teilhabe import table --mapping” için TOML dosyası olarak indirilebilir.
mappings-none = Henüz kayıtlı eşleştirme yok.
mappings-table = Tablo
mappings-confirmed = Onaylandı
mappings-last-used = Son kullanım
mappings-file = Dosya
mappings-download = TOML indir
mappings-link = Kayıtlı eşleştirmeler
## Das Konzept bearbeiten (Versionen, Unterschiede)
nav-concept-edit = Konsepti düzenle
retired = geri çekildi
retired-on = Geri çekilme tarihi { $date }: { $reason }
concept-edit-heading-page = Konsepti düzenle
concept-edit-intro-page = Metinleri her dilde değiştirin; eylem önerileri ve eylem alanları ekleyin, geri çekin veya sıralarını değiştirin. Her kayıt, gerekçesi ve varsa meclis kararıyla birlikte yeni bir sürüm olur.
concept-edit-texts = Metinler
concept-edit-header = Başlık ve ara başlıklar
concept-edit-header-intro = Konseptin her dilinde başlık, alt başlık ve eylem alanlarının üstündeki ara başlık. Boş çeviriler kaldırılır; Almanca metin zorunludur.
concept-edit-section-intro = Bu bölümün ara başlığı, girişi ve ifadeleri, konseptin her dilinde. Boş çeviriler kaldırılır; Almanca metin zorunludur.
concept-edit-field-intro = Bu eylem alanının başlığı, girişi ve eylem önerileri. Yeni bir öneri kimliğini otomatik olarak alır; kimlikler hiç değişmez. Geri çekilen öneriler, tedbirleriyle birlikte korunur.
concept-edit-part-title = Düzenle: { $part }
concept-edit-fields = Eylem alanları
concept-edit-fields-intro = Bir eylem alanını başlığına tıklayarak düzenleyin. Düğmeler sırayı değiştirir veya bir alanı geri çeker; bunun için lütfen önce aşağıda gerekçeyi belirtin.
concept-edit-title = Başlık
concept-edit-subtitle = Alt başlık
concept-edit-results-heading = Eylem alanlarının üstündeki ara başlık
concept-edit-heading = Ara başlık
concept-edit-intro = Giriş
concept-edit-statement = İfade { $id }
concept-edit-recommendation = Öneri { $id }
concept-edit-new-recommendation = Yeni öneri (isteğe bağlı)
concept-edit-new-field = Yeni eylem alanı
concept-edit-new-field-title = Eylem alanının başlığı
concept-edit-new-field-recommendation = İlk öneri
concept-edit-add-field = Eylem alanı ekle
concept-edit-up = Yukarı taşı
concept-edit-down = Aşağı taşı
concept-edit-retire = Geri çek
concept-edit-why = Değişikliğin gerekçesi
concept-edit-reason = Konsept neden değişiyor?
concept-edit-reason-hint = Kısaca, ör. “Dil aracılığına ilişkin meclis kararı”. Sürümle birlikte kaydedilir.
concept-edit-decision-date = Meclis kararının tarihi (isteğe bağlı)
concept-edit-decision-date-hint = Biçim YYYY-AA-GG. Geri çekmenin tarihi de buraya girilir.
concept-edit-decision-reference = Meclis kararının belge numarası (Drucksache, isteğe bağlı)
concept-edit-decision-reference-hint = ör. Drucksache 1234/2020-2025
concept-edit-save = Yeni sürüm olarak kaydet
concept-edit-back = “Konsepti düzenle” genel görünümüne dön
concept-edit-error-reason = Lütfen konseptin neden değiştiğini kısaca belirtin (en fazla 500 karakter).
concept-edit-error-date = Lütfen YYYY-AA-GG biçiminde bir tarih girin, ör. 2026-11-26.
concept-edit-error-reference = Belge numarası en fazla 200 karakter olabilir.
concept-edit-error-empty = Lütfen Almanca metni girin.
concept-edit-conflict-title = Kaydedilmedi: Konsept bu arada değiştirildi
concept-edit-conflict = Değişikliğiniz { $yours } numaralı sürüme dayanıyordu; şu anda geçerli olan sürüm { $current }. Form artık güncel durumu gösteriyor; lütfen değişikliğinizi yeniden girin.
concept-edit-conflict-link = Ne değişti?
concept-versions-title = Konseptin sürümleri
concept-versions-intro = Her sürüm zamanı, kişisi, gerekçesi ve meclis kararıyla birlikte. Her sürüm, “teilhabe concept load” komutunun okuduğu konsept dosyası olarak indirilebilir.
concept-versions-loaded = bir konsept dosyasından yüklendi
concept-versions-current = güncel
concept-versions-at = Zaman (UTC)
concept-versions-by = Kim
concept-versions-why = Gerekçe
concept-versions-decision = Meclis kararı
concept-versions-changes = Sürüm { $version } içindeki değişiklikler
concept-versions-compare = İki sürümü karşılaştır
concept-versions-from = Eski sürüm
concept-versions-to = Yeni sürüm
concept-versions-show = Farkları göster
concept-version = Sürüm { $version }
concept-download-version = Sürüm { $version }, konsept dosyası olarak (TOML)
concept-difference-title = Sürüm { $from } ile sürüm { $to } arasındaki farklar
concept-difference-none = İki sürüm arasında fark yok.
concept-difference-count = { $count ->
    [one] Bir bölüm değişti.
   *[other] { $count } bölüm değişti.
}
concept-part-concept = Konsept
concept-part-tag = Anahtar kelime
concept-part-section = Bölüm
concept-part-statement = İfade
concept-part-field = Eylem alanı
concept-part-recommendation = Öneri
concept-change-added = Yeni eklendi
concept-change-removed = Kaldırıldı
concept-change-reinstated = Yeniden yürürlükte
concept-change-retired = Geri çekilme tarihi { $date }: { $reason }
concept-change-moved = { $from }. sıradan { $to }. sıraya taşındı
concept-change-reparented = “{ $from }” altından “{ $to }” altına taşındı
concept-change-text = { $what } ({ $language }) değişti
concept-change-value = { $what } değişti
concept-change-old = önce
concept-change-new = şimdi
concept-key-title = Başlık
concept-key-subtitle = Alt başlık
concept-key-results_heading = Eylem alanlarının üstündeki ara başlık
concept-key-heading = Ara başlık
concept-key-intro = Giriş
concept-key-text = Metin
concept-key-label = Ad
concept-key-adopted = Kabul tarihi
concept-key-source = Kaynak
concept-key-kind = Tür
concept-key-recommendation_kind = Önerilerin türü
concept-key-tags = Anahtar kelimeler

## The PDF report and indicator sheets (crates/report, issue 13)
report-contents = İçindekiler
report-title-page-year = { $year } yılı raporu
report-created = Oluşturulma tarihi
report-data-date = Veri durumu
report-demo-contains = Bu belge demo verileri içerir. Demo rakamları içeren sayfalar sağ üstte işaretlenmiştir.
report-demo-page = Demo verileri – gerçek rakamlar değil
report-page = Sayfa
report-portal = Çevrimiçi
report-summary = Özet
report-summary-gaps = En büyük farklar ve gelişimleri
report-summary-gaps-none = Hiçbir gösterge için grup ile karşılaştırma grubu arasında bir fark yok.
report-summary-no-measure = Tedbiri olmayan eylem önerileri bulunan eylem alanları
report-summary-no-measure-none = Her eylem önerisinin devam eden veya planlanan en az bir tedbiri var.
report-summary-completed = Rapor yılında tamamlanan tedbirler
report-summary-stopped = Rapor yılında durdurulan tedbirler
report-summary-none = yok
report-gap-line = { $values }; fark { $gap }
report-trend-narrowed = azaldı
report-trend-widened = arttı
report-trend-unchanged = değişmedi
report-trend-not-comparable = karşılaştırılamaz (seri kırılması)
report-trend-no-earlier-year = karşılaştırma için önceki yıl yok
report-concept = Kısaca konsept
report-fields = Eylem alanları
report-field-progress = Tedbirlerin ilerlemesi: %{ $progress }
report-recommendations = Eylem önerileri
report-recommendation-measures = { $count ->
    [0] tedbir yok
    [one] bir tedbir
   *[other] { $count } tedbir
}
report-measures = Tedbirler
report-measures-none = Bu eylem alanı için yayımlanmış bir tedbir yok.
report-measure-status = Durum
report-measure-progress = İlerleme
report-measure-budget = Bütçe
report-measure-organisation = Yürütücü kurum
report-measure-period = Dönem
report-budget-planned-spent = { $planned } planlandı, { $spent } harcandı
report-budget-planned = { $planned } planlandı
report-budget-spent = { $spent } harcandı
report-working-group = Çalışma grubu
report-working-group-none = Yayımlanmış üye yok.
report-chair = başkan
report-meetings = Rapor yılındaki toplantılar: { $count }; son toplantı: { $last }
report-indicators = Göstergeler
report-indicators-none = Bu eylem alanına atanmış bir gösterge yok.
report-method = Yöntem
report-method-intro = Göstergeler resmî istatistiklere ve kayıt (sicil) verilerine dayanır. Bu bölüm, nüfus gruplarının nasıl tanımlandığını, kişisel bilgilerin nasıl korunduğunu ve rakamların nereden geldiğini açıklar.
report-method-concepts = Nüfus kavramları ve sınırları
report-method-concept-NAT = Vatandaşlığa göre ayırır. Vatandaşlığa geçenler ve Alman vatandaşlığına sahip yabancı ebeveynlerin çocukları Alman sayılır; bu nedenle “yabancılar” grubu göç edenlerin yalnızca bir kısmını kapsar.
report-method-concept-MH = Bir kişinin kendisi veya ebeveynlerinden en az biri Alman vatandaşlığına doğuştan sahip değilse o kişinin göç geçmişi (Migrationshintergrund) vardır. Kayıtlar ebeveynler hakkında sınırlı bilgi içerdiğinden değerler kısmen tahminidir.
report-method-concept-EG = Bir kişinin kendisi veya her iki ebeveyni 1950’den bu yana Almanya’ya göç etmişse o kişinin göç öyküsü (Einwanderungsgeschichte) vardır (Entegrasyon Yeterliliği Uzmanlar Komisyonu’nun tanımı). Sonuçlar, daha eski göç geçmişi kavramıyla doğrudan karşılaştırılamaz.
report-method-concept-NONE = Bu göstergeler kökene göre ayrılmaz.
report-method-disclosure = Gizlilik
report-method-disclosure-text = Küçük vaka sayıları tek tek kişiler hakkında çıkarım yapılmasına olanak verebilir. Bu tür değerler yayımlanmadan önce gizlenir (birincil gizleme); bunlardan geri hesaplanabilecek değerler de gizlenir (ikincil gizleme). Gizlenen değerler bu raporda hiçbir zaman sayı olarak değil, yalnızca işaret olarak yer alır.
report-method-missing = { $count ->
    [0] Bu raporda eksik değer yok.
    [one] Bu rapordaki bir değer gizli, anlamsız ya da henüz mevcut değil.
   *[other] Bu rapordaki { $count } değer gizli, anlamsız ya da henüz mevcut değil.
}
report-method-signs = Tablolardaki işaretler: “.” gizli · “x” anlamlı değil · “...” veri daha sonra gelecek · “–” değer yok. Kısıtlı değerlerin kısıtı parantez içinde belirtilir, ör. “(geçici)”; dipnotlar özel durumları açıklar.
report-method-sources = Kaynaklar ve veri durumu
report-method-import = { $file }, aktarılma tarihi: { $date }
report-method-glossary = Kavramlar
report-glossary-gap-term = Fark
report-glossary-gap = Aynı yılda grubun değerinden karşılaştırma grubunun değerinin çıkarılması; göstergenin biriminde (oranlarda yüzde puan olarak).
report-glossary-interval-term = Güven aralığı
report-glossary-interval = Rakam bir örnekleme dayandığında, gerçek değerin %95 olasılıkla içinde bulunduğu aralık.
report-glossary-on-track-term = Hedefe doğru ilerliyor
report-glossary-on-track = İlk değerden bu yana ortalama yıllık değişim, hedefe hedef yılında ulaşmak için yeterlidir.
report-glossary-provisional-term = Geçici
report-glossary-provisional = İstatistiğin sonraki teslimleriyle hâlâ değişebilecek bir değer.
report-glossary-suppressed-term = Gizli
report-glossary-suppressed = Kişisel verilerin korunması nedeniyle yayımlanmayan bir değer.
report-appendix = Ek: göstergeler
report-appendix-intro = Katalogdaki tüm göstergeler, tanımları ve tüm değerleriyle.
report-definition = Tanım
report-numerator = Pay
report-denominator = Payda
report-unit = Birim
report-population-concept = Nüfus kavramı
report-polarity = Yön
report-source = Kaynak
report-rhythm = Sıklık
report-caveats = Notlar
report-figures = Değerler
report-year = Yıl
report-group = Grup
report-value = Değer
report-district = İlçe
report-latest-change = Son değişim
report-targets = Hedefler
report-footnotes = Dipnotlar
report-link-indicator = Portaldaki gösterge
report-sheet-subtitle = Gösterge sayfası: { $city }
## Issue 13: the integration report on the web (crates/web/src/report/)
nav-reports = Raporlar
download-pdf = PDF özet sayfası
reports-title = Entegrasyon raporları
reports-intro = Entegrasyon raporu, rapor yılında neler olduğunu özetler: gruplar arasındaki en büyük farklar, tedbiri olmayan eylem önerileri, tamamlanan ve sona erdirilen tedbirler ve ayrıca tedbirleri ve göstergeleriyle birlikte her eylem alanı. Yayımlanan sürümlere değiştirilmeden erişilebilir.
reports-editions = Yayımlanan sürümler
reports-none = Henüz yayımlanmış bir sürüm yok.
reports-year = Rapor yılı
reports-year-hint = Bu yıla kadarki göstergeler; bu yıl tamamlanan veya sona erdirilen tedbirler.
reports-language = Dil
reports-released-at = Yayımlanma tarihi
reports-released-by = Yayımlayan
reports-download = İndir
reports-pdf-link = { $year } raporu, PDF ({ $kb } KB)
reports-draft = Taslak oluşturun
reports-draft-text = Taslak, bir sürümle aynı verileri gösterir (yalnızca yayımlanmış tedbirler ve göstergeler), ancak kaydedilmez.
reports-draft-button = Taslağı PDF olarak indirin
reports-release = Sürümü yayımlayın
reports-release-text = Yayımlama, raporu oluşturulduğu verilerle birlikte kaydeder ve burada herkese açık olarak gösterir. Bir sürüm bundan sonra asla değiştirilmez.
reports-release-button = Sürümü yayımlayın
reports-error-year = Lütfen göstergeleri olan bir rapor yılı seçin.
reports-error-language = Lütfen sitenin dillerinden birini seçin.
## Issue 13: the static portal (teilhabe export site)
site-search-title = Arama
site-search-intro = Bu portalın { $count } sayfasının tümü, baş harfe ve eylem alanına göre sıralanmış.
site-search-label = Sayfalarda arayın
site-search-none = Sayfa bulunamadı.
site-search-some = Bulunan sayfalar: %n
site-search-letters = A’dan Z’ye sayfalar
site-search-fields = Eylem alanına göre sayfalar
site-search-letter-title = “{ $letter }” bölümündeki sayfalar
site-search-field-title = “{ $field }” eylem alanıyla ilgili sayfalar
site-search-count = { $count ->
    [one] Bir sayfa.
   *[other] { $count } sayfa.
}

# Issue 14, H2 tweb: Leichte Sprache, content translations on pages, translator pages.
# (H3 texts: machine-assisted translation, not yet reviewed by a person.)
easy-read-marker = Leichte Sprache (kolay okunur Almanca)
easy-read-not-available = Bu sayfa Leichte Sprache (kolay okunur Almanca) olarak mevcut değildir. Sayfayı standart Almanca olarak görüyorsunuz.
content-outdated-label = Bu çeviriden sonra değiştirilmiş Almanca asıl metin:
measures-col-title = Başlık
nav-translations = Çeviriler
translations-title = Çeviriler
translations-intro = Konseptin, göstergelerin ve tedbirlerin metinleri, çevirdiğiniz dillerde. Kaynak her zaman Almancadır. Almanca bir metin değiştiğinde, biri yenileyene kadar çevirisi güncelliğini yitirmiş sayılır; o zamana kadar sayfalar iki metni de gösterir.
translations-filter-label = Metinleri seçin
translations-language = Dil
translations-selection = Seçim
translations-selection-open = Açık (eksik veya güncel olmayan)
translations-selection-missing = Eksik
translations-selection-outdated = Güncel olmayan
translations-selection-all = Tüm metinler
translations-kind = Tür
translations-kind-all = Tüm türler
translations-kind-concept = Konsept
translations-kind-indicator = Gösterge
translations-kind-measure = Tedbir
translations-summary = { $missing ->
    [one] bir metin eksik
   *[other] { $missing } metin eksik
}, { $outdated ->
    [one] biri güncel değil.
   *[other] { $outdated } tanesi güncel değil.
}
translations-texts-heading = Metinler
translations-none = Bu seçimde metin yok.
translations-state-current = güncel
translations-state-outdated = güncel değil
translations-state-missing = eksik
translations-saved = Kaydedildi.
translations-german-now = Almanca (güncel)
translations-german-then = Almanca (çevirinin yapıldığı sürüm)
translations-translation-then = Önceki çeviri
translations-about = { $origin }, { $date }
translations-origin-human = bir kişi tarafından çevrildi
translations-origin-machine-assisted = makine destekli, kontrol edilmedi
translations-origin-imported = içe aktarıldı
translations-edit-new = Çevir
translations-edit-change = Çeviriyi düzenle
translations-edit-title = Metni çevir
translations-text-label = Çeviri ({ $language })
translations-error-empty = Lütfen çeviriyi girin.
translations-error-too-long = Çeviri çok uzun (en fazla 20.000 karakter).
translations-save = Kaydet
translations-back = Listeye dön
translations-xliff-heading = Çeviri büroları için XLIFF
translations-xliff-intro = Metinleri XLIFF 2.0 dosyası olarak indirin, bir çeviri programında çevirtin ve dosyayı yeniden yükleyin. Hatalı bir dosya bütünüyle reddedilir; hata mesajı satırı ve öğeyi belirtir.
translations-download-open = Açık metinleri indir (XLIFF)
translations-download-missing = Eksik metinleri indir (XLIFF)
translations-download-outdated = Güncel olmayan metinleri indir (XLIFF)
translations-download-all = Tüm metinleri indir (XLIFF)
translations-upload-heading = Çevrilmiş dosyayı yükleyin
translations-upload-file = XLIFF dosyası
translations-upload-hint = srcLang="de" içeren bir XLIFF 2.0 dosyası; hedef dil dosyada belirtilir.
translations-upload-submit = Yükle ve kaydet
admin-translates = Çeviri dilleri (bu diller için çevirmen)
translations-upload-result = Yükleme sonucu
translations-upload-failed = Yükleme yapılamadı
translations-upload-not-a-form = İstek, dosya içeren bir form değildi. Lütfen dosyayı "Çeviriler" sayfasındaki form ile yükleyin.
translations-upload-no-file = Lütfen bir XLIFF dosyası seçin.
translations-imported = Kaydedildi:
translations-import-refused = Dosya alınmadı; hiçbir şey kaydedilmedi. Lütfen şu hataları düzeltin:
translations-imported-units = { $count ->
    [one] dosyada bir çeviri
   *[other] dosyada { $count } çeviri
}
translations-imported-added = { $count } yeni
translations-imported-changed = { $count } değiştirildi
translations-imported-unchanged = { $count } değişmedi
translations-imported-outdated = { $count } tanesi eski bir Almanca sürümden (güncel olmayan olarak kaydedildi)
translations-imported-skipped = { $count } tanesi çevirisiz, atlandı

## mediation
mediation-nav = Dil aracılığı
mediation-nav-requests = Dil aracılığı talepleri
mediation-demand-title = Dil aracılığı: ihtiyaç
mediation-demand-intro = Kurumların dil aracıları havuzuna yaptığı talepler ve sonuçları – karşılanan, karşılanamayan, reddedilen, yönlendirilen veya iptal edilen. Karşılanamayan talepler karşılanmamış ihtiyacı gösterir.
mediation-requests-total = Toplam talep
mediation-lead-days = Gün olarak hazırlık süresi (medyan)
mediation-no-requests = Henüz talep yok.
mediation-total = toplam
mediation-missing-languages = Havuzda aracısı olmayan diller
mediation-missing-none = Talep edilen her dil için havuzda dil aracısı var.
mediation-withheld-note = Nokta (.), bireyleri korumak için yayımlanmayan bir sayıyı gösterir: 3'ten az talep veya toplamlardan hesaplanabilecek bir sayı.
mediation-by-language = Dile göre
mediation-by-month = Aya göre
mediation-by-sector = Kurum alanına göre
mediation-by-district = İlçeye göre
mediation-language = Dil
mediation-month = Ay
mediation-sector = Alan
mediation-district = İlçe
mediation-by-field = Eylem alanına göre
mediation-field = Eylem alanı
mediation-by-funding = Finansman kaynağına göre
mediation-funding = Finansman kaynağı
mediation-costs-heading = Finansman kaynağına göre saatler ve ücretler
mediation-costs-served = Gerçekleşen görevlendirmeler
mediation-costs-hours = Saat
mediation-costs-km = Kilometre
mediation-costs-allowance = Avro olarak ücret
mediation-costs-note = Gerçekleşen görevlendirmelerin saatleri ve tutarları; görevlendirme sayısının bireyleri korumak için gizlendiği yerlerde yayımlanmaz.
mediation-exports-heading = Hesap dökümü ve yıllık rapor
mediation-exports-accounting = Bir ayın hesap dökümü: dil aracısı başına saatler, kilometreler ve ücretler
mediation-exports-month = Ay
mediation-exports-month-hint = Yıl ve ay, örneğin 2026-03
mediation-exports-month-error = Lütfen ayı yıl ve ay olarak girin, örneğin 2026-03.
mediation-exports-report = Finansman kuruluşu için yıllık rapor: dile ve finansman kaynağına göre talepler, sonuçlar, saatler ve maliyetler
mediation-exports-year = Yıl
mediation-exports-year-error = Lütfen bir yıl girin, örneğin 2026.
mediation-exports-csv = CSV olarak indir
mediation-exports-xlsx = XLSX olarak indir
mediation-outcome-served = karşılandı
mediation-outcome-unserved = karşılanamadı
mediation-outcome-refused = reddedildi
mediation-outcome-referred = yönlendirildi
mediation-outcome-cancelled = iptal edildi
mediation-outcome-pending = açık
mediation-sector-day-care = Kreş
mediation-sector-school = Okul
mediation-sector-authority = Resmî kurum
mediation-sector-clinic = Sağlık
mediation-sector-counselling = Danışmanlık
mediation-sector-care-service = Ayakta bakım
mediation-sector-care-home = Bakım evi
mediation-sector-youth-club = Gençlik çalışması
mediation-sector-adult-education = Yetişkin eğitimi
mediation-sector-association = Dernek
mediation-sector-carrier = Taşıyıcı kuruluş
mediation-sector-other = Diğer
mediation-requests-title = Kurumunuzun talepleri
mediation-requests-intro = Kurumunuzun dil aracıları havuzuna yaptığı talepler ve durumları. Saatler yerel saattir (Avrupa/Berlin).
mediation-request-number = No.
mediation-appointment = Randevu
mediation-setting = Biçim
mediation-status = Durum
mediation-urgent = acil
mediation-setting-in-person = yerinde
mediation-setting-phone = telefonla
mediation-setting-video = görüntülü
mediation-status-open = alındı
mediation-status-accepted = kabul edildi
mediation-status-offered = teklif edildi
mediation-status-assigned = onaylandı
mediation-status-served = karşılandı
mediation-status-referred = yönlendirildi
mediation-status-refused = reddedildi
mediation-status-cancelled = iptal edildi
mediation-status-unserved = karşılanamadı
## offers
offers-nav = Teklifler
offers-review-nav = Teklifleri incele
offers-title = Teklif bul
offers-intro = Bielefeld'de kurslar, danışmanlık, spor, kültür ve buluşma yerleri. Sizin için önemli olanı seçin: filtreler birleştirilebilir ve bu sayfanın adresini paylaşabilirsiniz.
offers-filter-heading = Filtreler
offers-q = Arama kelimeleri
offers-category = Teklif türü
offers-category-course = Kurs
offers-category-counselling = Danışmanlık
offers-category-sport = Spor
offers-category-culture = Kültür
offers-category-youth = Gençlik
offers-category-health = Sağlık
offers-category-language = Dil
offers-category-parents = Ebeveynler
offers-category-work = İş ve meslek
offers-cost = Ücret
offers-cost-free = ücretsiz
offers-cost-free-for-refugees = mülteciler için ücretsiz
offers-cost-reduced = indirimli
offers-cost-fee = ücretli
offers-childcare = çocuk bakımı ile
offers-low-threshold = kayıt gerekmez (düşük eşikli)
offers-gender = Kimin için
offers-gender-all = herkes için
offers-gender-girls = kızlar için
offers-gender-women = kadınlar için
offers-gender-boys = erkek çocuklar için
offers-gender-men = erkekler için
offers-language = Teklifin dili
offers-district = İlçe
offers-weekday = Haftanın günü
offers-weekday-mo = Pazartesi
offers-weekday-tu = Salı
offers-weekday-we = Çarşamba
offers-weekday-th = Perşembe
offers-weekday-fr = Cuma
offers-weekday-sa = Cumartesi
offers-weekday-su = Pazar
offers-daytime = Günün saati
offers-daytime-morning = sabahları
offers-daytime-afternoon = öğleden sonraları
offers-daytime-evening = akşamları
offers-accessibility = Erişilebilirlik
offers-accessibility-step-free = basamaksız erişim
offers-accessibility-hearing-loop = işitme döngüsü
offers-accessibility-easy-language = kolay dil
offers-apply = Teklifleri göster
offers-reset = Filtreleri sıfırla
offers-results = { $count ->
    [one] { $count } uygun teklif
   *[other] { $count } uygun teklif
}
offers-none = Seçilen tüm filtrelere uyan bir teklif yok. Daha fazlasını görmek için bir filtreyi kaldırın.
offers-map-title = İlçelere göre uygun teklifler
offers-map-desc = Bielefeld ilçelerinin haritası; bir ilçe ne kadar koyuysa orada o kadar çok uygun teklif vardır. Sayılar aşağıdaki tabloda da yer alır.
offers-map-legend = Teklif sayısı
offers-online = çevrimiçi
offers-outreach = yerinde ziyaret
offers-provider = Sağlayıcı
offers-where = Yer
offers-features = Özellikler
offers-contact = İletişim
offers-register = Kayıt ol
offers-calendar = Takvime ekle (iCalendar)
offers-next-dates = Sonraki tarihler
offers-calendar-web = Sonraki tarihi çevrimiçi takvime ekle
offers-calendar-google = Google Takvim
offers-calendar-outlook = Outlook.com
offers-calendar-web-note = Bağlantı takvim hizmetinin sayfasını açar; kayıt ancak orada onayladığınızda yapılır. Takvim dosyası tüm tarihleri içerir.
offers-problem-title-empty = Bir başlık girin.
offers-problem-title-long = Başlık 200 karakterden uzun.
offers-problem-description-long = Açıklama 5000 karakterden uzun.
offers-problem-no-language = En az bir dil seçin.
offers-problem-unknown-language = “{ $value }” dil listesinde yok.
offers-problem-unknown-recommendation = “{ $value }” konseptin bir eylem önerisi değil.
offers-problem-unknown-measure = { $value } numaralı bir tedbir yok.
offers-problem-zero-fee = 0 € ücret “ücretsiz” demektir.
offers-problem-unknown-district = “{ $value }” bir ilçe değil.
offers-problem-address-empty = Adresi girin.
offers-problem-coordinates = Koordinatlar geçerli aralığın dışında.
offers-problem-outreach-district = Sahada çalışma için en az bir ilçe belirtin.
offers-problem-registration-link = Kayıt bağlantısı https:// ile başlar.
offers-problem-date-end = Tarih { $value }: bitiş başlangıçtan sonra değil.
offers-problem-time-end = Düzenli tarih: bitiş saati başlangıç saatinden sonra değil.
offers-problem-rule = Tekrar kuralı okunamıyor: { $value }
offers-no-dates = Önümüzdeki haftalar için tarih yok.
offers-back = Aramaya geri dön
offers-status-draft = Taslak (herkese açık değil)
offers-status-submitted = İnceleme bekliyor (herkese açık değil)
offers-status-returned = Düzeltme için geri gönderildi (herkese açık değil)
offers-status-published = yayınlandı
offers-review-title = Teklifleri incele
offers-review-intro = Sağlayıcılar bu teklifleri gönderdi. Bir teklifi yayınlayın veya bir notla sağlayıcısına geri gönderin.
offers-review-none = İnceleme bekleyen teklif yok.
offers-review-comment = Sağlayıcıya not
offers-review-publish = Yayınla
offers-review-return = Düzeltme için geri gönder
offers-mine-nav = Tekliflerim
offers-mine-title = Tekliflerim
offers-mine-intro = { $institution } teklifleri. Uyum ofisi her teklifi yayınlanmadan önce inceler. Bir teklifin güncel olduğunu en az altı ayda bir onaylayın.
offers-mine-list = Teklifleriniz
offers-mine-empty = Henüz bir teklif oluşturmadınız.
offers-mine-stale = altı aydır onaylanmadı
offers-mine-hidden = onaylayana kadar gizli
offers-mine-submit = İncelemeye gönder
offers-mine-confirm = Güncel olarak onayla
offers-mine-new = Yeni teklif
offers-mine-save = Taslak olarak kaydet
offers-form-errors = Lütfen bu bilgileri kontrol edin
offers-form-title = Başlık
offers-form-description = Açıklama
offers-form-fee = Euro cinsinden ücret (ücretsiz değilse)
offers-form-address = Adres
offers-form-first-date = Tarih (haftalık tekliflerde: ilk tarih)
offers-form-date-hint = Biçim YYYY-AA-GG, örneğin 2026-09-01
offers-form-start = Başlangıç (SS:DD)
offers-form-end = Bitiş (SS:DD)
offers-form-weekly = Her hafta bu günlerde (resmî tatiller hariç)

## mediation pages
mediation-nav-queue = Dil aracılığı: koordinasyon
mediation-nav-pool = Dil aracıları havuzu
mediation-nav-assignments = Görevlerim
mediation-new-request-title = Yeni talep
mediation-new-request-intro = Bir dil aracısı talep edin. Danışan adı vermeyin: yalnızca randevu için gerekenler.
mediation-notice-hint = Bildirim süresi { $days } iş gününden az olan talepler acil sayılır.
mediation-send-request = Talebi gönder
mediation-choose = Lütfen seçin
mediation-field-language = Dil
mediation-field-dialect = Lehçe (isteğe bağlı)
mediation-field-setting = Biçim
mediation-field-date = Tarih
mediation-field-time = Saat
mediation-field-minutes = Süre (dakika)
mediation-field-district = İlçe
mediation-field-address = Randevu adresi
mediation-field-topic = Konu
mediation-field-preferred_gender = Cinsiyet
mediation-field-legal_consequences = Görüşmenin hukuki sonuçları var
mediation-field-contact_email = Onay için e-posta adresi
mediation-hint-dialect = Örneğin: Suriye lehçesi, Sorani
mediation-hint-date = Biçim YYYY-AA-GG, örneğin 2026-12-14
mediation-hint-time = Yerel saat, biçim SS:DD, örneğin 09:30
mediation-hint-minutes = 15 ile 480 dakika arası
mediation-hint-address = Kurumunuzun adresi, asla bir danışanın adresi değil. Yüz yüze randevular için gerekli.
mediation-hint-gender = Dil aracısının tercih edilen cinsiyeti, örneğin aile içi şiddet durumlarında
mediation-hint-legal = Polis, mahkeme, babalık ve benzeri: koordinasyon bu talepleri profesyonel tercümanlara yönlendirir.
mediation-gender-any = tercih yok
mediation-gender-female = kadın
mediation-gender-male = erkek
mediation-gender-diverse = diğer
mediation-topic-education = Kreş ve okul
mediation-topic-health = Sağlık ve bakım
mediation-topic-social = Sosyal yardımlar ve konut
mediation-topic-authority = Resmi daireler
mediation-topic-counselling = Danışmanlık
mediation-topic-other = Diğer
mediation-error-language = Lütfen bir dil seçin.
mediation-error-dialect = Lütfen lehçeyi kontrol edin.
mediation-error-setting = Lütfen bir biçim seçin.
mediation-error-date = Lütfen ileri bir tarih girin (YYYY-AA-GG).
mediation-error-time = Lütfen bir saat girin (SS:DD).
mediation-error-minutes = Lütfen 15 ile 480 dakika arasında bir süre girin.
mediation-error-district = Lütfen bir ilçe seçin.
mediation-error-address = Lütfen yüz yüze randevular için bir adres girin (en fazla 300 karakter).
mediation-error-topic = Lütfen bir konu seçin.
mediation-error-preferred_gender = Lütfen seçeneklerden birini seçin.
mediation-error-legal_consequences = Lütfen bu bilgiyi kontrol edin.
mediation-error-contact_email = Lütfen geçerli bir e-posta adresi girin.
mediation-error-why = İptal için bir gerekçe gerekir.
mediation-error-mediator = Bu kişi o saatte zaten görevli ya da havuzda değil.
mediation-error-reason = Lütfen bir gerekçe seçin.
mediation-error-offer-closed = Bu teklif artık açık değil.
mediation-error-report-minutes = Dakika: lütfen 1 ile 720 arasında girin.
mediation-error-report-km = Kilometre: lütfen 0 ile 500 arasında girin.
mediation-error-report-early = Saatler randevudan sonra bildirilir.
mediation-error-login = Bu kullanıcı adıyla dil aracısı rolünde bir hesap yok ya da hesap havuzdaki başka bir kişiye ait.
mediation-request-title = Talep no. { $id }
mediation-institution = Kurum
mediation-yes = evet
mediation-no = hayır
mediation-refusal-reason = Ret gerekçesi
mediation-refusal-no-mediator-for-language = bu dil için dil aracısı yok
mediation-refusal-legal-consequences = hukuki sonuçlar
mediation-refusal-too-short-notice = süre çok kısa
mediation-refusal-outside-rules = havuzun kuralları dışında
mediation-cancelled-by = İptal eden
mediation-cancelled-institution = kurum
mediation-cancelled-coordination = koordinasyon
mediation-decide = Talebi incele
mediation-accept = Kabul et
mediation-refer = Profesyonel tercümanlara yönlendir
mediation-refuse = Reddet
mediation-record-unserved = Karşılanamadı olarak kaydet
mediation-suggestions = Öneriler
mediation-suggestions-intro = Tercih edilen cinsiyet, dil düzeyi, ilçeye ulaşım, müsaitlik ve görevlerin adil dağılımına göre sıralanmıştır. Her kişinin yanında gerekçeler yazılıdır.
mediation-no-suggestions = Havuzda bu talebi üstlenebilecek kimse yok.
mediation-rank = Sıra
mediation-mediator = Dil aracısı
mediation-reasons = Gerekçeler
mediation-action = İşlem
mediation-offer = Teklif et
mediation-excluded = Uygun olmayanlar ({ $count })
mediation-excluded-inactive = aktif değil
mediation-excluded-no-language = bu dili konuşmuyor
mediation-excluded-setting-not-offered = bu biçimi sunmuyor
mediation-excluded-documents-lapsed = belgeler geçerli değil
mediation-excluded-absent = izinde
mediation-excluded-booked = o saatte görevli
mediation-reason-language = Dil düzeyi: { $level }
mediation-reason-language-tested = Dil düzeyi: { $level } (sınanmış)
mediation-reason-dialect = lehçeyi konuşuyor
mediation-reason-gender-matches = tercih edilen cinsiyet
mediation-reason-gender-differs = tercih edilenden farklı cinsiyet
mediation-reason-district = ilçeye ulaşabiliyor
mediation-reason-district-out = ilçeye ulaşamıyor
mediation-reason-remote = telefonla veya görüntülü: ilçe önemsiz
mediation-reason-available = o saatte genellikle müsait
mediation-reason-unavailable = o saatte genellikle müsait değil
mediation-reason-load = Son dört haftada { $hours } saat görev
mediation-level-basic = B1
mediation-level-good = B2
mediation-level-fluent = C1/C2
mediation-level-native = ana dil
mediation-offers-made = Teklifler ve görevler
mediation-assignment-offered = teklif edildi
mediation-assignment-accepted = kabul edildi
mediation-assignment-declined = reddedildi
mediation-assignment-withdrawn = geri çekildi
mediation-assignment-completed = tamamlandı
mediation-allowance = Ödenek
mediation-cancel = Talebi iptal et
mediation-cancel-why = İptal gerekçesi
mediation-back = Genel bakışa dön
mediation-queue-title = Talepleri incele ve yönlendir
mediation-queue-intro = Tüm açık talepler, önce acil olanlar, sonra randevuya göre. Saatler yerel saattir (Avrupa/Berlin).
mediation-assignments-title = Görevlerim
mediation-assignments-intro = Size teklif edilen görevleri kabul edin veya reddedin; randevudan sonra dakika ve kilometreyi bildirin, ödenek hesaplanır.
mediation-offered = Teklif edilenler
mediation-accepted = Kabul edilenler
mediation-done = Tamamlanan ve kapananlar
mediation-none = Yok.
mediation-minutes-unit = dakika
mediation-answer-accept = Kabul et
mediation-answer-decline = Reddet
mediation-report = Görevi bildir
mediation-report-minutes = Dakika
mediation-report-km = Kilometre
mediation-report-send = Bildir
mediation-pool-title = Dil aracıları havuzu
mediation-pool-intro = Havuzdaki tüm dil aracıları. Vurgulananlar: süresi dolmuş ya da önümüzdeki { $days } gün içinde dolacak belgeler.
mediation-languages = Diller
mediation-documents = Belgeler
mediation-documents-valid = geçerli
mediation-documents-lapsing = süresi doluyor
mediation-document-pledge = gizlilik taahhüdü
mediation-document-good-conduct = adli sicil kaydı
mediation-inactive = aktif değil
mediation-pool-account = Hesap
mediation-pool-linked = Bir hesaba bağlı.
mediation-pool-login = Kullanıcı adı
mediation-pool-link = Hesabı bağla
## collection
collection-nav = Veri toplama
collection-nav-completeness = Bildirimlerin eksiksizliği
collection-list-title = Bildirimlerim
collection-list-intro = { $institution } için açık bildirimler: dönem, son tarih ve durum. Süresi geçmiş bildirimler işaretlidir.
collection-list-empty = Şu anda açık bildirim yok.
collection-data-set = Veri seti
collection-period = Dönem
collection-period-quarter = { $year } { $quarter }. çeyrek
collection-period-month = { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
} { $year }
collection-due = Son tarih
collection-state = Durum
collection-timeliness = Zamanlama
collection-state-draft = taslak
collection-state-complete = tamamlandı
collection-state-approved = onaylandı
collection-state-returned = iade edildi
collection-state-none = henüz başlanmadı
collection-timeliness-on-time = zamanında
collection-timeliness-late = gecikmeli
collection-timeliness-missing = süresi geçti
collection-timeliness-open = açık
collection-institution = Kurum
collection-returned-heading = İstatistik birimi bildirimi iade etti
collection-locked = Bu bildirim kilitli: tamamlanmış veya onaylanmış ya da dönemi veri girişine açık değil.
collection-errors = Lütfen girdilerinizi kontrol edin
collection-rules-heading = İhlal edilen kontrol kuralları
collection-importance-high = Yüksek önem
collection-importance-medium = Orta önem
collection-importance-low = Düşük önem
collection-rule-sides = sol taraf { $left }, sağ taraf { $right }
collection-scores-heading = Öz değerlendirme sonucu
collection-area = Alan
collection-score = %{ $percent }
collection-score-overall = Toplam
collection-comparison-heading = Aynı türdeki kurumlarla karşılaştırma
collection-comparison-intro = Sonucunuz, aynı dönemde aynı türdeki diğer kurumların onaylanmış öz değerlendirmelerinin yanında. Yalnızca çeyrekler gösterilir, hiçbir tekil değer gösterilmez; ve yalnızca en az üç başka kurum yanıt verdiyse.
collection-comparison-own = Kurumunuz
collection-comparison-lower = alt çeyrek
collection-comparison-median = medyan
collection-comparison-upper = üst çeyrek
collection-comparison-count = diğer kurumlar
collection-comparison-position = konum
collection-position-below = alt çeyreğin altında
collection-position-middle = çeyrekler arasında
collection-position-above = üst çeyreğin üstünde
collection-comparison-too-few-short = karşılaştırma için çok az
collection-comparison-too-few = Aynı türden üçten az başka kurumun onaylanmış değeri varsa karşılaştırma gösterilmez: tek bir kurumu tanınabilir kılabilir.
collection-compulsory = Zorunlu
collection-comment = Yorum
collection-comments = Değerlere ilişkin yorumlar
collection-comment-on = { $name } hakkında yorum
collection-value = Değer
collection-no-answer = cevap yok
collection-yes = evet
collection-no = hayır
collection-save = Taslağı kaydet
collection-complete = Tamamlandı olarak bildir
collection-problem = Girdi
collection-completeness-title = Bildirimlerin eksiksizliği
collection-choose = Veri seti ve dönem
collection-show = Göster
collection-expected = Beklenen bildirimler
collection-reporting-rate = Bildirim oranı
collection-reporting-source = Kaynak: veri toplama
collection-reporting = Onaylanan kurumlar: { $reported } / { $expected } (bildirim oranı %{ $rate })
collection-reporting-latest = Her kurum için yılın en son onaylanan dönemi sayılır.
collection-timely-rate = Zamanında bildirim oranı
collection-completed = Bildirim tarihi
collection-decision = Karar
collection-approve = Onayla
collection-return = İade et
collection-return-reason = { $name } kurumuna iade nedeni
## offers (phase 2)
offers-coverage-nav = Teklif kapsamı
offers-coverage-title = İlçelere göre teklif kapsamı
offers-coverage-intro = Önerilerdeki kriterleri seçin, örneğin ücretsiz ve çocuk bakımlı. Tablo, tüm kriterleri karşılayan herkese açık teklifleri ilçe ve türe göre sayar; yerinde hizmet veren teklifler ulaştıkları her ilçede, çevrim içi teklifler hiçbirinde sayılır.
offers-coverage-criteria = Kriterler
offers-coverage-base = Referans nüfus
offers-coverage-base-residents = 1.000 sakin başına
offers-coverage-base-migration-history = göç geçmişi olan 1.000 sakin başına
offers-coverage-base-women-migration-history = göç geçmişi olan 1.000 kadın başına
offers-coverage-apply = Kapsamı hesapla
offers-coverage-gaps = Boşluklar: uygun teklifi olmayan ilçeler
offers-coverage-no-gaps = Her ilçede en az bir uygun teklif var.
offers-coverage-map-title = Referans nüfusun 1.000'i başına uygun teklifler
offers-coverage-map-desc = Bielefeld ilçelerinin haritası; bir ilçe ne kadar koyuysa referans nüfusun 1.000'i başına o kadar çok uygun teklif vardır. Rakamlar tabloda da yer alır.
offers-coverage-table = İlçe ve türe göre teklifler
offers-coverage-table-caption = İlçe ve türe göre uygun teklif sayısı, toplam ve referans nüfusun 1.000'i başına
offers-coverage-total = Toplam teklif
offers-coverage-population-residents = Sakinler
offers-coverage-population-migration-history = Göç geçmişi olan sakinler
offers-coverage-population-women-migration-history = Göç geçmişi olan kadınlar
offers-coverage-rate-residents = 1.000 sakin başına teklif
offers-coverage-rate-migration-history = Göç geçmişi olan 1.000 sakin başına teklif
offers-coverage-rate-women-migration-history = Göç geçmişi olan 1.000 kadın başına teklif
offers-mine-edit = Düzenle
offers-edit-title = Teklifi düzenle: { $title }
offers-edit-intro = Teklifi değiştirip kaydedin. Yayımlanmış bir teklif daha sonra entegrasyon ofisi tarafından yeniden incelenir; o zamana kadar herkese açık olmaz.
offers-edit-back = Tekliflerime dön
offers-edit-save = Değişiklikleri kaydet
offers-edit-conflict = Teklif bu arada değiştirildi. Sayfayı yeniden yükleyin ve değişikliğinizi tekrar girin.
offers-form-section-what = Ne
offers-form-section-where = Nerede
offers-form-section-when = Ne zaman
offers-form-section-links = Entegrasyon konseptiyle bağlantı
offers-form-target-groups = Hedef gruplar
offers-form-location-kind = Yer türü
offers-form-location-place = bir yerde (adres)
offers-form-location-outreach = ilçelerde yerinde hizmet
offers-form-location-online = çevrim içi
offers-form-latitude = Enlem (isteğe bağlı)
offers-form-longitude = Boylam (isteğe bağlı)
offers-form-coordinates-hint = Ondalık derece olarak, örneğin 52.0211 ve 8.5325
offers-form-outreach = Yerinde hizmetin gittiği ilçeler
offers-form-repeat = Tekrar (hafta günleri seçildiğinde)
offers-form-repeat-weekly = her hafta
offers-form-repeat-biweekly = iki haftada bir
offers-form-repeat-monthly-1 = aylık, bu hafta günlerinin ilkinde
offers-form-repeat-monthly-2 = aylık, bu hafta günlerinin ikincisinde
offers-form-repeat-monthly-3 = aylık, bu hafta günlerinin üçüncüsünde
offers-form-repeat-monthly-4 = aylık, bu hafta günlerinin dördüncüsünde
offers-form-repeat-monthly-last = aylık, bu hafta günlerinin sonuncusunda
offers-form-until = Son tarih (isteğe bağlı)
offers-form-except = İptal edilen tarihler (resmî tatiller dışında)
offers-form-except-hint = Her satıra bir tarih, örneğin 2026-10-27
offers-form-more-dates = Diğer tekil tarihler
offers-form-more-dates-hint = Her satıra bir tarih: tarih, başlangıç ve bitiş, örneğin 2026-12-12 14:00-17:00
offers-form-days = Bu hafta günlerinde (resmî tatiller hariç)
offers-form-recommendations = Teklifin hizmet ettiği konsept önerileri
offers-form-recommendations-hint = Virgülle ayrılmış kimlikler, örneğin kultur-freizeit-1, sport-1
offers-form-measures = Teklifin ait olduğu önlemler
offers-form-measures-hint = Virgülle ayrılmış numaralar, örneğin 12, 7
offers-coverage-map-legend = 1.000 kişi başına teklif
