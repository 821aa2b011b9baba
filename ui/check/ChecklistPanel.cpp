#include "ChecklistPanel.h"

#include "review/ReviewController.h"
#include "session/EditSession.h"
#include "spelling/SpellingController.h"
#include "style/StyleController.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kFieldRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;
}

ChecklistPanel::ChecklistPanel(Store &store, EditSession &session, const SpellingController &spelling,
                               const ReviewController &review, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session), m_spelling(spelling), m_summary(new QLabel), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_list->setObjectName(QStringLiteral("checklistItems"));
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    const auto go = [this](QListWidgetItem *item) {
        const QString field = item->data(kFieldRole).toString();
        if (field.isEmpty())
            return; // a section heading
        if (m_style && item->data(kRuleRole).toString() == QLatin1String("style"))
            m_style->goToFirstFinding();
        Q_EMIT fieldRequested(field);
    };
    connect(m_list, &QListWidget::itemActivated, this, go);
    connect(m_list, &QListWidget::itemClicked, this, go);
    connect(&session, &EditSession::opened, this, &ChecklistPanel::refresh);
    connect(&session, &EditSession::metadataChanged, this, &ChecklistPanel::refresh);
    connect(&session, &EditSession::saved, this, &ChecklistPanel::refresh);
    connect(&session, &EditSession::closed, this, &ChecklistPanel::clear);
    connect(&spelling, &SpellingController::findingsChanged, this, &ChecklistPanel::refresh);
    connect(&review, &ReviewController::threadsChanged, this, &ChecklistPanel::refresh);
}

void ChecklistPanel::followStyle(StyleController &style)
{
    m_style = &style;
    connect(&style, &StyleController::findingsChanged, this, &ChecklistPanel::refresh);
    refresh();
}

void ChecklistPanel::refresh()
{
    if (!m_session.hasArticle())
        return;
    // The article as the author sees it (the text may be ahead of the store), with the same
    // spelling count `feder check` reports.
    m_items = Checklist::run(m_store, m_session.current(), m_spelling.findingCount(),
                             m_style ? std::optional<int>(m_style->findingCount()) : std::nullopt);
    m_list->clear();
    int blocking = 0;
    for (const CheckItem &item : std::as_const(m_items)) {
        if (item.rule == QLatin1String("style")) { // the „Stil“ section: typography, a hint
            auto *heading = new QListWidgetItem(tr("Style"));
            heading->setFlags(Qt::ItemIsEnabled); // not selectable, not greyed out
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_list->addItem(heading);
        }
        auto *row = new QListWidgetItem(item.message);
        row->setData(kRuleRole, item.rule);
        row->setData(kFieldRole, item.field);
        row->setToolTip(tr("Click to go to the field (%1)").arg(item.field));
        row->setIcon(style()->standardIcon(item.isBlocking() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        if (item.isBlocking()) {
            ++blocking;
            QFont bold = row->font();
            bold.setBold(true);
            row->setFont(bold);
        }
        m_list->addItem(row);
    }
    if (m_items.isEmpty())
        m_summary->setText(tr("Everything is ready for export."));
    else if (blocking > 0)
        m_summary->setText(tr("%n item(s) block the export.", nullptr, blocking));
    else
        m_summary->setText(tr("Ready for export, with %n hint(s).", nullptr, int(m_items.size())));
}

void ChecklistPanel::clear()
{
    m_items.clear();
    m_list->clear();
    m_summary->clear();
}

} // namespace feder::ui
