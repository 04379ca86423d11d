// library_floor BOOK [SITE]: the work that any build of BOOK must give the libraries the issues
// require, timed alone, one thread, no tebiki code in between:
//   reading    every page's file, with plain open/read/close;
//   cmark-gfm  parse every page with tebiki's extensions and render it to HTML (issue 2);
//   ICU        Japanese word segmentation (BreakIterator word instance) of every page's
//              text, which the search index must hold (issue 6);
//   writing    (with SITE, a site built from BOOK) the site's files, read beforehand, into a
//              new folder beside SITE: what the kernel takes to write what a build must write.
// build_bench.sh divides the sum by the machine's cores: the shortest wall time in which a
// build could do this work even with perfect parallelism and nothing else to do.
// A build could also segment each distinct run of Japanese characters once (ICU's dictionary
// segments such a run on its own): ICU on the distinct runs alone is the lower floor,
// "icu_distinct_cpu_s". Generated books repeat runs more than real prose does.
//
// Output, one line each: "pages N", "read_cpu_s S", "cmark_cpu_s S", "icu_cpu_s S", "icu_distinct_cpu_s S",
// and with SITE "write_files N", "write_cpu_s S" (user and system time).
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The pages' paths in path order (not timed).
std::vector<std::filesystem::path> page_paths(const std::filesystem::path& book) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(book)) {
    if (entry.is_regular_file() && entry.path().extension() == ".md") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// A whole file with plain open/read/close, the least a build can do.
std::string read_file(const std::filesystem::path& path) {
  std::string text(std::filesystem::file_size(path), '\0');
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0 || read(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || close(fd) != 0) {
    std::fprintf(stderr, "library_floor: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return text;
}

std::vector<std::string> read_pages(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::string> pages;
  for (const auto& path : paths) pages.push_back(read_file(path));
  return pages;
}

struct Parsed {
  cmark_parser* parser;
  cmark_node* root;
};

Parsed parse(const std::string& page) {
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, extension);
  }
  cmark_parser_feed(parser, page.data(), page.size());
  return {parser, cmark_parser_finish(parser)};
}

void release(Parsed parsed) {
  cmark_node_free(parsed.root);
  cmark_parser_free(parsed.parser);
}

// Parses and renders every page; returns the bytes of HTML so that nothing is optimised away.
std::size_t parse_and_render(const std::vector<std::string>& pages) {
  std::size_t bytes = 0;
  for (const std::string& page : pages) {
    Parsed parsed = parse(page);
    char* html = cmark_render_html(parsed.root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parsed.parser));
    bytes += std::char_traits<char>::length(html);
    std::free(html);
    release(parsed);
  }
  return bytes;
}

// The text a search index reads: the page without its Markdown syntax (not timed).
std::vector<std::string> plain_texts(const std::vector<std::string>& pages) {
  std::vector<std::string> texts;
  for (const std::string& page : pages) {
    Parsed parsed = parse(page);
    char* text = cmark_render_plaintext(parsed.root, CMARK_OPT_DEFAULT, 0);
    texts.emplace_back(text);
    std::free(text);
    release(parsed);
  }
  return texts;
}

// One text of every distinct maximal run of Han, hiragana and katakana characters of the texts,
// a run per line (not timed).
std::vector<std::string> distinct_japanese_runs_text(const std::vector<std::string>& texts) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet japanese(icu::UnicodeString(u"[\\p{Han}\\p{Hiragana}\\p{Katakana}\\u30FC]"), status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "library_floor: no Unicode properties: %s\n", u_errorName(status));
    std::exit(2);
  }
  std::unordered_set<std::string> seen;
  std::string lines;
  for (const std::string& text : texts) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    for (std::int32_t at = 0; at < unicode.length();) {
      std::int32_t end = japanese.span(unicode, at, USET_SPAN_CONTAINED);
      if (end == at) {
        at = unicode.moveIndex32(at, 1);
        continue;
      }
      std::string run;
      unicode.tempSubStringBetween(at, end).toUTF8String(run);
      if (seen.insert(run).second) lines += run + "\n";
      at = end;
    }
  }
  return {lines};
}

// Segments every text; returns the number of boundaries.
std::size_t segment(const std::vector<std::string>& texts) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getJapanese(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "library_floor: ICU has no word break data: %s\n", u_errorName(status));
    std::exit(2);
  }
  std::size_t boundaries = 0;
  for (const std::string& text : texts) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    words->setText(unicode);
    for (std::int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next()) ++boundaries;
  }
  return boundaries;
}

// The files of a site, as paths relative to it and their bytes (not timed).
std::vector<std::pair<std::filesystem::path, std::string>> read_site(const std::filesystem::path& site) {
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(site)) {
    if (entry.is_regular_file()) files.emplace_back(std::filesystem::relative(entry.path(), site), read_file(entry.path()));
  }
  return files;
}

// Writes the files into `folder` with plain open/write/close, the least a build can do.
void write_files(const std::filesystem::path& folder, const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  for (const auto& [relative, bytes] : files) {
    std::filesystem::path path = folder / relative;
    std::filesystem::create_directories(path.parent_path());
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size()) || close(fd) != 0) {
      std::fprintf(stderr, "library_floor: cannot write %s\n", path.c_str());
      std::exit(2);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3 || !std::filesystem::is_directory(argv[1]) || (argc == 3 && !std::filesystem::is_directory(argv[2]))) {
    std::fprintf(stderr, "usage: library_floor BOOK_FOLDER [SITE_FOLDER]\n");
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  std::vector<std::filesystem::path> paths = page_paths(argv[1]);
  double start = cpu_seconds();
  std::vector<std::string> pages = read_pages(paths);
  double reading = cpu_seconds() - start;

  start = cpu_seconds();
  std::size_t html_bytes = parse_and_render(pages);
  double cmark = cpu_seconds() - start;

  std::vector<std::string> texts = plain_texts(pages);
  start = cpu_seconds();
  std::size_t boundaries = segment(texts);
  double icu = cpu_seconds() - start;

  std::vector<std::string> runs_text = distinct_japanese_runs_text(texts);
  start = cpu_seconds();
  segment(runs_text);
  double icu_distinct = cpu_seconds() - start;

  std::printf("pages %zu\nread_cpu_s %.3f\ncmark_cpu_s %.3f\nicu_cpu_s %.3f\nicu_distinct_cpu_s %.3f\n", pages.size(), reading,
              cmark, icu, icu_distinct);
  std::fprintf(stderr, "library_floor: %zu bytes of HTML, %zu word boundaries\n", html_bytes, boundaries);
  if (argc == 3) {
    auto files = read_site(argv[2]);
    std::filesystem::path copy = std::filesystem::path(argv[2]).string() + ".floor-copy";
    std::filesystem::remove_all(copy);
    start = cpu_seconds();
    write_files(copy, files);
    double writing = cpu_seconds() - start;
    std::filesystem::remove_all(copy);
    std::printf("write_files %zu\nwrite_cpu_s %.3f\n", files.size(), writing);
  }
  return 0;
}
