#include "SpellingController.h"

#include "SpellHighlighter.h"
#include "editor/MarkdownEditor.h"
#include "check/ArticleSpelling.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/IncrementalCheck.h"
#include "spelling/SpellChecker.h"
#include "session/EditSession.h"
#include "store/Store.h"
#include "services/DictionaryService.h"
#include "store/StoreError.h"

#include <QMenu>
#include <QPointer>
#include <QTextBlock>
#include <QThread>
#include <QThreadPool>

namespace feder::ui {

namespace {
constexpr int kFullCheckDelayMs = 800;

// The words of the text, for ranking suggestions (the author's own words first): runs of
// letters, digits and hyphens; cheaper than tokenising the Markdown again.
QSet<QString> wordsForSuggestions(const QString &body)
{
    QSet<QString> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        const bool inWord = i < body.size() && (body.at(i).isLetterOrNumber() || body.at(i) == QLatin1Char('-'));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.insert(body.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

} // namespace

SpellingController::SpellingController(Store &store, EditSession &session, MarkdownEditor &editor, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_session(session),
      m_highlighter(new SpellHighlighter(&session.document(), editor.palette()))
{
    setObjectName(QStringLiteral("spellingController"));
    // Full checks only use a core nobody else needs: one thread fewer than the machine has.
    // Not at idle priority: the check takes the same short locks as the editor's look-ups, and a
    // thread that waits for an idle CPU while holding one would make the editor wait too.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_fullCheckDelay.setSingleShot(true);
    m_fullCheckDelay.setInterval(kFullCheckDelayMs);
    connect(&m_fullCheckDelay, &QTimer::timeout, this, &SpellingController::runFullCheck);
    connect(&session, &EditSession::opened, this, &SpellingController::setArticle);
    // The language or the names it accepts may have changed.
    connect(&session, &EditSession::metadataChanged, this, &SpellingController::setArticle);
    connect(&session, &EditSession::textEdited, this, &SpellingController::scheduleFullCheck);
    connect(&session, &EditSession::closed, this, &SpellingController::clear);
    connect(&editor, &MarkdownEditor::paletteChanged, this, [this, &editor] { m_highlighter->setPalette(editor.palette()); });
    editor.addContextMenuExtender([this](QMenu *menu, const QTextCursor &cursor) { addContextActions(menu, cursor); });
}

// The members m_suggestionJobs, m_checkerBuilds and m_fullChecks cancel and wait on their way:
// what has not started yet never will, a running check stops at its next word (< 0.5 s).
SpellingController::~SpellingController() = default;

// The running check stops at its next word, and answers still on their way are dropped.
void SpellingController::stopBackgroundWork()
{
    m_fullChecks.cancel();
}

int SpellingController::findingCount() const
{
    // The metadata fields are a few dozen words: checked here, with the checker's word cache.
    const int metadata = m_checker && m_checker->isAvailable()
        ? int(ArticleSpelling::metadataFindings(*m_checker, m_article).size()) : 0;
    return int(m_findings.size()) + metadata;
}

void SpellingController::setArticle(const Article &article)
{
    m_article = article;
    m_language = article.language;
    Q_EMIT languageChanged(m_language);
    rebuildChecker();
}

void SpellingController::clear()
{
    m_article = Article();
    m_checker.reset();
    m_highlighter->setChecker(nullptr);
    m_findings.clear();
    m_documentWords.clear();
    m_suggestions.clear();
    m_checkerBuilds.cancel();
    m_suggestionJobs.cancel();
    stopBackgroundWork();
    Q_EMIT findingsChanged(m_findings);
}

void SpellingController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged(m_language);
    rebuildChecker();
}

void SpellingController::rebuildChecker()
{
    if (m_article.id == 0)
        return;
    m_checkerBuilds.cancel(); // a checker still being built for an older state is not installed
    stopBackgroundWork(); // and a check of the previous article or text never reports
    SpellContext context;
    try {
        context = ArticleSpelling::contextFor(&m_store, m_article, m_language);
    } catch (const StoreError &error) { // the store's dictionary could not be read
        Q_EMIT problem(error.message());
        return;
    }
    if (DictionaryLocator::isLoaded(context.language) && DictionaryLocator::isLoaded(QStringLiteral("en-US"))) {
        installChecker(std::make_shared<const SpellChecker>(context));
        return;
    }
    // A dictionary still has to be loaded (0.2 s each): the text is shown and editable now, the
    // underlines follow. A newer rebuild or clear() drops this one.
    m_checkerBuilds.start([context] { return std::make_shared<const SpellChecker>(context); },
                          [this](const std::shared_ptr<const SpellChecker> &checker) { installChecker(checker); });
}

void SpellingController::installChecker(const std::shared_ptr<const SpellChecker> &checker)
{
    if (!checker->isAvailable())
        Q_EMIT problem(checker->problem()); // not fatal: the editor keeps working without underlines
    m_checker = checker;
    m_incremental = std::make_shared<IncrementalCheck>(); // its findings belong to the old checker
    m_suggestions.clear();
    m_suggestionJobs.cancel(); // answers of the old checker
    m_highlighter->setChecker(checker);
    runFullCheck();
}

void SpellingController::scheduleFullCheck()
{
    m_fullCheckDelay.start();
}

void SpellingController::runFullCheck()
{
    m_fullCheckDelay.stop();
    if (!m_checker)
        return;
    const std::shared_ptr<const SpellChecker> checker = m_checker;
    const QString body = m_session.text();
    // Full-document work never runs on the GUI thread. A newer text makes the running check
    // worthless: start() stops it at its next word and drops what it found.
    const std::shared_ptr<IncrementalCheck> incremental = m_incremental;
    m_fullChecks.start([checker, incremental, body](std::stop_token stop) {
        FullCheck result;
        result.findings = incremental->check(*checker, body, stop);
        if (!stop.stop_requested()) // stopped: dropped anyway
            result.words = wordsForSuggestions(body);
        return result;
    }, [this](const FullCheck &result) {
        m_findings = result.findings;
        m_documentWords = result.words;
        Q_EMIT findingsChanged(m_findings);
    });
}

void SpellingController::requestSuggestions(const QString &word)
{
    if (!m_checker || word.isEmpty())
        return;
    if (const auto known = m_suggestions.constFind(word); known != m_suggestions.constEnd()) {
        Q_EMIT suggestionsReady(word, *known);
        return;
    }
    const std::shared_ptr<const SpellChecker> checker = m_checker;
    const QSet<QString> words = m_documentWords;
    // The user waits for these: the shared pool at normal priority, not behind a full check.
    // Each word asked for is answered (the menu and the panel may ask at the same time); a new
    // checker drops the answers of the old one.
    m_suggestionJobs.startAlongside([checker, word, words] { return checker->suggestions(word, words); },
                                    [this, word, checker](const QStringList &suggestions) {
        if (m_checker != checker) // another dictionary or article by now
            return;
        m_suggestions.insert(word, suggestions);
        Q_EMIT suggestionsReady(word, suggestions);
    });
}

bool SpellingController::addContextActions(QMenu *menu, const QTextCursor &cursor)
{
    if (!m_checker)
        return false;
    const QTextBlock block = cursor.block();
    const int column = cursor.positionInBlock();
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*m_checker, block.text());
    const auto hit = std::find_if(findings.begin(), findings.end(), [&](const SpellFinding &f) {
        return column >= f.start && column <= f.start + f.length;
    });
    if (hit == findings.end())
        return false;
    const SpellFinding finding = *hit;
    QAction *first = menu->actions().value(0);
    // Suggestions may take a moment the first time (hunspell searches its dictionary): the menu
    // opens at once with a placeholder that the suggestions replace when they are ready.
    auto *placeholder = new QAction(tr("Looking for suggestions…"), menu);
    placeholder->setObjectName(QStringLiteral("spellSuggestionsPending"));
    placeholder->setEnabled(false);
    menu->insertAction(first, placeholder);
    const int start = block.position() + finding.start;
    const int length = finding.length;
    QPointer<QMenu> openMenu(menu);
    auto fill = std::make_shared<QMetaObject::Connection>();
    *fill = connect(this, &SpellingController::suggestionsReady, menu,
                    [this, openMenu, placeholder, fill, word = finding.word, start, length](const QString &ready, const QStringList &suggestions) {
        if (ready != word || !openMenu)
            return;
        disconnect(*fill);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, openMenu);
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, start, length, suggestion] {
                QTextCursor replace(&m_session.document());
                replace.setPosition(start);
                replace.setPosition(start + length, QTextCursor::KeepAnchor);
                replace.insertText(suggestion);
            });
            openMenu->insertAction(placeholder, action);
        }
        if (suggestions.isEmpty()) {
            placeholder->setText(tr("(no suggestions)"));
        } else {
            openMenu->removeAction(placeholder);
            placeholder->deleteLater();
        }
    });
    requestSuggestions(finding.word); // answers at once when the word was asked about before
    auto *add = new QAction(tr("Add to dictionary"), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word = finding.word] { addToDictionary(word); });
    auto *ignore = new QAction(tr("Ignore in this article"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnoreInArticle"));
    connect(ignore, &QAction::triggered, this, [this, word = finding.word] { ignoreInArticle(word); });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
    return true;
}

void SpellingController::addToDictionary(const QString &word)
{
    if (const Outcome added = DictionaryService(m_store).addWords({word}); !added) {
        Q_EMIT problem(added.message);
        return;
    }
    rebuildChecker();
}

void SpellingController::ignoreInArticle(const QString &word)
{
    if (m_article.id == 0)
        return;
    if (const Outcome ignored = DictionaryService(m_store).ignoreInArticle(m_article.id, word); !ignored) {
        Q_EMIT problem(ignored.message);
        return;
    }
    rebuildChecker();
}

int SpellingController::replaceAll(const QString &word, const QString &replacement)
{
    if (!m_checker || word.isEmpty())
        return 0;
    const QString body = m_session.text();
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*m_checker, body);
    QTextCursor cursor(&m_session.document());
    cursor.beginEditBlock();
    int replaced = 0;
    // From the end, so earlier positions stay valid.
    for (auto it = findings.crbegin(); it != findings.crend(); ++it) {
        if (it->word != word)
            continue;
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
        ++replaced;
    }
    cursor.endEditBlock();
    runFullCheck();
    return replaced;
}

} // namespace feder::ui
