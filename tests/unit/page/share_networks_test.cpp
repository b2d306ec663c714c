// The share networks, named in one place: the options read the same keys
// the page writes.
#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"
#include "page/share_networks.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

TEST_CASE("every network's key reads back as that network") {
    for (ShareNetwork id : ShareOptions{}.networks) {
        const ShareNetworkName& n = share_network(id);
        INFO(n.key);
        CHECK(share_network_for_key(n.key) == id);
        auto o = parse_options_json(std::string("{\"share\": {\"networks\": [\"") + n.key + "\"]}}");
        REQUIRE(o);
        CHECK(o->share.networks == std::vector<ShareNetwork>{id});
    }
    CHECK_FALSE(share_network_for_key("myspace"));
}

TEST_CASE("an unknown network's message lists the keys from the same table") {
    CHECK(share_network_keys() == "x, facebook, linkedin, whatsapp, telegram, reddit, email, mastodon, native or copy");
    auto o = parse_options_json(R"({"share": {"networks": ["myspace"]}})");
    REQUIRE_FALSE(o);
    CHECK(o.diagnostics.at(0).message == "options: unknown network \"myspace\"; expected " + share_network_keys());
}
