#include "book_config.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "checksheet_page.h"
#include "load.h"
#include "registry.h"
#include "yaml_error.h"
#include "yaml_keys.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kTopLevelKeys = {
    "title", "base_url", "language", "front", "chapters", "appendices", "glossary", "references",
    "checklist", "reference_bodies", "glossary_nolink", "links", "allow_html", "numbered", "lint"};
const std::vector<std::string> kLintKeys = {"dictionaries", "long_vowel", "long_vowel_keep", "periods",
                                            "strict", "rules"};

class ConfigReader {
 public:
  ConfigReader(const YamlFile& file, std::vector<SourceError>* errors) : file_(file), errors_(errors) {}

  void fail(const YAML::Node& node, const std::string& message) {
    errors_->push_back(file_.error(node.Mark(), message));
  }

  void check_keys(const YAML::Node& map, const std::vector<std::string>& known, std::string_view place) {
    tebiki::check_keys(file_, map, known, place, errors_);
  }

  std::optional<std::string> scalar(const YAML::Node& map, const char* key) {
    YAML::Node node = map[key];
    if (!node) return std::nullopt;
    if (!node.IsScalar()) {
      fail(node, std::string("'") + key + "' must be a string");
      return std::nullopt;
    }
    return node.Scalar();
  }

  std::vector<std::string> list(const YAML::Node& map, const char* key) {
    std::vector<std::string> items;
    YAML::Node node = map[key];
    if (!node) return items;
    if (!node.IsSequence()) {
      fail(node, std::string("'") + key + "' must be a list");
      return items;
    }
    for (const auto& item : node) {
      if (item.IsScalar()) items.push_back(item.Scalar());
      else fail(item, std::string("items of '") + key + "' must be strings");
    }
    return items;
  }

  bool flag(const YAML::Node& map, const char* key, bool fallback) {
    auto text = scalar(map, key);
    if (!text) return fallback;
    if (*text == "true" || *text == "on" || *text == "yes") return true;
    if (*text == "false" || *text == "off" || *text == "no") return false;
    fail(map[key], std::string("'") + key + "' must be true or false");
    return fallback;
  }

  const std::string& path() const { return file_.path; }

 private:
  const YamlFile& file_;
  std::vector<SourceError>* errors_;
};

// Pages by file identity (device, inode): a symbolic or hard link to a page listed before is
// that page listed twice, which would build it as two chapters.
class ListedFiles {
 public:
  /// The page listed before that is the same file as `file`, if any; else remembers it.
  std::optional<std::string> same_as(const std::string& page, const fs::path& file) {
    struct stat info;
    if (::stat(file.c_str(), &info) != 0) return std::nullopt;
    auto [it, added] = pages_.emplace(std::pair(info.st_dev, info.st_ino), page);
    return added ? std::nullopt : std::optional<std::string>(it->second);
  }

 private:
  std::map<std::pair<dev_t, ino_t>, std::string> pages_;
};

bool is_rule_id(const std::string& id) {
  return std::find(rule_ids().begin(), rule_ids().end(), id) != rule_ids().end();
}

void read_rule_settings(ConfigReader& reader, const YAML::Node& rules, LintConfig& lint) {
  if (!rules) return;
  if (!rules.IsMap()) return reader.fail(rules, "'lint.rules' must be a mapping of rule id to on, off or a severity");
  for (const auto& entry : rules) {
    std::string id = entry.first.as<std::string>();
    if (!is_rule_id(id)) {
      reader.fail(entry.first, unknown_name_message("rule", id, "'lint.rules'", rule_ids()));
      continue;
    }
    std::string value = entry.second.IsScalar() ? entry.second.Scalar() : "";
    RuleSetting setting;
    if (value == "off" || value == "false") setting.enabled = false;
    else if (value == "on" || value == "true") setting.enabled = true;
    else if (auto severity = parse_severity(value)) setting.severity = severity;
    else reader.fail(entry.second, "rule '" + id + "': expected on, off, error, warning or note");
    lint.rules[id] = setting;
  }
}

