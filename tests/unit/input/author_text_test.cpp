#include <catch2/catch.hpp>

#include "input/author_text.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

// "name|role|url|affiliation" for each person, to compare in one line.
std::vector<std::string> people(std::string_view text) {
    std::vector<std::string> out;
    for (const Author& a : split_author_text(text)) out.push_back(a.name + "|" + a.role + "|" + a.url + "|" + a.affiliation);
    return out;
}

using list = std::vector<std::string>;

}  // namespace

TEST_CASE("one author string naming several people is split") {
    CHECK(people("Matteo Ricci, Hanna Kowalczyk") == list{"Matteo Ricci|||", "Hanna Kowalczyk|||"});
    CHECK(people("Mei Lin and George Adamu") == list{"Mei Lin|||", "George Adamu|||"});
    CHECK(people("Mei Lin & George Adamu") == list{"Mei Lin|||", "George Adamu|||"});
    CHECK(people("A. Writer, B. Writer, and C. Writer") == list{"A. Writer|||", "B. Writer|||", "C. Writer|||"});
    // "and" inside a name is not a separator.
    CHECK(people("Alexander Andersen") == list{"Alexander Andersen|||"});
    CHECK(people("  The Toolkit Team \n") == list{"The Toolkit Team|||"});
    CHECK(people("").empty());
}

TEST_CASE("\"Name, Role\" when the part after the comma is a job title") {
    CHECK(people("Josh Aas, Executive Director") == list{"Josh Aas|Executive Director||"});
    CHECK(people("Yusuf Demir, Release Manager") == list{"Yusuf Demir|Release Manager||"});
    CHECK(people("Jan de Vries, Founder") == list{"Jan de Vries|Founder||"});
    CHECK(people("Ruth Adebayo, Steering Group Chair") == list{"Ruth Adebayo|Steering Group Chair||"});
    // A second name is a second person, and two commas are a list.
    CHECK(people("Matt Cowley, Claudio Wunder") == list{"Matt Cowley|||", "Claudio Wunder|||"});
    CHECK(people("Ann Lee, Bo Chan, Editor") == list{"Ann Lee|||", "Bo Chan|||", "Editor|||"});
    CHECK(looks_like_job_title("Local Democracy Reporter"));
    CHECK_FALSE(looks_like_job_title("Claudio Wunder"));
}

TEST_CASE("a Markdown link gives name and URL; \"(Org)\" an affiliation") {
    CHECK(people("[Ines Carvalho](https://ines.example/about) (Lisbon Makers)") ==
          list{"Ines Carvalho||https://ines.example/about|Lisbon Makers"});
    CHECK(people("[Sanna Koskinen](https://sanna.example/)") == list{"Sanna Koskinen||https://sanna.example/|"});
    CHECK(people("Rhiannon Price (Coastal Walkers)") == list{"Rhiannon Price|||Coastal Walkers"});
    // A comma inside the link or the parentheses does not split.
    CHECK(people("[Lee, Ann](https://a.example/x,y) (Ferries, Ltd) and Bo Chan") ==
          list{"Lee, Ann||https://a.example/x,y|Ferries, Ltd", "Bo Chan|||"});
    // Parentheses inside the URL belong to it (the URL policy decides later whether it may be used).
    CHECK(people("[X](javascript:alert(1))") == list{"X||javascript:alert(1)|"});
    CHECK(people("[X](https://a.example/wiki/Pier_(1911)) (Gazette)") ==
          list{"X||https://a.example/wiki/Pier_(1911)|Gazette"});
    // Not a link: kept as the name, as written.
    CHECK(people("[draft]") == list{"[draft]|||"});
}
