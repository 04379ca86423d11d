#include "html_scan.h"

#include <cstring>

#include "utf8_inline.h"

namespace tebiki {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_start(char c) {
  auto u = static_cast<unsigned char>(c);
  unsigned lower = u | 0x20u;
  return (lower >= 'a' && lower <= 'z') || c == '_' || c == ':' || u >= 0x80;
}

bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// A character reference's code point ("amp", "#38", "#x26"), or nothing for an unknown name.
std::optional<char32_t> reference_value(std::string_view name) {
  if (name == "amp") return U'&';
  if (name == "lt") return U'<';
  if (name == "gt") return U'>';
  if (name == "quot") return U'"';
  if (name == "apos") return U'\'';
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  bool hex = name[1] == 'x';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  char32_t value = 0;
  for (char c : digits) {
    int digit = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
  }
  if (value == 0 || value > 0x10FFFF) return std::nullopt;
  return value;
}

// An attribute value as XML reads it: references decoded (an unknown one kept as written),
// a line break (CR LF, CR or LF) or a tab made one space.
std::string decode_value(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '&') {
      std::size_t end = raw.find(';', i + 1);
      auto value = end == std::string_view::npos ? std::nullopt : reference_value(raw.substr(i + 1, end - i - 1));
      if (value) {
        append_utf8_inline(out, *value);
        i = end;
        continue;
      }
    }
    if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    out += c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

// A name compared with a short literal, inline: the scan compares every attribute's name.
template <std::size_t size>
bool is(std::string_view name, const char (&literal)[size]) {
  if (name.size() != size - 1) return false;
  for (std::size_t i = 0; i + 1 < size; ++i) {
    if (name[i] != literal[i]) return false;
  }
  return true;
}

class AnchorScanner {
 public:
  AnchorScanner(std::string_view html, PageAnchors& anchors) : html_(html), anchors_(anchors) {}

  std::optional<HtmlError> run() {
    while (!error_) {
      const void* open = std::memchr(html_.data() + at_, '<', html_.size() - at_);
      if (!open) break;
      at_ = static_cast<std::size_t>(static_cast<const char*>(open) - html_.data()) + 1;
      markup();
    }
    if (!error_ && !open_.empty()) fail(html_.size(), "Start-end tags mismatch");
    if (!error_ && !any_element_) fail(html_.size(), "No document element found");
    return error_;
  }

 private:
  char peek(std::size_t offset = 0) const { return at_ + offset < html_.size() ? html_[at_ + offset] : '\0'; }

  void fail(std::size_t offset, const char* description) {
    if (!error_) error_ = HtmlError{offset, description};
  }

  // Moves past `end`, or fails with `description` when the page ends first.
  void skip_past(std::string_view end, const char* description) {
    std::size_t found = html_.find(end, at_);
    if (found == std::string_view::npos) return fail(at_, description);
    at_ = found + end.size();
  }

  // What follows a '<'.
  void markup() {
    char next = peek();
    if (next == '/') return end_tag();
    if (next == '?') return skip_past("?>", "Error parsing document declaration/processing instruction");
    if (next != '!') return start_tag();
    if (html_.compare(at_, 3, "!--") == 0) return skip_past("-->", "Error parsing comment");
    if (html_.compare(at_, 8, "![CDATA[") == 0) return skip_past("]]>", "Error parsing CDATA section");
    skip_past(">", "Error parsing document type declaration");
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
    if (open_.empty() || open_.back() != closed) return fail(start, "Start-end tags mismatch");
    open_.pop_back();
    ++at_;
  }

  void start_tag() {
    std::size_t start = at_ - 1;
    std::string_view element = name();
    if (element.empty()) return fail(start, "Error parsing start element tag");
    any_element_ = true;
    std::optional<std::string_view> id, href, src;
    for (;;) {
      bool spaced = at_ < html_.size() && is_space(html_[at_]);
      skip_spaces();
      if (peek() == '>') return ++at_, open_.push_back(element), add(id, href, src);
      if (peek() == '/' && peek(1) == '>') return at_ += 2, add(id, href, src);
      std::string_view attribute = spaced ? name() : std::string_view();
      if (attribute.empty()) return fail(at_, "Error parsing start element tag");
      skip_spaces();
      if (peek() != '=') return fail(at_, "Error parsing attribute");
      ++at_;
      skip_spaces();
      char quote = peek();
      std::size_t close = quote == '"' || quote == '\'' ? html_.find(quote, at_ + 1) : std::string_view::npos;
      if (close == std::string_view::npos) return fail(at_, "Error parsing attribute");
      std::string_view raw = html_.substr(at_ + 1, close - at_ - 1);
      at_ = close + 1;
      // The first of each counts, as a lookup by name finds it.
      std::optional<std::string_view>* slot = is(attribute, "id") ? &id : is(attribute, "href") ? &href : is(attribute, "src") ? &src : nullptr;
      if (slot && !*slot) *slot = value(raw);
    }
  }

  void add(const std::optional<std::string_view>& id, const std::optional<std::string_view>& href,
           const std::optional<std::string_view>& src) {
    if (id) anchors_.ids.push_back(*id);
    if (href || src) anchors_.links.push_back(href ? *href : *src);
  }

  // The value as a view into the page, or into the decoded copies when it has references,
  // tabs or line breaks.
  std::string_view value(std::string_view raw) {
    for (char c : raw) {
      if (c == '&' || c == '\t' || c == '\n' || c == '\r') return anchors_.decoded.emplace_back(decode_value(raw));
    }
    return raw;
  }

  std::string_view html_;
  PageAnchors& anchors_;
  std::size_t at_ = 0;
  std::vector<std::string_view> open_;  ///< names of the elements open at this point
  std::optional<HtmlError> error_;
  bool any_element_ = false;
};

}  // namespace

std::optional<HtmlError> scan_anchors(std::string_view html, PageAnchors& anchors) {
  return AnchorScanner(html, anchors).run();
}

}  // namespace tebiki
