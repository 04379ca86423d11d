// Recognising the node types of cmark-gfm's extensions (table, table_cell, strikethrough),
// which have no constants: their numbers are handed out when the extensions register.
#pragma once

#include <cmark-gfm.h>

#include <cstring>

namespace tebiki {

/// True when the node's type is the extension type named `name` ("table_cell"). A core
/// type (text, paragraph, …: nearly every node) is told apart by its number, without
/// comparing names.
inline bool is_extension_type(cmark_node* node, const char* name) {
  auto type = static_cast<unsigned>(cmark_node_get_type(node));
  unsigned value = type & CMARK_NODE_VALUE_MASK;
  bool core = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE
                  ? value <= (CMARK_NODE_FOOTNOTE_REFERENCE & CMARK_NODE_VALUE_MASK)
                  : value <= (CMARK_NODE_FOOTNOTE_DEFINITION & CMARK_NODE_VALUE_MASK);
  if (core) return false;
  const char* type_name = cmark_node_get_type_string(node);
  return type_name && std::strcmp(type_name, name) == 0;
}

}  // namespace tebiki
