#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace feder::test {

struct CorpusFile
{
    QString name;
    QByteArray bytes;
    QHash<QString, QString> labels; // misspelling → correct form
};

struct CorpusScore
{
    int words = 0;
    int labelled = 0;
    int found = 0;
    int firstRight = 0;
    QStringList missed;
    QStringList falseFlags;

    double recall() const { return labelled ? double(found) / labelled : 0; }
    double falseFlagsPer1000() const { return words ? falseFlags.size() * 1000.0 / words : 0; }
    double firstSuggestionAccuracy() const { return labelled ? double(firstRight) / labelled : 0; }
};

QList<CorpusFile> loadCorpus();
// Feder's checker: body as Markdown plus the front-matter prose, names from the metadata.
CorpusScore scoreFeder(const QList<CorpusFile> &corpus);
// Raw hunspell with de_DE on the same text: every word the boundary finder yields, hunspell's
// first suggestion.
CorpusScore scoreRawHunspell(const QList<CorpusFile> &corpus);

} // namespace feder::test
