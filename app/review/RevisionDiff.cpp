#include "RevisionDiff.h"

#include "article/ArticleFile.h"
#include "render/HtmlEscape.h"

#include <QTextBoundaryFinder>
#include <dtl/dtl.hpp>
#include <vector>

namespace feder::RevisionDiff {

namespace {

// Words, spaces and punctuation as separate tokens (Unicode word boundaries).
std::vector<QString> tokens(const QString &text)
{
    std::vector<QString> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        if (end > start)
            result.push_back(text.mid(start, end - start));
        start = end;
    }
    return result;
}

} // namespace

QList<Segment> words(const QString &before, const QString &after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge();
    diff.compose();
    QList<Segment> segments;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const Segment::Kind kind = info.type == dtl::SES_ADD ? Segment::Kind::Added
                                 : info.type == dtl::SES_DELETE ? Segment::Kind::Removed
                                                                : Segment::Kind::Same;
        if (!segments.isEmpty() && segments.last().kind == kind)
            segments.last().text += token;
        else
            segments.append({kind, token});
    }
    return segments;
}

QList<FieldChange> fields(const Article &before, const Article &after)
{
    QList<FieldChange> changes;
    const QList<std::tuple<QString, QString, QString>> pairs = {
        {QStringLiteral("title"), before.title, after.title},
        {QStringLiteral("slug"), before.slug, after.slug},
        {QStringLiteral("author"), before.author, after.author},
        {QStringLiteral("role"), before.role, after.role},
        {QStringLiteral("category"), before.category, after.category},
        {QStringLiteral("language"), before.language, after.language},
        {QStringLiteral("status"), before.status, after.status},
        {QStringLiteral("excerpt"), before.excerpt, after.excerpt},
        {QStringLiteral("teaser_image"), before.teaserAsset, after.teaserAsset},
        {QStringLiteral("teaser_alt"), before.teaserAlt, after.teaserAlt},
        {QStringLiteral("seo_title"), before.seoTitle, after.seoTitle},
        {QStringLiteral("seo_description"), before.seoDescription, after.seoDescription},
        {QStringLiteral("related"), before.related.join(QLatin1String(", ")), after.related.join(QLatin1String(", "))},
    };
    for (const auto &[field, a, b] : pairs) {
        if (a != b)
            changes.append({field, a, b});
    }
    return changes;
}

bool identical(const Article &before, const Article &after)
{
    return before.body == after.body && fields(before, after).isEmpty();
}

Article snapshotArticle(const QString &snapshot)
{
    const ParsedArticleFile parsed = ArticleFile::parse(snapshot.toUtf8(), QStringLiteral("revision"));
    Article article = parsed.article;
    article.teaserAsset = ArticleFile::sha256FromAssetReference(parsed.teaserImage);
    return article;
}

QString toHtml(const QList<Segment> &segments)
{
    QString html;
    for (const Segment &segment : segments) {
        QString text = escapeHtml(segment.text);
        text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        switch (segment.kind) {
        case Segment::Kind::Same: html += text; break;
        case Segment::Kind::Added: html += QStringLiteral("<ins style=\"color:#1d7a1d\">%1</ins>").arg(text); break;
        case Segment::Kind::Removed: html += QStringLiteral("<del style=\"color:#b02020\">%1</del>").arg(text); break;
        }
    }
    return html;
}

} // namespace feder::RevisionDiff
