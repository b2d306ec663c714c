// The article header: kicker, headline, standfirst.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("the header: one h1, standfirst, byline with role and link, time") {
    std::string h = html(R"J({"headline": "Tide tables", "description": "New tables.", "datePublished": "2026-03-02T07:15+01:00",
      "author": {"name": "Ines Ferreira", "jobTitle": "Harbour Correspondent", "url": "https://example.org/ines"},
      "articleSection": "Waterfront", "alternativeHeadline": "The floor rose",
      "inLanguage": "en", "articleBody": "# Part\nText."})J");
    CHECK(has(h, "<article class=\"bs-article\" lang=\"en\" dir=\"ltr\">"));
    CHECK(has(h, "<p class=\"bs-kicker\">Waterfront</p>\n<h1 class=\"bs-headline\" id=\"bs-7fb9326d-headline\">Tide tables</h1>\n"
                 "<p class=\"bs-subtitle\">The floor rose</p>\n<p class=\"bs-standfirst\">New tables.</p>"));
    CHECK(has(h, "<p class=\"bs-byline\">By <span class=\"bs-author\"><a href=\"https://example.org/ines\" rel=\"author\" "
                 "class=\"bs-author-name\" dir=\"auto\">Ines Ferreira</a>, <span class=\"bs-author-role\">Harbour "
                 "Correspondent</span></span></p>"));
    CHECK(has(h, "<span class=\"bs-published\"><time datetime=\"2026-03-02T07:15:00+01:00\">2 March 2026, 07:15 UTC+1</time></span>"));
    CHECK(has(h, "<time class=\"bs-reading-time\" datetime=\"PT1M\">1 min read</time>"));
    CHECK_FALSE(has(h, "Published"));  // the label appears only beside an update
    CHECK(count(h, "<h1") == 1);
    CHECK(has(h, "<h2 id=\"part\">Part</h2>"));  // the author's "#" starts at h2
}
