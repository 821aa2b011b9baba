#include "SpellingController.h"

#include "SpellHighlighter.h"
#include "editor/MarkdownEditor.h"
#include "spelling/SpellChecker.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPointer>
#include <QTextBlock>
#include <QThreadPool>

namespace feder::ui {

namespace {
constexpr int kFullCheckDelayMs = 800;
}

SpellingController::SpellingController(Store &store, MarkdownEditor &editor, QObject *parent)
    : QObject(parent), m_store(store), m_editor(editor), m_highlighter(new SpellHighlighter(editor.document()))
{
    m_fullCheckDelay.setSingleShot(true);
    m_fullCheckDelay.setInterval(kFullCheckDelayMs);
    connect(&m_fullCheckDelay, &QTimer::timeout, this, &SpellingController::runFullCheck);
}

SpellingController::~SpellingController() = default;

void SpellingController::setArticle(const Article &article)
{
    m_article = article;
    m_language = article.language;
    rebuildChecker();
}

void SpellingController::clear()
{
    m_article = Article();
    m_checker.reset();
    m_highlighter->setChecker(nullptr);
    m_findings.clear();
    ++m_generation;
    Q_EMIT findingsChanged(m_findings);
}

void SpellingController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildChecker();
}

void SpellingController::rebuildChecker()
{
    if (m_article.id == 0)
        return;
    SpellContext context;
    context.language = m_language;
    context.gender = genderStyleFromSetting(m_store.settings().value(QStringLiteral("spelling.gender")));
    context.acceptedWords = SpellDocument::namesFromMetadata(m_article) + m_store.dictionary().acceptedFor(m_article.id);
    auto checker = std::make_shared<const SpellChecker>(context);
    if (!checker->isAvailable())
        Q_EMIT problem(checker->problem()); // not fatal: the editor keeps working without underlines
    m_checker = checker;
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
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const SpellChecker> checker = m_checker;
    const QString body = m_editor.toPlainText();
    QPointer<SpellingController> self(this);
    // Full-document work never runs on the GUI thread.
    QThreadPool::globalInstance()->start([self, checker, body, generation] {
        const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*checker, body);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, findings, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->m_findings = findings;
            Q_EMIT self->findingsChanged(findings);
        });
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
    auto insert = [&](QAction *action) { menu->insertAction(first, action); };
    if (finding.suggestions.isEmpty()) {
        auto *none = new QAction(tr("(no suggestions)"), menu);
        none->setEnabled(false);
        insert(none);
    }
    for (const QString &suggestion : finding.suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        const int start = block.position() + finding.start;
        const int length = finding.length;
        connect(action, &QAction::triggered, this, [this, start, length, suggestion] {
            QTextCursor replace(m_editor.document());
            replace.setPosition(start);
            replace.setPosition(start + length, QTextCursor::KeepAnchor);
            replace.insertText(suggestion);
        });
        insert(action);
    }
    auto *add = new QAction(tr("Add to dictionary"), menu);
    add->setObjectName(QStringLiteral("spellAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, word = finding.word] { addToDictionary(word); });
    auto *ignore = new QAction(tr("Ignore in this article"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnoreInArticle"));
    connect(ignore, &QAction::triggered, this, [this, word = finding.word] { ignoreInArticle(word); });
    insert(add);
    insert(ignore);
    menu->insertSeparator(first);
    return true;
}

void SpellingController::addToDictionary(const QString &word)
{
    try {
        Transaction transaction(m_store.database());
        m_store.dictionary().addWord(word);
        transaction.commit();
    } catch (const StoreError &error) {
        Q_EMIT problem(error.message());
        return;
    }
    rebuildChecker();
}

void SpellingController::ignoreInArticle(const QString &word)
{
    if (m_article.id == 0)
        return;
    try {
        Transaction transaction(m_store.database());
        m_store.dictionary().ignoreInArticle(m_article.id, word);
        transaction.commit();
    } catch (const StoreError &error) {
        Q_EMIT problem(error.message());
        return;
    }
    rebuildChecker();
}

int SpellingController::replaceAll(const QString &word, const QString &replacement)
{
    if (!m_checker || word.isEmpty())
        return 0;
    const QString body = m_editor.toPlainText();
    const QList<SpellFinding> findings = SpellDocument::checkMarkdown(*m_checker, body, false);
    QTextCursor cursor(m_editor.document());
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
