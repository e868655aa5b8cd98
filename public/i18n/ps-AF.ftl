# د وین بهیر سپړونکی: د سایټ متنونه په پښتو (افغانستان).
# Vienna Process Explorer: the interface in Pashto (Afghanistan).
#
# د Fluent بڼه (https://projectfluent.org/). اصطلاحات (-round، -faction، -source،
# -disagreement) هغه کلمې دي چې د دې شیانو لپاره هر ځای کارېږي؛ یو شان یې وساتئ.
# { $name } اپلیکېشن ډکوي. کیلي (keys) هماغسې پاتې کېږي.
# Terms (-round, -faction, -source, -disagreement) are the words used everywhere
# for these things; keep them consistent. Keys stay as they are.

-site = د وین بهیر سپړونکی
-round = پړاو
-Round = پړاو
-faction = ډله
-source = سرچینه
-disagreement = اختلاف

## چوکاټ
site-name = { -site }
skip-to-content = مستقیم منځپانګې ته ورشئ
nav-main = اصلي
nav-languages = ژبه
nav-timeline = مهال‌وېش
nav-matrix = ماتریکس
nav-factions = ډلې
nav-people = کسان
nav-sources = سرچینې
nav-about = د سایټ په اړه
footer-cited = هر بیان له خپلې سرچینې سره تړل شوی دی.
footer-disagreements = چېرې چې سرچینې سره اختلاف لري
footer-download = معلوماتي ټولګه ښکته کړئ (JSON)
footer-about = د سایټ او کړنلارې په اړه
list-separator = {"؛ "}
according-to = د { $sources } له مخې
round-n = { -Round } { $n }
round-title = { -Round } { $n }: { $name }

## صادرول
export-group = د دې لید صادرول
export-csv = CSV ښکته کړئ
export-json = JSON ښکته کړئ
export-failed = فایل جوړ نه شو: { $why }
export-kind = ډول
export-id = پېژند
export-title = سرلیک
export-dates = نېټې
export-place = ځای
export-summary = لنډیز
export-factions = ډلې
export-sources = سرچینې
export-faction = ډله
export-leaders = مشران
export-base = مرکز
export-ethnicity = قومي جوړښت
export-stance = دریځ
export-founded = تاسیس
export-name = نوم
export-variants = د نوم بڼې
export-rounds = پړاوونه

## اسناد
document-breadcrumb = سند
document-issued-by = صادروونکی
document-date = نېټه
document-round = { -Round }
document-kind = ډول
document-kind-roadmap = د لارې نقشه
document-kind-declaration = اعلامیه
document-kind-statement = بیانیه
document-kind-letter = لیک
document-kind-report = راپور
document-note = لاندې توکي د پروژې خپل لنډیزونه دي، هر یو له خپلې سرچینې سره.

## سرچینې
sources-title = سرچینې
sources-lede = هغه پنځه اصلي سندونه چې معلوماتي ټولګه پرې جوړه شوې، او هغه خپاره شوي راپورونه چې د دقیقو نېټو، ځایونو او ګډونوالو د زیاتولو لپاره کارول شوي. د هرې سرچینې پاڼه هغه بیانونه لېست کوي چې پر هغې ولاړ دي.
sources-see-disagreements = وګورئ چې سرچینې چېرې سره اختلاف لري.
sources-cited-times = { $n } ځله حواله شوې
source-kind-seed = اصلي سندونه
source-kind-news = خبري راپورونه
source-kind-organiser = تنظیموونکي او ګډون کوونکې ډلې
source-kind-official = رسمي اسناد
source-kind-reference = مرجع اثار او نورې سرچینې

## د مهال‌وېش د توکو ډولونه
event-kind-round = د وین بهیر پړاو
event-kind-takeover = د طالبانو له خوا د واک نیول
event-kind-founding = د یوې ډلې جوړېدل
event-kind-meeting = بله غونډه
event-kind-document = سند
event-kind-report = راپور
event-kind-repression = ځپنه
event-kind-statement = بیانیه

## دریځونه
stance-armed-struggle = وسله‌واله مبارزه
stance-negotiation = خبرې اترې
stance-both = دواړه (وسله‌وال او سیاسي)

## د ډلو ډولونه
faction-kind-armed-front = وسله‌واله جبهه
faction-kind-political-council = سیاسي شورا
faction-kind-party = ګوند
faction-kind-movement = غورځنګ
faction-kind-platform = پلاتفورم یا تنظیموونکی
faction-kind-historical = تاریخي ائتلاف
faction-kind-ruling = واکمنه ډله، چې مخالفین یې پر وړاندې ولاړ دي
faction-kind-terrorist = هغه ډله چې ترهګره بلل شوې

## په یوه پړاو کې شتون
presence-attended = ګډون یې کړی
presence-represented = استازیتوب یې شوی (د استازي، آنلاین یا د غړي له لارې)
presence-absent = غیرحاضر

## یو کس څنګه ګډون کړی
mode-attended = ګډون یې کړی
mode-in-person = په حضوري ډول
mode-online = آنلاین
mode-envoy = استازی یې لېږلی
mode-absent = غیرحاضر

