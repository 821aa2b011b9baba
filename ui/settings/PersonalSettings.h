#pragma once

#include "Theme.h"

#include <QFont>
#include <QString>

namespace feder::ui {

// The settings that belong to one person on one machine (QSettings), each with its default and
// its valid range in one place. The team's settings (reading speed, gender forms) live in the
// store: TeamSettingsService. The reviewer's name is CurrentUser's; the interface language is
// GuiEntry's (it takes effect at the next start).
namespace PersonalSettings {

Theme theme();
void setTheme(Theme theme);

// The editor's font before zooming: by default the system's text font, a little larger.
QFont editorFont();
void setEditorFont(const QFont &font);
QFont defaultEditorFont();

// How long a typing pause lasts before the text is saved.
inline constexpr int kMinimumAutosaveDelayMs = 500;
inline constexpr int kMaximumAutosaveDelayMs = 10000;
int autosaveDelayMs();
void setAutosaveDelayMs(int milliseconds);

// The language of new articles (one of ArticleVocabulary::languages()).
QString newArticleLanguage();
void setNewArticleLanguage(const QString &language);

} // namespace PersonalSettings

} // namespace feder::ui
