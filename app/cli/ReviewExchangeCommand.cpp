#include "CommandContext.h"
#include "Commands.h"

#include "article/ArticleFileError.h"
#include "services/ReviewService.h"
#include "review/ReviewPackage.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder::cli {

int runReviewExport(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("review-export"), QStringLiteral("Write an article with its review threads to a .federreview file."));
    context.addStoreOption();
    context.parser().addOption({QStringLiteral("out"), QStringLiteral("The .federreview file."), QStringLiteral("FILE")});
    context.parser().addPositionalArgument(QStringLiteral("SLUG"), QStringLiteral("the article"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList slugs = context.parser().positionalArguments();
    const QString out = context.parser().value(QStringLiteral("out"));
    if (slugs.size() != 1 || out.isEmpty())
        return context.fail(QStringLiteral("feder review-export: usage: feder review-export --store FILE SLUG --out FILE.federreview"));
    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const Outcome exported = ReviewService(store).exportPackage(slugs.first(), out);
        return exported ? Success : context.fail(exported.message);
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

int runReviewImport(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("review-import"), QStringLiteral("Merge a .federreview file into the store (threads and replies by UUID)."));
    context.addStoreOption();
    context.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the .federreview file"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return context.fail(QStringLiteral("feder review-import: name one .federreview file"));
    try {
        const QByteArray package = ReviewPackage::readFile(files.first());
        Store &store = context.openStore(int(Store::Access::Create));
        const Result<ReviewExchange::ImportReport> imported = ReviewService(store).importPackage(package, files.first());
        if (!imported.ok())
            return context.fail(imported.message());
        const ReviewExchange::ImportReport &report = imported.value;
        context.out() << (report.articleCreated ? "imported " : "merged ") << report.slug << ": " << report.threadsAdded
                      << " thread(s) and " << report.repliesAdded << " reply(ies) added, " << report.commentsUpdated << " updated\n";
        for (const QString &conflict : report.conflicts)
            context.err() << "conflict: " << conflict << Qt::endl;
        return Success;
    } catch (const ArticleFileError &error) {
        return context.fail(error.toString());
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
