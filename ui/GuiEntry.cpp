#include "GuiEntry.h"

#include "Version.h"
#include "mainwindow/GuardedApplication.h"
#include "mainwindow/StartupTrace.h"
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
    if (uiLanguage() != QLatin1String("de")) {
        installChecklistTranslation(app);
        return;
    }
    auto *federTranslator = new QTranslator(&app);
    if (federTranslator->load(QStringLiteral(":/i18n/feder_de.qm")))
        QCoreApplication::installTranslator(federTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Feder"));
    QCoreApplication::setApplicationName(QStringLiteral("feder"));
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
    StartupTrace::markProcessStart();
    preparePreviewEnvironment();
    GuardedApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Feder"));
    QApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("feder"));
    installTranslations(app);
    // The German dictionary takes 0.2 s to load: start now, off the GUI thread, so the open
    // article finds it ready. Other languages load when an article needs them.
    QThreadPool::globalInstance()->start([] {
        QString ignored;
        DictionaryLocator::load(ArticleVocabulary::languages().constFirst(), &ignored);
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
