# کاوشگر روند وین: رابط کاربری به زبان دری.
# Vienna Process Explorer: the interface in Dari (Afghan Persian).
#
# نحو Fluent (https://projectfluent.org/). اصطلاح‌ها (-round، -faction، -source،
# -disagreement) واژه‌هایی‌اند که در همه‌جا برای همین مفاهیم به کار می‌روند؛ آن‌ها را
# یکدست نگه دارید. { $name } را برنامه پر می‌کند. کلیدها همان‌گونه که هستند می‌مانند.
# Terms as in en.ftl; Dari has no capitals, so -Round and -round are the same word.

-site = کاوشگر روند وین
-round = دور
-Round = دور
-faction = جناح
-source = منبع
-disagreement = اختلاف

## پوسته
site-name = { -site }
skip-to-content = رفتن به محتوا
nav-main = اصلی
nav-languages = زبان
nav-timeline = جدول زمانی
nav-matrix = ماتریس
nav-factions = جناح‌ها
nav-people = افراد
nav-sources = منابع
nav-about = درباره
footer-cited = هر مطلب به { -source } خود پیوند دارد.
footer-disagreements = جاهایی که منابع با هم اختلاف دارند
footer-download = دانلود مجموعهٔ داده‌ها (JSON)
footer-about = درباره و روش کار
list-separator = {"؛ "}
according-to = بر اساس { $sources }
round-n = { -Round } { $n }
round-title = { -Round } { $n }: { $name }

## دانلود
export-group = دانلود این نما
export-csv = دانلود CSV
export-json = دانلود JSON
export-failed = فایل ساخته نشد: { $why }
export-kind = نوع
export-id = شناسه
export-title = عنوان
export-dates = تاریخ‌ها
export-place = مکان
export-summary = خلاصه
export-factions = جناح‌ها
export-sources = منابع
export-faction = جناح
export-leaders = رهبران
export-base = پایگاه
export-ethnicity = ترکیب قومی
export-stance = موضع
export-founded = تأسیس
export-name = نام
export-variants = گونه‌های نام
export-rounds = دورها

## اسناد
document-breadcrumb = سند
document-issued-by = صادرکننده
document-date = تاریخ
document-round = { -Round }
document-kind = نوع
document-kind-roadmap = نقشهٔ راه
document-kind-declaration = اعلامیه
document-kind-statement = بیانیه
document-kind-letter = نامه
document-kind-report = گزارش
document-note = موارد زیر خلاصه‌هایی از خودِ این پروژه‌اند، هر یک همراه با { -source } آن.

## منابع
sources-title = منابع
sources-lede = پنج سند منبع که مجموعهٔ داده‌ها بر پایهٔ آن‌ها ساخته شده است، و گزارش‌های عمومی که برای افزودن تاریخ‌های دقیق، محل‌های برگزاری و اشتراک‌کنندگان به کار رفته‌اند. صفحهٔ هر منبع مطالبی را که بر آن استوارند فهرست می‌کند.
sources-see-disagreements = جاهایی را ببینید که منابع با هم اختلاف دارند.
sources-cited-times = { $n } بار ارجاع داده شده
source-kind-seed = اسناد منبع
source-kind-news = گزارش‌های خبری
source-kind-organiser = برگزارکنندگان و گروه‌های اشتراک‌کننده
source-kind-official = اسناد رسمی
source-kind-reference = آثار مرجع و منابع دیگر

## انواع موارد جدول زمانی
event-kind-round = دور روند وین
event-kind-takeover = تسلط طالبان
event-kind-founding = تأسیس یک گروه
event-kind-meeting = نشست دیگر
event-kind-document = سند
event-kind-report = گزارش
event-kind-repression = سرکوب
event-kind-statement = بیانیه

## مواضع
stance-armed-struggle = مبارزهٔ مسلحانه
stance-negotiation = مذاکره
stance-both = هر دو (مسلحانه و سیاسی)

## انواع جناح
faction-kind-armed-front = جبههٔ مسلح
faction-kind-political-council = شورای سیاسی
faction-kind-party = حزب
faction-kind-movement = جنبش
faction-kind-platform = نهاد هماهنگ‌کننده یا برگزارکننده
faction-kind-historical = ائتلاف تاریخی
faction-kind-ruling = گروه حاکم، که مخالفان در برابر آن ایستاده‌اند
faction-kind-terrorist = گروهی که تروریستی خوانده می‌شود

## حضور در یک دور
presence-attended = حاضر
presence-represented = دارای نماینده (فرستاده، آنلاین یا از طریق عضو)
presence-absent = غایب

## شیوهٔ اشتراک یک فرد
mode-attended = حاضر
mode-in-person = حضوری
mode-online = آنلاین
mode-envoy = نماینده فرستاد
mode-absent = غایب

