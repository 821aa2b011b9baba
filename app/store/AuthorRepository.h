#pragma once

#include <QList>
#include <QString>

namespace feder {

class Database;

struct Author
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
};

struct Category
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int position = 0;
};

// Authors (with their role) and categories (with their display order): both are created on
// first use by name, so importing an article never needs a separate setup step.
class AuthorRepository
{
public:
    explicit AuthorRepository(Database &db) : m_db(db) {}

    // Returns the author's id; creates the author, or updates the role when one is given.
    qint64 ensureAuthor(const QString &name, const QString &role);
    QList<Author> authors();
    QString roleOf(const QString &name); // empty for an unknown author

    // Returns the category's id; a new category goes to the end of the order.
    qint64 ensureCategory(const QString &name);
    QList<Category> categories(); // in display order

private:
    Database &m_db;
};

} // namespace feder
