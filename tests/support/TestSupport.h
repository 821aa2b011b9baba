#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace feder::test {

// tests/data, from FEDER_TEST_DATA (set by ctest) or the source tree.
QString dataPath(const QString &relative = {});

// Writes text into dir/relative (creating folders) and returns the full path.
QString writeFile(const QTemporaryDir &dir, const QString &relative, const QByteArray &contents);

// A small but valid PNG image.
QByteArray pngBytes(int width = 8, int height = 8);

// A minimal valid article file with the given front-matter lines and body.
QByteArray articleText(const QString &frontMatter, const QString &body = QStringLiteral("Ein Absatz.\n"));

} // namespace feder::test
