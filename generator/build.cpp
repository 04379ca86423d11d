#include "build.h"

#include <fstream>
#include <iterator>

#include "book_config.h"
#include "checklist.h"
#include "embedded_files.h"
#include "glossary.h"
#include "glossary_links.h"
#include "glossary_page.h"
#include "headings.h"
#include "lint_data.h"
#include "linter.h"
#include "references.h"
#include "load.h"
#include "render.h"
#include "search_index.h"
#include "site_pages.h"
#include "transform.h"
#include "write.h"
#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

Diagnostics lint_pages(const BookConfig& config, std::vector<Page>& pages, std::vector<SourceError>* errors) {
  Linter linter(config.lint, errors);
  std::vector<LintedFile> files;
  for (Page& page : pages) files.push_back({&*page.source, &*page.document, page.runs});
  Diagnostics found = linter.lint_parsed(files);
  for (Diagnostic& d : found) d.severity = d.severity == Severity::Error ? Severity::Warning : d.severity;
  return found;
}

std::string page_kind(const Page& page) {
  switch (page.entry.kind) {
    case PageKind::Front: return "front";
    case PageKind::Appendix: return "appendix";
    case PageKind::Chapter: return "chapter";
  }
  return "chapter";
}

bool render_pages(const BookConfig& config, std::vector<Page>& pages, SiteFiles& files,
                  std::string* error) {
  ThemeRenderer theme(config, pages);
  std::vector<std::string> outputs;
  auto lay_out = [&](const PageView& view) {
    auto html = theme.render(view, error);
    if (html) files[view.output] = std::move(*html);
    return html.has_value();
  };
  bool has_front = false;
  for (Page& page : pages) {
    has_front |= page.output == "index.html";
    std::string content = render_content(config, page, Variant::Site);
    if (!lay_out({page.output, page_kind(page), page.numbered_title(), content, &page})) return false;
    outputs.push_back(page.output);
  }
  if (!has_front && !lay_out({"index.html", "front", config.title, contents_listing(pages), nullptr})) return false;
  if (!lay_out({"print.html", "print", config.title, print_content(config, pages), nullptr})) return false;
  if (!lay_out({"404.html", "404", theme_words(config.language).not_found, not_found_content(config), nullptr})) return false;
  if (!has_front) outputs.insert(outputs.begin(), "index.html");
  outputs.push_back("print.html");
  files["sitemap.xml"] = sitemap_xml(config, outputs);
  return true;
}

void add_assets(const BookConfig& config, const LinkedAssets& assets, SiteFiles& files) {
  for (const auto& [path, content] : embedded_theme()) {
    if (path.starts_with("assets/")) files[path] = std::string(content);
  }
  for (const std::string& asset : assets) {
    SourceError error;
    std::ifstream in(config.source_dir / asset, std::ios::binary);
    files[asset] = std::string(std::istreambuf_iterator<char>(in), {});
  }
}

ExtraAnchors generated_anchors(const Glossary& glossary, const References& references) {
  ExtraAnchors extra;
  for (const GlossaryEntry& entry : glossary.entries) extra[glossary.page_output].insert(entry.anchor);
  for (const Reference& ref : references.entries) extra[references.page_output].insert(ref.anchor);
  return extra;
}

Page* find_page(std::vector<Page>& pages, const std::string& output) {
  for (Page& page : pages) {
    if (!output.empty() && page.output == output) return &page;
  }
  return nullptr;
}

// Appendix B and C, terms and citations: the passes that join the data files to the pages.
void weave_glossary_and_references(const BookConfig& config, Glossary& glossary, References& references,
                                   std::vector<Page>& pages, LinkedAssets* assets, Diagnostics& diagnostics) {
  Page* glossary_page = find_page(pages, glossary.page_output);
  Page* references_page = find_page(pages, references.page_output);
  GlossaryLayout layout;
  if (glossary_page) layout = append_glossary_entries(glossary, *glossary_page);
  std::vector<cmark_node*> placeholders;
  if (references_page) placeholders = append_reference_entries(config, references, *references_page);
  resolve_cross_references(config, pages, generated_anchors(glossary, references), assets, diagnostics);
  link_citations(references, pages, diagnostics);
  if (!glossary_page) return;
  link_glossary_terms(glossary, glossary_tips(glossary, layout), config.glossary_nolink,
                      references.page_output, pages, diagnostics);
  fill_glossary_back_links(glossary, layout, pages, *glossary_page);
  if (references_page) fill_reference_back_links(references, placeholders, pages, *references_page, diagnostics);
}

}  // namespace

BuildResult build_book(const BuildOptions& options) {
  BuildResult result;
  auto config = load_book_config(options.source_dir, options.config_file, &result.errors);
  if (!config) return result.failed_to_start = true, result;
  if (options.links == "warn") config->links_warn = true;
  if (options.links == "error") config->links_warn = false;
  if (auto problem = check_output_folder(options.output_dir)) {
    result.errors.push_back({options.output_dir.string(), {1, 1}, *problem});
    return result.failed_to_start = true, result;
  }
  auto glossary = load_glossary(*config, &result.errors);
  auto references = load_references(*config, &result.errors);
  auto checklist = load_checklist(*config, &result.errors);
  if (!glossary || !references || !checklist) return result.failed_to_start = true, result;
  fill_lint_data(*glossary, *references, config->lint);
  // link_citations and fill_reference_back_links report what the `references` rule would, with
  // the same messages (an unknown citation as an error that fails the build).
  config->lint.rules["references"].enabled = false;

  std::vector<Page> pages = load_pages(*config, &result.errors);
  if (!result.errors.empty()) return result.failed_to_start = true, result;
  if (options.lint) result.diagnostics = lint_pages(*config, pages, &result.errors);
  if (!result.errors.empty()) return result.failed_to_start = true, result;
  number_headings(*config, pages, result.diagnostics);
  for (Page& page : pages) {
    transform_page(*config, page, result.diagnostics);
    render_checklist_blocks(*checklist, page, result.diagnostics);
  }
  LinkedAssets assets;
  weave_glossary_and_references(*config, *glossary, *references, pages, &assets, result.diagnostics);

  SiteFiles files;
  std::string error;
  if (!render_pages(*config, pages, files, &error)) {
    result.write_error = error;
    return result;
  }
  files[kSearchIndexPath] = search_index_script(build_search_index(pages, files, *glossary));
  add_assets(*config, assets, files);
  post_check(files, result.diagnostics);
  result.pages = pages.size();
  result.files = files.size();
  if (has_errors(result.diagnostics)) return result;
  if (auto problem = write_site(options.output_dir, files)) result.write_error = *problem;
  return result;
}

}  // namespace tebiki
