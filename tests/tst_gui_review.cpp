#include "GuiTestMain.h"
#include "WindowParts.h"
#include "PageProbe.h"
#include "preview/PreviewWidget.h"
#include "TestSupport.h"
#include "check/ChecklistPanel.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "metadata/MetadataController.h"
#include "metadata/MetadataPanel.h"
#include "review/CommentDialog.h"
#include "review/HistoryDialog.h"
#include "GuiTyping.h"
#include "library/LibraryPanel.h"
#include "review/ReviewController.h"
#include "review/Workflow.h"
#include "review/ReviewPanel.h"
#include "services/CurrentUser.h"
#include "store/Store.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QListWidget>
#include <QSignalSpy>
#include <QWebEngineView>
#include <QTextBrowser>
#include <QSettings>
#include <QTemporaryDir>

using namespace feder;
using namespace feder::ui;

class TestGuiReview : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    MarkdownEditor &editor() { return test::editor(*m_window); }

    // The text the editor highlights for review threads.
    QStringList highlighted()
    {
        QStringList texts;
        for (const QTextEdit::ExtraSelection &selection : editor().extraSelections())
            texts.append(selection.cursor.selectedText());
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("feder-tests"));
        QSettings().remove(QStringLiteral("review/name"));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("r.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: A\nslug: a"),
            QStringLiteral("Die Stadt hat ihre Terminvergabe in wenigen Wochen umgestellt.\n\nDer Datenschutz war dabei.\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md"))});
        m_window = std::make_unique<MainWindow>(*m_store);
        test::session(*m_window).setAutosaveDelay(60 * 60 * 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void commentOnSelectionFollowsTyping()
    {
        ReviewController &review = test::review(*m_window);
        int askedForName = 0;
        review.askReviewerName = [&] { ++askedForName; return QStringLiteral("Jonas Petersen"); };
        review.askCommentText = [](const QString &) { return QStringLiteral("Können wir das belegen?"); };

        // Select "in wenigen Wochen" and press Ctrl+Alt+M.
        const int at = int(editor().toPlainText().indexOf(QStringLiteral("in wenigen Wochen")));
        QTextCursor cursor(editor().document());
        cursor.setPosition(at);
        cursor.setPosition(at + 17, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);
        editor().setFocus();
        QTest::keyClick(&editor(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        if (review.threads().isEmpty()) // shortcuts need an active window; offscreen may not give one
            QVERIFY(review.addCommentOnSelection());
        QCOMPARE(review.threads().size(), 1);
        QCOMPARE(askedForName, 1);
        QCOMPARE(review.threads().first().author, QStringLiteral("Jonas Petersen"));
        QCOMPARE(highlighted(), QStringList{QStringLiteral("in wenigen Wochen")});

        // Type before the comment: the highlight moves with its words.
        editor().moveCursor(QTextCursor::Start);
        for (const QChar c : QStringLiteral("Überraschung: "))
            QTest::sendKeyEvent(QTest::Click, &editor(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCOMPARE(highlighted(), QStringList{QStringLiteral("in wenigen Wochen")});
        // Type inside it: the range grows.
        QTextCursor inside(editor().document());
        inside.setPosition(int(editor().toPlainText().indexOf(QStringLiteral("wenigen"))));
        editor().setTextCursor(inside);
        for (const QChar c : QStringLiteral("nur "))
            QTest::sendKeyEvent(QTest::Click, &editor(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCOMPARE(highlighted(), QStringList{QStringLiteral("in nur wenigen Wochen")});

        // Saving stores the moved anchor; the CLI view agrees.
        QVERIFY(test::session(*m_window).save());
        const Article stored = *m_store->articles().findBySlug(QStringLiteral("a"));
        const Anchor anchor = m_store->annotations().threads(stored.id).first().anchor;
        QCOMPARE(stored.body.mid(anchor.start, anchor.end - anchor.start), QStringLiteral("in nur wenigen Wochen"));

        // The preview marks the commented words.
        QVERIFY(test::preview(*m_window).isPageReady() || QSignalSpy(&test::preview(*m_window), &PreviewWidget::pageLoaded).wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(test::evaluate(test::preview(*m_window).view()->page(),
                                                 QStringLiteral("Array.from(document.querySelectorAll('mark.feder-comment')).map(m => m.textContent).join('|')")).toString(),
                                  QStringLiteral("in nur wenigen Wochen"), 10000);

        // The second comment does not ask for the name again.
        cursor = QTextCursor(editor().document());
        const int datenschutz = int(editor().toPlainText().indexOf(QStringLiteral("Datenschutz")));
        cursor.setPosition(datenschutz);
        cursor.setPosition(datenschutz + 11, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);
        QVERIFY(review.addCommentOnSelection());
        QCOMPARE(askedForName, 1);
        QCOMPARE(review.threads().size(), 2);
    }

    void panelResolvesReopensAndJumps()
    {
        ReviewController &review = test::review(*m_window);
        review.askReviewerName = [] { return QStringLiteral("Jonas"); };
        review.askCommentText = [](const QString &) { return QStringLiteral("Quelle?"); };
        QTextCursor cursor(editor().document());
        cursor.setPosition(4);
        cursor.setPosition(9, QTextCursor::KeepAnchor); // "Stadt"
        editor().setTextCursor(cursor);
        QVERIFY(review.addCommentOnSelection());
        ReviewPanel &panel = test::reviewPanel(*m_window);
        QCOMPARE(panel.list().count(), 1);
        QVERIFY(panel.list().item(0)->text().contains(QStringLiteral("„Stadt“")));
        // The open thread blocks the export in the checklist.
        QTRY_VERIFY(std::any_of(test::checklist(*m_window).items().begin(), test::checklist(*m_window).items().end(),
                                [](const CheckItem &item) { return item.rule == QLatin1String("open_comments"); }));

        panel.list().setCurrentRow(0);
        const qint64 id = panel.currentThread();
        review.setResolved(id, true);
        QCOMPARE(panel.list().count(), 0);          // the filter shows open threads
        panel.filter().setCurrentIndex(2);         // all
        QCOMPARE(panel.list().count(), 1);
        QVERIFY(panel.list().item(0)->text().contains(QStringLiteral("resolved")));
        review.setResolved(id, false);
        QCOMPARE(m_store->annotations().openThreadCount(test::session(*m_window).article().id), 1);

        // Only one's own comments can be edited and deleted.
        review.askCommentText = [](const QString &) { return QStringLiteral("Quelle bitte!"); };
        review.editThread(id);
        QCOMPARE(review.threads().first().text, QStringLiteral("Quelle bitte!"));
        QSettings().setValue(QStringLiteral("review/name"), QStringLiteral("Jemand anderes"));
        review.editThread(id);
        review.deleteThread(id);
        QCOMPARE(review.threads().size(), 1);
        QCOMPARE(review.threads().first().text, QStringLiteral("Quelle bitte!"));
        QSettings().setValue(QStringLiteral("review/name"), QStringLiteral("Jonas"));

        editor().moveCursor(QTextCursor::End);
        review.previous();
        QCOMPARE(editor().textCursor().selectedText(), QStringLiteral("Stadt"));

        // Deleting the commented words orphans the thread; it stays, marked.
        QTextCursor remove(editor().document());
        remove.setPosition(0);
        remove.setPosition(12, QTextCursor::KeepAnchor);
        remove.removeSelectedText();
        QVERIFY(review.threads().first().anchor.orphaned);
        QVERIFY(highlighted().isEmpty());
        QVERIFY(panel.list().item(0)->text().contains(QStringLiteral("Reference deleted: “Stadt”")));
    }

    void revisionsOnSaveAndAfterActiveEditing()
    {
        EditSession &session = test::session(*m_window);
        const qint64 id = session.article().id;
        const int before = int(m_store->revisions().forArticle(id).size());
        editor().moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor(), QStringLiteral(" Mehr."));
        QVERIFY(session.saveWithRevision()); // what Ctrl+S does
        QCOMPARE(m_store->revisions().forArticle(id).size(), qsizetype(before + 1));
        QCOMPARE(m_store->revisions().forArticle(id).last().reason, QStringLiteral("save"));

        // Active editing (pauses under a minute) takes a revision at the next save.
        session.setActiveEditingSnapshotInterval(50);
        QTest::keyClicks(&editor(), QStringLiteral("abc"));
        QTest::qWait(30);
        QTest::keyClicks(&editor(), QStringLiteral("def"));
        QTest::qWait(30);
        QTest::keyClicks(&editor(), QStringLiteral("g"));
        QVERIFY(session.save());
        QCOMPARE(m_store->revisions().forArticle(id).last().reason, QStringLiteral("auto"));
        // A save without enough active editing takes none.
        const int count = int(m_store->revisions().forArticle(id).size());
        QTest::keyClicks(&editor(), QStringLiteral("h"));
        QVERIFY(session.save());
        QCOMPARE(m_store->revisions().forArticle(id).size(), qsizetype(count));
    }

    void approvingWithOpenThreadsNeedsConfirmationAndIsRecorded()
    {
        ReviewController &review = test::review(*m_window);
        review.askReviewerName = [] { return QStringLiteral("Jonas"); };
        review.askCommentText = [](const QString &) { return QStringLiteral("Offen"); };
        QTextCursor cursor(editor().document());
        cursor.setPosition(4);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);
        QVERIFY(review.addCommentOnSelection());

        MetadataPanel &panel = test::metadata(*m_window);
        CurrentUser::choose(QStringLiteral("Chefredaktion")); // the editor-in-chief approves on this machine
        int asked = 0;
        int openReported = 0;
        panel.confirmApproval = [&](int open) { ++asked; openReported = open; return false; };
        QComboBox &status = panel.statusField();
        status.setCurrentIndex(status.findData(QStringLiteral("approved")));
        Q_EMIT status.activated(status.currentIndex());
        QCOMPARE(asked, 1);
        QCOMPARE(openReported, 1);
        const qint64 id = test::session(*m_window).article().id;
        QCOMPARE(m_store->articles().findById(id)->status, QStringLiteral("draft")); // declined: unchanged
        QCOMPARE(status.currentData().toString(), QStringLiteral("draft"));

        panel.confirmApproval = [&](int) { ++asked; return true; };
        status.setCurrentIndex(status.findData(QStringLiteral("approved")));
        Q_EMIT status.activated(status.currentIndex());
        QCOMPARE(m_store->articles().findById(id)->status, QStringLiteral("approved"));
        const QList<StatusChange> history = Workflow::history(*m_store, id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().to, QStringLiteral("approved"));
        QCOMPARE(history.first().who, QStringLiteral("Chefredaktion"));

        // The history dialog lists it, compares and restores.
        HistoryDialog dialog(*m_store, id);
        QCOMPARE(dialog.statusHistory().count(), 1);
        QVERIFY(dialog.statusHistory().item(0)->text().contains(statusLabel(ArticleStatus::Draft) + QStringLiteral(" → ") + statusLabel(ArticleStatus::Approved)));
        QVERIFY(dialog.revisions().count() >= 2);
        dialog.revisions().setCurrentRow(0); // the approval's revision: the current state
        dialog.compareSelection();
        QCOMPARE(dialog.comparison().toPlainText().trimmed(), HistoryDialog::tr("No differences"));
        dialog.revisions().setCurrentRow(dialog.revisions().count() - 1); // the import, a draft
        dialog.compareSelection();
        QVERIFY(dialog.comparison().toPlainText().contains(QStringLiteral("Metadata")));
        QVERIFY(dialog.comparison().toPlainText().contains(statusLabel(ArticleStatus::Approved)));
    }

    // Issue 11, items 3 and 4: an imported article has its import revision with the status it
    // came in with; comparing it with the unchanged article finds no difference (the teaser
    // image included); changed fields are named as in the Metadaten dock.
    void historyListsTheImportAndComparesHonestly()
    {
        test::writeFile(*m_dir, QStringLiteral("img/rathaus.png"), test::pngBytes(40, 20));
        test::writeFile(*m_dir, QStringLiteral("b.md"), test::articleText(
            QStringLiteral("title: Ein Rathaus zieht um\nslug: b\nstatus: review\nteaser_image: img/rathaus.png\nteaser_alt: Ein Rathaus"),
            QStringLiteral("Die Stadt zieht mit ihrer Verwaltung in die Cloud.\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("b.md"))});
        const Article imported = *m_store->articles().findBySlug(QStringLiteral("b"));
        QVERIFY(!imported.teaserAsset.isEmpty());
        QVERIFY(test::session(*m_window).open(imported.id));

        HistoryDialog dialog(*m_store, imported.id, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.revisions().count(), 1);
        const QString entry = dialog.revisions().item(0)->text();
        QVERIFY2(entry.contains(statusLabel(ArticleStatus::Review)), qPrintable(entry));
        QVERIFY(!dialog.emptyNote().isVisible());
        // The entry can be read whole.
        QVERIFY(dialog.revisions().fontMetrics().horizontalAdvance(entry) < dialog.revisions().viewport()->width());

        // The only revision against the unchanged article: nothing differs.
        const QRect row = dialog.revisions().visualItemRect(dialog.revisions().item(0));
        QTest::mouseClick(dialog.revisions().viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE(dialog.comparison().toPlainText().trimmed(), HistoryDialog::tr("No differences"));
        QVERIFY(!dialog.comparison().toPlainText().contains(imported.teaserAsset));

        // Change two fields: they are named like the dock's labels, never by their file keys.
        Article after = imported;
        after.title = QStringLiteral("Das Rathaus ist umgezogen");
        after.teaserAlt = QStringLiteral("Ein Rathaus mit Umzugskartons");
        test::metadataController(*m_window).edit(QStringLiteral("x"), imported, after);
        dialog.compareSelection();
        const QString shown = dialog.comparison().toPlainText();
        QVERIFY2(shown.contains(MetadataPanel::fieldLabel(QStringLiteral("title"))), qPrintable(shown));
        QVERIFY2(shown.contains(MetadataPanel::fieldLabel(QStringLiteral("teaser_alt"))), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("teaser_")), qPrintable(shown));
        QVERIFY2(!shown.contains(MetadataPanel::fieldLabel(QStringLiteral("teaser_image"))), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Das Rathaus ist umgezogen")));
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QStringLiteral("/issue11-history.png"));
    }

    // Issue 11, item 3: an empty history says how a revision comes about.
    void emptyHistorySaysWhy()
    {
        test::libraryPanel(*m_window).createArticle();
        const qint64 id = test::session(*m_window).article().id;
        QVERIFY(m_store->revisions().forArticle(id).isEmpty());
        HistoryDialog dialog(*m_store, id, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.emptyNote().isVisible());
        QVERIFY(dialog.emptyNote().text().contains(QStringLiteral("+S"))); // Ctrl+S, Strg+S
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QStringLiteral("/issue11-history-empty.png"));
    }

    // Issue 11, item 5: the comment dialog wraps its text, Enter makes a new line, Ctrl+Enter
    // submits, Esc cancels and keeps nothing.
    void commentDialogTypesLikeAReviewTool()
    {
        ReviewController &review = test::review(*m_window);
        review.askReviewerName = [] { return QStringLiteral("Jonas"); };
        QTextCursor cursor(editor().document());
        cursor.setPosition(4);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);

        // Runs `act` on the comment dialog as soon as it is open.
        auto whenOpen = [this](std::function<void(CommentDialog &)> act) {
            auto *poll = new QTimer(this); // a timer, not a function that holds itself (a leak)
            poll->setInterval(10);
            connect(poll, &QTimer::timeout, poll, [poll, act] {
                auto *dialog = qobject_cast<CommentDialog *>(QApplication::activeModalWidget());
                if (!dialog || !dialog->isVisible())
                    return;
                poll->stop();
                poll->deleteLater();
                act(*dialog);
            });
            poll->start();
        };

        bool wrapped = false;
        whenOpen([&](CommentDialog &dialog) {
            QPlainTextEdit &field = dialog.textField();
            field.setFocus();
            test::typeText(&field, QStringLiteral("Erste Zeile.\nZweite Zeile, und sie ist so lang, dass sie im Fenster "
                                                  "umbrechen muss, statt nach rechts aus dem Bild zu laufen."));
            QTest::qWait(10); // the wrap is laid out by the event loop
            wrapped = field.horizontalScrollBar()->maximum() == 0 && dialog.isVisible();
            if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
                dialog.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QStringLiteral("/issue11-comment.png"));
            QTest::keyClick(&field, Qt::Key_Return, Qt::ControlModifier);
        });
        QVERIFY(review.addCommentOnSelection());
        QVERIFY(wrapped); // Enter made a line break, not a submit; the long line wrapped
        QCOMPARE(review.threads().size(), 1);
        QVERIFY(review.threads().first().text.startsWith(QStringLiteral("Erste Zeile.\nZweite Zeile")));
        QVERIFY(!review.threads().first().text.endsWith(QLatin1Char('\n')));

        // Esc cancels: nothing is kept, and the next dialog starts empty.
        whenOpen([](CommentDialog &dialog) {
            test::typeText(&dialog.textField(), QStringLiteral("Doch nicht."));
            QTest::keyClick(&dialog.textField(), Qt::Key_Escape);
        });
        QVERIFY(!review.addCommentOnSelection());
        QCOMPARE(review.threads().size(), 1);
        QString startedWith = QStringLiteral("?");
        whenOpen([&](CommentDialog &dialog) {
            startedWith = dialog.textField().toPlainText();
            QVERIFY(!dialog.submitButton().isEnabled());
            QTest::keyClick(&dialog.textField(), Qt::Key_Return, Qt::ControlModifier); // empty: nothing happens
            QVERIFY(dialog.isVisible());
            QTest::keyClick(&dialog.textField(), Qt::Key_Escape);
        });
        QVERIFY(!review.addCommentOnSelection());
        QCOMPARE(startedWith, QString());
        QCOMPARE(review.threads().size(), 1);
    }
};

FEDER_GUI_TEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
