#include "CommandContext.h"
#include "Commands.h"

#include "article/ArticleFileError.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder::cli {

int runImport(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("import"),
        QCoreApplication::translate("Cli", "Import Markdown articles (files or folders) into the store."));
    context.addStoreOption();
    context.parser().addPositionalArgument(QStringLiteral("PATH"),
        QCoreApplication::translate("Cli", ".md files or folders of them"), QStringLiteral("PATH..."));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList paths = context.parser().positionalArguments();
    if (paths.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder import: name at least one file or folder"));

    try {
        Store &store = context.openStore(int(Store::Access::Create));
        Importer importer(store);
        const QList<ImportOutcome> outcomes = importer.importPaths(paths);
        for (const QString &warning : importer.warnings())
            context.err() << QCoreApplication::translate("Cli", "warning: ") << warning << Qt::endl;
        if (outcomes.isEmpty())
            return context.fail(QCoreApplication::translate("Cli", "feder import: no .md files found"));
        for (const ImportOutcome &outcome : outcomes) {
            switch (outcome.kind) {
            case ImportOutcome::Kind::Imported: context.out() << "imported " << outcome.slug << '\n'; break;
            case ImportOutcome::Kind::Updated: context.out() << "updated " << outcome.slug << '\n'; break;
            case ImportOutcome::Kind::Unchanged: context.out() << "updated " << outcome.slug << " (unchanged)\n"; break;
            }
        }
        return Success;
    } catch (const ArticleFileError &error) {
        return context.fail(error.toString());
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
