#include "ArticleFilterModel.h"

#include "ArticleListModel.h"

namespace feder::ui {

void ArticleFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void ArticleFilterModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void ArticleFilterModel::setSearchResults(const QList<qint64> &rankedIds, bool active)
{
    m_rank.clear();
    for (int i = 0; i < rankedIds.size(); ++i)
        m_rank.insert(rankedIds.at(i), i);
    m_searchActive = active;
    invalidate();
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(ArticleListModel::StatusRole).toString() != m_status)
        return false;
    if (!m_category.isEmpty() && index.data(ArticleListModel::CategoryRole).toString() != m_category)
        return false;
    if (m_searchActive && !m_rank.contains(index.data(ArticleListModel::ArticleIdRole).toLongLong()))
        return false;
    return true;
}

void ArticleFilterModel::sortByRank()
{
    m_sortByRank = true;
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
}

void ArticleFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortByRank = false;
    QSortFilterProxyModel::sort(column, order);
}

bool ArticleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_searchActive && m_sortByRank) {
        return m_rank.value(left.data(ArticleListModel::ArticleIdRole).toLongLong())
               < m_rank.value(right.data(ArticleListModel::ArticleIdRole).toLongLong());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace feder::ui
