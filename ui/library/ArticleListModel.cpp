#include "ArticleListModel.h"

#include "article/ReadingTime.h"
#include "model/ArticleStatus.h"
#include "store/Store.h"

#include <QLocale>

namespace feder::ui {

ArticleListModel::ArticleListModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

int ArticleListModel::minutesOf(const ArticleSummary &summary) const
{
    return feder::ReadingTime::minutes(summary.wordCount, m_wordsPerMinute);
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_wordsPerMinute = m_store.settings().wordsPerMinute();
    m_rows = m_store.articles().summaries();
    endResetModel();
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    const QModelIndex found = indexOfArticle(articleId);
    const std::optional<ArticleSummary> fresh = m_store.articles().summary(articleId); // one row, not 10,000
    if (!found.isValid() || !fresh) {
        reload();
        return;
    }
    m_rows[found.row()] = *fresh;
    Q_EMIT dataChanged(index(found.row(), 0), index(found.row(), ColumnCount - 1));
}

QModelIndex ArticleListModel::indexOfArticle(qint64 articleId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == articleId)
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

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole: return a.id;
    case SlugRole: return a.slug;
    case StatusRole: return a.status;
    case CategoryRole: return a.category;
    // Long titles are elided in the list: the whole title (and the slug) in the tooltip.
    case Qt::ToolTipRole: return index.column() == Title ? QVariant(a.title + QLatin1Char('\n') + a.slug) : QVariant();
    case SortRole:
        switch (index.column()) {
        case ReadingTime: return minutesOf(a);
        case Updated: return a.updated;
        case Status: return int(ArticleVocabulary::statuses().indexOf(a.status));
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return a.title;
        case Author: return a.author;
        case Category: return a.category;
        case Status: return feder::statusLabel(a.status);
        case ReadingTime: return feder::ReadingTime::text(minutesOf(a)); // as on the page: „5 min.“
        case Updated: return QLocale().toString(a.updated.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    default:
        return {};
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
