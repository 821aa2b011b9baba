#include "TestSupport.h"
#include "import/Importer.h"
#include "review/Anchor.h"
#include "store/Store.h"

#include <QTemporaryDir>
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
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
