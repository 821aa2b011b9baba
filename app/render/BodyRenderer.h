#pragma once

#include "HtmlSanitizer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace feder {

// One top-level block of the rendered body: a paragraph, heading, list, table, … or a whole
// ::: container. The key identifies the block's content, so two renders can be compared
// block by block; lines are 1-based source lines (the preview maps clicks and the caret with them).
struct RenderedBlock
{
    QString key;
    int firstLine = 1;
    int lastLine = 1;
    QString html;   // sanitised
    int words = 0;  // visible words (for the reading time while typing)
};

// Renders the Markdown body (CommonMark + GFM + ::: containers) into sanitised blocks.
// Keeps a cache of rendered blocks by their source text, so re-rendering a document after a
// keystroke only renders and sanitises the block that changed.
class BodyRenderer
{
public:
    // language: the article's, for the texts the renderer writes itself (image placeholders);
    // the default is an article's default language.
    explicit BodyRenderer(HtmlSanitizer::ImageResolver resolveImage = {}, QString language = QStringLiteral("de-DE"))
        : m_resolveImage(std::move(resolveImage)), m_language(std::move(language))
    {
    }

    // For a renderer that lives across articles (the preview's): forgets blocks rendered in another language.
    void setLanguage(const QString &language);

    QList<RenderedBlock> render(const QString &markdown);

    // The blocks as one HTML string; with source markers every block is wrapped in
    // <div class="fb" data-line="N"> for the preview, without them it is plain HTML for export.
    static QString join(const QList<RenderedBlock> &blocks, bool sourceMarkers);
    static QString wrap(const RenderedBlock &block);

    static int wordCount(const QList<RenderedBlock> &blocks);

private:
    struct Cached
    {
        QString html;
        int words = 0;
    };
    QHash<QString, Cached> m_cache;     // block source (with container name) → rendered block
    QHash<QString, Cached> m_lastCache; // the previous render's entries, kept one generation
    HtmlSanitizer::ImageResolver m_resolveImage;
    QString m_language;
};

} // namespace feder