## د ډلو ترمنځ اړیکې
relation-allied = متحد
relation-rival = رقیب
relation-contrasting = متضاده تګلاره
relation-split-from = جلا شوې څانګه
relation-member-of = غړی
relation-successor-of = ځای ناستی
relation-shared-leader = ګډ مشر
relation-opposes = مخالف
relation-sentence-allied = { $from } د { $to } متحده ډله ده
relation-sentence-rival = { $from } د { $to } رقیبه ډله ده
relation-sentence-contrasting = { $from } د { $to } په پرتله بېله تګلاره لري
relation-sentence-split-from = { $from } له { $to } څخه جلا شوې ډله ده
relation-sentence-member-of = { $from } د { $to } غړې ډله ده
relation-sentence-successor-of = { $from } د { $to } ځای ناستې ډله ده
relation-sentence-shared-leader = { $from } او { $to } ګډ مشر لري
relation-sentence-opposes = { $from } د { $to } مخالفت کوي

## شمېرې لکه څنګه چې سرچینې یې وايي: { $n } شمېره، { $what } هغه څه چې شمېرل کېږي
count-plain = { $n } { $what }
count-exactly = دقیقاً { $n } { $what }
count-about = شاوخوا { $n } { $what }
count-more-than = له { $n } ډېر { $what }
count-at-least = لږ تر لږه { $n } { $what }
count-almost = نږدې { $n } { $what }
share-plain = { $n }٪
share-exactly = دقیقاً { $n }٪
share-about = شاوخوا { $n }٪
share-more-than = له { $n }٪ ډېر
share-at-least = لږ تر لږه { $n }٪
share-almost = نږدې { $n }٪

## هغه څه چې شمېرل کېږي
counted-participants = ګډونوال
counted-invited = بلل شوي
counted-groups = ډلې
counted-organisations = سازمانونه

## وړې ټوټې
comma = {"، "}
notices-heading = د دې لینک یوه برخه ونه پېژندل شوه.
copy-link-blocked = دلته کاپي کول بند دي؛ لینک دا دی: { $href }

## ونه موندل شو
not-found-title = پاڼه ونه موندل شوه
not-found-at = په دې پته د دې سایټ هېڅ پاڼه نشته:
not-found-here = په دې پته د دې سایټ هېڅ پاڼه نشته.
not-found-pages = دا پاڼې شته:
not-found-round = { -Round } ونه موندل شو
not-found-faction = ډله ونه موندل شوه
not-found-person = کس ونه موندل شو
not-found-source = سرچینه ونه موندل شوه
not-found-document = سند ونه موندل شو
missing-faction = په دې معلوماتي ټولګه کې هېڅ { -faction } دا پېژند نه لري:
missing-person = په دې معلوماتي ټولګه کې هېڅ کس دا پېژند نه لري:
missing-source = په دې معلوماتي ټولګه کې هېڅ { -source } دا پېژند نه لري:
missing-document = په دې معلوماتي ټولګه کې هېڅ سند دا پېژند نه لري:
missing-faction-list = ټولې ډلې وګورئ
missing-person-list = ټول کسان وګورئ
missing-source-list = ټولې سرچینې وګورئ
missing-document-list = ټولې سرچینې وګورئ

## د لینک په اړه خبرتیاوې
notice-unknown-param = د لینک پارامېټر «{ $param }» دا سایټ نه کاروي؛ له پامه وغورځول شو.
notice-bad-value = «{ $value }» د «{ $param }» لپاره سم ارزښت نه دی (تمه کېده: { $expected })؛ له پامه وغورځول شو.
notice-unknown = په دې معلوماتي ټولګه کې هېڅ { $what } «{ $id }» نشته؛ له فلټر څخه پرېښودل شو.
notice-years-swapped = د کلونو لړۍ سرچپه وه؛ په برعکس ترتیب ولوستل شوه.
notice-range-swapped = د وخت لړۍ سرچپه وه؛ په برعکس ترتیب ولوستل شوه.
notice-range-clamped = د وخت لړۍ له هغو کلونو بهر ته رسېده چې معلومات یې رانغاړي ({ $first }-{ $last })؛ تر همدې کلونو پورې لنډه شوه.
notice-truncated = د لټون متن تر { $max } تورو پورې لنډ شو.
expected-id = یو پېژند چې له کوچنیو لاتیني تورو، شمېرو او وصل‌نښو (-) جوړ وي
expected-year = یو کال، لکه ۲۰۲۳
expected-item-kind = د توکي یو ډول، لکه round یا meeting
expected-faction-kind = د ډلې یو ډول، لکه armed-front یا party
expected-stance = armed-struggle، negotiation یا both
expected-view = both، rounds یا attributes
expected-column = د ماتریکس یو ستون، لکه name، stance یا r2
expected-flag = 1 یا 0
expected-faction = د یوې ډلې پېژند
expected-round = د یوه { -round } شمېره
expected-range = دوه نېټې، لکه 2023-03-01..2024-06-30
expected-data = د یوې JSON معلوماتي ټولګې http(s) پته
what-faction = { -faction }
what-community = قومي یا مذهبي ټولنه
what-round = { -round }
range-to = { $lo } تر { $hi }
not-stated = نه دی ذکر شوی
since = له { $date } راهیسې
cites-label = سرچینې
inferred = استنباط شوی
inferred-title = له سرچینو څخه د پروژې استنباط، چې سرچینو پخپله نه دی ویلی

