// Appendix B's data: glossary.yml loaded with its checks (each error with its exact message and
// place), readings sorted in Japanese collation order (against ICU's own collator and against
// an order checked by hand), and the あ/か/さ… index labels.
#include "glossary.h"

#include <gtest/gtest.h>
#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "book_fixture.h"

namespace tebiki {
namespace {
using testing::TempFolder;

/// Loads `yaml` as the glossary of a book in a fresh folder; errors have the path cut to
/// "glossary.yml" so that they read as a user would see them in the book's folder.
struct LoadedGlossary {
  std::optional<Glossary> glossary;
  std::vector<std::string> errors;
};

LoadedGlossary load(const std::string& yaml) {
  TempFolder folder;
  folder.write("glossary.yml", yaml);
  BookConfig config;
  config.source_dir = folder.path();
  config.glossary = "glossary.yml";
  std::vector<SourceError> errors;
  LoadedGlossary loaded{load_glossary(config, &errors), {}};
  std::string prefix = (folder.path() / "").string();
  for (SourceError& error : errors) {
    if (error.path.starts_with(prefix)) error.path.erase(0, prefix.size());
    loaded.errors.push_back(error.to_string());
  }
  return loaded;
}

std::vector<std::string> terms_of(const Glossary& glossary) {
  std::vector<std::string> terms;
  for (const GlossaryEntry& entry : glossary.entries) terms.push_back(entry.term);
  return terms;
}

TEST(LoadGlossary, ReadsEveryField) {
  LoadedGlossary loaded = load(
      "- term: 一次対応\n  reading: いちじたいおう\n  en: First Response\n  aliases: [一次対処]\n"
      "  description: |-\n    最初に行う対応。\n  see: [SOC]\n"
      "- term: SOC\n  reading: ソック\n");
  ASSERT_TRUE(loaded.glossary) << ::testing::PrintToString(loaded.errors);
  const GlossaryEntry* entry = loaded.glossary->find("一次対応");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->reading, "いちじたいおう");
  EXPECT_EQ(entry->en, "First Response");
  EXPECT_EQ(entry->aliases, std::vector<std::string>{"一次対処"});
  EXPECT_EQ(entry->description, "最初に行う対応。");
  EXPECT_EQ(entry->see, std::vector<std::string>{"SOC"});
  EXPECT_EQ(entry->anchor, "term-一次対応");
  EXPECT_EQ(entry->line, 1u);
  EXPECT_EQ(loaded.glossary->find("SOC")->anchor, "term-soc");
  EXPECT_EQ(loaded.glossary->find("ない"), nullptr);
}

TEST(LoadGlossary, OffsetPointsAtTheTermInTheFile) {
  for (std::string bom : {"", "\xEF\xBB\xBF"}) {
    std::string yaml =
        bom +
        "# 用語\n- term: 監視センタ\n  reading: かんしせんた\n- term: \"SOC\"\n  reading: ソック\n";
    LoadedGlossary loaded = load(yaml);
    ASSERT_TRUE(loaded.glossary);
    const GlossaryEntry* entry = loaded.glossary->find("監視センタ");
    EXPECT_EQ(yaml.substr(entry->offset, entry->term.size()), "監視センタ") << "bom " << bom.size();
    EXPECT_EQ(yaml.substr(loaded.glossary->find("SOC")->offset, 5), "\"SOC\"");  // at the quote
  }
}

TEST(LoadGlossary, NoGlossaryConfiguredIsAnEmptyGlossary) {
  BookConfig config;
  std::vector<SourceError> errors;
  auto glossary = load_glossary(config, &errors);
  ASSERT_TRUE(glossary);
  EXPECT_TRUE(glossary->entries.empty());
  EXPECT_EQ(glossary->path, "");
  EXPECT_TRUE(errors.empty());
}

struct LoadErrorCase {
  const char* name;
  const char* yaml;
  std::vector<std::string> errors;
};

class LoadGlossaryError : public ::testing::TestWithParam<LoadErrorCase> {};

TEST_P(LoadGlossaryError, ExactMessageAndPlace) {
  LoadedGlossary loaded = load(GetParam().yaml);
  EXPECT_FALSE(loaded.glossary);
  EXPECT_EQ(loaded.errors, GetParam().errors);
}

const LoadErrorCase kLoadErrors[] = {
    {"MissingReading", "- term: SOC\n", {"glossary.yml:1:3: error: 'SOC' has no 'reading'"}},
    {"EmptyReading",
     "- term: SOC\n  reading: \"\"\n",
     {"glossary.yml:1:3: error: 'SOC' has no 'reading'"}},
    {"LatinReading",
     "- term: SOC\n  reading: sokku\n",
     {"glossary.yml:2:12: error: reading of 'SOC' must be hiragana or katakana: 'sokku'"}},
    {"KanjiInReading",
     "- term: 監視\n  reading: 監し\n",
     {"glossary.yml:2:12: error: reading of '監視' must be hiragana or katakana: '監し'"}},
    {"MissingTerm",
     "- reading: ソック\n",
     {"glossary.yml:1:3: error: glossary entry without 'term'"}},
    {"DuplicateTerm",
     "- term: SOC\n  reading: ソック\n- term: NOC\n  reading: ノック\n- term: SOC\n  reading: "
     "そっく\n",
     {"glossary.yml:5:3: error: term 'SOC' is defined twice"}},
    {"DuplicateAlias",
     "- term: ルータ\n  reading: るーた\n  aliases: [ルーター]\n"
     "- term: ルーティング装置\n  reading: るーてぃんぐそうち\n  aliases: [ルーター]\n",
     {"glossary.yml:6:12: error: alias 'ルーター' is used by 'ルータ' and 'ルーティング装置'"}},
    {"AliasIsAnotherTerm",
     "- term: ウイルス\n  reading: ういるす\n"
     "- term: マルウェア\n  reading: まるうぇあ\n  aliases: [ウイルス]\n",
     {"glossary.yml:5:12: error: alias 'ウイルス' of 'マルウェア' is itself a term"}},
    {"SeeNamesNoEntry",
     "- term: SOC\n  reading: ソック\n  see: [NOC, CSIRT]\n- term: NOC\n  reading: ノック\n",
     {"glossary.yml:3:8: error: 'see' of 'SOC' names no entry: 'CSIRT'"}},
    {"NotAList",
     "term: SOC\nreading: ソック\n",
     {"glossary.yml:1:1: error: glossary must be a list of entries"}},
    {"EntryNotAMapping",
     "- SOC\n",
     {"glossary.yml:1:3: error: a glossary entry must be a mapping with term and reading"}},
    // Columns count code points: 'abc' starts at byte 30 of the line, at character 24.
    {"ColumnInCodePoints",
     "- {term: サーバ, reading: abc, description: d}\n",
     {"glossary.yml:1:24: error: reading of 'サーバ' must be hiragana or katakana: 'abc'"}},
    {"ColumnInCodePointsAfterABom",
     "\xEF\xBB\xBF- {term: サーバ, reading: abc}\n",
     {"glossary.yml:1:24: error: reading of 'サーバ' must be hiragana or katakana: 'abc'"}},
    {"BrokenYamlAfterJapanese",
     "- {term: サーバ, reading: さーば]\n",
     {"glossary.yml:1:27: error: invalid YAML: illegal flow end"}},
    {"UnknownKeyThatIsATypo",
     "- term: SOC\n  reading: ソック\n  alias: [ソク]\n",
     {"glossary.yml:3:3: error: unknown key 'alias' in a glossary entry; did you mean 'aliases'?"}},
    {"UnknownKey",
     "- {term: 監視, reading: かんし, related: [SOC]}\n",
     {"glossary.yml:1:28: error: unknown key 'related' in a glossary entry; known keys: term, "
      "reading, en, aliases, description, see"}},
    {"BrokenYaml",
     "- term: [SOC\n  reading: ソック\n",
     {"glossary.yml:2:10: error: invalid YAML: end of sequence flow not found"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, LoadGlossaryError, ::testing::ValuesIn(kLoadErrors),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(LoadGlossary, EveryEntryErrorIsReported) {
  LoadedGlossary loaded = load("- term: A\n- term: B\n  reading: b\n");
  EXPECT_EQ(loaded.errors,
            (std::vector<std::string>{
                "glossary.yml:1:3: error: 'A' has no 'reading'",
                "glossary.yml:3:12: error: reading of 'B' must be hiragana or katakana: 'b'",
            }));
}

TEST(LoadGlossary, UnreadableFileIsLocated) {
  BookConfig config;
  config.source_dir = "/nonexistent-tebiki-folder";
  config.glossary = "glossary.yml";
  std::vector<SourceError> errors;
  EXPECT_FALSE(load_glossary(config, &errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "/nonexistent-tebiki-folder/glossary.yml");
}

// Readings chosen to trip a naive sort: hiragana and katakana mixed, 濁音 and 半濁音 beside
// their 清音, 長音 (ー counts as the vowel before it), ヴ, small kana, acronyms read in kana.
const std::vector<std::pair<std::string, std::string>> kTricky = {
    {"ワーム", "ワーム"},
    {"ハッシュ", "ハッシュ"},
    {"SOC", "ソック"},
    {"器用", "きよう"},
    {"外部", "がいぶ"},
    {"パケット", "ぱけっと"},
    {"脅威", "きょうい"},
    {"MSS", "エムエスエス"},
    {"カード", "カード"},
    {"ログ", "ろぐ"},
    {"ヴォイス", "ヴォイス"},
    {"監視", "かんし"},
    {"バックドア", "バックドア"},
    {"脆弱性", "ぜいじゃくせい"},
    {"IPA", "アイピーエー"},
    {"橋", "はし"},
    {"角", "かど"},
    {"セキュリティ", "セキュリティ"},
    {"ウイルス", "ウイルス"},
    {"ルータ", "るーた"},
    {"RFI", "アールエフアイ"},
};

std::vector<GlossaryEntry> tricky_entries() {
  std::vector<GlossaryEntry> entries;
  for (const auto& [term, reading] : kTricky) {
    GlossaryEntry entry;
    entry.term = term;
    entry.reading = reading;
    entries.push_back(entry);
  }
  return entries;
}

TEST(SortByReading, HandCheckedOrder) {
  std::vector<GlossaryEntry> entries = tricky_entries();
  sort_by_reading(entries);
  Glossary glossary;
  glossary.entries = entries;
  // アール = ああル (ー is the vowel before it); が sorts as か, ぱ and ば as は; きよう is a
  // prefix of きょうい (small ょ as よ); ヴォ as ウオ, after ウイ.
  EXPECT_EQ(terms_of(glossary),
            (std::vector<std::string>{
                "RFI",      "IPA",  "ウイルス",   "ヴォイス", "MSS",    "カード",       "外部",
                "角",       "監視", "器用",       "脅威",     "脆弱性", "セキュリティ", "SOC",
                "パケット", "橋",   "バックドア", "ハッシュ", "ルータ", "ログ",         "ワーム"}));
}

TEST(SortByReading, AgreesWithIcuJapaneseCollator) {
  std::vector<GlossaryEntry> entries = tricky_entries();
  sort_by_reading(entries);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("ja"), status));
  ASSERT_TRUE(U_SUCCESS(status));
  for (std::size_t i = 1; i < entries.size(); ++i) {
    UErrorCode s = U_ZERO_ERROR;
    UCollationResult order = collator->compare(icu::UnicodeString::fromUTF8(entries[i - 1].reading),
                                               icu::UnicodeString::fromUTF8(entries[i].reading), s);
    EXPECT_NE(order, UCOL_GREATER) << entries[i - 1].reading << " before " << entries[i].reading;
  }
}

TEST(SortByReading, HiraganaAndKatakanaTogetherTiesByTerm) {
  std::vector<GlossaryEntry> entries(3);
  entries[0].term = "橋";
  entries[0].reading = "ハシ";
  entries[1].term = "端";
  entries[1].reading = "はし";
  entries[2].term = "箸";
  entries[2].reading = "はじ";  // 濁音 after its 清音 when the rest is equal
  sort_by_reading(entries);
  Glossary glossary;
  glossary.entries = entries;
  EXPECT_EQ(terms_of(glossary), (std::vector<std::string>{"橋", "端", "箸"}));
}

TEST(IndexLabels, GojuonRowsOfTheReadings) {
  EXPECT_EQ(index_labels({"アールエフアイ", "ヴォイス", "エムエスエス", "がいぶ", "カード",
                          "ぜいじゃくせい", "ソック", "ちょうさ", "ノック", "ぱけっと", "ハッシュ",
                          "マルウェア", "ゆーざ", "るーた", "ワーム", "ん"}),
            (std::vector<std::string>{"あ", "あ", "あ", "か", "か", "さ", "さ", "た", "な", "は",
                                      "は", "ま", "や", "ら", "わ", "わ"}));
}

TEST(IndexLabels, LatinAndOthers) {
  EXPECT_EQ(index_labels({"abc", "Zulu", "123", ""}),
            (std::vector<std::string>{"A", "Z", "その他", "その他"}));
}

}  // namespace
}  // namespace tebiki
