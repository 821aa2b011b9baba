#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace feder {

class Database;

// One prepared statement. Values are bound 1-based, columns are read 0-based (SQLite's convention).
class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    // Binds NULL for an empty string: used for optional foreign keys and unique optional text.
    Statement &bindOptional(int index, const QString &value);

    // Returns true while a row is available; throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// A thin RAII owner of one SQLite connection that turns SQLite errors into StoreError.
class Database
{
public:
    // Immutable: read-only media; SQLite is told the file cannot change, so it needs no -shm file.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    static std::unique_ptr<Database> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const char *sql);
    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertId() const;
    int changes() const;
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_handle; }

    // For tests of error paths: called with the SQL of every statement before it is prepared;
    // it may throw StoreError to make that statement fail. Empty (no cost) in the app.
    using FaultInjector = std::function<void(const char *sql)>;
    static void setFaultInjector(FaultInjector injector);
    static void injectFault(const char *sql);

    // What every writer says when a store may not be written (file, media or SQLite read-only).
    static QString readOnlyMessage(const QString &path);

    // Builds the user-facing message for the connection's last error.
    [[noreturn]] void fail(int code, const QString &what) const;

private:
    Database(sqlite3 *handle, QString path, bool readOnly);
    sqlite3 *m_handle;
    QString m_path;
    bool m_readOnly;
};

// Commits on commit(), rolls back when it goes out of scope without a commit (also on exceptions).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace feder