## روابط میان جناح‌ها
relation-allied = متحد با
relation-rival = رقیب
relation-contrasting = دارای راهبرد متضاد با
relation-split-from = منشعب از
relation-member-of = عضو
relation-successor-of = جانشین
relation-shared-leader = دارای رهبر مشترک با
relation-opposes = مخالف
relation-sentence-allied = { $from } با { $to } متحد است
relation-sentence-rival = { $from } رقیب { $to } است
relation-sentence-contrasting = { $from } راهبردی متفاوت با راهبرد { $to } دارد
relation-sentence-split-from = { $from } از { $to } جدا شده است
relation-sentence-member-of = { $from } عضو { $to } است
relation-sentence-successor-of = { $from } جانشین { $to } است
relation-sentence-shared-leader = { $from } با { $to } رهبر مشترک دارد
relation-sentence-opposes = { $from } مخالف { $to } است

## شمارش‌ها به همان گونه که منابع بیان کرده‌اند: { $n } عدد، { $what } آنچه شمرده می‌شود
count-plain = { $n } { $what }
count-exactly = دقیقاً { $n } { $what }
count-about = حدود { $n } { $what }
count-more-than = بیش از { $n } { $what }
count-at-least = دست‌کم { $n } { $what }
count-almost = نزدیک به { $n } { $what }
share-plain = { $n }٪
share-exactly = دقیقاً { $n }٪
share-about = حدود { $n }٪
share-more-than = بیش از { $n }٪
share-at-least = دست‌کم { $n }٪
share-almost = نزدیک به { $n }٪

## آنچه شمرده می‌شود (پس از عدد، به صورت مفرد)
counted-participants = اشتراک‌کننده
counted-invited = نفر دعوت‌شده
counted-groups = گروه
counted-organisations = سازمان

## قطعه‌های کوچک
comma = {"، "}
notices-heading = بخشی از این پیوند فهمیده نشد.
copy-link-blocked = کاپی کردن در این‌جا مسدود است؛ پیوند این است: { $href }

## پیدا نشد
not-found-title = صفحه پیدا نشد
not-found-at = این سایت در این آدرس صفحه‌ای ندارد:
not-found-here = این سایت در این آدرس صفحه‌ای ندارد.
not-found-pages = این صفحه‌ها وجود دارند:
not-found-round = { -Round } پیدا نشد
not-found-faction = جناح پیدا نشد
not-found-person = شخص پیدا نشد
not-found-source = منبع پیدا نشد
not-found-document = سند پیدا نشد
missing-faction = در این مجموعهٔ داده‌ها هیچ { -faction }ی با این شناسه وجود ندارد:
missing-person = در این مجموعهٔ داده‌ها هیچ شخصی با این شناسه وجود ندارد:
missing-source = در این مجموعهٔ داده‌ها هیچ { -source }ی با این شناسه وجود ندارد:
missing-document = در این مجموعهٔ داده‌ها هیچ سندی با این شناسه وجود ندارد:
missing-faction-list = دیدن همهٔ جناح‌ها
missing-person-list = دیدن همهٔ افراد
missing-source-list = دیدن همهٔ منابع
missing-document-list = دیدن همهٔ منابع

## یادداشت‌ها دربارهٔ پیوند
notice-unknown-param = پارامتر «{ $param }» در این پیوند از پارامترهایی نیست که این سایت به کار می‌برد؛ نادیده گرفته شد.
notice-bad-value = «{ $value }» مقدار معتبری برای «{ $param }» نیست (مقدار مورد انتظار: { $expected })؛ نادیده گرفته شد.
notice-unknown = { $what } «{ $id }» در این مجموعهٔ داده‌ها وجود ندارد؛ از فیلتر کنار گذاشته شد.
notice-years-swapped = بازهٔ سال‌ها وارونه بود؛ به ترتیب برعکس خوانده شد.
notice-range-swapped = بازهٔ زمانی وارونه بود؛ به ترتیب برعکس خوانده شد.
notice-range-clamped = بازهٔ زمانی از سال‌هایی که داده‌ها در بر می‌گیرند ({ $first } تا { $last }) فراتر می‌رفت؛ به همین سال‌ها محدود شد.
notice-truncated = متن جستجو به { $max } حرف کوتاه شد.
expected-id = شناسه‌ای متشکل از حروف کوچک لاتین، ارقام و خط تیره
expected-year = سالی مانند ۲۰۲۳
expected-item-kind = نوعی از موارد، مانند round یا meeting
expected-faction-kind = نوعی از جناح‌ها، مانند armed-front یا party
expected-stance = armed-struggle، negotiation یا both
expected-view = both، rounds یا attributes
expected-column = یک ستون ماتریس، مانند name، stance یا r2
expected-flag = 1 یا 0
expected-faction = شناسهٔ یک جناح
expected-round = شمارهٔ یک { -round }
expected-range = دو تاریخ مانند 2023-03-01..2024-06-30
expected-data = آدرس http(s) یک مجموعهٔ داده‌ها به شکل JSON
what-faction = { -faction }
what-community = گروه قومی یا مذهبی
what-round = { -round }
range-to = { $lo } تا { $hi }
not-stated = ذکر نشده
since = از { $date }
cites-label = منابع
inferred = استنباط‌شده
inferred-title = استنباط خودِ پروژه از منابع، نه آنچه منابع بیان کرده‌اند

