#pragma once

#include <QString>

namespace feder::bench {

// Realistic German article text of about `words` words: headings every few paragraphs,
// paragraphs of ~60 words, a list now and then, a pull quote and a CTA box.
inline QString germanArticle(int words)
{
    static const QString sentences[] = {
        QStringLiteral("Die Verwaltung der Stadt arbeitet seit dem Frühjahr an neuen digitalen Diensten für Bürgerinnen und Bürger."),
        QStringLiteral("Im Mittelpunkt stehen einfache Formulare, kurze Wege und eine Terminvergabe ohne Warteschleife."),
        QStringLiteral("Das Projektteam hat dafür Rückmeldungen aus drei Bürgerämtern gesammelt und ausgewertet."),
        QStringLiteral("Datenschutz und Barrierefreiheit waren von Anfang an feste Bestandteile der Planung."),
        QStringLiteral("Nach acht Wochen konnten die ersten Menschen ihre Anliegen vollständig online erledigen."),
        QStringLiteral("Die Mitarbeitenden am Schalter haben das neue System in kleinen Gruppen kennengelernt."),
    };
    QString text = QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::\n\n");
    int count = 5;
    int paragraph = 0;
    while (count < words) {
        if (paragraph % 6 == 0) {
            text += QStringLiteral("## Abschnitt %1: Was wir gelernt haben\n\n").arg(paragraph / 6 + 1);
            count += 5;
        }
        if (paragraph % 9 == 4) {
            text += QStringLiteral("- Ein Dienst, ein Team, ein Ziel\n- Rückmeldungen jede Woche\n- Keine Funktion ohne Bedarf\n\n");
            count += 15;
        }
        QString para;
        for (int s = 0; s < 5 && count < words; ++s) {
            const QString &sentence = sentences[(paragraph + s) % 6];
            para += sentence + QLatin1Char(' ');
            count += int(sentence.count(QLatin1Char(' '))) + 1;
        }
        text += para.trimmed() + QStringLiteral("\n\n");
        ++paragraph;
    }
    text += QStringLiteral("::: cta\n### Kostenloses E-Book\nZwölf Praxisbeispiele. [Jetzt lesen](https://example.org/)\n:::\n");
    return text;
}

} // namespace feder::bench

#include "TestSupport.h"
#include "article/ArticleFile.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace feder::bench {

// A German text of about `words` words as an author writes it, for spellcheck timings: the
// sentences of the project's own articles and corpus (with the labelled misspellings put
// right), every fourth noun swapped for another noun of the de_DE dictionary so that a long
// text has as many distinct words as a real one, and one word in `errorEvery` turned into a
// typing slip (a letter left out, doubled, swapped, inserted or a neighbouring key) that the
// checker flags. Deterministic for one seed. `misspelled` receives the slips.
inline QString realisticArticle(int words, int errorEvery, quint32 seed = 7, QStringList *misspelled = nullptr)
{
    QStringList sentences;
    auto addSentences = [&](const QString &body) {
        static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+"));
        for (const QString &line : body.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || !trimmed.at(0).isLetter() || trimmed.contains(QLatin1String("http")) || trimmed.contains(QLatin1Char('`')))
                continue; // prose only: no headings, lists, code, links
            for (const QString &sentence : trimmed.split(boundary, Qt::SkipEmptyParts))
                if (sentence.count(QLatin1Char(' ')) >= 4)
                    sentences.append(sentence);
        }
    };
    for (const QString &folder : {QStringLiteral("articles"), QStringLiteral("spelling")}) {
        const QDir dir(test::dataPath(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.md")})) {
            if (name == QLatin1String("README.md"))
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QString body = ArticleFile::parse(file.readAll(), name).article.body;
            QFile labels(dir.filePath(QString(name).replace(QLatin1String(".md"), QLatin1String(".errors.tsv"))));
            if (labels.open(QIODevice::ReadOnly)) {
                for (const QString &line : QString::fromUtf8(labels.readAll()).split(QLatin1Char('\n'))) {
                    if (!line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('\t')))
                        body.replace(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1, 1));
                }
            }
            addSentences(body);
        }
    }
    // Nouns of the dictionary (its stems with a capital letter, letters only).
    QStringList nouns;
    QString dic = DictionaryLocator::findAff(QStringLiteral("de-DE"));
    dic.replace(dic.size() - 4, 4, QStringLiteral(".dic"));
    QFile dicFile(dic);
    if (dicFile.open(QIODevice::ReadOnly)) {
        static const QRegularExpression noun(QStringLiteral("^\\p{Lu}\\p{Ll}{4,13}$"));
        for (const QByteArray &line : dicFile.readAll().split('\n')) {
            const QString stem = QString::fromUtf8(line.left(line.indexOf('/') < 0 ? line.size() : line.indexOf('/')));
            if (noun.match(stem).hasMatch())
                nouns.append(stem);
        }
    }
    const SpellChecker checker{SpellContext()};
    QRandomGenerator random(seed);
    static const QString neighbours[] = {QStringLiteral("qwertzuiop"), QStringLiteral("asdfghjkl"), QStringLiteral("yxcvbnm")};
    auto slip = [&](const QString &word) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            QString typo = word;
            const qsizetype at = 1 + qsizetype(random.bounded(int(word.size() - 2)));
            switch (random.bounded(5)) {
            case 0: typo.remove(at, 1); break;
            case 1: typo.insert(at, typo.at(at)); break;
            case 2: std::swap(typo[at], typo[at + 1 < typo.size() ? at + 1 : at - 1]); break;
            case 3: typo.insert(at, QChar(u"enrtsaild"[random.bounded(9)])); break;
            default:
                for (const QString &row : neighbours) {
                    const qsizetype i = row.indexOf(typo.at(at));
                    if (i >= 0)
                        typo[at] = row.at(i + 1 < row.size() ? i + 1 : i - 1);
                }
            }
            if (typo != word && !checker.check(typo).correct)
                return typo;
        }
        return QString();
    };
    QString text;
    int count = 0;
    int paragraphWords = 0;
    int sinceError = 0;
    while (count < words && !sentences.isEmpty()) {
        QStringList sentenceWords = sentences.at(int(random.bounded(int(sentences.size())))).split(QLatin1Char(' '));
        for (int i = 1; i < sentenceWords.size(); ++i) {
            QString &w = sentenceWords[i];
            const bool plainWord = w.size() >= 5 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
            if (plainWord && w.at(0).isUpper() && !nouns.isEmpty() && random.bounded(4) == 0)
                w = nouns.at(int(random.bounded(int(nouns.size()))));
            if (++sinceError >= errorEvery && plainWord) {
                if (const QString typo = slip(w); !typo.isEmpty()) {
                    if (misspelled)
                        misspelled->append(typo);
                    w = typo;
                    sinceError = 0;
                }
            }
        }
        text += sentenceWords.join(QLatin1Char(' '));
        count += int(sentenceWords.size());
        paragraphWords += int(sentenceWords.size());
        if (paragraphWords > 70) {
            text += QStringLiteral("\n\n");
            paragraphWords = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text.trimmed() + QLatin1Char('\n');
}

} // namespace feder::bench
