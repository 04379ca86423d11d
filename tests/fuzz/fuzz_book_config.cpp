// Fuzz target: the YAML loaders of a book. The same bytes are read as tebiki.yml, as a page's
// front matter, and as glossary.yml, references.yml and checklist.yml.
#include <cstdint>

#include "book_config.h"
#include "checklist.h"
#include "fuzz_folder.h"
#include "glossary.h"
#include "markdown.h"
#include "references.h"
#include "yaml_error.h"

namespace tebiki::fuzzing {
namespace {

void load_as_front_matter(const std::string& yaml) {
  std::string page = "---\n" + yaml + "\n---\n# 見出し\n";
  FrontMatter front = locate_front_matter(page);
  SourceError error;
  if (front.end > 0) parse_yaml("page.md", front.yaml, &error, 1);
}

void load_as_data_files(const std::filesystem::path& folder) {
  BookConfig config;
  config.source_dir = folder;
  config.pages = {{"data.md", PageKind::Appendix}};
  config.glossary = config.references = config.checklist = "data.yml";
  std::vector<SourceError> errors;
  load_glossary(config, &errors);
  load_references(config, &errors);
  load_checklist(config, &errors);
}

}  // namespace
}  // namespace tebiki::fuzzing

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tebiki;
  using namespace tebiki::fuzzing;
  std::string text = input_text(data, size);
  std::filesystem::path config = write_fuzz_file("book/tebiki.yml", text);
  write_fuzz_file("book/data.yml", text);
  std::vector<SourceError> errors;
  load_book_config(config.parent_path(), {}, &errors);
  load_as_front_matter(text);
  load_as_data_files(config.parent_path());
  return 0;
}
