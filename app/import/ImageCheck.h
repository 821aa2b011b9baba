#pragma once

#include <QByteArray>
#include <QString>

namespace feder {

// Decides by the bytes, never by the file name, whether something is an image Feder can store
// and publish (PNG, JPEG, GIF, WebP). SVG is refused: it can carry script.
struct ImageCheck
{
    bool ok = false;
    QString mime;      // "image/png", … when ok
    QString problem;   // why not, when !ok

    static ImageCheck inspect(const QByteArray &bytes);
};

} // namespace feder
