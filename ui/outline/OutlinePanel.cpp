#include "OutlinePanel.h"

#include "editor/MarkdownStyle.h"
#include "markdown/Containers.h"
#include "session/EditSession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace feder::ui {

namespace {

const QRegularExpression &headingLine()
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    return heading;
}

// A line that can make or unmake a heading, a fence or a container when typed in.
bool mayStructure(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1String("```"))
           || trimmed.startsWith(QLatin1String("~~~")) || trimmed.startsWith(QLatin1String(":::"));
}

// The heading as the page shows it: link texts without their targets, no emphasis or code marks.
QString plainTitle(QString title)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("(\\*\\*|__|(?<![\\w])[*_]|[*_](?![\\w])|`)"));
    title.replace(link, QStringLiteral("\\1"));
    title.remove(marks);
    return title.trimmed();
}

} // namespace

QList<OutlinePanel::Heading> OutlinePanel::headingsOf(const QTextDocument &document)
{
    QList<Heading> headings;
    bool inFence = false;
    int containerDepth = 0;
    for (QTextBlock block = document.firstBlock(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (line.isEmpty())
            continue;
        if (MarkdownStyle::isFence(line)) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (!Containers::openingName(line).isEmpty()) {
            ++containerDepth;
            continue;
        }
        if (containerDepth > 0) {
            if (Containers::isClosing(line))
                --containerDepth;
            continue;
        }
        const QChar first = line.at(0);
        if (first != QLatin1Char('#') && first != QLatin1Char(' '))
            continue;
        const QRegularExpressionMatch match = headingLine().match(line);
        if (match.hasMatch())
            headings.append({int(match.capturedLength(1)), plainTitle(match.captured(2)), block.blockNumber()});
    }
    return headings;
}

OutlinePanel::OutlinePanel(EditSession &session, QPlainTextEdit &editor, QWidget *parent)
    : QTreeWidget(parent), m_session(session), m_editor(editor)
{
    setObjectName(QStringLiteral("outlinePanel"));
    setAccessibleName(tr("Outline"));
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    setIndentation(14);
    setRootIsDecorated(false);
    setExpandsOnDoubleClick(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    m_rescan.setSingleShot(true);
    m_rescan.setInterval(kRescanDelayMs);
    connect(&m_rescan, &QTimer::timeout, this, &OutlinePanel::rescan);
    connect(&session, &EditSession::opened, this, [this] {
        m_rescan.stop();
        rescan();
    });
    connect(&session, &EditSession::closed, this, [this] {
        m_rescan.stop();
        m_headings.clear();
        rebuild();
    });
    connect(&session, &EditSession::textEdited, this, &OutlinePanel::textEdited);
    connect(&editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePanel::followCaret);
    const auto go = [this](QTreeWidgetItem *item) {
        const int index = int(m_items.indexOf(item));
        if (index >= 0)
            navigateTo(index);
    };
    connect(this, &QTreeWidget::itemClicked, this, go);
    connect(this, &QTreeWidget::itemActivated, this, go);
    if (session.hasArticle())
        rescan();
}

void OutlinePanel::textEdited(int position, int removed, int added)
{
    if (m_rescan.isActive())
        return;
    const QTextDocument &document = m_session.document();
    // The usual keystroke: one character typed or deleted inside a line that is no heading, fence
    // or container line, and no line added or removed. Nothing in the outline can change.
    if (removed <= 1 && added <= 1 && document.blockCount() == m_blockCount) {
        const QTextBlock block = document.findBlock(position);
        const int number = block.blockNumber();
        const bool isHeading = std::any_of(m_headings.cbegin(), m_headings.cend(),
                                           [number](const Heading &h) { return h.block == number; });
        if (!isHeading && !mayStructure(block.text()))
            return;
    }
    m_rescan.start();
}

void OutlinePanel::flush()
{
    if (m_rescan.isActive()) {
        m_rescan.stop();
        rescan();
    }
}

void OutlinePanel::rescan()
{
    const QTextDocument &document = m_session.document();
    m_blockCount = document.blockCount();
    QList<Heading> headings = m_session.hasArticle() ? headingsOf(document) : QList<Heading>();
    bool sameShape = headings.size() == m_headings.size();
    for (qsizetype i = 0; sameShape && i < headings.size(); ++i)
        sameShape = headings.at(i).level == m_headings.at(i).level && headings.at(i).title == m_headings.at(i).title;
    m_headings = std::move(headings);
    if (!sameShape)
        rebuild();
    m_selected = -2; // lines may have moved: select again
    followCaret();
    Q_EMIT rescanned();
}

void OutlinePanel::rebuild()
{
    clear();
    m_items.clear();
    m_selected = -2;
    QList<QPair<int, QTreeWidgetItem *>> parents; // level, item
    for (const Heading &heading : std::as_const(m_headings)) {
        while (!parents.isEmpty() && parents.last().first >= heading.level)
            parents.removeLast();
        const QString title = heading.title.isEmpty() ? tr("(untitled heading)") : heading.title;
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.last().second);
        item->setText(0, title);
        item->setToolTip(0, title);
        parents.append({heading.level, item});
        m_items.append(item);
    }
    expandAll();
}

int OutlinePanel::currentIndex() const
{
    const int caretBlock = m_editor.textCursor().blockNumber();
    // The last heading at or above the caret's line.
    const auto after = std::upper_bound(m_headings.cbegin(), m_headings.cend(), caretBlock,
                                        [](int block, const Heading &h) { return block < h.block; });
    return int(after - m_headings.cbegin()) - 1;
}

void OutlinePanel::followCaret()
{
    const int index = currentIndex();
    if (index == m_selected)
        return;
    m_selected = index;
    QTreeWidgetItem *item = m_items.value(index);
    const QSignalBlocker quiet(this);
    if (item) {
        setCurrentItem(item);
        scrollToItem(item);
    } else {
        clearSelection();
        setCurrentItem(nullptr);
    }
}

void OutlinePanel::navigateTo(int index)
{
    flush();
    if (index < 0 || index >= m_headings.size())
        return;
    const QTextBlock block = m_session.document().findBlockByNumber(m_headings.at(index).block);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor.setTextCursor(cursor);
    // The heading near the top of the editor, with a few lines of context above it.
    m_editor.centerCursor();
    m_editor.ensureCursorVisible();
    m_editor.setFocus(Qt::OtherFocusReason);
}

} // namespace feder::ui
