#include "SpellTokenizer.h"

#include "markdown/Containers.h"
#include "markdown/MarkdownDocument.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <vector>
#include <cmark-gfm.h>

namespace feder::SpellTokenizer {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QChar(0x00AD); // soft hyphen inside words
}

bool startsWithInnen(QStringView text)
{
    return text.startsWith(QLatin1String("innen")) || text.startsWith(QLatin1String("in"));
}

QString wordAt(const QString &text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('-')))
        ++end;
    return text.mid(start, end - start);
}

// Words of plain prose, joined where German joins them: hyphenated compounds, gender marks,
// a trailing hyphen (Ergänzungsstrich), an abbreviation's dot.
QList<SpellToken> tokenize(const QString &text, int offset)
{
    static const QSet<QString> conjunctions = {QStringLiteral("und"), QStringLiteral("oder"), QStringLiteral("bzw"),
                                               QStringLiteral("sowie"), QStringLiteral("wie"), QStringLiteral("als")};
    QList<SpellToken> tokens;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype position = 0;
    while (position < text.size()) {
        finder.setPosition(position);
        if (!isWordChar(text.at(position))) {
            ++position;
            continue;
        }
        // One word segment from the boundary finder, then the joins.
        qsizetype end = finder.toNextBoundary();
        if (end <= position)
            end = position + 1;
        while (end < text.size()) {
            const QChar c = text.at(end);
            const bool followedByWord = end + 1 < text.size() && isWordChar(text.at(end + 1));
            if (c == QLatin1Char('-') && followedByWord) {
                finder.setPosition(end + 1);
                end = std::max(end + 2, finder.toNextBoundary());
            } else if ((c == QLatin1Char('*') || c == QLatin1Char(':') || c == QLatin1Char('_') || c == QLatin1Char('/'))
                       && startsWithInnen(QStringView(text).mid(end + 1))) {
                finder.setPosition(end + 1);
                end = std::max(end + 2, finder.toNextBoundary());
            } else {
                break;
            }
        }
        qsizetype start = position;
        // "und -leiterinnen": a leading hyphen belongs to the word.
        if (start > 0 && text.at(start - 1) == QLatin1Char('-') && (start == 1 || text.at(start - 2).isSpace()))
            --start;
        QString word = text.mid(start, end - start);
        QString sharedTail;
        if (end < text.size() && text.at(end) == QLatin1Char('-') && (end + 1 == text.size() || !isWordChar(text.at(end + 1)))) {
            ++end;
            word += QLatin1Char('-');
            // The shared compound: the first word after the next conjunction ("Verwaltungs- und Serviceprozesse").
            static const QRegularExpression next(QStringLiteral("^[\\s,]*(?:(?:und|oder|bzw\\.|sowie|&)\\s+)?"));
            qsizetype cursor = end;
            for (int hops = 0; hops < 6 && cursor < text.size(); ++hops) {
                const auto m = next.match(QStringView(text).mid(cursor));
                cursor += m.capturedLength();
                const QString candidate = wordAt(text, cursor);
                if (candidate.isEmpty())
                    break;
                if (!candidate.endsWith(QLatin1Char('-')) && !conjunctions.contains(candidate)) {
                    sharedTail = candidate;
                    break;
                }
                cursor += candidate.size();
            }
        } else if (end < text.size() && text.at(end) == QLatin1Char('.')) {
            word += QLatin1Char('.'); // "bzw.", "ca." – the checker decides whether the dot belongs to it
        }
        position = std::max(end, position + 1);

        const QChar before = start > 0 ? text.at(start - 1) : QChar();
        const QChar after = end < text.size() ? text.at(end) : QChar();
        // Hashtags, mentions, e-mail addresses, paths and domains are not prose.
        if (before == QLatin1Char('#') || before == QLatin1Char('@') || after == QLatin1Char('@')
            || before == QLatin1Char('/') || before == QLatin1Char('\\') || before == QLatin1Char('_')
            || (after == QLatin1Char('/') && !word.endsWith(QLatin1Char('-'))))
            continue;
        const QString bare = word.endsWith(QLatin1Char('.')) ? word.chopped(1) : word;
        if (bare.contains(QLatin1Char('.')) && !bare.endsWith(QLatin1Char('-')))
            continue; // example.org, z.B. is handled as an abbreviation by the checker
        tokens.append({int(offset + start), int(word.size()), word, sharedTail});
    }
    return tokens;
}

bool insideSkippedParent(cmark_node *node)
{
    for (cmark_node *parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
        if (cmark_node_get_type(parent) == CMARK_NODE_LINK) {
            // Autolinks (<https://…>, bare www.… from GFM): the text is the address itself.
            const char *url = cmark_node_get_url(parent);
            const char *literal = cmark_node_get_literal(node);
            if (url && literal) {
                const QByteArray u(url);
                const QByteArray l(literal);
                if (u == l || u.endsWith(l) || u == "mailto:" + l)
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QList<SpellToken> plain(const QString &text, int offset)
{
    return tokenize(text, offset);
}

QList<SpellToken> markdown(const QString &body)
{
    const QString masked = Containers::maskMarkers(body);
    const QByteArray utf8 = masked.toUtf8();
    // Byte offset of each line start, and a map from UTF-8 byte offsets to UTF-16 offsets.
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n')
            lineStarts.append(i + 1);
    }
    std::vector<int> utf16At(std::size_t(utf8.size()) + 1, 0);
    {
        int unit = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            utf16At[std::size_t(i)] = unit;
            const uchar byte = uchar(utf8.at(i));
            if ((byte & 0xC0) != 0x80)
                unit += (byte >= 0xF0) ? 2 : 1; // 4-byte sequences are surrogate pairs in UTF-16
        }
        utf16At[std::size_t(utf8.size())] = unit;
    }

    const MarkdownDocument document(utf8);
    QList<SpellToken> tokens;
    cmark_iter *iter = cmark_iter_new(document.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT)
            continue;
        const int line = cmark_node_get_start_line(node);
        const int column = cmark_node_get_start_column(node);
        if (line <= 0 || column <= 0 || line > lineStarts.size() || insideSkippedParent(node))
            continue;
        const QByteArray literal(cmark_node_get_literal(node));
        const qsizetype byteStart = lineStarts.at(line - 1) + column - 1;
        if (byteStart + literal.size() <= utf8.size() && utf8.mid(byteStart, literal.size()) == literal) {
            tokens += tokenize(QString::fromUtf8(literal), utf16At.at(std::size_t(byteStart)));
            continue;
        }
        // Escapes or entities made the literal differ from the source: find each word in the
        // source from the node's start on.
        const int sourceStart = utf16At.at(std::size_t(std::min<qsizetype>(byteStart, utf8.size())));
        int cursor = sourceStart;
        for (SpellToken token : tokenize(QString::fromUtf8(literal), 0)) {
            const qsizetype found = masked.indexOf(token.text, cursor);
            if (found < 0 || found - sourceStart > 4 * literal.size() + 16)
                continue;
            token.start = int(found);
            cursor = int(found + token.length);
            tokens.append(token);
        }
    }
    cmark_iter_free(iter);
    return tokens;
}

} // namespace feder::SpellTokenizer
