#include "post_check.h"

#include <pugixml.hpp>

#include <filesystem>
#include <set>
#include <vector>

#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_doctype;

/// A link of a page, in document order: either a finding already made (a missing file) or a
/// fragment to look up once every page's ids are known.
struct PendingLink {
  std::string problem;
  std::string href, target, fragment;
};

/// What the second pass needs of a page. The DOM itself is dropped after the first pass: the
/// sidebar makes the pages of a large book large, and keeping every DOM cost gigabytes.
struct ParsedPage {
  std::set<std::string> ids;
  std::vector<PendingLink> links;
};

void problem(Diagnostics& out, const std::string& page, const std::string& message) {
  out.push_back({"post-check", Severity::Error, page, 0, 0, message, {}});
}

void collect_ids(const std::string& path, const pugi::xml_document& document, ParsedPage& parsed, Diagnostics& out) {
  for (pugi::xpath_node node : document.select_nodes("//*[@id]")) {
    std::string id = node.node().attribute("id").value();
    if (!parsed.ids.insert(id).second) problem(out, path, "id '" + id + "' is used twice in the page");
  }
}

bool is_html(const std::string& path) { return path.ends_with(".html"); }

std::string resolve_path(const std::string& page, const std::string& href_path) {
  if (href_path.empty()) return page;
  return (fs::path(page).parent_path() / percent_decode(href_path)).lexically_normal().generic_string();
}

void collect_links(const std::string& path, const pugi::xml_document& document, const SiteFiles& files,
                   ParsedPage& parsed) {
  for (const char* query : {"//*[@href]", "//*[@src]"}) {
    for (pugi::xpath_node node : document.select_nodes(query)) {
      pugi::xml_attribute attribute = node.node().attribute("href");
      if (!attribute) attribute = node.node().attribute("src");
      std::string href = attribute.value();
      if (href.empty() || is_external_url(href)) continue;
      std::size_t hash = href.find('#');
      std::string target = resolve_path(path, href.substr(0, hash));
      if (target.ends_with('/')) target += "index.html";
      if (!files.count(target)) {
        parsed.links.push_back({"link '" + href + "' points to a missing file '" + target + "'", {}, {}, {}});
        continue;
      }
      if (hash == std::string::npos || hash + 1 == href.size() || !is_html(target)) continue;
      parsed.links.push_back({{}, href, target, percent_decode(href.substr(hash + 1))});
    }
  }
}

void check_links(const std::string& path, const ParsedPage& parsed, const std::map<std::string, ParsedPage>& pages,
                 Diagnostics& out) {
  for (const PendingLink& link : parsed.links) {
    if (!link.problem.empty()) {
      problem(out, path, link.problem);
      continue;
    }
    auto it = pages.find(link.target);
    if (it != pages.end() && !it->second.ids.count(link.fragment)) {
      problem(out, path, "link '" + link.href + "' points to a missing anchor '#" + link.fragment + "'");
    }
  }
}

}  // namespace

void post_check(const SiteFiles& files, Diagnostics& diagnostics, const std::set<std::string>* only) {
  std::map<std::string, ParsedPage> pages;  // only the pages that parsed
  for (const auto& [path, content] : files) {
    if (!is_html(path) || (only && !only->count(path))) continue;
    pugi::xml_document document;
    pugi::xml_parse_result result = document.load_buffer(content.data(), content.size(), kParseOptions);
    if (!result) {
      problem(diagnostics, path, std::string("page is not well-formed at byte ") +
                                     std::to_string(result.offset) + ": " + result.description());
      continue;
    }
    ParsedPage& parsed = pages[path];
    collect_ids(path, document, parsed, diagnostics);
    collect_links(path, document, files, parsed);
  }
  for (const auto& [path, parsed] : pages) check_links(path, parsed, pages, diagnostics);
}

}  // namespace tebiki
