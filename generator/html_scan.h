// One pass over a produced page's markup, for the passes that read pages as rendered (the
// post-check's ids and links, the search documents). scan_html calls a handler for each start
// tag, end tag, text and CDATA section in document order, and checks that the tags nest: the
// page is well-formed XML, as tebiki writes it. No tree is built: a large book's print.html
// holds millions of elements. What it accepts and how it reads values are pugixml's
// (parse_default | parse_doctype | parse_ws_pcdata), which read the pages before.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tebiki {

/// Where and why a page is not well-formed.
struct HtmlError {
  std::size_t offset = 0;
  std::string description;
};

/// An attribute of a start tag, its value as written between the quotes.
struct HtmlAttribute {
  std::string_view name;
  std::string_view raw;
};

/// Whether two names are the same, compared inline: the scans compare names at every tag, and
/// a call to memcmp costs more than these few bytes.
inline bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

/// The raw value of the first attribute named `name` (as a lookup by name finds it).
inline std::optional<std::string_view> find_attribute(std::span<const HtmlAttribute> attributes,
                                                      std::string_view name) {
  for (const HtmlAttribute& attribute : attributes) {
    if (same_name(attribute.name, name)) return attribute.raw;
  }
  return std::nullopt;
}

/// What the scans ask of a byte, looked up in one table (a byte's tests cost one load).
enum HtmlCharClass : unsigned char {
  kHtmlNameStart = 1,     ///< a letter, '_', ':' or a byte of a multibyte character
  kHtmlNameChar = 2,      ///< a name start, a digit, '-' or '.'
  kHtmlSpace = 4,         ///< ' ', tab, LF, CR
  kHtmlAttributeRead = 8, ///< '&', tab, LF, CR: read_attribute changes them
};

inline constexpr std::array<unsigned char, 256> kHtmlCharClasses = [] {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    bool start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
    bool name = start || (c >= '0' && c <= '9') || c == '-' || c == '.';
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    classes[c] = static_cast<unsigned char>((start ? kHtmlNameStart : 0) | (name ? kHtmlNameChar : 0) |
                                            (space ? kHtmlSpace : 0) |
                                            (c == '&' || (space && c != ' ') ? kHtmlAttributeRead : 0));
  }
  return classes;
}();

inline bool is_html_class(char c, HtmlCharClass html_class) {
  return kHtmlCharClasses[static_cast<unsigned char>(c)] & html_class;
}

/// Whether an attribute value reads as written: no reference (&…;), tab or line break.
inline bool is_plain_attribute(std::string_view raw) {
  for (char c : raw) {
    if (is_html_class(c, kHtmlAttributeRead)) return false;
  }
  return true;
}

/// An attribute value as XML reads it: character references decoded (&amp; &#38; &#x26;; a
/// malformed or unknown one kept as written), a tab or line break (CR LF, CR, LF) made a space.
/// As pugixml reads them: a numeric reference past 32 bits wraps around, one to a surrogate or
/// past U+10FFFF is still written as UTF-8, and one to 0 ends the value (its C string) there.
std::string read_attribute(std::string_view raw);
/// Text as XML reads it: references decoded as read_attribute does, a line break (CR LF, CR)
/// made LF.
std::string read_text(std::string_view raw);
/// A CDATA section's text: line breaks made LF, nothing decoded.
std::string read_cdata(std::string_view raw);

/// The scanner behind scan_html. Handler has:
///   start_tag(std::string_view name, std::span<const HtmlAttribute> attributes)
///   end_tag(std::string_view name)   (also right after the start tag of "<x/>")
///   text(std::string_view raw)       (text between two pieces of markup, inside an element)
///   cdata(std::string_view raw)      (the inside of "<![CDATA[…]]>", inside an element)
/// Comments and processing instructions split the text around them but call nothing, as
/// pugixml makes two text nodes of "a<!-- c -->b".
template <typename Handler>
class HtmlScanner {
 public:
  HtmlScanner(std::string_view html, Handler& handler) : html_(html), handler_(handler) {}

  std::optional<HtmlError> run() {
    while (!error_) {
      const void* open = std::memchr(html_.data() + at_, '<', html_.size() - at_);
      std::size_t end = open ? static_cast<std::size_t>(static_cast<const char*>(open) - html_.data()) : html_.size();
      if (end > at_ && !open_.empty()) handler_.text(html_.substr(at_, end - at_));
      if (!open) break;
      at_ = end + 1;
      markup();
    }
    if (!error_ && !open_.empty()) fail(html_.size(), "Start-end tags mismatch");
    if (!error_ && !any_element_) fail(html_.size(), "No document element found");
    return error_;
  }

 private:
  static bool is_space(char c) { return is_html_class(c, kHtmlSpace); }
  static bool is_name_start(char c) { return is_html_class(c, kHtmlNameStart); }
  static bool is_name_char(char c) { return is_html_class(c, kHtmlNameChar); }

  char peek(std::size_t offset = 0) const { return at_ + offset < html_.size() ? html_[at_ + offset] : '\0'; }

