#pragma once

#include <QList>
#include <QString>
#include <QTimer>
#include <QTreeWidget>

class QPlainTextEdit;
class QTextDocument;

namespace feder {
class EditSession;
}

namespace feder::ui {

// Gliederung: the open article's ATX headings (# … ######) as a tree. A click or Enter puts the
// caret at the heading and focuses the editor; moving the caret selects the heading of the
// section it is in. Headings in fenced code and in ::: containers (pull quote, call to action)
// are not part of the outline.
//
// Off the typing path: typing inside a line that is no heading (the usual keystroke) costs a
// block look-up and nothing else; an edit that can change the headings (a heading line, a
// fence or container line, a line break, a paste or deletion) schedules one scan of the block
// list after a short pause (kRescanDelayMs). Following the caret is a binary search.
class OutlinePanel : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int kRescanDelayMs = 300;

    struct Heading
    {
        int level = 1;
        QString title;
        int block = 0; // block (line) number in the document

        bool operator==(const Heading &other) const = default;
    };
    // The headings of a document (pure: a scan of its lines).
    static QList<Heading> headingsOf(const QTextDocument &document);

    OutlinePanel(EditSession &session, QPlainTextEdit &editor, QWidget *parent = nullptr);

    const QList<Heading> &headings() const { return m_headings; }
    // Scans now if a scan is pending (tests, and before navigating).
    void flush();
    // Puts the caret at the heading with this index and focuses the editor.
    void navigateTo(int index);
    // The index of the heading whose section holds the caret, -1 before the first heading.
    int currentIndex() const;

Q_SIGNALS:
    void rescanned();

private:
    void textEdited(int position, int removed, int added);
    void rescan();
    void rebuild();
    void followCaret();

    EditSession &m_session;
    QPlainTextEdit &m_editor;
    QList<Heading> m_headings;
    QList<QTreeWidgetItem *> m_items; // by heading index
    QTimer m_rescan;
    int m_blockCount = 0;
    int m_selected = -2;
};

} // namespace feder::ui
