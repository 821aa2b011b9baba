#pragma once

#include "model/Article.h"

#include <QList>
#include <QString>
#include <optional>

namespace feder {

class Store;

// One item of the pre-export checklist ("Prüfliste"). Messages are German: they are shown to
// authors in the UI and printed by `feder check`. Messages with a count ("1 offener Kommentar",
// "5 offene Kommentare") take their German forms from the catalogue, context "Checklist", which the
// GUI and the CLI install (without it, e.g. in core-only tests, they read in English).
struct CheckItem
{
    enum class Severity { Blocking, Warning };
    QString rule;      // stable id, e.g. "teaser_alt_missing"
    QString field;     // the metadata field (or "body", "review") the author should go to
    Severity severity = Severity::Warning;
    QString message;

    bool isBlocking() const { return severity == Severity::Blocking; }
    QString severityName() const { return isBlocking() ? QStringLiteral("blocking") : QStringLiteral("warning"); }
};

// Computes the checklist of one article from the store's point of view (related articles,
// open review threads, …). Pure: writes nothing.
class Checklist
{
public:
    static constexpr int kExcerptMax = 300;
    static constexpr int kSeoTitleMax = 60;
    static constexpr int kSeoDescriptionMax = 160;

    // spellingFindings: how many spelling findings the text has, when the caller knows it already
    // (the GUI checks in the background); without it the checklist runs the spellcheck itself.
    // styleFindings: likewise the typography findings (issue 17); a hint in the „Stil“ section
    // (rule "style"), never blocking. Only German articles are checked.
    static QList<CheckItem> run(Store &store, const Article &article, std::optional<int> spellingFindings = std::nullopt,
                                std::optional<int> styleFindings = std::nullopt);
    static int countSpellingFindings(Store &store, const Article &article);
    static int countStyleFindings(const Article &article);
    static bool hasBlocking(const QList<CheckItem> &items);
    static QByteArray toJson(const QList<CheckItem> &items);
};

} // namespace feder
