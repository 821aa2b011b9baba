#include "ReviewPanel.h"

#include "ReviewController.h"
#include "model/Annotation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kThreadRole = Qt::UserRole + 1;
}

ReviewPanel::ReviewPanel(ReviewController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_filter(new QComboBox), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("Open"), int(ThreadState::Open));
    m_filter->addItem(tr("Resolved"), int(ThreadState::Resolved));
    m_filter->addItem(tr("All"), QVariant()); // no state: every thread
    m_list->setObjectName(QStringLiteral("reviewThreads"));
    m_list->setAccessibleName(tr("Review comments"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    auto *reply = new QPushButton(tr("Reply"));
    auto *resolve = new QPushButton(tr("Resolve"));
    resolve->setObjectName(QStringLiteral("reviewResolve"));
    auto *reopen = new QPushButton(tr("Reopen"));
    auto *edit = new QPushButton(tr("Edit"));
    auto *remove = new QPushButton(tr("Delete"));
    // Three to a row: in one row the five German labels kept the sidebar 455 px wide.
    auto *buttons = new QGridLayout;
    int index = 0;
    for (QPushButton *button : {reply, resolve, reopen, edit, remove}) {
        buttons->addWidget(button, index / 3, index % 3);
        ++index;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(&m_controller, &ReviewController::threadsChanged, this, &ReviewPanel::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewPanel::refresh);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_controller.jumpTo(item->data(kThreadRole).toLongLong());
    });
    connect(reply, &QPushButton::clicked, this, [this] { if (currentThread()) m_controller.reply(currentThread()); });
    connect(resolve, &QPushButton::clicked, this, [this] { if (currentThread()) m_controller.setResolved(currentThread(), true); });
    connect(reopen, &QPushButton::clicked, this, [this] { if (currentThread()) m_controller.setResolved(currentThread(), false); });
    connect(edit, &QPushButton::clicked, this, [this] { if (currentThread()) m_controller.editThread(currentThread()); });
    connect(remove, &QPushButton::clicked, this, [this] { if (currentThread()) m_controller.deleteThread(currentThread()); });
}

qint64 ReviewPanel::currentThread() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(kThreadRole).toLongLong() : 0;
}

void ReviewPanel::refresh()
{
    const qint64 current = currentThread();
    const QVariant wanted = m_filter->currentData();
    m_list->clear();
    for (const AnnotationThread &thread : m_controller.threads()) {
        if (wanted.isValid() && threadStateFromName(thread.state) != ThreadState(wanted.toInt()))
            continue;
        QString text = thread.anchor.orphaned ? tr("Reference deleted: “%1”").arg(thread.anchor.quote)
                                              : QStringLiteral("„%1“").arg(thread.anchor.quote.left(80));
        if (!thread.isOnBody())
            text.prepend(QStringLiteral("[%1] ").arg(thread.field));
        text += QStringLiteral("\n%1 (%2): %3").arg(thread.author, QLocale().toString(thread.created.toLocalTime(), QLocale::ShortFormat), thread.text);
        for (const Comment &reply : thread.replies)
            text += QStringLiteral("\n  ↳ %1: %2").arg(reply.author, reply.text);
        if (thread.isResolved())
            text += QStringLiteral("\n") + tr("(resolved)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kThreadRole, thread.id);
        if (thread.anchor.orphaned)
            item->setForeground(QColor(0xa0, 0x40, 0x00));
        if (thread.id == current)
            m_list->setCurrentItem(item);
    }
}

} // namespace feder::ui
