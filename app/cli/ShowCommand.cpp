#include "CommandContext.h"
#include "Commands.h"

#include "article/ArticleFile.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>

namespace feder::cli {

int runShow(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("show"),
        QCoreApplication::translate("Cli", "Print an article as Markdown with front matter (imports back losslessly)."));
    context.addStoreOption();
    context.parser().addPositionalArgument(QStringLiteral("SLUG"), QCoreApplication::translate("Cli", "the article"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList slugs = context.parser().positionalArguments();
    if (slugs.size() != 1)
        return context.fail(QCoreApplication::translate("Cli", "feder show: name exactly one slug"));

    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const std::optional<Article> article = store.articles().findBySlug(slugs.first());
        if (!article)
            return context.fail(QCoreApplication::translate("Cli", "feder show: no article with slug '%1'").arg(slugs.first()));
        // Raw bytes, not a QTextStream: the output must be exactly the canonical file.
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(QStringLiteral("feder show: cannot write to standard output"));
        out.write(ArticleFile::write(*article));
        return Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
