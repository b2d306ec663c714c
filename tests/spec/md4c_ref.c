/* md4c_ref: md4c's own HTML renderer (md4c-html), the reference the
 * CommonMark conformance test (tests/node/commonmark.test.mjs) measures our
 * renderer against. Test-only: never linked into the library or the wasm.
 *
 * Reads any number of Markdown documents from stdin, each framed as
 * "<decimal byte count>\n<bytes>", and writes three results per document in the
 * same framing:
 *   1. md4c-html's output, as md2html writes it by default (plain CommonMark,
 *      no extensions), in its XHTML flavour (<br />, <hr />, <img ... />) like
 *      the spec's expected HTML;
 *   2. the same with raw HTML escaped as text, our policy unless allowHtml
 *      (which the suite does not use);
 *   3. the same as 2, and each link and image URL through our real URL policy
 *      (check_url, via md4c_ref_policy.cpp): a refused link keeps its content
 *      without the <a>, a refused image leaves its alt text as text, an
 *      allowed URL is written as the policy cleaned it.
 * An example md4c-html passes may fail with ours only when our output equals
 * output 2 or 3, i.e. when the difference is exactly one of those policies.
 *
 * md4c-html.c is included, not linked, so output 2 can wrap its own callbacks:
 * each policy point intercepts one callback and otherwise hands over to
 * md4c-html unchanged.
 */
#include <stdlib.h>

#include "md4c-html.c"

/* A URL after our policy, or NULL when it is refused (md4c_ref_policy.cpp).
 * The caller frees the result. */
char* md4c_ref_check_url(const char* url, size_t size, size_t* out_size);

typedef struct {
    char* data;
    size_t size, cap;
} Buf;

static void buf_add(Buf* b, const char* s, size_t n) {
    if (b->size + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->size + n) cap *= 2;
        b->data = realloc(b->data, cap);
        if (!b->data) {
            fputs("md4c_ref: out of memory\n", stderr);
            exit(2);
        }
        b->cap = cap;
    }
    memcpy(b->data + b->size, s, n);
    b->size += n;
}

static void to_buf(const MD_CHAR* text, MD_SIZE size, void* userdata) { buf_add(userdata, text, size); }

/* ---- output 2: md4c-html with our policies ------------------------------ */

enum { MAX_LINKS = 256 };

typedef struct {
    MD_HTML html;              /* md4c-html's renderer state */
    int refused_image_depth;   /* > 0 inside an image whose URL was refused */
    int links;                 /* open links ... */
    unsigned char refused[MAX_LINKS];  /* ... and whether each was refused */
    Buf scratch;
    int url_policy;            /* output 3 */
} Policy;

static void append_to_scratch(MD_HTML* r, const MD_CHAR* text, MD_SIZE size) {
    buf_add(&((Policy*)r)->scratch, text, size);
}

/* The URL as the author meant it: entities decoded, as our renderer reads it. */
static char* checked_url(Policy* p, const MD_ATTRIBUTE* a, size_t* size) {
    p->scratch.size = 0;
    for (int i = 0; a->substr_offsets[i] < a->size; i++) {
        const MD_CHAR* text = a->text + a->substr_offsets[i];
        MD_SIZE n = a->substr_offsets[i + 1] - a->substr_offsets[i];
        switch (a->substr_types[i]) {
        case MD_TEXT_ENTITY: render_entity(&p->html, text, n, append_to_scratch); break;
        case MD_TEXT_NULLCHAR: buf_add(&p->scratch, "\xEF\xBF\xBD", 3); break;
        default: buf_add(&p->scratch, text, n); break;
        }
    }
    return md4c_ref_check_url(p->scratch.data ? p->scratch.data : "", p->scratch.size, size);
}

/* The detail with the URL attribute replaced by the policy's version. */
typedef struct {
    MD_TEXTTYPE types[1];
    MD_OFFSET offsets[2];
} PlainAttr;

static MD_ATTRIBUTE plain_attribute(const char* text, size_t size, PlainAttr* storage) {
    MD_ATTRIBUTE a;
    storage->types[0] = MD_TEXT_NORMAL;
    storage->offsets[0] = 0;
    storage->offsets[1] = (MD_OFFSET)size;
    a.text = text;
    a.size = (MD_SIZE)size;
    a.substr_types = storage->types;
    a.substr_offsets = storage->offsets;
    return a;
}

