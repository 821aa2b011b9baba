#pragma once

#include "model/Article.h"

#include <QThread>
#include <QWidget>
#include <functional>

class QWebEngineView;
class QWebEngineProfile;
class QWebChannel;
class QActionGroup;

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class LocalOnlyInterceptor;
class PageSchemeHandler;
class PreviewBridge;
class PreviewPage;
class RenderWorker;
class ReviewController;

// The live preview: loads the article page once, then patches the changed blocks while the
// author types (rendering runs in a worker thread; while one render is under way, further
// keystrokes are coalesced into the next). Keeps scroll position and selection, pauses while
// hidden, and syncs with the editor in both directions by source line.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Desktop, Phone, Teaser };

    // Follows the session by itself: a new page when an article opens, a patch per edit, the
    // header and teaser when metadata changes, nothing when the article closes.
    PreviewWidget(Store &store, EditSession &session, QWidget *parent = nullptr);
    ~PreviewWidget() override;

    void setMode(Mode mode);
    // Review comments to mark in the page: (1-based source line, quoted text, open?).
    struct ReviewMark
    {
        int line = 1;
        QString quote;
        bool open = true;
    };
    void setReviewMarks(const QList<ReviewMark> &marks);
    // Marks the review's threads on the body in the page, following every change to them.
    void followReview(const ReviewController &review);
    Mode mode() const { return m_mode; }
    // The page width each mode lays out at, in CSS px: the desktop page (its 44rem column with
    // margins) and a smartphone. A narrower pane shows the same layout scaled down to fit.
    static constexpr int kDesktopWidth = 800;
    static constexpr int kPhoneWidth = 390;

    // The engine is started right after the window is first shown (see ensureEngine); asking
    // for the view or the page starts it at once.
    QWebEngineView *view() const { const_cast<PreviewWidget *>(this)->ensureEngine(); return m_view; }
    PreviewPage *page() const { const_cast<PreviewWidget *>(this)->ensureEngine(); return m_page; }
    const LocalOnlyInterceptor &interceptor() const { return *m_interceptor; }
    bool isPageReady() const { return m_pageReady; }

public Q_SLOTS:
    // Brings the block of this 1-based source line into view.
    void revealLine(int line, bool alignTop = false);

Q_SIGNALS:
    void lineClicked(int line);
    void pageLoaded();
    // A patch for edit number `sequence` is in the page (tests and benchmarks wait for this).
    void updateApplied(quint64 sequence);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showArticle(const Article &article);
    void clear();
    // Re-renders header, related posts and teaser card after a metadata change.
    void refreshMetadata(const Article &article);
    // The text changed: it is fetched from the session only when a render starts, not per key.
    void bodyChanged();
    void requestRender();
    void onFullRendered(quint64 generation, const QString &blocksHtml);
    void onPatchRendered(quint64 generation, quint64 sequence, const QByteArray &patchJson, bool empty, int words);
    void onPageReady();
    void ensureEngine();
    QString modeName() const;
    void updateZoom(bool force = false);
    QString assetUrl(const QString &sha) const;

    Store &m_store;
    QWebEngineProfile *m_profile = nullptr;   // these four: created by ensureEngine()
    LocalOnlyInterceptor *m_interceptor;
    PageSchemeHandler *m_schemes;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWebChannel *m_channel = nullptr;
    QWidget *m_placeholder;                   // where the view goes until then
    PreviewBridge *m_bridge;
    QActionGroup *m_modeActions;
    QThread m_thread;
    RenderWorker *m_worker;
    EditSession &m_session;

    Article m_article;
    Mode m_mode = Mode::Desktop;
    quint64 m_generation = 0;
    quint64 m_sequence = 0;       // edits seen
    bool m_pageReady = false;
    bool m_renderInFlight = false;
    bool m_renderPending = false;
    bool m_metadataPending = false; // metadata changed while a page was loading
    int m_readingMinutes = 0;
    QList<ReviewMark> m_marks;
    void applyMarks();
};

} // namespace feder::ui
