#include "post_check.h"

#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "linter.h"
#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

// The check reads elements and their attributes only: text that is an element's only child
// is kept in the element (parse_embed_pcdata) instead of a node of its own, which makes the
// parse of print.html more than twice as fast.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_doctype | pugi::parse_embed_pcdata;

/// A link of a page, in document order: either a finding already made (a missing file) or a
/// fragment to look up once every page's ids are known.
struct PendingLink {
  std::string problem;
  std::string href;
  std::string_view target;   ///< a key of the site's files, which outlive the check
  std::string decoded;       ///< the fragment, when it has %-escapes
  bool same_page = false;    ///< checked against the page's own ids once its walk is done

  std::string_view fragment() const {
    return decoded.empty() ? std::string_view(href).substr(href.find('#') + 1) : std::string_view(decoded);
  }
};

/// The paths of the site's files, for the many lookups of the links.
using FileSet = std::unordered_set<std::string_view>;

/// What the second pass needs of a page. The DOM itself is dropped after the first pass: the
/// sidebar makes the pages of a large book large, and keeping every DOM cost gigabytes.
/// Looks std::string keys up by string_view: a lookup copies nothing.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using IdSet = std::unordered_set<std::string, TextHash, std::equal_to<>>;

struct ParsedPage {
  IdSet ids;
  std::vector<PendingLink> links;
};

void problem(Diagnostics& out, const std::string& page, const std::string& message) {
  out.push_back({"post-check", Severity::Error, page, 0, 0, message, {}});
}

bool is_html(const std::string& path) { return path.ends_with(".html"); }

std::string resolve_path(const std::string& page, const std::string& href_path) {
  if (href_path.empty()) return page;
  // The common case, a plain path from a page of the top folder, needs no path algebra.
  bool plain = page.find('/') == std::string::npos && href_path.find('%') == std::string::npos &&
               is_normal_relative_path(href_path);
  if (plain) return href_path;
  return (fs::path(page).parent_path() / percent_decode(href_path)).lexically_normal().generic_string();
}

std::string missing_anchor(const PendingLink& link) {
  return "link '" + link.href + "' points to a missing anchor '#" + std::string(link.fragment()) + "'";
}

// The %-decoded fragment, or empty when it has no escapes (PendingLink::fragment reads it
// from the href then).
std::string unescaped_fragment(std::string_view fragment) {
  return fragment.find('%') == std::string_view::npos ? std::string() : percent_decode(std::string(fragment));
}

void collect_link(const std::string& path, std::string href, const FileSet& files, ParsedPage& parsed) {
  if (href.empty() || is_external_url(href)) return;
  std::size_t hash = href.find('#');
  std::string target = resolve_path(path, href.substr(0, hash));
  if (target.ends_with('/')) target += "index.html";
  auto file = files.find(target);
  if (file == files.end()) {
    parsed.links.push_back({"link '" + href + "' points to a missing file '" + target + "'", {}, {}, {}});
    return;
  }
  if (hash == std::string::npos || hash + 1 == href.size() || !is_html(target)) return;
  bool same_page = target == path;
  std::string decoded = unescaped_fragment(std::string_view(href).substr(hash + 1));
  parsed.links.push_back({{}, std::move(href), *file, std::move(decoded), same_page});
}

// A link within the page ("#id": all of print.html's links, millions in a large book) is
// checked as soon as the page's ids are known; only a broken one is kept, as a finding.
void check_fragment_link(std::string_view href, ParsedPage& parsed) {
  if (href.size() <= 1) return;
  std::string_view fragment = href.substr(1);
  bool found = fragment.find('%') == std::string_view::npos ? parsed.ids.find(fragment) != parsed.ids.end()
                                                            : parsed.ids.count(percent_decode(std::string(fragment))) > 0;
  if (found) return;
  PendingLink link{{}, std::string(href), {}, unescaped_fragment(fragment)};
  link.problem = missing_anchor(link);
  parsed.links.push_back(std::move(link));
}

// Links to this page by its name ("print.html#id" from print.html) are settled the same way.
void settle_same_page_links(ParsedPage& parsed) {
  std::erase_if(parsed.links, [&](PendingLink& link) {
    if (!link.same_page) return false;
    if (parsed.ids.find(link.fragment()) != parsed.ids.end()) return true;
    link.problem = missing_anchor(link);
    return false;
  });
}

/// The first id, href and src of an element (null when absent), found in one pass over its
/// attributes: three lookups by name cost three passes, on millions of elements.
struct LinkAttributes {
  const char* id = nullptr;
  const char* href = nullptr;
  const char* src = nullptr;
};

