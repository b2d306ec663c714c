#include <catch2/catch.hpp>

#include "page/share.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

const std::map<std::string, std::string> kNone;

std::string share(const ShareOptions& o, const std::string& url, const std::string& title = "Rain & wind",
                  std::string_view lang = "en") {
    HtmlBuffer out;
    HtmlWriter w(out);
    Strings s(locale_for(lang), kNone);
    write_share(w, o, url, title, s, "bs-t");
    return take(out);
}

bool has(const std::string& h, std::string_view needle) { return h.find(needle) != std::string::npos; }

std::size_t count(const std::string& h, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t p = h.find(needle); p != std::string::npos; p = h.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("each network's share page gets the address and the title, encoded") {
    std::string u = "https://example.org/a?b=1&c=2", t = "Rain & wind: 100%";
    CHECK(share_url(ShareNetwork::x, u, t) ==
          "https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&text=Rain%20%26%20wind%3A%20100%25");
    CHECK(share_url(ShareNetwork::facebook, u, t) ==
          "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2");
    CHECK(share_url(ShareNetwork::linkedin, u, t) ==
          "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2");
    CHECK(share_url(ShareNetwork::whatsapp, u, t) ==
          "https://wa.me/?text=Rain%20%26%20wind%3A%20100%25%20https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2");
    CHECK(share_url(ShareNetwork::telegram, u, t) ==
          "https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&text=Rain%20%26%20wind%3A%20100%25");
    CHECK(share_url(ShareNetwork::reddit, u, t) ==
          "https://www.reddit.com/submit?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&title=Rain%20%26%20wind%3A%20100%25");
    CHECK(share_url(ShareNetwork::email, u, t) ==
          "mailto:?subject=Rain%20%26%20wind%3A%20100%25&body=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2");
    CHECK(share_url(ShareNetwork::whatsapp, u, "") == "https://wa.me/?text=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2");
    CHECK(share_url(ShareNetwork::mastodon, u, t).empty());  // the reader's own server: the shim asks
    CHECK(share_url(ShareNetwork::native, u, t).empty());
    CHECK(share_url(ShareNetwork::copy, u, t).empty());
}

TEST_CASE("a labelled nav of plain links, in the order asked for") {
    ShareOptions o;
    o.networks = {ShareNetwork::email, ShareNetwork::reddit, ShareNetwork::x};
    std::string h = share(o, "https://example.org/a");
    CHECK(h.rfind("<nav class=\"bs-share\" aria-labelledby=\"bs-t-share bs-t-headline\" data-url=\"https://example.org/a\" "
                  "data-title=\"Rain &amp; wind\"><h2 class=\"bs-share-title\" id=\"bs-t-share\">Share this article</h2>", 0) == 0);
    std::size_t email = h.find("bs-share-email"), reddit = h.find("bs-share-reddit"), x = h.find("bs-share-x");
    REQUIRE(email != std::string::npos);
    CHECK(email < reddit);
    CHECK(reddit < x);
    CHECK(count(h, "<li") == 3);
    CHECK_FALSE(has(h.substr(0, h.find('>')), "hidden"));
    // Accessible names: visible text, the icon hidden from assistive technology.
    CHECK(has(h, "<span class=\"bs-icon\" aria-hidden=\"true\"></span>Share by email</a>"));
    CHECK(has(h, "<span class=\"bs-icon\" aria-hidden=\"true\"></span>Share on Reddit</a>"));
    CHECK(has(h, "<span class=\"bs-icon\" aria-hidden=\"true\"></span>Share on X</a>"));
    // Links to other sites give them no handle on this page; the reader decides where they open.
    CHECK(has(h, "data-network=\"x\" rel=\"noopener noreferrer\">"));
    CHECK_FALSE(has(h, "target="));
}

TEST_CASE("nothing is requested from a third party before a click") {
    std::string h = share(ShareOptions{}, "https://example.org/a");
    CHECK(count(h, "<li") == 10);
    for (const char* tag : {"<img", "<script", "<iframe", "<link", "<object", "<embed", "style="}) {
        INFO(tag);
        CHECK_FALSE(has(h, tag));
    }
}

TEST_CASE("the shim's placeholders carry their text in the article's language") {
    std::string h = share(ShareOptions{}, "https://example.org/a", "Titre", "fr");
    CHECK(has(h, "id=\"bs-t-share\">Partager cet article</h2>"));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-mastodon\" data-network=\"mastodon\" data-label=\"Partager sur "
                 "Mastodon\" data-prompt=\"Votre serveur Mastodon (par exemple mastodon.social)\" hidden></li>"));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-native\" data-network=\"native\" data-label=\"Partager…\" hidden></li>"));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-copy\" data-network=\"copy\" data-label=\"Copier le lien\" "
                 "data-done=\"Lien copié\" hidden></li>"));
    CHECK(has(h, ">Partager par e-mail</a>"));
    CHECK(has(h, ">Partager sur Facebook</a>"));
}

TEST_CASE("without the article's address only the shim's buttons remain") {
    ShareOptions o;
    std::string h = share(o, "");
    // Hidden as a whole until the shim shows a button: no heading over an empty list.
    CHECK(h.rfind("<nav class=\"bs-share\" aria-labelledby=\"bs-t-share bs-t-headline\" data-title=\"Rain &amp; wind\" hidden>", 0) == 0);
    CHECK_FALSE(has(h, "data-url="));
    CHECK_FALSE(has(h, "<a "));
    CHECK(count(h, "<li") == 3);  // mastodon, native, copy: they use the page's own address
    o.networks = {ShareNetwork::x, ShareNetwork::email};
    CHECK(share(o, "").empty());  // nothing left to show: no empty nav
}

TEST_CASE("share: false writes nothing") {
    ShareOptions o;
    o.enabled = false;
    CHECK(share(o, "https://example.org/a").empty());
}
