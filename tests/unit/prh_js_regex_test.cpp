// JavaScript regex → ICU translation: the meaning JavaScript gives a pattern (with prh's
// flags "gmu") is kept, even where ICU reads the same syntax differently.
#include <gtest/gtest.h>
#include <unicode/regex.h>

#include <memory>

#include "js_regex.h"

namespace tebiki {
namespace {

std::optional<IcuPattern> translate(const std::string& source, bool ignore_case = false) {
  std::string error;
  JsPattern pattern{source, ignore_case};
  auto translated = translate_js_regex(std::span(&pattern, 1), &error);
  if (!translated) ADD_FAILURE() << source << ": " << error;
  return translated;
}

/// The first match of a JavaScript pattern in text, or "<none>".
std::string first_match(const std::string& source, const std::string& text,
                        bool ignore_case = false) {
  auto translated = translate(source, ignore_case);
  if (!translated) return "<error>";
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(translated->source), 0, where, status));
  if (U_FAILURE(status)) return std::string("<icu ") + u_errorName(status) + ">";
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(text);
  std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(input, status));
  if (!matcher->find(0, status)) return "<none>";
  std::string found;
  matcher->group(status).toUTF8String(found);
  return found;
}

std::string error_of(const std::string& source) {
  std::string error;
  JsPattern pattern{source, false};
  EXPECT_FALSE(translate_js_regex(std::span(&pattern, 1), &error)) << source;
  return error;
}

TEST(JsRegex, DigitAndWordAreAscii) {
  EXPECT_EQ(first_match("\\d+", "１２3"), "3");
  EXPECT_EQ(first_match("\\w+", "éa_1"), "a_1");
  EXPECT_EQ(first_match("[\\d]+", "５5"), "5");
  EXPECT_EQ(first_match("\\D", "5５"), "５");
}

TEST(JsRegex, WordBoundaryIsAscii) {
  // ICU's \b sees も and j as word characters alike; JavaScript sees a boundary.
  EXPECT_EQ(first_match("\\bjs\\b", "今日もjs祭り"), "js");
  EXPECT_EQ(first_match("\\bjs\\b", "altjs"), "<none>");
  EXPECT_EQ(first_match("a\\B", "ab"), "a");
}

TEST(JsRegex, SpaceIsJavaScriptsSet) {
  EXPECT_EQ(first_match("\\s", "a\u3000b"), "\u3000");
  EXPECT_EQ(first_match("\\s", "a\uFEFFb"), "\uFEFF");
  EXPECT_EQ(first_match("\\s", "a\u0085b"), "<none>");
}

TEST(JsRegex, DotAndAnchorsUseJavaScriptsLineTerminators) {
  EXPECT_EQ(first_match("a.b", "a\u2028b"), "<none>");
  EXPECT_EQ(first_match("a.b", "a\u0085b"), "a\u0085b");
  EXPECT_EQ(first_match("^b", "a\nb"), "b");  // prh always adds "m"
  EXPECT_EQ(first_match("a$", "a\nb"), "a");
  EXPECT_EQ(first_match("^b", "ab"), "<none>");
  EXPECT_EQ(first_match("a$", "a\u0085"), "<none>");
}

TEST(JsRegex, IgnoreCaseFoldsOneCharacterAtATime) {
  EXPECT_EQ(first_match("ss", "ß", true), "<none>");  // ICU alone would match
  EXPECT_EQ(first_match("k", "\u212A", true), "\u212A");
  EXPECT_EQ(first_match("jquery", "JQuery", true), "JQuery");
  EXPECT_EQ(first_match("jquery", "JQuery", false), "<none>");
}

TEST(JsRegex, EscapesAndClasses) {
  EXPECT_EQ(first_match("\\u3042\\x41\\u{1F600}", "あA😀"), "あA😀");
  EXPECT_EQ(first_match("\\uD83D\\uDE00", "😀"), "😀");
  EXPECT_EQ(first_match("[\\-x]+", "a-x-b"), "-x-");
  EXPECT_EQ(first_match("[\\b]", "a\bb"), "\b");
  EXPECT_EQ(first_match("[^]", "\n"), "\n");
  EXPECT_EQ(first_match("a[]", "a"), "<none>");
  EXPECT_EQ(first_match("[[]", "["), "[");
  EXPECT_EQ(first_match("a\\/b", "a/b"), "a/b");
  EXPECT_EQ(first_match("\\p{Script=Hiragana}+", "漢かなカナ"), "かな");
  EXPECT_EQ(first_match("[^\\p{Script=Han}]", "漢字かな"), "か");
  EXPECT_EQ(first_match("#& ~", "#& ~"), "#& ~");  // ICU's free-spacing characters stay literal
}