LinkAttributes link_attributes(pugi::xml_node node) {
  LinkAttributes found;
  for (pugi::xml_attribute attribute = node.first_attribute(); attribute; attribute = attribute.next_attribute()) {
    std::string_view name = attribute.name();
    const char** slot = name == "id" ? &found.id : name == "href" ? &found.href : name == "src" ? &found.src : nullptr;
    if (slot && !*slot) *slot = attribute.value();
  }
  return found;
}

// One walk over the tree collects the ids (each must be unique) and the links (href, src),
// which are then checked or kept in document order.
void collect_ids_and_links(const std::string& path, pugi::xml_node root, const FileSet& files, ParsedPage& parsed,
                           Diagnostics& out) {
  std::vector<const char*> hrefs;  // into the tree, alive until this function returns
  for (pugi::xml_node node = root.first_child(); node;) {
    if (node.type() == pugi::node_element) {
      LinkAttributes found = link_attributes(node);
      if (found.id && !parsed.ids.insert(found.id).second) {
        problem(out, path, "id '" + std::string(found.id) + "' is used twice in the page");
      }
      if (const char* link = found.href ? found.href : found.src) hrefs.push_back(link);
    }
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling() && node != root) node = node.parent();
    node = node && node != root ? node.next_sibling() : pugi::xml_node();
  }
  for (const char* href : hrefs) {
    if (href[0] == '#') check_fragment_link(href, parsed);
    else collect_link(path, href, files, parsed);
  }
  settle_same_page_links(parsed);
}

void check_links(const std::string& path, const ParsedPage& parsed,
                 const std::unordered_map<std::string_view, const ParsedPage*>& pages, Diagnostics& out) {
  for (const PendingLink& link : parsed.links) {
    if (!link.problem.empty()) {
      problem(out, path, link.problem);
      continue;
    }
    auto it = pages.find(link.target);
    if (it != pages.end() && it->second->ids.find(link.fragment()) == it->second->ids.end()) {
      problem(out, path, missing_anchor(link));
    }
  }
}

/// One page parsed, with the findings that need no other page.
struct PageCheck {
  bool parsed = false;
  ParsedPage page;
  Diagnostics findings;
};

PageCheck check_page(const std::string& path, const std::string& content, const FileSet& files) {
  PageCheck check;
  pugi::xml_document document;
  pugi::xml_parse_result result = document.load_buffer(content.data(), content.size(), kParseOptions);
  if (!result) {
    problem(check.findings, path, std::string("page is not well-formed at byte ") +
                                      std::to_string(result.offset) + ": " + result.description());
    return check;
  }
  check.parsed = true;
  collect_ids_and_links(path, document, files, check.page, check.findings);
  return check;
}

/// The HTML pages to check (all, or `only`), in path order.
std::vector<const std::pair<const std::string, std::string>*> pages_to_check(const SiteFiles& files,
                                                                            const std::set<std::string>* only) {
  std::vector<const std::pair<const std::string, std::string>*> html;
  for (const auto& file : files) {
    if (is_html(file.first) && (!only || only->count(file.first))) html.push_back(&file);
  }
  return html;
}

}  // namespace

void post_check(const SiteFiles& files, Diagnostics& diagnostics, const std::set<std::string>* only,
                const ScriptLinks& script_links) {
  auto html = pages_to_check(files, only);
  FileSet paths;
  for (const auto& file : files) paths.insert(file.first);
  std::vector<PageCheck> checks(html.size());
  // The largest first (print.html holds the whole book): none is then parsed alone at the end.
  parallel_for_largest_first(html.size(), [&](std::size_t i) { return html[i]->second.size(); },
                             [&](std::size_t i) { checks[i] = check_page(html[i]->first, html[i]->second, paths); });
  std::unordered_map<std::string_view, const ParsedPage*> pages;  // only the pages that parsed
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (checks[i].parsed) pages.emplace(html[i]->first, &checks[i].page);
  }
  std::vector<Diagnostics> found(html.size());
  parallel_for(html.size(), [&](std::size_t i) {
    if (checks[i].parsed) check_links(html[i]->first, checks[i].page, pages, found[i]);
  });
  for (const PageCheck& check : checks) diagnostics.insert(diagnostics.end(), check.findings.begin(), check.findings.end());
  for (const Diagnostics& page_found : found) diagnostics.insert(diagnostics.end(), page_found.begin(), page_found.end());
  for (const auto& [script, hrefs] : script_links) {
    ParsedPage parsed;
    for (const std::string& href : hrefs) collect_link(script, href, paths, parsed);
    check_links(script, parsed, pages, diagnostics);
  }
}

}  // namespace tebiki
