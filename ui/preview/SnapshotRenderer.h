#pragma once

#include "model/Article.h"

#include <QObject>
#include <QSize>
#include <memory>

class QImage;
class QTimer;
class QWebEngineProfile;
class QWebEngineView;

namespace feder {
class Store;
}

namespace feder::ui {

class PreviewPage;

// Renders an article's preview page off-screen and saves it as a PNG of the whole page
// (`feder snapshot`). Uses the same page, template and safety walls as the live preview.
class SnapshotRenderer : public QObject
{
    Q_OBJECT
public:
    SnapshotRenderer(Store &store, Article article, int width, QString pngPath, QObject *parent = nullptr);
    ~SnapshotRenderer() override;

    void start();

    // Taller pages are refused (exit 2): 16,000 px at 1200 px width is 77 MB of pixels, about
    // 25,000 words; WebEngine cannot paint much more in one view anyway.
    static constexpr int kMaxHeight = 16000;
    // How many painted frames the renderer waits for a complete picture before it gives up.
    static constexpr int kMaxFrames = 300;

    // Why the grabbed image is not the whole painted page (empty when it is): wrong size, or a
    // horizontal band that is one flat colour (the engine has not painted it yet).
    static QString paintProblem(const QImage &image, QSize expectedSize);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onTitle(const QString &title);
    void resizeTo(int pageHeight);
    void requestFrame();
    void capture();
    void finish(bool ok, const QString &message);

    Store &m_store;
    Article m_article;
    int m_width;
    QString m_pngPath;
    QWebEngineProfile *m_profile;
    PreviewPage *m_page;
    std::unique_ptr<QWebEngineView> m_view;
    int m_frames = 0;       // frames waited for since the page was ready
    int m_resizes = 0;      // the layout may change once more when the scroll bar goes away
    bool m_done = false;
    QTimer *m_watchdog;     // last resort if the engine stops answering at all
};

} // namespace feder::ui
