// The literal prefilter of dictionary matching: where rules are filed, the cheap code point
// tests, and the findings with the prefilter against ICU searching every rule everywhere.
#include "rule_prefilter.h"

#include <gtest/gtest.h>

#include <random>

#include "dictionary_matcher.h"
#include "prh_dictionary.h"

namespace tebiki {
namespace {

PrhDictionary load(const std::string& yaml) {
  std::vector<SourceError> errors;
  auto dictionary = load_prh_dictionary_text("test.yml", yaml, {}, &errors);
  for (const SourceError& error : errors) ADD_FAILURE() << error.to_string();
  return dictionary ? std::move(*dictionary) : PrhDictionary{};
}

icu::UnicodeSet set_of(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet set(icu::UnicodeString::fromUTF8(pattern), status);
  EXPECT_TRUE(U_SUCCESS(status));
  return set;
}

TEST(CodePointTest, SmallSetsTheirComplementsAndWideSets) {
  icu::UnicodeSet small = set_of("[JjＪｊ]"), negated = set_of("[^解]"), wide = set_of("[ぁ-ん]");
  CodePointTest j(small), not_kai(negated), hiragana(wide);
  EXPECT_TRUE(j.contains(U'Ｊ'));
  EXPECT_FALSE(j.contains(U'k'));
  EXPECT_FALSE(not_kai.contains(U'解'));
  EXPECT_TRUE(not_kai.contains(U'決'));
  EXPECT_TRUE(not_kai.contains(U'😀'));
  EXPECT_TRUE(hiragana.contains(U'ぬ'));
  EXPECT_FALSE(hiragana.contains(U'ヌ'));
}

TEST(RulePrefilter, RulesAreFiledUnderTheirNarrowestPair) {
  PrhDictionary dictionary = load(
      "rules:\n"
      "  - {expected: '$1けっして', pattern: '/([^解])決して/'}\n"
      "  - {expected: JS}\n"
      "  - {expected: ころ, pattern: 頃}\n");
  RulePrefilter prefilter(dictionary.rules);
  auto kessh = prefilter.at_pair(U'決', U'し');
  ASSERT_EQ(kessh.size(), 1u);
  EXPECT_EQ(kessh[0].rule, 0u);
  EXPECT_EQ(kessh[0].offset, 1u);  // one code point after the match's start
  EXPECT_EQ(prefilter.at_pair(U'Ｊ', U's').size(), 1u);
  EXPECT_EQ(prefilter.at_pair(U'j', U'x').size(), 0u);
  EXPECT_EQ(prefilter.at_char(U'頃').size(), 1u);  // one code point: no pair to file it under
  std::u32string text = U"未解決して決して";
  EXPECT_FALSE(prefilter.prefix_fits(0, text, 1));  // 解決して
  EXPECT_TRUE(prefilter.prefix_fits(0, text, 4));   // て決して
}

/// What the matcher must find: every rule searched by ICU over the whole text, with prh's
/// rules for a match (as MatchSession::record) and its resolution of overlaps.
std::vector<TermMatch> searched_everywhere(const PrhDictionary& dictionary,
                                           const icu::UnicodeString& text) {
  std::vector<TermMatch> found;
  for (std::size_t r = 0; r < dictionary.rules.size(); ++r) {
    const PrhRule& rule = dictionary.rules[r];
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> regex(rule.pattern.regex->matcher(text, status));
    for (int32_t from = 0; from <= text.length() && regex->find(from, status);) {
      TermMatch m{r, regex->start(status), regex->end(status), "", ""};
      from = m.end > m.begin ? m.end : m.begin + 1;
      if (m.end == m.begin) continue;
      if (rule.must_be_empty && !regex->group(*rule.must_be_empty, status).isEmpty()) continue;
      regex->group(0, status).toUTF8String(m.matched);
      if (m.matched == rule.expected) continue;
      m.replacement = expand_expected(rule.expected, *regex);
      found.push_back(m);
    }
  }
  resolve_overlaps(found);
  std::erase_if(found, [](const TermMatch& m) { return m.matched == m.replacement; });
  return found;
}

std::vector<std::string> described(const std::vector<TermMatch>& matches) {
  std::vector<std::string> lines;
  for (const TermMatch& m : matches) {
    lines.push_back(std::to_string(m.rule) + ":" + std::to_string(m.begin) + "-" +
                    std::to_string(m.end) + " " + m.matched + "→" + m.replacement);
  }
  return lines;
}

TEST(RulePrefilter, FindsWhatSearchingEveryRuleEverywhereFinds) {
  PrhDictionary dictionary = load(
      "rules:\n"
      "  - {expected: JavaScript, pattern: [ジャバスクリプト, '/java ?script/i']}\n"
      "  - {expected: '$1けっして', pattern: '/([^解])決して/'}\n"
      "  - {expected: '$1の', pattern: '/([^も])のの/'}\n"
      "  - {expected: JS, pattern: js}\n"
      "  - {expected: サーバ, pattern: '/サーバー(?!ス)/'}\n"
      "  - {expected: ころ, pattern: 頃}\n"
      "  - {expected: '$1個所', pattern: '/([0-9０-９一二三])箇所/'}\n"
      "  - {expected: 😀顔, pattern: 😀かお}\n"
      "  - {expected: Web, pattern: '/\\bweb\\b/i'}\n"
      "  - {expected: '$2', pattern: '/(も)?(のの)/', regexpMustEmpty: $1}\n");
  DictionaryMatcher matcher(dictionary.rules, kLintTimeLimit);
  const std::vector<std::string> pieces = {
      "java", "Script", " ",  "ジャバ", "スクリプト", "解",  "決して", "も",
      "のの", "の",     "js", "ＪＳ",   "サーバー",   "ス",  "頃",     "3",
      "三",   "箇所",   "😀",  "かお",   "web",        "Web", "。",     "a"};
  std::mt19937 random(20261126);
  std::size_t total = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) text += pieces[random() % pieces.size()];
    Utf16Text converted = to_utf16(text);
    MatchSession session(matcher);
    std::vector<TermMatch> found = session.find(converted.text);
    ASSERT_EQ(described(found), described(searched_everywhere(dictionary, converted.text))) << text;
    total += found.size();
  }
  EXPECT_GT(total, 300u);  // the texts do have findings
}

}  // namespace
}  // namespace tebiki
