#pragma once

#include <QUndoStack>
#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class ArticleFilterModel;
class ArticleListModel;

// The article library: search as you type (full text, German folding), filters by status and
// category, sorting by any column, and create / duplicate / delete (to the trash, with undo).
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    // Choosing a row opens it in the session; the row of the open article follows its saves and
    // metadata; the open article closes when it goes to the trash.
    LibraryPanel(Store &store, EditSession &session, QWidget *parent = nullptr);

    ArticleListModel &model() { return *m_model; }
    ArticleFilterModel &proxy() { return *m_proxy; }
    QTableView &view() { return *m_view; }
    QLineEdit &searchField() { return *m_search; }
    QUndoStack &undoStack() { return m_undo; }

    // Asked before an article goes to the trash; a message box unless replaced (tests).
    std::function<bool(const QString &title)> confirmDelete;

    qint64 currentArticleId() const;
    void selectArticle(qint64 articleId);
    void reloadFilters();          // after categories changed
    void setReadOnly(bool readOnly); // no new, duplicate or delete

public Q_SLOTS:
    void createArticle();
    void duplicateCurrent();
    void deleteCurrent();
    void refreshArticle(qint64 articleId);
    void reload();

Q_SIGNALS:
    void articleDeleted(qint64 articleId);
    void problem(const QString &message);

private:
    void runSearch();
    void scrollToCurrent();
    // Puts the current row on the open article (or on none), without opening anything.
    void showOpenArticle();

    Store &m_store;
    EditSession &m_session;
    ArticleListModel *m_model;
    ArticleFilterModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_category;
    QTableView *m_view;
    QTimer *m_searchDelay;
    QUndoStack m_undo;
    QList<QWidget *> m_writeButtons;
    bool m_readOnly = false;
    bool m_following = false;   // rows move under the program's hand: a new current row opens nothing
    int m_sortColumn = 0;                     // the column the author chose (kept in QSettings)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace feder::ui
