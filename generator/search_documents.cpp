#include "search_documents.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "html_scan.h"
#include "linter.h"

namespace tebiki {
namespace {

// Calls found(name) for each class in a class attribute's value until it returns true.
template <typename Found>
bool any_class(std::string_view classes, Found found) {
  for (std::size_t at = 0; at <= classes.size();) {
    std::size_t end = std::min(classes.find(' ', at), classes.size());
    if (found(classes.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

bool has_class(std::string_view classes, std::string_view name) {
  return any_class(classes, [&](std::string_view found) { return same_name(found, name); });
}

constexpr std::array<std::string_view, 5> kSkippedElements = {"nav", "pre", "script", "style", "template"};
constexpr std::array<std::string_view, 6> kSkippedClasses = {"cited-in", "footnote-backref", "footnote-ref",
                                                             "footnotes", "reading", "used-in"};
// Elements whose text is not run together with the text around them.
constexpr std::array<std::string_view, 25> kBlockElements = {
    "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "li", "ol", "p", "section", "table", "td", "th", "tr", "ul"};

// Every element and every class is looked up: a scan of the short list, by length first, is
// quicker than a binary search that compares the strings.
template <std::size_t size>
bool is_listed(const std::array<std::string_view, size>& names, std::string_view name) {
  return std::ranges::any_of(names, [&](std::string_view listed) { return same_name(listed, name); });
}

bool is_skipped(std::string_view name, std::string_view classes) {
  if (is_listed(kSkippedElements, name)) return true;
  return any_class(classes, [](std::string_view found) { return is_listed(kSkippedClasses, found); });
}

bool is_block(std::string_view name) { return is_listed(kBlockElements, name); }

int heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

bool is_space(char c) { return is_html_class(c, kHtmlSpace); }

// Appends text with runs of white space collapsed to one space (none at the start of out).
void append_collapsed(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    out.append(text, i, end - i);
    if (end < text.size() && !out.empty() && out.back() != ' ') out += ' ';
    for (i = end; i < text.size() && is_space(text[i]);) ++i;
  }
}

// Without its leading and trailing spaces, in place (a document's text is long).
std::string trimmed(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && text[start] == ' ') ++start;
  text.erase(0, start);
  return text;
}

// The first attribute `name`'s value as read (empty when there is none), in storage when it
// had to be decoded.
std::string_view attribute_value(std::span<const HtmlAttribute> attributes, std::string_view name,
                                 std::string& storage) {
  std::optional<std::string_view> raw = find_attribute(attributes, name);
  if (!raw || is_plain_attribute(*raw)) return raw.value_or(std::string_view());
  storage = read_attribute(*raw);
  return storage;
}

/// How the text inside an element is read.
enum class Reading : unsigned char {
  kBody,       ///< the current document's text
  kTitle,      ///< a heading's own children: text is title (its CDATA is not), a secno child the number
  kTitleText,  ///< an entry's <dt>, or an element inside a title: all its text is title
  kNumber,     ///< a heading's secno: its first text (or CDATA) child is the number
  kIgnored,    ///< skipped, or below a secno
};

/// An element open inside the content, and what its end tag does.
struct Frame {
  Reading inside = Reading::kBody;
  bool block = false;   ///< spaced from the text around it
  bool list = false;    ///< a <dl>: the current document is again `before` after it
  bool titled = false;  ///< a heading's or entry's element: its title is complete at its end
  int before = -1;
};

// Reads the page's own text (the first <div class="… tebiki-content …">) as the walk of its
// element tree did: a heading with an id or a <dt id> starts a document, text goes to the
// current one, and skipped elements (navigation, code, footnotes, back-links) are left out.
class DocumentCollector {
 public:
  DocumentCollector(std::size_t page, std::string_view page_title, std::vector<SearchDocument>& docs)
      : page_(page), page_title_(page_title), docs_(docs) {}

  bool found_content() const { return found_; }

  void start_tag(std::string_view name, std::span<const HtmlAttribute> attributes) {
    if (frames_.empty()) {
      if (!found_) find_content(name, attributes);
      return;
    }
    Reading parent = frames_.back().inside;
    if (parent == Reading::kIgnored || parent == Reading::kNumber) return push(Reading::kIgnored);
    std::string storage;
    std::string_view classes = attribute_value(attributes, "class", storage);
    if (parent == Reading::kBody) return body_element(name, attributes, classes);
    if (parent == Reading::kTitle && has_class(classes, "secno")) return start_number();
    push(is_skipped(name, classes) ? Reading::kIgnored : Reading::kTitleText);
  }

  void end_tag(std::string_view) {
    if (frames_.empty()) return;
    Frame frame = frames_.back();
    frames_.pop_back();
    if (frame.titled) docs_[current_].title = trimmed(std::move(docs_[current_].title));
    if (frame.inside != Reading::kBody) return;
    if (frame.block && current_ >= 0) append(" ");
    // After a list of entries, the text is the enclosing section's again.
    if (frame.list && frame.before >= 0) current_ = frame.before;
  }

  // Text whose white space is collapsed reads the same with a CR as with the LF it stands
  // for: only references need decoding. A number is read exactly.
  void text(std::string_view raw) {
    Reading reading = frames_.empty() ? Reading::kIgnored : frames_.back().inside;
    if (reading == Reading::kIgnored) return;
    if (reading == Reading::kNumber) return read_number(read_text(raw));
    if (!std::memchr(raw.data(), '&', raw.size())) return read(raw, reading);
    read(read_text(raw), reading);
  }

  void cdata(std::string_view raw) {
    Reading reading = frames_.empty() ? Reading::kIgnored : frames_.back().inside;
    if (reading == Reading::kIgnored || reading == Reading::kTitle) return;  // a heading's own CDATA is not title
    if (reading == Reading::kNumber) return read_number(read_cdata(raw));
    read(raw, reading);
  }

 private:
  void push(Reading inside) { frames_.push_back({inside}); }

  void find_content(std::string_view name, std::span<const HtmlAttribute> attributes) {
    std::string storage;
    if (!same_name(name, "div") || !has_class(attribute_value(attributes, "class", storage), "tebiki-content")) return;
    found_ = true;
    push(Reading::kBody);
  }

  void body_element(std::string_view name, std::span<const HtmlAttribute> attributes, std::string_view classes) {
    if (is_skipped(name, classes)) return push(Reading::kIgnored);
    int level = heading_level(name);
    std::string storage;
    std::string_view id = attribute_value(attributes, "id", storage);
    if (level && !id.empty() && !id.starts_with("tebiki-")) return start_heading(id, level);
    if (level && !id.empty()) return push(Reading::kIgnored);  // a theme heading (glossary group): no content
    if (same_name(name, "dt") && !id.empty()) return start_entry(id);
    bool block = is_block(name);
    if (block && current_ >= 0) append(" ");
    frames_.push_back({Reading::kBody, block, same_name(name, "dl"), false, current_});
  }

  void start_heading(std::string_view id, int level) {
    while (!open_headings_.empty() && docs_[open_headings_.back()].level >= level) open_headings_.pop_back();
    start_document(id, level);
    open_headings_.push_back(current_);
    frames_.push_back({Reading::kTitle, false, false, true});
  }

  void start_entry(std::string_view id) {
    start_document(id, 0);
    frames_.push_back({Reading::kTitleText, false, false, true});
  }

  void start_document(std::string_view id, int level) {
    SearchDocument doc{page_, std::string(id), "", "", level, -1, "", ""};
    if (!open_headings_.empty()) doc.parent = open_headings_.back();
    current_ = static_cast<int>(docs_.size());
    docs_.push_back(std::move(doc));
  }

  // A secno's number is its first text child, trimmed; "" when it has none.
  void start_number() {
    docs_[current_].number.clear();
    number_pending_ = true;
    push(Reading::kNumber);
  }

  void read(std::string_view text, Reading reading) {
    if (reading == Reading::kBody) return append(text);
    append_collapsed(docs_[current_].title, text);
  }

  void read_number(std::string text) {
    if (number_pending_) docs_[current_].number = trimmed(std::move(text));
    number_pending_ = false;
  }

  // Text before any heading belongs to a document for the page itself.
  void append(std::string_view text) {
    if (current_ < 0) {
      if (text.find_first_not_of(" \n\t\r") == std::string_view::npos) return;
      current_ = static_cast<int>(docs_.size());
      docs_.push_back({page_, "", "", std::string(page_title_), 1, -1, "", ""});
      open_headings_.push_back(current_);
    }
    append_collapsed(docs_[current_].text, text);
  }

  std::size_t page_;
  std::string_view page_title_;
  std::vector<SearchDocument>& docs_;
  int current_ = -1;
  std::vector<int> open_headings_;  ///< documents of the headings enclosing the current point
  std::vector<Frame> frames_;       ///< the elements open inside the content, its root first
  bool found_ = false;
  bool number_pending_ = false;
};

}  // namespace

bool collect_search_documents(std::size_t page, std::string_view page_title, std::string_view html,
                              std::vector<SearchDocument>& docs) {
  // pugixml read a page up to its first NUL byte, if it has one.
  if (const void* nul = std::memchr(html.data(), '\0', html.size())) {
    html = html.substr(0, static_cast<std::size_t>(static_cast<const char*>(nul) - html.data()));
  }
  std::size_t first = docs.size();
  DocumentCollector collector(page, page_title, docs);
  if (scan_html(html, collector) || !collector.found_content()) {
    docs.resize(first);
    return false;
  }
  for (std::size_t i = first; i < docs.size(); ++i) docs[i].text = trimmed(std::move(docs[i].text));
  return true;
}

std::vector<SearchDocument> collect_book_documents(const std::vector<RenderedPage>& pages,
                                                   std::vector<std::size_t>& numbered) {
  std::vector<std::vector<SearchDocument>> per_page(pages.size());
  std::vector<char> parsed(pages.size(), 0);
  parallel_for_largest_first(pages.size(), [&](std::size_t i) { return pages[i].html.size(); }, [&](std::size_t i) {
    parsed[i] = collect_search_documents(0, pages[i].title, pages[i].html, per_page[i]);
  });
  std::vector<SearchDocument> docs;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (!parsed[i]) continue;
    int offset = static_cast<int>(docs.size());
    for (SearchDocument& doc : per_page[i]) {
      doc.page = numbered.size();
      if (doc.parent >= 0) doc.parent += offset;
      docs.push_back(std::move(doc));
    }
    numbered.push_back(i);
    std::vector<SearchDocument>().swap(per_page[i]);
  }
  return docs;
}

}  // namespace tebiki
