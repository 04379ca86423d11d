#include "terminal_width.h"

#include <unicode/uchar.h>

#include "source.h"

namespace tebiki {

int code_point_width(char32_t code_point) {
  auto c = static_cast<UChar32>(code_point);
  int category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
    return 0;
  }
  int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    width += static_cast<std::size_t>(code_point_width(decode_utf8(text, i, &length)));
    i += length;
  }
  return width;
}

}  // namespace tebiki
