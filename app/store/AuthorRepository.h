#pragma once

#include "model/Author.h"
#include "model/Category.h"

#include <QList>
#include <QString>

namespace feder {

class Database;

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

    // Authors and categories are referenced by id, so a rename shows everywhere at once.
    // All of these throw StoreError with a message for the user when they cannot be done.
    void renameAuthor(qint64 id, const QString &newName);
    void setRole(qint64 id, const QString &role);
    void mergeAuthors(qint64 keepId, qint64 dropId);   // articles of drop go to keep, drop is deleted
    void deleteAuthor(qint64 id);                      // only when no article uses it
    int articleCountOfAuthor(qint64 id);

    void renameCategory(qint64 id, const QString &newName);
    void mergeCategories(qint64 keepId, qint64 dropId);
    void deleteCategory(qint64 id);
    int articleCountOfCategory(qint64 id);
    // The new display order: every category id exactly once.
    void reorderCategories(const QList<qint64> &idsInOrder);

private:
    Database &m_db;
};

} // namespace feder
