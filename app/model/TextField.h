#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace feder {

// The article's prose: the body and the metadata texts a reader sees. Review threads anchor in
// them; they are kept by name (the annotations table, review packages, `feder comments --field`).
enum class TextField { Body, Title, Excerpt, TeaserAlt, SeoTitle, SeoDescription };

// Every text field, the body first.
const QList<TextField> &textFields();

// The stored form: "body", "title", "excerpt", "teaser_alt", "seo_title", "seo_description".
QString fieldName(TextField field);
// The stored form back; nullopt for anything else.
std::optional<TextField> textFieldFromName(QStringView name);

// The text of that field in the article.
QString fieldText(const Article &article, TextField field);

} // namespace feder
