#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace feder::test {

// tests/data, from FEDER_TEST_DATA (set by ctest) or the source tree.
QString dataPath(const QString &relative = {});

// Writes text into dir/relative (creating folders) and returns the full path.
QString writeFile(const QTemporaryDir &dir, const QString &relative, const QByteArray &contents);

// A small but valid PNG image.
QByteArray pngBytes(int width = 8, int height = 8);

// A minimal valid article file with the given front-matter lines and body.
QByteArray articleText(const QString &frontMatter, const QString &body = QStringLiteral("Ein Absatz.\n"));

// Makes store statements fail (StoreError) as a damaged page or a full disk would, until the
// object goes out of scope: those whose SQL contains a fragment (a table, "INSERT INTO x"), or
// every write (INSERT, UPDATE, DELETE, REPLACE) while reading still works.
class FailingStatements
{
public:
    FailingStatements(std::function<bool(const QByteArray &sql)> fails, QString message);
    ~FailingStatements();
    FailingStatements(const FailingStatements &) = delete;
    FailingStatements &operator=(const FailingStatements &) = delete;

    static FailingStatements containing(const QByteArray &fragment); // "injected failure on FRAGMENT"
    static FailingStatements writes();                                // "injected write failure"
};

} // namespace feder::test
