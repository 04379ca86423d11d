// What a killed `tebiki lint --fix` leaves behind (its temporary files) is removed by the
// next run; tests/hostile/interrupted_test.sh kills the real command.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "atomic_write.h"

namespace tebiki {
namespace {
namespace fs = std::filesystem;

// The id of a process that has ended (a child that exits at once).
long ended_process() {
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

std::vector<std::string> names(const fs::path& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(folder)) out.push_back(entry.path().filename());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(InterruptedWrite, StaleTemporariesOfEndedWritersAreRemoved) {
  fs::path folder = fs::temp_directory_path() / ("tebiki-stale-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  std::string dead = std::to_string(ended_process()), alive = std::to_string(::getpid());
  for (const std::string& name : std::vector<std::string>{
           "a.md", ".a.md.tebiki-" + dead + "-Ab12Cd", ".b.md.tebiki-" + alive + "-Xy34Zw",
           ".a.md.tebiki-Ab12Cd", ".c.md.tebiki-" + dead + "-abc",
           "notes.tebiki-" + dead + "-Ab12Cd"}) {
    std::ofstream(folder / name) << "x";
  }
  EXPECT_EQ(remove_stale_temporaries(folder), 1u);
  EXPECT_EQ(names(folder),
            (std::vector<std::string>{".a.md.tebiki-Ab12Cd", ".b.md.tebiki-" + alive + "-Xy34Zw",
                                      ".c.md.tebiki-" + dead + "-abc", "a.md",
                                      "notes.tebiki-" + dead + "-Ab12Cd"}));
  fs::remove_all(folder);
}

TEST(InterruptedWrite, ProcessRunningKnowsItself) {
  EXPECT_TRUE(process_running(::getpid()));
  EXPECT_FALSE(process_running(ended_process()));
  EXPECT_FALSE(process_running(0));
  EXPECT_FALSE(process_running(-1));
}

}  // namespace
}  // namespace tebiki
