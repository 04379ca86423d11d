#include "serve_http.h"

#include <deque>
#include <memory>

#include "embedded_files.h"

namespace tebiki {
namespace {

constexpr const char* kEventsPath = "/__tebiki/events";
constexpr const char* kScriptPath = "/__tebiki/live-reload.js";
constexpr int kHeartbeatMs = 15000;  // a comment line now and then: a closed tab is noticed
constexpr std::size_t kThreads = 32; // open pages each hold one for their event stream

std::string content_type(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".xml", "application/xml"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
      {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".gif", "image/gif"}, {".webp", "image/webp"},
      {".ico", "image/x-icon"}, {".woff2", "font/woff2"}, {".pdf", "application/pdf"},
      {".txt", "text/plain; charset=utf-8"}, {".csv", "text/csv; charset=utf-8"}};
  for (const auto& [extension, type] : kTypes) {
    if (path.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

// One event in the text/event-stream format; each line of the data gets its own "data:".
std::string event_text(const LiveEvent& event) {
  std::string text = "id: " + std::to_string(event.id) + "\nevent: " + event.type + "\n";
  std::size_t start = 0;
  do {
    std::size_t end = event.data.find('\n', start);
    text += "data: " + event.data.substr(start, end == std::string::npos ? std::string::npos : end - start) + "\n";
    start = end == std::string::npos ? std::string::npos : end + 1;
  } while (start != std::string::npos);
  return text + "\n";
}

}  // namespace

std::optional<std::string> site_path_for(std::string_view request_path) {
  if (request_path.find('\0') != std::string_view::npos || request_path.find('\\') != std::string_view::npos) {
    return std::nullopt;
  }
  std::string path;
  std::size_t start = 0;
  while (start <= request_path.size()) {
    std::size_t end = std::min(request_path.find('/', start), request_path.size());
    std::string_view segment = request_path.substr(start, end - start);
    if (segment == "..") return std::nullopt;
    if (!segment.empty() && segment != ".") path += (path.empty() ? "" : "/") + std::string(segment);
    start = end + 1;
  }
  if (path.empty() || request_path.ends_with('/')) path += path.empty() ? "index.html" : "/index.html";
  return path;
}

std::string with_live_reload(const std::string& html) {
  std::string tag = std::string("<script src=\"") + kScriptPath + "\"></script>\n";
  std::size_t body = html.rfind("</body>");
  if (body == std::string::npos) return html + tag;
  return html.substr(0, body) + tag + html.substr(body);
}

LiveServer::LiveServer(LiveSite& site) : site_(site) {
  server_.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  server_.set_keep_alive_timeout(1);
  // cpp-httplib's default also sets SO_REUSEPORT: a second `tebiki serve` on the same port
  // then binds too, and the kernel splits the requests between the two servers. Only
  // SO_REUSEADDR, so that a restarted server gets its port back at once.
  server_.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  server_.set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
  server_.Get(kEventsPath, [this](const httplib::Request&, httplib::Response& response) { serve_events(response); });
  server_.Get(kScriptPath, [](const httplib::Request&, httplib::Response& response) {
    auto script = embedded_theme().find("serve/live-reload.js");
    response.set_content(script == embedded_theme().end() ? "" : std::string(script->second), content_type(".js"));
  });
  server_.Get(R"(/.*)", [this](const httplib::Request& request, httplib::Response& response) {
    serve_file(request, response);
  });
}

int LiveServer::bind(const std::string& host, int port) {
  if (port == 0) return server_.bind_to_any_port(host);
  return server_.bind_to_port(host, port) ? port : -1;
}

void LiveServer::run() { server_.listen_after_bind(); }

void LiveServer::stop() { server_.stop(); }

void LiveServer::serve_file(const httplib::Request& request, httplib::Response& response) {
  std::optional<std::string> path = site_path_for(request.path);
  if (!path) {
    response.status = 403;
    response.set_content("403 Forbidden\n", content_type(".txt"));
    return;
  }
  std::shared_ptr<const std::string> file = site_.find(*path);
  if (!file) {
    response.status = 404;
    file = site_.find("404.html");
    if (!file) return response.set_content("404 Not Found\n", content_type(".txt"));
    path = "404.html";
    // Served at any path: its relative links resolve from the site's root, where serve has it
    // (a base element before the one its script adds for the book's published folder).
    std::string page = *file;
    std::size_t head = page.find("<head>");
    if (head != std::string::npos) page.insert(head + 6, "\n<base href=\"/\" />");
    return response.set_content(with_live_reload(page), content_type(*path));
  }
  if (path->ends_with(".html")) response.set_content(with_live_reload(*file), content_type(*path));
  else response.set_content(*file, content_type(*path));
}

// The stream starts with the current state (a failed build shows at once in a page opened
// later), then waits for new events.
void LiveServer::serve_events(httplib::Response& response) {
  auto seen = std::make_shared<std::uint64_t>(site_.last_event_id());
  auto started = std::make_shared<bool>(false);
  response.set_chunked_content_provider("text/event-stream", [this, seen, started](std::size_t, httplib::DataSink& sink) {
    std::string text;
    std::deque<LiveEvent> events;
    if (!*started) {
      *started = true;
      text = "retry: 1000\n\n";
      if (auto failure = site_.current_failure()) text += event_text(*failure);
    } else if (!site_.next_events(seen.get(), &events, kHeartbeatMs)) {
      sink.done();
      return false;
    }
    for (const LiveEvent& event : events) text += event_text(event);
    if (text.empty()) text = ": still here\n\n";
    return sink.write(text.data(), text.size());
  });
}

}  // namespace tebiki
