#include "Database.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <cerrno>
#include <sqlite3.h>

namespace feder {

namespace {

QString describe(int code, const QString &path, const char *sqliteMessage, int systemError = 0)
{
    // SQLite reports a failed write as an I/O error; the operating system knows it was space.
    const int primary = code & 0xff;
    if ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && (systemError == ENOSPC || systemError == EDQUOT))
        code = SQLITE_FULL;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Store", "%1: not a Feder store (the file is not an SQLite database)").arg(path);
    case SQLITE_READONLY:
        return Database::readOnlyMessage(path);
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Store", "%1: cannot open the store (%2)").arg(path, QString::fromUtf8(sqliteMessage));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Store", "%1: the store is busy (another program is writing to it)").arg(path);
    case SQLITE_FULL:
        return QCoreApplication::translate("Store", "%1: the disk is full; nothing was written").arg(path);
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("Store", "%1: the store is damaged (%2)").arg(path, QString::fromUtf8(sqliteMessage));
    default:
        return QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqliteMessage));
    }
}

Database::FaultInjector &faultInjector()
{
    static Database::FaultInjector injector;
    return injector;
}

} // namespace

void Database::setFaultInjector(FaultInjector injector)
{
    faultInjector() = std::move(injector);
}

void Database::injectFault(const char *sql)
{
    if (faultInjector())
        faultInjector()(sql);
}

Statement::Statement(Database &db, const char *sql) : m_db(&db)
{
    Database::injectFault(sql);
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, QString::fromUtf8(sql));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QDir(path).absolutePath()).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
        break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = describe(rc, path, handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc),
                                         handle ? sqlite3_system_errno(handle) : 0);
        sqlite3_close(handle);
        throw StoreError(message);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);
    return std::unique_ptr<Database>(new Database(handle, path, mode == Mode::ReadOnly || mode == Mode::Immutable));
}

Database::Database(sqlite3 *handle, QString path, bool readOnly)
    : m_handle(handle), m_path(std::move(path)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    sqlite3_close_v2(m_handle);
}

void Database::exec(const char *sql)
{
    injectFault(sql);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql));
}

int Database::userVersion()
{
    Statement query(*this, "PRAGMA user_version");
    query.step();
    return int(query.integer(0));
}

void Database::setUserVersion(int version)
{
    // PRAGMA does not take bound parameters; the value is an int, so formatting it is safe.
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData());
}

QString Database::readOnlyMessage(const QString &path)
{
    return QCoreApplication::translate("Store", "%1: the store is read-only; nothing was written").arg(path);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

void Database::fail(int code, const QString &what) const
{
    Q_UNUSED(what);
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        throw StoreDamaged(describe(code, m_path, sqlite3_errmsg(m_handle), sqlite3_system_errno(m_handle)));
    throw StoreError(describe(code, m_path, sqlite3_errmsg(m_handle), sqlite3_system_errno(m_handle)));
}

Transaction::Transaction(Database &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so two writers never deadlock half-way.
    m_db.exec(m_db.isReadOnly() ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace feder
