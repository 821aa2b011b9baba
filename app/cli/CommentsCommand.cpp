#include "CommandContext.h"
#include "Commands.h"

#include "services/ReviewService.h"
#include "store/Clock.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feder::cli {

namespace {

int codePointOffset(const QString &text, int utf16Offset)
{
    return int(QStringView(text).left(utf16Offset).toUcs4().size());
}

QJsonObject threadJson(const AnnotationThread &thread, const Article &article)
{
    const QString body = AnnotationRepository::fieldText(article, thread.field);
    QJsonArray replies;
    for (const Comment &reply : thread.replies) {
        replies.append(QJsonObject{{QStringLiteral("id"), reply.uuid}, {QStringLiteral("author"), reply.author},
                                   {QStringLiteral("text"), reply.text},
                                   {QStringLiteral("created"), Clock::toStored(reply.created)}});
    }
    const Anchor &a = thread.anchor;
    QJsonObject json{
        {QStringLiteral("id"), thread.uuid},
        {QStringLiteral("state"), thread.state},
        {QStringLiteral("orphaned"), a.orphaned},
        {QStringLiteral("quote"), a.orphaned ? a.quote : body.mid(a.start, a.end - a.start)},
        {QStringLiteral("start"), codePointOffset(body, a.start)},
        {QStringLiteral("end"), codePointOffset(body, a.end)},
        {QStringLiteral("author"), thread.author},
        {QStringLiteral("text"), thread.text},
        {QStringLiteral("created"), Clock::toStored(thread.created)},
        {QStringLiteral("replies"), replies},
    };
    if (!thread.isOnBody())
        json.insert(QStringLiteral("field"), thread.field); // offsets and quote refer to that field
    return json;
}

} // namespace

// feder comments [add|reply|resolve|reopen] --store FILE SLUG [ID] [options]
int runComments(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("comments"),
        QCoreApplication::translate("Cli", "List review threads (open ones unless --all), or add, reply, resolve, reopen."));
    context.addStoreOption();
    context.addJsonOption();
    QCommandLineParser &parser = context.parser();
    parser.addOption({QStringLiteral("all"), QStringLiteral("List resolved threads too.")});
    parser.addOption({QStringLiteral("quote"), QStringLiteral("add: the text to comment on."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("occurrence"), QStringLiteral("add: which occurrence of the quote (1 = first)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("The comment."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("field"), QStringLiteral("add: comment on a metadata field (title, excerpt, teaser_alt, seo_title, seo_description) instead of the text."), QStringLiteral("F"), QStringLiteral("body")});
    parser.addOption({QStringLiteral("author"), QStringLiteral("Who writes it (default: $FEDER_REVIEWER, else the user)."), QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add | reply | resolve | reopen (none: list)"));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    QStringList rest = parser.positionalArguments();
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("reply"), QStringLiteral("resolve"), QStringLiteral("reopen")};
    const QString action = !rest.isEmpty() && actions.contains(rest.first()) ? rest.takeFirst() : QString();
    if (rest.isEmpty())
        return context.fail(QStringLiteral("feder comments: name the article's slug"));
    const QString slug = rest.takeFirst();
    const QString author = parser.value(QStringLiteral("author")); // empty: CurrentUser

    try {
        Store &store = context.openStore(int(action.isEmpty() ? Store::Access::Read : Store::Access::Write));
        const std::optional<Article> article = store.articles().findBySlug(slug);
        if (!article)
            return context.fail(QStringLiteral("feder comments: no article with slug '%1'").arg(slug));
        AnnotationRepository &review = store.annotations();

        if (action.isEmpty()) {
            const bool all = parser.isSet(QStringLiteral("all"));
            QJsonArray list;
            const QList<AnnotationThread> threads = review.threads(article->id);
            for (const AnnotationThread &thread : threads) {
                if (!all && !thread.isOpen())
                    continue;
                if (context.json()) {
                    list.append(threadJson(thread, *article));
                } else {
                    context.out() << thread.uuid << '\t' << thread.state << (thread.anchor.orphaned ? "\torphaned" : "")
                                  << "\t\"" << thread.anchor.quote << "\"\t" << thread.author << ": " << thread.text << '\n';
                    for (const Comment &reply : thread.replies)
                        context.out() << "\t\t" << reply.author << ": " << reply.text << '\n';
                }
            }
            if (context.json())
                context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return Success;
        }

        ReviewService comments(store, author);
        if (action == QLatin1String("add")) {
            const QString quote = parser.value(QStringLiteral("quote"));
            const QString text = parser.value(QStringLiteral("text"));
            bool ok = false;
            const int occurrence = parser.value(QStringLiteral("occurrence")).toInt(&ok);
            if (quote.isEmpty() || text.isEmpty() || !ok || occurrence < 1)
                return context.fail(QStringLiteral("feder comments add: --quote TEXT and --text COMMENT are required (--occurrence N ≥ 1)"));
            const QString field = parser.value(QStringLiteral("field"));
            const QString target = AnnotationRepository::fieldText(*article, field);
            qsizetype at = -1;
            for (int n = 0; n < occurrence; ++n) {
                at = target.indexOf(quote, at + 1);
                if (at < 0)
                    return context.fail(QStringLiteral("feder comments add: '%1' occurs fewer than %2 time(s) in '%3'").arg(quote).arg(occurrence).arg(slug));
            }
            const Result<qint64> added = comments.addComment(article->id, target, int(at), int(at + quote.size()), text, field);
            if (!added.ok())
                return context.fail(added.message());
            const QList<AnnotationThread> threads = review.threads(article->id);
            const auto created = std::find_if(threads.begin(), threads.end(), [&](const AnnotationThread &t) { return t.id == added.value; });
            context.out() << created->uuid << '\n';
            return Success;
        }
        if (rest.isEmpty())
            return context.fail(QStringLiteral("feder comments %1: name the thread id").arg(action));
        const std::optional<AnnotationThread> thread = review.threadByUuid(article->id, rest.first());
        if (!thread)
            return context.fail(QStringLiteral("feder comments %1: no thread '%2' in '%3'").arg(action, rest.first(), slug));
        const QString text = parser.value(QStringLiteral("text"));
        if (action == QLatin1String("reply") && text.isEmpty())
            return context.fail(QStringLiteral("feder comments reply: --text is required"));
        const Outcome done = action == QLatin1String("reply")
            ? comments.reply(thread->id, text)
            : comments.setResolved(thread->id, action == QLatin1String("resolve"), text);
        return done ? Success : context.fail(done.message);
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli
