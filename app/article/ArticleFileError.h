#pragma once

#include <QString>
#include <stdexcept>

namespace feder {

// A problem in an article file, located by file and 1-based line; prints as "file:line: message".
class ArticleFileError : public std::runtime_error
{
public:
    ArticleFileError(QString file, int line, QString message)
        : std::runtime_error(format(file, line, message).toStdString()),
          m_file(std::move(file)), m_line(line), m_message(std::move(message)) {}

    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    const QString &message() const { return m_message; }
    QString toString() const { return format(m_file, m_line, m_message); }

private:
    static QString format(const QString &file, int line, const QString &message)
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
    QString m_file;
    int m_line;
    QString m_message;
};

} // namespace feder
