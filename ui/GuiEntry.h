#pragma once

// The one door from the executable's main() into the widgets layer. Deliberately free of
// widget headers, so main/main.cpp stays free of them too.
class QString;
class QCoreApplication;

namespace feder::ui {

// Commands that need the GUI stack (none yet besides opening the editor).
bool isGuiCommand(const QString &command);

// The application's name and organisation ("Feder"/"feder"): the per-machine settings
// (QSettings) live in ~/.config/Feder/feder.conf, not under "Unknown Organization".
void setApplicationIdentity();
// Copies the settings of versions that filed them under "Unknown Organization/feder.conf" (reviewer
// name, library sort, window place) when the current ones are still empty.
void migrateOldSettings();

// The interface language chosen in Bearbeiten ▸ Einstellungen (QSettings, "de" or "en"; none:
// follow the system). Read once at start: a change takes effect on the next start.
inline constexpr const char *kLanguageSetting = "ui/language";
// "de" or "en": FEDER_LANG, else the setting above, else German unless the system speaks English.
QString interfaceLanguage();

// Loads the German catalogues (Feder's and Qt's own) unless the settings, the system or
// FEDER_LANG ask for English.
void installTranslations(QCoreApplication &app);

// Only the checklist's messages in German (the command line stays English otherwise).
void installChecklistTranslation(QCoreApplication &app);

// Opens the editor on --store FILE, $FEDER_STORE or the default store; returns the exit code.
int run(int &argc, char **argv);

} // namespace feder::ui
