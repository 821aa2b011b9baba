#include "SnapshotCommand.h"

#include "Version.h"
#include "cli/Cli.h"
#include "preview/PreviewEnvironment.h"
#include "preview/SnapshotRenderer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace feder::ui {

int runSnapshot(int &argc, char **argv)
{
    // Without a display there is nothing to show anyway: render off-screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.webenginecontext.info=false"); // keep stderr for real errors
    preparePreviewEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("feder"));
    QApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Render the preview of an article to a PNG file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("The PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Page width in pixels (default 1200)."), QStringLiteral("PX"),
                      QStringLiteral("1200")});
    parser.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("the article"));
    QStringList arguments = QApplication::arguments();
    arguments.removeAt(cli::commandIndex(arguments)); // the word "snapshot", wherever it stands
    if (!parser.parse(arguments)) {
        err << "feder snapshot: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << cli::helpText(parser, QStringLiteral("snapshot"));
        return 0;
    }
    const QStringList slugs = parser.positionalArguments();
    const QString png = parser.value(QStringLiteral("png"));
    bool widthOk = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&widthOk);
    if (slugs.size() != 1 || png.isEmpty()) {
        err << "feder snapshot: usage: feder snapshot --store FILE SLUG --png OUT [--width PX]" << Qt::endl;
        return 2;
    }
    if (!widthOk || width < 200 || width > 4000) {
        err << "feder snapshot: --width must be between 200 and 4000 pixels" << Qt::endl;
        return 2;
    }

    try {
        auto store = Store::open(Store::resolvePath(parser.value(QStringLiteral("store"))), Store::Access::Read);
        const std::optional<Article> article = store->articles().findBySlug(slugs.first());
        if (!article) {
            err << "feder snapshot: no article with slug '" << slugs.first() << "'" << Qt::endl;
            return 2;
        }
        SnapshotRenderer renderer(*store, *article, width, png);
        int exitCode = 0;
        QObject::connect(&renderer, &SnapshotRenderer::finished, &app, [&](bool ok, const QString &message) {
            if (!ok) {
                err << "feder snapshot: " << message << Qt::endl;
                exitCode = 2;
            }
            QApplication::quit();
        });
        renderer.start();
        QApplication::exec();
        return exitCode;
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace feder::ui
