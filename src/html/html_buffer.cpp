// The out-of-line half of HtmlBuffer (html_buffer.hpp): growing and handing on.
#include "html/html_buffer.hpp"

namespace broadsheet::detail {

#if !BS_HTML_BUFFER_IS_STRING

// At least doubles, so n appends copy O(n) bytes in all. The new room is
// left unset (new char[], not std::string's resize, which zeroes it).
void HtmlBuffer::grow(std::size_t n) {
    std::size_t want = size_ + n;
    std::size_t capacity = 2 * capacity_ > 256 ? 2 * capacity_ : 256;
    if (capacity < want) capacity = want;
    std::unique_ptr<char[]> bytes(new char[capacity]);
    if (size_) std::memcpy(bytes.get(), bytes_.get(), size_);
    bytes_ = std::move(bytes);
    capacity_ = capacity;
}

std::string HtmlBuffer::take() {
    if (size_ == 0) return {};  // and bytes_ may be null
    std::string out(bytes_.get(), size_);
    size_ = 0;
    return out;
}

#endif

}  // namespace broadsheet::detail
