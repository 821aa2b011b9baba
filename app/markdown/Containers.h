#pragma once

#include <QString>
#include <QStringView>

namespace feder {

// The fenced containers of Feder's format (as in pandoc): a line "::: NAME" opens one,
// a line ":::" closes it. CommonMark has no such construct, so these helpers recognise the
// marker lines; everything between them is ordinary Markdown.
namespace Containers {

// The container name when the line opens a container ("::: pullquote" → "pullquote"), else empty.
QString openingName(QStringView line);
bool isClosing(QStringView line);
bool isMarker(QStringView line);

// The body with every marker line blanked out; line numbers and the other lines stay as they are.
QString withoutMarkers(const QString &body);
// The same, but each marker line becomes spaces of its own length: every offset stays valid.
QString maskMarkers(const QString &body);

} // namespace Containers

} // namespace feder
