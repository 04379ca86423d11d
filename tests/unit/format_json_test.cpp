#include "format_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

namespace tebiki {
namespace {

TEST(FormatJson, FieldsInOrderWithCodePointColumns) {
  std::vector<SourceFile> files = {SourceFile("a.md", "前置き\nＡＢＣを使う\n")};
  std::size_t begin = files[0].text().find("ＡＢＣ");
  Diagnostics diagnostics = {
      {"width", Severity::Error, "a.md", begin, begin + 9, "全角英字「ＡＢＣ」", "ABC"},
      {"terms", Severity::Warning, "a.md", 0, 3, "\"引用\"と\\", std::nullopt},
  };
  EXPECT_EQ(format_json(diagnostics, lookup_in(files)),
            "{\n"
            "  \"diagnostics\": [\n"
            "    {\n"
            "      \"file\": \"a.md\",\n"
            "      \"line\": 2,\n"
            "      \"column\": 1,\n"
            "      \"end_line\": 2,\n"
            "      \"end_column\": 4,\n"
            "      \"rule\": \"width\",\n"
            "      \"severity\": \"error\",\n"
            "      \"message\": \"全角英字「ＡＢＣ」\",\n"
            "      \"replacement\": \"ABC\"\n"
            "    },\n"
            "    {\n"
            "      \"file\": \"a.md\",\n"
            "      \"line\": 1,\n"
            "      \"column\": 1,\n"
            "      \"end_line\": 1,\n"
            "      \"end_column\": 2,\n"
            "      \"rule\": \"terms\",\n"
            "      \"severity\": \"warning\",\n"
            "      \"message\": \"\\\"引用\\\"と\\\\\",\n"
            "      \"replacement\": null\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(FormatJson, EmptyListIsValidJson) {
  auto parsed = nlohmann::json::parse(format_json({}, nullptr));
  ASSERT_TRUE(parsed["diagnostics"].is_array());
  EXPECT_TRUE(parsed["diagnostics"].empty());
}

TEST(FormatJson, InvalidBytesInAMessageDoNotThrow) {
  Diagnostics diagnostics = {{"x", Severity::Error, "a.md", 0, 0, "bad \xFF byte", std::nullopt}};
  std::string out = format_json(diagnostics, nullptr);
  EXPECT_TRUE(nlohmann::json::accept(out));
}

// The output is written by hand: it must stay what nlohmann's dump(2) printed before.
std::string dumped_by_nlohmann(const Diagnostics& diagnostics, const SourceLookup& lookup) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    DiagnosticSpan span = locate(d, lookup);
    nlohmann::ordered_json entry = {
        {"file", d.file},           {"line", span.begin.line},       {"column", span.begin.column},
        {"end_line", span.end.line}, {"end_column", span.end.column}, {"rule", d.rule},
        {"severity", severity_name(d.severity)}, {"message", d.message}};
    entry["replacement"] = d.replacement ? nlohmann::ordered_json(*d.replacement) : nullptr;
    list.push_back(entry);
  }
  nlohmann::ordered_json root = {{"diagnostics", std::move(list)}};
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

TEST(FormatJson, SameBytesAsNlohmannForEveryEscape) {
  std::string awkward = "tab\t nl\n cr\r ff\f bs\b \x01\x1F\x7F / \"q\" \\ é 😀 「」";
  Diagnostics diagnostics = {
      {"terms", Severity::Error, "dir/\"a\".md", 0, 0, awkward, awkward},
      {"width", Severity::Warning, "b.md", 0, 0, "bad \xFF\xC3( byte", std::string("\xE3\x81")},
      {"width", Severity::Warning, "b.md", 0, 0, "", std::string()},
  };
  EXPECT_EQ(format_json(diagnostics, nullptr), dumped_by_nlohmann(diagnostics, nullptr));
  EXPECT_EQ(format_json({}, nullptr), dumped_by_nlohmann({}, nullptr));
}

}  // namespace
}  // namespace tebiki
