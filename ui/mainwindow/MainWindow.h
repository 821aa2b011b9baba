#pragma once

#include <QMainWindow>

class QLabel;
class QDockWidget;

namespace feder {
class EditSession;
class Store;
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
class StyleController;
class Sidebar;
class WindowPlace;

// The main window: library (left), Markdown editor and live preview (centre), metadata,
// checklist, spelling and review in a sidebar (right). It builds the layout and the menus; the
// parts follow the open article (EditSession) by themselves. Tests find the parts by their
// object names (markdownEditor, preview, metadataPanel, …).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the store but lets nothing be changed (a read-only file, or a store another Feder
    // holds); `reason` is shown in a badge that stays visible.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // A store error that reached the event loop (see GuardedApplication): say it, lose nothing.
    void showStoreProblem(const QString &message);

Q_SIGNALS:
    // Datei ▸ Sicherung wiederherstellen: the window's host closes the store and replaces it.
    void restoreBackupRequested();
    // Datei ▸ Speicher öffnen / Zuletzt geöffnet (the article is saved first): the host switches stores.
    void openStoreRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QSize defaultSize() const;
    void createDocks();
    void createMenus();
    void createHelpMenu();
    void connectParts();
    void reopenLastArticle();
    // Theme, editor font and autosave pause as chosen in the settings (at start and after OK).
    void applyPersonalSettings();
    void updateTitle();
    void showProblem(const QString &message);
    void showSaveError(const QString &message);
    void openNamesDialog(bool authors);
    void openHistory();
    void exportReview();
    void importReview();

    Store &m_store;
    // In the order they are built: each part is given the ones it follows.
    EditSession *m_session;
    LibraryPanel *m_library;
    MarkdownEditor *m_editor;
    PreviewWidget *m_preview;
    MetadataPanel *m_metadata;
    MetadataController *m_metadataController;
    ExportController *m_exporter;
    SpellingController *m_spelling;
    SpellingPanel *m_spellingPanel;
    ReviewController *m_review;
    ReviewPanel *m_reviewPanel;
    ChecklistPanel *m_checklist;
    StyleController *m_style = nullptr; // typography (issue 17); follows the session
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_checklistDock = nullptr;
    QDockWidget *m_spellingDock = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QDockWidget *m_outlineDock = nullptr; // Gliederung: the headings, below the library
    QLabel *m_saveState;
    QString m_readOnlyReason;
    QList<QAction *> m_writeActions; // disabled in a read-only window
    WindowPlace *m_place = nullptr;  // window layout, caret and scroll across restarts
    Sidebar *m_sidebar = nullptr;    // the right-hand docks, collapsible as one
};

} // namespace feder::ui
