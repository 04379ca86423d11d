#include "xrefs.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

namespace tebiki {
namespace fs = std::filesystem;
namespace {

// A linked file is copied into the site: one that a symbolic link takes outside the book
// (to /etc/passwd, say) must not be.
bool resolves_inside(const fs::path& folder, const fs::path& relative) {
  std::error_code root_error, target_error;  // one code each: a failure must not be overwritten
  fs::path root = fs::weakly_canonical(folder, root_error);
  fs::path target = fs::weakly_canonical(folder / relative, target_error);
  if (root_error || target_error || root.empty()) return false;
  auto [end, unused] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return end == root.end();
}

struct LinkTarget {
  const Page* page = nullptr;
  std::string fragment;
  std::string asset;  // a local non-page file
  std::string problem;
};

class CrossReferencer {
 public:
  CrossReferencer(const BookConfig& config, std::vector<Page>& pages, const ExtraAnchors& extra)
      : config_(config), pages_(pages), extra_(extra) {
    for (const Page& page : pages_) {
      by_source_[fs::path(page.entry.path).lexically_normal().generic_string()] = &page;
    }
  }

  // Pages are linked in parallel: each changes only its own tree and reads the others'
  // headings; the assets and findings of each page are kept apart and joined in order.
  void run(LinkedAssets* assets, Diagnostics& diagnostics) {
    std::vector<LinkedAssets> page_assets(pages_.size());
    for_each_page(pages_, diagnostics, [&](Page& page, Diagnostics& found) {
      PageLinks links{page, page_assets[page.index], found};
      visit(links, page.document->root());
    });
    for (const LinkedAssets& linked : page_assets) assets->insert(linked.begin(), linked.end());
  }

 private:
  /// The page being linked and where its findings go.
  struct PageLinks {
    Page& page;
    LinkedAssets& assets;
    Diagnostics& diagnostics;
  };

  void visit(PageLinks& links, cmark_node* node) {
    for (cmark_node* child = cmark_node_first_child(node); child;) {
      cmark_node_type type = cmark_node_get_type(child);
      if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && !link(links, child)) {
        child = unwrap(child);
        continue;
      }
      visit(links, child);
      child = cmark_node_next(child);
    }
  }

  /// False when the link is broken (and reported).
  bool link(PageLinks& links, cmark_node* node) {
    Page& page = links.page;
    const char* raw = cmark_node_get_url(node);
    std::string url = raw ? raw : "";
    if (url.empty() || is_external_url(url) || url.starts_with("term:")) return true;
    LinkTarget target = resolve(page, url);
    if (!target.problem.empty()) return report(page, node, target.problem, links.diagnostics), false;
    if (!target.asset.empty()) {
      links.assets.insert(target.asset);
      page.variants.push_back({node, true, relative_href(page.output, target.asset),
                               relative_href("print.html", target.asset)});
      return true;
    }
    page.variants.push_back({node, true, site_href(page, target), print_href(target)});
    bool is_link = cmark_node_get_type(node) == CMARK_NODE_LINK;
    if (is_link && !cmark_node_first_child(node)) fill_empty_text(page, node, target);
    return true;
  }

  // A broken link (kept with --links warn) becomes its text, so that no page carries a dead
  // link and the post-check does not report it a second time. Returns the next node to visit.
  cmark_node* unwrap(cmark_node* node) {
    if (!cmark_node_first_child(node)) {
      cmark_node* url = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(url, cmark_node_get_url(node));
      cmark_node_append_child(node, url);
    }
    cmark_node* first = cmark_node_first_child(node);
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);
    return first;
  }

