#include "ProseBlocks.h"

#include "markdown/Containers.h"
#include "markdown/MarkdownDocument.h"

#include <QRegularExpression>
#include <cmark-gfm.h>
#include <vector>

namespace feder {

std::pair<int, int> ProseBlock::sourceRange(int from, int to) const
{
    if (from < 0 || to > source.size() || from >= to)
        return {-1, -1};
    for (int i = from; i < to; ++i) {
        if (!source.at(i).clean || (i > from && source.at(i - 1).end != source.at(i).start))
            return {-1, -1};
    }
    return {source.at(from).start, source.at(to - 1).end};
}

namespace {

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

bool isBlockWithProse(cmark_node *node)
{
    const auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
        || cmark_node_get_type_string(node) == QByteArrayView("table_cell");
}

// An autolink (<https://…>, a bare www.… or e-mail address): its text is the address itself.
bool isAutolink(cmark_node *link)
{
    const char *url = cmark_node_get_url(link);
    cmark_node *child = cmark_node_first_child(link);
    if (!url || !child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const QByteArray u(url);
    const QByteArray l(cmark_node_get_literal(child));
    return u == l || u.endsWith(l) || u == "mailto:" + l;
}

// Builds the blocks from the tree, aligning every text node's literal with the source.
class Builder
{
public:
    explicit Builder(const QString &markdown)
        : m_source(Containers::maskMarkers(markdown))
    {
        const QByteArray utf8 = m_source.toUtf8();
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if (utf8.at(i) == '\n')
                m_lineStarts.append(i + 1);
        }
        m_utf16At.assign(std::size_t(utf8.size()) + 1, 0);
        int unit = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            m_utf16At[std::size_t(i)] = unit;
            const uchar byte = uchar(utf8.at(i));
            if ((byte & 0xC0) != 0x80)
                unit += (byte >= 0xF0) ? 2 : 1;
        }
        m_utf16At[std::size_t(utf8.size())] = unit;
        m_utf8 = utf8;
    }

    QList<ProseBlock> build()
    {
        const MarkdownDocument document(m_utf8);
        cmark_iter *iter = cmark_iter_new(document.root());
        cmark_event_type event;
        cmark_node *skipping = nullptr; // a node whose children are not prose (image, autolink)
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (skipping) {
                if (node == skipping && event == CMARK_EVENT_EXIT)
                    skipping = nullptr;
                continue;
            }
            if (isBlockWithProse(node)) {
                if (event == CMARK_EVENT_ENTER) {
                    m_block = ProseBlock();
                    m_inBlock = true;
                    m_cursor = std::max(0, sourceOffset(node));
                } else {
                    finishBlock();
                }
                continue;
            }
            if (!m_inBlock || event != CMARK_EVENT_ENTER)
                continue;
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                addText(node);
                break;
            case CMARK_NODE_SOFTBREAK:
                m_pendingBreak = int(m_block.text.size());
                m_block.text += QLatin1Char(' ');
                m_block.source.append({m_cursor, m_cursor, false});
                break;
            case CMARK_NODE_LINEBREAK:
                m_pendingBreak = -1;
                m_block.text += QLatin1Char('\n');
                m_block.source.append({m_cursor, m_cursor, false});
                break;
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE:
                addPlaceholder();
                break;
            case CMARK_NODE_IMAGE:
                addPlaceholder();
                if (cmark_node_first_child(node))
                    skipping = node;
                break;
            case CMARK_NODE_LINK:
                if (isAutolink(node)) {
                    addPlaceholder();
                    skipping = node;
                }
                break;
            default:
                break;
            }
        }
        cmark_iter_free(iter);
        return m_blocks;
    }

