#include "build.h"

#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <optional>

#include "book_config.h"
#include "build_cache.h"
#include "checklist.h"
#include "contents_script.h"
#include "embedded_files.h"
#include "glossary.h"
#include "glossary_page.h"
#include "headings.h"
#include "lint_data.h"
#include "linter.h"
#include "references.h"
#include "render_site.h"
#include "load.h"
#include "prose_links.h"
#include "render.h"
#include "search_index.h"
#include "site_pages.h"
#include "transform.h"
#include "write.h"
#include "xrefs.h"

namespace tebiki {
namespace fs = std::filesystem;
namespace {

Diagnostics lint_pages(const BookConfig& config, std::vector<Page>& pages, BuildCache* cache,
                       std::vector<SourceError>* errors) {
  Linter linter(config.lint, errors);
  std::vector<LintedFile> files;
  for (Page& page : pages) {
    // The runs move to lint, their only reader (release_text_runs drops the rest).
    if (!cache || !cache->linted(page)) files.push_back({&*page.source, &*page.suppressions, std::move(page.runs)});
  }
  Diagnostics found = linter.lint_parsed(files);
  // Lint findings do not stop a build; a text that could not be checked (bad input) does.
  for (Diagnostic& d : found) {
    if (d.severity == Severity::Error && !d.unusable_input) d.severity = Severity::Warning;
  }
  return cache ? cache->remember_lint(pages, std::move(found)) : found;
}

// Only lint reads the text runs; they map every text byte to its source offset, several
// times the size of the text, so they go before the site is laid out.
void release_text_runs(std::vector<Page>& pages) {
  for (Page& page : pages) std::vector<TextRun>().swap(page.runs);
}

// Once the pages are laid out, the later passes (contents, search index, post-check, write)
// read only titles, outputs and HTML: the Markdown trees, several times the size of the
// text, go before them.
void release_trees(std::vector<Page>& pages) {
  for (Page& page : pages) page.release_tree();
}

void add_assets(const BookConfig& config, const LinkedAssets& assets, SiteFiles& files, BuildCache* cache) {
  for (const auto& [path, content] : embedded_theme()) {
    if (path.starts_with("assets/")) put_site_file(files, cache, path, std::string(content));
  }
  for (const std::string& asset : assets) {
    std::ifstream in(config.source_dir / asset, std::ios::binary);
    put_site_file(files, cache, asset, std::string(std::istreambuf_iterator<char>(in), {}));
  }
}

// toc.js, the sidebar's contents shared by every page; returns its links for the post-check.
ScriptLinks add_contents_script(const std::vector<Page>& pages, SiteFiles& files, BuildCache* cache) {
  std::vector<ContentsEntry> contents = book_contents(pages);
  auto code = embedded_theme().find("toc.js");
  std::string_view filling = code == embedded_theme().end() ? std::string_view() : code->second;
  put_site_file(files, cache, kContentsScriptPath, contents_script(contents, filling));
  return {{kContentsScriptPath, contents_links(contents)}};
}

// search-index.js and its text chunks; chunks of a longer earlier build (serve) are dropped.
void add_search_index(const SearchIndex& index, SiteFiles& files, BuildCache* cache) {
  SiteFiles scripts = search_index_files(index);
  for (auto file = files.lower_bound(kSearchTextFolder); file != files.end() && file->first.starts_with(kSearchTextFolder);) {
    file = scripts.contains(file->first) ? std::next(file) : files.erase(file);
  }
  for (auto& [path, content] : scripts) put_site_file(files, cache, path, std::move(content));
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

rusage process_usage() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage;
}

double cpu_seconds(const rusage& usage) {
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double process_cpu_seconds() { return cpu_seconds(process_usage()); }

// Records the wall and CPU time of each pass, and the peak memory so far, into
// BuildResult::timings.
class PassClock {
 public:
  explicit PassClock(BuildResult& result) : result_(result) {}
  void lap(std::string pass) {
    auto now = std::chrono::steady_clock::now();
    rusage usage = process_usage();
    double cpu = cpu_seconds(usage);
    double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024;  // Linux gives kilobytes
    result_.timings.push_back({std::move(pass), std::chrono::duration<double>(now - last_).count(), cpu - last_cpu_, peak_mb});
    last_ = now;
    last_cpu_ = cpu;
  }

 private:
  BuildResult& result_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  double last_cpu_ = process_cpu_seconds();
};

// Appendix B and C, terms and citations: the passes that join the data files to the pages.
// Each step is timed on its own (`--timings`): with a large glossary, they are a good part
// of the build.
void weave_glossary_and_references(const BookConfig& config, Glossary& glossary, References& references,
                                   std::vector<Page>& pages, LinkedAssets* assets, Diagnostics& diagnostics,
                                   PassClock& clock) {
  Page* glossary_page = find_page(pages, glossary.page_output);
  Page* references_page = find_page(pages, references.page_output);
  GlossaryLayout layout;
  if (glossary_page) layout = append_glossary_entries(glossary, *glossary_page);
  std::vector<cmark_node*> placeholders;
  if (references_page) placeholders = append_reference_entries(config, references, *references_page);
  resolve_cross_references(config, pages, generated_anchors(glossary, references), assets, diagnostics);
  clock.lap("cross-references");
  link_citations_and_terms(references, glossary_page ? &glossary : nullptr, config.glossary_nolink, pages, diagnostics);
  clock.lap("citations and glossary terms");
  std::optional<SectionLinks> sections;
  if (glossary_page) {
    fill_glossary_tips(glossary, layout);  // the descriptions' citations are links by now
    fill_glossary_back_links(glossary, layout, sections.emplace(pages, *glossary_page), *glossary_page);
    clock.lap("glossary back-links");
  }
  if (!references_page) return;
  // Both appendices usually sit in one folder: the glossary's links serve Appendix C too.
  if (!sections || !sections->serves(*references_page)) sections.emplace(pages, *references_page);
  fill_reference_back_links(references, placeholders, *sections, *references_page, diagnostics);
  clock.lap("reference back-links");
}

std::optional<BookInputs> load_inputs(const BuildOptions& options, std::vector<SourceError>* errors) {
  auto config = load_book_config(options.source_dir, options.config_file, errors);
  if (!config) return std::nullopt;
  if (options.links == "warn") config->links_warn = true;
  if (options.links == "error") config->links_warn = false;
  auto glossary = load_glossary(*config, errors);
  auto references = load_references(*config, errors);
  auto checklist = load_checklist(*config, errors);
  if (!glossary || !references || !checklist) return std::nullopt;
  fill_lint_data(*glossary, *references, config->lint);
  // link_citations_and_terms and fill_reference_back_links report what the `references` rule would, with
  // the same messages (an unknown citation as an error that fails the build).
  config->lint.rules["references"].enabled = false;
  return BookInputs{std::move(*config), std::move(*glossary), std::move(*references), std::move(*checklist)};
}

BuildResult build_book_unguarded(const BuildOptions& options) {
  BuildResult result;
  PassClock clock(result);
  // serve keeps the inputs while they do not change; the passes below change them, so the
  // build works on a copy.
  std::optional<BookInputs> inputs = options.cache ? options.cache->inputs : std::nullopt;
  if (!inputs) inputs = load_inputs(options, &result.errors);
  if (!inputs) return result.failed_to_start = true, result;
  if (options.cache && !options.cache->inputs) options.cache->inputs = inputs;
  clock.lap("read configuration and data files");
  if (auto problem = check_output_folder(options.output_dir)) {
    result.errors.push_back({options.output_dir.string(), {1, 1}, *problem});
    return result.failed_to_start = true, result;
  }
  BookConfig* config = &inputs->config;
  Glossary* glossary = &inputs->glossary;
  References* references = &inputs->references;
  Checklist* checklist = &inputs->checklist;

  bool quick = options.cache && !options.only_pages.empty();
  if (options.cache && !quick) options.cache->produced.clear();
  PageTexts stand_ins = quick ? options.cache->stand_ins_except(options.only_pages) : PageTexts{};
  std::vector<Page> pages = load_pages(*config, &result.errors, quick ? &stand_ins : nullptr);
  if (!result.errors.empty()) return result.failed_to_start = true, result;
  clock.lap("read and parse pages");
  if (options.lint && !quick) result.diagnostics = lint_pages(*config, pages, options.cache, &result.errors);
  if (!result.errors.empty()) return result.failed_to_start = true, result;
  release_text_runs(pages);
  clock.lap("lint");
  number_headings(*config, pages, result.diagnostics);
  for_each_page(pages, result.diagnostics, [&](Page& page, Diagnostics& found) {
    transform_page(*config, page, found);
    render_checklist_blocks(*checklist, page, found);
  });
  clock.lap("number headings, transform pages");
  LinkedAssets assets;
  weave_glossary_and_references(*config, *glossary, *references, pages, &assets, result.diagnostics, clock);

  SiteFiles own_files;
  SiteFiles& files = options.cache ? options.cache->files : own_files;
  std::string error;
  SiteRendering how{*config, *checklist, {glossary->page_output, references->page_output}, options.cache,
                    quick ? &options.only_pages : nullptr};
  if (!render_site(how, pages, files, &error)) {
    result.write_error = error;
    return result;
  }
  release_trees(pages);
  clock.lap("lay out pages");
  ScriptLinks script_links = add_contents_script(pages, files, options.cache);
  if (!quick) {
    add_search_index(build_search_index(pages, files, *glossary), files, options.cache);
    if (!glossary->page_output.empty()) put_site_file(files, options.cache, kGlossaryTipsPath, glossary_tips_script(*glossary));
    add_assets(*config, assets, files, options.cache);
    if (options.cache) options.cache->drop_unproduced();  // the files of pages now gone
  }
  clock.lap("contents and search index");
  post_check(files, result.diagnostics, options.cache ? &options.cache->changed : nullptr, script_links);
  clock.lap("check output links");
  result.pages = pages.size();
  result.files = files.size();
  if (has_errors(result.diagnostics) || !options.write || quick) return result;
  if (auto problem = write_site(options.output_dir, files)) result.write_error = *problem;
  clock.lap("write site");
  return result;
}

BuildResult failed_build(SourceError error) {
  BuildResult result;
  result.errors.push_back(std::move(error));
  result.failed_to_start = true;
  return result;
}

}  // namespace

BuildResult build_book(const BuildOptions& options) {
  // An exception no pass foresaw (the file system refusing a path) ends this build as bad input,
  // with the path it names: `tebiki serve` goes on serving the last good site.
  // serve's cache may be half updated: the next build starts from nothing.
  try {
    return build_book_unguarded(options);
  } catch (const fs::filesystem_error& e) {
    if (options.cache) options.cache->invalidate();
    return failed_build({e.path1().empty() ? options.source_dir.string() : e.path1().string(), {1, 1}, e.code().message()});
  } catch (const std::exception& e) {
    if (options.cache) options.cache->invalidate();
    return failed_build({options.source_dir.string(), {1, 1}, std::string("the build stopped: ") + e.what()});
  }
}

}  // namespace tebiki
