#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
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
    // Says why the list is empty (revisions are taken on Ctrl+S, status changes and import).
    QLabel &emptyNote() { return *m_emptyNote; }
    std::function<QString()> askName;     // replaceable (tests)

    void compareSelection();
    bool restoreSelected();
    void nameSelected();

Q_SIGNALS:
    void restored(qint64 articleId);

private:
    void reload();
    QString fieldValue(const QString &field, const QString &value) const;

    Store &m_store;
    qint64 m_articleId;
    QListWidget *m_revisions;
    QListWidget *m_status;
    QTextBrowser *m_comparison;
    QLabel *m_emptyNote;
    QList<QPushButton *> m_revisionButtons; // need a revision to act on
};

} // namespace feder::ui
