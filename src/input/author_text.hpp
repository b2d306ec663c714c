// Private: a byline written as one string in front matter, the way
// generators' users write it: "A, B", "A and B", "A & B", "Name, Role",
// "Name (Org)", "[Name](url)", "[Name](url) (Org)".
#pragma once

#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

// The people one author string names, in order. A part after a comma is a
// role instead of another person when it reads as a job title (its last word
// is one: "Executive Director", "Release Manager", "Founder"): the only
// reading that tells "Josh Aas, Executive Director" from "Matt Cowley,
// Claudio Wunder". Empty parts are dropped.
std::vector<Author> split_author_text(std::string_view text);

// Whether `words` reads as a job title: its last word is a job noun.
bool looks_like_job_title(std::string_view words);

}  // namespace broadsheet::detail
