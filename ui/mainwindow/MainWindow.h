#pragma once

#include <QMainWindow>

class QTableView;
class QLabel;

namespace feder {
class Store;
struct Article;
}

namespace feder::ui {

class ArticleListModel;
class EditSession;
class MarkdownEditor;
class PreviewWidget;

// The main window: the article library on the left, the Markdown editor on the right.
// It wires the parts together; each part does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    EditSession &session() { return *m_session; }
    MarkdownEditor &editor() { return *m_editor; }
    QTableView &library() { return *m_library; }
    PreviewWidget &preview() { return *m_preview; }

    // Opens the article in the editor (saving the current one first).
    bool openArticle(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showArticle(const Article &article);
    void updateTitle();
    void showSaveError(const QString &message);
    void connectScrollSync();

    Store &m_store;
    ArticleListModel *m_model;
    EditSession *m_session;
    QTableView *m_library;
    MarkdownEditor *m_editor;
    PreviewWidget *m_preview;
    QLabel *m_saveState;
};

} // namespace feder::ui
