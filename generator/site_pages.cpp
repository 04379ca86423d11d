#include "site_pages.h"

#include <pugixml.hpp>

#include <sstream>

#include "xrefs.h"

namespace tebiki {

std::string page_print_content(const BookConfig& config, Page& page) {
  return "<section class=\"chapter\" id=\"" + escape_html(print_anchor(page, "")) + "\">\n" +
         render_content(config, page, Variant::Print) + "</section>\n";
}

std::string not_found_content(const BookConfig& config) {
  ThemeWords words = theme_words(config.language);
  return "<h1>" + escape_html(words.not_found) + "</h1>\n<p>" + escape_html(words.not_found_text) +
         "</p>\n<p><a href=\"index.html\">" + escape_html(words.home) + "</a></p>\n";
}

std::string contents_listing(const std::vector<Page>& pages) {
  std::string html = "<ul class=\"contents\">\n";
  for (const Page& page : pages) {
    html += "<li><a href=\"" + escape_html(page.output) + "\">" + escape_html(page.numbered_title()) + "</a></li>\n";
  }
  return html + "</ul>\n";
}

std::string sitemap_xml(const BookConfig& config, const std::vector<std::string>& outputs) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node urlset = document.append_child("urlset");
  urlset.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
  for (const std::string& output : outputs) {
    urlset.append_child("url").append_child("loc").text() = (config.base_url + output).c_str();
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace tebiki
