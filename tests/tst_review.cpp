#include "TestSupport.h"
#include "article/ArticleFileError.h"
#include "import/Importer.h"
#include "model/Anchor.h"
#include "review/ReviewExchange.h"
#include "review/ReviewPackage.h"
#include "review/RevisionDiff.h"
#include "review/Workflow.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <QTest>

using namespace feder;

namespace {

const QString kBody = QStringLiteral(
    "Die Stadt hat ihre Terminvergabe in wenigen Wochen umgestellt. Das Team arbeitet agil.\n\n"
    "Der Datenschutz war von Anfang an dabei. Das Team arbeitet agil.\n");

Anchor anchorOn(const QString &quote, int occurrence = 1)
{
    qsizetype at = -1;
    for (int n = 0; n < occurrence; ++n)
        at = kBody.indexOf(quote, at + 1);
    return Anchor::at(kBody, int(at), int(at + quote.size()));
}

// Applies an edit to text and anchor alike, as the editor does.
QString edit(QString text, Anchor &anchor, int position, int removed, const QString &inserted)
{
    text.replace(position, removed, inserted);
    anchor.followEdit(position, removed, int(inserted.size()));
    return text;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorKeepsQuoteAndContext()
    {
        const Anchor a = anchorOn(QStringLiteral("in wenigen Wochen"));
        QCOMPARE(a.quote, QStringLiteral("in wenigen Wochen"));
        QVERIFY(kBody.mid(0, a.start).endsWith(a.prefix));
        QVERIFY(kBody.mid(a.end).startsWith(a.suffix));
        QCOMPARE(a.prefix.size(), Anchor::kContextLength);
    }

    void followsEditsBeforeInsideAcrossAndAfter()
    {
        Anchor a = anchorOn(QStringLiteral("in wenigen Wochen"));
        QString text = edit(kBody, a, 0, 0, QStringLiteral("Neu: "));                     // before
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("in wenigen Wochen"));
        text = edit(text, a, a.start + 3, 0, QStringLiteral("nur "));                      // inside
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("in nur wenigen Wochen"));
        text = edit(text, a, a.end + 1, 0, QStringLiteral("fast "));                       // after
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("in nur wenigen Wochen"));
        text = edit(text, a, a.start - 4, 7, QStringLiteral("XY"));                        // across the start
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("nur wenigen Wochen"));
        text = edit(text, a, a.end - 6, 10, QString());                                    // across the end
        QCOMPARE(text.mid(a.start, a.end - a.start), QStringLiteral("nur wenigen "));
        QVERIFY(!a.orphaned);
        text = edit(text, a, a.start - 2, a.end - a.start + 4, QString());                 // all of it
        QVERIFY(a.orphaned);
        QCOMPARE(a.quote, QStringLiteral("in wenigen Wochen"));                             // the original quote stays
    }

    void reanchorsAfterOutsideChanges()
    {
        Anchor a = anchorOn(QStringLiteral("Der Datenschutz war von Anfang an dabei"));
        QString changed = kBody;
        changed.prepend(QStringLiteral("Ein neuer erster Absatz mit vielen Wörtern.\n\n"));
        a.reanchor(changed);
        QVERIFY(!a.orphaned);
        QCOMPARE(changed.mid(a.start, a.end - a.start), QStringLiteral("Der Datenschutz war von Anfang an dabei"));

        // One word changed inside the quote: the close match is found.
        changed.replace(QStringLiteral("von Anfang an"), QStringLiteral("vom ersten Tag an"));
        a.reanchor(changed);
        QVERIFY(!a.orphaned);
        QVERIFY(changed.mid(a.start, a.end - a.start).startsWith(QStringLiteral("Der Datenschutz war vom")));

        // The sentence is gone: orphaned, never attached to another sentence.
        changed.replace(QStringLiteral("Der Datenschutz war vom ersten Tag an dabei."), QStringLiteral("Ganz anderer Text hier."));
        a.reanchor(changed);
        QVERIFY(a.orphaned);
        QCOMPARE(a.quote, QStringLiteral("Der Datenschutz war von Anfang an dabei"));
    }

    void duplicatedSentencesKeepTheirOwnThread()
    {
        Anchor second = anchorOn(QStringLiteral("Das Team arbeitet agil."), 2);
        Anchor first = anchorOn(QStringLiteral("Das Team arbeitet agil."), 1);
        QVERIFY(first.start < second.start);
        QString changed = kBody;
        changed.insert(0, QStringLiteral("Vorwort.\n\n"));
        first.reanchor(changed);
        second.reanchor(changed);
        QCOMPARE(first.start, int(changed.indexOf(QStringLiteral("Das Team arbeitet agil."))));
        QCOMPARE(second.start, int(changed.lastIndexOf(QStringLiteral("Das Team arbeitet agil."))));
    }

    void threadsRepliesStateAndReimport()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("r.sqlite")), Store::Access::Create);
        const QString file = test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a"), kBody));
        Importer(*store).importPaths({file});
        const Article article = *store->articles().findBySlug(QStringLiteral("a"));
        const Anchor anchor = anchorOn(QStringLiteral("Der Datenschutz"));
        Transaction t(store->database());
        const qint64 id = store->annotations().addThread(article.id, article.body, anchor.start, anchor.end,
                                                         QStringLiteral("Jonas"), QStringLiteral("Wer genau?"));
        store->annotations().addReply(id, QStringLiteral("Miriam"), QStringLiteral("Die Beauftragte."));
        store->annotations().setState(id, QStringLiteral("resolved"));
        t.commit();
        QCOMPARE(store->annotations().openThreadCount(article.id), 0);
        QCOMPARE(store->annotations().threads(article.id).first().replies.first().text, QStringLiteral("Die Beauftragte."));

        // Re-import with a changed file: the thread follows its words.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a"),
                        QStringLiteral("Ganz neuer Anfang.\n\n") + kBody));
        Importer(*store).importPaths({file});
        const Article changed = *store->articles().findBySlug(QStringLiteral("a"));
        const Anchor moved = store->annotations().threads(article.id).first().anchor;
        QVERIFY(!moved.orphaned);
        QCOMPARE(changed.body.mid(moved.start, moved.end - moved.start), QStringLiteral("Der Datenschutz"));

        // Re-import without the sentence: reported as orphaned, kept.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a"), QStringLiteral("Nur noch das.\n")));
        Importer(*store).importPaths({file});
        const QList<AnnotationThread> threads = store->annotations().threads(article.id);
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads.first().anchor.orphaned);
        QCOMPARE(threads.first().anchor.quote, QStringLiteral("Der Datenschutz"));
    }

    // Author → reviewer → author: threads and replies merge by UUID, nothing doubles, the later
    // edit of a comment wins, and a changed body is reported, never overwritten.
    void reviewRoundTripBetweenStores()
    {
        QTemporaryDir dir;
        auto author = Store::open(dir.filePath(QStringLiteral("author.sqlite")), Store::Access::Create);
        auto reviewer = Store::open(dir.filePath(QStringLiteral("reviewer.sqlite")), Store::Access::Create);
        test::writeFile(dir, QStringLiteral("img.png"), test::pngBytes());
        const QString file = test::writeFile(dir, QStringLiteral("a.md"),
            test::articleText(QStringLiteral("title: A\nslug: a\nteaser_image: img.png\nteaser_alt: Bild"), kBody));
        Importer(*author).importPaths({file});
        const Article article = *author->articles().findBySlug(QStringLiteral("a"));
        const Anchor anchor = anchorOn(QStringLiteral("Der Datenschutz"));
        qint64 threadId = 0;
        {
            Transaction t(author->database());
            threadId = author->annotations().addThread(article.id, article.body, anchor.start, anchor.end, QStringLiteral("Jonas"), QStringLiteral("Wer?"));
            t.commit();
        }
        const QByteArray first = ReviewExchange::exportArticle(*author, QStringLiteral("a"));
        ReviewExchange::ImportReport report = ReviewExchange::importReview(*reviewer, first, QStringLiteral("a.federreview"));
        QVERIFY(report.articleCreated);
        QCOMPARE(report.threadsAdded, 1);
        const Article copy = *reviewer->articles().findBySlug(QStringLiteral("a"));
        QCOMPARE(copy.uuid, article.uuid);
        QVERIFY(reviewer->assets().find(copy.teaserAsset)); // the teaser image travelled along

        // The reviewer answers, edits the comment, and adds a thread of her own.
        const AnnotationThread theirs = reviewer->annotations().threads(copy.id).first();
        QTest::qWait(5); // a later time stamp than the author's
        {
            Transaction t(reviewer->database());
            reviewer->annotations().addReply(theirs.id, QStringLiteral("Rita"), QStringLiteral("Die Beauftragte."));
            reviewer->annotations().editComment(theirs.id, QStringLiteral("Wer genau?"));
            const Anchor agile = anchorOn(QStringLiteral("agil"), 2);
            reviewer->annotations().addThread(copy.id, copy.body, agile.start, agile.end, QStringLiteral("Rita"), QStringLiteral("Doppelt."));
            t.commit();
        }
        // Meanwhile the author changed the text.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a\nteaser_image: img.png\nteaser_alt: Bild"),
                                                                      QStringLiteral("Neuer Einstieg.\n\n") + kBody));
        Importer(*author).importPaths({file});

        const QByteArray back = ReviewExchange::exportArticle(*reviewer, QStringLiteral("a"));
        report = ReviewExchange::importReview(*author, back, QStringLiteral("b.federreview"));
        QCOMPARE(report.threadsAdded, 1);
        QCOMPARE(report.repliesAdded, 1);
        QCOMPARE(report.commentsUpdated, 1);
        QCOMPARE(report.conflicts.size(), 1);
        QVERIFY(report.conflicts.first().contains(QStringLiteral("your text was kept")));
        const Article mine = *author->articles().findBySlug(QStringLiteral("a"));
        QVERIFY(mine.body.startsWith(QStringLiteral("Neuer Einstieg.")));
        const QList<AnnotationThread> threads = author->annotations().threads(mine.id);
        QCOMPARE(threads.size(), 2);
        const auto edited = std::find_if(threads.begin(), threads.end(), [&](const AnnotationThread &t) { return t.id == threadId; });
        QCOMPARE(edited->text, QStringLiteral("Wer genau?"));
        QCOMPARE(edited->replies.size(), 1);
        for (const AnnotationThread &thread : threads) // placed on the author's (changed) text
            QCOMPARE(mine.body.mid(thread.anchor.start, thread.anchor.end - thread.anchor.start), thread.anchor.quote);

        // Importing the same file again changes nothing.
        report = ReviewExchange::importReview(*author, back, QStringLiteral("b.federreview"));
        QCOMPARE(report.threadsAdded + report.repliesAdded + report.commentsUpdated, 0);
        QCOMPARE(author->annotations().threads(mine.id).size(), 2);

        // Bad files are refused with a clear message and change nothing.
        QVERIFY_THROWS_EXCEPTION(ArticleFileError, ReviewExchange::importReview(*author, "kein JSON", QStringLiteral("x.federreview")));
        QVERIFY_THROWS_EXCEPTION(ArticleFileError, ReviewExchange::importReview(*author, "{\"format\": \"anders\"}", QStringLiteral("x.federreview")));
    }

    void hostileReviewPackagesAreRefused()
    {
        QTemporaryDir dir;
        auto source = Store::open(dir.filePath(QStringLiteral("source.sqlite")), Store::Access::Create);
        test::writeFile(dir, QStringLiteral("img.png"), test::pngBytes());
        Importer(*source).importPaths({test::writeFile(dir, QStringLiteral("a.md"),
            test::articleText(QStringLiteral("title: A\nslug: a\nteaser_image: img.png\nteaser_alt: Bild"), kBody))});
        {
            const Article article = *source->articles().findBySlug(QStringLiteral("a"));
            Transaction t(source->database());
            const qint64 thread = source->annotations().addThread(article.id, article.body, 4, 9, QStringLiteral("Jonas"), QStringLiteral("Wer?"));
            source->annotations().addReply(thread, QStringLiteral("Rita"), QStringLiteral("Ich."));
            t.commit();
        }
        const QJsonObject good = QJsonDocument::fromJson(ReviewExchange::exportArticle(*source, QStringLiteral("a"))).object();
        const QString sha = good.value(QStringLiteral("assets")).toObject().keys().first();
        const QString file = good.value(QStringLiteral("article")).toObject().value(QStringLiteral("file")).toString();

        // Each hostile package: what it changes, and a word the error message must contain.
        struct Case { const char *name; std::function<void(QJsonObject &)> change; const char *says; };
        const auto withAsset = [&](const QByteArray &bytes, const QString &mime) {
            return [=](QJsonObject &root) {
                const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                QJsonObject article = root.value(QStringLiteral("article")).toObject();
                article.insert(QStringLiteral("file"), QString(file).replace(sha, hash));
                root.insert(QStringLiteral("article"), article);
                root.insert(QStringLiteral("assets"), QJsonObject{{hash, QJsonObject{{QStringLiteral("mime"), mime},
                    {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}}}});
            };
        };
        const auto onThread = [](const std::function<void(QJsonObject &)> &change) {
            return [=](QJsonObject &root) {
                QJsonArray threads = root.value(QStringLiteral("threads")).toArray();
                QJsonObject thread = threads.first().toObject();
                change(thread);
                threads.replace(0, thread);
                root.insert(QStringLiteral("threads"), threads);
            };
        };
        const QList<Case> cases = {
            {"html asset", withAsset("<html><script>alert(1)</script></html>", QStringLiteral("text/html")), "image"},
            {"svg asset", withAsset("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", QStringLiteral("image/svg+xml")), "not a PNG, JPEG, GIF or WebP"},
            {"png named wrong hash", [&](QJsonObject &root) {
                 QJsonObject assets = root.value(QStringLiteral("assets")).toObject();
                 QJsonObject asset = assets.value(sha).toObject();
                 asset.insert(QStringLiteral("base64"), QString::fromLatin1(test::pngBytes(9, 9).toBase64()));
                 assets.insert(sha, asset);
                 root.insert(QStringLiteral("assets"), assets);
             }, "SHA-256"},
            {"image path", [&](QJsonObject &root) {
                 QJsonObject article = root.value(QStringLiteral("article")).toObject();
                 article.insert(QStringLiteral("file"), QString(file).replace(QStringLiteral("asset:") + sha, QStringLiteral("../../etc/passwd")));
                 root.insert(QStringLiteral("article"), article);
             }, "teaser_image"},
            {"empty thread id", onThread([](QJsonObject &t) { t.insert(QStringLiteral("id"), QString()); }), "threads[0].id"},
            {"thread id not a uuid", onThread([](QJsonObject &t) { t.insert(QStringLiteral("id"), QStringLiteral("x'); DROP TABLE articles;--")); }), "UUID"},
            {"number as text", onThread([](QJsonObject &t) { t.insert(QStringLiteral("text"), 42); }), "threads[0].text"},
            {"text as offset", onThread([](QJsonObject &t) { t.insert(QStringLiteral("start"), QStringLiteral("4")); }), "threads[0].start"},
            {"negative offset", onThread([](QJsonObject &t) { t.insert(QStringLiteral("start"), -3); }), "threads[0].start"},
            {"unknown state", onThread([](QJsonObject &t) { t.insert(QStringLiteral("state"), QStringLiteral("deleted")); }), "threads[0].state"},
            {"bad time", onThread([](QJsonObject &t) { t.insert(QStringLiteral("created"), QStringLiteral("gestern")); }), "threads[0].created"},
            {"replies not a list", onThread([](QJsonObject &t) { t.insert(QStringLiteral("replies"), QStringLiteral("x")); }), "threads[0].replies"},
            {"reply id twice", onThread([](QJsonObject &t) {
                 QJsonArray replies = t.value(QStringLiteral("replies")).toArray();
                 replies.append(replies.first());
                 t.insert(QStringLiteral("replies"), replies);
             }), "twice"},
            {"threads not a list", [](QJsonObject &root) { root.insert(QStringLiteral("threads"), QJsonObject()); }, "threads"},
            {"article uuid", [](QJsonObject &root) {
                 QJsonObject article = root.value(QStringLiteral("article")).toObject();
                 article.insert(QStringLiteral("uuid"), 7);
                 root.insert(QStringLiteral("article"), article);
             }, "article.uuid"},
            {"version as text", [](QJsonObject &root) { root.insert(QStringLiteral("version"), QStringLiteral("1")); }, "version"},
        };
        for (const Case &c : cases) {
            auto target = Store::open(dir.filePath(QStringLiteral("t-%1.sqlite").arg(QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-')))), Store::Access::Create);
            QJsonObject root = good;
            c.change(root);
            try {
                ReviewExchange::importReview(*target, QJsonDocument(root).toJson(), QStringLiteral("x.federreview"));
                QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(QLatin1String(c.name))));
            } catch (const ArticleFileError &error) {
                QVERIFY2(error.toString().contains(QLatin1String(c.says)), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), error.toString())));
                QVERIFY2(error.toString().startsWith(QStringLiteral("x.federreview: ")), qPrintable(error.toString()));
            }
            QVERIFY(target->isEmpty()); // nothing was written
            Statement assets(target->database(), "SELECT COUNT(*) FROM assets");
            assets.step();
            QCOMPARE(assets.integer(0), 0);
        }

        // A comment id that another article of the importing store uses: a clear message, no raw SQL error.
        auto target = Store::open(dir.filePath(QStringLiteral("collision.sqlite")), Store::Access::Create);
        ReviewExchange::importReview(*target, QJsonDocument(good).toJson(), QStringLiteral("a.federreview"));
        QJsonObject other = good;
        QJsonObject article = other.value(QStringLiteral("article")).toObject();
        article.insert(QStringLiteral("file"), QString(file).replace(QStringLiteral("slug: a\n"), QStringLiteral("slug: b\n")));
        article.insert(QStringLiteral("uuid"), QStringLiteral("6f1e2b5a-9a53-4c1c-8f0e-0a2b3c4d5e6f"));
        other.insert(QStringLiteral("article"), article);
        try {
            ReviewExchange::importReview(*target, QJsonDocument(other).toJson(), QStringLiteral("b.federreview"));
            QFAIL("a colliding comment id was accepted");
        } catch (const ArticleFileError &error) {
            QVERIFY2(error.toString().contains(QStringLiteral("belongs to another article")), qPrintable(error.toString()));
        }
        QVERIFY(!target->articles().findBySlug(QStringLiteral("b")));
        // The same article id under another slug is refused too.
        article.insert(QStringLiteral("uuid"), good.value(QStringLiteral("article")).toObject().value(QStringLiteral("uuid")));
        other.insert(QStringLiteral("article"), article);
        other.insert(QStringLiteral("threads"), QJsonArray());
        QVERIFY_THROWS_EXCEPTION(ArticleFileError, ReviewExchange::importReview(*target, QJsonDocument(other).toJson(), QStringLiteral("b.federreview")));

        // A package whose article has the slug of another article here (another id) is refused.
        QJsonObject sameSlug = good;
        QJsonObject renamed = sameSlug.value(QStringLiteral("article")).toObject();
        renamed.insert(QStringLiteral("uuid"), QStringLiteral("0b7e3f52-2d0c-4a4e-9a59-1f7a4b0c9d11"));
        sameSlug.insert(QStringLiteral("article"), renamed);
        sameSlug.insert(QStringLiteral("threads"), QJsonArray());
        try {
            ReviewExchange::importReview(*target, QJsonDocument(sameSlug).toJson(), QStringLiteral("c.federreview"));
            QFAIL("another article's package was merged into 'a'");
        } catch (const ArticleFileError &error) {
            QVERIFY2(error.toString().contains(QStringLiteral("another article")), qPrintable(error.toString()));
        }

        // A package over the size limit is refused before it is read.
        QFile big(dir.filePath(QStringLiteral("big.federreview")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ReviewPackage::kMaxBytes + 1));
        big.close();
        try {
            ReviewPackage::readFile(big.fileName());
            QFAIL("an oversized package was read");
        } catch (const ArticleFileError &error) {
            QVERIFY2(error.toString().contains(QStringLiteral("MiB")), qPrintable(error.toString()));
        }
    }

    void commentsOnMetadataFields()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("f.sqlite")), Store::Access::Create);
        const QString file = test::writeFile(dir, QStringLiteral("a.md"),
            test::articleText(QStringLiteral("title: Die neue Platform der Stadt\nslug: a\nteaser_alt: Ein Bild"), kBody));
        Importer(*store).importPaths({file});
        const Article article = *store->articles().findBySlug(QStringLiteral("a"));
        {
            Transaction t(store->database());
            store->annotations().addThread(article.id, article.title, 9, 17, QStringLiteral("Jonas"), QStringLiteral("Plattform!"), QStringLiteral("title"));
            QVERIFY_THROWS_EXCEPTION(StoreError, store->annotations().addThread(article.id, article.title, 0, 3, QStringLiteral("J"), QStringLiteral("x"), QStringLiteral("slug")));
            t.commit();
        }
        AnnotationThread thread = store->annotations().threads(article.id).first();
        QCOMPARE(thread.field, QStringLiteral("title"));
        QCOMPARE(thread.anchor.quote, QStringLiteral("Platform"));
        // The title changes around the commented word: the thread follows it in the title.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: Endlich! Die neue Platform der Stadt\nslug: a\nteaser_alt: Ein Bild"), kBody));
        Importer(*store).importPaths({file});
        thread = store->annotations().threads(article.id).first();
        QVERIFY(!thread.anchor.orphaned);
        QCOMPARE(QStringLiteral("Endlich! Die neue Platform der Stadt").mid(thread.anchor.start, thread.anchor.end - thread.anchor.start), QStringLiteral("Platform"));
        // Fixed in the title: the comment's words are gone, the thread stays as orphaned.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: Endlich! Die neue Plattform der Stadt\nslug: a\nteaser_alt: Ein Bild"), kBody));
        Importer(*store).importPaths({file});
        thread = store->annotations().threads(article.id).first();
        QVERIFY(thread.anchor.orphaned || QStringLiteral("Endlich! Die neue Plattform der Stadt").mid(thread.anchor.start, thread.anchor.end - thread.anchor.start) == QStringLiteral("Plattform"));
    }

    void wordDiffAndFieldChanges()
    {
        const QList<RevisionDiff::Segment> segments = RevisionDiff::words(
            QStringLiteral("Die Stadt hat ihre Terminvergabe umgestellt."),
            QStringLiteral("Die Gemeinde hat ihre Terminvergabe schnell umgestellt."));
        QStringList removed;
        QStringList added;
        for (const RevisionDiff::Segment &segment : segments) {
            if (segment.kind == RevisionDiff::Segment::Kind::Removed)
                removed.append(segment.text);
            if (segment.kind == RevisionDiff::Segment::Kind::Added)
                added.append(segment.text);
        }
        QCOMPARE(removed, QStringList{QStringLiteral("Stadt")});
        QCOMPARE(added, (QStringList{QStringLiteral("Gemeinde"), QStringLiteral("schnell ")}));
        QVERIFY(RevisionDiff::toHtml(segments).contains(QStringLiteral("<del style=\"color:#b02020\">Stadt</del>")));
        Article a;
        a.title = QStringLiteral("Alt");
        Article b = a;
        b.title = QStringLiteral("Neu");
        b.related = {QStringLiteral("x")};
        const auto fields = RevisionDiff::fields(a, b);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.first().field, QStringLiteral("title"));
    }

    void workflowHistoryAndRestore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("w.sqlite")), Store::Access::Create);
        const QString file = test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a"), kBody));
        Importer(*store).importPaths({file});
        Article article = *store->articles().findBySlug(QStringLiteral("a"));
        const Anchor anchor = anchorOn(QStringLiteral("Der Datenschutz"));
        {
            Transaction t(store->database());
            store->annotations().addThread(article.id, article.body, anchor.start, anchor.end, QStringLiteral("Jonas"), QStringLiteral("?"));
            QVERIFY(Workflow::needsConfirmation(*store, article, QStringLiteral("approved")));
            QVERIFY(!Workflow::needsConfirmation(*store, article, QStringLiteral("review")));
            article.status = QStringLiteral("review");
            store->articles().saveMetadata(article);
            Workflow::recordStatusChange(*store, article, QStringLiteral("draft"), QStringLiteral("Miriam"));
            t.commit();
        }
        const QList<StatusChange> history = Workflow::history(*store, article.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().from, QStringLiteral("draft"));
        QCOMPARE(history.first().to, QStringLiteral("review"));
        QCOMPARE(history.first().who, QStringLiteral("Miriam"));
        QList<Revision> revisions = store->revisions().forArticle(article.id);
        QCOMPARE(revisions.size(), 2); // the import's, then the status change's
        QCOMPARE(revisions.first().reason, QStringLiteral("import"));
        QCOMPARE(revisions.last().name, QStringLiteral("Status: ") + statusLabel(ArticleStatus::Review));

        // Change the text, then restore the snapshot: the restore is itself kept as a revision,
        // and the review thread finds its words again.
        test::writeFile(dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A neu\nslug: a\nstatus: review"),
                                                                      QStringLiteral("Vorwort.\n\n") + kBody));
        Importer(*store).importPaths({file});
        revisions = store->revisions().forArticle(article.id);
        {
            Transaction t(store->database());
            const Article restored = Workflow::restore(*store, article.id, revisions.at(1).id, QStringLiteral("Miriam"));
            t.commit();
            QCOMPARE(restored.title, QStringLiteral("A"));
        }
        const Article now = *store->articles().findBySlug(QStringLiteral("a"));
        QCOMPARE(now.body, kBody);
        QCOMPARE(now.uuid, article.uuid);
        QCOMPARE(store->revisions().forArticle(article.id).last().reason, QStringLiteral("restore"));
        const Anchor back = store->annotations().threads(article.id).first().anchor;
        QCOMPARE(now.body.mid(back.start, back.end - back.start), QStringLiteral("Der Datenschutz"));
        {
            Transaction t(store->database());
            store->revisions().rename(revisions.first().id, QStringLiteral("Vor der Freigabe"));
            t.commit();
        }
        QCOMPARE(store->revisions().find(revisions.first().id)->name, QStringLiteral("Vor der Freigabe"));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
