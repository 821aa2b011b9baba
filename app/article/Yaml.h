#pragma once

// yaml-cpp, included in one place. (GCC 12's -Wdangling-pointer used to be silenced here as a
// false positive; it was a real use-after-scope in ArticleFile::parse, found by ASan in the
// fuzz build, so the warning stays on.)
#include <yaml-cpp/yaml.h>
