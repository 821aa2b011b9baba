// The open article is one observable document (app/session/EditSession): it loads the text into
// its own QTextDocument, reports the author's edits and nothing else, and every part that shows
// the article follows it by itself — shown here without a MainWindow in between.
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "check/ChecklistPanel.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "library/ArticleFilterModel.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "metadata/MetadataController.h"
#include "metadata/MetadataPanel.h"
#include "review/ReviewController.h"
#include "services/ArticleService.h"
#include "services/TrashService.h"
#include "session/EditSession.h"
#include "spelling/SpellingController.h"
#include "spelling/SpellingPanel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace feder;
using namespace feder::ui;

class TestEditSession : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }
    QString storedBody(const QString &slug) { return m_store->articles().findBySlug(slug)->body; }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"),
                        test::articleText(QStringLiteral("title: Alpha\nslug: alpha\nlanguage: de-DE"), QStringLiteral("Erster Absatz.\n")));
        test::writeFile(*m_dir, QStringLiteral("b.md"),
                        test::articleText(QStringLiteral("title: Beta\nslug: beta\nlanguage: en-US"), QStringLiteral("Second text.\n")));
        Importer(*m_store).importPaths({m_dir->path()});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void loadingIsNoEditAndUndoStaysWithItsArticle()
    {
        EditSession session(*m_store);
        QSignalSpy opened(&session, &EditSession::opened);
        QSignalSpy edited(&session, &EditSession::textEdited);
        QVERIFY(session.open(idOf(QStringLiteral("alpha"))));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.document().toPlainText(), QStringLiteral("Erster Absatz.\n"));
        QCOMPARE(edited.size(), 0);
        QVERIFY(!session.isModified());
        QVERIFY(!session.document().isUndoAvailable());

        QTextCursor cursor(&session.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("Neu."));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().value(1).toInt(), 0);  // removed
        QCOMPARE(edited.first().value(2).toInt(), 4);  // added
        QVERIFY(session.isModified());
        QCOMPARE(session.text(), QStringLiteral("Erster Absatz.\nNeu."));
        QCOMPARE(session.current().body, session.text());

        // Opening another article saves this one first; its undo history does not come along.
        QVERIFY(session.open(idOf(QStringLiteral("beta"))));
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz.\nNeu."));
        QCOMPARE(session.text(), QStringLiteral("Second text.\n"));
        QVERIFY(!session.document().isUndoAvailable());
        QCOMPARE(edited.size(), 1);

        session.close();
        QCOMPARE(session.text(), QString());
        QVERIFY(!session.hasArticle());
    }

    // A row that moves because of a filter, a search or a saved change never opens another
    // article; the current row is the open article's or none (so Löschen cannot hit another one).
    void onlyTheAuthorsChoiceOpensAnArticle()
    {
        EditSession session(*m_store);
        LibraryPanel library(*m_store, session);
        MetadataPanel metadata(*m_store, session);
        MetadataController controller(*m_store, session, metadata);
        const qint64 alpha = idOf(QStringLiteral("alpha"));
        QVERIFY(session.open(alpha));
        auto *status = library.findChild<QComboBox *>(QStringLiteral("libraryStatusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("draft")));
        QCOMPARE(library.currentArticleId(), alpha);

        // Alpha goes to review: its row leaves the filtered list, Beta's row stays.
        auto *statusField = metadata.findChild<QComboBox *>(QStringLiteral("metaStatus"));
        statusField->setCurrentIndex(statusField->findData(QStringLiteral("review")));
        Q_EMIT statusField->activated(statusField->currentIndex()); // as a choice in the list does
        QTRY_COMPARE(m_store->articles().findById(alpha)->status, QStringLiteral("review"));
        QCOMPARE(session.article().id, alpha);
        QCOMPARE(metadata.article().id, alpha);
        QCOMPARE(library.currentArticleId(), qint64(0));

        // A search that does not find the open article opens nothing either.
        library.searchField().setText(QStringLiteral("Second"));
        QTRY_COMPARE(library.proxy().rowCount(), 1);
        QCOMPARE(session.article().id, alpha);
        // The author's choice does.
        library.view().setCurrentIndex(library.proxy().index(0, 0));
        QCOMPARE(session.article().id, idOf(QStringLiteral("beta")));
    }

    // Moving the open article to the trash keeps its last words; when they cannot be saved, it
    // is not moved at all.
    void theTrashNeverTakesUnsavedWords()
    {
        EditSession session(*m_store);
        LibraryPanel library(*m_store, session);
        library.confirmDelete = [](const QString &) { return true; };
        const qint64 alpha = idOf(QStringLiteral("alpha"));
        QVERIFY(session.open(alpha));
        QTextCursor(&session.document()).insertText(QStringLiteral("Letzte Worte. "));
        {
            const test::FailingStatements failing = test::FailingStatements::writes();
            library.deleteCurrent();
        }
        QVERIFY(session.hasArticle());
        QVERIFY(session.isModified());
        QCOMPARE(m_store->articles().findById(alpha)->body, QStringLiteral("Erster Absatz.\n"));
        QCOMPARE(library.undoStack().count(), 0);
        library.deleteCurrent(); // the store writes again
        QVERIFY(!session.hasArticle());
        QCOMPARE(TrashService(*m_store).count(), 1);
        library.undoStack().undo(); // out of the trash: with the last words
        const std::optional<Article> restored = m_store->articles().findById(alpha);
        QVERIFY(restored);
        QCOMPARE(restored->body, QStringLiteral("Letzte Worte. Erster Absatz.\n"));
    }

    // „z. B.“ with a non-breaking space (the typography fix) is saved as typed, not as a space.
    void nonBreakingSpacesAreKept()
    {
        EditSession session(*m_store);
        QVERIFY(session.open(idOf(QStringLiteral("alpha"))));
        QTextCursor cursor(&session.document());
        cursor.movePosition(QTextCursor::End);
        const QString typed = QStringLiteral("Zum Beispiel z.\u00a0B. 5\u00a0%.\nZweite Zeile.");
        cursor.insertText(typed);
        QCOMPARE(session.text(), QStringLiteral("Erster Absatz.\n") + typed);
        QVERIFY(session.save());
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz.\n") + typed);
    }

    void pendingEditsAreHandedOverBeforeEverySave()
    {
        EditSession session(*m_store);
        QVERIFY(session.open(idOf(QStringLiteral("alpha"))));
        // A part with an edit of its own not yet handed over (a metadata field being typed in).
        int handedOver = 0;
        connect(&session, &EditSession::aboutToSave, this, [&] {
            ++handedOver;
            Article changed = session.article();
            changed.title = QStringLiteral("Alpha, neu");
            const Result<Article> saved = ArticleService(*m_store).saveMetadata(changed);
            QVERIFY(saved.ok());
            session.applyMetadata(saved.value);
        });
        QTextCursor(&session.document()).insertText(QStringLiteral("Vorne. "));
        QVERIFY(session.save());
        QCOMPARE(handedOver, 1);
        const std::optional<Article> stored = m_store->articles().findById(session.article().id);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Alpha, neu"));
        QCOMPARE(stored->body, QStringLiteral("Vorne. Erster Absatz.\n"));
        QCOMPARE(session.article().title, QStringLiteral("Alpha, neu"));
        // Switching articles is a save too.
        QVERIFY(session.open(idOf(QStringLiteral("beta"))));
        QCOMPARE(handedOver, 2);
    }

    void everyPartFollowsTheSessionByItself()
    {
        // No window: each part is given the session and nothing else tells it what to show.
        EditSession session(*m_store);
        LibraryPanel library(*m_store, session);
        MarkdownEditor editor(session);
        MetadataPanel metadata(*m_store, session);
        MetadataController metadataController(*m_store, session, metadata);
        SpellingController spelling(*m_store, session, editor);
        SpellingPanel spellingPanel(spelling, editor);
        ReviewController review(*m_store, editor, session);
        ChecklistPanel checklist(*m_store, session, spelling, review);
        auto *title = metadata.findChild<QLineEdit *>(QStringLiteral("metaTitle"));
        auto *language = spellingPanel.findChild<QComboBox *>(QStringLiteral("spellingLanguage"));
        QVERIFY(title && language);
        QVERIFY(!editor.isEnabled());
        QVERIFY(!metadata.isEnabled());

        const qint64 alpha = idOf(QStringLiteral("alpha")); // its slug follows the title below
        QVERIFY(session.open(alpha));
        QVERIFY(editor.isEnabled());
        QCOMPARE(editor.toPlainText(), QStringLiteral("Erster Absatz.\n"));
        QCOMPARE(title->text(), QStringLiteral("Alpha"));
        QVERIFY(metadata.isEnabled());
        QCOMPARE(library.currentArticleId(), alpha);
        QCOMPARE(spelling.language(), QStringLiteral("de-DE"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de-DE"));
        QVERIFY(!checklist.items().isEmpty()); // the test article lacks an author, an excerpt, …

        // Choosing another row in the library opens that article: the editor shows its text.
        const QModelIndex beta = library.proxy().index(library.proxy().rowCount() - 1, 0);
        library.view().setCurrentIndex(library.proxy().index(0, 0));
        library.view().setCurrentIndex(beta);
        QCOMPARE(session.article().id, beta.data(ArticleListModel::ArticleIdRole).toLongLong());
        QCOMPARE(editor.toPlainText(), session.article().body);
        QCOMPARE(language->currentData().toString(), session.article().language);

        // A metadata edit made in the panel reaches the store and, through the session, everyone.
        QVERIFY(session.open(alpha));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Alpha im Wandel"));
        QTest::keyClick(title, Qt::Key_Return);
        const std::optional<Article> stored = m_store->articles().findById(alpha);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Alpha im Wandel"));
        QCOMPARE(stored->slug, QStringLiteral("alpha-im-wandel"));
        QCOMPARE(session.article().title, QStringLiteral("Alpha im Wandel"));
        const QModelIndex row = library.proxy().mapFromSource(library.model().indexOfArticle(alpha));
        QCOMPARE(row.data().toString(), QStringLiteral("Alpha im Wandel"));
        QCOMPARE(metadataController.undoStack().count(), 1);

        // Typing in the editor edits the session's document.
        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("Mehr."));
        QVERIFY(session.isModified());
        QCOMPARE(session.text(), QStringLiteral("Erster Absatz.\nMehr."));

        QVERIFY(session.save());
        session.close();
        QVERIFY(!editor.isEnabled());
        QVERIFY(!metadata.isEnabled());
        QCOMPARE(title->text(), QString());
        QVERIFY(checklist.items().isEmpty());
        QCOMPARE(m_store->articles().findById(alpha)->body, QStringLiteral("Erster Absatz.\nMehr."));
    }
};

FEDER_GUI_TEST_MAIN(TestEditSession)
#include "tst_edit_session.moc"
