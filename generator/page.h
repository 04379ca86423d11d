// A page of the book as it moves through the build passes.
#pragma once

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "book_config.h"
#include "diagnostic.h"
#include "markdown.h"
#include "source.h"
#include "suppression.h"
#include "text_runs.h"

struct cmark_node;

namespace tebiki {

/// A heading with its anchor and number, as shown in tables of contents.
struct Heading {
  int level = 1;
  std::string id;          ///< anchor within the page (GitHub-style slug or {#custom})
  std::string number;      ///< "第1章", "1.2", "A.1", or empty
  std::string title;       ///< plain text, without the {#id} suffix
  cmark_node* node = nullptr;
  std::size_t offset = 0;  ///< byte offset in the source, for diagnostics

  /// "1.2 タイトル" or just the title.
  std::string numbered_title() const { return number.empty() ? title : number + " " + title; }
};

/// A node whose URL (link) or literal (raw HTML) differs between the site and print.html.
struct VariantText {
  cmark_node* node = nullptr;
  bool is_url = true;
  std::string site;
  std::string print;
};

struct Page {
  PageEntry entry;
  std::size_t index = 0;             ///< position in reading order
  std::string chapter_label;         ///< "1" for 第1章, "A" for 付録A, empty when unnumbered
  std::string number;                ///< "第1章", "付録A", or empty when unnumbered
  std::string output;                ///< path of the page in the site, e.g. "chapter1.html"
  std::string print_prefix;          ///< id prefix in print.html, e.g. "chapter1"
  std::optional<SourceFile> source;
  std::optional<MarkdownDocument> document;
  YAML::Node front_matter;
  std::vector<TextRun> runs;
  std::optional<Suppressions> suppressions;  ///< read before comments leave the tree
  std::vector<Heading> headings;
  std::vector<VariantText> variants;
  /// Whose numbered titles this page shows: the targets of its cross-references with empty
  /// text (xrefs), as "output#id" ("output#" for a page). serve re-lays every page out when
  /// one of these titles changes.
  std::vector<std::string> borrowed_titles;
  /// The groups that the glossary and references pages add (あ, か…; JIS, IETF…): their
  /// titles and ids, listed in the page's contents after its own headings.
  std::vector<std::pair<std::string, std::string>> group_headings;
  std::string title;                 ///< the first heading (or front matter title), plain text

  /// "第1章 はじめに": the page's number and title.
  std::string numbered_title() const;
  /// Drops the Markdown tree and what points into it, once the page is laid out; titles,
  /// headings and the source stay.
  void release_tree();
  bool has_anchor(const std::string& id) const;
  const Heading* find_heading(const std::string& id) const;
};

/// Runs `pass` on every page, on all cores. A pass changes only its own page (it may read the
/// others) and reports into the list it is given; the findings are then appended to
/// `diagnostics` page by page in reading order, as one loop over the pages would give them.
void for_each_page(std::vector<Page>& pages, Diagnostics& diagnostics,
                   const std::function<void(Page&, Diagnostics&)>& pass);

}  // namespace tebiki
