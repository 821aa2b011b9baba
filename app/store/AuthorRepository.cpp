#include "AuthorRepository.h"

#include "Clock.h"
#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSet>

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

namespace {

int countWhere(Database &db, const char *sql, qint64 id)
{
    Statement query(db, sql);
    query.bind(1, id);
    query.step();
    return int(query.integer(0));
}

void requireFreeName(Database &db, const char *sql, const QString &name, qint64 id)
{
    Statement query(db, sql);
    query.bind(1, name).bind(2, id);
    if (query.step())
        throw StoreError(QCoreApplication::translate("Store", "'%1' exists already; merge the two instead").arg(name));
}

} // namespace

void AuthorRepository::renameAuthor(qint64 id, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "an author needs a name"));
    requireFreeName(m_db, "SELECT 1 FROM authors WHERE name = ? AND id != ?", name, id);
    Statement update(m_db, "UPDATE authors SET name = ?, updated = ? WHERE id = ?");
    update.bind(1, name).bind(2, Clock::nowStored()).bind(3, id).run();
}

void AuthorRepository::setRole(qint64 id, const QString &role)
{
    Statement update(m_db, "UPDATE authors SET role = ?, updated = ? WHERE id = ?");
    update.bind(1, role.trimmed()).bind(2, Clock::nowStored()).bind(3, id).run();
}

void AuthorRepository::mergeAuthors(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return;
    Statement move(m_db, "UPDATE articles SET author_id = ? WHERE author_id = ?");
    move.bind(1, keepId).bind(2, dropId).run();
    Statement drop(m_db, "DELETE FROM authors WHERE id = ?");
    drop.bind(1, dropId).run();
}

int AuthorRepository::articleCountOfAuthor(qint64 id)
{
    return countWhere(m_db, "SELECT COUNT(*) FROM articles WHERE author_id = ?", id);
}

void AuthorRepository::deleteAuthor(qint64 id)
{
    const int used = articleCountOfAuthor(id);
    if (used > 0)
        throw StoreError(QCoreApplication::translate("Store", "the author still has %n article(s); merge instead", nullptr, used));
    Statement drop(m_db, "DELETE FROM authors WHERE id = ?");
    drop.bind(1, id).run();
}

void AuthorRepository::renameCategory(qint64 id, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "a category needs a name"));
    requireFreeName(m_db, "SELECT 1 FROM categories WHERE name = ? AND id != ?", name, id);
    Statement update(m_db, "UPDATE categories SET name = ?, updated = ? WHERE id = ?");
    update.bind(1, name).bind(2, Clock::nowStored()).bind(3, id).run();
}

void AuthorRepository::mergeCategories(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return;
    Statement move(m_db, "UPDATE articles SET category_id = ? WHERE category_id = ?");
    move.bind(1, keepId).bind(2, dropId).run();
    Statement drop(m_db, "DELETE FROM categories WHERE id = ?");
    drop.bind(1, dropId).run();
}

int AuthorRepository::articleCountOfCategory(qint64 id)
{
    return countWhere(m_db, "SELECT COUNT(*) FROM articles WHERE category_id = ?", id);
}

void AuthorRepository::deleteCategory(qint64 id)
{
    const int used = articleCountOfCategory(id);
    if (used > 0)
        throw StoreError(QCoreApplication::translate("Store", "the category still has %n article(s); merge instead", nullptr, used));
    Statement drop(m_db, "DELETE FROM categories WHERE id = ?");
    drop.bind(1, id).run();
}

void AuthorRepository::reorderCategories(const QList<qint64> &idsInOrder)
{
    const QList<Category> current = categories();
    QSet<qint64> known;
    for (const Category &category : current)
        known.insert(category.id);
    if (QSet<qint64>(idsInOrder.begin(), idsInOrder.end()) != known || idsInOrder.size() != current.size())
        throw StoreError(QCoreApplication::translate("Store", "the new order must name every category exactly once"));
    Statement update(m_db, "UPDATE categories SET position = ?, updated = ? WHERE id = ?");
    const QString now = Clock::nowStored();
    for (int i = 0; i < idsInOrder.size(); ++i)
        update.bind(1, i + 1).bind(2, now).bind(3, idsInOrder.at(i)).run();
}

} // namespace feder
