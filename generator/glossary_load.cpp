#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "glossary.h"
#include "japanese.h"
#include "markdown.h"
#include "slug.h"
#include "yaml_error.h"
#include "yaml_keys.h"

namespace tebiki {
namespace {

const std::vector<std::string> kEntryKeys = {"term", "reading", "en", "aliases", "description", "see"};

bool is_kana_reading(const std::string& reading) {
  if (reading.empty()) return false;
  for (std::size_t i = 0; i < reading.size();) {
    std::size_t length = 0;
    char32_t c = decode_utf8(reading, i, &length);
    i += length;
    if (!is_hiragana(c) && !is_katakana(c) && c != 0x30FC && c != ' ' && c != 0x3000) return false;
  }
  return true;
}

// A description the glossary page could not walk (kMaxNesting); parsed here only when it is
// long enough to be that deep.
bool nested_too_deep(const std::string& description) {
  return description.size() + 2 > kMaxNesting && parse_markdown(description).too_deep_at().has_value();
}

class GlossaryReader {
 public:
  GlossaryReader(const YamlFile& file, std::vector<SourceError>* errors) : file_(file), errors_(errors) {}

  void fail(const YAML::Node& node, const std::string& message) {
    errors_->push_back(file_.error(node.Mark(), message));
  }

  std::string text(const YAML::Node& map, const char* key) {
    YAML::Node node = map[key];
    if (!node || node.IsNull()) return {};
    if (!node.IsScalar()) fail(node, std::string("'") + key + "' must be text");
    return node.IsScalar() ? node.Scalar() : std::string{};
  }

  std::vector<std::string> list(const YAML::Node& map, const char* key) {
    std::vector<std::string> items;
    YAML::Node node = map[key];
    if (!node || node.IsNull()) return items;
    if (node.IsScalar()) return {node.Scalar()};
    if (!node.IsSequence()) {
      fail(node, std::string("'") + key + "' must be a list");
      return items;
    }
    for (const auto& item : node) {
      if (item.IsScalar()) items.push_back(item.Scalar());
      else fail(item, std::string("items of '") + key + "' must be text");
    }
    return items;
  }

  std::optional<GlossaryEntry> entry(const YAML::Node& node) {
    if (!node.IsMap()) {
      fail(node, "a glossary entry must be a mapping with term and reading");
      return std::nullopt;
    }
    check_keys(file_, node, kEntryKeys, "a glossary entry", errors_);
    GlossaryEntry entry;
    entry.line = static_cast<std::size_t>(node.Mark().line + 1);
    entry.term = text(node, "term");
    entry.reading = text(node, "reading");
    entry.en = text(node, "en");
    entry.aliases = list(node, "aliases");
    entry.description = text(node, "description");
    if (nested_too_deep(entry.description)) fail(node["description"], kTooDeepMessage);
    entry.see = list(node, "see");
    if (!entry.term.empty()) entry.offset = static_cast<std::size_t>(node["term"].Mark().pos) + file_.skipped;
    if (entry.term.empty()) fail(node, "glossary entry without 'term'");
    else if (entry.reading.empty()) fail(node, "'" + entry.term + "' has no 'reading'");
    else if (!is_kana_reading(entry.reading)) fail(node["reading"], "reading of '" + entry.term + "' must be hiragana or katakana: '" + entry.reading + "'");
    return entry;
  }

 private:
  const YamlFile& file_;
  std::vector<SourceError>* errors_;
};

void check_names(GlossaryReader& reader, const YAML::Node& root, const std::vector<GlossaryEntry>& entries) {
  std::map<std::string, std::string> names;  // term or alias → owning term
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const YAML::Node node = root[i];
    if (!names.emplace(entries[i].term, entries[i].term).second) {
      reader.fail(node, "term '" + entries[i].term + "' is defined twice");
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const std::string& alias : entries[i].aliases) {
      auto [it, added] = names.emplace(alias, entries[i].term);
      if (added) continue;
      if (it->second == alias) reader.fail(root[i]["aliases"], "alias '" + alias + "' of '" + entries[i].term + "' is itself a term");
      else reader.fail(root[i]["aliases"], "alias '" + alias + "' is used by '" + it->second + "' and '" + entries[i].term + "'");
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const std::string& see : entries[i].see) {
      bool known = std::any_of(entries.begin(), entries.end(), [&](const GlossaryEntry& e) { return e.term == see; });
      if (!known) reader.fail(root[i]["see"], "'see' of '" + entries[i].term + "' names no entry: '" + see + "'");
    }
  }
}

std::string glossary_page(const BookConfig& config) {
  std::string stem = std::filesystem::path(config.glossary).stem().string();
  for (const PageEntry& page : config.pages) {
    if (std::filesystem::path(page.path).stem().string() == stem) {
      std::filesystem::path out(page.path);
      return out.replace_extension(".html").generic_string();
    }
  }
  return {};
}

}  // namespace

const GlossaryEntry* Glossary::find(const std::string& term) const {
  for (const GlossaryEntry& entry : entries) {
    if (entry.term == term) return &entry;
  }
  return nullptr;
}

void sort_by_reading(std::vector<GlossaryEntry>& entries) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale::getJapanese(), status));
  if (U_FAILURE(status)) return;
  auto key = [](const std::string& s) { return icu::UnicodeString::fromUTF8(s); };
  std::stable_sort(entries.begin(), entries.end(), [&](const GlossaryEntry& a, const GlossaryEntry& b) {
    UErrorCode s = U_ZERO_ERROR;
    UCollationResult r = collator->compare(key(a.reading), key(b.reading), s);
    if (r != UCOL_EQUAL) return r == UCOL_LESS;
    return collator->compare(key(a.term), key(b.term), s) == UCOL_LESS;
  });
}

std::optional<Glossary> load_glossary(const BookConfig& config, std::vector<SourceError>* errors) {
  Glossary glossary;
  glossary.language = config.language;
  if (config.glossary.empty()) return glossary;
  glossary.path = (config.source_dir / config.glossary).lexically_normal().string();
  glossary.page_output = glossary_page(config);
  glossary.allow_html = config.allow_html;
  SourceError error;
  auto file = read_yaml_file(glossary.path, &error);
  if (!file) return errors->push_back(error), std::nullopt;
  const YAML::Node& root = file->root;
  if (!root.IsSequence()) {
    errors->push_back(file->error(root.Mark(), "glossary must be a list of entries"));
    return std::nullopt;
  }
  std::size_t before = errors->size();
  GlossaryReader reader(*file, errors);
  for (const auto& node : root) {
    if (auto entry = reader.entry(node)) glossary.entries.push_back(std::move(*entry));
  }
  if (errors->size() > before) return std::nullopt;
  check_names(reader, root, glossary.entries);
  if (errors->size() > before) return std::nullopt;
  SlugRegistry anchors;
  for (GlossaryEntry& entry : glossary.entries) entry.anchor = anchors.unique("term-" + github_slug(entry.term));
  sort_by_reading(glossary.entries);
  return glossary;
}

}  // namespace tebiki
