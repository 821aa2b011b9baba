#include "TextField.h"

namespace feder {

const QList<TextField> &textFields()
{
    static const QList<TextField> all = {TextField::Body, TextField::Title, TextField::Excerpt,
                                         TextField::TeaserAlt, TextField::SeoTitle, TextField::SeoDescription};
    return all;
}

QString fieldName(TextField field)
{
    switch (field) {
    case TextField::Body: return QStringLiteral("body");
    case TextField::Title: return QStringLiteral("title");
    case TextField::Excerpt: return QStringLiteral("excerpt");
    case TextField::TeaserAlt: return QStringLiteral("teaser_alt");
    case TextField::SeoTitle: return QStringLiteral("seo_title");
    case TextField::SeoDescription: return QStringLiteral("seo_description");
    }
    return {};
}

std::optional<TextField> textFieldFromName(QStringView name)
{
    for (TextField field : textFields()) {
        if (name == fieldName(field))
            return field;
    }
    return std::nullopt;
}

QString fieldText(const Article &article, TextField field)
{
    switch (field) {
    case TextField::Body: return article.body;
    case TextField::Title: return article.title;
    case TextField::Excerpt: return article.excerpt;
    case TextField::TeaserAlt: return article.teaserAlt;
    case TextField::SeoTitle: return article.seoTitle;
    case TextField::SeoDescription: return article.seoDescription;
    }
    return {};
}

} // namespace feder
