#include "HtmlEscape.h"

namespace feder {

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '=': out += QLatin1String("&#61;"); break;
        case ':':
            if (i >= 6 && QStringView(text).mid(i - 6, 6).compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
                out += QLatin1String("&#58;");
            else
                out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

} // namespace feder
