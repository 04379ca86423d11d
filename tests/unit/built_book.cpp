#include "built_book.h"

#include <filesystem>

namespace tebiki::testing {
namespace fs = std::filesystem;

std::string main_region(const std::string& html) {
  std::size_t begin = html.find("<main"), end = html.find("</main>");
  if (begin == std::string::npos || end == std::string::npos) return html;
  return html.substr(begin, end + 7 - begin);
}

std::vector<std::string> BuiltBook::findings() const {
  std::vector<std::string> out;
  std::string prefix = (folder.path() / "src" / "").string();
  for (const Diagnostic& d : result.diagnostics) {
    SourceError ignored;
    std::optional<SourceFile> source = read_source(d.file, &ignored);
    Position at = source ? source->position(d.begin) : Position{};
    std::string path = d.file.starts_with(prefix) ? d.file.substr(prefix.size()) : d.file;
    out.push_back(path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                  severity_name(d.severity) + ": " + d.message + " [" + d.rule + "]");
  }
  return out;
}

std::map<std::string, std::string> with_config(std::map<std::string, std::string> files, const std::string& line) {
  files["tebiki.yml"] += line;
  return files;
}

void build_book_from(const std::map<std::string, std::string>& files, BuiltBook& book, bool lint) {
  for (const auto& [path, content] : files) book.folder.write("src/" + path, content);
  BuildOptions options;
  options.source_dir = book.folder.path() / "src";
  options.output_dir = book.folder.path() / "site";
  options.lint = lint;
  book.result = build_book(options);
  sort_diagnostics(book.result.diagnostics);
  if (!fs::is_directory(options.output_dir)) return;
  for (const auto& entry : fs::recursive_directory_iterator(options.output_dir)) {
    if (entry.path().extension() != ".html") continue;
    std::string path = fs::relative(entry.path(), options.output_dir).generic_string();
    book.pages[path] = main_region(read_file(entry.path()));
  }
}

}  // namespace tebiki::testing
