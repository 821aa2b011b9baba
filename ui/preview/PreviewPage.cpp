#include "PreviewPage.h"

#include <QDesktopServices>
#include <QFile>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace feder::ui {

namespace {

QWebEngineScript worldScript(const QString &name, const QString &resource, QWebEngineScript::InjectionPoint point)
{
    QFile file(resource);
    file.open(QIODevice::ReadOnly);
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(QString::fromUtf8(file.readAll()));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(point);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent),
      m_openExternally([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    QWebEngineSettings *s = settings();
    // Off for the page's own world; Feder's scripts run in ApplicationWorld regardless.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);

    scripts().insert(worldScript(QStringLiteral("qwebchannel"), QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                 QWebEngineScript::DocumentCreation));
    scripts().insert(worldScript(QStringLiteral("feder-preview"), QStringLiteral(":/preview/preview.js"),
                                 QWebEngineScript::DocumentReady));
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Feder loads its own pages; everything a reader could click leaves the preview.
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            m_openExternally(url);
        return false;
    }
    return isMainFrame && url.scheme() == QLatin1String("feder");
}

void PreviewPage::javaScriptAlert(const QUrl &, const QString &)
{
    ++m_suppressedDialogs;
}

bool PreviewPage::javaScriptConfirm(const QUrl &, const QString &)
{
    ++m_suppressedDialogs;
    return false;
}

bool PreviewPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    ++m_suppressedDialogs;
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace feder::ui
