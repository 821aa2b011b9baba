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

} // namespace feder
