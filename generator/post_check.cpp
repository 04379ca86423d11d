#include "post_check.h"

#include <pugixml.hpp>

#include <filesystem>
#include <set>
#include <vector>

#include "linter.h"
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

void collect_link(const std::string& path, const std::string& href, const SiteFiles& files, ParsedPage& parsed) {
  if (href.empty() || is_external_url(href)) return;
  std::size_t hash = href.find('#');
  std::string target = resolve_path(path, href.substr(0, hash));
  if (target.ends_with('/')) target += "index.html";
  if (!files.count(target)) {
    parsed.links.push_back({"link '" + href + "' points to a missing file '" + target + "'", {}, {}, {}});
    return;
  }
  if (hash == std::string::npos || hash + 1 == href.size() || !is_html(target)) return;
  parsed.links.push_back({{}, href, target, percent_decode(href.substr(hash + 1))});
}

void collect_links(const std::string& path, const pugi::xml_document& document, const SiteFiles& files,
                   ParsedPage& parsed) {
  for (const char* query : {"//*[@href]", "//*[@src]"}) {
    for (pugi::xpath_node node : document.select_nodes(query)) {
      pugi::xml_attribute attribute = node.node().attribute("href");
      if (!attribute) attribute = node.node().attribute("src");
      collect_link(path, attribute.value(), files, parsed);
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

/// One page parsed, with the findings that need no other page.
struct PageCheck {
  bool parsed = false;
  ParsedPage page;
  Diagnostics findings;
};

PageCheck check_page(const std::string& path, const std::string& content, const SiteFiles& files) {
  PageCheck check;
  pugi::xml_document document;
  pugi::xml_parse_result result = document.load_buffer(content.data(), content.size(), kParseOptions);
  if (!result) {
    problem(check.findings, path, std::string("page is not well-formed at byte ") +
                                      std::to_string(result.offset) + ": " + result.description());
    return check;
  }
  check.parsed = true;
  collect_ids(path, document, check.page, check.findings);
  collect_links(path, document, files, check.page);
  return check;
}

}  // namespace

void post_check(const SiteFiles& files, Diagnostics& diagnostics, const std::set<std::string>* only,
                const ScriptLinks& script_links) {
  std::vector<const std::pair<const std::string, std::string>*> html;
  for (const auto& file : files) {
    if (is_html(file.first) && (!only || only->count(file.first))) html.push_back(&file);
  }
  std::vector<PageCheck> checks(html.size());
  parallel_for(html.size(), [&](std::size_t i) { checks[i] = check_page(html[i]->first, html[i]->second, files); });
  std::map<std::string, ParsedPage> pages;  // only the pages that parsed
  for (std::size_t i = 0; i < html.size(); ++i) {
    diagnostics.insert(diagnostics.end(), checks[i].findings.begin(), checks[i].findings.end());
    if (checks[i].parsed) pages.emplace(html[i]->first, std::move(checks[i].page));
  }
  checks.clear();
  for (const auto& [path, parsed] : pages) check_links(path, parsed, pages, diagnostics);
  for (const auto& [script, hrefs] : script_links) {
    ParsedPage parsed;
    for (const std::string& href : hrefs) collect_link(script, href, files, parsed);
    check_links(script, parsed, pages, diagnostics);
  }
}

}  // namespace tebiki
