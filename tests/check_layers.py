#!/usr/bin/env python3
"""Feder's layers run one way: a folder may include its own layer and the layers below it, never
one above. This check reads every `#include "..."` under app/, ui/ and main/ and fails, naming
file, line and arrow, when an include runs upward, when the widget-free core (app/) includes a Qt
Widgets or WebEngine header, or when a folder has no layer yet (give a new folder its rank below).

    tests/check_layers.py [ROOT]          check the tree at ROOT (default: this checkout)
    tests/check_layers.py --self-test     prove that the check can fail (ctest runs both)
"""

import os
import re
import sys
import tempfile

# The layer table: folder -> rank. A file may include headers of its own rank or lower. This is
# the one place the layers are written down (the README's architecture map refers to it).
LAYERS = {
    # Domain values and enums, no behaviour beyond pure value logic: Article, ArticleSummary,
    # Author, Category, Asset, AnnotationThread + ThreadState, Anchor, ArticleStatus + labels.
    "app/model": 0,
    # Qt-only helpers with no domain knowledge: background work owned by its requester.
    "app/concurrency": 0,
    # Markdown parsing shared by everything that reads a body: cmark-gfm document, `:::`
    # containers, the visible text and word count.
    "app/markdown": 1,
    # The article as text: the file format (YAML front matter), slugs, excerpts, reading time.
    "app/article": 2,
    # Data -> HTML: body renderer, sanitizer, URL policy, page template. Below the store, so it
    # can never query it: what a page shows besides the body comes from app/page.
    "app/render": 3,
    # Hunspell and the German house rules: tokenizer, checker, suggestions, incremental checks.
    "app/spelling": 3,
    # German typography (quotes, dashes, non-breaking spaces, …) on the visible prose of a body.
    "app/style": 3,
    # The SQLite store: schema, migrations, repositories, backup, lock. Reads and writes rows.
    "app/store": 4,
    # Page assembly: article + related teasers + settings from the store, handed to render/.
    "app/page": 5,
    # The pre-export checklist (uses spelling and the store).
    "app/check": 5,
    # Workflow, revisions, review threads and review packages between machines.
    "app/review": 5,
    # Importing Markdown files and images into the store (records workflow changes).
    "app/import": 5,
    # HTML bundles and the static site export (page assembly + checklist gate).
    "app/export": 6,
    # The German demo articles a new store is seeded with (through the importer).
    "app/seed": 6,
    # Use cases: every write of the GUI and the CLI, one call each (validate, transact, outcome).
    "app/services": 7,
    # The open article (metadata + the editor's text) and getting it back into the store through
    # the services: autosave, Ctrl+S, revisions. Observed by the widgets.
    "app/session": 7,
    # The command line (`feder list`, `feder check`, ...): one command per file.
    "app/cli": 8,
    # The widgets: windows, panels, editor, preview. Everything below may be used, nothing above.
    "ui": 9,
    "ui/check": 9,
    "ui/editor": 9,
    "ui/export": 9,
    "ui/library": 9,
    "ui/mainwindow": 9,
    "ui/metadata": 9,
    # The outline (Gliederung) of the open article's headings.
    "ui/outline": 9,
    "ui/people": 9,
    "ui/preview": 9,
    "ui/review": 9,
    "ui/settings": 9,
    "ui/help": 9,
    "ui/spelling": 9,
    # Typography in the editor (issue 17): underlines, fixes, the „Stil“ count.
    "ui/style": 9,
    # The executable: picks the command line or the editor.
    "main": 10,
}

# Headers generated into the build tree, with the rank of what they hold.
GENERATED = {
    "Version.h": 0,  # app/Version.h.in: the version string, usable everywhere
}

# Where quoted includes are looked up, after the including file's own folder (as the compiler
# does: feder_ui's include path comes before feder_core's).
SEARCH_PATHS = {
    "app": ["app"],
    "ui": ["ui", "app"],
    "main": ["ui", "app"],
}

# The widget-free core must not reach for these (not even through a class header like <QWidget>).
FORBIDDEN_IN_CORE = ("QtWidgets", "QtWebEngineWidgets", "QtWebEngineCore", "QtWebEngineQuick",
                     "QtWebChannel", "QtWebEngine")

SOURCE_SUFFIXES = (".h", ".cpp")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def qt_module_headers(qt_include_dirs):
    """Class headers of the forbidden Qt modules (e.g. QWidget, QWebEngineView), by name."""
    names = {}
    for base in qt_include_dirs:
        for module in FORBIDDEN_IN_CORE:
            folder = os.path.join(base, module)
            if os.path.isdir(folder):
                for entry in os.listdir(folder):
                    names.setdefault(entry, module)
    return names


def default_qt_include_dirs():
    candidates = ["/usr/include/x86_64-linux-gnu/qt6", "/usr/include/aarch64-linux-gnu/qt6", "/usr/include/qt6"]
    return [c for c in candidates if os.path.isdir(c)]


def layer_of(folder):
    """The layer table's key for a folder relative to the root (app/store/x -> app/store)."""
    parts = folder.split("/")
    if parts[0] == "app":
        return "/".join(parts[:2]) if len(parts) > 1 else "app"
    if parts[0] == "ui":
        return "/".join(parts[:2]) if len(parts) > 1 else "ui"
    return parts[0]


