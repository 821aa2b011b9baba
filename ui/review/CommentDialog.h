#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace feder::ui {

// Asks for the text of a review comment or reply, as chat and review tools do: the text wraps,
// Enter starts a new line, Ctrl+Enter submits, Esc cancels and keeps nothing.
class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommentDialog(const QString &title, QWidget *parent = nullptr);

    QPlainTextEdit &textField() { return *m_text; }
    QPushButton &submitButton() { return *m_submit; }
    QString text() const;

    // Shows the dialog modally; the text, or an empty string when it was cancelled.
    static QString ask(QWidget *parent, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_text;
    QPushButton *m_submit;
};

} // namespace feder::ui
