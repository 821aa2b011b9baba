#include "CommentDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace feder::ui {

CommentDialog::CommentDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit), m_submit(nullptr)
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Your comment…"));
    m_text->installEventFilter(this);
    auto *hint = new QLabel(tr("Ctrl+Enter to submit, Enter for a new line, Esc to cancel."));
    hint->setObjectName(QStringLiteral("commentHint"));
    hint->setStyleSheet(QStringLiteral("color: #5f6368"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_submit = buttons->addButton(tr("Comment"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("commentSubmit"));
    m_submit->setEnabled(false);
    m_submit->setAutoDefault(false); // Enter belongs to the text
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_submit->setEnabled(!text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(480, 240);
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool CommentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            if (!text().isEmpty())
                accept();
            return true; // never a line break
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CommentDialog::ask(QWidget *parent, const QString &title)
{
    CommentDialog dialog(title, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.text() : QString();
}

} // namespace feder::ui