## نمودار اشتراک
chart-caption = اشتراک‌کنندگان در هر { -round }، به همان گونه که هر { -source } بیان کرده است. هر نقطه یک رقم واحد است؛ هر میله بازه‌ای را در بر می‌گیرد که ارقام منابع در آن با هم فرق دارد. ♀: سهم زنان، در جایی که ذکر شده است (عبارت دقیق در جدول آمده است).
chart-table-summary = ارقام به شکل جدول
chart-table-caption = اشتراک‌کنندگان در هر { -round }
chart-col-round = { -Round }
chart-col-range = بازه
chart-col-figures = ارقام ذکرشده
chart-col-women = زنان

## بارگذاری مجموعهٔ داده‌های دیگر
origin-file = فایل { $name }
origin-embedded = مجموعهٔ داده‌های داخلی این سایت
banner-showing = نمایش مجموعهٔ داده‌هایی که از { $from } بارگذاری شده است: { $title }، نسخهٔ { $version } ({ $date }).
banner-return = بازگشت به مجموعهٔ داده‌های داخلی
banner-loading = در حال بارگذاری مجموعهٔ داده‌ها از { $from }…
banner-failed = مجموعهٔ داده‌ها از { $from } قابل استفاده نبود.
banner-embedded-shown = به جای آن، مجموعهٔ داده‌های داخلی نشان داده می‌شود.
load-no-requests = مرورگر نمی‌تواند درخواست بفرستد
load-timeout = در مدت { $s } ثانیه پاسخی نرسید
load-unreachable = به آدرس دسترسی نشد (خطای شبکه، یا سرور اجازهٔ بارگذاری میان‌سایتی را نمی‌دهد): { $detail }
load-http = سرور با HTTP { $status } { $text } پاسخ داد
load-not-json = سرور «{ $type }» فرستاد، نه JSON (application/json)
load-too-large = حجم مجموعهٔ داده‌ها { $bytes } بایت است؛ حد مجاز { $max } بایت (۱۶ MiB) است
load-unreadable = پاسخ خوانده نشد: { $detail }

## مشکلات هنگام راه‌اندازی
start-panic = کاوشگر به دلیل یک خطای داخلی متوقف شد: { $why }
start-no-catalog = متن‌های این نسخهٔ زبانی بارگذاری نشد: { $why }
start-invalid = مجموعهٔ داده‌های سایت نامعتبر است: { $why }
start-no-dataset = مجموعهٔ داده‌های سایت بارگذاری نشد: { $why }
start-failed = کاوشگر تعاملی راه‌اندازی نشد
start-failed-hint = آنچه صفحه نشان می‌دهد هنوز قابل خواندن است. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید؛ اگر باز هم چنین شد، صفحهٔ اصلی را باز کنید.

## فیلترها
filter-label = فیلترها
filter-search = جستجو در نام‌ها و خلاصه‌ها
filter-kind = نوع رویداد
filter-faction = جناح
filter-ethnicity = گروه قومی یا مذهبی
filter-stance = موضع
filter-type = نوع جناح
filter-from-year = از سال
filter-to-year = تا سال
filter-any-year = همه
filter-matching = ، موارد مطابق:
filter-clear = پاک کردن همهٔ فیلترها
filter-summary-timeline = { $n } از { $all } دور و رویداد با فیلترها مطابقت دارد.
filter-summary-factions = { $n } از { $all } جناح با فیلترها مطابقت دارد.
filter-summary-people = { $n } از { $all } نفر با فیلترها مطابقت دارد.
empty-timeline = هیچ دور یا رویدادی با این فیلترها مطابقت ندارد.
empty-factions = هیچ جناحی با این فیلترها مطابقت ندارد.
empty-people = هیچ فردی با این فیلترها مطابقت ندارد.

## جناح‌ها
factions-title = جناح‌ها
factions-heading = جناح‌ها و سازمان‌ها
factions-lede = همهٔ جبهه‌ها، شوراها، احزاب، جنبش‌ها و نهادهای هماهنگ‌کننده‌ای که منابع از آن‌ها نام می‌برند، و طالبان که این گروه‌ها با آن مخالف‌اند. هر کدام را باز کنید تا پروفایل کامل و دارای ارجاع آن را ببینید.
factions-also-called = همچنین با نام:
factions-leaders = رهبران
factions-composition = ترکیب قومی
factions-stance = موضع

## افراد
people-title = افراد
people-lede = همهٔ کسانی که منابع از آنان نام می‌برند: نقش‌ها، وابستگی‌ها و دورها، همراه با ارجاع. قومیت یا مذهب تنها در جایی آمده است که منبعی آن را بیان کرده باشد.
people-factions = جناح‌ها
people-rounds = دورها
people-more = نمایش بیشتر ({ $rest } نفر نمایش داده نشده)
period-from-to = { $from } تا { $to }
until = تا { $date }