## د ګډون چارټ
chart-caption = په هر پړاو کې ګډونوال، لکه څنګه چې هره سرچینه یې بیانوي. ټکي یوازینۍ شمېرې ښيي؛ پټۍ هغه حدود رانغاړي چې سرچینې پکې سره توپیر لري. ♀: د ښځو ونډه، هر چېرې چې ویل شوې وي (جدول یې اصلي الفاظ ورکوي).
chart-table-summary = شمېرې د جدول په بڼه
chart-table-caption = په هر پړاو کې ګډونوال
chart-col-round = { -Round }
chart-col-range = حدود
chart-col-figures = ویل شوې شمېرې
chart-col-women = ښځې

## د بلې معلوماتي ټولګې راوړل
origin-file = { $name } فایل
origin-embedded = د دې سایټ خپله معلوماتي ټولګه
banner-showing = له { $from } څخه راوړل شوې معلوماتي ټولګه ښودل کېږي: { $title }، نسخه { $version } ({ $date }).
banner-return = د سایټ خپلې معلوماتي ټولګې ته ستون شئ
banner-loading = له { $from } څخه معلوماتي ټولګه راوړل کېږي…
banner-failed = له { $from } څخه راوړل شوې معلوماتي ټولګه د کارونې وړ نه وه.
banner-embedded-shown = پر ځای یې د سایټ خپله معلوماتي ټولګه ښودل کېږي.
load-no-requests = براوزر غوښتنې نه شي لېږلای
load-timeout = په { $s } ثانیو کې هېڅ ځواب رانغی
load-unreachable = پتې ته لاسرسی ونه شو (د شبکې ستونزه، یا سرور له بل سایټه د راوړلو اجازه نه ورکوي): { $detail }
load-http = سرور ځواب ورکړ: HTTP { $status } { $text }
load-not-json = سرور «{ $type }» ولېږه، نه JSON
load-too-large = معلوماتي ټولګه { $bytes } بایټه ده؛ حد یې { $max } بایټه دی (۱۶ MiB)
load-unreadable = ځواب ونه لوستل شو: { $detail }

## د پیل ستونزې
start-panic = سپړونکی د یوې دننۍ تېروتنې له امله ودرېد: { $why }
start-no-catalog = د دې ژبنۍ نسخې متنونه را نه وړل شول: { $why }
start-invalid = د سایټ معلوماتي ټولګه ناسمه ده: { $why }
start-no-dataset = د سایټ معلوماتي ټولګه را نه وړل شوه: { $why }
start-failed = تعاملي سپړونکی پیل نه شو
start-failed-hint = هغه څه چې پاڼه یې ښيي لا هم لوستل کېدای شي. د بیا هڅې لپاره پاڼه بیا تازه کړئ؛ که بیا هم داسې وشي، کورپاڼه پرانیزئ.

## فلټرونه
filter-label = فلټرونه
filter-search = په نومونو او لنډیزونو کې لټون
filter-kind = د پېښې ډول
filter-faction = ډله
filter-ethnicity = قومي یا مذهبي ټولنه
filter-stance = دریځ
filter-type = د ډلې ډول
filter-from-year = له کال
filter-to-year = تر کال
filter-any-year = هر کال
filter-matching = ، سمون لرونکي:
filter-clear = ټول فلټرونه پاک کړئ
filter-summary-timeline = له { $all } پړاوونو او پېښو څخه { $n } یې له فلټرونو سره سمون لري.
filter-summary-factions = له { $all } ډلو څخه { $n } یې له فلټرونو سره سمون لري.
filter-summary-people = له { $all } کسانو څخه { $n } یې له فلټرونو سره سمون لري.
empty-timeline = هېڅ پړاو یا پېښه له دې فلټرونو سره سمون نه لري.
empty-factions = هېڅ ډله له دې فلټرونو سره سمون نه لري.
empty-people = هېڅ کس له دې فلټرونو سره سمون نه لري.

## ډلې
factions-title = ډلې
factions-heading = ډلې او سازمانونه
factions-lede = هره جبهه، شورا، ګوند، غورځنګ او پلاتفورم چې سرچینې یې نوموي، او هغه طالبان چې دوی یې مخالفت کوي. د بشپړې او حواله لرونکې پېژندپاڼې لپاره یوه پرانیزئ.
factions-also-called = په دې نومونو هم یادېږي:
factions-leaders = مشران
factions-composition = قومي جوړښت
factions-stance = دریځ

