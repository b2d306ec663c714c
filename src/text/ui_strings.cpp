// Interface text per language.
//
// Translations follow the conventions of each language's own news sites:
// French "1er" for the first of the month, German "Uhr" after the time,
// Russian month names in the genitive and "Текст:" as the byline word (it
// agrees with any number of authors), Arabic attaching "و" to the following
// name, Japanese and Chinese dates as 2026年3月2日. Counted text ("3 min read")
// carries one form per CLDR plural category of its language.
#include "text/ui_strings.hpp"
#include "text/ascii.hpp"
#include "text/language_tag.hpp"

namespace broadsheet::detail {

const char* const kStringNames[kTextCount] = {
    "by",          "and",        "published",     "updated",       "minRead",
    "shareTitle",  "shareOn",    "shareByEmail",  "shareNative",   "copyLink",
    "linkCopied",  "mastodonPrompt", "advertisement", "advertisementN", "contents",
    "topics",      "photoCredit",
};

const char* required_placeholder(Text key) {
    switch (key) {
    case Text::published:
    case Text::updated: return "date";
    case Text::min_read: return "n";
    case Text::share_on: return "network";
    case Text::advertisement_n: return "i";
    case Text::photo_credit: return "credit";
    default: return nullptr;
    }
}

int plural_form(PluralRule rule, long long n) {
    if (n < 0) n = -n;
    long long n10 = n % 10, n100 = n % 100;
    switch (rule) {
    case PluralRule::one_other: return n == 1 ? 0 : 1;
    case PluralRule::zero_one_other: return n <= 1 ? 0 : 1;
    case PluralRule::one_few_many:
        if (n10 == 1 && n100 != 11) return 0;
        if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return 1;
        return 2;
    case PluralRule::arabic:
        if (n == 0) return 0;
        if (n == 1) return 1;
        if (n == 2) return 2;
        if (n100 >= 3 && n100 <= 10) return 3;
        if (n100 >= 11) return 4;
        return 5;
    case PluralRule::none: return 0;
    }
    return 0;
}

namespace {

// ---------------------------------------------------------------------------
// The tables. Texts are in the order of enum Text.
// ---------------------------------------------------------------------------

const Locale kEnglish = {
    "en", PluralRule::one_other,
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    "{d} {month} {y}", nullptr, "{date}, {time}{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"By", "and", "Published {date}", "Updated {date}", "{n} min read", "Share this article", "Share on {network}",
     "Share by email", "Share\u2026", "Copy link", "Link copied", "Your Mastodon server (for example mastodon.social)",
     "Advertisement", "{label} {i} of {n}", "Contents", "Topics", "{credit}"},
};

const Locale kFrench = {
    "fr", PluralRule::zero_one_other,
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre"},
    "{d} {month} {y}", "1er", "{date} à {time}{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"Par", "et", "Publié le {date}", "Mis à jour le {date}", "{n} min de lecture", "Partager cet article",
     "Partager sur {network}", "Partager par e-mail", "Partager\u2026", "Copier le lien", "Lien copié",
     "Votre serveur Mastodon (par exemple mastodon.social)", "Publicité", "{label} {i} sur {n}", "Sommaire",
     "Sujets", "{credit}"},
};

const Locale kGerman = {
    "de", PluralRule::one_other,
    {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
     "Dezember"},
    "{d}. {month} {y}", nullptr, "{date}, {time} Uhr{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"Von", "und", "Veröffentlicht am {date}", "Aktualisiert am {date}", "{n} Min. Lesezeit", "Artikel teilen",
     "Auf {network} teilen", "Per E-Mail teilen", "Teilen\u2026", "Link kopieren", "Link kopiert",
     "Ihr Mastodon-Server (zum Beispiel mastodon.social)", "Anzeige", "{label} {i} von {n}", "Inhalt", "Themen",
     "{credit}"},
};

const Locale kSpanish = {
    "es", PluralRule::one_other,
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"},
    "{d} de {month} de {y}", nullptr, "{date}, {time}{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"Por", "y", "Publicado el {date}", "Actualizado el {date}", "{n} min de lectura", "Compartir este artículo",
     "Compartir en {network}", "Compartir por correo electrónico", "Compartir\u2026", "Copiar enlace",
     "Enlace copiado", "Tu servidor de Mastodon (por ejemplo, mastodon.social)", "Publicidad",
     "{label} {i} de {n}", "Índice", "Temas", "{credit}"},
};

