#include "MarkdownDocument.h"

#include <QByteArrayView>
#include <QList>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <mutex>

namespace feder {

namespace {

constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

// cmark-gfm 0.29.0.gfm.6 (Debian 12) parses and renders a table row in time quadratic in its
// number of cells (a linked list appended at its end), reads the whole paragraph so far as a
// header row for every line that looks like a delimiter row (quadratic in that paragraph's
// cells, every time), and fills every short row up to the table's width. Bounds that keep
// hostile input linear:
constexpr int kMaxPipesPerLine = 128;          // wider rows are not tables (real ones have < 20 columns)
constexpr qint64 kHeaderWorkAllowance = 1 << 24; // header reading, plus kHeaderWorkPerByte per input byte
constexpr qint64 kHeaderWorkPerByte = 16;
constexpr qint64 kCellAllowance = 1 << 16;       // table cells, plus one per input byte

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // without the line break
};

// Lines as cmark-gfm sees them: "\n", "\r\n" and a lone "\r" all end one.
QList<Line> splitLines(const QByteArray &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '\n' && text.at(i) != '\r')
            continue;
        lines.append({start, i});
        if (text.at(i) == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    lines.append({start, text.size()});
    return lines;
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// An unescaped "|" separates cells ("\|" is a pipe inside a cell).
bool isSeparator(QByteArrayView line, qsizetype i)
{
    return line.at(i) == '|' && (i == 0 || line.at(i - 1) != '\\');
}

// Cells of a row as cmark-gfm counts them: separators, less an outer pipe on either side.
int cellCount(QByteArrayView line)
{
    const QByteArrayView row = line.trimmed();
    int pipes = 0;
    for (qsizetype i = 0; i < row.size(); ++i)
        pipes += isSeparator(row, i) ? 1 : 0;
    if (row.isEmpty())
        return 0;
    const bool leading = row.at(0) == '|';
    const bool trailing = row.size() > 1 && isSeparator(row, row.size() - 1);
    return pipes + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
}

// The content after block-quote markers and indentation.
QByteArrayView content(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t' || line.at(i) == '>'))
        ++i;
    return line.sliced(i);
}

// One cell of a delimiter row: dashes, optionally between colons, optionally padded.
bool isDelimiterCell(QByteArrayView cell)
{
    cell = cell.trimmed();
    if (cell.startsWith(':'))
        cell = cell.sliced(1);
    if (cell.endsWith(':'))
        cell = cell.chopped(1);
    return !cell.isEmpty() && std::all_of(cell.begin(), cell.end(), [](char c) { return c == '-'; });
}

// "|---|:-:|", "--- | ---", ":-": a row of delimiter cells, outer pipes optional.
bool isDelimiterRow(QByteArrayView line)
{
    QByteArrayView row = content(line).trimmed();
    if (row.startsWith('|'))
        row = row.sliced(1);
    if (row.endsWith('|'))
        row = row.chopped(1);
    if (row.isEmpty())
        return false;
    for (qsizetype start = 0; start <= row.size();) {
        qsizetype end = row.indexOf('|', start);
        if (end < 0)
            end = row.size();
        if (!isDelimiterCell(row.sliced(start, end - start)))
            return false;
        start = end + 1;
    }
    return true;
}

// Wider rows keep their first pipes; the rest become spaces, so the words stay and are text.
void capPipes(QByteArray &text, const Line &line)
{
    int pipes = 0;
    for (qsizetype i = line.start; i < line.end; ++i) {
        if (text.at(i) == '|' && ++pipes > kMaxPipesPerLine)
            text[i] = ' ';
    }
}

// Makes a delimiter row plain text: a backslash instead of its first dash or colon is no
// delimiter cell, and the escape it starts only hides that one character when rendered.
void breakDelimiterRow(QByteArray &text, const Line &line)
{
    for (qsizetype i = line.start; i < line.end; ++i) {
        if (text.at(i) == '-' || text.at(i) == ':') {
            text[i] = '\\';
            return;
        }
    }
}

// Same length and lines as the input (source positions stay right); only input that would
// take cmark-gfm more than linear time is changed, into plain text.
QByteArray boundTables(const QByteArray &input)
{
    if (!input.contains('|') && !input.contains('-'))
        return input;
    QByteArray text = input;
    const QList<Line> lines = splitLines(text);
    auto view = [&](const Line &line) { return QByteArrayView(text).sliced(line.start, line.end - line.start); };

    // Where each line's run of non-blank lines (a paragraph, at most) ends.
    QList<qsizetype> runEnd(lines.size());
    for (qsizetype i = lines.size() - 1; i >= 0; --i)
        runEnd[i] = isBlank(view(lines.at(i))) ? i : (i + 1 < lines.size() ? runEnd.at(i + 1) : i + 1);

    const qint64 headerBudget = kHeaderWorkAllowance + kHeaderWorkPerByte * text.size();
    const qint64 cellBudget = kCellAllowance + text.size();
    qint64 headerWork = 0;
    qint64 cells = 0;
    qint64 runBytes = 0; // the current run so far: what cmark-gfm would read as a header
    qint64 runCells = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (isBlank(view(line))) {
            runBytes = runCells = 0;
            continue;
        }
        capPipes(text, line);
        if (runBytes > 0 && isDelimiterRow(view(line))) {
            const qint64 work = runBytes + runCells * runCells / 2;
            const qint64 filled = qint64(cellCount(content(view(line)))) * (runEnd.at(i) - i + 1);
            if (headerWork + work > headerBudget || cells + filled > cellBudget) {
                breakDelimiterRow(text, line);
            } else {
                headerWork += work;
                cells += filled;
            }
        }
        runBytes += line.end - line.start + 1;
        runCells += std::count(text.cbegin() + line.start, text.cbegin() + line.end, '|') + 1;
    }
    return text;
}

void registerExtensionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

MarkdownDocument::MarkdownDocument(const QByteArray &utf8Markdown)
{
    registerExtensionsOnce();
    m_parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS);
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const QByteArray bounded = boundTables(utf8Markdown);
    cmark_parser_feed(m_parser, bounded.constData(), std::size_t(bounded.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

QByteArray MarkdownDocument::renderHtml(cmark_node *node) const
{
    char *html = cmark_render_html(node, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(m_parser));
    QByteArray result(html);
    free(html);
    return result;
}

} // namespace feder
