#include "post_check.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "page_anchors.h"
#include "linter.h"
#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

/// The site's files by path, each with the index of its page among those checked (or
/// kNotChecked): one lookup per link says whether the file exists and where its ids are.
using FileIndex = std::unordered_map<std::string_view, std::size_t>;
constexpr std::size_t kNotChecked = static_cast<std::size_t>(-1);
constexpr std::size_t kNoProblem = static_cast<std::size_t>(-1);

/// A link of a page, in document order: either a finding already made (a missing file) or a
/// fragment to look up once every page's ids are known. Views only: a large book has millions.
struct PendingLink {
  std::string_view href = {};           ///< into the page (or its decoded values)
  std::string_view fragment = {};       ///< after '#', %-decoded (then into ParsedPage::fragments)
  std::size_t target = kNotChecked;     ///< the checked page it points into (FileIndex)
  std::size_t problem = kNoProblem;     ///< the finding already made: its index in ParsedPage::problems
  bool same_page = false;               ///< checked against the page's own ids once its walk is done
};

/// A page's ids, as views into the page or into its decoded values.
using IdSet = std::unordered_set<std::string_view>;

/// What the second pass needs of a page: its ids and the links still to look up.
struct ParsedPage {
  std::deque<std::string> decoded;    ///< attribute values with references, which ids and links may view
  std::deque<std::string> fragments;  ///< fragments with %-escapes, decoded, which links view
  std::vector<std::string> problems;  ///< the messages of the links' findings
  IdSet ids;
  std::vector<PendingLink> links;

  /// The fragment as ids are compared: %-decoded when it has escapes.
  std::string_view fragment_of(std::string_view escaped) {
    if (escaped.find('%') == std::string_view::npos) return escaped;
    return fragments.emplace_back(percent_decode(escaped));
  }

  void add_problem(PendingLink link, std::string message) {
    link.problem = problems.size();
    problems.push_back(std::move(message));
    links.push_back(link);
  }
};

void problem(Diagnostics& out, const std::string& page, const std::string& message) {
  out.push_back({"post-check", Severity::Error, page, 0, 0, message, {}});
}

bool is_html(std::string_view path) { return path.ends_with(".html"); }

// The path a link's path part names, from `page`: the part itself in the common case (a plain
// path from a page of the top folder: no path algebra), else resolved into `storage`.
std::string_view resolve_path(const std::string& page, std::string_view href_path, std::string& storage) {
  if (href_path.empty()) return page;
  bool plain = page.find('/') == std::string::npos && href_path.find('%') == std::string_view::npos &&
               is_normal_relative_path(href_path);
  if (plain) return href_path;
  storage = (fs::path(page).parent_path() / percent_decode(href_path)).lexically_normal().generic_string();
  return storage;
}

std::string missing_anchor(const PendingLink& link) {
  return "link '" + std::string(link.href) + "' points to a missing anchor '#" + std::string(link.fragment) + "'";
}

/// Finds the files that a page's links name, remembering the last one found: a page's links
/// mostly go to a few files (every term link to the glossary).
class LinkResolver {
 public:
  LinkResolver(const std::string& path, const FileIndex& files) : path_(path), files_(files) {}

  const std::string& path() const { return path_; }

  /// The file that the link's path part names, or null with its resolved path in `missing`.
  const FileIndex::value_type* find(std::string_view part, std::string& missing) {
    if (last_ && part == last_part_) return last_;
    std::string resolved;
    std::string_view target = resolve_path(path_, part, resolved);
    if (target.ends_with('/')) {
      resolved = std::string(target) + "index.html";
      target = resolved;
    }
    auto file = files_.find(target);
    if (file == files_.end()) return missing = target, nullptr;
    last_part_ = part;
    return last_ = &*file;
  }

 private:
  const std::string& path_;
  const FileIndex& files_;
  std::string_view last_part_;  ///< into the page or a script's links, which outlive the check
  const FileIndex::value_type* last_ = nullptr;
};

void collect_link(LinkResolver& resolver, std::string_view href, ParsedPage& parsed) {
  if (href.empty() || is_external_url(href)) return;
  std::size_t hash = href.find('#');
  std::string missing;
  const FileIndex::value_type* file = resolver.find(href.substr(0, hash), missing);
  if (!file) return parsed.add_problem({href}, "link '" + std::string(href) + "' points to a missing file '" + missing + "'");
  if (hash == std::string_view::npos || hash + 1 == href.size() || !is_html(file->first)) return;
  bool same_page = file->first == resolver.path();
  parsed.links.push_back({href, parsed.fragment_of(href.substr(hash + 1)), file->second, kNoProblem, same_page});
}

