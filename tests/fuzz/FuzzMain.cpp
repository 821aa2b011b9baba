// One libFuzzer target: built once per entry point with FEDER_FUZZ_TARGET naming the function in
// FuzzTargets.cpp (tests/fuzz/CMakeLists.txt). A FuzzFailure or an unexpected exception escapes
// LLVMFuzzerTestOneInput, std::terminate aborts, and libFuzzer saves the input as a crash.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>

namespace {

const feder::fuzz::Target *g_target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Kept for the whole run (libFuzzer ends the process with exit()); translate(), QImage and
    // the store need an application object.
    static auto *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    g_target = feder::fuzz::target(QStringLiteral(FEDER_FUZZ_TARGET));
    if (!g_target) {
        std::fprintf(stderr, "fuzz: unknown target %s\n", FEDER_FUZZ_TARGET);
        std::abort();
    }
    feder::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, not fromRawData: the app's byte arrays always end in a NUL the code may rely on.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        g_target->run(bytes);
    } catch (const feder::fuzz::FuzzFailure &failure) {
        std::fprintf(stderr, "\nfuzz: %s: invariant broken: %s\n", FEDER_FUZZ_TARGET, failure.what());
        std::abort();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "\nfuzz: %s: unexpected exception: %s\n", FEDER_FUZZ_TARGET, error.what());
        std::abort();
    }
    return 0;
}