def resolve(root, including_dir, target):
    """The repository-relative path an include names, or None when it is not ours."""
    top = including_dir.split("/")[0]
    for base in [including_dir] + SEARCH_PATHS.get(top, []):
        candidate = os.path.normpath(os.path.join(base, target))
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate.replace(os.sep, "/")
    return None


def check(root, qt_include_dirs):
    """Returns the list of problems (strings); empty when the layers hold."""
    problems = []
    forbidden_headers = qt_module_headers(qt_include_dirs)
    for top in ("app", "ui", "main"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            folder = os.path.relpath(dirpath, root).replace(os.sep, "/")
            sources = sorted(f for f in filenames if f.endswith(SOURCE_SUFFIXES))
            if not sources:
                continue
            layer = layer_of(folder)
            if layer not in LAYERS:
                problems.append(f"{folder}/: folder has no layer; give it a rank in LAYERS in tests/check_layers.py")
                continue
            rank = LAYERS[layer]
            for name in sources:
                path = f"{folder}/{name}"
                with open(os.path.join(root, path), encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        quote, target = match.groups()
                        if top == "app":
                            module = target.split("/")[0] if "/" in target else forbidden_headers.get(target)
                            if module in FORBIDDEN_IN_CORE:
                                problems.append(f"{path}:{number}: includes <{target}> ({module}); app/ is the widget-free core")
                                continue
                        if quote != '"':
                            continue
                        resolved = resolve(root, folder, target)
                        if resolved is None:
                            if os.path.basename(target) in GENERATED:
                                continue
                            problems.append(f"{path}:{number}: includes \"{target}\", which is not in the tree")
                            continue
                        target_layer = layer_of(os.path.dirname(resolved))
                        if target_layer not in LAYERS:
                            continue  # reported for its folder
                        if LAYERS[target_layer] > rank:
                            problems.append(f"{path}:{number}: {layer} (rank {rank}) -> {target_layer} (rank {LAYERS[target_layer]}): "
                                            f"includes \"{target}\" from a higher layer")
    return problems


def self_test():
    """The check must fail on an upward include, a widget header in app/, an unknown folder."""
    # name: (files of a fake tree, what the report must say)
    cases = {
        "upward include": ({"app/render/Page.cpp": '#include "store/Store.h"\n', "app/store/Store.h": ""},
                           'app/render/Page.cpp:1: app/render (rank 3) -> app/store (rank 4)'),
        "widget header in the core": ({"app/render/Page.cpp": "#include <QtWidgets/QWidget>\n"},
                                      "app/render/Page.cpp:1: includes <QtWidgets/QWidget>"),
        "web engine header in the core": ({"app/export/Pdf.cpp": "\n#include <QtWebEngineCore/QWebEnginePage>\n"},
                                          "app/export/Pdf.cpp:2: includes <QtWebEngineCore/QWebEnginePage>"),
        "unknown folder": ({"app/gadgets/Gadget.cpp": '#include "model/Article.h"\n', "app/model/Article.h": ""},
                           "app/gadgets/: folder has no layer"),
        "core includes ui": ({"app/cli/Cli.cpp": '#include "../../ui/GuiEntry.h"\n', "ui/GuiEntry.h": ""},
                             "app/cli/Cli.cpp:1: app/cli (rank 8) -> ui (rank 9)"),
    }
    allowed = {"app/store/Store.cpp": '#include "render/Page.h"\n#include "model/Article.h"\n',
               "app/render/Page.h": "", "app/model/Article.h": "", "app/store/Store.h": "",
               "ui/library/Panel.cpp": '#include "Panel.h"\n#include "store/Store.h"\n', "ui/library/Panel.h": ""}
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        def tree(name, files):
            root = os.path.join(scratch, name)
            for path, text in files.items():
                os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
                with open(os.path.join(root, path), "w", encoding="utf-8") as out:
                    out.write(text)
            return root
        if qt_module_headers(default_qt_include_dirs()):  # class-name headers need Qt's include folder
            cases["widget class header in the core"] = ({"app/check/Dialog.cpp": "#include <QDialog>\n"},
                                                        "app/check/Dialog.cpp:1: includes <QDialog> (QtWidgets)")
        for name, (files, expected) in cases.items():
            problems = check(tree(name.replace(" ", "-"), files), default_qt_include_dirs())
            if not any(problem.startswith(expected) for problem in problems):
                failures.append(f"self-test: a tree with a {name} was not reported as \"{expected}…\" but as {problems}")
        # store (4) -> render (3) and model (0) are downward, ui -> app is downward: no problem.
        problems = check(tree("clean", allowed), [])
        if problems:
            failures.append("self-test: the check failed a clean tree: " + "; ".join(problems))
    return failures


def main(argv):
    if argv[1:] == ["--self-test"]:
        failures = self_test()
        for failure in failures:
            print(failure)
        print("check_layers self-test: " + ("FAILED" if failures else "passed"))
        return 1 if failures else 0
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problems = check(root, default_qt_include_dirs())
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_layers: {len(problems)} include(s) break the layers (table: LAYERS in tests/check_layers.py)")
        return 1
    print("check_layers: every include runs downward")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
