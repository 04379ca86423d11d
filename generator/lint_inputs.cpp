#include "lint_inputs.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "book_config.h"
#include "lint_data.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

constexpr const char* kDefaultBook = "content";

std::string shown(const fs::path& path) {
  std::string text = path.lexically_normal().generic_string();
  return text.empty() ? "." : text;
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// The .md files below a folder, in path order; hidden folders (.git) are skipped.
std::vector<std::string> markdown_files_below(const fs::path& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code query;  // a .md the system refuses (a loop of links) is kept: reading it says why
    if (it->is_directory(query) && is_hidden(it->path())) {
      it.disable_recursion_pending();
    } else if (it->path().extension() == ".md" && (it->is_regular_file(query) || is_refusal(query))) {
      files.push_back(shown(it->path()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [end, _] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return end == outer.end();
}

// The tebiki.yml of the folder or of the closest folder above it, not above the current one.
fs::path find_config(const fs::path& start) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path folder = fs::absolute(start, ec).lexically_normal();
  if (!folder.has_filename()) folder = folder.parent_path();
  while (true) {
    fs::path config = folder / "tebiki.yml";
    // One the system refuses (a loop of links) is found too: loading it says why.
    if (fs::is_regular_file(config, ec) || is_refusal(ec)) {
      // Shown in messages: relative to the current folder, as the user would type it.
      return is_within(config, cwd) ? config.lexically_relative(cwd) : config;
    }
    if (folder == cwd || !is_within(folder, cwd) || folder == folder.parent_path()) return {};
    folder = folder.parent_path();
  }
}

fs::path folder_of(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return path;
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

fs::path parent_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// The book's lint settings with its glossary terms and reference ids, for the glossary and
// references rules; a broken glossary.yml or references.yml is a located error.
LintConfig lint_config_of(BookConfig& book, std::vector<SourceError>* errors) {
  load_lint_data(book, errors);
  return book.lint;
}

/// Collects files into one group per configuration, each file once across all groups.
class GroupCollector {
 public:
  explicit GroupCollector(std::vector<SourceError>* errors) : errors_(errors) {}

  /// The group of a tebiki.yml (empty: the defaults); nullptr when that config is invalid.
  LintGroup* group_for(const fs::path& config) {
    std::error_code ec;
    std::string key = config.empty() ? "" : fs::weakly_canonical(config, ec).string();
    for (auto& [existing, group] : groups_) {
      if (existing == key) return group ? &*group : nullptr;
    }
    std::optional<LintGroup> group = LintGroup{};
    if (!config.empty()) {
      auto book = load_book_config(parent_of(config), config, errors_);
      if (book) {
        group->config = lint_config_of(*book, errors_);
      } else {
        group.reset();
      }
    }
    groups_.emplace_back(key, std::move(group));
    return groups_.back().second ? &*groups_.back().second : nullptr;
  }

  void add_file(LintGroup& group, const std::string& path) {
    std::error_code ec;
    fs::path identity = fs::weakly_canonical(path, ec);
    if (seen_.insert(ec ? fs::path(path) : identity).second) group.files.push_back(path);
  }

  std::vector<LintGroup> take() {
    std::vector<LintGroup> groups;
    for (auto& [key, group] : groups_) {
      if (group) groups.push_back(std::move(*group));
    }
    return groups;
  }

 private:
  std::vector<SourceError>* errors_;
  std::vector<std::pair<std::string, std::optional<LintGroup>>> groups_;
  std::set<fs::path> seen_;
};

std::vector<LintGroup> book_group(const std::string& config_file,
                                  std::vector<SourceError>* errors) {
  fs::path folder = config_file.empty() ? fs::path(kDefaultBook) : parent_of(config_file);
  if (auto problem = book_folder_problem(folder)) {
    errors->push_back({folder.string(), {1, 1}, *problem + "; name the files or folders to lint"});
    return {};
  }
  auto book = load_book_config(folder, config_file, errors);
  if (!book) return {};
  LintGroup group{lint_config_of(*book, errors), {}};
  for (const PageEntry& page : book->pages) group.files.push_back(shown(folder / page.path));
  return {std::move(group)};
}

}  // namespace

std::vector<LintGroup> gather_lint_groups(const LintRequest& request,
                                          std::vector<SourceError>* errors) {
  if (request.paths.empty()) return book_group(request.config_file, errors);
  GroupCollector collector(errors);
  for (const std::string& path : request.paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      auto problem = is_refusal(ec) ? file_problem(path) : std::nullopt;
      errors->push_back({path, {1, 1}, problem.value_or("no such file or folder")});
      continue;
    }
    fs::path config =
        request.config_file.empty() ? find_config(folder_of(path)) : fs::path(request.config_file);
    LintGroup* group = collector.group_for(config);
    if (!group) continue;
    if (fs::is_directory(path, ec)) {
      for (const std::string& file : markdown_files_below(path)) collector.add_file(*group, file);
    } else {
      collector.add_file(*group, shown(path));
    }
  }
  return collector.take();
}

}  // namespace tebiki
