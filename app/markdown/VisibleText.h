#pragma once

#include <QString>
#include <QStringList>

namespace feder {

// The words a reader sees when the Markdown body is rendered: no Markdown syntax, no URLs or
// e-mail addresses, no container markers, no raw HTML, no image alt text. A hyphenated compound
// ("E-Mail-Adresse") is one word.
namespace VisibleText {

QString text(const QString &markdown);
int wordCount(const QString &markdown);
// The same count on text(markdown) already at hand (the status bar also counts its characters).
int countWords(const QString &visibleText);

} // namespace VisibleText

} // namespace feder