## کسان
people-title = کسان
people-lede = هر هغه کس چې سرچینې یې نوموي: دندې، تړاوونه او پړاوونه، له حوالو سره. قومیت یا مذهب یوازې هلته ښودل کېږي چې یوه سرچینه یې بیان کړي.
people-factions = ډلې
people-rounds = پړاوونه
people-more = نور وښایاست ({ $rest } نه دي ښودل شوي)
period-from-to = له { $from } تر { $to } پورې
until = تر { $date } پورې

## یو کس
person-for = د دې ډلې لپاره:
person-variants = د لیکلو نورې بڼې او نومونه
person-roles = دندې او تړاوونه
person-community = قومیت یا مذهب
person-community-none = په دې معلوماتي ټولګه کې هېڅ سرچینه دا نه بیانوي، نو ثبت شوی نه دی.
person-events = پېښې
profile-notes = یادښتونه
profile-disagreements = چېرې چې سرچینې سره اختلاف لري

## یوه ډله
faction-in-matrix = په ماتریکس کې یې وښایاست
faction-aliases = نور نومونه
faction-people = مشران او غړي
faction-base = مرکز
faction-founded = تاسیس
faction-stances = د وسله‌والې مبارزې او خبرو اترو په اړه دریځ
faction-presence = په پړاوونو کې شتون
faction-status = وضعیت
faction-evidence = شواهد
faction-relations = اړوندې ډلې

## یوه سرچینه
source-author = لیکوال
source-publisher = خپروونکی
source-no-date = نه ده چاپ شوې
source-language = ژبه
source-address = پته
source-file = فایل
source-paragraphs = پراګرافونه
source-paragraphs-note = ¶N د سند N‌مه هغه کرښه ده چې تشه نه وي. هر یو د خپلو لومړیو کلمو په عین متن پیلېږي او ورپسې د پروژې لنډیز راځي.
source-statements = هغه بیانونه چې پر دې سرچینې ولاړ دي ({ $n })
source-cited-n = { $n } ځله حواله شوی

## اختلافونه
disagreements-title = چېرې چې سرچینې سره اختلاف لري
disagreements-lede = هغه شمېرې، نېټې، نومونه او املاوې چې سرچینې پکې سره توپیر لري. هېڅ ارزښت بې له یادونې نه دی غوره شوی: هر یو له خپلې سرچینې سره لېست شوی، او د پروژې تعبیر په خپلو الفاظو راغلی دی.
disagreements-all = ټول اختلافونه
disagreement-concerns = اړوند:
disagreement-values = هغه ارزښتونه چې سرچینې یې ورکوي
disagreement-field-count = د شمېر په اړه
disagreement-field-date = د نېټې په اړه
disagreement-field-name = د نوم په اړه
disagreement-field-spelling = د املا په اړه
disagreement-field-venue = د ځای په اړه
disagreement-field-attribution = د نسبت په اړه
disagreement-field-other = د بل څه په اړه

## د سایټ په اړه
about-title = د سایټ په اړه
about-heading = د وین بهیر سپړونکي په اړه
about-lede = د ډیموکراټیک افغانستان لپاره د وین بهیر د طالبانو د واکمنۍ مخالفین سره راټولوي: وسله‌والې جبهې، سیاسي شوراګانې، ګوندونه او د ښځو غورځنګونه. دا سپړونکی د دې بهیر پنځه پړاوونه (۲۰۲۲-۲۰۲۵)، پکې دخیلې ډلې او کسان، او هغه اسناد چې دوی تصویب کړي، د پنځو اصلي سندونو او خپاره شویو راپورونو پر بنسټ وړاندې کوي. هر بیان له خپلې سرچینې سره تړل شوی دی؛ چېرې چې سرچینې سره اختلاف لري، ټول ارزښتونه ساتل شوي او ښودل کېږي.
about-private = دا سپړونکی بشپړ ستاسو په براوزر کې کار کوي: هغه څه چې تاسو یې فلټر کوئ یا یې بار کوئ، هېڅ ځای ته نه لېږل کېږي.
about-dataset = معلوماتي ټولګه
about-shown-embedded = ښودل شوې: د دې سایټ خپله معلوماتي ټولګه.
about-shown-url = ښودل شوې: له { $from } څخه راوړل شوې معلوماتي ټولګه.
about-shown-file = ښودل شوې: له { $name } فایل څخه راوړل شوې معلوماتي ټولګه.
about-title-label = سرلیک
about-version = نسخه
about-version-n = نسخه { $version }
about-licence = جواز
about-holds = څه پکې دي
about-method = کړنلاره
about-changelog = بدلونونه، نسخه په نسخه
about-count-rounds = پړاوونه
about-count-factions = ډلې او سازمانونه
about-count-people = کسان
about-count-events = د شالید پېښې
about-count-documents = اسناد
about-count-sources = سرچینې
about-count-claims = حواله لرونکي بیانونه
about-count-citations = حوالې
about-count-disagreements = د سرچینو ترمنځ اختلافونه
about-download = ښکته کول
about-download-json = معلوماتي ټولګه (JSON)
about-download-schema = د هغې JSON Schema
load-heading = بله معلوماتي ټولګه وګورئ
load-explain = په همدې بڼه یوه معلوماتي ټولګه (پورته سکیما وګورئ) د سایټ د خپلې ټولګې پر ځای ښودل کېدای شي. لومړی د همغه ارزوونکي له خوا ازمویل کېږي؛ که کومه ستونزه وي، پاڼه وايي چې څه او چېرته ده، او د سایټ خپله معلوماتي ټولګه پاتې کېږي. حد: { $max } MiB.
load-address = د یوې معلوماتي ټولګې پته (JSON)
load-submit = راوړئ یې او په لینک کې یې ځای کړئ
load-cors = سرور باید له بل سایټه د راوړلو اجازه ورکړي (CORS). پته د پاڼې په لینک کې ځای کېږي، نو د لینک شریکول معلوماتي ټولګه هم شریکوي.
load-file = یا په دې وسیله کې یو فایل
load-bad-address = داسې پته ورکړئ چې په https:// یا http:// پیل شي، یا په دې سایټ کې داسې لار چې په / پیل شي.
load-file-too-large = د { $name } فایل شاوخوا { $mib } MiB دی؛ حد یې { $max } MiB دی.
load-file-unreadable = د { $name } فایل ونه لوستل شو.

