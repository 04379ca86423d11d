// tebiki.yml: the book's title, order of pages, data files and lint settings.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config.h"
#include "source.h"

namespace tebiki {

enum class PageKind { Front, Chapter, Appendix };

/// One page of the book as listed in the config (path relative to the source folder).
struct PageEntry {
  std::string path;
  PageKind kind = PageKind::Chapter;
};

struct BookConfig {
  std::filesystem::path source_dir;
  std::filesystem::path config_path;  ///< empty when the folder has no tebiki.yml
  std::string title;
  std::string base_url;
  std::string language = "ja";
  std::vector<PageEntry> pages;       ///< front page, chapters, appendices, in reading order
  bool numbered = true;               ///< 第1章, 1.1 … (off for a plain folder of Markdown)
  std::string glossary;               ///< paths relative to source_dir; empty when absent
  std::string references;
  std::string checklist;
  std::set<std::string> glossary_nolink;   ///< terms never linked automatically
  std::vector<std::string> reference_bodies;  ///< display order of Appendix C's groups
  bool links_warn = false;            ///< broken links are warnings, not errors
  bool allow_html = false;            ///< pass raw HTML in Markdown through
  LintConfig lint;
};

/// Reads SRC/tebiki.yml, or `config_file` when given. Without a config, every .md below
/// the folder is a page in path order. Problems are appended to *errors (exit 2).
/// Why `folder` cannot be a book's folder, with a hint when the current folder is itself a
/// book (`tebiki init DIR`, then `cd DIR`: the default content/ is not there); nullopt when it can.
std::optional<std::string> book_folder_problem(const std::filesystem::path& folder);

std::optional<BookConfig> load_book_config(const std::filesystem::path& source_dir,
                                           const std::filesystem::path& config_file,
                                           std::vector<SourceError>* errors);

}  // namespace tebiki
