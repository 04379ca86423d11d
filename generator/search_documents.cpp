#include "search_documents.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstring>

#include "linter.h"

namespace tebiki {
namespace {

// Calls found(name) for each class of the node until it returns true.
template <typename Found>
bool any_class(pugi::xml_node node, Found found) {
  std::string_view classes = node.attribute("class").value();
  for (std::size_t at = 0; at <= classes.size();) {
    std::size_t end = std::min(classes.find(' ', at), classes.size());
    if (found(classes.substr(at, end - at))) return true;
    at = end + 1;
  }
  return false;
}

bool has_class(pugi::xml_node node, std::string_view name) {
  return any_class(node, [&](std::string_view found) { return found == name; });
}

// Sorted, for binary_search: every element and every node's classes are looked up.
constexpr std::array<std::string_view, 5> kSkippedElements = {"nav", "pre", "script", "style", "template"};
constexpr std::array<std::string_view, 6> kSkippedClasses = {"cited-in", "footnote-backref", "footnote-ref",
                                                             "footnotes", "reading", "used-in"};
// Elements whose text is not run together with the text around them.
constexpr std::array<std::string_view, 25> kBlockElements = {
    "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "li", "ol", "p", "section", "table", "td", "th", "tr", "ul"};

static_assert(std::ranges::is_sorted(kSkippedElements) && std::ranges::is_sorted(kSkippedClasses) &&
              std::ranges::is_sorted(kBlockElements));

template <std::size_t size>
bool is_listed(const std::array<std::string_view, size>& sorted, std::string_view name) {
  return std::binary_search(sorted.begin(), sorted.end(), name);
}

bool is_skipped(pugi::xml_node node) {
  if (is_listed(kSkippedElements, node.name())) return true;
  return any_class(node, [](std::string_view name) { return is_listed(kSkippedClasses, name); });
}

bool is_block(std::string_view name) { return is_listed(kBlockElements, name); }

int heading_level(pugi::xml_node node) {
  const char* name = node.name();
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') return name[1] - '0';
  return 0;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

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

void append_text(std::string& out, pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) append_collapsed(out, child.value());
    else if (child.type() == pugi::node_element && !is_skipped(child)) append_text(out, child);
  }
}

std::string trimmed(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && text[start] == ' ') ++start;
  return text.substr(start);
}

// The page's own text, as the XPath //div[contains(concat(' ', @class, ' '), ' tebiki-content ')]
// would find it (the first in document order), without compiling and running a query.
bool is_content(pugi::xml_node node) {
  return std::strcmp(node.name(), "div") == 0 && has_class(node, "tebiki-content");
}

struct DocumentCollector {
  std::size_t page;
  std::string_view page_title;
  std::vector<SearchDocument>& docs;
  int current = -1;
  std::vector<int> open_headings;  ///< documents of the headings enclosing the current point

  void start_heading(pugi::xml_node node, int level) {
    while (!open_headings.empty() && docs[open_headings.back()].level >= level) open_headings.pop_back();
    SearchDocument doc{page, node.attribute("id").value(), "", "", level, -1, "", ""};
    if (!open_headings.empty()) doc.parent = open_headings.back();
    for (pugi::xml_node child : node.children()) {
      if (has_class(child, "secno")) doc.number = trimmed(child.text().get());
      else if (child.type() == pugi::node_pcdata) append_collapsed(doc.title, child.value());
      else if (child.type() == pugi::node_element && !is_skipped(child)) append_text(doc.title, child);
    }
    doc.title = trimmed(doc.title);
    current = static_cast<int>(docs.size());
    open_headings.push_back(current);
    docs.push_back(std::move(doc));
  }

  void start_entry(pugi::xml_node node) {
    SearchDocument doc{page, node.attribute("id").value(), "", "", 0, -1, "", ""};
    if (!open_headings.empty()) doc.parent = open_headings.back();
    append_text(doc.title, node);
    doc.title = trimmed(doc.title);
    current = static_cast<int>(docs.size());
    docs.push_back(std::move(doc));
  }

  // Text before any heading belongs to a document for the page itself.
  void append(std::string_view text) {
    if (current < 0) {
      if (text.find_first_not_of(" \n\t\r") == std::string_view::npos) return;
      current = static_cast<int>(docs.size());
      docs.push_back({page, "", "", std::string(page_title), 1, -1, "", ""});
      open_headings.push_back(current);
    }
    append_collapsed(docs[current].text, text);
  }

  void element(pugi::xml_node node) {
    if (is_skipped(node)) return;
    int level = heading_level(node);
    std::string_view id = node.attribute("id").value();
    if (level && !id.empty() && !id.starts_with("tebiki-")) return start_heading(node, level);
    if (level && !id.empty()) return;  // a theme heading (glossary group): its label is no content
    if (std::strcmp(node.name(), "dt") == 0 && !id.empty()) return start_entry(node);
    bool block = is_block(node.name());
    int before = current;
    if (block && current >= 0) append(" ");
    children(node);
    if (block && current >= 0) append(" ");
    // After a list of entries, the text is the enclosing section's again.
    if (std::strcmp(node.name(), "dl") == 0 && before >= 0) current = before;
  }

  void children(pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) append(child.value());
      else if (child.type() == pugi::node_element) element(child);
    }
  }
};

}  // namespace

bool collect_search_documents(std::size_t page, std::string_view page_title, std::string_view html,
                              std::vector<SearchDocument>& docs) {
  pugi::xml_document document;
  if (!document.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata)) return false;
  pugi::xml_node content = document.find_node(is_content);
  if (!content) return false;
  std::size_t first = docs.size();
  DocumentCollector collector{page, page_title, docs, -1, {}};
  collector.children(content);
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
