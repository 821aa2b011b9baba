#pragma once

// The one door from the executable's main() into the widgets layer. Deliberately free of
// widget headers, so app/main.cpp stays free of them too.
class QString;
class QCoreApplication;

namespace feder::ui {

// Commands that need the GUI stack (none yet besides opening the editor).
bool isGuiCommand(const QString &command);

// The application's name and organisation ("Feder"/"feder"): the per-machine settings
// (QSettings) live in ~/.config/Feder/feder.conf, not under "Unknown Organization".
void setApplicationIdentity();

// Loads the German catalogue unless the system (or FEDER_LANG) asks for English.
void installTranslations(QCoreApplication &app);

// Only the checklist's messages in German (the command line stays English otherwise).
void installChecklistTranslation(QCoreApplication &app);

// Opens the editor on --store FILE, $FEDER_STORE or the default store; returns the exit code.
int run(int &argc, char **argv);

} // namespace feder::ui