## یک فرد
person-for = از طرف
person-variants = املاها و نام‌های دیگر
person-roles = نقش‌ها و وابستگی‌ها
person-community = قومیت یا مذهب
person-community-none = هیچ منبعی در این مجموعهٔ داده‌ها آن را بیان نکرده است، از این رو ثبت نشده است.
person-events = رویدادها
profile-notes = یادداشت‌ها
profile-disagreements = جاهایی که منابع با هم اختلاف دارند

## یک جناح
faction-in-matrix = نمایش در ماتریس
faction-aliases = نام‌های دیگر
faction-people = رهبران و اعضا
faction-base = پایگاه
faction-founded = تأسیس
faction-stances = موضع در قبال مبارزهٔ مسلحانه و مذاکره
faction-presence = حضور در دورها
faction-status = وضعیت
faction-evidence = شواهد
faction-relations = جناح‌های مرتبط

## یک منبع
source-author = نویسنده
source-publisher = ناشر
source-no-date = درج نشده
source-language = زبان
source-address = آدرس
source-file = فایل
source-paragraphs = پاراگراف‌ها
source-paragraphs-note = ¶N یعنی سطر غیرخالیِ شمارهٔ N در سند. هر کدام با نخستین واژه‌های خود، عیناً، آغاز می‌شود و پس از آن خلاصهٔ پروژه می‌آید.
source-statements = مطالبی که بر این { -source } استوارند ({ $n })
source-cited-n = { $n } بار ارجاع

## اختلاف‌ها
disagreements-title = جاهایی که منابع با هم اختلاف دارند
disagreements-lede = ارقام، تاریخ‌ها، نام‌ها و املاهایی که منابع بر سر آن‌ها با هم اختلاف دارند. هیچ مقداری بی‌آنکه گفته شود برگزیده نشده است: هر یک همراه با { -source } آن فهرست شده و برداشت پروژه با عبارت‌های خودِ پروژه آمده است.
disagreements-all = همهٔ اختلاف‌ها
disagreement-concerns = مربوط به:
disagreement-values = مقادیری که منابع ذکر کرده‌اند
disagreement-field-count = دربارهٔ تعداد
disagreement-field-date = دربارهٔ تاریخ
disagreement-field-name = دربارهٔ نام
disagreement-field-spelling = دربارهٔ املا
disagreement-field-venue = دربارهٔ محل برگزاری
disagreement-field-attribution = دربارهٔ انتساب
disagreement-field-other = دربارهٔ موضوعی دیگر

## درباره
about-title = درباره
about-heading = دربارهٔ کاوشگر روند وین
about-lede = روند وین برای افغانستان دموکراتیک مخالفان حاکمیت طالبان را گرد هم می‌آورد: جبهه‌های مسلح، شوراهای سیاسی، احزاب و جنبش‌های زنان. این کاوشگر پنج دور آن (۲۰۲۲-۲۰۲۵)، جناح‌ها و افراد دخیل، و اسنادی را که تصویب کرده‌اند، بر پایهٔ پنج سند منبع و گزارش‌های عمومی ارائه می‌کند. هر مطلب به { -source } خود پیوند دارد؛ در جایی که منابع با هم اختلاف دارند، همهٔ مقادیر نگه داشته و نشان داده می‌شوند.
about-private = این کاوشگر به طور کامل در مرورگر شما اجرا می‌شود: هیچ چیزی که فیلتر یا بارگذاری می‌کنید به جایی فرستاده نمی‌شود.
about-dataset = مجموعهٔ داده‌ها
about-shown-embedded = در حال نمایش: مجموعهٔ داده‌های داخلی این سایت.
about-shown-url = در حال نمایش: مجموعهٔ داده‌هایی که از { $from } بارگذاری شده است.
about-shown-file = در حال نمایش: مجموعهٔ داده‌هایی که از فایل { $name } بارگذاری شده است.
about-title-label = عنوان
about-version = نسخه
about-version-n = نسخهٔ { $version }
about-licence = جواز
about-holds = آنچه در بر دارد
about-method = روش کار
about-changelog = تغییرات، نسخه به نسخه
about-count-rounds = دورها
about-count-factions = جناح‌ها و سازمان‌ها
about-count-people = افراد
about-count-events = رویدادهای زمینه‌ای
about-count-documents = اسناد
about-count-sources = منابع
about-count-claims = مطالب دارای ارجاع
about-count-citations = ارجاع‌ها
about-count-disagreements = اختلاف‌های میان منابع
about-download = دانلود
about-download-json = مجموعهٔ داده‌ها (JSON)
about-download-schema = JSON Schema آن
load-heading = دیدن یک مجموعهٔ داده‌های دیگر
load-explain = یک مجموعهٔ داده‌ها با همین قالب (JSON Schema بالا را ببینید) می‌تواند به جای مجموعهٔ داخلی نشان داده شود. نخست با همان اعتبارسنج بررسی می‌شود؛ اگر مشکلی باشد، صفحه می‌گوید چه مشکلی و در کجا، و مجموعهٔ داده‌های داخلی باقی می‌ماند. حد مجاز: { $max } MiB.
load-address = آدرس یک مجموعهٔ داده‌ها (JSON)
load-submit = بارگذاری و افزودن آن به پیوند
load-cors = سرور باید اجازهٔ بارگذاری میان‌سایتی (CORS) را بدهد. آدرس در پیوند صفحه قرار می‌گیرد، بنابراین با اشتراک‌گذاری پیوند، مجموعهٔ داده‌ها نیز به اشتراک گذاشته می‌شود.
load-file = یا فایلی روی این دستگاه
load-bad-address = آدرسی وارد کنید که با https:// یا http:// آغاز شود، یا مسیری در این سایت که با / آغاز شود.
load-file-too-large = حجم فایل { $name } حدود { $mib } MiB است؛ حد مجاز { $max } MiB است.
load-file-unreadable = فایل { $name } خوانده نشد.

