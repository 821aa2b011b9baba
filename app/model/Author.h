#pragma once

#include <QString>

namespace feder {

// A byline: articles refer to their author by id, so a rename shows everywhere at once.
struct Author
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString role;
};

} // namespace feder
