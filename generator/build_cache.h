// What `tebiki serve` keeps from one build to the next, so that an edit re-renders only the
// pages it affects. Every pass still runs on every page (they are cheap and their findings
// must be whole); what is reused is the expensive part: laying pages out through the theme,
// and linting. A page's HTML is reused when its source bytes, its own layout key (its
// number, title and headings, and its neighbours' titles, which the pager shows) and the
// book's layout key (every page's output, and the titles that cross-references with empty
// text show) are those of the build that produced it. The sidebar lists the other
// pages from toc.js, so a title alone changes that script, the page and its neighbours. The
// pages that list uses from every page (glossary, references), print.html and the search
// index are redone each time.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "book_config.h"
#include "checklist.h"
#include "diagnostic.h"
#include "glossary.h"
#include "page.h"
#include "post_check.h"
#include "references.h"

namespace tebiki {

/// The config and the data files, loaded and checked (the build's first passes).
struct BookInputs {
  BookConfig config;
  Glossary glossary;
  References references;
  Checklist checklist;
};

struct BuildCache {
  struct CachedPage {
    std::string rendered_source;  ///< source bytes of the HTML in `files`
    std::string layout_key;       ///< page_layout_key of the HTML in `files`
    std::string print_content;    ///< the page's part of print.html
    std::string linted_source;    ///< source bytes that `lint` was found in
    Diagnostics lint;
  };

  std::optional<BookInputs> inputs;  ///< as loaded, before any pass changed them
  SiteFiles files;                 ///< the site of the last build, updated in place
  std::set<std::string> changed;   ///< files written since the caller last cleared it
  /// Files the current full build put or kept: the others belong to pages or data that are
  /// gone (a chapter renamed or removed) and are dropped at its end.
  std::set<std::string> produced;
  std::map<std::string, CachedPage> pages;  ///< by page output
  std::string layout_key;
  std::set<std::string> borrowed;  ///< the borrowed_titles that layout_key was made with
  /// By source path: each page's front matter and headings alone, standing in for the page
  /// in the quick pass (stand_in_source).
  std::map<std::string, std::string> stand_ins;

  /// Forgets everything a page's HTML was derived from (config or data files changed); the
  /// files stay, so that `changed` still lists only what really differs.
  void invalidate();
  /// True when the page's HTML in `files` can be kept as it is: `key` is the book's
  /// layout_key, `page_key` the page's page_layout_key.
  bool reusable(const Page& page, const std::string& key, const std::string& page_key) const;
  /// True when the page's lint findings are still those of its source.
  bool linted(const Page& page) const;
  /// The stand-ins of every page but those given.
  std::map<std::string, std::string> stand_ins_except(const std::set<std::string>& sources) const;
  /// Keeps the findings of the pages just linted; returns the findings of every page.
  Diagnostics remember_lint(const std::vector<Page>& pages, Diagnostics found);
  /// Notes that the current build keeps a file of the last one as it is.
  void keep(const std::string& path) { produced.insert(path); }
  /// Drops every file that the build that just ended neither put nor kept (noted as
  /// changed), with its cached page. A full build clears `produced` when it starts.
  void drop_unproduced();
};

/// Puts a file into the site; with a cache, notes it as changed when its content differs.
void put_site_file(SiteFiles& files, BuildCache* cache, const std::string& path, std::string content);

/// A page reduced to its front matter and its headings, each with its id given explicitly:
/// numbered and cross-referenced like the page itself, but a hundred times faster to load.
std::string stand_in_source(const Page& page);

/// Every page's borrowed titles ("output#id"), sorted and unique.
std::set<std::string> borrowed_titles(const std::vector<Page>& pages);

/// What every page may show of the others: each page's output, and the numbered titles of
/// `borrowed` (borrowed_titles). Anchors are not part of it: a link shows the anchor its
/// source names, and a link to an anchor that went away is reported by the xrefs pass.
std::string layout_key(const std::vector<Page>& pages, const std::set<std::string>& borrowed);

/// What one page shows of itself and of its neighbours: its number, title and headings (its
/// sidebar entry and contents), and the previous and next pages' outputs and titles.
std::string page_layout_key(const std::vector<Page>& pages, const Page& page);

}  // namespace tebiki
