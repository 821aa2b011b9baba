#include "MarkdownSource.h"

#include "article/ArticleFileError.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace feder::cli {

MarkdownSource MarkdownSource::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ArticleFileError(path, 0, QCoreApplication::translate("Cli", "cannot read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString text = ArticleFile::decode(bytes, path);
    MarkdownSource source;
    source.fileLines = text.split(QLatin1Char('\n'));
    if (text.startsWith(QLatin1String("---"))) {
        source.parsed = ArticleFile::parse(bytes, path);
    } else {
        source.parsed.article.body = text; // plain Markdown without front matter
        source.parsed.bodyLine = 1;
    }
    const QString &body = source.parsed.article.body;
    source.m_bodyLineStarts = {0};
    for (int i = 0; i < body.size(); ++i) {
        if (body.at(i) == QLatin1Char('\n'))
            source.m_bodyLineStarts.append(i + 1);
    }
    return source;
}

std::pair<int, int> MarkdownSource::locateInBody(int offset) const
{
    const auto next = std::upper_bound(m_bodyLineStarts.begin(), m_bodyLineStarts.end(), offset);
    const int lineIndex = int(next - m_bodyLineStarts.begin()) - 1;
    const int lineStart = m_bodyLineStarts.at(lineIndex);
    const int column = codePoints(QStringView(parsed.article.body).mid(lineStart, offset - lineStart)) + 1;
    return {parsed.bodyLine + lineIndex, column};
}

int MarkdownSource::codePoints(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace feder::cli