static int policy_enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
    Policy* p = userdata;
    if (p->refused_image_depth > 0) {  /* alt text of a refused image: text only */
        if (type == MD_SPAN_IMG) p->refused_image_depth++;
        return 0;
    }
    if (!p->url_policy || p->html.image_nesting_level > 0 || (type != MD_SPAN_A && type != MD_SPAN_IMG))
        return enter_span_callback(type, detail, &p->html);

    size_t size = 0;
    PlainAttr storage;
    if (type == MD_SPAN_A) {
        MD_SPAN_A_DETAIL d = *(MD_SPAN_A_DETAIL*)detail;
        char* url = checked_url(p, &d.href, &size);
        if (p->links >= MAX_LINKS) exit(3);
        p->refused[p->links++] = url == NULL;
        if (!url) return 0;
        d.href = plain_attribute(url, size, &storage);
        enter_span_callback(type, &d, &p->html);
        free(url);
    } else {
        MD_SPAN_IMG_DETAIL d = *(MD_SPAN_IMG_DETAIL*)detail;
        char* url = checked_url(p, &d.src, &size);
        if (!url) {
            p->refused_image_depth = 1;
            return 0;
        }
        d.src = plain_attribute(url, size, &storage);
        enter_span_callback(type, &d, &p->html);
        free(url);
    }
    return 0;
}

static int policy_leave_span(MD_SPANTYPE type, void* detail, void* userdata) {
    Policy* p = userdata;
    if (p->refused_image_depth > 0) {
        if (type == MD_SPAN_IMG) p->refused_image_depth--;
        return 0;
    }
    if (p->url_policy && type == MD_SPAN_A && p->html.image_nesting_level == 0 && p->refused[--p->links]) return 0;
    return leave_span_callback(type, detail, &p->html);
}

static int policy_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    Policy* p = userdata;
    if (p->refused_image_depth > 0) {  /* alt text standing in for the image */
        switch (type) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: RENDER_VERBATIM(&p->html, " "); return 0;
        case MD_TEXT_NULLCHAR: render_utf8_codepoint(&p->html, 0, render_verbatim); return 0;
        case MD_TEXT_ENTITY: render_entity(&p->html, text, size, render_html_escaped); return 0;
        default: render_html_escaped(&p->html, text, size); return 0;
        }
    }
    if (type == MD_TEXT_HTML) {  /* raw HTML is text */
        render_html_escaped(&p->html, text, size);
        return 0;
    }
    return text_callback(type, text, size, &p->html);
}

static int policy_enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    return enter_block_callback(type, detail, &((Policy*)userdata)->html);
}

static int policy_leave_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    return leave_block_callback(type, detail, &((Policy*)userdata)->html);
}

static int md_html_with_policy(const MD_CHAR* input, MD_SIZE size, Buf* out, int url_policy) {
    Policy p;
    memset(&p, 0, sizeof p);
    p.url_policy = url_policy;
    p.html.process_output = to_buf;
    p.html.userdata = out;
    p.html.flags = MD_HTML_FLAG_XHTML;
    for (int i = 0; i < 256; i++) {  /* as md_html() builds it */
        unsigned char ch = (unsigned char)i;
        if (strchr("\"&<>", ch) != NULL) p.html.escape_map[i] |= NEED_HTML_ESC_FLAG;
        if (!ISALNUM(ch) && strchr("-_.+!*(),%#@?=;:/,+$", ch) == NULL) p.html.escape_map[i] |= NEED_URL_ESC_FLAG;
    }
    MD_PARSER parser = {0, 0, policy_enter_block, policy_leave_block, policy_enter_span, policy_leave_span,
                        policy_text, NULL, NULL};
    int rc = md_parse(input, size, &parser, &p);
    free(p.scratch.data);
    return rc;
}

/* ---- main: framing ------------------------------------------------------ */

static void write_framed(const Buf* b) {
    printf("%zu\n", b->size);
    fwrite(b->data ? b->data : "", 1, b->size, stdout);
}

int main(void) {
    Buf in = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) buf_add(&in, chunk, n);

    size_t pos = 0;
    while (pos < in.size) {
        char* end = NULL;
        unsigned long long len = strtoull(in.data + pos, &end, 10);
        if (end == in.data + pos || end >= in.data + in.size || *end != '\n' ||
            len > in.size - (size_t)(end + 1 - in.data)) {
            fprintf(stderr, "md4c_ref: bad frame at byte %zu (expected \"<length>\\n<bytes>\")\n", pos);
            return 2;
        }
        const char* input = end + 1;
        Buf reference = {0}, html_policy = {0}, both = {0};
        if (md_html(input, (MD_SIZE)len, to_buf, &reference, 0, MD_HTML_FLAG_XHTML) != 0 ||
            md_html_with_policy(input, (MD_SIZE)len, &html_policy, 0) != 0 ||
            md_html_with_policy(input, (MD_SIZE)len, &both, 1) != 0) {
            fputs("md4c_ref: md4c failed\n", stderr);
            return 2;
        }
        write_framed(&reference);
        write_framed(&html_policy);
        write_framed(&both);
        free(reference.data);
        free(html_policy.data);
        free(both.data);
        pos = (size_t)(input + len - in.data);
    }
    free(in.data);
    return fflush(stdout) == 0 ? 0 : 2;
}