## مهال‌وېش
timeline-heading = د وین بهیر مهال‌وېش
timeline-lede = د ډیموکراټیک افغانستان لپاره د وین بهیر پنځه پړاوونه (۲۰۲۲-۲۰۲۵) او د هغو شاوخوا پېښې، د وخت پر محور. د ډلې، قومي یا مذهبي ټولنې، د پېښې ډول، دریځ یا کلونو له مخې یې فلټر کړئ؛ پته تل همدا لید ساتي، نو شریکېدای شي.
timeline-lede-short = د وین بهیر پنځه پړاوونه (۲۰۲۲-۲۰۲۵) او د هغو شاوخوا پېښې.
timeline-axis-heading = پړاوونه او پېښې د وخت پر محور
timeline-participation-heading = په هر پړاو کې ګډون
timeline-items-heading = پړاوونه او پېښې
timeline-period-note = لېست له { $all } توکو څخه هغه { $n } ښيي چې له { $from } تر { $to } پورې دي.
timeline-whole-period = ټوله موده وښایاست
timeline-window-note = { $n } توکي؛ لېست د سکرول پر مهال یوازې هغه رسموي چې سکرین ته نږدې وي.
timeline-dates-differ = نېټې د سرچینو ترمنځ توپیر لري
timeline-dates-differ-title = سرچینې نورې نېټې ورکوي؛ اختلافونه وګورئ
timeline-factions = ډلې:
timeline-people = کسان:
timeline-size-as-stated = ویل شوې اندازه:

## یو پړاو
round-missing = په دې معلوماتي ټولګه کې هېڅ { -round } دا شمېره نه لري:
round-existing = په دې ټولګه کې دا پړاوونه شته:
round-pager = پخوانی او بل پړاو
round-pager-end = پخوانی او بل پړاو (د پاڼې پای)
round-when = کله او چېرته
round-dates = نېټې
round-venue = ځای
round-organisers = تنظیموونکي
round-participants = ګډونوال
round-no-number = هېڅ { -source } شمېره نه بیانوي.
round-women = ښځې:
round-communities = ټولنې، لکه څنګه چې سرچینې یې بیانوي
level-dominant = غالب
level-present = شتون لري
level-limited = محدود
level-absent = غیرحاضر
round-factions = استازیتوب لرونکې ډلې
round-firsts = د لومړي ځل لپاره
round-outcomes = پایلې
round-documents = اسناد
round-reactions = غبرګونونه
round-disagreements = چېرې چې سرچینې د دې پړاو په اړه سره اختلاف لري
round-attendees = هغه ګډونوال چې سرچینې یې نوموي
round-no-faction = سرچینو هېڅ { -faction } نه ده یاده کړې
round-matches = ستاسو له فلټرونو سره سمون لري:
round-no-match = د دې پړاو هېڅ ګډونوال ستاسو له فلټرونو سره سمون نه لري.
round-matched = ستاسو له فلټرونو سره { $n } سمون لرونکي ګډونوال په نښه شوي دي.
compare-heading = له بل پړاو سره پرتله کړئ
compare-with = د پرتلې لپاره
compare-choose = یو پړاو وټاکئ
compare-none = هېڅ نه دي ثبت شوي
compare-stated = ویل شوي ګډونوال: { -round } { $a }: { $ra }؛ { -round } { $b }: { $rb }.
compare-caption = { -Round } { $a } د { -round } { $b } په پرتله (یوازې هغه کسان او ډلې چې سرچینې یې نوموي)
compare-new = په { -round } { $a } کې نوي
compare-missing = په { -round } { $b } کې، خو په { $a } کې نه دي ثبت شوي
compare-both = په دواړو کې ثبت شوي
compare-note = که څوک په دې لېست کې نه وي، یوازې دا معنا لري چې هېڅ { -source } د هغه { -round } لپاره د هغوی نوم نه دی اخیستی.

