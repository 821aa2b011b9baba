#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace feder::ui {

// Filters the library by status, category and full-text search hits; sorts by any column, or
// by search rank while a search is active and no column was chosen.
class ArticleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(const QString &status);       // empty: all
    void setCategory(const QString &category);   // empty: all
    // ids in rank order; an empty list with active=true means "nothing matched".
    void setSearchResults(const QList<qint64> &rankedIds, bool active);
    bool isSearchActive() const { return m_searchActive; }
    // Best search hits first (until the user sorts by a column).
    void sortByRank();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether the source row passes the filters now, and filtering again (the library sorts and
    // filters only when asked: see LibraryPanel).
    bool accepts(int sourceRow) const { return filterAcceptsRow(sourceRow, {}); }
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_status;
    QString m_category;
    QHash<qint64, int> m_rank;
    bool m_searchActive = false;
    bool m_sortByRank = false;
};

} // namespace feder::ui