  LinkTarget resolve(const Page& page, const std::string& url) {
    LinkTarget target;
    std::size_t hash = url.find('#');
    std::string path = percent_decode(url.substr(0, hash));
    target.fragment = hash == std::string::npos ? "" : percent_decode(url.substr(hash + 1));
    if (path.starts_with('/')) {
      target.problem = "link '" + url + "' is absolute; use a path relative to this page";
      return target;
    }
    if (path.empty()) {
      target.page = &page;
    } else {
      fs::path joined = (fs::path(page.entry.path).parent_path() / path).lexically_normal();
      std::string key = joined.generic_string();
      if (key.starts_with("..")) {
        target.problem = "link '" + url + "' points outside the book";
        return target;
      }
      auto it = by_source_.find(key);
      if (it != by_source_.end()) {
        target.page = it->second;
      } else if (std::error_code ec; joined.extension() != ".md" && fs::is_regular_file(config_.source_dir / joined, ec)) {
        if (!resolves_inside(config_.source_dir, joined)) {
          target.problem = "link '" + url + "' leads outside the book through a symbolic link";
          return target;
        }
        target.asset = key;
        return target;
      } else if (is_refusal(ec)) {
        target.problem = "link to file '" + path + "' that cannot be read: " + ec.message();
        return target;
      } else {
        bool page_like = joined.extension() == ".md";
        target.problem = (page_like ? "link to unknown page '" : "link to missing file '") + path + "'";
        return target;
      }
    }
    if (!target.fragment.empty() && !has_anchor(*target.page, target.fragment)) {
      target.problem = "link to unknown anchor '#" + target.fragment + "' in " + target.page->entry.path;
    }
    return target;
  }

  bool has_anchor(const Page& page, const std::string& id) const {
    if (page.has_anchor(id)) return true;
    auto it = extra_.find(page.output);
    return it != extra_.end() && it->second.count(id) > 0;
  }

  std::string site_href(const Page& from, const LinkTarget& target) const {
    std::string href = target.page == &from ? "" : relative_href(from.output, target.page->output);
    if (!target.fragment.empty()) href += "#" + target.fragment;
    return href.empty() ? "#" : href;
  }

  // Heading ids are prefixed per page in print.html; generated ids (term-…, ref-…) are unique.
  std::string print_href(const LinkTarget& target) const {
    bool heading = target.fragment.empty() || target.page->has_anchor(target.fragment);
    return "#" + (heading ? print_anchor(*target.page, target.fragment) : target.fragment);
  }

  void fill_empty_text(Page& page, cmark_node* node, const LinkTarget& target) {
    const Heading* heading = target.fragment.empty() ? nullptr : target.page->find_heading(target.fragment);
    std::string text = heading ? heading->numbered_title() : target.page->numbered_title();
    cmark_node* literal = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(literal, text.c_str());
    cmark_node_append_child(node, literal);
    page.borrowed_titles.push_back(target.page->output + "#" + (heading ? heading->id : ""));
  }

  void report(const Page& page, cmark_node* node, const std::string& message, Diagnostics& diagnostics) const {
    std::size_t offset = link_offset(page, node);
    diagnostics.push_back({"links", config_.links_warn ? Severity::Warning : Severity::Error,
                            page.source->path(), offset, offset + 1, message, {}});
  }

  const BookConfig& config_;
  std::vector<Page>& pages_;
  const ExtraAnchors& extra_;
  std::map<std::string, const Page*> by_source_;
};

}  // namespace

bool is_normal_relative_path(std::string_view path) {
  if (path.empty()) return false;
  for (std::size_t at = 0; at <= path.size();) {
    std::size_t end = std::min(path.find('/', at), path.size());
    std::string_view segment = path.substr(at, end - at);
    if (segment.empty() || segment == "." || segment == "..") return false;
    at = end + 1;
  }
  return true;
}

std::string relative_href(const std::string& from_page, const std::string& to_path) {
  // The common case (every term link and back-link of a flat book) skips the path algebra.
  if (from_page.find('/') == std::string::npos && is_normal_relative_path(to_path)) return to_path;
  fs::path from_dir = fs::path(from_page).parent_path();
  return fs::path(to_path).lexically_relative(from_dir.empty() ? "." : from_dir).generic_string();
}

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    int high = text[i] == '%' && i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
    int low = high >= 0 ? hex_digit(text[i + 2]) : -1;
    if (low >= 0) {
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_external_url(std::string_view url) {
  if (url.starts_with("//")) return true;
  std::size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(url[0])) && url.compare(0, 5, "term:") != 0;
}

