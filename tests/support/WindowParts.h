#pragma once

// The main window's parts, found by their object names (MainWindow exposes none of them: the
// parts follow the open article by themselves, and tests reach them as a user's tools would).

#include "check/ChecklistPanel.h"
#include "editor/MarkdownEditor.h"
#include "export/ExportController.h"
#include "library/LibraryPanel.h"
#include "mainwindow/Sidebar.h"
#include "metadata/MetadataController.h"
#include "metadata/MetadataPanel.h"
#include "preview/PreviewWidget.h"
#include "review/ReviewController.h"
#include "review/ReviewPanel.h"
#include "session/EditSession.h"
#include "spelling/SpellingController.h"
#include "spelling/SpellingPanel.h"
#include "style/StyleController.h"

#include <QTableView>
#include <QTest>

namespace feder::test {

template <typename Part>
Part &windowPart(QObject &window, const char *objectName)
{
    Part *part = window.findChild<Part *>(QString::fromLatin1(objectName));
    if (!part)
        qFatal("The window has no %s named %s", Part::staticMetaObject.className(), objectName);
    return *part;
}

inline EditSession &session(QObject &window) { return windowPart<EditSession>(window, "editSession"); }
inline ui::MarkdownEditor &editor(QObject &window) { return windowPart<ui::MarkdownEditor>(window, "markdownEditor"); }
inline QTableView &library(QObject &window) { return windowPart<QTableView>(window, "articleLibrary"); }
inline ui::LibraryPanel &libraryPanel(QObject &window) { return windowPart<ui::LibraryPanel>(window, "libraryPanel"); }
inline ui::PreviewWidget &preview(QObject &window) { return windowPart<ui::PreviewWidget>(window, "preview"); }
inline ui::MetadataPanel &metadata(QObject &window) { return windowPart<ui::MetadataPanel>(window, "metadataPanel"); }
inline ui::MetadataController &metadataController(QObject &window)
{
    return windowPart<ui::MetadataController>(window, "metadataController");
}
inline ui::ChecklistPanel &checklist(QObject &window) { return windowPart<ui::ChecklistPanel>(window, "checklistPanel"); }
inline ui::Sidebar &sidebar(QObject &window) { return windowPart<ui::Sidebar>(window, "sidebar"); }
inline ui::ExportController &exporter(QObject &window) { return windowPart<ui::ExportController>(window, "exportController"); }
inline ui::SpellingController &spelling(QObject &window)
{
    return windowPart<ui::SpellingController>(window, "spellingController");
}
inline ui::SpellingPanel &spellingPanel(QObject &window) { return windowPart<ui::SpellingPanel>(window, "spellingPanel"); }
inline ui::StyleController &style(QObject &window) { return windowPart<ui::StyleController>(window, "styleController"); }
inline ui::ReviewController &review(QObject &window) { return windowPart<ui::ReviewController>(window, "reviewController"); }
inline ui::ReviewPanel &reviewPanel(QObject &window) { return windowPart<ui::ReviewPanel>(window, "reviewPanel"); }

} // namespace feder::test