const Locale kRussian = {
    "ru", PluralRule::one_few_many,
    {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"},
    "{d} {month} {y}", nullptr, "{date}, {time}{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"Текст:", "и", "Опубликовано {date}", "Обновлено {date}",
     "{n} минута чтения|{n} минуты чтения|{n} минут чтения", "Поделиться статьёй", "Поделиться в {network}",
     "Отправить по электронной почте", "Поделиться\u2026", "Скопировать ссылку", "Ссылка скопирована",
     "Ваш сервер Mastodon (например, mastodon.social)", "Реклама", "{label} {i} из {n}", "Содержание", "Темы",
     "{credit}"},
};

// Western digits, as on most Arabic news sites; the month names are the
// ones used across Egypt and the Gulf (CLDR's default for "ar").
const Locale kArabic = {
    "ar", PluralRule::arabic,
    {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
     "ديسمبر"},
    "{d} {month} {y}", nullptr, "{date}، {time}{zone}",
    "{by} {authors}", "{name}، {role}", "، ", " {and}",
    {"بقلم", "و", "نُشر في {date}", "آخر تحديث: {date}",
     "{n} دقيقة للقراءة|دقيقة واحدة للقراءة|دقيقتان للقراءة|{n} دقائق للقراءة|{n} دقيقة للقراءة|{n} دقيقة للقراءة",
     "مشاركة المقال", "مشاركة عبر {network}", "مشاركة عبر البريد الإلكتروني", "مشاركة\u2026", "نسخ الرابط",
     "تم نسخ الرابط", "خادم ماستودون الخاص بك (مثلًا mastodon.social)", "إعلان", "{label} {i} من {n}", "المحتويات",
     "مواضيع", "{credit}"},
};

const Locale kJapanese = {
    "ja", PluralRule::none,
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
    "{y}年{m}月{d}日", nullptr, "{date} {time}{zone}",
    "{by}{authors}", "{name}（{role}）", "、", "{and}",
    {"文：", "、", "{date} 公開", "{date} 更新", "{n}分で読めます", "この記事をシェア", "{network}でシェア",
     "メールで送る", "共有\u2026", "リンクをコピー", "リンクをコピーしました",
     "お使いのMastodonサーバー（例：mastodon.social）", "広告", "{label}（{n}件中{i}件目）", "目次", "トピック",
     "{credit}"},
};

const Locale kChineseSimplified = {
    "zh", PluralRule::none,
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
    "{y}年{m}月{d}日", nullptr, "{date} {time}{zone}",
    "{by}{authors}", "{name}（{role}）", "、", "{and}",
    {"作者：", "和", "发布于 {date}", "更新于 {date}", "阅读时长 {n} 分钟", "分享本文", "分享到 {network}",
     "通过电子邮件分享", "分享\u2026", "复制链接", "链接已复制", "你的 Mastodon 服务器（例如 mastodon.social）", "广告",
     "{label}（第 {i} 个，共 {n} 个）", "目录", "主题", "{credit}"},
};

// Taiwan, Hong Kong and Macau read Traditional characters.
const Locale kChineseTraditional = {
    "zh-Hant", PluralRule::none,
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
    "{y}年{m}月{d}日", nullptr, "{date} {time}{zone}",
    "{by}{authors}", "{name}（{role}）", "、", "{and}",
    {"作者：", "和", "發布於 {date}", "更新於 {date}", "閱讀時間 {n} 分鐘", "分享本文", "分享到 {network}",
     "透過電子郵件分享", "分享\u2026", "複製連結", "已複製連結", "你的 Mastodon 伺服器（例如 mastodon.social）", "廣告",
     "{label}（第 {i} 個，共 {n} 個）", "目錄", "主題", "{credit}"},
};

// Languages without a table: English words, ISO dates (unambiguous everywhere).
const Locale kFallback = {
    "", PluralRule::one_other,
    {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"},
    nullptr, nullptr, "{date} {time}{zone}",
    "{by} {authors}", "{name}, {role}", ", ", " {and} ",
    {"By", "and", "Published {date}", "Updated {date}", "{n} min read", "Share this article", "Share on {network}",
     "Share by email", "Share\u2026", "Copy link", "Link copied", "Your Mastodon server (for example mastodon.social)",
     "Advertisement", "{label} {i} of {n}", "Contents", "Topics", "{credit}"},
};

const Locale* const kLocales[] = {&kEnglish, &kFrench, &kGerman, &kSpanish, &kRussian, &kArabic, &kJapanese,
                                  &kChineseSimplified};

using ascii::iequals;

// zh-Hant, zh-TW, zh-HK, zh-MO: Traditional, unless the script says Hans.
bool traditional_chinese(std::string_view tag) {
    bool hant = false, hans = false, region = false;
    for (std::string_view s : split_language_tag(tag)) {
        if (iequals(s, "Hant")) hant = true;
        else if (iequals(s, "Hans")) hans = true;
        else if (iequals(s, "TW") || iequals(s, "HK") || iequals(s, "MO")) region = true;
    }
    return hant || (region && !hans);
}

}  // namespace