## د وخت محور
axis-label = د وخت محور
axis-role = د وخت محور
axis-controls = د وخت د محور کنټرولونه
axis-zoom-in = لوی کول
axis-zoom-out = کوچنی کول
axis-earlier = مخکې
axis-later = وروسته
axis-whole = ټوله موده
axis-period-whole = ټوله موده ښودل کېږي، له { $from } تر { $to } پورې
axis-period = له { $from } تر { $to } پورې ښودل کېږي
axis-tip-size = ویل شوې اندازه: { $sizes }
axis-tip-round-hint = Enter یا کلیک پړاو پرانیزي
axis-tip-event-hint = Enter یا کلیک یې په لېست کې ښيي
axis-many = له { $from } تر { $to } پورې { $n } توکي؛ د لوی کولو لپاره Enter کېکاږئ
axis-presence = { $faction } په { -round } { $n } کې: { $status }
axis-legend-round = د وین بهیر { -round }
axis-legend-event = د شالید پېښه
axis-legend-many = څو پېښې (شمېر یې لاندې)
axis-legend-presence = ● ګډون یې کړی ◐ استازیتوب یې شوی ○ غیرحاضر · نامعلوم
axis-help = پر محور کیلي: + او - زوم کوي، ← او → د وخت په اوږدو کې حرکت کوي، 0 یا Home ټوله موده ښيي، Tab هر پړاو او پېښې ته رسېږي. له موږک سره: د خوځولو لپاره کش کړئ، د یوې مودې د ټاکلو لپاره Shift+کش، او د زوم لپاره Ctrl+څرخ یا د ګوتو چونډی.
axis-help-rtl = پر محور کیلي: + او - زوم کوي، → پخوانیو وختونو ته او ← ورپسې وختونو ته ځي (وخت له ښي لوري څخه کیڼ لوري ته ځي)، 0 یا Home ټوله موده ښيي، Tab هر پړاو او پېښې ته رسېږي. له موږک سره: د خوځولو لپاره کش کړئ، د یوې مودې د ټاکلو لپاره Shift+کش، او د زوم لپاره Ctrl+څرخ یا د ګوتو چونډی.

## د ډلو ماتریکس
matrix-title = د ډلو ماتریکس
matrix-lede = کومو ډلو په کومو پړاوونو کې ګډون کړی، او سرچینې د هرې یوې په اړه څه وايي: ډول، مشران، مرکز، قومي جوړښت، د وسله‌والې مبارزې یا خبرو اترو په اړه دریځ، تاسیس. د شواهدو د لیدو لپاره هره خانه وټاکئ؛ د هر ستون له مخې یې ترتیب کړئ.
matrix-columns = ستونونه
matrix-view-both = پړاوونه او ځانګړنې
matrix-view-rounds = یوازې پړاوونه
matrix-view-attributes = یوازې ځانګړنې
matrix-legend = د نښو لارښود
matrix-keys = هره خانه خپل شواهد پرانیزي. د پړاوونو په خانو کې د غشو کیلي د خانو ترمنځ حرکت کوي، Home او End د قطار دوو سرونو ته ځي؛ Enter یا د فاصلې کیلي شواهد پرانیزي، Esc یې بندوي.
matrix-sort = ، ترتیبول
matrix-caption-both = { $n } ډلې او سازمانونه؛ پړاوونه ښودل شوي، ځانګړنې ښودل شوې.
matrix-caption-rounds = { $n } ډلې او سازمانونه؛ پړاوونه ښودل شوي، ځانګړنې پټې شوې.
matrix-caption-attributes = { $n } ډلې او سازمانونه؛ پړاوونه پټ شوي، ځانګړنې ښودل شوې.
matrix-round-cell = { $faction }، { -round } { $n }: { $status }. شواهد وښایاست
matrix-attribute-cell = { $faction }، { $column }: { $value }. شواهد وښایاست
matrix-relation-cell = { $from } د { $to } په وړاندې: { $relation }. شواهد وښایاست
matrix-evidence-round = شواهد: { $faction } په { -round } { $n } کې
matrix-evidence-attribute = شواهد: { $faction }، { $column }
matrix-evidence-relation = شواهد: { $faction } او { $other }
matrix-close = بندول
matrix-close-what = { " " }(شواهد)
matrix-no-presence = هېڅ سرچینه دا نه وايي چې دې ډلې په دې پړاو کې ګډون کړی که نه.
matrix-members = د دې ډلې هغه کسان چې په دې پړاو کې ثبت شوي
matrix-composition-note = لکه څنګه چې سرچینې یې بیانوي؛ له هرې تشریح سره یې سرچینه نومول شوې ده.
matrix-not-stated = په معلوماتي ټولګه کې هېڅ سرچینه دا نه بیانوي.
matrix-faction-disagreements = چېرې چې سرچینې د دې ډلې په اړه سره اختلاف لري
matrix-relations-heading = ډلې د یو بل په وړاندې څه دریځ لري
matrix-relations-intro = هر قطار داسې ولولئ: د قطار ډله د ستون د ډلې په وړاندې … ده. یوازې هغه اړیکې ښودل کېږي چې کومه سرچینه یې بیانوي (یا پروژه یې استنباط شوې په نښه کوي)؛ د شواهدو لپاره یوه نښه وټاکئ.
matrix-relations-caption = د ډلو ترمنځ اړیکې: قطار (له کومې ډلې) او ستون (کومې ډلې ته)
column-name = ډله
column-kind = ډول
column-leaders = مشران
column-base = مرکز
column-ethnicity = قومي جوړښت
column-stance = دریځ
column-founded = تاسیس
cell-in-person = په حضوري ډول ګډون
cell-in-person-meaning = یوه سرچینه وايي چې ګډون یې کړی، او د دې ډلې کسان هلته په حضوري ډول ښيي
cell-online = آنلاین ګډون
cell-online-meaning = یوه سرچینه وايي چې ګډون یې کړی، او د دې ډلې کسان یوازې آنلاین ښيي
cell-attended = ګډون یې کړی
cell-attended-meaning = یوه سرچینه وايي چې ګډون یې کړی، خو دا نه وايي چې څنګه
cell-represented = استازیتوب یې شوی
cell-represented-meaning = د یوه استازي یا د یوه غړي له لارې
cell-absent = غیرحاضر
cell-absent-meaning = یوه سرچینه وايي چې غیرحاضره وه
cell-unknown = نامعلوم
cell-unknown-meaning = هېڅ سرچینه یې یادونه نه کوي

