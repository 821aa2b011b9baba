#include "ImageCheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace feder {

ImageCheck ImageCheck::inspect(const QByteArray &bytes)
{
    static const QList<QByteArray> allowed = {"png", "jpeg", "gif", "webp"};
    ImageCheck result;
    if (bytes.isEmpty()) {
        result.problem = QCoreApplication::translate("Import", "the file is empty");
        return result;
    }
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer).toLower();
    if (format.isEmpty() || !allowed.contains(format)) {
        result.problem = QCoreApplication::translate("Import", "not a PNG, JPEG, GIF or WebP image");
        return result;
    }
    buffer.seek(0);
    QImageReader reader(&buffer, format);
    const QImage image = reader.read();
    if (image.isNull()) {
        result.problem = QCoreApplication::translate("Import", "the image cannot be read (%1)").arg(reader.errorString());
        return result;
    }
    result.ok = true;
    result.mime = QStringLiteral("image/") + QString::fromLatin1(format);
    return result;
}

} // namespace feder
