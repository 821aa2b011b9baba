#include "Template.h"

#include <QFile>
#include <QMutex>

namespace feder {

QString fillTemplate(const QString &templateText, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(templateText.size() * 2);
    qsizetype position = 0;
    while (true) {
        const qsizetype open = templateText.indexOf(QLatin1String("{{"), position);
        if (open < 0)
            break;
        const qsizetype close = templateText.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(templateText).mid(position, open - position);
        const QString name = templateText.mid(open + 2, close - open - 2).trimmed();
        out += values.value(name);
        position = close + 2;
    }
    out += QStringView(templateText).mid(position);
    return out;
}

QString loadTemplate(const QString &resourcePath)
{
    static QMutex mutex;
    static QHash<QString, QString> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.constFind(resourcePath);
    if (found != loaded.constEnd())
        return *found;
    QFile file(resourcePath);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    loaded.insert(resourcePath, text);
    return text;
}

} // namespace feder
