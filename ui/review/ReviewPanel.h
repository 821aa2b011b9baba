#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;

namespace feder::ui {

class ReviewController;

// The review threads of the article: filter open / resolved / all; a click jumps to the text;
// reply, resolve, reopen, delete. Orphaned threads show "Bezug gelöscht" with their original quote.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(ReviewController &controller, QWidget *parent = nullptr);

    QListWidget &list() { return *m_list; }
    QComboBox &filter() { return *m_filter; }
    qint64 currentThread() const;

public Q_SLOTS:
    void refresh();

private:
    ReviewController &m_controller;
    QComboBox *m_filter;
    QListWidget *m_list;
};

} // namespace feder::ui
