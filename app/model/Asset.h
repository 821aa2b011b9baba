#pragma once

#include <QByteArray>
#include <QString>

namespace feder {

// An image kept inside the store, addressed by the sha256 of its bytes.
struct Asset
{
    qint64 id = 0;
    QString sha256;
    QString mime;
    QString originalName;
    QByteArray bytes;
};

} // namespace feder
