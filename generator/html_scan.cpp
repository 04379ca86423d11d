#include "html_scan.h"

#include <cstdint>

namespace tebiki {
namespace {

// A code point written as pugixml writes a decoded reference: UTF-8, also for what is not a
// character (a surrogate; a value past U+10FFFF has its high bits cut from the lead byte).
void append_code_point(std::string& out, std::uint32_t c) {
  auto byte = [&](std::uint32_t value) { out += static_cast<char>(static_cast<std::uint8_t>(value)); };
  if (c < 0x80) return byte(c);
  static constexpr std::uint32_t kLead[] = {0, 0xC0, 0xE0, 0xF0};
  int continuation = c < 0x800 ? 1 : c < 0x10000 ? 2 : 3;
  byte(kLead[continuation] | c >> (6 * continuation));
  for (int shift = 6 * (continuation - 1); shift >= 0; shift -= 6) byte(0x80 | (c >> shift & 0x3F));
}

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  char lower = static_cast<char>(c | 0x20);
  return hex && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// "&#38;" or "&#x26;" at raw[at]: the end of the reference, or 0 when it is not one. The value
// wraps around past 32 bits, as pugixml's does.
std::size_t numeric_reference(std::string_view raw, std::size_t at, std::uint32_t& value) {
  bool hex = at + 2 < raw.size() && raw[at + 2] == 'x';
  std::size_t i = at + (hex ? 3 : 2);
  std::size_t first = i;
  value = 0;
  for (; i < raw.size() && raw[i] != ';'; ++i) {
    int digit = digit_value(raw[i], hex);
    if (digit < 0) return 0;
    value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
  }
  return i < raw.size() && i > first ? i + 1 : 0;
}

bool starts_at(std::string_view raw, std::size_t at, std::string_view name) {
  return raw.compare(at, name.size(), name) == 0;
}

// Decodes the reference at raw[at] (an '&') into out and returns where the text goes on; a
// malformed or unknown reference is kept as written.
std::size_t append_reference(std::string_view raw, std::size_t at, std::string& out) {
  struct Named {
    std::string_view name;
    char value;
  };
  static constexpr Named kNamed[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
  if (at + 1 < raw.size() && raw[at + 1] == '#') {
    std::uint32_t value = 0;
    if (std::size_t end = numeric_reference(raw, at, value)) {
      append_code_point(out, value);
      return end;
    }
  }
  for (const Named& named : kNamed) {
    if (!starts_at(raw, at + 1, named.name)) continue;
    out += named.value;
    return at + 1 + named.name.size();
  }
  out += '&';
  return at + 1;
}

// A reference to code point 0 wrote a NUL: the value ends there, as pugixml's C strings do.
std::string cut_at_nul(std::string out) {
  std::size_t nul = out.find('\0');
  if (nul != std::string::npos) out.resize(nul);
  return out;
}

// The shared loop. In an attribute value, a tab or line break (CR LF, CR, LF) is a space; in
// text, a CR LF or CR is LF. References are decoded, except in CDATA.
template <bool references, bool attribute>
std::string read_value(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (references && c == '&') {
      i = append_reference(raw, i, out);
      continue;
    }
    if (c == '\r') {
      out += attribute ? ' ' : '\n';
      i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
      continue;
    }
    out += attribute && (c == '\t' || c == '\n') ? ' ' : c;
    ++i;
  }
  return cut_at_nul(std::move(out));
}

}  // namespace

std::string read_attribute(std::string_view raw) { return read_value<true, true>(raw); }

std::string read_text(std::string_view raw) { return read_value<true, false>(raw); }

std::string read_cdata(std::string_view raw) { return read_value<false, false>(raw); }

}  // namespace tebiki