TEST(JsRegex, GroupsAndReferences) {
  EXPECT_EQ(first_match("(a)(?<x>b)\\k<x>\\2\\1", "abbba"), "abbba");
  EXPECT_EQ(first_match("(?<=サー)バ(?!ー)", "サーバ"), "バ");
  EXPECT_EQ(error_of("(a)\\10"), "reference to a group that does not exist at character 6");
  auto translated = translate("(a)(?:b)(?<n>c)(?=d)");
  EXPECT_EQ(translated->group_count, 2);
}

TEST(JsRegex, Quantifiers) {
  EXPECT_EQ(first_match("a{2,3}", "aaaa"), "aaa");
  EXPECT_EQ(first_match("a{2,}?", "aaaa"), "aa");
  EXPECT_EQ(first_match("(?:ab)+", "ababa"), "abab");
}

TEST(JsRegex, FirstCharacters) {
  auto translated = translate("(?:x)?y|z");
  EXPECT_TRUE(translated->first_chars.contains('x'));
  EXPECT_TRUE(translated->first_chars.contains('y'));
  EXPECT_TRUE(translated->first_chars.contains('z'));
  EXPECT_EQ(translated->first_chars.size(), 3);
  EXPECT_EQ(translate("(?<=a)\\bb")->first_chars.size(), 1);
  EXPECT_TRUE(translate("js", true)->first_chars.contains('J'));
  EXPECT_GT(translate("[^a]")->first_chars.size(), 60000);
}

TEST(JsRegex, FixedPrefix) {
  auto translated = translate("[^解]決して|[^解]けして");
  ASSERT_EQ(translated->prefix.size(), 4u);
  EXPECT_GT(translated->prefix[0].size(), 60000);
  EXPECT_EQ(translated->prefix[1].size(), 2);                // 決 or け
  EXPECT_EQ(translate("a(?=b)c{2}d?e")->prefix.size(), 3u);  // a c c, then d may be absent
  EXPECT_EQ(translate("(?:ab|c)d")->prefix.size(), 1u);
  EXPECT_EQ(translate("x*y")->prefix.size(), 0u);
  EXPECT_TRUE(translate("ab", true)->prefix[1].contains('B'));
}

TEST(JsRegex, EmptyMatches) {
  EXPECT_TRUE(translate("a*")->can_match_empty);
  EXPECT_TRUE(translate("(?:)")->can_match_empty);
  EXPECT_TRUE(translate("\\b")->can_match_empty);
  EXPECT_TRUE(translate("a{0,2}")->can_match_empty);
  EXPECT_TRUE(translate("a|")->can_match_empty);
  EXPECT_FALSE(translate("a{1,2}")->can_match_empty);
  EXPECT_FALSE(translate("(?=a)a")->can_match_empty);
}

TEST(JsRegex, SyntaxErrors) {
  EXPECT_EQ(error_of("(a"), "unterminated group at character 2");
  // Found by fuzzing: 1,500 nested groups overflowed the stack of the reader.
  EXPECT_TRUE(translate(std::string(499, '(') + "a" + std::string(499, ')')));
  EXPECT_EQ(error_of(std::string(100000, '(')), "groups nested more than 500 deep at character 500");
  EXPECT_EQ(error_of("a)"), "unmatched ')' at character 1");
  EXPECT_EQ(error_of("a**"), "nothing to repeat at character 3");
  EXPECT_EQ(error_of("[b-a]"), "range out of order in character class at character 4");
  EXPECT_EQ(error_of("\\1"), "reference to a group that does not exist at character 2");
  EXPECT_EQ(error_of("a{2,1}"), "numbers out of order in {} quantifier at character 6");
  EXPECT_EQ(error_of("a{"), "incomplete quantifier at character 2");
  EXPECT_EQ(error_of("\\q"), "invalid escape at character 2");
  EXPECT_EQ(error_of("(?<n>a)(?<n>b)"), "duplicate group name");
  EXPECT_EQ(error_of("[a"), "unterminated character class at character 2");
  EXPECT_EQ(error_of("^*"), "nothing to repeat at character 1");
  EXPECT_EQ(error_of("\\p{NoSuchProperty}"), "invalid property name at character 2");
}

TEST(JsRegex, AlternativesShareGroupNumbers) {
  std::string error;
  std::vector<JsPattern> alternatives = {{"(a)", false}, {"(b)\\2", true}};
  auto translated = translate_js_regex(alternatives, &error);
  ASSERT_TRUE(translated) << error;
  EXPECT_EQ(translated->group_count, 2);
  EXPECT_EQ(translated->source, "(?:(a)|(?i:([b])(?:\\2)))");
}

}  // namespace
}  // namespace tebiki
