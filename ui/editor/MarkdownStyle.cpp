#include "MarkdownStyle.h"

#include "markdown/Containers.h"

#include <QFontDatabase>
#include <QRegularExpression>

namespace feder::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share), float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

void add(QList<MarkdownStyle::Span> &spans, qsizetype start, qsizetype length, const QTextCharFormat &format)
{
    if (length > 0)
        spans.append({int(start), int(length), format});
}

} // namespace

MarkdownStyle::MarkdownStyle(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Markup: halfway between text and page, readable but quiet, in light and dark themes.
    const QColor quiet = mix(text, base, 0.45);
    const QColor accent = palette.color(QPalette::Link);
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(mix(text, accent, 0.55));
    m_markup.setForeground(quiet);
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setForeground(mix(text, QColor(0xa0, 0x3a, 0x1e), 0.6));
    m_link.setForeground(accent);
    m_link.setFontUnderline(true);
    m_strong.setFontWeight(QFont::Bold);
    m_emphasis.setFontItalic(true);
    m_quote.setFontItalic(true);
    m_quote.setForeground(mix(text, base, 0.25));
}

bool MarkdownStyle::isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

QList<MarkdownStyle::Span> MarkdownStyle::spans(const QString &line, bool inFence) const
{
    QList<Span> result;
    if (inFence || isFence(line)) {
        add(result, 0, line.size(), isFence(line) ? m_markup : m_code);
        return result;
    }
    if (Containers::isMarker(line)) { // ::: pullquote, ::: cta, :::
        add(result, 0, line.size(), m_markup);
        return result;
    }
    static const QRegularExpression headingLine(QStringLiteral("^ {0,3}(#{1,6})(\\s|$)"));
    if (const QRegularExpressionMatch heading = headingLine.match(line); heading.hasMatch()) {
        add(result, 0, line.size(), m_heading);
        add(result, heading.capturedStart(1), heading.capturedLength(1), m_markup);
    }
    static const QRegularExpression quoteLine(QStringLiteral("^ {0,3}>"));
    if (const QRegularExpressionMatch quote = quoteLine.match(line); quote.hasMatch()) {
        add(result, 0, line.size(), m_quote);
        add(result, 0, quote.capturedLength(), m_markup);
    }
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s"));
    if (const QRegularExpressionMatch list = listMarker.match(line); list.hasMatch())
        add(result, list.capturedStart(1), list.capturedLength(1), m_markup);

    // Inline: strong before emphasis, links, then code last (nothing is styled inside code).
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    for (auto it = strong.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(result, m.capturedStart(), m.capturedLength(), m_strong);
        add(result, m.capturedStart(), 2, m_markup);
        add(result, m.capturedEnd() - 2, 2, m_markup);
    }
    static const QRegularExpression emphasis(QStringLiteral("(?<![*_\\w])([*_])(?=[^\\s*_])(.+?)(?<=[^\\s*_])\\1(?![*_\\w])"));
    for (auto it = emphasis.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(result, m.capturedStart(), m.capturedLength(), m_emphasis);
        add(result, m.capturedStart(), 1, m_markup);
        add(result, m.capturedEnd() - 1, 1, m_markup);
    }
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)"));
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(result, m.capturedStart(), m.capturedLength(), m_markup);
        add(result, m.capturedStart(1), m.capturedLength(1), m_link);
    }
    static const QRegularExpression url(QStringLiteral("<?https?://[^\\s>)]+>?"));
    for (auto it = url.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool inLink = false;
        for (const Span &span : std::as_const(result))
            inLink = inLink || (span.format == m_markup && span.start <= m.capturedStart() && m.capturedEnd() <= span.start + span.length);
        if (!inLink)
            add(result, m.capturedStart(), m.capturedLength(), m_link);
    }
    static const QRegularExpression code(QStringLiteral("(`+)(.+?)\\1"));
    for (auto it = code.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(result, m.capturedStart(), m.capturedLength(), m_code);
    }
    return result;
}

} // namespace feder::ui
