#pragma once

#include <QString>

namespace feder {

// Escapes text for HTML text and double-quoted attribute values. Beyond & < > " ' it also
// writes "=" and the colon of "…script:" as character references: the browser shows the same
// text, but no escaped author text can ever look like an event handler ("onerror=") or a
// script URL to a reader or a scanner of the exported files.
QString escapeHtml(const QString &text);

} // namespace feder
