#pragma once

#include "model/Article.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"

#include <QList>
#include <QPair>
#include <QString>

namespace feder {

class Store;

// The spelling rules that join an article with its store, defined once for the GUI, the
// checklist and `feder spellcheck` / `feder check`, so they always count the same findings.
namespace ArticleSpelling {

// What the checker of this article accepts: its language (or `languageOverride`), the store's
// gender style, the store dictionary, the words ignored in this article (found by id, else by
// slug) and the names in its own metadata. `store` may be null (a file checked on its own).
SpellContext contextFor(Store *store, const Article &article, const QString &languageOverride = {});

// The prose in the article's metadata that is checked besides the body, in file order, keyed as
// in the file: title, excerpt, teaser_alt, seo_title, seo_description.
QList<QPair<QString, QString>> metadataProse(const Article &article);

// Findings in those fields (positions within each field's text).
QList<SpellFinding> metadataFindings(const SpellChecker &checker, const Article &article);

// Body and metadata together: the number the checklist shows.
int countFindings(const SpellChecker &checker, const Article &article);

} // namespace ArticleSpelling

} // namespace feder
