#include "AuthorRepository.h"

#include "Clock.h"
#include "Database.h"

namespace feder {

qint64 AuthorRepository::ensureAuthor(const QString &name, const QString &role)
{
    Statement find(m_db, "SELECT id, role FROM authors WHERE name = ?");
    find.bind(1, name);
    if (find.step()) {
        const qint64 id = find.integer(0);
        if (!role.isEmpty() && find.text(1) != role) {
            Statement update(m_db, "UPDATE authors SET role = ?, updated = ? WHERE id = ?");
            update.bind(1, role).bind(2, Clock::nowStored()).bind(3, id).run();
        }
        return id;
    }
    const QString now = Clock::nowStored();
    Statement insert(m_db, "INSERT INTO authors (uuid, name, role, created, updated) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, name).bind(3, role).bind(4, now).bind(5, now).run();
    return m_db.lastInsertId();
}

QList<Author> AuthorRepository::authors()
{
    QList<Author> result;
    Statement query(m_db, "SELECT id, uuid, name, role FROM authors ORDER BY name COLLATE NOCASE");
    while (query.step())
        result.append({query.integer(0), query.text(1), query.text(2), query.text(3)});
    return result;
}

QString AuthorRepository::roleOf(const QString &name)
{
    Statement find(m_db, "SELECT role FROM authors WHERE name = ?");
    find.bind(1, name);
    return find.step() ? find.text(0) : QString();
}

qint64 AuthorRepository::ensureCategory(const QString &name)
{
    Statement find(m_db, "SELECT id FROM categories WHERE name = ?");
    find.bind(1, name);
    if (find.step())
        return find.integer(0);
    const QString now = Clock::nowStored();
    Statement insert(m_db,
        "INSERT INTO categories (uuid, name, position, created, updated) "
        "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM categories), ?, ?)");
    insert.bind(1, Clock::newUuid()).bind(2, name).bind(3, now).bind(4, now).run();
    return m_db.lastInsertId();
}

QList<Category> AuthorRepository::categories()
{
    QList<Category> result;
    Statement query(m_db, "SELECT id, uuid, name, position FROM categories ORDER BY position, name");
    while (query.step())
        result.append({query.integer(0), query.text(1), query.text(2), int(query.integer(3))});
    return result;
}

} // namespace feder
