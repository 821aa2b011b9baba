#include "ArticleSpelling.h"

#include "spelling/SpellTokenizer.h"
#include "store/Store.h"

namespace feder::ArticleSpelling {

SpellContext contextFor(Store *store, const Article &article, const QString &languageOverride)
{
    SpellContext context;
    context.language = languageOverride.isEmpty() ? article.language : languageOverride;
    context.acceptedWords = SpellDocument::namesFromMetadata(article);
    if (store) {
        context.gender = genderStyleFromSetting(store->settings().genderStyle());
        qint64 id = article.id;
        if (id == 0 && !article.slug.isEmpty()) {
            if (const std::optional<Article> stored = store->articles().findBySlug(article.slug))
                id = stored->id;
        }
        context.acceptedWords += store->dictionary().acceptedFor(id);
    }
    return context;
}

QList<QPair<QString, QString>> metadataProse(const Article &article)
{
    return {{QStringLiteral("title"), article.title},
            {QStringLiteral("excerpt"), article.excerpt},
            {QStringLiteral("teaser_alt"), article.teaserAlt},
            {QStringLiteral("seo_title"), article.seoTitle},
            {QStringLiteral("seo_description"), article.seoDescription}};
}

QList<SpellFinding> metadataFindings(const SpellChecker &checker, const Article &article)
{
    QList<SpellFinding> findings;
    for (const auto &[key, value] : metadataProse(article)) {
        if (!value.isEmpty())
            findings += SpellDocument::check(checker, value, SpellTokenizer::plain(value));
    }
    return findings;
}

int countFindings(const SpellChecker &checker, const Article &article)
{
    return int(SpellDocument::checkMarkdown(checker, article.body).size() + metadataFindings(checker, article).size());
}

} // namespace feder::ArticleSpelling
