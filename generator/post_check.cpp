#include "post_check.h"

#include <pugixml.hpp>

#include <filesystem>
#include <set>

#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_doctype;

struct ParsedPage {
  pugi::xml_document document;
  std::set<std::string> ids;
  bool ok = false;
};

void problem(Diagnostics& out, const std::string& page, const std::string& message) {
  out.push_back({"post-check", Severity::Error, page, 0, 0, message, {}});
}

void collect_ids(const std::string& path, ParsedPage& parsed, Diagnostics& out) {
  for (pugi::xpath_node node : parsed.document.select_nodes("//*[@id]")) {
    std::string id = node.node().attribute("id").value();
    if (!parsed.ids.insert(id).second) problem(out, path, "id '" + id + "' is used twice in the page");
  }
}

bool is_html(const std::string& path) { return path.ends_with(".html"); }

std::string resolve_path(const std::string& page, const std::string& href_path) {
  if (href_path.empty()) return page;
  return (fs::path(page).parent_path() / percent_decode(href_path)).lexically_normal().generic_string();
}

void check_links(const std::string& path, const ParsedPage& parsed,
                 const std::map<std::string, ParsedPage>& pages, const SiteFiles& files,
                 Diagnostics& out) {
  for (const char* query : {"//*[@href]", "//*[@src]"}) {
    for (pugi::xpath_node node : parsed.document.select_nodes(query)) {
      pugi::xml_attribute attribute = node.node().attribute("href");
      if (!attribute) attribute = node.node().attribute("src");
      std::string href = attribute.value();
      if (href.empty() || is_external_url(href)) continue;
      std::size_t hash = href.find('#');
      std::string target = resolve_path(path, href.substr(0, hash));
      if (target.ends_with('/')) target += "index.html";
      if (!files.count(target)) {
        problem(out, path, "link '" + href + "' points to a missing file '" + target + "'");
        continue;
      }
      if (hash == std::string::npos || hash + 1 == href.size() || !is_html(target)) continue;
      std::string fragment = percent_decode(href.substr(hash + 1));
      auto it = pages.find(target);
      if (it != pages.end() && it->second.ok && !it->second.ids.count(fragment)) {
        problem(out, path, "link '" + href + "' points to a missing anchor '#" + fragment + "'");
      }
    }
  }
}

}  // namespace

void post_check(const SiteFiles& files, Diagnostics& diagnostics) {
  std::map<std::string, ParsedPage> pages;
  for (const auto& [path, content] : files) {
    if (!is_html(path)) continue;
    ParsedPage& parsed = pages[path];
    pugi::xml_parse_result result = parsed.document.load_buffer(content.data(), content.size(), kParseOptions);
    if (!result) {
      problem(diagnostics, path, std::string("page is not well-formed at byte ") +
                                     std::to_string(result.offset) + ": " + result.description());
      continue;
    }
    parsed.ok = true;
    collect_ids(path, parsed, diagnostics);
  }
  for (const auto& [path, parsed] : pages) {
    if (parsed.ok) check_links(path, parsed, pages, files, diagnostics);
  }
}

}  // namespace tebiki