## د پاڼو تشریحات (د لینک مخکتنې، د لټون پایلې)
head-home-description = د ډیموکراټیک افغانستان لپاره د وین بهیر { $rounds } پړاوونه ({ $years }) او د هغو شاوخوا د طالبانو مخالف افغان اپوزیسیون: مهال‌وېش، د ډلو ماتریکس او پېژندپاڼې، هر واقعیت له حوالې سره.
head-matrix-description = { $factions } ډلې او سازمانونه، د وین بهیر په { $rounds } پړاوونو کې د هغوی ګډون، او د هغوی ځانګړنې: ډول، مشران، مرکز، قومي جوړښت لکه څنګه چې سرچینې یې بیانوي، او د وسله‌والې مبارزې یا خبرو اترو په اړه دریځ.
head-factions-description = هغه { $factions } ډلې او سازمانونه چې د وین بهیر په اړه په سرچینو کې نومول شوي، له خپل ډول، مشرانو او هغو پړاوونو سره چې ګډون یې پکې کړی.
head-people-description = هغه { $people } کسان چې سرچینې یې په وین بهیر کې نوموي، له خپلو دندو او هغو پړاوونو سره چې پکې ثبت شوي.
head-sources-description = د وین بهیر سپړونکي د هر بیان تر شا { $sources } سرچینې: پنځه اصلي سندونه چې پراګراف په پراګراف لنډیز شوي، او خپاره شوي راپورونه.
head-disagreements-description = { $disagreements } ټکي چې پکې د وین بهیر په اړه سرچینې بېلې نېټې، شمېرې، نومونه یا روایتونه وړاندې کوي، هر یو له ټولو ارزښتونو او حوالو سره.
head-about-description = د وین بهیر سپړونکی څنګه جوړ شوی: معلوماتي ټولګه (نسخه { $version }، { $licence })، سرچینې او کړنلاره یې، او بله معلوماتي ټولګه څنګه راوړل کېدای شي.
head-not-found-description = دا پته د وین بهیر سپړونکي پاڼه نه ده.
head-site-image-alt = د وین بهیر سپړونکی: پنځه پړاوونه، ۲۰۲۲-۲۰۲۵
head-round-image-alt = د وین بهیر { -Round } { $n }: { $dates }
head-sizes = ویل شوې اندازې: { $sizes }.
head-leaders = هغه مشران چې سرچینې یې نوموي: { $leaders }.
head-recorded-at = د وین بهیر په دې پړاوونو کې ثبت شوی: { $rounds }.

## مخکتنې انځورونه
image-sizes = ویل شوې اندازه: { $sizes }
image-site-title = د وین بهیر
image-site-subtitle = د طالبانو ضد افغان اپوزیسیون غونډې، په مهال‌وېش، د ډلو په ماتریکس او پېژندپاڼو کې
image-site-facts = { $rounds } پړاوونه · { $factions } ډلې · { $people } کسان · { $sources } سرچینې، هر واقعیت له حوالې سره

