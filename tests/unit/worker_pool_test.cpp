// parallel_for on the reused worker threads: every index runs exactly once, a parallel_for
// inside another (or on another thread at the same time) runs all its items too, and the
// pool stays usable after a failure. (Which item runs first is not observable from outside
// without racing the threads, so the order of parallel_for_largest_first is not asserted.)
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "linter.h"

namespace tebiki {
namespace {

TEST(ParallelFor, EveryIndexRunsExactlyOnceCallAfterCall) {
  for (std::size_t count : {0u, 1u, 2u, 7u, 1000u}) {
    for (int call = 0; call < 20; ++call) {
      std::vector<std::atomic<int>> runs(count);
      parallel_for(count, [&](std::size_t i) { ++runs[i]; });
      for (std::size_t i = 0; i < count; ++i) ASSERT_EQ(runs[i], 1) << count << " " << i;
    }
  }
}

TEST(ParallelFor, ANestedCallRunsAllItsItems) {
  std::atomic<int> inner{0};
  parallel_for(8, [&](std::size_t) { parallel_for(10, [&](std::size_t) { ++inner; }); });
  EXPECT_EQ(inner, 80);
}

TEST(ParallelFor, CallsFromTwoThreadsAtOnceBothComplete) {
  std::atomic<int> total{0};
  auto many = [&] {
    for (int call = 0; call < 50; ++call) parallel_for(100, [&](std::size_t) { ++total; });
  };
  std::thread other(many);
  many();
  other.join();
  EXPECT_EQ(total, 2 * 50 * 100);
}

TEST(ParallelFor, AnExceptionOnTheCallingThreadReachesTheCallerAndThePoolGoesOn) {
  std::thread::id caller = std::this_thread::get_id();
  std::atomic<int> on_caller{0};
  EXPECT_THROW(parallel_for(100,
                            [&](std::size_t) {
                              if (std::this_thread::get_id() == caller) {
                                ++on_caller;
                                throw std::runtime_error("stop");
                              }
                              // A worker waits (up to 10 s) until the caller has taken an item:
                              // on a busy machine the workers could otherwise take them all.
                              for (int waited = 0; on_caller == 0 && waited < 10000; ++waited) {
                                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                              }
                            }),
               std::runtime_error);
  EXPECT_EQ(on_caller, 1);
  std::atomic<int> runs{0};
  parallel_for(100, [&](std::size_t) { ++runs; });
  EXPECT_EQ(runs, 100);
}

// Before, an item that threw on a worker thread ended the program (std::terminate).
TEST(ParallelFor, AnExceptionOnAWorkerThreadReachesTheCallerAndThePoolGoesOn) {
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "no worker threads on one core";
  std::thread::id caller = std::this_thread::get_id();
  std::atomic<int> on_workers{0};
  EXPECT_THROW(parallel_for(200,
                            [&](std::size_t) {
                              if (std::this_thread::get_id() != caller) {
                                ++on_workers;
                                throw std::runtime_error("stop");
                              }
                              // The caller waits (up to 10 s) until a worker has taken an item.
                              for (int waited = 0; on_workers == 0 && waited < 10000; ++waited) {
                                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                              }
                            }),
               std::runtime_error);
  EXPECT_GT(on_workers, 0);
  std::atomic<int> runs{0};
  parallel_for(100, [&](std::size_t) { ++runs; });
  EXPECT_EQ(runs, 100);
}

TEST(ParallelForLargestFirst, RunsEveryItemOnce) {
  std::vector<std::size_t> sizes = {3, 50, 7, 1000, 1, 50};
  std::vector<std::atomic<int>> runs(sizes.size());
  parallel_for_largest_first(sizes.size(), [&](std::size_t i) { return sizes[i]; }, [&](std::size_t i) { ++runs[i]; });
  for (std::size_t i = 0; i < sizes.size(); ++i) EXPECT_EQ(runs[i], 1) << i;
}

}  // namespace
}  // namespace tebiki
