#include "CommandContext.h"
#include "Commands.h"

#include "article/ReadingTime.h"
#include "store/Clock.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feder::cli {

int runList(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("list"),
        QCoreApplication::translate("Cli", "List the articles in the store."));
    context.addStoreOption();
    context.addJsonOption();
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;

    try {
        Store &store = context.openStore(int(Store::Access::Read));
        const int wordsPerMinute = store.settings().wordsPerMinute();
        const QList<Article> articles = store.articles().all();
        if (context.json()) {
            QJsonArray list;
            for (const Article &a : articles) {
                list.append(QJsonObject{
                    {QStringLiteral("slug"), a.slug},
                    {QStringLiteral("title"), a.title},
                    {QStringLiteral("author"), a.author},
                    {QStringLiteral("role"), a.role},
                    {QStringLiteral("category"), a.category},
                    {QStringLiteral("status"), a.status},
                    {QStringLiteral("language"), a.language},
                    {QStringLiteral("reading_minutes"), readingMinutes(a.body, wordsPerMinute)},
                    {QStringLiteral("updated"), Clock::toStored(a.updated)},
                });
            }
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const Article &a : articles) {
                context.out() << a.slug << '\t' << a.status << '\t'
                              << ReadingTime::text(readingMinutes(a.body, wordsPerMinute)) << '\t' << a.title << '\n';
            }
        }
        return Success;
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
