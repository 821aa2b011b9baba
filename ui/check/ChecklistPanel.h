#pragma once

#include "check/Checklist.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class ReviewController;
class SpellingController;
class StyleController;

// The "Prüfliste": what still stands between the article and its export, recomputed whenever
// the article changes (opened, metadata, saved text, spelling findings, review threads).
// Activating an item jumps to the field it is about.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    ChecklistPanel(Store &store, EditSession &session, const SpellingController &spelling, const ReviewController &review,
                   QWidget *parent = nullptr);

    // The „Stil“ section (issue 17): the typography count as a hint; its row moves the caret to
    // the first finding.
    void followStyle(StyleController &style);

    const QList<CheckItem> &items() const { return m_items; }
    QListWidget &list() { return *m_list; }

Q_SIGNALS:
    void fieldRequested(const QString &field);

private:
    void refresh();
    void clear();

    Store &m_store;
    EditSession &m_session;
    const SpellingController &m_spelling;
    StyleController *m_style = nullptr;
    QList<CheckItem> m_items;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace feder::ui
