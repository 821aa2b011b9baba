#include "Paragraphs.h"

#include <QRegularExpression>

namespace feder::Paragraphs {

namespace {

// The fence a line opens or closes: its character (` or ~) and length, or 0.
std::pair<QChar, qsizetype> fenceOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != u'`' && trimmed.front() != u'~'))
        return {QChar(), 0};
    qsizetype length = 0;
    while (length < trimmed.size() && trimmed.at(length) == trimmed.front())
        ++length;
    return length >= 3 ? std::make_pair(trimmed.front(), length) : std::make_pair(QChar(), qsizetype(0));
}

} // namespace

QList<std::pair<int, int>> of(const QString &body)
{
    QList<std::pair<int, int>> paragraphs;
    qsizetype start = 0;
    std::pair<QChar, qsizetype> openFence{QChar(), 0};
    qsizetype lineStart = 0;
    while (lineStart <= body.size()) {
        qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        const QStringView line = QStringView(body).mid(lineStart, lineEnd - lineStart);
        const auto fence = fenceOf(line);
        if (openFence.second == 0 && fence.second > 0)
            openFence = fence;
        else if (openFence.second > 0 && fence.first == openFence.first && fence.second >= openFence.second)
            openFence = {QChar(), 0};
        if (openFence.second == 0 && line.trimmed().isEmpty()) {
            const bool continues = lineEnd + 1 < body.size() && body.at(lineEnd + 1).isSpace() && body.at(lineEnd + 1) != u'\n';
            if (lineStart > start && !continues) {
                paragraphs.append({int(start), int(lineStart - start)});
                start = lineEnd + 1;
            } else if (lineStart <= start) {
                start = lineEnd + 1;
            }
        }
        lineStart = lineEnd + 1;
    }
    if (start < body.size())
        paragraphs.append({int(start), int(body.size() - start)});
    return paragraphs;
}

bool needWholeCheck(const QString &body)
{
    static const QRegularExpression joined(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:|<!--|<(pre|script|style|textarea)\\b"),
                                           QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return joined.match(body).hasMatch();
}

} // namespace feder::Paragraphs
