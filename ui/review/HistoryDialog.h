#pragma once

#include <QDialog>
#include <functional>

class QListWidget;
class QTextBrowser;

namespace feder {
class Store;
}

namespace feder::ui {

// The article's history: its revisions (newest first) and its workflow status changes. Select one
// revision to compare it with the current state, or two to compare them with each other (the body
// word by word, the metadata field by field); restore a revision; name one ("Vor der Freigabe").
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Store &store, qint64 articleId, QWidget *parent = nullptr);

    QListWidget &revisions() { return *m_revisions; }
    QListWidget &statusHistory() { return *m_status; }
    QTextBrowser &comparison() { return *m_comparison; }
    std::function<QString()> askName;     // replaceable (tests)
    std::function<QString()> currentUser;

    void compareSelection();
    bool restoreSelected();
    void nameSelected();

Q_SIGNALS:
    void restored(qint64 articleId);

private:
    void reload();

    Store &m_store;
    qint64 m_articleId;
    QListWidget *m_revisions;
    QListWidget *m_status;
    QTextBrowser *m_comparison;
};

} // namespace feder::ui