## جدول زمانی
timeline-heading = جدول زمانی روند وین
timeline-lede = پنج دور روند وین برای افغانستان دموکراتیک (۲۰۲۲-۲۰۲۵) و رویدادهای پیرامون آن، روی یک محور زمانی. بر اساس جناح، گروه قومی یا مذهبی، نوع رویداد، موضع یا سال‌ها فیلتر کنید؛ آدرس صفحه همیشه نمای کنونی را نگه می‌دارد، بنابراین می‌توان آن را به اشتراک گذاشت.
timeline-lede-short = پنج دور روند وین (۲۰۲۲-۲۰۲۵) و رویدادهای پیرامون آن.
timeline-axis-heading = دورها و رویدادها روی محور زمان
timeline-participation-heading = اشتراک در هر { -round }
timeline-items-heading = دورها و رویدادها
timeline-period-note = فهرست، { $n } مورد از { $all } مورد را از { $from } تا { $to } نشان می‌دهد.
timeline-whole-period = نمایش کل بازهٔ زمانی
timeline-window-note = { $n } مورد؛ فهرست هنگام پیمایش، مواردی را که نزدیک به صفحهٔ نمایش‌اند ترسیم می‌کند.
timeline-dates-differ = منابع در تاریخ‌ها اختلاف دارند
timeline-dates-differ-title = منابع تاریخ‌های دیگری ذکر کرده‌اند؛ بخش اختلاف‌ها را ببینید
timeline-factions = جناح‌ها:
timeline-people = افراد:
timeline-size-as-stated = شمار ذکرشده:

## یک دور
round-missing = در این مجموعهٔ داده‌ها هیچ { -round }ی با این شماره وجود ندارد:
round-existing = دورهای موجود در آن:
round-pager = { -round } قبلی و بعدی
round-pager-end = { -round } قبلی و بعدی (پایان صفحه)
round-when = زمان و مکان
round-dates = تاریخ‌ها
round-venue = محل برگزاری
round-organisers = برگزارکنندگان
round-participants = اشتراک‌کنندگان
round-no-number = هیچ { -source }ی رقمی ذکر نکرده است.
round-women = زنان:
round-communities = گروه‌های قومی و مذهبی، به گونه‌ای که منابع توصیف کرده‌اند
level-dominant = غالب
level-present = حاضر
level-limited = محدود
level-absent = غایب
round-factions = جناح‌های دارای نماینده
round-firsts = نخستین‌ها
round-outcomes = نتایج
round-documents = اسناد
round-reactions = واکنش‌ها
round-disagreements = جاهایی که منابع دربارهٔ این { -round } با هم اختلاف دارند
round-attendees = اشتراک‌کنندگانی که منابع از آنان نام برده‌اند
round-no-faction = { -faction }ی در منابع ذکر نشده است
round-matches = مطابق با فیلترهای شما:
round-no-match = هیچ اشتراک‌کننده‌ای از این { -round } با فیلترهای شما مطابقت ندارد.
round-matched = { $n } اشتراک‌کننده که با فیلترهای شما مطابقت دارند، برجسته شده‌اند.
compare-heading = مقایسه با { -round } دیگر
compare-with = مقایسه با
compare-choose = یک { -round } را انتخاب کنید
compare-none = چیزی ثبت نشده
compare-stated = اشتراک‌کنندگان ذکرشده: { -round } { $a }: { $ra }؛ { -round } { $b }: { $rb }.
compare-caption = { -Round } { $a } در مقایسه با { -round } { $b } (تنها افراد و جناح‌هایی که منابع از آن‌ها نام برده‌اند)
compare-new = تازه در { -round } { $a }
compare-missing = در { -round } { $b }، ثبت‌نشده در { $a }
compare-both = ثبت‌شده در هر دو
compare-note = نبودن در این فهرست تنها به این معناست که هیچ { -source }ی از آنان در آن { -round } نام نبرده است.

