// Typography check (issue 17) on a 50,000-word article built from the seed text: a full check,
// the incremental re-check after one keystroke, and the per-keystroke call the editor makes
// (the one paragraph the keystroke touched). Baseline measured in the same run: a plain scan of
// that paragraph's characters (counting straight quotes), what any per-keystroke work costs at least.
// Run: build/tests/bench/bench_style
#include "BenchReport.h"
#include "TestSupport.h"
#include "article/ArticleFile.h"
#include "markdown/VisibleText.h"
#include "style/IncrementalTypography.h"
#include "style/Typography.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace feder;

using bench::percentile;

namespace {

// Sub-millisecond figures: five decimals.
void print(const char *name, double value, const char *unit)
{
    bench::print(QString::fromLatin1(name), value, unit, 5);
}

// The seed articles' bodies, repeated to about `words` words, with a few slips per repetition so
// that the check has findings to report.
QString seedArticle(int words)
{
    QString seed;
    const QDir dir(QStringLiteral(FEDER_SEED_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            seed += ArticleFile::parse(file.readAll(), name).article.body + QStringLiteral("\n\n");
    }
    seed += QStringLiteral("Ein \"Entwurf\" mit z. B. 5 % Fehlern - und das ... von 9 - 17 Uhr.\n\n");
    const int seedWords = std::max(1, VisibleText::wordCount(seed));
    QString text;
    for (int i = 0; i < words / seedWords + 1; ++i)
        text += seed;
    return text;
}

} // namespace

class BenchStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speed()
    {
        const QString body = seedArticle(50000);
        print("style_article_words", VisibleText::wordCount(body), "words");

        QElapsedTimer timer;
        QList<double> full;
        qsizetype count = 0;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            count = Typography::checkMarkdown(body).size();
            full.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("style_findings", double(count), "findings");
        print("style_full_check_median_ms", percentile(full, 0.5), "ms");

        // A keystroke in the middle of the article: the paragraph around the caret.
        const QList<std::pair<int, int>> all = IncrementalTypography::paragraphs(body);
        print("style_paragraphs", double(all.size()), "paragraphs");
        // The keystrokes land in prose paragraphs (not in headings or one-line list items).
        QList<std::pair<int, int>> paragraphs;
        for (const auto &paragraph : all) {
            if (paragraph.second >= 250)
                paragraphs.append(paragraph);
        }
        QList<double> lengths;
        for (const auto &paragraph : std::as_const(paragraphs))
            lengths.append(paragraph.second);
        print("style_keystroke_paragraph_median_chars", percentile(lengths, 0.5), "chars");
        QList<double> perKeystroke;
        QList<double> locate;
        QList<double> baseline;
        QList<double> incremental;
        IncrementalTypography cache;
        cache.check(body);
        QString typing = body;
        int quotes = 0;
        for (int k = 0; k < 200; ++k) {
            const auto &[pStart, pLength] = paragraphs.at(paragraphs.size() / 2 + (k % 40) - 20);
            const int caret = pStart + pLength / 2;
            timer.start();
            const auto paragraph = Typography::paragraphAt(body, caret);
            locate.append(double(timer.nsecsElapsed()) / 1e6);
            const QString text = body.mid(paragraph.first, paragraph.second);
            timer.start();
            const QList<StyleFinding> findings = Typography::checkParagraph(text, paragraph.first);
            perKeystroke.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            for (const QChar c : text)
                quotes += c == u'"' ? 1 : 0;
            baseline.append(double(timer.nsecsElapsed()) / 1e6);
            if (k < 30) {
                typing.insert(caret + k, QLatin1Char('x'));
                timer.start();
                cache.check(typing);
                incremental.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        print("style_keystroke_paragraph_check_median_ms", percentile(perKeystroke, 0.5), "ms");
        print("style_keystroke_paragraph_check_p99_ms", percentile(perKeystroke, 0.99), "ms");
        print("style_keystroke_paragraph_locate_median_ms", percentile(locate, 0.5), "ms");
        print("baseline_paragraph_plain_scan_median_ms", percentile(baseline, 0.5), "ms");
        print("style_keystroke_paragraph_check_to_baseline_ratio", percentile(perKeystroke, 0.5) / std::max(1e-6, percentile(baseline, 0.5)), "x");
        print("style_incremental_recheck_whole_body_median_ms", percentile(incremental, 0.5), "ms");

        // A long paragraph (eight prose paragraphs joined, ~300 words): the worst a keystroke meets.
        QString longParagraph;
        for (int i = 0; i < 8; ++i)
            longParagraph += body.mid(paragraphs.at(i).first, paragraphs.at(i).second).simplified() + QLatin1Char(' ');
        QList<double> longRuns;
        for (int k = 0; k < 100; ++k) {
            timer.start();
            count = Typography::checkParagraph(longParagraph, 0).size();
            longRuns.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print("style_long_paragraph_words", VisibleText::wordCount(longParagraph), "words");
        print("style_keystroke_long_paragraph_check_median_ms", percentile(longRuns, 0.5), "ms");
        if (quotes < 0)
            std::printf("%d\n", quotes);
    }
};

QTEST_GUILESS_MAIN(BenchStyle)
#include "bench_style.moc"
