// The document tree and the helpers for messages about it.
#include "input/value.hpp"

#include <algorithm>

#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

const Value* Value::get(std::string_view key) const {
    for (std::size_t i = keys.size(); i-- > 0;)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::string pointer_join(std::string_view base, std::string_view key) {
    std::string out(base);
    out += '/';
    // The usual key is plain ASCII with nothing to escape: no copy through quote_input.
    bool plain = true;
    for (char c : key) plain = plain && c > 0x20 && c < 0x7F && c != '~' && c != '/';
    if (plain) return out.append(key);
    // Keys come from the input: control characters are shown as <U+001B>, as
    // in quoted input, so a path stays one clean line (found by fuzz_options).
    for (char c : quote_input(key, key.size())) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_join(std::string_view base, std::size_t index) {
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

namespace {

using ascii::lower;

// Optimal string alignment distance, case-insensitive, capped: keys are short.
std::size_t distance(std::string_view a, std::string_view b) {
    if (a.size() > 64 || b.size() > 64) return 99;
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[b.size()];
}


}  // namespace

std::string_view closest_key(std::string_view key, const std::vector<std::string_view>& known,
                             std::size_t max_distance) {
    std::string_view best;
    std::size_t best_d = max_distance + 1;
    for (auto k : known) {
        std::size_t d = distance(key, k);
        if (d < best_d) {
            best_d = d;
            best = k;
        }
    }
    return best;
}

std::string quoted(std::string_view s) { return "\"" + quote_input(s, 60) + "\""; }

std::string first_character(std::string_view s) {
    if (s.empty()) return {};
    unsigned char lead = static_cast<unsigned char>(s[0]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    // A place inside a character (a parser's mark can land after the lead
    // byte of a U+FFFD that check_characters() wrote): the replacement
    // character, never stray bytes in a message.
    bool whole = lead < 0x80 || (lead >= 0xC2 && lead <= 0xF4 && s.size() >= n);
    for (std::size_t k = 1; whole && k < n; ++k) whole = (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
    if (!whole) return "\xEF\xBF\xBD";
    return quote_input(s.substr(0, n), n);
}

}  // namespace broadsheet::detail
