#include "SpellingPanel.h"

#include "SpellingController.h"
#include "editor/MarkdownEditor.h"
#include "model/Article.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kWordRole = Qt::UserRole + 1;
}

SpellingPanel::SpellingPanel(SpellingController &controller, MarkdownEditor &editor, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_editor(editor), m_summary(new QLabel), m_list(new QListWidget),
      m_suggestions(new QComboBox), m_replace(new QPushButton(tr("Replace all"))), m_language(new QComboBox)
{
    setObjectName(QStringLiteral("spellingPanel"));
    m_list->setObjectName(QStringLiteral("spellingFindings"));
    m_list->setAccessibleName(tr("Words not found"));
    m_suggestions->setObjectName(QStringLiteral("spellingSuggestions"));
    m_suggestions->setAccessibleName(tr("Replacement"));
    m_suggestions->setEditable(true);
    m_suggestions->setInsertPolicy(QComboBox::NoInsert);
    m_suggestions->lineEdit()->setPlaceholderText(tr("Choose a replacement"));
    m_language->setObjectName(QStringLiteral("spellingLanguage"));
    for (const QString &language : ArticleVocabulary::languages())
        m_language->addItem(ArticleVocabulary::languageLabel(language), language);

    auto *jump = new QPushButton(tr("Next occurrence"));
    jump->setObjectName(QStringLiteral("spellingJump"));
    m_wordActions = {jump};
    m_replace->setObjectName(QStringLiteral("spellingReplaceAll"));
    m_replace->setEnabled(false);
    auto *add = new QPushButton(tr("Add to dictionary"));
    auto *ignore = new QPushButton(tr("Ignore in this article"));
    m_wordActions << add << ignore;
    for (QPushButton *button : std::as_const(m_wordActions))
        button->setEnabled(false); // until a word is selected

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Language:")));
    languageRow->addWidget(m_language, 1);
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_suggestions, 1);
    replaceRow->addWidget(m_replace);
    // Two rows: in one, the three German labels kept the sidebar wider than the editor needs.
    auto *wordRow = new QGridLayout;
    wordRow->addWidget(jump, 0, 0);
    wordRow->addWidget(add, 0, 1);
    wordRow->addWidget(ignore, 1, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(replaceRow);
    layout->addLayout(wordRow);

    connect(&m_controller, &SpellingController::findingsChanged, this, &SpellingPanel::showFindings);
    connect(&m_controller, &SpellingController::languageChanged, this, &SpellingPanel::setLanguage);
    connect(m_list, &QListWidget::currentRowChanged, this, &SpellingPanel::updateSuggestions);
    connect(m_list, &QListWidget::itemActivated, this, &SpellingPanel::jumpToNext);
    connect(jump, &QPushButton::clicked, this, &SpellingPanel::jumpToNext);
    connect(m_replace, &QPushButton::clicked, this, &SpellingPanel::replaceAll);
    connect(m_suggestions, &QComboBox::editTextChanged, this, &SpellingPanel::updateReplaceButton);
    connect(&m_controller, &SpellingController::suggestionsReady, this, &SpellingPanel::showSuggestions);
    connect(add, &QPushButton::clicked, this, [this] {
        if (!currentWord().isEmpty())
            m_controller.addToDictionary(currentWord());
    });
    connect(ignore, &QPushButton::clicked, this, [this] {
        if (!currentWord().isEmpty())
            m_controller.ignoreInArticle(currentWord());
    });
    connect(m_language, &QComboBox::activated, this, [this] { m_controller.setLanguage(m_language->currentData().toString()); });
}

void SpellingPanel::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

QString SpellingPanel::currentWord() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(kWordRole).toString() : QString();
}

void SpellingPanel::showFindings(const QList<SpellFinding> &findings)
{
    const QString current = currentWord();
    m_findings = findings;
    QMap<QString, int> counts;
    for (const SpellFinding &finding : findings)
        ++counts[finding.word];
    {
        // Refilled after every check: the selection and the chosen replacement stay as they are.
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), m_list);
            item->setData(kWordRole, it.key());
            if (it.key() == current)
                m_list->setCurrentItem(item);
        }
    }
    m_summary->setText(findings.isEmpty() ? tr("No spelling findings.")
                                          : tr("%n finding(s)", nullptr, int(findings.size())));
    if (currentWord() != current)
        updateSuggestions(); // the selected word is gone: nothing to replace
}

// A new word selected: its suggestions are asked for; the replacement stays empty until the
// user picks one.
void SpellingPanel::updateSuggestions()
{
    m_suggestions->clear();
    m_suggestions->setEditText(QString());
    const QString word = currentWord();
    m_suggestions->setEnabled(!word.isEmpty());
    if (!word.isEmpty())
        m_controller.requestSuggestions(word);
    updateReplaceButton();
}

void SpellingPanel::showSuggestions(const QString &word, const QStringList &suggestions)
{
    if (word != currentWord())
        return; // an answer for a word no longer selected
    const QString typed = m_suggestions->currentText();
    m_suggestions->clear();
    m_suggestions->addItems(suggestions);
    m_suggestions->setCurrentIndex(-1);
    m_suggestions->setEditText(typed);
    updateReplaceButton();
}

void SpellingPanel::updateReplaceButton()
{
    const QString replacement = m_suggestions->currentText().trimmed();
    m_replace->setEnabled(!currentWord().isEmpty() && !replacement.isEmpty() && replacement != currentWord());
    for (QPushButton *button : std::as_const(m_wordActions))
        button->setEnabled(!currentWord().isEmpty());
}

void SpellingPanel::jumpToNext()
{
    const QString word = currentWord();
    if (word.isEmpty())
        return;
    const int from = m_editor.textCursor().selectionEnd();
    const SpellFinding *target = nullptr;
    for (const SpellFinding &finding : std::as_const(m_findings)) {
        if (finding.word != word)
            continue;
        if (!target)
            target = &finding; // wraps around to the first
        if (finding.start >= from) {
            target = &finding;
            break;
        }
    }
    if (!target)
        return;
    QTextCursor cursor(m_editor.document());
    cursor.setPosition(target->start);
    cursor.setPosition(target->start + target->length, QTextCursor::KeepAnchor);
    m_editor.setTextCursor(cursor);
    m_editor.centerCursor();
    m_editor.setFocus();
}

void SpellingPanel::replaceAll()
{
    const QString replacement = m_suggestions->currentText().trimmed();
    if (!replacement.isEmpty() && replacement != currentWord())
        m_controller.replaceAll(currentWord(), replacement);
}

} // namespace feder::ui
