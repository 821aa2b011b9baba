#include "GuiEntry.h"

#include "Version.h"
#include "mainwindow/GuardedApplication.h"
#include "mainwindow/StartupTrace.h"
#include "mainwindow/TypingFeed.h"
#include "mainwindow/WindowHost.h"
#include "settings/PersonalSettings.h"
#include "SnapshotCommand.h"
#include "cli/Cli.h"
#include "concurrency/BackgroundWork.h"
#include "preview/PreviewEnvironment.h"
#include "spelling/HunspellDictionary.h"
#include "services/OpenFileService.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace feder::ui {

// Feder is made for German editorial teams: German unless the system asks for English
// (or the settings or FEDER_LANG say otherwise).
QString interfaceLanguage()
{
    const QString forced = qEnvironmentVariable("FEDER_LANG");
    if (!forced.isEmpty())
        return forced.left(2);
    const QString chosen = QSettings().value(QLatin1String(kLanguageSetting)).toString(); // Einstellungen
    if (chosen == QLatin1String("de") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
}

namespace {

// Qt's own German catalogues (Debian: qt6-translations-l10n): dialog buttons, the editor's
// context menu, file dialogs, shortcut names („Strg+S“), the web engine's messages.
void installQtTranslations(QCoreApplication &app)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char *catalogue : {"qtbase_de", "qtwebengine_de"}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLatin1String(catalogue), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

// The pre-export checklist speaks German everywhere (GUI in any language, `feder check`,
// `feder export`); its counted messages take their singular and plural forms from the German
// catalogue. This translator answers for the "Checklist" context only.
class ChecklistTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (qstrcmp(context, "Checklist") != 0)
            return {};
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

} // namespace

void installChecklistTranslation(QCoreApplication &app)
{
    auto *translator = new ChecklistTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/feder_de.qm")))
        QCoreApplication::installTranslator(translator);
}

void installTranslations(QCoreApplication &app)
{
    if (interfaceLanguage() != QLatin1String("de")) {
        installChecklistTranslation(app);
        return;
    }
    auto *federTranslator = new QTranslator(&app);
    if (federTranslator->load(QStringLiteral(":/i18n/feder_de.qm")))
        QCoreApplication::installTranslator(federTranslator);
    installQtTranslations(app);
    // Dates and numbers in German too, also when the system speaks another language.
    if (QLocale::system().language() != QLocale::German)
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Feder"));
    QCoreApplication::setApplicationName(QStringLiteral("feder"));
    migrateOldSettings();
}

void migrateOldSettings()
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return; // already in use: never overwritten
    // Before the organisation was set, Qt filed the settings under "Unknown Organization".
    const QSettings old(QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
    for (const QString &key : old.allKeys())
        current.setValue(key, old.value(key));
}

bool isGuiCommand(const QString &command)
{
    // `feder FILE.md` (the launcher's Exec=feder %F): a file, not a command, opens the editor.
    return command == QLatin1String("snapshot") || (!cli::isCommand(command) && OpenFileService::looksLikeFile(command));
}

int run(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (cli::commandName(arguments) == QLatin1String("snapshot")) // also after --store FILE
        return runSnapshot(argc, argv);
    StartupTrace::markProcessStart();
    preparePreviewEnvironment();
    GuardedApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Feder"));
    QApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));
    // The app id: the installed desktop entry is de.feder.Feder.desktop (resources/CMakeLists.txt).
    QApplication::setDesktopFileName(QStringLiteral("de.feder.Feder"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/de.feder.Feder.svg")));
    installTranslations(app);
    Themes::apply(PersonalSettings::theme()); // before the first window or question
    // The German dictionary takes 0.2 s to load: start now, off the GUI thread, so the open
    // article finds it ready. Other languages load when an article needs them. Declared before
    // the window host: a load under way is waited for (not cut off) after the window went, one
    // not started yet is skipped.
    BackgroundWork<void> dictionaryPreload;
    dictionaryPreload.start([] {
        QString ignored;
        DictionaryLocator::load(ArticleVocabulary::languages().constFirst(), &ignored);
    });

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"), QApplication::translate("Gui", "The store file."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FILE.md"), QApplication::translate("Gui", "Markdown files to import and open."),
                                 QStringLiteral("[FILE.md...]"));
    parser.process(app);

    WindowHost host(Store::resolvePath(parser.value(QStringLiteral("store"))));
    host.setFilesToOpen(parser.positionalArguments()); // imported into the store, the last one shown
    host.start();
    std::unique_ptr<TypingFeed> typingFeed;
    if (qEnvironmentVariableIsSet("FEDER_TEST_TYPE_STDIN"))
        typingFeed = std::make_unique<TypingFeed>();
    return QApplication::exec();
}

} // namespace feder::ui