void read_lint(ConfigReader& reader, const YAML::Node& node, const fs::path& base, LintConfig& lint) {
  if (!node) return;
  if (!node.IsMap()) return reader.fail(node, "'lint' must be a mapping");
  reader.check_keys(node, kLintKeys, "'lint'");
  for (const auto& dictionary : reader.list(node, "dictionaries")) {
    lint.dictionaries.push_back((base / dictionary).lexically_normal().string());
  }
  if (auto style = reader.scalar(node, "long_vowel")) {
    if (*style == "jis") lint.long_vowel = LongVowelStyle::Jis;
    else if (*style == "kokuji") lint.long_vowel = LongVowelStyle::Kokuji;
    else reader.fail(node["long_vowel"], "'lint.long_vowel' must be jis or kokuji");
  }
  lint.long_vowel_keep = reader.list(node, "long_vowel_keep");
  if (auto periods = reader.scalar(node, "periods")) {
    if (*periods == "japanese") lint.periods = PeriodStyle::Japanese;
    else if (*periods == "western") lint.periods = PeriodStyle::Western;
    else if (*periods == "mixed") lint.periods = PeriodStyle::Mixed;
    else reader.fail(node["periods"], "'lint.periods' must be japanese, western or mixed");
  }
  lint.strict_dictionaries = reader.flag(node, "strict", false);
  read_rule_settings(reader, node["rules"], lint);
}

void add_pages(ConfigReader& reader, const YAML::Node& map, const char* key, PageKind kind,
               BookConfig& book) {
  for (const auto& path : reader.list(map, key)) book.pages.push_back({path, kind});
}

// Marks the YAML node listing a page (its n-th listing, counting from 0, in reading order),
// for located errors about it.
YAML::Node page_list_node(const YAML::Node& root, const std::string& path, int occurrence) {
  if (root["front"] && root["front"].IsScalar() && root["front"].Scalar() == path && occurrence-- == 0) {
    return root["front"];
  }
  for (const char* key : {"chapters", "appendices"}) {
    if (root[key] && root[key].IsSequence()) {
      for (const auto& item : root[key]) {
        if (item.IsScalar() && item.Scalar() == path && occurrence-- == 0) return item;
      }
    }
  }
  return root;
}

void read_config(ConfigReader& reader, const YAML::Node& root, BookConfig& book) {
  reader.check_keys(root, kTopLevelKeys, "tebiki.yml");
  book.title = reader.scalar(root, "title").value_or("");
  if (book.title.empty()) reader.fail(root, "tebiki.yml needs a 'title'");
  book.base_url = reader.scalar(root, "base_url").value_or("");
  book.language = reader.scalar(root, "language").value_or("ja");
  if (auto front = reader.scalar(root, "front")) book.pages.push_back({*front, PageKind::Front});
  add_pages(reader, root, "chapters", PageKind::Chapter, book);
  add_pages(reader, root, "appendices", PageKind::Appendix, book);
  book.glossary = reader.scalar(root, "glossary").value_or("");
  book.references = reader.scalar(root, "references").value_or("");
  book.checklist = reader.scalar(root, "checklist").value_or("");
  book.reference_bodies = reader.list(root, "reference_bodies");
  for (const auto& term : reader.list(root, "glossary_nolink")) book.glossary_nolink.insert(term);
  book.numbered = reader.flag(root, "numbered", true);
  book.allow_html = reader.flag(root, "allow_html", false);
  if (auto links = reader.scalar(root, "links")) {
    if (*links == "warn" || *links == "warning") book.links_warn = true;
    else if (*links != "error") reader.fail(root["links"], "'links' must be error or warn");
  }
  read_lint(reader, root["lint"], book.source_dir, book.lint);
}

// The outputs of the site, each claimed once: by a file the build writes itself, or by the
// first page written there. A second claim would overwrite the first without a word.
class OutputClaims {
 public:
  explicit OutputClaims(const BookConfig& book) {
    claims_["print.html"] = "the build writes the whole book on one page";
    claims_["404.html"] = "the build writes the page for a missing address";
    if (!book.checklist.empty()) claims_[kChecksheetPath] = "the build writes the check sheet";
  }

  /// Claims the page's output; when it is taken already, the rest of the message saying so.
  std::optional<std::string> claim(const PageEntry& page) {
    std::string output = output_path(page);
    auto [claimed, added] = claims_.emplace(output, "page '" + page.path + "' is written");
    if (added) return std::nullopt;
    return "would be written to " + output + ", where " + claimed->second + "; rename the page";
  }

 private:
  std::map<std::string, std::string> claims_;  ///< output → what writes it
};

