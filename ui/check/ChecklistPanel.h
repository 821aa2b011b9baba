#pragma once

#include "check/Checklist.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace feder {
class Store;
}

namespace feder::ui {

// The "Prüfliste": what still stands between the article and its export, recomputed whenever
// the article changes. Activating an item jumps to the field it is about.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(Store &store, QWidget *parent = nullptr);

    void refresh(const Article &article, int spellingFindings = 0);
    void clear();
    const QList<CheckItem> &items() const { return m_items; }
    QListWidget &list() { return *m_list; }

Q_SIGNALS:
    void fieldRequested(const QString &field);

private:
    Store &m_store;
    QList<CheckItem> m_items;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace feder::ui
