#include "PersonalSettings.h"

#include "model/Article.h"
#include "session/EditSession.h"

#include <QFontDatabase>
#include <QSettings>
#include <algorithm>

namespace feder::ui::PersonalSettings {

namespace {
const QString kTheme = QStringLiteral("ui/theme");
const QString kEditorFont = QStringLiteral("editor/font");
const QString kAutosaveDelay = QStringLiteral("editor/autosaveDelayMs");
const QString kNewArticleLanguage = QStringLiteral("articles/language");
} // namespace

Theme theme()
{
    return Themes::fromSetting(QSettings().value(kTheme).toString());
}

void setTheme(Theme theme)
{
    QSettings().setValue(kTheme, Themes::setting(theme));
}

QFont defaultEditorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

QFont editorFont()
{
    QFont font;
    const QString stored = QSettings().value(kEditorFont).toString();
    if (stored.isEmpty() || !font.fromString(stored) || font.pointSizeF() <= 0)
        return defaultEditorFont();
    return font;
}

void setEditorFont(const QFont &font)
{
    QSettings().setValue(kEditorFont, font.toString());
}

int autosaveDelayMs()
{
    bool ok = false;
    const int stored = QSettings().value(kAutosaveDelay).toInt(&ok);
    return ok ? std::clamp(stored, kMinimumAutosaveDelayMs, kMaximumAutosaveDelayMs) : EditSession::kDefaultAutosaveDelayMs;
}

void setAutosaveDelayMs(int milliseconds)
{
    QSettings().setValue(kAutosaveDelay, std::clamp(milliseconds, kMinimumAutosaveDelayMs, kMaximumAutosaveDelayMs));
}

QString newArticleLanguage()
{
    const QString stored = QSettings().value(kNewArticleLanguage).toString();
    return ArticleVocabulary::languages().contains(stored) ? stored : ArticleVocabulary::languages().constFirst();
}

void setNewArticleLanguage(const QString &language)
{
    if (ArticleVocabulary::languages().contains(language))
        QSettings().setValue(kNewArticleLanguage, language);
}

} // namespace feder::ui::PersonalSettings
