#pragma once

#include <QByteArray>
#include <QHash>
#include <QWebEngineUrlSchemeHandler>

namespace feder {
class Store;
}

namespace feder::ui {

// Serves the preview over the "feder:" scheme: feder://page/N is the current page's HTML,
// feder://asset/SHA256 an image from the store. Nothing else exists behind it.
class PageSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit PageSchemeHandler(Store &store, QObject *parent = nullptr);

    // Returns the URL under which the HTML is served.
    QUrl publish(const QString &html);
    static QString assetUrl(const QString &sha256);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    Store &m_store;
    QByteArray m_page;
    quint64 m_pageNumber = 0;
};

} // namespace feder::ui