## محور زمان
axis-label = محور زمان
axis-role = محور زمان
axis-controls = ابزارهای محور زمان
axis-zoom-in = بزرگ‌نمایی
axis-zoom-out = کوچک‌نمایی
axis-earlier = پیش‌تر
axis-later = بعدتر
axis-whole = کل بازهٔ زمانی
axis-period-whole = نمایش کل بازهٔ زمانی، از { $from } تا { $to }
axis-period = نمایش از { $from } تا { $to }
axis-tip-size = شمار ذکرشده: { $sizes }
axis-tip-round-hint = با Enter یا کلیک، { -round } باز می‌شود
axis-tip-event-hint = با Enter یا کلیک، این مورد در فهرست نشان داده می‌شود
axis-many = { $n } مورد از { $from } تا { $to }؛ برای بزرگ‌نمایی Enter را فشار دهید
axis-presence = { $faction } در { -round } { $n }: { $status }
axis-legend-round = { -round } روند وین
axis-legend-event = رویداد زمینه‌ای
axis-legend-many = چند رویداد (شمار در پایین)
axis-legend-presence = ● حاضر ◐ دارای نماینده ○ غایب · نامعلوم
axis-help = کلیدها روی محور: + و - برای بزرگ‌نمایی و کوچک‌نمایی، ← و → برای حرکت در زمان، 0 یا Home برای نمایش کل بازهٔ زمانی، و Tab برای رسیدن به هر دور و رویداد. با موس: برای جابه‌جایی بکشید، با Shift+کشیدن یک بازهٔ زمانی را انتخاب کنید، و با Ctrl+چرخ موس یا باز و بسته کردن دو انگشت بزرگ‌نمایی کنید.
axis-help-rtl = کلیدها روی محور: + و - برای بزرگ‌نمایی و کوچک‌نمایی، → به زمان‌های پیش‌تر و ← به زمان‌های بعدتر می‌رود (زمان از راست به چپ پیش می‌رود)، 0 یا Home برای نمایش کل بازهٔ زمانی، و Tab برای رسیدن به هر دور و رویداد. با موس: برای جابه‌جایی بکشید، با Shift+کشیدن یک بازهٔ زمانی را انتخاب کنید، و با Ctrl+چرخ موس یا باز و بسته کردن دو انگشت بزرگ‌نمایی کنید.

## ماتریس جناح‌ها
matrix-title = ماتریس جناح‌ها
matrix-lede = کدام جناح‌ها در کدام دورها اشتراک کردند، و منابع دربارهٔ هر یک چه می‌گویند: نوع، رهبران، پایگاه، ترکیب قومی، موضع در قبال مبارزهٔ مسلحانه یا مذاکره، و تأسیس. هر خانه را انتخاب کنید تا شواهد آن را ببینید؛ بر اساس هر ستون مرتب کنید.
matrix-columns = ستون‌ها
matrix-view-both = دورها و ویژگی‌ها
matrix-view-rounds = تنها دورها
matrix-view-attributes = تنها ویژگی‌ها
matrix-legend = راهنما
matrix-keys = هر خانه شواهد خود را باز می‌کند. در خانه‌های دورها، کلیدهای جهت‌نما میان خانه‌ها حرکت می‌کنند و Home و End به دو سر سطر می‌روند؛ Enter یا کلید فاصله شواهد را باز می‌کند و Esc آن را می‌بندد.
matrix-sort = ، مرتب‌سازی
matrix-caption-both = { $n } جناح و سازمان؛ دورها نشان داده شده‌اند، ویژگی‌ها نشان داده شده‌اند.
matrix-caption-rounds = { $n } جناح و سازمان؛ دورها نشان داده شده‌اند، ویژگی‌ها پنهان‌اند.
matrix-caption-attributes = { $n } جناح و سازمان؛ دورها پنهان‌اند، ویژگی‌ها نشان داده شده‌اند.
matrix-round-cell = { $faction }، { -round } { $n }: { $status }. نمایش شواهد
matrix-attribute-cell = { $faction }، { $column }: { $value }. نمایش شواهد
matrix-relation-cell = { $from } { $relation } { $to } است. نمایش شواهد
matrix-evidence-round = شواهد: { $faction } در { -round } { $n }
matrix-evidence-attribute = شواهد: { $faction }، { $column }
matrix-evidence-relation = شواهد: { $faction } و { $other }
matrix-close = بستن
matrix-close-what = { " " }شواهد
matrix-no-presence = هیچ { -source }ی نمی‌گوید که این جناح در این دور اشتراک کرده است یا نه.
matrix-members = افراد این جناح که در این دور ثبت شده‌اند
matrix-composition-note = به گونه‌ای که منابع توصیف کرده‌اند؛ منبع هر توصیف در کنار آن ذکر شده است.
matrix-not-stated = هیچ منبعی در این مجموعهٔ داده‌ها این را بیان نکرده است.
matrix-faction-disagreements = جاهایی که منابع دربارهٔ این جناح با هم اختلاف دارند
matrix-relations-heading = رابطهٔ جناح‌ها با یکدیگر
matrix-relations-intro = هر سطر را این‌گونه بخوانید: جناحِ سطر … جناحِ ستون است. تنها روابطی نشان داده می‌شوند که منبعی بیان کرده باشد (یا پروژه آن را استنباط‌شده علامت‌گذاری کرده باشد)؛ برای دیدن شواهد، یک نشانه را انتخاب کنید.
matrix-relations-caption = روابط میان جناح‌ها، بر اساس سطر (از) و ستون (به)
column-name = جناح
column-kind = نوع
column-leaders = رهبران
column-base = پایگاه
column-ethnicity = ترکیب قومی
column-stance = موضع
column-founded = تأسیس
cell-in-person = حاضر (حضوری)
cell-in-person-meaning = منبعی می‌گوید که جناح اشتراک کرده و افراد آن به‌صورت حضوری در آن‌جا بوده‌اند
cell-online = حاضر (آنلاین)
cell-online-meaning = منبعی می‌گوید که جناح اشتراک کرده و افراد آن تنها به‌صورت آنلاین حاضر بوده‌اند
cell-attended = حاضر
cell-attended-meaning = منبعی می‌گوید که جناح اشتراک کرده، بی‌آنکه بگوید به چه شکل
cell-represented = دارای نماینده
cell-represented-meaning = از طریق یک فرستاده یا یکی از اعضا
cell-absent = غایب
cell-absent-meaning = منبعی می‌گوید که جناح غایب بوده است
cell-unknown = نامعلوم
cell-unknown-meaning = هیچ منبعی در این باره چیزی نمی‌گوید

