// Author strings of front matter split into people (see author_text.hpp).
#include "input/author_text.hpp"

#include <string>

namespace broadsheet::detail {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool same_ascii_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
    return true;
}

// Splits on each separator that is outside [...] and (...), so a link's text
// or URL and an affiliation are never cut.
std::vector<std::string_view> split_outside_brackets(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '[' || c == '(') ++depth;
        else if ((c == ']' || c == ')') && depth > 0) --depth;
        else if (depth == 0 && c == sep[0] && s.compare(i, sep.size(), sep) == 0) {
            parts.push_back(s.substr(start, i - start));
            start = i + sep.size();
            i = start - 1;
        }
    }
    parts.push_back(s.substr(start));
    return parts;
}

// One person: "[Name](url) (Org)", "Name (Org)", "[Name](url)" or "Name".
Author read_person(std::string_view s) {
    Author au;
    s = trim(s);
    if (s.size() > 2 && s.back() == ')') {
        // A trailing " (Org)", after a space: not a link's "(url)", nor the
        // parentheses inside one.
        std::size_t open = s.rfind('(');
        if (open != std::string_view::npos && open > 0 && s[open - 1] == ' ') {
            au.affiliation = std::string(trim(s.substr(open + 1, s.size() - open - 2)));
            s = trim(s.substr(0, open));
        }
    }
    if (s.size() > 4 && s.front() == '[') {
        std::size_t close = s.find("](");
        if (close != std::string_view::npos && s.back() == ')') {
            au.name = std::string(trim(s.substr(1, close - 1)));
            au.url = std::string(trim(s.substr(close + 2, s.size() - close - 3)));
            return au;
        }
    }
    au.name = std::string(s);
    return au;
}

}  // namespace

bool looks_like_job_title(std::string_view words) {
    // The last word of titles in bylines; kept short on purpose: a name that
    // ends in one of these is rare, a title that ends in another is a second
    // person only on the page, never lost.
    static const char* const nouns[] = {
        "director",  "manager",    "editor",     "reporter",    "correspondent", "writer",    "founder",
        "cofounder", "co-founder", "chair",      "chairman",    "chairwoman",    "president", "lead",
        "head",      "officer",    "ceo",        "cto",         "cfo",           "engineer",  "developer",
        "designer",  "maintainer", "columnist",  "photographer", "cartographer", "producer",  "contributor",
        "journalist", "analyst",   "researcher", "coordinator", "secretary",     "critic",    "illustrator",
        "curator",   "librarian",  "intern",     "fellow",      "professor",     "lecturer",  "architect",
        "consultant", "advocate",  "strategist", "scientist",   "author",        "host",      "presenter",
        "chief",     "member",     "volunteer",  "student",     "teacher",       "organiser", "organizer"};
    words = trim(words);
    std::size_t space = words.find_last_of(' ');
    std::string_view last = space == std::string_view::npos ? words : words.substr(space + 1);
    for (const char* noun : nouns)
        if (same_ascii_word(last, noun)) return true;
    return false;
}

namespace {

// Whether `s` may name several people or more than a name: it has a
// separator or a bracket. Most bylines are one plain name, read as it is.
bool has_separator(std::string_view s) {
    for (char c : s)
        if (c == ',' || c == '&' || c == '[' || c == '(') return true;
    return s.find(" and ") != std::string_view::npos;
}

// One person, from a part split off at the separators.
void add_person(std::vector<Author>& people, std::string_view part) {
    part = trim(part);
    if (part.size() > 4 && same_ascii_word(part.substr(0, 4), "and ")) part = trim(part.substr(4));  // "A, B, and C"
    Author au = read_person(part);
    if (!au.name.empty()) people.push_back(std::move(au));
}

}  // namespace

std::vector<Author> split_author_text(std::string_view text) {
    std::vector<Author> people;
    if (!has_separator(text)) {
        add_person(people, text);
        return people;
    }
    std::vector<std::string_view> parts = split_outside_brackets(trim(text), ",");
    // "Name, Role": two parts, the second a job title and not itself a list.
    if (parts.size() == 2 && looks_like_job_title(parts[1]) && split_outside_brackets(parts[1], " and ").size() == 1) {
        Author au = read_person(parts[0]);
        au.role = std::string(trim(parts[1]));
        if (!au.name.empty()) people.push_back(std::move(au));
        return people;
    }
    for (std::string_view part : parts)
        for (std::string_view a : split_outside_brackets(part, " and "))
            for (std::string_view b : split_outside_brackets(a, " & ")) add_person(people, b);
    return people;
}

}  // namespace broadsheet::detail
