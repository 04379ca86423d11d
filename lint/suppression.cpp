#include "suppression.h"

#include <cmark-gfm.h>

#include <map>
#include <sstream>
#include <string_view>

namespace tebiki {
namespace {

struct Directive {
  std::string verb;  // disable, enable, disable-next-line, disable-line
  std::set<std::string> rules;
  std::size_t offset = 0;
};

// Parses the inside of one HTML comment; nullopt-like (empty verb) when it is no directive.
Directive parse_directive(std::string_view comment, std::size_t offset) {
  Directive directive;
  std::istringstream words{std::string(comment)};
  std::string word;
  words >> word;
  for (std::string_view prefix : {"tebiki-", "textlint-"}) {
    if (word.starts_with(prefix)) directive.verb = word.substr(prefix.size());
  }
  if (directive.verb != "disable" && directive.verb != "enable" &&
      directive.verb != "disable-next-line" && directive.verb != "disable-line") {
    directive.verb.clear();
    return directive;
  }
  while (words >> word) {
    while (!word.empty() && word.back() == ',') word.pop_back();
    if (!word.empty()) directive.rules.insert(word);
  }
  directive.offset = offset;
  return directive;
}

void scan_comments(std::string_view html, std::size_t offset, std::vector<Directive>& out) {
  for (std::size_t at = html.find("<!--"); at != std::string_view::npos; at = html.find("<!--", at + 4)) {
    std::size_t close = html.find("-->", at + 4);
    if (close == std::string_view::npos) return;
    Directive directive = parse_directive(html.substr(at + 4, close - at - 4), offset + at);
    if (!directive.verb.empty()) out.push_back(std::move(directive));
  }
}

void collect(cmark_node* node, const MarkdownDocument& document, std::string_view source,
             std::vector<Directive>& out) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    cmark_node_type type = cmark_node_get_type(child);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      const char* literal = cmark_node_get_literal(child);
      std::string_view html = literal ? literal : "";
      // Inline HTML has no reliable position of its own: find it from its block's start.
      cmark_node* block = type == CMARK_NODE_HTML_BLOCK ? child : cmark_node_parent(child);
      while (block && cmark_node_get_start_line(block) == 0) block = cmark_node_parent(block);
      std::size_t from = block ? document.offset(cmark_node_get_start_line(block),
                                                 cmark_node_get_start_column(block)) : 0;
      std::size_t at = source.find(html, from);
      scan_comments(html, at == std::string_view::npos ? from : at, out);
    }
    collect(child, document, source, out);
  }
}

}  // namespace

Suppressions::Suppressions(const MarkdownDocument& document, const SourceFile& source) {
  std::vector<Directive> directives;
  collect(document.root(), document, source.text(), directives);
  std::map<std::string, std::size_t> open;  // rule ("" = all) → where it was disabled
  auto close = [&](const std::string& rule, std::size_t end) {
    auto it = open.find(rule);
    if (it == open.end()) return;
    ranges_.push_back({it->second, end, rule.empty() ? std::set<std::string>{} : std::set{rule}});
    open.erase(it);
  };
  for (const Directive& d : directives) {
    std::size_t line = source.position(d.offset).line;
    if (d.verb == "disable-next-line" || d.verb == "disable-line") {
      std::size_t target = d.verb == "disable-line" ? line : line + 1;
      ranges_.push_back({source.line_start(target), source.line_start(target + 1), d.rules});
    } else if (d.verb == "disable") {
      if (d.rules.empty()) open.emplace("", d.offset);
      for (const auto& rule : d.rules) open.emplace(rule, d.offset);
    } else if (d.rules.empty()) {
      while (!open.empty()) close(open.begin()->first, d.offset);
    } else {
      for (const auto& rule : d.rules) close(rule, d.offset);
    }
  }
  while (!open.empty()) close(open.begin()->first, source.text().size() + 1);
}

bool Suppressions::suppressed(const std::string& rule, std::size_t offset) const {
  for (const SuppressedRange& range : ranges_) {
    if (offset >= range.begin && offset < range.end && (range.rules.empty() || range.rules.count(rule))) {
      return true;
    }
  }
  return false;
}

}  // namespace tebiki
