#include "GuiTestMain.h"
#include "WindowParts.h"
#include "PageProbe.h"
#include "TestSupport.h"
#include "check/ChecklistPanel.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "export/ExportController.h"
#include "import/Importer.h"
#include "library/ArticleFilterModel.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "metadata/MetadataController.h"
#include "metadata/MetadataPanel.h"
#include "metadata/RelatedEditor.h"
#include "people/NamesDialog.h"
#include "preview/PreviewWidget.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QWebEngineView>

using namespace feder;
using namespace feder::ui;
using feder::test::evaluate;

namespace {

void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Replaces a line edit's text like a user: select all, type, press Enter.
void retype(QLineEdit &field, const QString &text)
{
    field.setFocus();
    field.selectAll();
    typeInto(&field, text);
    QTest::keyClick(&field, Qt::Key_Return);
}

} // namespace

class TestGuiMetadata : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    // The stored article, or an empty one while it does not exist (yet).
    Article stored(const QString &slug) { return m_store->articles().findBySlug(slug).value_or(Article()); }
    QWebEnginePage *page() { return test::preview(*m_window).view()->page(); }
    // FEDER_SCREENSHOT_DIR keeps a picture of the window.
    void grabForIssue(const QString &name)
    {
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            m_window->grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    void openWindowOn(const QString &slug)
    {
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(&test::preview(*m_window), &PreviewWidget::pageLoaded);
        QVERIFY(test::session(*m_window).open(stored(slug).id));
        QVERIFY(test::preview(*m_window).isPageReady() || loaded.wait(20000));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("m.sqlite")), Store::Access::Create);
        Importer(*m_store).importPaths({QStringLiteral(":/demo"), test::dataPath(QStringLiteral("articles"))});
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void editsReachStoreAndPreviewAndCanBeUndone()
    {
        const QString oldSlug = QStringLiteral("warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen"); // a draft
        openWindowOn(oldSlug);
        MetadataPanel &panel = test::metadata(*m_window);
        retype(panel.titleField(), QStringLiteral("Kassen in der Cloud: Größer denken"));
        const QString newSlug = QStringLiteral("kassen-in-der-cloud-groesser-denken");
        QTRY_COMPARE(stored(newSlug).title, QStringLiteral("Kassen in der Cloud: Größer denken")); // the slug followed the title
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Kassen in der Cloud")));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelector('h1').innerText")).toString(),
                                  QStringLiteral("Kassen in der Cloud: Größer denken"), 5000);
        // Another article lists this one as related: its list followed the new slug.
        QCOMPARE(stored(QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")).related, QStringList{newSlug});

        retype(panel.roleField(), QStringLiteral("Leiterin Handel, DACH"));
        QTRY_COMPARE(m_store->authors().roleOf(QStringLiteral("Sabine Krüger")), QStringLiteral("Leiterin Handel, DACH"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelector('.author-role').innerText")).toString(),
                                  QStringLiteral("Leiterin Handel, DACH"), 5000);

        panel.seoTitleField().setFocus();
        panel.seoTitleField().selectAll();
        typeInto(&panel.seoTitleField(), QStringLiteral("X").repeated(61));
        QCOMPARE(panel.seoTitleCounter().text(), QStringLiteral("61 / 60"));
        QVERIFY(panel.seoTitleCounter().styleSheet().contains(QStringLiteral("c0392b")));
        QTest::keyClick(&panel.seoTitleField(), Qt::Key_Return);
        QTRY_COMPARE(stored(newSlug).seoTitle.size(), 61);

        // Undo goes back step by step, in the store and in the form.
        QUndoStack &undo = test::metadataController(*m_window).undoStack();
        QCOMPARE(undo.count(), 3);
        undo.undo();
        QCOMPARE(stored(newSlug).seoTitle, QStringLiteral("Kassensysteme in der Cloud für den Einzelhandel"));
        undo.undo();
        QCOMPARE(m_store->authors().roleOf(QStringLiteral("Sabine Krüger")), QStringLiteral("Branchenexpertin Einzelhandel, DACH"));
        undo.undo();
        QCOMPARE(stored(oldSlug).title, QStringLiteral("Warum Einzelhändler ihre Kassensysteme in die Cloud verlegen"));
        QCOMPARE(panel.titleField().text(), QStringLiteral("Warum Einzelhändler ihre Kassensysteme in die Cloud verlegen"));
        QCOMPARE(stored(QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")).related, QStringList{oldSlug});
        undo.redo();
        QCOMPARE(stored(newSlug).title, QStringLiteral("Kassen in der Cloud: Größer denken"));
    }

    void slugRulesAndPublishedWarning()
    {
        openWindowOn(QStringLiteral("digitale-schulbuecher-ohne-funkloecher")); // status: published
        MetadataPanel &panel = test::metadata(*m_window);
        retype(panel.titleField(), QStringLiteral("Ganz neuer Titel"));
        QTRY_COMPARE(stored(QStringLiteral("digitale-schulbuecher-ohne-funkloecher")).title, QStringLiteral("Ganz neuer Titel"));
        // Published: the address did not change by itself.
        retype(panel.slugField(), QStringLiteral("Kein gültiger Slug"));
        QCOMPARE(panel.slugField().text(), QStringLiteral("digitale-schulbuecher-ohne-funkloecher"));
        retype(panel.slugField(), QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"));
        QCOMPARE(panel.slugField().text(), QStringLiteral("digitale-schulbuecher-ohne-funkloecher")); // taken
        retype(panel.slugField(), QStringLiteral("schulbuecher"));
        QTRY_VERIFY(m_store->articles().findBySlug(QStringLiteral("schulbuecher")).has_value());
        QVERIFY(panel.slugWarning().isVisible());
        QVERIFY(panel.slugWarning().text().contains(QStringLiteral("digitale-schulbuecher-ohne-funkloecher")));
    }

    void excerptFromFirstParagraphAndTeaserImage()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        MetadataPanel &panel = test::metadata(*m_window);
        panel.generateExcerpt();
        const QString excerpt = stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")).excerpt;
        // The first paragraph is short enough to be taken whole, without the pull quote before it.
        QVERIFY(excerpt.startsWith(QStringLiteral("Das war der erste Satz, den ich hörte")));
        QVERIFY(excerpt.endsWith(QStringLiteral("dauerte Monate.")));
        QVERIFY(excerpt.size() <= 300);
        QCOMPARE(panel.excerptCounter().text(), QStringLiteral("%1 / 300").arg(excerpt.size()));

        // A text file is refused with a message; a real image replaces the teaser.
        QSignalSpy problems(&panel, &MetadataPanel::problem);
        const QString fake = test::writeFile(*m_dir, QStringLiteral("fake.png"), "kein Bild");
        panel.chooseTeaserImage(fake);
        QCOMPARE(problems.count(), 1);
        const QString real = test::writeFile(*m_dir, QStringLiteral("neu.png"), test::pngBytes(80, 42));
        panel.chooseTeaserImage(real);
        const Article after = stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        QCOMPARE(m_store->assets().find(after.teaserAsset)->originalName, QStringLiteral("neu.png"));
        panel.removeTeaserImage();
        QVERIFY(stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")).teaserAsset.isEmpty());
    }

    void relatedPostsFollowInThePreview()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        RelatedEditor &related = test::metadata(*m_window).relatedEditor();
        QCOMPARE(related.list().count(), 3);
        QVERIFY(related.addByTitle(QStringLiteral("Lagerhaltung ohne Zettelwirtschaft")));
        QCOMPARE(stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")).related.last(),
                 QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.getElementById('feder-related-slot').innerText")).toString()
                                     .contains(QStringLiteral("Lagerhaltung ohne Zettelwirtschaft")), 5000);
        // Reorder with the buttons, remove the first.
        related.list().setCurrentRow(3);
        QTest::mouseClick(related.findChild<QWidget *>(QStringLiteral("relatedUp")), Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")).related.at(2),
                 QStringLiteral("lagerhaltung-ohne-zettelwirtschaft"));
        related.list().setCurrentRow(0);
        QTest::mouseClick(related.findChild<QWidget *>(QStringLiteral("relatedRemove")), Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")).related.size(), 3);

        // A related article that goes to the trash shows as "fehlt", in the editor and the preview.
        const qint64 gone = stored(QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")).id;
        Transaction t(m_store->database());
        m_store->articles().moveToTrash(gone);
        t.commit();
        test::metadataController(*m_window).edit(QStringLiteral("x"), stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")),
                                            stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")));
        QTRY_VERIFY(related.list().item(1)->text().contains(QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.getElementById('feder-related-slot').innerText")).toString()
                                     .contains(QStringLiteral("fehlt: lagerhaltung-ohne-zettelwirtschaft")), 5000);
    }

    // Issue 11, item 2: the Metadaten dock's related list is always the open article's, on
    // screen (what the list view shows, not only its items), after switching in the library.
    void relatedListFollowsTheOpenArticle()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        RelatedEditor &related = test::metadata(*m_window).relatedEditor();
        QListWidget &list = related.list();
        QTableView &library = test::library(*m_window);
        const QString behoerden = QStringLiteral("Was Behörden von der Cloud lernen können");
        const QString portale = QStringLiteral("Bürgerportale, die Bürger*innen wirklich nutzen");
        const QString schule = QStringLiteral("Digitale Schulbücher ohne Funklöcher");
        const QString kliniken = QStringLiteral("Wie Kliniken Termine ohne Warteschleife vergeben");
        // The titles the list view paints, top to bottom (a view that missed the change shows
        // the previous article's rows).
        auto shown = [&list] {
            QStringList titles;
            list.viewport()->update();
            QTest::qWait(10); // lets a pending layout of the view run (the event loop)
            for (int y = 1; y < list.viewport()->height(); ++y) {
                const QModelIndex index = list.indexAt(QPoint(8, y));
                const QString text = index.data().toString();
                if (index.isValid() && list.visualRect(index).contains(QPoint(8, y)) && (titles.isEmpty() || titles.last() != text))
                    titles.append(text);
            }
            return titles;
        };
        auto openInLibrary = [&](const QString &title) {
            for (int row = 0; row < library.model()->rowCount(); ++row) {
                if (library.model()->index(row, 0).data().toString() == title) {
                    const QRect rect = library.visualRect(library.model()->index(row, 0));
                    QTest::mouseClick(library.viewport(), Qt::LeftButton, {}, rect.center());
                }
            }
            QTRY_COMPARE(test::session(*m_window).article().title, title);
        };

        QCOMPARE(shown(), (QStringList{portale, schule, kliniken}));
        openInLibrary(portale);
        QCOMPARE(related.slugs(), QStringList{QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen")});
        QCOMPARE(shown(), QStringList{behoerden});
        openInLibrary(schule);
        QCOMPARE(related.slugs(), QStringList());
        QCOMPARE(shown(), QStringList());
        openInLibrary(behoerden);
        QCOMPARE(shown(), (QStringList{portale, schule, kliniken}));
        openInLibrary(schule);
        QCOMPARE(shown(), QStringList());

        // Adding by typing a title works on the article that is open now, and shows at once.
        QSignalSpy problems(&test::metadata(*m_window), &MetadataPanel::problem);
        related.addField().setFocus();
        typeInto(&related.addField(), kliniken);
        QTest::keyClick(&related.addField(), Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("digitale-schulbuecher-ohne-funkloecher")).related,
                 QStringList{QStringLiteral("wie-kliniken-termine-ohne-warteschleife-vergeben")});
        QCOMPARE(shown(), QStringList{kliniken});
        QVERIFY(related.addField().text().isEmpty());
        QCOMPARE(problems.count(), 0);
        // An addition that cannot be made says why instead of doing nothing silently.
        typeInto(&related.addField(), kliniken);
        QTest::keyClick(&related.addField(), Qt::Key_Return);
        QCOMPARE(problems.count(), 1);
        related.addField().clear();
        typeInto(&related.addField(), schule); // the open article itself
        QTest::keyClick(&related.addField(), Qt::Key_Return);
        QCOMPARE(problems.count(), 2);
        QCOMPARE(shown(), QStringList{kliniken});
        // The preview follows too: the open article with its one related teaser.
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelector('h1').innerText")).toString(), schule, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.getElementById('feder-related-slot').innerText")).toString()
                                     .contains(kliniken), 10000);
        grabForIssue(QStringLiteral("issue11-related"));
    }

    void checklistIsLiveAndLinksToTheField()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        ChecklistPanel &checklist = test::checklist(*m_window);
        MetadataPanel &panel = test::metadata(*m_window);
        retype(panel.altField(), QStringLiteral("A stylised cloud above a town hall in blue and yellow colours"));
        QTRY_VERIFY(std::any_of(checklist.items().begin(), checklist.items().end(),
                                [](const CheckItem &i) { return i.rule == QLatin1String("teaser_alt_language"); }));
        panel.altField().selectAll();
        panel.altField().del();
        QTest::keyClick(&panel.altField(), Qt::Key_Return);
        QTRY_VERIFY(std::any_of(checklist.items().begin(), checklist.items().end(),
                                [](const CheckItem &i) { return i.rule == QLatin1String("teaser_alt_missing") && i.isBlocking(); }));
        // Activating the item puts the cursor into the alt text field.
        for (int row = 0; row < checklist.list().count(); ++row) {
            if (checklist.list().item(row)->text().contains(QStringLiteral("Alternativtext")))
                Q_EMIT checklist.list().itemActivated(checklist.list().item(row));
        }
        QTRY_VERIFY(panel.altField().hasFocus());
    }

    void libraryFiltersSortsAndSearches()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        LibraryPanel &library = test::libraryPanel(*m_window);
        QTableView &view = library.view();
        QCOMPARE(view.model()->rowCount(), 6);
        auto *status = library.findChild<QComboBox *>(QStringLiteral("libraryStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("published")));
        QCOMPARE(view.model()->rowCount(), 3);
        auto *category = library.findChild<QComboBox *>(QStringLiteral("libraryCategoryFilter"));
        category->setCurrentIndex(category->findData(QStringLiteral("Bildungswesen")));
        QCOMPARE(view.model()->rowCount(), 1);
        category->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QCOMPARE(view.model()->rowCount(), 6);

        view.sortByColumn(ArticleListModel::Title, Qt::AscendingOrder);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Bürgerportale, die Bürger*innen wirklich nutzen"));
        view.sortByColumn(ArticleListModel::ReadingTime, Qt::DescendingOrder);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Was Behörden von der Cloud lernen können"));

        // Search as you type: umlaut folding both ways, prefixes, ranked.
        library.searchField().setFocus();
        typeInto(&library.searchField(), QStringLiteral("Buergerportal"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Bürgerportale, die Bürger*innen wirklich nutzen"));
        library.searchField().clear();
        typeInto(&library.searchField(), QStringLiteral("lindenfeld"));
        QTRY_COMPARE(view.model()->rowCount(), 2);
        // Ranked: the article that names Lindenfeld in its excerpt comes before the one that only has it in the text.
        QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Was Behörden von der Cloud lernen können"));
        library.searchField().clear();
        typeInto(&library.searchField(), QStringLiteral("zettelwirt"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        library.searchField().clear();
        QTRY_COMPARE(view.model()->rowCount(), 6);
    }

    void createDuplicateDeleteAndUndo()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        LibraryPanel &library = test::libraryPanel(*m_window);
        library.duplicateCurrent();
        QCOMPARE(m_store->articles().count(), 7);
        const Article copy = stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen-kopie"));
        QCOMPARE(copy.status, QStringLiteral("draft"));
        QCOMPARE(copy.related.size(), 3);
        QTRY_COMPARE(test::session(*m_window).article().id, copy.id);
        library.createArticle();
        QCOMPARE(m_store->articles().count(), 8);
        QTRY_COMPARE(test::session(*m_window).article().title, QStringLiteral("New article"));

        // Delete asks first (answered here), goes to the trash, and undo brings it back.
        const qint64 id = test::session(*m_window).article().id;
        QStringList asked;
        library.confirmDelete = [&](const QString &title) { asked.append(title); return true; };
        library.deleteCurrent();
        QCOMPARE(asked, QStringList{QStringLiteral("New article")});
        QCOMPARE(m_store->articles().count(), 7);
        QCOMPARE(m_store->articles().trash().size(), 1);
        QVERIFY(!test::session(*m_window).hasArticle() || test::session(*m_window).article().id != id);
        library.undoStack().undo();
        QCOMPARE(m_store->articles().count(), 8);
        QTRY_COMPARE(library.currentArticleId(), id);
        library.confirmDelete = [](const QString &) { return false; };
        library.deleteCurrent();
        QCOMPARE(m_store->articles().count(), 8);
    }

    void exportFromTheGui()
    {
        openWindowOn(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        ExportController &exporter = test::exporter(*m_window);
        const QString folder = m_dir->filePath(QStringLiteral("export"));
        QDir().mkpath(folder);
        QStringList checklistShown;
        QString result;
        exporter.chooseFolder = [&] { return folder; };
        exporter.confirmDespiteChecklist = [&](const QString &reasons) { checklistShown.append(reasons); return false; };
        exporter.confirmReplace = [](const QString &) { return true; };
        exporter.showResult = [&](const QString &path, const QString &) { result = path; };

        // An open review thread blocks: the author is asked, says no, nothing is written.
        Transaction t(m_store->database());
        const Article article = stored(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        m_store->annotations().addThread(article.id, article.body, 0, 10, QStringLiteral("Jonas"), QStringLiteral("Quelle?"));
        t.commit();
        exporter.exportArticle(article.slug);
        QCOMPARE(checklistShown.size(), 1);
        QVERIFY(checklistShown.first().contains(QStringLiteral("Kommentar")));
        QVERIFY(QDir(folder).isEmpty());

        // "Trotzdem exportieren": the export runs on a worker thread and reports back.
        exporter.confirmDespiteChecklist = [](const QString &) { return true; };
        QSignalSpy finished(&exporter, &ExportController::finished);
        exporter.exportArticle(article.slug);
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(result, QDir(folder).filePath(article.slug));
        QVERIFY(QFileInfo::exists(result + QStringLiteral("/index.html")));

        // The website goes into its own subfolder, with progress for every article.
        QSignalSpy progress(&exporter, &ExportController::progress);
        finished.clear();
        exporter.exportSite();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(progress.count(), 6);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/website/index.html")));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/") + article.slug + QStringLiteral("/index.html"))); // untouched
    }

    void namesDialogRenamesMergesOrders()
    {
        NamesDialog authors(*m_store, NamesDialog::Kind::Authors);
        QListWidget &list = authors.list();
        for (int i = 0; i < list.count(); ++i) {
            if (list.item(i)->text() == QLatin1String("Jonas Petersen"))
                list.setCurrentRow(i);
        }
        QVERIFY(authors.renameCurrent(QStringLiteral("Jonas Peters")));
        QCOMPARE(stored(QStringLiteral("buergerportale-die-buergerinnen-wirklich-nutzen")).author, QStringLiteral("Jonas Peters"));
        QVERIFY(authors.mergeCurrentInto(QStringLiteral("Miriam Vogt")));
        QCOMPARE(stored(QStringLiteral("buergerportale-die-buergerinnen-wirklich-nutzen")).author, QStringLiteral("Miriam Vogt"));

        NamesDialog categories(*m_store, NamesDialog::Kind::Categories);
        const QString first = categories.list().item(0)->text();
        categories.list().setCurrentRow(0);
        QVERIFY(categories.moveCurrent(+1));
        QCOMPARE(m_store->authors().categories().at(1).name, first);
    }
};

FEDER_GUI_TEST_MAIN(TestGuiMetadata)
#include "tst_gui_metadata.moc"