## د سرچینې په پاڼه کې یو بیان د څه په اړه دی
aspect-dates = نېټې
aspect-venue = ځای
aspect-organisers = تنظیموونکي
aspect-size = اندازه
aspect-women = د ښځو ونډه
aspect-attendance = ګډون
aspect-communities = ټولنې
aspect-firsts = د لومړي ځل لپاره
aspect-outcomes = پایلې
aspect-reactions = غبرګونونه
aspect-name = نوم
aspect-base = مرکز
aspect-founded = تاسیس
aspect-composition = جوړښت
aspect-stance = دریځ
aspect-presence = { -round } { $n }
aspect-notes = یادښتونه
aspect-role = دنده
aspect-community = ټولنه
aspect-item = توکی

## ځای پر ځای کول او چاپ
embed-open = په بشپړ سپړونکي کې یې پرانیزئ
embed-this = دا لید په خپله پاڼه کې ځای کړئ
embed-code-label = هغه HTML چې ستاسو په پاڼه کې ږدل کېږي (دا لید له خپلو فلټرونو سره ښيي)
embed-code-note = له چوکاټ وروسته سکرېپټ د چوکاټ لوړوالی د منځپانګې سره برابروي؛ له هغه پرته چوکاټ ۶۴۰ پکسله لوړ پاتې کېږي. د چوکاټ دننه لینکونه په همدې چوکاټ کې پرانیستل کېږي؛ «په بشپړ سپړونکي کې یې پرانیزئ» همدا لید په دې سایټ کې پرانیزي.
embed-frame-title = د وین بهیر سپړونکی
references-heading = هغه سرچینې چې په دې پاڼه کې ورته حواله شوې

## Offline
offline-update = نوې نسخه چمتو ده.
offline-reload = بیا تازه کول
offline-later = اوس نه

## لومړی پخپله لید: د محور کرښې، د فلټر لنډه پټه، شریکول، انځور، له پیل مخکې انتخاب
expected-lanes = kind یا faction
axis-lanes = کرښې
axis-lanes-kind = د پېښې د ډول له مخې
axis-lanes-faction = د هرې { -faction } لپاره یوه کرښه
axis-lane-no-faction = هغه پېښې چې د هېڅ { -faction } نوم نه اخلي
filter-open = فلټرونه
filter-active = { $n } فعال
filter-remove = فلټر لرې کړئ: { $label }
filter-done = پایلې وښایئ
share = شریکول
share-done = لینک کاپي شو.
picture-svg = انځور (⁨SVG⁩)
picture-png = انځور (⁨PNG⁩)
picture-source = سرچینه: { -site }، { $address } · د معلوماتي ټولګې نسخه { $version }
picture-filters = فلټرونه: { $list }
picture-no-filters = هېڅ فلټر نشته
matrix-legend-full = بشپړ لارښود
round-strip = دا { -round } د پنځو پړاوونو په منځ کې، او د هغه شاوخوا پېښې
early-pending = اپلیکېشن پیلېږي؛ ستاسو انتخاب به ژر پلی شي.
matrix-lede-short = کومو ډلو په کومو پړاوونو کې ګډون کړی، او سرچینې د هرې یوې په اړه څه وايي.
matrix-order-default = کتارونه: لومړی هغه ډلې چې سرچینې یې په اړه ډېر وايي.
round-strip-events = د مخکیني او راتلونکي { -round } ترمنځ { $n } پېښې (رنګ شوې برخه).

## د معلوماتو متنونه د دې نسخې په ژبه ({ $english } اصلي انګلیسي متن دی)
translated-note = له انګلیسي متن څخه ژباړه: اصلي متن وګورئ
text-translated = له انګلیسي متن څخه ژباړه: { $english }
text-untranslated = لا نه دی ژباړل شوی؛ په انګلیسي ښودل کېږي.
text-stale = ژباړه یې زړه شوې ده؛ په انګلیسي ښودل کېږي.
name-transliterated = { $english }: د دې نوم لیکدود د پروژې دی
name-attested = { $english }: هماغسې لیکل شوی لکه په { $source } کې
name-note-transliteration = دا لیکدود د پروژې دی، له کومې سرچینې نه دی اخیستل شوی
name-note-attested = هماغسې لیکل شوی لکه یاده شوې سرچینه یې لیکي
name-note-translation = د پروژې ژباړه

# Data beside every page, citations, versions
data-label = معلومات:
data-json = JSON دوتنه
data-csv = CSV دوتنه
data-loaded = د دې ټولګې معلومات د هغې له خپلې پتې راځي: { $from }
data-loaded-file = د دې ټولګې معلومات په دې وسیله کې له { $name } دوتنې راځي.
data-feed = د معلوماتي ټولګې نسخې (⁨Atom⁩ فيډ)
cite-summary = دې پاڼې ته حواله
cite-apa = د ⁨APA⁩ بڼه
cite-chicago = د ⁨Chicago⁩ بڼه
cite-bibtex = د ⁨BibTeX⁩ بڼه
cite-ris = حواله ښکته کړئ (⁨RIS⁩)
about-versions = نسخې
about-versions-lede = د معلوماتي ټولګې هره نسخه په خپله پته پاتې کېږي. د نسخو ترمنځ بدلونونه، ریکارډ په ریکارډ، په فيډ کې دي:
about-version-file = د { $version } نسخه (JSON)