const Locale& locale_for(std::string_view language) {
    std::string_view primary = primary_language(language);
    if (primary.empty()) return kEnglish;  // no language given: English
    if (iequals(primary, "zh") && traditional_chinese(language)) return kChineseTraditional;
    for (const Locale* l : kLocales)
        if (iequals(primary, l->tag)) return *l;
    return kFallback;
}

bool is_rtl_language(std::string_view language) {
    static const char* const rtl[] = {"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"};
    std::string_view primary = primary_language(language);
    for (const char* r : rtl)
        if (iequals(primary, r)) return true;
    return false;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

namespace {

// Whether "{name}" occurs in `text`.
bool has_placeholder(std::string_view text, std::string_view name) {
    for (std::size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1))
        if (p > 0 && text[p - 1] == '{' && p + name.size() < text.size() && text[p + name.size()] == '}') return true;
    return false;
}

}  // namespace

Strings::Strings(const Locale& locale, const std::map<std::string, std::string>& overrides)
    : locale_(locale), overrides_(overrides) {}

bool Strings::overridden(Text key) const { return overrides_.count(kStringNames[static_cast<int>(key)]) != 0; }

std::string_view Strings::text(Text key) const { return pattern_of(key).form; }

Strings::Pattern Strings::pattern_of(Text key, long long count) const {
    int i = static_cast<int>(key);
    std::string_view all = locale_.texts[i];
    bool overridden = false;
    if (!overrides_.empty()) {
        auto it = overrides_.find(kStringNames[i]);
        if (it != overrides_.end()) {
            all = it->second;
            overridden = true;
        }
    }
    Pattern out{all};
    if (count >= 0) {
        // Forms are "|"-separated in the order of the rule's categories; a
        // shorter list reuses its last form (one form serves every count).
        int want = plural_form(locale_.plural, count);
        for (int k = 0; k < want; ++k) {
            std::size_t bar = out.form.find('|');
            if (bar == std::string_view::npos) break;
            out.form.remove_prefix(bar + 1);
        }
        out.form = out.form.substr(0, out.form.find('|'));
    }
    // The tables are right by construction (Arabic spells out "one" and
    // "two" minutes: no digit); an override that forgot the placeholder in
    // every form gets the value after it rather than losing it.
    const char* name = required_placeholder(key);
    if (name && overridden && !has_placeholder(all, name)) out.missing = name;
    return out;
}

std::string Strings::pattern(Text key, long long count) const {
    Pattern p = pattern_of(key, count);
    std::string out(p.form);
    if (p.missing) {
        if (!out.empty()) out += ' ';
        out += '{';
        out += p.missing;
        out += '}';
    }
    return out;
}

std::string Strings::get(Text key, std::initializer_list<std::pair<std::string_view, std::string_view>> args,
                         long long count) const {
    std::string out;
    fill_to(pattern_of(key, count), args, [&](std::string_view text) { out += text; });
    return out;
}

// One pass, byte by byte: patterns are a few dozen bytes, where a library
// search per brace costs more than the scan.
void walk_pattern(std::string_view pattern, TextSink literal, TextSink placeholder) {
    const std::size_t n = pattern.size();
    std::size_t from = 0, open = std::string_view::npos;  // the "{" a name may follow
    for (std::size_t i = 0; i < n; ++i) {
        char c = pattern[i];
        if (c == '{') {
            open = i;
        } else if (c == '}' && open != std::string_view::npos) {
            if (i > open + 1) {
                if (open > from) literal(pattern.substr(from, open - from));
                placeholder(pattern.substr(open + 1, i - open - 1));
                from = i + 1;
            }
            open = std::string_view::npos;
        }
    }
    if (from < n) literal(pattern.substr(from));
}

void walk_pattern(const Strings::Pattern& pattern, TextSink literal, TextSink placeholder) {
    walk_pattern(pattern.form, literal, placeholder);
    if (!pattern.missing) return;
    if (!pattern.form.empty()) literal(" ");
    placeholder(pattern.missing);
}

void fill_to(const Strings::Pattern& pattern, FillArgs args, TextSink sink) {
    walk_pattern(pattern, sink, [&](std::string_view name) {
        for (const auto& [n, v] : args)
            if (n == name) {
                sink(v);
                return;
            }
        sink("{");
        sink(name);
        sink("}");
    });
}

std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    fill_to(pattern, args, [&](std::string_view text) { out += text; });
    return out;
}

}  // namespace broadsheet::detail
