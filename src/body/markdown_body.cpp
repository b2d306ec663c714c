// The Markdown body: md4c parses (md_events repairs what it reports), and
// one of two writers turns the events into HTML:
//   - ArticleWriter (default): the article dialect, see article_writer.hpp;
//   - CommonMarkWriter: exactly the HTML md4c-html writes, so the CommonMark
//     spec suite can judge the parse.
// Both share body_writer's policies: raw HTML is text unless allowHtml lets
// an allowlisted tag through, and every URL passes the URL policy.
#include "body/markdown_body.hpp"

#include "body/article_writer.hpp"
#include "body/commonmark_writer.hpp"
#include "body/md_events.hpp"

namespace broadsheet::detail {

namespace {

// md4c 0.4.8 (the version Debian ships) finds bare "http://" and "www." links
// in time proportional to (candidates x paragraph length): each candidate
// scans forward to the next resolved mark (fixed upstream in md4c 0.5). A
// body built to exploit that (48,000 "www.a.b" in one paragraph) took 2 s
// natively. Real articles have a few dozen bare links, so the extension is
// switched off only when candidates x body size exceeds a budget that keeps
// the worst case near 0.1 s; such bodies still render, with a warning.
constexpr double kBareLinkBudget = 2e8;

double bare_link_work(std::string_view md) {
    // A candidate takes at least three bytes, so a body under about 24 KB is
    // within the budget without counting.
    double size = static_cast<double>(md.size());
    if (size * size / 3 <= kBareLinkBudget) return size * size / 3;
    std::size_t candidates = 0;
    for (std::size_t p = md.find("://"); p != std::string_view::npos; p = md.find("://", p + 3)) ++candidates;
    for (std::size_t p = md.find("www."); p != std::string_view::npos; p = md.find("www.", p + 4)) ++candidates;
    return static_cast<double>(candidates) * static_cast<double>(md.size());
}

}  // namespace

bool render_body(std::string_view markdown, const BodyOptions& options, Body& out, Diagnostics& diags) {
    if (markdown.size() > 0xFFFFFFF0u) {
        diags.error("the body is too large");
        return false;
    }
    MarkdownDialect dialect;
    if (!options.commonmark) {
        dialect.tables_and_strikethrough = true;
        dialect.bare_links = bare_link_work(markdown) <= kBareLinkBudget;
        if (!dialect.bare_links)
            diags.warning("so many bare web addresses that they are left as text, not links (write <https://...> "
                          "to link one)",
                          options.first_line, 1);
    }
    // Grown one by one they would be reallocated five or six times each in
    // an ordinary article: a top-level block per ~200 bytes of Markdown is
    // about what articles have.
    out.blocks.reserve(out.blocks.size() + 16 + markdown.size() / 200);
    out.headings.reserve(out.headings.size() + 8);
    int rc;
    bool failed;
    if (options.commonmark) {
        CommonMarkWriter writer(markdown, options, out, diags);
        rc = parse_markdown_events(markdown, dialect, writer);
        failed = writer.failed();
        out.html = writer.take_html();
    } else {
        ArticleWriter writer(markdown, options, out, diags);
        rc = parse_markdown_events(markdown, dialect, writer);
        failed = writer.failed();
        out.html = writer.take_html();
    }
    if (failed) return false;
    if (rc != 0) {
        diags.error("the Markdown parser ran out of memory");
        return false;
    }
    return true;
}

}  // namespace broadsheet::detail
