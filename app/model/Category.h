#pragma once

#include <QString>

namespace feder {

// A section of the site; `position` is its place in the display order of related teasers.
struct Category
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int position = 0;
};

} // namespace feder
