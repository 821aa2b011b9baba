#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace feder {

// Makes HTML from article content safe to show and to publish: parses it with an HTML5 parser
// (gumbo) and writes back only allowlisted elements and attributes. Script-like elements
// (script, style, iframe, object, embed, form, svg, …) are dropped with their content; unknown
// elements are replaced by their content; on* attributes, style and unsafe URLs are dropped.
// Remote images become a visible placeholder with their URL, so nothing is ever fetched; the
// placeholder is part of the page, so it speaks the article's language, not the UI's.
namespace HtmlSanitizer {

// Decides where a local image comes from in the output: returns the src to write, or an empty
// string to show a placeholder instead (the export uses it to keep every file inside the bundle).
using ImageResolver = std::function<QString(const QString &src)>;

// language: the article's ("de-DE", "en-US", …); German for every de-*, English otherwise.
QString sanitize(const QByteArray &utf8Html, const ImageResolver &resolveImage = {},
                 const QString &language = QStringLiteral("de-DE"));

} // namespace HtmlSanitizer

} // namespace feder
