// search-index.js and the text chunks, in the format described at the top of
// search_index.cpp. They are written piece by piece with append_script_string, byte for byte
// what script_json would make of the same JSON tree: the tree of a large book's index and
// text takes more time and memory to build than to write.
#include <charconv>

#include "linter.h"
#include "script_data.h"
#include "search_index.h"

namespace tebiki {
namespace {

constexpr std::string_view kLastDigits = "0123456789abcdefghijklmnopqrstuv";
constexpr std::string_view kLeadingDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*";

void append_gap(std::string& out, std::uint32_t gap) {
  char digits[8];  // 32 bits take 7 digits at most
  std::size_t first = sizeof digits;
  digits[--first] = kLastDigits[gap % 32];
  for (gap /= 32; gap > 0; gap /= 32) digits[--first] = kLeadingDigits[gap % 32];
  out.append(digits + first, sizeof digits - first);
}

std::string packed_postings(const Postings& postings) {
  std::string out;
  for (const auto& [term, docs] : postings) {
    std::uint32_t previous = 0;
    for (std::uint32_t doc : docs) append_gap(out, doc - previous), previous = doc;
    out += ',';
  }
  return out;
}

std::string joined_terms(const Postings& postings) {
  std::string out;
  for (const auto& [term, docs] : postings) {
    if (!out.empty()) out += ' ';
    out += term;
  }
  return out;
}

/// The length of UTF-8 text in UTF-16 code units, as JavaScript counts it.
std::size_t utf16_length(std::string_view text) {
  std::size_t length = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0) != 0x80) length += 1;  // a code point starts
    if ((byte & 0xF8) == 0xF0) length += 1;  // beyond the BMP: a surrogate pair
  }
  return length;
}

template <typename Integer>
void append_number(std::string& out, Integer number) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

// `"key":` of an object's member. The members are written in the order nlohmann::json keeps
// them (sorted by key), as script_json wrote the index.
void append_key(std::string& out, std::string_view key) {
  out += out.back() == '{' ? "\"" : ",\"";
  out += key;
  out += "\":";
}

void append_document(std::string& out, const SearchDocument& doc) {
  out += '[';
  append_number(out, doc.page);
  for (const std::string* text : {&doc.id, &doc.number, &doc.title}) out += ',', append_script_string(out, *text);
  for (int number : {doc.level, doc.parent}) out += ',', append_number(out, number);
  out += ',';
  append_number(out, utf16_length(doc.text));
  out += ',';
  append_script_string(out, doc.keywords);
  out += ']';
}

void append_documents(std::string& out, const std::vector<SearchDocument>& docs) {
  out += '[';
  for (const SearchDocument& doc : docs) {
    if (&doc != docs.data()) out += ',';
    append_document(out, doc);
  }
  out += ']';
}

void append_pages(std::string& out, const std::vector<SearchPage>& pages) {
  out += '[';
  for (const SearchPage& page : pages) {
    out += &page == pages.data() ? "[" : ",[";
    append_script_string(out, page.href);
    out += ',';
    append_script_string(out, page.title);
    out += ']';
  }
  out += ']';
}

void append_numbers(std::string& out, const std::vector<std::size_t>& numbers) {
  out += '[';
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) out += ',';
    append_number(out, numbers[i]);
  }
  out += ']';
}

/// The first document of each text chunk.
std::vector<std::size_t> text_chunks(const std::vector<SearchDocument>& docs) {
  std::vector<std::size_t> starts;
  std::size_t bytes = kSearchTextChunkBytes;
  for (std::size_t doc = 0; doc < docs.size(); ++doc) {
    if (bytes >= kSearchTextChunkBytes) starts.push_back(doc), bytes = 0;
    bytes += docs[doc].text.size();
  }
  return starts;
}

std::string text_chunk_script(const std::vector<SearchDocument>& docs, std::size_t chunk, std::size_t from, std::size_t to) {
  std::string out = "(window.TEBIKI_SEARCH_TEXT = window.TEBIKI_SEARCH_TEXT || {})[" + std::to_string(chunk) + "] = [";
  for (std::size_t doc = from; doc < to; ++doc) {
    if (doc > from) out += ',';
    append_script_string(out, docs[doc].text);
  }
  out += "];\n";
  return out;
}

}  // namespace

std::string search_index_script(const SearchIndex& index) {
  std::string out = "window.TEBIKI_SEARCH_INDEX = {";
  append_key(out, "chunks");
  append_numbers(out, text_chunks(index.docs));
  append_key(out, "docs");
  append_documents(out, index.docs);
  append_key(out, "gramDocs");
  append_script_string(out, packed_postings(index.grams));
  append_key(out, "grams");
  append_script_string(out, joined_terms(index.grams));
  append_key(out, "pages");
  append_pages(out, index.pages);
  append_key(out, "version");
  out += '2';
  append_key(out, "wordDocs");
  append_script_string(out, packed_postings(index.words));
  append_key(out, "words");
  append_script_string(out, joined_terms(index.words));
  out += "};\n";
  return out;
}

// The index and the chunks are written side by side, the index (the longest) first.
SiteFiles search_index_files(const SearchIndex& index) {
  std::vector<std::size_t> starts = text_chunks(index.docs);
  std::vector<std::string> chunks(starts.size());
  std::string script;
  parallel_for(starts.size() + 1, [&](std::size_t i) {
    if (i == 0) {
      script = search_index_script(index);
      return;
    }
    std::size_t chunk = i - 1, to = i < starts.size() ? starts[i] : index.docs.size();
    chunks[chunk] = text_chunk_script(index.docs, chunk, starts[chunk], to);
  });
  SiteFiles files;
  files[kSearchIndexPath] = std::move(script);
  for (std::size_t chunk = 0; chunk < chunks.size(); ++chunk) {
    files[kSearchTextFolder + std::to_string(chunk) + ".js"] = std::move(chunks[chunk]);
  }
  return files;
}

}  // namespace tebiki
