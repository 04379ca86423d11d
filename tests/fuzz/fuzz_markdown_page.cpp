// Fuzz target: one chapter's Markdown through the page passes of `tebiki build`, in memory:
// front matter, parse, text runs, suppressions, lint, headings, transform, check items,
// glossary and references, cross-references, rendering (site and print), post-check and
// the search index. The other pages and data files of the book are fixed.
#include <cstdint>

#include "book_config.h"
#include "checklist.h"
#include "fuzz_folder.h"
#include "glossary.h"
#include "glossary_page.h"
#include "headings.h"
#include "lint_data.h"
#include "linter.h"
#include "prose_links.h"
#include "references.h"
#include "render.h"
#include "search_index.h"
#include "site_pages.h"
#include "transform.h"
#include "xrefs.h"
#include "yaml_error.h"

namespace tebiki::fuzzing {
namespace {

struct FixedBook {
  BookConfig config;
  Glossary glossary;
  References references;
  Checklist checklist;
  std::unique_ptr<Linter> linter;
};

void write_book_files() {
  write_fuzz_file("tebiki.yml",
                  "title: 試験\nchapters: [chapter.md]\nappendices: [glossary.md, references.md]\n"
                  "glossary: glossary.yml\nreferences: references.yml\nchecklist: checklist.yml\n");
  write_fuzz_file("chapter.md", "# 章\n");
  write_fuzz_file("glossary.md", "# 用語集\n");
  write_fuzz_file("references.md", "# 参考文献\n");
  write_fuzz_file(
      "glossary.yml",
      "- term: サーバ\n  reading: さーば\n  aliases: [サーバー]\n  description: \"<b>計算機</b>\"\n"
      "- term: SLA\n  reading: えすえるえー\n  description: 合意 [@iso]\n  see: [サーバ]\n");
  write_fuzz_file(
      "references.yml",
      "- id: iso\n  body: ISO/IEC\n  number: \"27001\"\n  title: 管理\n  year: \"2022\"\n");
  write_fuzz_file(
      "checklist.yml",
      "phases:\n  - id: plan\n    title: 計画\n    section: chapter.md\n"
      "items:\n  - id: P-01\n    phase: plan\n    question: \"<i>確認</i>\"\n    weight: 2\n");
}

FixedBook& fixed_book() {
  static FixedBook* book = [] {
    write_book_files();
    auto* made = new FixedBook;
    std::vector<SourceError> errors;
    made->config = *load_book_config(fuzz_folder(), {}, &errors);
    made->glossary = *load_glossary(made->config, &errors);
    made->references = *load_references(made->config, &errors);
    made->checklist = *load_checklist(made->config, &errors);
    fill_lint_data(made->glossary, made->references, made->config.lint);
    made->linter = std::make_unique<Linter>(made->config.lint, &errors);
    if (!errors.empty()) std::abort();
    return made;
  }();
  return *book;
}

// What load_pages does for one page, from bytes. False when the page would be refused.
bool load_page_text(const BookConfig& config, Page& page, std::string text) {
  std::string path = (config.source_dir / page.entry.path).lexically_normal().string();
  if (validate_utf8(path, text)) return false;
  page.source.emplace(path, std::move(text));
  page.document.emplace(parse_markdown(page.source->text()));
  const FrontMatter& front = page.document->front_matter();
  if (front.end > 0) {
    SourceError error;
    auto node = parse_yaml(path, front.yaml, &error);
    if (!node) return false;
    page.front_matter = *node;
  }
  page.runs = extract_text_runs(*page.document, page.source->text());
  page.suppressions.emplace(*page.document, *page.source);
  return true;
}

std::vector<Page> load_book_pages(const BookConfig& config, const std::string& chapter) {
  std::vector<Page> pages(config.pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    pages[i].entry = config.pages[i];
    pages[i].index = i;
    pages[i].output =
        std::filesystem::path(config.pages[i].path).replace_extension(".html").string();
    pages[i].print_prefix = pages[i].output.substr(0, pages[i].output.size() - 5);
  }
  if (!load_page_text(config, pages[0], chapter)) return {};
  load_page_text(config, pages[1], "# 用語集\n");
  load_page_text(config, pages[2], "# 参考文献\n\n[@iso] を見る。\n");
  return pages;
}

void lint(const FixedBook& book, std::vector<Page>& pages) {
  std::vector<LintedFile> files;
  for (Page& page : pages) files.push_back({&*page.source, &*page.suppressions, page.runs});
  book.linter->lint_parsed(files);
}

// The passes of build_book between loading and rendering.
void weave(const BookConfig& config, Glossary& glossary, References& references,
           const Checklist& checklist, std::vector<Page>& pages, Diagnostics& diagnostics) {
  number_headings(config, pages, diagnostics);
  for (Page& page : pages) {
    transform_page(config, page, diagnostics);
    render_checklist_blocks(checklist, page, diagnostics);
  }
  GlossaryLayout layout = append_glossary_entries(glossary, pages[1]);
  auto placeholders = append_reference_entries(config, references, pages[2]);
  ExtraAnchors extra;
  for (const GlossaryEntry& entry : glossary.entries) extra[pages[1].output].insert(entry.anchor);
  for (const Reference& ref : references.entries) extra[pages[2].output].insert(ref.anchor);
  LinkedAssets assets;
  resolve_cross_references(config, pages, extra, &assets, diagnostics);
  link_citations_and_terms(references, &glossary, config.glossary_nolink, pages, diagnostics);
  fill_glossary_tips(glossary, layout);
  SectionLinks sections(pages, pages[1]);
  fill_glossary_back_links(glossary, layout, sections, pages[1]);
  fill_reference_back_links(references, placeholders, sections, pages[2], diagnostics);
}

}  // namespace
}  // namespace tebiki::fuzzing

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tebiki;
  using namespace tebiki::fuzzing;
  FixedBook& book = fixed_book();
  std::vector<Page> pages = load_book_pages(book.config, input_text(data, size));
  if (pages.empty()) return 0;
  lint(book, pages);
  Glossary glossary = book.glossary;
  References references = book.references;
  Diagnostics diagnostics;
  weave(book.config, glossary, references, book.checklist, pages, diagnostics);
  SiteFiles files;
  for (Page& page : pages) files[page.output] = render_content(book.config, page, Variant::Site);
  for (Page& page : pages) files["print.html"] += page_print_content(book.config, page);
  post_check(files, diagnostics);
  search_index_script(build_search_index(pages, files, glossary));
  return 0;
}
