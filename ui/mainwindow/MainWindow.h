#pragma once

#include <QMainWindow>

class QTableView;
class QLabel;
class QDockWidget;

namespace feder {
class EditSession;
class Store;
struct Article;
}

namespace feder::ui {

class ChecklistPanel;
class ExportController;
class LibraryPanel;
class MarkdownEditor;
class MetadataController;
class MetadataPanel;
class PreviewWidget;
class SpellingController;
class ReviewController;
class ReviewPanel;
class SpellingPanel;
class Sidebar;
class WindowPlace;

// The main window: library (left), Markdown editor and live preview (centre), metadata and
// checklist (right). It wires the parts together; each part does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    EditSession &session() { return *m_session; }
    MarkdownEditor &editor() { return *m_editor; }
    QTableView &library();
    LibraryPanel &libraryPanel() { return *m_library; }
    PreviewWidget &preview() { return *m_preview; }
    MetadataPanel &metadata() { return *m_metadata; }
    MetadataController &metadataController() { return *m_metadataController; }
    ChecklistPanel &checklist() { return *m_checklist; }
    Sidebar &sidebar() { return *m_sidebar; }
    ExportController &exporter() { return *m_exporter; }
    SpellingController &spelling() { return *m_spelling; }
    SpellingPanel &spellingPanel() { return *m_spellingPanel; }
    ReviewController &review() { return *m_review; }
    ReviewPanel &reviewPanel() { return *m_reviewPanel; }

    // Opens the article in the editor (saving the current one first).
    bool openArticle(qint64 articleId);

    // Shows the store but lets nothing be changed (a read-only file, or a store another Feder
    // holds); `reason` is shown in a badge that stays visible.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // A store error that reached the event loop (see GuardedApplication): say it, lose nothing.
    void showStoreProblem(const QString &message);

Q_SIGNALS:
    // Datei ▸ Sicherung wiederherstellen: the window's host closes the store and replaces it.
    void restoreBackupRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QSize defaultSize() const;
    void createDocks();
    void createMenus();
    void connectParts();
    void connectScrollSync();
    void showArticle(const Article &article);
    void metadataApplied(const Article &article);
    void articleGone(qint64 articleId);
    void showNoArticle();
    void updateTitle();
    void rememberArticle(const QString &slug);
    void showProblem(const QString &message);
    void showSaveError(const QString &message);
    void openNamesDialog(bool authors);
    void openHistory();
    void exportReview();
    void importReview();
    void refreshChecklist();
    void updateReviewMarks();

    Store &m_store;
    EditSession *m_session;
    LibraryPanel *m_library;
    MarkdownEditor *m_editor;
    PreviewWidget *m_preview;
    MetadataPanel *m_metadata;
    MetadataController *m_metadataController;
    ChecklistPanel *m_checklist;
    ExportController *m_exporter;
    SpellingController *m_spelling;
    SpellingPanel *m_spellingPanel;
    ReviewController *m_review;
    ReviewPanel *m_reviewPanel;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_checklistDock = nullptr;
    QDockWidget *m_spellingDock = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QLabel *m_saveState;
    QString m_readOnlyReason;
    QList<QAction *> m_writeActions; // disabled in a read-only window
    WindowPlace *m_place = nullptr;  // window layout, caret and scroll across restarts
    Sidebar *m_sidebar = nullptr;    // the right-hand docks, collapsible as one
};

} // namespace feder::ui
