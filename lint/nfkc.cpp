#include "nfkc.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "source.h"

namespace tebiki {

std::string to_nfkc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString normalized = nfkc->normalize(source, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

bool has_width_forms(std::string_view text) {
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    char32_t c = decode_utf8(text, i, &length);
    if ((c >= 0xFF00 && c <= 0xFFEF) || c == 0x3000) return true;
  }
  return false;
}

}  // namespace tebiki
