#include "GuiEntry.h"

#include "Version.h"
#include "mainwindow/GuardedApplication.h"
#include "mainwindow/TypingFeed.h"
#include "mainwindow/WindowHost.h"
#include "SnapshotCommand.h"
#include "cli/Cli.h"
#include "preview/PreviewEnvironment.h"
#include "spelling/HunspellDictionary.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

namespace feder::ui {

namespace {

// Feder is made for German editorial teams: German unless the system asks for English
// (or FEDER_LANG says otherwise).
QString uiLanguage()
{
    const QString forced = qEnvironmentVariable("FEDER_LANG");
    if (!forced.isEmpty())
        return forced.left(2);
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    if (uiLanguage() != QLatin1String("de"))
        return;
    auto *federTranslator = new QTranslator(&app);
    if (federTranslator->load(QStringLiteral(":/i18n/feder_de.qm")))
        QCoreApplication::installTranslator(federTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

bool isGuiCommand(const QString &command)
{
    return command == QLatin1String("snapshot");
}

int run(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (cli::commandName(arguments) == QLatin1String("snapshot")) // also after --store FILE
        return runSnapshot(argc, argv);
    preparePreviewEnvironment();
    GuardedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("feder"));
    QApplication::setApplicationDisplayName(QStringLiteral("Feder"));
    QApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("feder"));
    installTranslations(app);
    // Dictionaries take a moment to load: start now, off the GUI thread, so the first
    // checklist (language of alt texts) finds them ready.
    QThreadPool::globalInstance()->start([] {
        QString ignored;
        for (const QString &language : ArticleVocabulary::languages())
            DictionaryLocator::load(language, &ignored);
    });

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("store"), QApplication::translate("Gui", "The store file."), QStringLiteral("FILE")});
    parser.process(app);

    WindowHost host(Store::resolvePath(parser.value(QStringLiteral("store"))));
    host.start();
    std::unique_ptr<TypingFeed> typingFeed;
    if (qEnvironmentVariableIsSet("FEDER_TEST_TYPE_STDIN"))
        typingFeed = std::make_unique<TypingFeed>();
    return QApplication::exec();
}

} // namespace feder::ui
