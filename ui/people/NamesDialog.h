#pragma once

#include "services/NamesService.h"

#include <QDialog>

class QListWidget;
class QLineEdit;
class QLabel;

namespace feder {
class Store;
}

namespace feder::ui {

// Manages the authors or the categories of the store: rename (everywhere at once), merge two
// into one, delete when unused; authors also get their role edited, categories their order.
class NamesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Authors, Categories };

    NamesDialog(Store &store, Kind kind, QWidget *parent = nullptr);

    QListWidget &list() { return *m_list; }
    // The operations behind the buttons, callable without the input dialogs (tests, scripting).
    bool renameCurrent(const QString &newName);
    bool mergeCurrentInto(const QString &targetName);
    bool deleteCurrent();
    bool moveCurrent(int delta);
    bool setCurrentRole(const QString &role);

Q_SIGNALS:
    void changed();

private:
    void reload(qint64 selectId = 0);
    qint64 currentId() const;
    // The store's names through NamesService; a failure is shown, a success announced.
    NamesService names() const;
    bool report(const Outcome &outcome);

    Store &m_store;
    Kind m_kind;
    QListWidget *m_list;
    QLineEdit *m_role;
    QLabel *m_usage;
};

} // namespace feder::ui
