#pragma once

#include <QString>
#include <stdexcept>

namespace feder {

// Every failure of the store is reported as one of these, with a message a user can act on.
// Callers at the edge (CLI, GUI) show the message; nothing below them prints.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// The file is an SQLite database but damaged (quick_check failed, or SQLite found corruption).
class StoreDamaged : public StoreError
{
public:
    using StoreError::StoreError;
};

// A read-only connection found a store of an older schema; a writer must migrate it first.
class StoreNeedsUpgrade : public StoreError
{
public:
    using StoreError::StoreError;
};

// The store is held by another writer (the GUI, a running command).
class StoreInUse : public StoreError
{
public:
    StoreInUse(const QString &message, qint64 holderPid) : StoreError(message), m_holderPid(holderPid) {}
    qint64 holderPid() const { return m_holderPid; }

private:
    qint64 m_holderPid;
};

} // namespace feder
