#pragma once

// yaml-cpp 0.7's node/impl.h trips GCC 12's -Wdangling-pointer (a false positive in the
// library's own inline code); include it through here to silence it for that header only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/yaml.h>
#pragma GCC diagnostic pop
