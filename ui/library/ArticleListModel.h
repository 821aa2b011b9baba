#pragma once

#include "store/ArticleRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace feder {
class Store;
}

namespace feder::ui {

// All articles of the store as a table: title, author, category, status, reading time, last
// change. Reads summaries only (no bodies), so 10,000 articles load in a blink.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Author, Category, Status, ReadingTime, Updated, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SlugRole, SortRole, StatusRole, CategoryRole };

    explicit ArticleListModel(Store &store, QObject *parent = nullptr);

    void reload();
    // Updates one row after its article changed (e.g. the editor saved it).
    void refreshArticle(qint64 articleId);
    QModelIndex indexOfArticle(qint64 articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int minutesOf(const ArticleSummary &summary) const;

    Store &m_store;
    QList<ArticleSummary> m_rows;
    int m_wordsPerMinute = 200;
};

} // namespace feder::ui
