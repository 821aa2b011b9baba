#pragma once

#include "spelling/SpellDocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace feder::ui {

class SpellingController;
class MarkdownEditor;

// Every finding of the article, grouped by word with its count: jump to the next occurrence,
// replace all with a suggestion, add to the dictionary, ignore in this article; and the
// language the article is checked in. Nothing is preselected or prefilled: "Alle ersetzen"
// only works once the user has picked (or typed) a replacement for the word they selected.
class SpellingPanel : public QWidget
{
    Q_OBJECT
public:
    SpellingPanel(SpellingController &controller, MarkdownEditor &editor, QWidget *parent = nullptr);

    QListWidget &list() { return *m_list; }
    QComboBox &suggestions() { return *m_suggestions; }
    QPushButton &replaceButton() { return *m_replace; }
    QComboBox &language() { return *m_language; }
    QString currentWord() const;

public Q_SLOTS:
    void showFindings(const QList<feder::SpellFinding> &findings);
    void jumpToNext();
    void replaceAll();
    void setLanguage(const QString &language);

private:
    void updateSuggestions();
    void showSuggestions(const QString &word, const QStringList &suggestions);
    void updateReplaceButton();

    SpellingController &m_controller;
    MarkdownEditor &m_editor;
    QList<SpellFinding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
    QComboBox *m_suggestions;
    QPushButton *m_replace;
    QList<QPushButton *> m_wordActions;   // next occurrence, add to dictionary, ignore: need a word
    QComboBox *m_language;
};

} // namespace feder::ui
