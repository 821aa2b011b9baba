#include "SnapshotCommand.h"

#include "Version.h"
#include "GuiEntry.h"
#include "cli/Cli.h"
#include "cli/CommandContext.h"
#include "preview/PreviewEnvironment.h"
#include "preview/SnapshotRenderer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>

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
    setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(FEDER_VERSION_STRING));

    // The same setup as every other command (options, help, errors, store opening and upgrade).
    cli::CommandContext context(QStringLiteral("snapshot"), QStringLiteral("Render the preview of an article to a PNG file."));
    context.addStoreOption();
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("png"), QStringLiteral("The PNG file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Page width in pixels (default 1200)."), QStringLiteral("PX"),
                      QStringLiteral("1200")});
    parser.addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("the article"));
    int exitCode = cli::Success;
    if (!context.parse(cli::commandArguments(QApplication::arguments()), &exitCode))
        return exitCode;
    const QStringList slugs = parser.positionalArguments();
    const QString png = parser.value(QStringLiteral("png"));
    bool widthOk = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&widthOk);
    if (slugs.size() != 1 || png.isEmpty())
        return context.fail(QStringLiteral("feder snapshot: usage: feder snapshot --store FILE SLUG --png OUT [--width PX]"));
    if (!widthOk || width < 200 || width > 4000)
        return context.fail(QStringLiteral("feder snapshot: --width must be between 200 and 4000 pixels"));

    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const std::optional<Article> article = store.articles().findBySlug(slugs.first());
        if (!article)
            return context.fail(QStringLiteral("feder snapshot: no article with slug '%1'").arg(slugs.first()));
        SnapshotRenderer renderer(store, *article, width, png);
        QObject::connect(&renderer, &SnapshotRenderer::finished, &app, [&](bool ok, const QString &message) {
            if (!ok)
                exitCode = context.fail(QStringLiteral("feder snapshot: ") + message);
            QApplication::quit();
        });
        renderer.start();
        QApplication::exec();
        return exitCode;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::ui
