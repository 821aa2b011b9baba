#include "ArticleStatus.h"

#include <QCoreApplication>

namespace feder {

const QList<ArticleStatus> &articleStatuses()
{
    static const QList<ArticleStatus> all = {ArticleStatus::Draft, ArticleStatus::Review, ArticleStatus::Revision,
                                             ArticleStatus::Approved, ArticleStatus::Published};
    return all;
}

QString statusName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft: return QStringLiteral("draft");
    case ArticleStatus::Review: return QStringLiteral("review");
    case ArticleStatus::Revision: return QStringLiteral("revision");
    case ArticleStatus::Approved: return QStringLiteral("approved");
    case ArticleStatus::Published: return QStringLiteral("published");
    }
    return {};
}

std::optional<ArticleStatus> statusFromName(QStringView name)
{
    for (ArticleStatus status : articleStatuses()) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

QString statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft: return QCoreApplication::translate("ArticleStatus", "Draft");
    case ArticleStatus::Review: return QCoreApplication::translate("ArticleStatus", "In review");
    case ArticleStatus::Revision: return QCoreApplication::translate("ArticleStatus", "Revision");
    case ArticleStatus::Approved: return QCoreApplication::translate("ArticleStatus", "Approved");
    case ArticleStatus::Published: return QCoreApplication::translate("ArticleStatus", "Published");
    }
    return {};
}

QString statusLabel(const QString &name)
{
    const std::optional<ArticleStatus> status = statusFromName(name);
    return status ? statusLabel(*status) : name;
}

} // namespace feder