## توضیحات صفحه‌ها (پیش‌نمایش پیوندها، نتایج جستجو)
head-home-description = { $rounds } دور روند وین برای افغانستان دموکراتیک ({ $years }) و نیروهای افغان مخالف طالبان در پیرامون آن: یک جدول زمانی، یک ماتریس جناح‌ها و پروفایل‌ها، و هر واقعیت با ارجاع.
head-matrix-description = { $factions } جناح و سازمان، حضور آن‌ها در هر یک از { $rounds } دور روند وین، و ویژگی‌هایشان: نوع، رهبران، پایگاه، ترکیب قومی به گونه‌ای که منابع توصیف کرده‌اند، و موضع در قبال مبارزهٔ مسلحانه یا مذاکره.
head-factions-description = { $factions } جناح و سازمانی که در منابع مربوط به روند وین از آن‌ها نام برده شده است، با نوع، رهبران و دورهایی که در آن‌ها اشتراک کرده‌اند.
head-people-description = { $people } فردی که منابع در روند وین از آنان نام می‌برند، با نقش‌هایشان و دورهایی که حضورشان در آن‌ها ثبت شده است.
head-sources-description = { $sources } منبعی که پشتوانهٔ هر مطلب در کاوشگر روند وین‌اند: پنج سند پایه که پاراگراف به پاراگراف خلاصه شده‌اند، و گزارش‌های عمومی.
head-disagreements-description = { $disagreements } موردی که منابع مربوط به روند وین در آن‌ها تاریخ‌ها، ارقام، نام‌ها یا روایت‌های متفاوتی ارائه می‌کنند، هر یک با همهٔ مقادیر و ارجاع‌های آن.
head-about-description = کاوشگر روند وین چگونه ساخته شده است: مجموعهٔ داده‌ها (نسخهٔ { $version }، { $licence })، منابع و روش کار آن، و چگونگی بارگذاری یک مجموعهٔ داده‌های دیگر.
head-not-found-description = این آدرس صفحه‌ای از کاوشگر روند وین نیست.
head-site-image-alt = کاوشگر روند وین: پنج دور، ۲۰۲۲-۲۰۲۵
head-round-image-alt = دور { $n } روند وین: { $dates }
head-sizes = شمار ذکرشده: { $sizes }.
head-leaders = رهبرانی که منابع از آنان نام برده‌اند: { $leaders }.
head-recorded-at = ثبت‌شده در دورهای { $rounds } روند وین.

## تصاویر پیش‌نمایش
image-sizes = شمار ذکرشده: { $sizes }
image-site-title = روند وین
image-site-subtitle = نشست‌های نیروهای افغان مخالف طالبان، در جدول زمانی، ماتریس جناح‌ها و پروفایل‌ها
image-site-facts = { $rounds } دور · { $factions } جناح · { $people } نفر · { $sources } منبع، هر واقعیت با ارجاع

