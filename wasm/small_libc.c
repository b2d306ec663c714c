/* A small snprintf/vsnprintf for the WebAssembly module only.
 *
 * Why: the module's one printf-family caller is nlohmann's lexer, which
 * formats a control character in an error message as "<U+%.4X>". Linking
 * musl's printf for that pulls in floating-point formatting with software
 * long double (printf_core, fmt_fp, __divtf3, __multf3, ...): about 11 KB of
 * code in a module that must stay small on readers' phones. Defining the two
 * symbols here keeps the linker from pulling musl's versions.
 *
 * Supported: %% %c %s %d %i %u %x %X %p, the flags '-' and '0', a width and a
 * precision (numbers or '*'), and the length modifiers hh h l ll z j t.
 * Anything else (floating point, %n) is written as '?': nothing in the module
 * asks for it, and a test checks the one format that is used. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct sink {
    char* buf;
    size_t cap;
    size_t len; /* what would have been written, as C requires */
};

static void put(struct sink* s, char c) {
    if (s->len + 1 < s->cap) s->buf[s->len] = c;
    s->len++;
}

static void pad(struct sink* s, char c, int n) {
    while (n-- > 0) put(s, c);
}

int vsnprintf(char* restrict buf, size_t cap, const char* restrict fmt, va_list ap) {
    struct sink s = {buf, cap, 0};
    for (const char* p = fmt; *p; ++p) {
        if (*p != '%') {
            put(&s, *p);
            continue;
        }
        int left = 0, zero = 0, width = 0, prec = -1, lng = 0;
        for (;; ++p) {
            if (p[1] == '-') left = 1;
            else if (p[1] == '0') zero = 1;
            else break;
        }
        if (p[1] == '*') {
            width = va_arg(ap, int);
            ++p;
        } else {
            while (p[1] >= '0' && p[1] <= '9') width = width * 10 + (*++p - '0');
        }
        if (p[1] == '.') {
            ++p;
            prec = 0;
            if (p[1] == '*') {
                prec = va_arg(ap, int);
                ++p;
            } else {
                while (p[1] >= '0' && p[1] <= '9') prec = prec * 10 + (*++p - '0');
            }
        }
        while (p[1] == 'h' || p[1] == 'l' || p[1] == 'z' || p[1] == 'j' || p[1] == 't') {
            if (p[1] != 'h') ++lng;
            ++p;
        }
        char conv = *++p;
        if (conv == '\0') break;
        char digits[24];
        int n = 0, neg = 0;
        const char* str = digits;
        switch (conv) {
        case '%': put(&s, '%'); continue;
        case 'c': digits[0] = (char)va_arg(ap, int); n = 1; break;
        case 's':
            str = va_arg(ap, const char*);
            if (!str) str = "(null)";
            while (str[n] && (prec < 0 || n < prec)) ++n;
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'p': {
            uint64_t v;
            if (conv == 'p') v = (uintptr_t)va_arg(ap, void*);
            else if (conv == 'd' || conv == 'i') {
                int64_t sv = lng >= 2 ? va_arg(ap, long long) : lng == 1 ? va_arg(ap, long) : va_arg(ap, int);
                neg = sv < 0;
                v = neg ? (uint64_t)0 - (uint64_t)sv : (uint64_t)sv;
            } else {
                v = lng >= 2 ? va_arg(ap, unsigned long long) : lng == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            }
            unsigned base = (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
            const char* set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            char tmp[24];
            int t = 0;
            do tmp[t++] = set[v % base]; while ((v /= base) != 0);
            while (t < prec && t < 22) tmp[t++] = '0';
            if (neg) tmp[t++] = '-';
            while (t > 0) digits[n++] = tmp[--t];
            if (prec >= 0) zero = 0;
            break;
        }
        default:
            digits[0] = '?'; /* unsupported conversion (see above) */
            n = 1;
            break;
        }
        if (!left) pad(&s, zero ? '0' : ' ', width - n);
        for (int i = 0; i < n; ++i) put(&s, str[i]);
        if (left) pad(&s, ' ', width - n);
    }
    if (s.cap) s.buf[s.len < s.cap ? s.len : s.cap - 1] = '\0';
    return (int)s.len;
}

int snprintf(char* restrict buf, size_t cap, const char* restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

/* strtod, for the same reason: musl's is exact, through long double
 * arithmetic in software (__floatscan, __divtf3, ...: about 12 KB). The
 * module reads numbers only to check that a width, a height, a reading time
 * or a limit is a whole number in range; this version is exact for integers
 * up to 2^53 and within a few units in the last place otherwise, which can
 * never change such a check. It accepts what JSON and our YAML subset pass
 * it: optional sign, digits, optional fraction, optional exponent; "inf" and
 * "nan" are not numbers here. */
double strtod(const char* restrict s, char** restrict end) {
    const char* p = s;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') ++p;
    int neg = 0;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    const char* digits = p;
    double v = 0;
    int exp10 = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    if (*p == '.') {
        ++p;
        while (*p >= '0' && *p <= '9') {
            v = v * 10 + (*p++ - '0');
            --exp10;
        }
    }
    if (p == digits || (p == digits + 1 && *digits == '.')) {
        if (end) *end = (char*)s;
        return 0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* e = p + 1;
        int eneg = 0, ev = 0;
        if (*e == '+' || *e == '-') eneg = *e++ == '-';
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9') {
                if (ev < 100000) ev = ev * 10 + (*e - '0');
                ++e;
            }
            exp10 += eneg ? -ev : ev;
            p = e;
        }
    }
    /* Scale by 10^|exp10| with exact powers up to 1e22, in as few steps as possible. */
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    int n = exp10 < 0 ? -exp10 : exp10;
    while (n > 0 && v != 0) {
        int step = n > 22 ? 22 : n;
        v = exp10 < 0 ? v / pow10[step] : v * pow10[step];
        n -= step;
    }
    if (end) *end = (char*)p;
    return neg ? -v : v;
}

/* libc++'s std::stof/std::stold live in the same object as std::stod and
 * refer to these; defining them keeps musl's strtod.o (which defines all
 * three) out of the link. Nothing in the module calls them. */
float strtof(const char* restrict s, char** restrict end) { return (float)strtod(s, end); }
long double strtold(const char* restrict s, char** restrict end) { return strtod(s, end); }
