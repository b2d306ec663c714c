// Private: where advertisement slots go between the body's blocks.
#pragma once

#include <cstddef>
#include <vector>

#include "broadsheet/options.hpp"
#include "body/markdown_body.hpp"

namespace broadsheet::detail {

// The indices in `blocks` (the body's top-level blocks) of the paragraphs a
// slot follows, in order. Paragraphs are counted from 1, top-level only
// (never inside lists, quotes or tables). The first slot follows paragraph
// `after`, each next one comes at least `every` paragraphs after the last
// placed, at most `max` in all. A slot may follow paragraph P only when
//   - the block after P is neither a heading, an image (figure), a list, a
//     quote nor a table, so the slot never touches one, and
//   - another paragraph comes later (never after the last paragraph).
// A slot whose paragraph breaks these rules moves to the next paragraph that
// keeps them, and is dropped when none remains.
std::vector<std::size_t> place_ads(const AdOptions& ads, const std::vector<BodyBlock>& blocks);

}  // namespace broadsheet::detail
