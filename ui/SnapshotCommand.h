#pragma once

namespace feder::ui {

// `feder snapshot --store FILE SLUG --png OUT [--width PX]`: the preview page as a PNG,
// rendered off-screen (no window; works under QT_QPA_PLATFORM=offscreen and without a display).
int runSnapshot(int &argc, char **argv);

} // namespace feder::ui
