#pragma once

#include "article/Article.h"

#include <QAbstractTableModel>
#include <QList>

namespace feder {
class Store;
}

namespace feder::ui {

// All articles of the store as a table: title, author, category, status, reading time, last change.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Author, Category, Status, ReadingTime, Updated, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SlugRole };

    explicit ArticleListModel(Store &store, QObject *parent = nullptr);

    void reload();
    // Updates one row after its article changed (e.g. the editor saved it).
    void refreshArticle(qint64 articleId);
    QModelIndex indexOfArticle(qint64 articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusLabel(const QString &status);

private:
    struct Row
    {
        Article article;
        int readingMinutes = 1;
    };
    Row makeRow(const Article &article) const;

    Store &m_store;
    QList<Row> m_rows;
};

} // namespace feder::ui
