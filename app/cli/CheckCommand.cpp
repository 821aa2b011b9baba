#include "CommandContext.h"
#include "Commands.h"

#include "check/Checklist.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder::cli {

int runCheck(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("check"),
        QCoreApplication::translate("Cli", "The pre-export checklist of an article; exit 1 when a blocking item fails."));
    context.addStoreOption();
    context.addJsonOption();
    context.parser().addPositionalArgument(QStringLiteral("SLUG"), QCoreApplication::translate("Cli", "the article"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList slugs = context.parser().positionalArguments();
    if (slugs.size() != 1)
        return context.fail(QCoreApplication::translate("Cli", "feder check: name exactly one slug"));
    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const std::optional<Article> article = store.articles().findBySlug(slugs.first());
        if (!article)
            return context.fail(QCoreApplication::translate("Cli", "feder check: no article with slug '%1'").arg(slugs.first()));
        const QList<CheckItem> items = Checklist::run(store, *article);
        if (context.json()) {
            context.out() << Checklist::toJson(items);
        } else {
            for (const CheckItem &item : items)
                context.out() << (item.isBlocking() ? "BLOCKING " : "warning  ") << item.field << ": " << item.message << '\n';
            if (items.isEmpty())
                context.out() << "ok\n";
        }
        return Checklist::hasBlocking(items) ? Findings : Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