BookConfig folder_book(const fs::path& source_dir) {
  BookConfig book;
  book.source_dir = source_dir;
  book.numbered = false;
  std::vector<std::string> paths;
  std::error_code ec;
  fs::path root = source_dir.lexically_normal();  // the entries are named below it as given
  for (auto it = fs::recursive_directory_iterator(source_dir, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->path().extension() != ".md") continue;
    // A page the system refuses (a loop of symbolic links) is kept: loading it says why.
    std::error_code entry_error;
    if (!it->is_regular_file(entry_error) && !is_refusal(entry_error)) continue;
    paths.push_back(it->path().lexically_normal().lexically_relative(root).generic_string());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) book.pages.push_back({path, PageKind::Chapter});
  fs::path folder = fs::absolute(source_dir, ec).lexically_normal();  // "docs/" or "." name no folder
  if (folder.filename().empty()) folder = folder.parent_path();
  book.title = folder.filename().string();
  return book;
}

}  // namespace

std::optional<std::string> book_folder_problem(const fs::path& folder) {
  auto problem = folder_problem(folder.string());
  std::error_code ec;
  if (problem && *problem == "no such folder" && fs::exists("tebiki.yml", ec)) {
    *problem += "; the current folder holds a tebiki.yml: give '.' as the book's folder";
  }
  return problem;
}

std::optional<BookConfig> load_book_config(const fs::path& source_dir, const fs::path& config_file,
                                           std::vector<SourceError>* errors) {
  fs::path path = config_file.empty() ? (source_dir / "tebiki.yml").lexically_normal() : config_file;
  // Every file system query below takes an error_code: a path the system refuses (a name
  // longer than NAME_MAX, a loop of symbolic links) is reported with the system's reason,
  // not thrown.
  std::error_code ec;
  if (config_file.empty() && !fs::exists(path, ec)) {
    std::optional<BookConfig> book;
    if (auto problem = book_folder_problem(source_dir)) {
      errors->push_back({source_dir.string(), {1, 1}, *problem});
    } else if (is_refusal(ec)) {  // a tebiki.yml the system refuses is not a missing one
      errors->push_back({path.string(), {1, 1}, "cannot read file: " + ec.message()});
    } else if (book = folder_book(source_dir); book->pages.empty()) {
      errors->push_back({source_dir.string(), {1, 1}, "no tebiki.yml and no Markdown (.md) files in this folder"});
      book.reset();
    } else {
      std::size_t before = errors->size();
      OutputClaims outputs(*book);
      for (const PageEntry& page : book->pages) {
        if (auto clash = outputs.claim(page)) errors->push_back({(source_dir / page.path).string(), {1, 1}, "page " + *clash});
      }
      if (errors->size() > before) book.reset();
    }
    return book;
  }
  SourceError error;
  auto file = read_yaml_file(path.string(), &error);
  if (!file) {
    errors->push_back(error);
    return std::nullopt;
  }
  const YAML::Node& root = file->root;
  if (!root.IsMap()) {
    errors->push_back(file->error(root.Mark(), "tebiki.yml must be a mapping"));
    return std::nullopt;
  }
  BookConfig book;
  book.source_dir = source_dir;
  book.config_path = path;
  std::size_t before = errors->size();
  ConfigReader reader(*file, errors);
  try {
    read_config(reader, root, book);
    std::set<std::string> seen;
    ListedFiles files;
    std::map<std::string, int> listings;
    OutputClaims outputs(book);
    for (const auto& page : book.pages) {
      // Found only for an error: the search walks the lists, which made 10,000 pages quadratic.
      int occurrence = listings[page.path]++;
      auto where = [&] { return page_list_node(root, page.path, occurrence); };
      if (!seen.insert(fs::path(page.path).lexically_normal().string()).second) {
        reader.fail(where(), "page '" + page.path + "' is listed twice");
      } else if (!fs::is_regular_file(source_dir / page.path, ec)) {
        reader.fail(where(), "page '" + page.path + (is_refusal(ec) ? "' cannot be read: " + ec.message() : "' not found in " + source_dir.string()));
      } else if (auto first = files.same_as(page.path, source_dir / page.path)) {
        reader.fail(where(), "page '" + page.path + "' is listed twice: it is the same file as '" + *first + "'");
      } else if (auto clash = outputs.claim(page)) {
        reader.fail(where(), "page '" + page.path + "' " + *clash);
      }
    }
  } catch (const YAML::Exception& e) {
    errors->push_back(file->error(e.mark, e.msg));
  }
  if (errors->size() > before) return std::nullopt;
  return book;
}

}  // namespace tebiki
