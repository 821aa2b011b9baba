#pragma once

#include <QHash>
#include <QString>

namespace feder {

// Fills {{name}} placeholders in one pass, so text inserted for one placeholder is never
// scanned for another (an article body that contains "{{related}}" stays as it is).
// Values are inserted as given: callers escape them for their context.
QString fillTemplate(const QString &templateText, const QHash<QString, QString> &values);

// A text resource (":/templates/…"), read once.
QString loadTemplate(const QString &resourcePath);

} // namespace feder
