// Advertisement slot placement.
#include "page/ad_slots.hpp"

namespace broadsheet::detail {

namespace {

// Blocks a slot must never touch: beside them it reads as part of the
// figure, list, quote or table, or cuts a heading off from its text. (The
// block before a slot is always the paragraph it follows.)
bool keeps_apart(BlockKind k) {
    // A code block is usually introduced by the paragraph before it ("…in a
    // small script:"), so a slot never separates the two.
    return k == BlockKind::heading || k == BlockKind::figure || k == BlockKind::list || k == BlockKind::quote ||
           k == BlockKind::table || k == BlockKind::code;
}

}  // namespace

std::vector<std::size_t> place_ads(const AdOptions& ads, const std::vector<BodyBlock>& blocks) {
    std::vector<std::size_t> at;
    if (!ads.enabled || ads.max <= 0) return at;
    // The last top-level paragraph: nothing may follow it.
    std::size_t last = blocks.size();
    for (std::size_t i = blocks.size(); i-- > 0;)
        if (blocks[i].kind == BlockKind::paragraph) {
            last = i;
            break;
        }
    int paragraph = 0;
    int next = ads.after < 1 ? 1 : ads.after;
    int every = ads.every < 1 ? 1 : ads.every;
    for (std::size_t i = 0; i < blocks.size() && i < last; ++i) {
        if (blocks[i].kind != BlockKind::paragraph) continue;
        ++paragraph;
        if (paragraph < next) continue;
        if (keeps_apart(blocks[i + 1].kind)) continue;  // i < last, so a block follows
        at.push_back(i);
        if (static_cast<int>(at.size()) >= ads.max) break;
        next = paragraph + every;
    }
    return at;
}

}  // namespace broadsheet::detail
