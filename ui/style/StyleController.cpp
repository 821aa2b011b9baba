#include "StyleController.h"

#include "StyleParagraph.h"
#include "editor/MarkdownEditor.h"
#include "session/EditSession.h"
#include "spelling/SpellHighlighter.h"
#include "spelling/SpellingController.h"
#include "style/IncrementalTypography.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <algorithm>

namespace feder::ui {

namespace {
constexpr int kFullCheckDelayMs = 800; // as the spelling's full check

// How the fix reads in the menu: the replacement itself, unless it is only (non-breaking) space.
QString fixLabel(const StyleFinding &finding)
{
    if (finding.replacement.trimmed().isEmpty() || finding.replacement.trimmed() == finding.text.trimmed())
        return StyleController::tr("Correct: %1").arg(Typography::ruleTitle(finding.rule));
    return StyleController::tr("Replace with „%1“").arg(finding.replacement);
}
} // namespace

StyleController::StyleController(EditSession &session, MarkdownEditor &editor, SpellingController &spelling, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_editor(editor),
      m_highlighter(spelling.highlighter()),
      m_incremental(std::make_shared<IncrementalTypography>()),
      m_fixAll(new QAction(tr("Fix &typography"), this))
{
    setObjectName(QStringLiteral("styleController"));
    m_fixAll->setObjectName(QStringLiteral("actionFixTypography"));
    m_fixAll->setToolTip(tr("Applies every typography fix of the article (quotation marks, dashes, spaces) as one step"));
    m_fixAll->setEnabled(false);
    connect(m_fixAll, &QAction::triggered, this, [this] { fixAll(); });
    // One thread: the check of a whole article is a few milliseconds, and never waits behind spelling.
    m_pool.setMaxThreadCount(1);
    m_fullCheckDelay.setSingleShot(true);
    m_fullCheckDelay.setInterval(kFullCheckDelayMs);
    connect(&m_fullCheckDelay, &QTimer::timeout, this, &StyleController::runFullCheck);
    connect(&session, &EditSession::opened, this, &StyleController::setArticle);
    connect(&session, &EditSession::metadataChanged, this, &StyleController::setArticle); // the language may have changed
    connect(&session, &EditSession::textEdited, this, &StyleController::scheduleFullCheck);
    connect(&session, &EditSession::closed, this, &StyleController::clear);
    // After the spelling's entries: the fix comes first in the menu.
    editor.addContextMenuExtender([this](QMenu *menu, const QTextCursor &cursor) { addContextActions(menu, cursor); });
}

StyleController::~StyleController() = default;

bool StyleController::checksLanguage(const QString &language)
{
    return language == QLatin1String("de-DE") || language == QLatin1String("de-AT") || language == QLatin1String("de-CH")
        || language == QLatin1String("de");
}

void StyleController::setArticle(const Article &article)
{
    const bool active = checksLanguage(article.language);
    m_fullChecks.cancel(); // a check of the previous article (or language) never reports
    const bool another = article.id != m_articleId;
    m_articleId = article.id;
    m_active = active;
    m_highlighter.setTypography(active);
    if (!active) {
        m_fullCheckDelay.stop();
        setFindings({});
        return;
    }
    if (another && !m_findings.isEmpty())
        setFindings({}); // the previous article's count is not shown for this one meanwhile
    runFullCheck();
}

void StyleController::clear()
{
    m_active = false;
    m_articleId = 0;
    m_fullCheckDelay.stop();
    m_fullChecks.cancel();
    m_highlighter.setTypography(false);
    setFindings({});
}

void StyleController::setFindings(const QList<StyleFinding> &findings)
{
    m_findings = findings;
    m_fixAll->setEnabled(m_active && !m_findings.isEmpty() && !m_editor.isReadOnly());
    Q_EMIT findingsChanged(int(m_findings.size()));
}

void StyleController::scheduleFullCheck()
{
    if (m_active)
        m_fullCheckDelay.start();
}

void StyleController::runFullCheck()
{
    m_fullCheckDelay.stop();
    if (!m_active)
        return;
    const QString body = m_session.text();
    const std::shared_ptr<IncrementalTypography> incremental = m_incremental;
    // Off the GUI thread; a newer start() or cancel() drops this result.
    // A stopped check (another article, quitting) ends at its next paragraph.
    m_fullChecks.start([incremental, body](std::stop_token stop) { return FullCheck{body, incremental->check(body, stop)}; },
                       [this](const FullCheck &result) {
        if (!m_active || result.body != m_session.text())
            return; // the text changed meanwhile: the check after the next pause reports
        setFindings(result.findings);
        reconcile();
    });
}

void StyleController::reconcile()
{
    if (!m_highlighter.typography())
        return;
    const QTextDocument &document = m_session.document();
    qsizetype next = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int begin = block.position();
        const int end = begin + block.length() - 1;
        while (next < m_findings.size() && m_findings.at(next).start + m_findings.at(next).length <= begin)
            ++next;
        QList<std::pair<int, int>> expected;
        for (qsizetype i = next; i < m_findings.size() && m_findings.at(i).start < end; ++i) {
            const int start = std::max(m_findings.at(i).start, begin);
            const int stop = std::min(m_findings.at(i).start + m_findings.at(i).length, end);
            if (stop > start)
                expected.append({start - begin, stop - start});
        }
        if (expected != SpellHighlighter::typographyOf(block))
            m_highlighter.setTypographyOf(block, expected);
    }
}

bool StyleController::addContextActions(QMenu *menu, const QTextCursor &cursor)
{
    if (!m_active)
        return false;
    const int position = cursor.position();
    const QList<StyleFinding> findings = typographyAround(cursor.block());
    const auto hit = std::find_if(findings.begin(), findings.end(), [&](const StyleFinding &f) {
        return position >= f.start && position <= f.start + f.length;
    });
    if (hit == findings.end())
        return false;
    const StyleFinding finding = *hit;
    QAction *first = menu->actions().value(0);
    auto *fix = new QAction(fixLabel(finding), menu);
    fix->setObjectName(QStringLiteral("styleFix"));
    fix->setToolTip(Typography::ruleTitle(finding.rule));
    QFont bold = fix->font();
    bold.setBold(true);
    fix->setFont(bold);
    connect(fix, &QAction::triggered, this, [this, finding] { applyFix(finding); });
    auto *message = new QAction(Typography::message(finding.rule), menu);
    message->setObjectName(QStringLiteral("styleMessage"));
    message->setEnabled(false);
    menu->insertAction(first, fix);
    menu->insertAction(first, message);
    menu->insertSeparator(first);
    return true;
}

void StyleController::applyFix(const StyleFinding &finding)
{
    if (m_editor.isReadOnly())
        return;
    const QString body = m_session.text();
    if (QStringView(body).mid(finding.start, finding.length) != finding.text)
        return; // the text moved on since the menu opened
    QTextCursor cursor(&m_session.document());
    cursor.beginEditBlock();
    cursor.setPosition(finding.start);
    cursor.setPosition(finding.start + finding.length, QTextCursor::KeepAnchor);
    cursor.insertText(finding.replacement);
    cursor.endEditBlock();
}

int StyleController::fixAll()
{
    if (!m_active || m_editor.isReadOnly())
        return 0;
    // The text as it is now (unchanged paragraphs come from the cache): positions are the
    // document's, the session maps only the block separators.
    const QList<StyleFinding> findings = m_incremental->check(m_session.text());
    if (findings.isEmpty())
        return 0;
    QTextCursor cursor(&m_session.document());
    cursor.beginEditBlock();
    // From the end, so earlier positions stay valid; findings never overlap.
    for (auto it = findings.crbegin(); it != findings.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
    runFullCheck();
    return int(findings.size());
}

void StyleController::goToFirstFinding()
{
    if (!m_active)
        return;
    const QList<StyleFinding> findings = m_incremental->check(m_session.text());
    if (findings.isEmpty())
        return;
    QTextCursor cursor = m_editor.textCursor();
    cursor.setPosition(findings.first().start);
    m_editor.setTextCursor(cursor);
    m_editor.ensureCursorVisible();
    m_editor.setFocus();
}

} // namespace feder::ui
