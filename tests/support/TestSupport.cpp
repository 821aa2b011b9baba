#include "TestSupport.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace feder::test {

QString dataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("FEDER_TEST_DATA");
    if (base.isEmpty())
        base = QStringLiteral(FEDER_TEST_SOURCE_DATA);
    return relative.isEmpty() ? base : base + QLatin1Char('/') + relative;
}

QString writeFile(const QTemporaryDir &dir, const QString &relative, const QByteArray &contents)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(contents);
    return path;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray articleText(const QString &frontMatter, const QString &body)
{
    return QStringLiteral("---\n%1\n---\n%2").arg(frontMatter, body).toUtf8();
}

FailingStatements::FailingStatements(std::function<bool(const QByteArray &sql)> fails, QString message)
{
    Database::setFaultInjector([fails = std::move(fails), message = std::move(message)](const char *sql) {
        if (fails(QByteArray(sql)))
            throw StoreError(message);
    });
}

FailingStatements::~FailingStatements()
{
    Database::setFaultInjector({});
}

FailingStatements FailingStatements::containing(const QByteArray &fragment)
{
    return FailingStatements([fragment](const QByteArray &sql) { return sql.contains(fragment); },
                             QStringLiteral("injected failure on %1").arg(QString::fromLatin1(fragment)));
}

FailingStatements FailingStatements::writes()
{
    return FailingStatements([](const QByteArray &sql) {
        const QByteArray statement = sql.trimmed().toUpper();
        for (const char *verb : {"INSERT", "UPDATE", "DELETE", "REPLACE"}) {
            if (statement.startsWith(verb))
                return true;
        }
        return false;
    }, QStringLiteral("injected write failure"));
}

} // namespace feder::test