## موضوع هر مطلب در صفحهٔ یک منبع
aspect-dates = تاریخ‌ها
aspect-venue = محل برگزاری
aspect-organisers = برگزارکنندگان
aspect-size = شمار
aspect-women = سهم زنان
aspect-attendance = حضور
aspect-communities = گروه‌های قومی و مذهبی
aspect-firsts = نخستین‌ها
aspect-outcomes = نتایج
aspect-reactions = واکنش‌ها
aspect-name = نام
aspect-base = پایگاه
aspect-founded = تأسیس
aspect-composition = ترکیب
aspect-stance = موضع
aspect-presence = { -round } { $n }
aspect-notes = یادداشت‌ها
aspect-role = نقش
aspect-community = قومیت یا مذهب
aspect-item = مورد

## جاسازی و چاپ
embed-open = باز کردن در کاوشگر کامل
embed-this = جاسازی این نما
embed-code-label = کد HTML برای گذاشتن در صفحهٔ شما (این نما را با فیلترهایش نشان می‌دهد)
embed-code-note = اسکریپتِ پس از قاب، بلندی قاب را با محتوای آن برابر می‌کند؛ بدون آن، بلندی قاب ۶۴۰ پیکسل می‌ماند. پیوندهای درون قاب در همان قاب باز می‌شوند؛ «باز کردن در کاوشگر کامل» همین نما را در این سایت باز می‌کند.
embed-frame-title = کاوشگر روند وین
references-heading = منابعی که در این صفحه به آن‌ها ارجاع شده است

## Offline
offline-update = نسخهٔ تازه در دسترس است.
offline-reload = بارگذاری دوباره
offline-later = حالا نه

## نخست خود نما: خط‌های محور، نوار فشردهٔ فیلتر، شریک ساختن، تصویر، ورودی پیش از آغاز
expected-lanes = kind یا faction
axis-lanes = خط‌ها
axis-lanes-kind = بر اساس نوع رویداد
axis-lanes-faction = یک خط برای هر { -faction }
axis-lane-no-faction = رویدادهایی که از هیچ { -faction } نام نمی‌برند
filter-open = فیلترها
filter-active = { $n } فعال
filter-remove = برداشتن فیلتر: { $label }
filter-done = نمایش نتایج
share = شریک ساختن
share-done = پیوند کاپی شد.
picture-svg = تصویر (⁨SVG⁩)
picture-png = تصویر (⁨PNG⁩)
picture-source = منبع: { -site }، { $address } · نسخهٔ مجموعهٔ داده‌ها { $version }
picture-filters = فیلترها: { $list }
picture-no-filters = بدون فیلتر
matrix-legend-full = راهنمای کامل
round-strip = این { -round } در میان پنج { -round }، و رویدادهای پیرامون آن
early-pending = برنامه در حال آغاز است؛ انتخاب شما به‌زودی اعمال می‌شود.
matrix-lede-short = کدام جناح‌ها در کدام دورها اشتراک کردند، و منابع دربارهٔ هر کدام چه می‌گویند.
matrix-order-default = ردیف‌ها: نخست جناح‌هایی که منابع بیشتر از آن‌ها گفته‌اند.
round-strip-events = { $n } رویداد میان { -round } پیشین و { -round } پسین (بخش رنگی).

## متن‌های داده به زبان این نسخه ({ $english } متن اصلی انگلیسی است)
translated-note = ترجمه از متن انگلیسی: دیدن متن اصلی
text-translated = ترجمه از متن انگلیسی: { $english }
text-untranslated = هنوز ترجمه نشده است؛ به انگلیسی نشان داده می‌شود.
text-stale = ترجمه این متن کهنه شده است؛ به انگلیسی نشان داده می‌شود.
name-transliterated = { $english }: املای این نام به خط فارسی از پروژه است
name-attested = { $english }: به املایی که در { $source } آمده است
name-note-transliteration = این املا از پروژه است، نه از یک منبع
name-note-attested = به املایی که منبع ذکرشده نوشته است
name-note-translation = ترجمه پروژه

# Data beside every page, citations, versions
data-label = داده‌ها:
data-json = فایل JSON
data-csv = فایل CSV
data-loaded = داده‌های این مجموعه از نشانی خودش می‌آید: { $from }
data-loaded-file = داده‌های این مجموعه از فایل { $name } روی این دستگاه می‌آید.
data-feed = نسخه‌های مجموعهٔ داده‌ها (خوراک ⁨Atom⁩)
cite-summary = ارجاع به این صفحه
cite-apa = شیوهٔ ⁨APA⁩
cite-chicago = شیوهٔ ⁨Chicago⁩
cite-bibtex = قالب ⁨BibTeX⁩
cite-ris = دانلود ارجاع (⁨RIS⁩)
about-versions = نسخه‌ها
about-versions-lede = هر نسخهٔ مجموعهٔ داده‌ها در نشانی خودش می‌ماند. آنچه میان نسخه‌ها، رکورد به رکورد، تغییر کرده در خوراک آمده است:
about-version-file = نسخهٔ { $version } (JSON)
