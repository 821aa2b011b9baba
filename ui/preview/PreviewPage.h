#pragma once

#include <QWebEnginePage>
#include <functional>

namespace feder::ui {

// The preview's web page: article content never runs JavaScript (only Feder's own update
// script, in an isolated world), never navigates away (links go to the system browser), and
// never opens dialogs.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Who opens clicked links; the default is the system browser. Tests replace it.
    void setExternalLinkHandler(std::function<void(const QUrl &)> handler) { m_openExternally = std::move(handler); }
    int suppressedDialogs() const { return m_suppressedDialogs; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    std::function<void(const QUrl &)> m_openExternally;
    int m_suppressedDialogs = 0;
};

} // namespace feder::ui