private:
    int sourceOffset(cmark_node *node) const
    {
        const int line = cmark_node_get_start_line(node);
        const int column = cmark_node_get_start_column(node);
        if (line <= 0 || column <= 0 || line > m_lineStarts.size())
            return -1;
        const qsizetype byte = std::min<qsizetype>(m_lineStarts.at(line - 1) + column - 1, m_utf8.size());
        return m_utf16At.at(std::size_t(byte));
    }

    void finishBlock()
    {
        if (m_pendingBreak >= 0)
            m_block.source[m_pendingBreak].clean = false;
        m_pendingBreak = -1;
        m_inBlock = false;
        if (!m_block.text.isEmpty())
            m_blocks.append(std::move(m_block));
        m_block = ProseBlock();
    }

    void addPlaceholder()
    {
        m_block.text += ProseBlocks::kPlaceholder;
        m_block.source.append({m_cursor, m_cursor, false});
        if (m_pendingBreak >= 0)
            m_block.source[m_pendingBreak].clean = false;
        m_pendingBreak = -1;
    }

    // Matches `literal` against the source from `at`: characters, backslash escapes, entities.
    bool align(const QString &literal, int at, QList<ProseSource> &out) const
    {
        static const QRegularExpression entity(QStringLiteral("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
        out.clear();
        const int n = int(m_source.size());
        int j = at;
        for (int i = 0; i < literal.size(); ++i) {
            const QChar c = literal.at(i);
            // "&amp;" is "&" in the literal; an unknown "&foo;" stays as it is.
            const bool entityHere = j < n && m_source.at(j) == u'&'
                && entity.match(QStringView(m_source), j, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption).hasMatch();
            const bool literalEntity = entityHere && c == u'&' && [&] {
                const auto m = entity.match(QStringView(m_source), j, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
                return QStringView(literal).mid(i, m.capturedLength()) == m.capturedView();
            }();
            if (j < n && m_source.at(j) == c && (!entityHere || literalEntity)) {
                out.append({j, j + 1, true});
                ++j;
            } else if (j + 1 < n && m_source.at(j) == QLatin1Char('\\') && m_source.at(j + 1) == c && isAsciiPunctuation(c)) {
                out.append({j, j + 2, true});
                j += 2;
            } else if (j < n && m_source.at(j) == QLatin1Char('&')) {
                const auto match = entity.match(QStringView(m_source), j, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
                if (!match.hasMatch())
                    return false;
                const int end = int(match.capturedEnd());
                if (c.isHighSurrogate() && i + 1 < literal.size()) {
                    out.append({j, end, false});
                    out.append({end, end, false});
                    ++i;
                } else {
                    out.append({j, end, true});
                }
                j = end;
            } else {
                return false;
            }
        }
        return true;
    }

    void addText(cmark_node *node)
    {
        const QString literal = QString::fromUtf8(cmark_node_get_literal(node));
        if (literal.isEmpty())
            return;
        // cmark-gfm's inline positions are close but not exact (after a soft break, before an
        // autolink, on a lazy continuation line of a block quote): the literal is taken where it
        // matches the source nearest to the reported position, never before the previous text.
        const int reported = sourceOffset(node);
        QList<ProseSource> mapped;
        bool found = false;
        if (reported < 0) {
            for (int at = m_cursor; at < m_source.size() && at <= m_cursor + 64 && !found; ++at)
                found = align(literal, at, mapped);
        } else {
            QList<ProseSource> candidate;
            int best = -1;
            for (int distance = 0; distance <= 64 && best < 0; ++distance) {
                for (const int at : {reported - distance, reported + distance}) {
                    if (best >= 0 || at < m_cursor || at >= m_source.size())
                        continue;
                    if (align(literal, at, candidate)) {
                        best = at;
                        mapped = candidate;
                    }
                }
            }
            found = best >= 0;
        }
        if (!found) {
            // Unknown source: visible for the rules' context, never part of a fix.
            for (int i = 0; i < literal.size(); ++i)
                mapped.append({m_cursor, m_cursor, false});
        }
        if (m_pendingBreak >= 0) {
            ProseSource &lineBreak = m_block.source[m_pendingBreak];
            const int start = lineBreak.start;
            const int end = mapped.first().start;
            bool whitespace = found && start < end;
            for (int k = start; whitespace && k < end; ++k)
                whitespace = m_source.at(k).isSpace();
            lineBreak = {start, end, whitespace};
            m_pendingBreak = -1;
        }
        m_block.text += literal;
        m_block.source += mapped;
        if (found)
            m_cursor = mapped.last().end;
    }

    QString m_source;
    QByteArray m_utf8;
    QList<qsizetype> m_lineStarts;
    std::vector<int> m_utf16At;
    QList<ProseBlock> m_blocks;
    ProseBlock m_block;
    bool m_inBlock = false;
    int m_cursor = 0;
    int m_pendingBreak = -1;
};

} // namespace

QList<ProseBlock> ProseBlocks::of(const QString &markdown)
{
    return Builder(markdown).build();
}

} // namespace feder