  void fail(std::size_t offset, const char* description) {
    if (!error_) error_ = HtmlError{offset, description};
  }

  bool starts_with(std::string_view prefix) const { return html_.compare(at_, prefix.size(), prefix) == 0; }

  // Moves past the first `end` from `from` on and returns where it starts, or npos after
  // failing with `description` when the page ends first.
  std::size_t skip_past(std::string_view end, std::size_t from, const char* description) {
    std::size_t found = html_.find(end, from);
    if (found == std::string_view::npos) fail(at_, description);
    else at_ = found + end.size();
    return found;
  }

  // What follows a '<'.
  void markup() {
    char next = peek();
    if (next == '/') return end_tag();
    if (next == '?') return instruction();
    if (next == '!') return declaration();
    start_tag();
  }

  // "<?target …?>": skipped, but its target must be a name.
  void instruction() {
    const char* description = "Error parsing document declaration/processing instruction";
    if (!is_name_start(peek(1))) return fail(at_, description);
    skip_past("?>", at_ + 1, description);
  }

  // A comment, a CDATA section or the doctype (only outside the elements).
  void declaration() {
    if (starts_with("!--")) {
      skip_past("-->", at_ + 3, "Error parsing comment");
    } else if (starts_with("![CDATA[")) {
      std::size_t start = at_ + 8;
      std::size_t end = skip_past("]]>", start, "Error parsing CDATA section");
      if (end != std::string_view::npos && !open_.empty()) handler_.cdata(html_.substr(start, end - start));
    } else if (starts_with("!DOCTYPE") && open_.empty()) {
      skip_past(">", at_, "Error parsing document type declaration");
    } else {
      char next = peek(1);
      fail(at_, next == '-'   ? "Error parsing comment"
                : next == '[' ? "Error parsing CDATA section"
                : next == 'D' ? "Error parsing document type declaration"
                              : "Could not determine tag type");
    }
  }

  std::string_view name() {
    std::size_t start = at_;
    if (!is_name_start(peek())) return {};
    while (at_ < html_.size() && is_name_char(html_[at_])) ++at_;
    return html_.substr(start, at_ - start);
  }

  void skip_spaces() {
    while (at_ < html_.size() && is_space(html_[at_])) ++at_;
  }

  void end_tag() {
    std::size_t start = at_ - 1;
    ++at_;
    std::string_view closed = name();
    skip_spaces();
    if (closed.empty() || peek() != '>') return fail(start, "Error parsing end element tag");
    if (open_.empty() || !same_name(open_.back(), closed)) return fail(start, "Start-end tags mismatch");
    open_.pop_back();
    ++at_;
    handler_.end_tag(closed);
  }

  void start_tag() {
    std::size_t start = at_ - 1;
    std::string_view element = name();
    if (element.empty()) return fail(start, "Error parsing start element tag");
    any_element_ = true;
    attributes_.clear();
    for (;;) {
      bool spaced = at_ < html_.size() && is_space(html_[at_]);
      skip_spaces();
      bool empty = peek() == '/' && peek(1) == '>';
      if (empty || peek() == '>') return open(element, empty);
      if (!spaced) return fail(at_, "Error parsing start element tag");
      if (!attribute()) return;
    }
  }

  // The end of a start tag: ">", or "/>" for an element that closes at once.
  void open(std::string_view element, bool empty) {
    at_ += empty ? 2 : 1;
    handler_.start_tag(element, attributes_);
    if (empty) handler_.end_tag(element);
    else open_.push_back(element);
  }

  // name="value" (or 'value'), added to attributes_; false after failing.
  bool attribute() {
    std::string_view attribute = name();
    if (attribute.empty()) return fail(at_, "Error parsing start element tag"), false;
    skip_spaces();
    if (peek() != '=') return fail(at_, "Error parsing attribute"), false;
    ++at_;
    skip_spaces();
    char quote = peek();
    std::size_t close = quote == '"' || quote == '\'' ? html_.find(quote, at_ + 1) : std::string_view::npos;
    if (close == std::string_view::npos) return fail(at_, "Error parsing attribute"), false;
    attributes_.push_back({attribute, html_.substr(at_ + 1, close - at_ - 1)});
    at_ = close + 1;
    return true;
  }

  std::string_view html_;
  Handler& handler_;
  std::size_t at_ = 0;
  std::vector<std::string_view> open_;      ///< names of the elements open at this point
  std::vector<HtmlAttribute> attributes_;   ///< the current start tag's
  std::optional<HtmlError> error_;
  bool any_element_ = false;
};

/// Scans `html`, calling `handler` (see HtmlScanner) in document order. Accepts what pugixml
/// accepts of a page: at least one element, elements that nest and close (or end in "/>"),
/// quoted attribute values, comments, CDATA sections, processing instructions and a doctype
/// outside the elements. Stops at the first error: the handler has then seen only a part.
template <typename Handler>
std::optional<HtmlError> scan_html(std::string_view html, Handler& handler) {
  return HtmlScanner<Handler>(html, handler).run();
}

}  // namespace tebiki