bool is_script_url(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    bool leading = scheme.empty() && static_cast<unsigned char>(c) <= ' ';
    if (c == '\t' || c == '\n' || c == '\r' || leading) continue;
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme.size() == 16) break;  // longer than any prefix looked at
  }
  static const char* const kImages[] = {"data:image/png", "data:image/gif", "data:image/jpeg",
                                         "data:image/webp"};
  for (const char* image : kImages) {
    if (scheme.starts_with(image)) return false;  // shown, never run
  }
  for (const char* unsafe : {"javascript:", "vbscript:", "file:", "data:"}) {
    if (scheme.starts_with(unsafe)) return true;
  }
  return false;
}

namespace {

// The block (paragraph, heading, table cell…) that holds an inline node.
cmark_node* enclosing_block(cmark_node* node) {
  while (node && cmark_node_get_start_line(node) == 0) node = cmark_node_parent(node);
  while (node && (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE) {
    node = cmark_node_parent(node);
  }
  return node;
}

// The literal text of a link's first child, when it is text: how a reference link is found.
std::string first_text(cmark_node* link) {
  cmark_node* child = cmark_node_first_child(link);
  const char* literal = child && cmark_node_get_type(child) == CMARK_NODE_TEXT ? cmark_node_get_literal(child) : nullptr;
  return literal ? literal : "";
}

// cmark-gfm gives a link its line and byte column, right on a paragraph's first line but
// short by the indentation it strips from a continuation line: the link's '[' (or "![") is
// at or after that column on that line, the first followed by the link's text (a literal
// '[' may come first: "   [[text](url)"), else the first.
std::optional<std::size_t> inline_position(const Page& page, cmark_node* link) {
  int line = cmark_node_get_start_line(link);
  if (line <= 0 || cmark_node_get_start_column(link) <= 0) return std::nullopt;  // made by tebiki
  std::string_view text = page.source->text();
  std::size_t from = page.document->offset(line, cmark_node_get_start_column(link));
  std::size_t line_end = std::min(text.find('\n', from), text.size());
  std::string open = cmark_node_get_type(link) == CMARK_NODE_IMAGE ? "![" : "[";
  std::size_t at = text.find(open + first_text(link), from);
  if (at >= line_end) at = text.find(open, from);
  return at < line_end ? std::optional<std::size_t>(at) : std::nullopt;
}

// For a link without a position: the first "](url" or "](<url>" of its block, or for a
// reference link "[text", or the block's start.
std::size_t position_in_block(const Page& page, cmark_node* link, cmark_node* block) {
  std::string_view text = page.source->text();
  std::size_t from = page.document->offset(cmark_node_get_start_line(block), cmark_node_get_start_column(block));
  const char* url = cmark_node_get_url(link);
  for (const std::string& destination : {std::string("](") + (url ? url : ""), std::string("](<") + (url ? url : "") + ">"}) {
    std::size_t at = text.find(destination, from);
    if (at == text.npos) continue;
    std::size_t open = text.rfind('[', at);
    return open == text.npos || open < from ? at : open;
  }
  std::size_t at = text.find("[" + first_text(link), from);
  return at == text.npos ? from : at;
}

}  // namespace

std::size_t link_offset(const Page& page, cmark_node* link) {
  if (auto at = inline_position(page, link)) return *at;
  cmark_node* block = enclosing_block(link);
  if (!block) return 0;
  std::size_t at = position_in_block(page, link, block);
  bool image = cmark_node_get_type(link) == CMARK_NODE_IMAGE;
  return image && at > 0 && page.source->text()[at - 1] == '!' ? at - 1 : at;
}

std::string print_anchor(const Page& page, const std::string& id) {
  return id.empty() ? page.print_prefix : page.print_prefix + "--" + id;
}

void resolve_cross_references(const BookConfig& config, std::vector<Page>& pages,
                              const ExtraAnchors& extra, LinkedAssets* assets,
                              Diagnostics& diagnostics) {
  CrossReferencer(config, pages, extra).run(assets, diagnostics);
}

}  // namespace tebiki
