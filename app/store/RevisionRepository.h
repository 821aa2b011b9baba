#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace feder {

class Database;
struct Article;

struct Revision
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString reason;
    QString snapshot;   // the whole article in the canonical file format
    QDateTime created;
};

// Full snapshots of an article (body and every metadata field), newest last.
class RevisionRepository
{
public:
    explicit RevisionRepository(Database &db) : m_db(db) {}

    qint64 add(const Article &article, const QString &reason, const QString &name = {});
    QList<Revision> forArticle(qint64 articleId);
    std::optional<Revision> find(qint64 revisionId);
    void rename(qint64 revisionId, const QString &name);

private:
    Database &m_db;
};

} // namespace feder