// A link within the page ("#id": all of print.html's links, millions in a large book) is
// checked as soon as the page's ids are known; only a broken one is kept, as a finding.
void check_fragment_link(std::string_view href, ParsedPage& parsed) {
  if (href.size() <= 1) return;
  PendingLink link{href, parsed.fragment_of(href.substr(1))};
  if (!parsed.ids.contains(link.fragment)) parsed.add_problem(link, missing_anchor(link));
}

// Links to this page by its name ("print.html#id" from print.html) are settled the same way.
void settle_same_page_links(ParsedPage& parsed) {
  std::erase_if(parsed.links, [&](PendingLink& link) {
    if (!link.same_page) return false;
    if (parsed.ids.contains(link.fragment)) return true;
    link.problem = parsed.problems.size();
    parsed.problems.push_back(missing_anchor(link));
    return false;
  });
}

// The ids (each must be unique) are gathered, then the links (href, src) are checked or kept
// in document order.
void collect_ids_and_links(const std::string& path, const PageAnchors& anchors, const FileIndex& files,
                           ParsedPage& parsed, Diagnostics& out) {
  parsed.ids.reserve(anchors.ids.size());
  for (std::string_view id : anchors.ids) {
    if (!parsed.ids.insert(id).second) problem(out, path, "id '" + std::string(id) + "' is used twice in the page");
  }
  LinkResolver resolver(path, files);
  parsed.links.reserve(std::ranges::count_if(anchors.links, [](std::string_view href) { return !href.starts_with('#'); }));
  for (std::string_view href : anchors.links) {
    if (href.starts_with('#')) check_fragment_link(href, parsed);
    else collect_link(resolver, href, parsed);
  }
  settle_same_page_links(parsed);
}

/// One page parsed, with the findings that need no other page.
struct PageCheck {
  bool parsed = false;
  ParsedPage page;
  Diagnostics findings;
};

// A fragment into a page that did not parse is not checked: its ids are unknown.
void check_links(const std::string& path, const ParsedPage& parsed, const std::vector<PageCheck>& checks,
                 Diagnostics& out) {
  for (const PendingLink& link : parsed.links) {
    if (link.problem != kNoProblem) {
      problem(out, path, parsed.problems[link.problem]);
      continue;
    }
    if (link.target == kNotChecked || !checks[link.target].parsed) continue;
    if (!checks[link.target].page.ids.contains(link.fragment)) problem(out, path, missing_anchor(link));
  }
}

PageCheck check_page(const std::string& path, const std::string& content, const FileIndex& files) {
  PageCheck check;
  PageAnchors anchors;
  if (auto error = scan_anchors(content, anchors)) {
    problem(check.findings, path, "page is not well-formed at byte " + std::to_string(error->offset) + ": " +
                                      error->description);
    return check;
  }
  check.parsed = true;
  collect_ids_and_links(path, anchors, files, check.page, check.findings);
  check.page.decoded = std::move(anchors.decoded);  // a move keeps the strings where the views point
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
  FileIndex paths;
  paths.reserve(files.size());
  for (const auto& file : files) paths.emplace(file.first, kNotChecked);
  for (std::size_t i = 0; i < html.size(); ++i) paths[html[i]->first] = i;
  std::vector<PageCheck> checks(html.size());
  // The largest first (print.html holds the whole book): none is then parsed alone at the end.
  parallel_for_largest_first(html.size(), [&](std::size_t i) { return html[i]->second.size(); },
                             [&](std::size_t i) { checks[i] = check_page(html[i]->first, html[i]->second, paths); });
  std::vector<Diagnostics> found(html.size());
  parallel_for(html.size(), [&](std::size_t i) {
    if (checks[i].parsed) check_links(html[i]->first, checks[i].page, checks, found[i]);
  });
  for (const PageCheck& check : checks) diagnostics.insert(diagnostics.end(), check.findings.begin(), check.findings.end());
  for (const Diagnostics& page_found : found) diagnostics.insert(diagnostics.end(), page_found.begin(), page_found.end());
  for (const auto& [script, hrefs] : script_links) {
    ParsedPage parsed;
    LinkResolver resolver(script, paths);
    for (const std::string& href : hrefs) collect_link(resolver, href, parsed);
    check_links(script, parsed, checks, diagnostics);
  }
}

}  // namespace tebiki
