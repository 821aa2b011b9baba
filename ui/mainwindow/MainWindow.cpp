#include "MainWindow.h"

#include "check/ChecklistPanel.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "export/ExportController.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "metadata/MetadataController.h"
#include "metadata/MetadataPanel.h"
#include "people/NamesDialog.h"
#include "preview/PreviewWidget.h"
#include "review/HistoryDialog.h"
#include "review/ReviewController.h"
#include "services/ArticleService.h"
#include "services/ReviewService.h"
#include "services/TrashService.h"
#include "review/ReviewPanel.h"
#include "preview/ScrollSync.h"
#include "spelling/SpellingController.h"
#include "spelling/SpellingPanel.h"
#include "style/StyleController.h"
#include "store/Store.h"
#include "RecentStores.h"
#include "Sidebar.h"
#include "settings/PersonalSettings.h"
#include "settings/SettingsDialog.h"
#include "help/ShortcutHelp.h"
#include "WindowPlace.h"
#include "DistractionFree.h"
#include "editor/ArticleStatsLabel.h"
#include "editor/ListContinuation.h"
#include "editor/TypingReplacements.h"
#include "outline/OutlinePanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <memory>
#include <QMessageBox>
#include <QScrollArea>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace feder::ui {

namespace {
constexpr int kStatusMessageMs = 8000;
}

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_session(new EditSession(store, this)),
      m_library(new LibraryPanel(store, *m_session)),
      m_editor(new MarkdownEditor(*m_session)),
      m_preview(new PreviewWidget(store, *m_session)),
      m_metadata(new MetadataPanel(store, *m_session)),
      m_metadataController(new MetadataController(store, *m_session, *m_metadata, this)),
      m_exporter(new ExportController(store, this)),
      m_spelling(new SpellingController(store, *m_session, *m_editor, this)),
      m_spellingPanel(new SpellingPanel(*m_spelling, *m_editor)),
      m_review(new ReviewController(store, *m_editor, *m_session, this)),
      m_reviewPanel(new ReviewPanel(*m_review)),
      m_checklist(new ChecklistPanel(store, *m_session, *m_spelling, *m_review)),
      m_saveState(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session->setObjectName(QStringLiteral("editSession"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    // Writing comfort: word count and reading time, German quotes and dashes, list continuation.
    statusBar()->addPermanentWidget(new ArticleStatsLabel(store, *m_session));
    statusBar()->addPermanentWidget(m_saveState);
    new TypingReplacements(*m_editor, *m_session);
    new ListContinuation(*m_editor);
    // Typography (issue 17): blue underlines in the spelling's formatting layer, fixes, „Stil“.
    m_style = new StyleController(*m_session, *m_editor, *m_spelling, this);
    m_checklist->followStyle(*m_style);

    createDocks();
    createMenus();
    connectParts();
    resize(defaultSize());
    m_place = new WindowPlace(*this, *splitter, *m_editor);
    m_place->restoreLayout(); // size, position, docks and splitter as the author left them
    m_sidebar->restore();
    applyPersonalSettings();
    updateTitle();
    reopenLastArticle();
}

void MainWindow::applyPersonalSettings()
{
    Themes::apply(PersonalSettings::theme());
    m_editor->setFont(PersonalSettings::editorFont());
    m_session->setAutosaveDelay(PersonalSettings::autosaveDelayMs());
    // Continuous typing is saved at least this often; a longer chosen pause moves it out too.
    m_session->setMaximumUnsavedTime(std::max(EditSession::kDefaultMaximumUnsavedMs, PersonalSettings::autosaveDelayMs()));
}

void MainWindow::reopenLastArticle()
{
    // Where the author left off (the demo store starts on its main article), else the first row.
    const QString last = ArticleService(m_store).lastOpened();
    const std::optional<Article> lastArticle = last.isEmpty() ? std::nullopt : m_store.articles().findBySlug(last);
    if (lastArticle)
        m_session->open(lastArticle->id);
    else if (m_library->view().model()->rowCount() > 0)
        m_library->view().selectRow(0);
    if (m_session->hasArticle())
        m_place->restoreEditor(m_store.path(), m_session->article().slug); // caret and scroll
}

MainWindow::~MainWindow()
{
    // The session owns the document the editor shows and the highlighters live on: whatever
    // shows or follows it goes first (~QWidget would delete the session, the first child, first).
    delete takeCentralWidget();
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_style;
    delete m_spelling;
    delete m_review;
    delete m_metadataController;
    delete m_session;
}

QSize MainWindow::defaultSize() const
{
    // Roomy on a large screen, inside a 1280×720 one (with its panel and the window's frame).
    const QScreen *screen = this->screen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1280, 720);
    return QSize(1440, 900).boundedTo(available - QSize(40, 60)).expandedTo(QSize(640, 480));
}

void MainWindow::createDocks()
{
    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);
    m_libraryDock = libraryDock;
    // The outline (Gliederung) below the library: both are for finding your way. At 1280×720 a
    // fifth tab in the right-hand sidebar would cut every tab title short („Meta…“, „R…“), and
    // there the outline would hide the metadata while one writes.
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(new OutlinePanel(*m_session, *m_editor));
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock, Qt::Vertical);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_metadata);
    scroll->setWidgetResizable(true);
    // A sidebar narrower than the form scrolls sideways rather than cutting its buttons off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_metadataDock = new QDockWidget(tr("Metadata"), this);
    m_metadataDock->setObjectName(QStringLiteral("metadataDock"));
    m_metadataDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, m_metadataDock);

    m_checklistDock = new QDockWidget(tr("Checklist"), this);
    m_checklistDock->setObjectName(QStringLiteral("checklistDock"));
    m_checklistDock->setWidget(m_checklist);
    addDockWidget(Qt::RightDockWidgetArea, m_checklistDock);
    tabifyDockWidget(m_metadataDock, m_checklistDock);
    m_spellingDock = new QDockWidget(tr("Spelling"), this);
    m_spellingDock->setObjectName(QStringLiteral("spellingDock"));
    m_spellingDock->setWidget(m_spellingPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_spellingDock);
    tabifyDockWidget(m_checklistDock, m_spellingDock);
    m_reviewDock = new QDockWidget(tr("Review"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_spellingDock, m_reviewDock);
    m_metadataDock->raise();
    m_sidebar = new Sidebar(*this, {m_metadataDock, m_checklistDock, m_spellingDock, m_reviewDock});
    // Editor and preview get most of the width; the sidebar folds away with one shortcut.
    resizeDocks({libraryDock, m_metadataDock}, {260, 340}, Qt::Horizontal);
    resizeDocks({libraryDock, m_outlineDock}, {400, 260}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New article"), m_library, &LibraryPanel::createArticle);
    create->setShortcut(QKeySequence::New);
    m_writeActions.append(create);
    QAction *save = file->addAction(tr("&Save"), m_session, &EditSession::saveWithRevision);
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
    m_writeActions.append(save);
    file->addSeparator();
    // Another store: the window's host closes this one (the window saves) and opens that one.
    QAction *openStore = file->addAction(tr("&Open store…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(m_store.path()).absolutePath(),
                                                          tr("Feder stores (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty() && m_session->save())
            Q_EMIT openStoreRequested(path);
    });
    openStore->setObjectName(QStringLiteral("actionOpenStore"));
    openStore->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("&Recent stores"));
    recent->setObjectName(QStringLiteral("menuRecentStores"));
    const auto fillRecent = [this, recent] {
        RecentStores::fill(*recent, m_store.path(), [this](const QString &path) {
            if (m_session->save())
                Q_EMIT openStoreRequested(path);
        });
    };
    fillRecent(); // and again when it opens: a store's file may have gone meanwhile
    connect(recent, &QMenu::aboutToShow, this, fillRecent);
    file->addSeparator();
    QAction *exportArticle = file->addAction(tr("&Export…"), this, [this] {
        m_session->save();
        if (m_session->hasArticle())
            m_exporter->exportArticle(m_session->article().slug);
    });
    exportArticle->setObjectName(QStringLiteral("actionExport"));
    exportArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportSite = file->addAction(tr("Export &website…"), this, [this] {
        m_session->save();
        m_exporter->exportSite();
    });
    exportSite->setObjectName(QStringLiteral("actionExportSite"));
    file->addSeparator();
    file->addAction(tr("Export for re&view…"), this, &MainWindow::exportReview);
    m_writeActions.append(file->addAction(tr("&Import review…"), this, &MainWindow::importReview));
    file->addSeparator();
    QAction *restore = file->addAction(tr("Restore a &backup…"), this, [this] {
        if (m_session->save())
            Q_EMIT restoreBackupRequested();
    });
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_writeActions.append(restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoMeta = m_metadataController->undoStack().createUndoAction(this, tr("Undo metadata"));
    undoMeta->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    QAction *redoMeta = m_metadataController->undoStack().createRedoAction(this, tr("Redo metadata"));
    redoMeta->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undoMeta);
    edit->addAction(redoMeta);
    edit->addSeparator();
    edit->addAction(m_library->undoStack().createUndoAction(this, tr("&Undo")));
    edit->addAction(m_library->undoStack().createRedoAction(this, tr("&Redo")));
    QAction *duplicate = edit->addAction(tr("&Duplicate article"), m_library, &LibraryPanel::duplicateCurrent);
    m_writeActions.append(duplicate);
    m_writeActions.append(edit->addAction(tr("Move article to &trash"), m_library, &LibraryPanel::deleteCurrent));
    edit->addSeparator();
    QAction *comment = edit->addAction(tr("Add &comment"), m_review, &ReviewController::addCommentOnSelection);
    comment->setObjectName(QStringLiteral("actionAddComment"));
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_writeActions.append(comment);
    QAction *nextComment = edit->addAction(tr("Next comment"), m_review, &ReviewController::next);
    nextComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down));
    QAction *previousComment = edit->addAction(tr("Previous comment"), m_review, &ReviewController::previous);
    previousComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up));
    QAction *history = edit->addAction(tr("&History…"), this, &MainWindow::openHistory);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addSeparator();
    edit->addAction(m_style->fixAllAction()); // Typografie korrigieren (off while the editor is read-only)
    QAction *find = edit->addAction(tr("&Search articles"), this, [this] { m_library->searchField().setFocus(); });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Setti&ngs…"), this, [this] {
        SettingsDialog dialog(m_store, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        applyPersonalSettings();
        if (dialog.teamSettingsChanged() && m_session->hasArticle())
            m_session->applyMetadata(m_session->article()); // reading time and spellcheck follow
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *store = menuBar()->addMenu(tr("&Store"));
    m_writeActions.append(store->addAction(tr("&Authors…"), this, [this] { openNamesDialog(true); }));
    m_writeActions.append(store->addAction(tr("&Categories…"), this, [this] { openNamesDialog(false); }));
    m_writeActions.append(store->addAction(tr("Empty the &trash"), this, [this] {
        TrashService trash(m_store);
        const int count = trash.count();
        if (count == 0 || QMessageBox::question(this, tr("Empty the trash"),
                tr("Delete %n article(s) in the trash for good?", nullptr, count)) != QMessageBox::Yes)
            return;
        if (const Result<int> emptied = trash.empty(); !emptied.ok()) {
            showProblem(emptied.message());
            return;
        }
        m_library->undoStack().clear(); // the deleted articles cannot come back
    }));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_sidebar->toggleAction());
    QAction *libraryToggle = m_libraryDock->toggleViewAction();
    libraryToggle->setObjectName(QStringLiteral("actionLibrary"));
    libraryToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(libraryToggle);
    QAction *outlineToggle = m_outlineDock->toggleViewAction();
    outlineToggle->setObjectName(QStringLiteral("actionOutline"));
    outlineToggle->setText(tr("&Outline"));
    outlineToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    view->addAction(outlineToggle);
    view->addSeparator();
    // The docks' own toggles, with a letter for the keyboard (their titles have none).
    const struct { QDockWidget *dock; QString text; } toggles[] = {
        {m_metadataDock, tr("&Metadata")}, {m_checklistDock, tr("&Checklist")},
        {m_spellingDock, tr("Spe&lling")}, {m_reviewDock, tr("&Review")}};
    for (const auto &toggle : toggles) {
        toggle.dock->toggleViewAction()->setText(toggle.text);
        view->addAction(toggle.dock->toggleViewAction());
    }
    QAction *previewToggle = view->addAction(tr("&Preview"));
    previewToggle->setCheckable(true);
    previewToggle->setChecked(true);
    previewToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(previewToggle, &QAction::toggled, m_preview, &QWidget::setVisible);
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { m_editor->zoomBy(1); });
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { m_editor->zoomBy(-1); });
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QAction *zoomReset = view->addAction(tr("&Actual size"), this, [this] { m_editor->resetZoom(); });
    zoomReset->setObjectName(QStringLiteral("actionZoomReset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    auto *distractionFree = new DistractionFree(*this, {m_preview}, m_editor);
    view->addAction(distractionFree->toggleAction());

    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        // The editor's own editing commands come from the menu Qt builds for it.
        std::unique_ptr<QMenu> editing(m_editor->createStandardContextMenu());
        ShortcutHelp dialog(*menuBar(), editing.get(), this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *about = help->addAction(tr("&About Feder"), this, [this] {
        QMessageBox::about(this, tr("About Feder"),
            tr("<p><b>Feder %1</b></p><p>Write German articles offline: Markdown with a German spellcheck, "
               "metadata in one local store, a live preview, review comments and self-contained exports.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::connectParts()
{
    // The parts follow the session themselves; the window shows what concerns the whole window:
    // the title, the save state and problems in the status bar.
    new ScrollSync(*m_editor, *m_preview, this);
    m_preview->followReview(*m_review);
    connect(m_spelling, &SpellingController::problem, this, &MainWindow::showProblem);
    connect(m_review, &ReviewController::problem, this, &MainWindow::showProblem);
    connect(m_library, &LibraryPanel::problem, this, &MainWindow::showProblem);
    connect(m_metadata, &MetadataPanel::problem, this, &MainWindow::showProblem);
    connect(m_metadataController, &MetadataController::problem, this, &MainWindow::showProblem);
    connect(m_session, &EditSession::notice, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusMessageMs);
    });
    connect(m_session, &EditSession::opened, this, [this] {
        m_saveState->clear();
        updateTitle();
    });
    connect(m_session, &EditSession::metadataChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditSession::closed, this, &MainWindow::updateTitle);
    connect(m_session, &EditSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditSession::saved, this, [this] { m_saveState->setText(tr("Saved")); });
    connect(m_session, &EditSession::saveFailed, this, &MainWindow::showSaveError);
    connect(m_session, &EditSession::changedElsewhereKept, this, [this] {
        // Not modal: it comes from an autosave, in the middle of typing.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Changed elsewhere"),
            tr("This article had been changed outside this window. Your text was saved; the other "
               "version is kept in the history (Edit ▸ History…)."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("changedElsewhere"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_metadata, &MetadataPanel::manageCategories, this, [this] { openNamesDialog(false); });
    connect(m_checklist, &ChecklistPanel::fieldRequested, this, [this](const QString &field) {
        if (textFieldFromName(field) == TextField::Body) {
            m_editor->setFocus();
            return;
        }
        m_sidebar->reveal(m_metadataDock);
        m_metadata->focusField(field);
    });
}

void MainWindow::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    m_editor->setReadOnly(true);
    m_metadataDock->widget()->setEnabled(false); // the panel itself re-enables per article
    m_library->setReadOnly(true);
    for (QAction *action : std::as_const(m_writeActions))
        action->setEnabled(false);
    auto *badge = new QLabel(tr("Read-only: %1").arg(reason));
    badge->setObjectName(QStringLiteral("readOnlyBadge"));
    badge->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; padding: 2px 8px; font-weight: bold; }"));
    statusBar()->addPermanentWidget(badge);
    updateTitle();
}

void MainWindow::showStoreProblem(const QString &message)
{
    m_saveState->setText(tr("Not saved"));
    statusBar()->showMessage(message);
    // Not modal: the problem may repeat (autosave), and the author must be able to copy the text.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Feder"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("storeProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openNamesDialog(bool authors)
{
    NamesDialog dialog(m_store, authors ? NamesDialog::Kind::Authors : NamesDialog::Kind::Categories, this);
    connect(&dialog, &NamesDialog::changed, this, [this] {
        m_library->reload();
        m_library->reloadFilters();
        if (!m_session->hasArticle())
            return;
        if (const std::optional<Article> fresh = m_store.articles().findById(m_session->article().id))
            m_session->applyMetadata(*fresh); // a renamed author or category
    });
    dialog.exec();
}

void MainWindow::openHistory()
{
    if (!m_session->hasArticle() || !m_session->save())
        return;
    HistoryDialog dialog(m_store, m_session->article().id, this);
    connect(&dialog, &HistoryDialog::restored, this, [this](qint64 articleId) {
        m_session->close();   // the stored article changed under the editor: open it afresh
        m_session->open(articleId);
        m_library->refreshArticle(articleId);
    });
    dialog.exec();
}

void MainWindow::exportReview()
{
    if (!m_session->hasArticle() || !m_session->save())
        return;
    // Starts where exports go (the last export folder or the documents folder), not in the
    // working directory of whoever started Feder.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export for review"),
        QDir(ExportController::startFolder()).filePath(m_session->article().slug + QStringLiteral(".federreview")),
        tr("Feder review (*.federreview)"));
    if (path.isEmpty())
        return;
    const Outcome exported = ReviewService(m_store).exportPackage(m_session->article().slug, path);
    if (exported)
        statusBar()->showMessage(tr("Exported for review: %1").arg(path), kStatusMessageMs);
    else
        QMessageBox::warning(this, tr("Export for review"), exported.message);
}

void MainWindow::importReview()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import review"), ExportController::startFolder(),
                                                      tr("Feder review (*.federreview)"));
    if (path.isEmpty() || !m_session->save())
        return; // a failed save already says why; importing now could replace the unsaved text
    const Result<ReviewExchange::ImportReport> imported = ReviewService(m_store).importPackage(path);
    if (!imported.ok()) {
        QMessageBox::warning(this, tr("Import review"), imported.message());
        return;
    }
    const ReviewExchange::ImportReport &report = imported.value;
    m_library->reload();
    if (const std::optional<Article> article = m_store.articles().findBySlug(report.slug)) {
        m_session->close();
        m_session->open(article->id);
    }
    QString message = tr("%n comment(s) added", nullptr, report.threadsAdded) + QStringLiteral(", ")
                    + tr("%n reply(ies) added", nullptr, report.repliesAdded) + QStringLiteral(", ")
                    + tr("%n updated.", nullptr, report.commentsUpdated);
    if (!report.conflicts.isEmpty())
        message += QStringLiteral("\n\n") + report.conflicts.join(QLatin1Char('\n'));
    QMessageBox::information(this, tr("Import review"), message);
}

void MainWindow::updateTitle()
{
    // [*] is where Qt shows the unsaved-changes marker when windowModified is set.
    const QString title = m_session->hasArticle() ? m_session->article().title : tr("No article");
    setWindowTitle(m_readOnlyReason.isEmpty() ? tr("%1[*] — Feder").arg(title)
                                              : tr("%1[*] — Feder (read-only)").arg(title));
    setWindowModified(m_session->isModified());
    if (m_session->isModified())
        m_saveState->setText(tr("Unsaved changes"));
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
    QApplication::beep();
}

void MainWindow::showSaveError(const QString &message)
{
    m_saveState->setText(tr("Not saved"));
    statusBar()->showMessage(tr("Saving failed: %1").arg(message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_exporter->stopForQuit()) {
        event->ignore(); // the export goes on; the window stays
        return;
    }
    if (m_session->save()) {
        m_place->save(m_store.path(), m_session->hasArticle() ? m_session->article().slug : QString());
        event->accept();
        return;
    }
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("The article could not be saved. Close anyway and lose the changes?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

} // namespace feder::ui
