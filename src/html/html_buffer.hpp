// Private: the page's and the body's output buffer, what fmt's memory_buffer
// is to fmt: an append is inline (a test of the room left and a memcpy, which
// for a literal like "</em>" compiles to a move or two); growing is out of
// line.
//
// Why not std::string: libstdc++ and libc++ both build basic_string<char> into
// their shared library (an explicit extern instantiation), so every append,
// even of two bytes, is a call through the PLT into _M_append and from there a
// call to memcpy. The body writer makes about 550 small appends per page
// (tags, escaped runs of prose, held blocks), the page as many again.
//
// The bytes live in one array of its own. The body's buffer is handed on as
// it is (Body::html) and appended to the page's; take() copies the page (or,
// in CommonMark mode, the body) once into the std::string of the Result:
// std::string cannot grow without zeroing its new room, which costs as much
// as that copy.
//
// Built for size (-Os, -Oz: the WebAssembly build), HtmlBuffer is std::string
// itself: there an append is a call either way, and a second sink type would
// carry a second copy of the escapers and of the writer (+840 B gzip). So the
// page and the body use only what both have (append, +=, push_back, size,
// empty, clear, reserve, conversion to std::string_view) and take() below.
//
//   HtmlBuffer out;
//   out += "<p>";
//   out.append(text.data(), text.size());
//   std::string html = take(out);
#pragma once

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace broadsheet::detail {

#if defined(__OPTIMIZE_SIZE__)
#define BS_HTML_BUFFER_IS_STRING 1

using HtmlBuffer = std::string;

// The bytes, moved out; `buffer` is left empty.
inline std::string take(HtmlBuffer& buffer) {
    std::string out = std::move(buffer);
    buffer.clear();  // a moved-from string is valid but unspecified
    return out;
}

#else
#define BS_HTML_BUFFER_IS_STRING 0

class HtmlBuffer {
public:
    HtmlBuffer() = default;
    HtmlBuffer(HtmlBuffer&& other) noexcept : bytes_(std::move(other.bytes_)), size_(other.size_), capacity_(other.capacity_) {
        other.size_ = other.capacity_ = 0;
    }
    HtmlBuffer& operator=(HtmlBuffer&& other) noexcept {
        bytes_ = std::move(other.bytes_);
        size_ = other.size_;
        capacity_ = other.capacity_;
        other.size_ = other.capacity_ = 0;
        return *this;
    }
    HtmlBuffer(const HtmlBuffer&) = delete;  // buffers are handed on, never copied
    HtmlBuffer& operator=(const HtmlBuffer&) = delete;

    HtmlBuffer& append(const char* s, std::size_t n) {
        if (n > capacity_ - size_) grow(n);
        if (n) std::memcpy(bytes_.get() + size_, s, n);  // n == 0 may come with s == nullptr
        size_ += n;
        return *this;
    }
    HtmlBuffer& append(std::string_view s) { return append(s.data(), s.size()); }
    HtmlBuffer& operator+=(std::string_view s) { return append(s.data(), s.size()); }
    HtmlBuffer& operator+=(char c) {
        push_back(c);
        return *this;
    }
    void push_back(char c) {
        if (size_ == capacity_) grow(1);
        bytes_[size_++] = c;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    void clear() { size_ = 0; }  // keeps the capacity
    // Room for `n` bytes in all without growing again.
    void reserve(std::size_t n) {
        if (n > capacity_) grow(n - size_);
    }

    operator std::string_view() const { return {bytes_.get(), size_}; }

    // The bytes as a std::string; the buffer is left empty, its capacity kept.
    std::string take();

private:
    void grow(std::size_t n);  // room for n more bytes

    std::unique_ptr<char[]> bytes_;
    std::size_t size_ = 0;      // bytes written
    std::size_t capacity_ = 0;  // bytes allocated
};

// The bytes as a std::string; `buffer` is left empty.
inline std::string take(HtmlBuffer& buffer) { return buffer.take(); }

#endif

}  // namespace broadsheet::detail
