#include "ArticleListModel.h"

#include "render/VisibleText.h"
#include "store/Store.h"

#include <QLocale>

namespace feder::ui {

ArticleListModel::ArticleListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

ArticleListModel::Row ArticleListModel::makeRow(const Article &article) const
{
    return {article, readingMinutes(article.body, m_store.settings().wordsPerMinute())};
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QList<Article> articles = m_store.articles().all();
    for (const Article &article : articles)
        m_rows.append(makeRow(article));
    endResetModel();
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    const QModelIndex index = indexOfArticle(articleId);
    const std::optional<Article> article = m_store.articles().findById(articleId);
    if (!index.isValid() || !article) {
        reload();
        return;
    }
    m_rows[index.row()] = makeRow(*article);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
}

QModelIndex ArticleListModel::indexOfArticle(qint64 articleId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).article.id == articleId)
            return index(row, 0);
    }
    return {};
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArticleListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("review"))
        return tr("In review");
    if (status == QLatin1String("revision"))
        return tr("Revision");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("published"))
        return tr("Published");
    return status;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Article &a = row.article;
    if (role == ArticleIdRole)
        return a.id;
    if (role == SlugRole)
        return a.slug;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return a.slug;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return a.title;
    case Author: return a.author;
    case Category: return a.category;
    case Status: return statusLabel(a.status);
    case ReadingTime: return tr("%n min.", nullptr, row.readingMinutes);
    case Updated: return QLocale().toString(a.updated.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Author: return tr("Author");
    case Category: return tr("Category");
    case Status: return tr("Status");
    case ReadingTime: return tr("Reading time");
    case Updated: return tr("Last change");
    default: return {};
    }
}

} // namespace feder::ui
