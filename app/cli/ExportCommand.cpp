#include "CommandContext.h"
#include "Commands.h"

#include "export/ExportError.h"
#include "export/Exporter.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder::cli {

namespace {

void addExportOptions(CommandContext &context)
{
    context.addStoreOption();
    context.parser().addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The folder to write to."), QStringLiteral("DIR")});
    context.parser().addOption({QStringLiteral("replace"), QCoreApplication::translate("Cli",
        "Replace existing exports.")});
    context.parser().addOption({QStringLiteral("ignore-checklist"), QCoreApplication::translate("Cli",
        "Export despite blocking checklist items.")});
    context.parser().addOption({QStringLiteral("force"), QCoreApplication::translate("Cli",
        "Both: --replace and --ignore-checklist.")});
}

Exporter::Options exportOptions(CommandContext &context)
{
    QCommandLineParser &parser = context.parser();
    const bool force = parser.isSet(QStringLiteral("force"));
    Exporter::Options options;
    options.replaceExisting = force || parser.isSet(QStringLiteral("replace"));
    options.ignoreChecklist = force || parser.isSet(QStringLiteral("ignore-checklist"));
    return options;
}

} // namespace

int runExport(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("export"),
        QCoreApplication::translate("Cli", "Export articles as self-contained HTML bundles (OUT/SLUG/ or OUT/SLUG.zip)."));
    addExportOptions(context);
    context.parser().addOption({QStringLiteral("zip"), QCoreApplication::translate("Cli", "Write SLUG.zip instead of a folder.")});
    context.parser().addPositionalArgument(QStringLiteral("SLUG"), QCoreApplication::translate("Cli", "the articles"), QStringLiteral("SLUG..."));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QString out = context.parser().value(QStringLiteral("out"));
    const QStringList slugs = context.parser().positionalArguments();
    if (out.isEmpty() || slugs.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder export: usage: feder export --store FILE --out DIR [--zip] [--replace] [--ignore-checklist] [--force] SLUG..."));
    try {
        Store &store = context.openStore(int(Store::Access::Read));
        Exporter::Options options = exportOptions(context);
        options.zip = context.parser().isSet(QStringLiteral("zip"));
        const QStringList written = Exporter(store).exportArticles(slugs, out, options);
        for (const QString &path : written)
            context.out() << "exported " << path << '\n';
        return Success;
    } catch (const ExportError &error) {
        return context.fail(error.message());
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

int runExportSite(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("export-site"),
        QCoreApplication::translate("Cli", "Export every article (or those with --status) plus an index page."));
    addExportOptions(context);
    context.parser().addOption({QStringLiteral("status"), QCoreApplication::translate("Cli", "Only articles with this status."), QStringLiteral("S")});
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QString out = context.parser().value(QStringLiteral("out"));
    const QString status = context.parser().value(QStringLiteral("status"));
    if (out.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder export-site: --out DIR is required"));
    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const Exporter::Options options = exportOptions(context);
        context.out() << "exported " << Exporter(store).exportSite(out, status, options) << '\n';
        return Success;
    } catch (const ExportError &error) {
        return context.fail(error.message());
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
