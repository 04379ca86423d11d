// `tebiki serve`'s HTTP side (cpp-httplib): site files from memory, the live-reload script
// and its server-sent events. Only files of the site are ever served: a request path is
// mapped to a site path by site_path_for, which refuses anything that tries to climb out.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "live_site.h"

namespace tebiki {

/// The site file a (percent-decoded) request path names: "/" → "index.html",
/// "/gen/" → "gen/index.html". nullopt for a path with a ".." segment, a backslash or a NUL
/// byte (answered 403).
std::optional<std::string> site_path_for(std::string_view request_path);

/// The page with the live-reload script added before </body> (only ever done when serving).
std::string with_live_reload(const std::string& html);

class LiveServer {
 public:
  explicit LiveServer(LiveSite& site);
  /// Binds host:port (port 0: any free port); returns the port, or -1.
  int bind(const std::string& host, int port);
  /// Serves until stop().
  void run();
  void stop();

 private:
  void serve_file(const httplib::Request& request, httplib::Response& response);
  void serve_events(httplib::Response& response);

  LiveSite& site_;
  httplib::Server server_;
};

}  // namespace tebiki
