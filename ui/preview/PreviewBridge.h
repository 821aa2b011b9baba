#pragma once

#include <QObject>

namespace feder::ui {

// The one object the preview's update script can reach (over QWebChannel, in the isolated world).
class PreviewBridge : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void blockClicked(int line) { Q_EMIT lineClicked(line); }
    void pageReady() { Q_EMIT ready(); }

Q_SIGNALS:
    void lineClicked(int line);
    void ready();
};

} // namespace feder::ui
