#pragma once

namespace feder::ui {

// What Qt WebEngine needs before the QApplication exists: the "feder:" URL scheme (pages and
// store images are served through it) and shared OpenGL contexts. Also lets Chromium run
// without its sandbox when started as root (CI), which it otherwise refuses.
void preparePreviewEnvironment();

} // namespace feder::ui
