#!/usr/bin/env python3
"""Fills resources/translations/feder_de.ts with the reviewed German texts below.

Run after `cmake --build build --target update_translations` added new source strings:
    python3 scripts/translations_de.py
Strings without a German text here are reported and stay unfinished, so nothing is
shipped half-translated without notice. Qt Linguist can edit the .ts file just as well.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources/translations/feder_de.ts"

GERMAN = {
    # Article files
    "invalid UTF-8": "ungültiges UTF-8",
    "the file contains a NUL character (not a text file?)": "die Datei enthält ein NUL-Zeichen (keine Textdatei?)",
    "'%1' must be text": "„%1“ muss Text sein",
    "missing front matter: the file must start with a '---' line, then at least 'title:', then '---'":
        "Front Matter fehlt: Die Datei muss mit einer Zeile „---“ beginnen, dann mindestens „title:“, dann „---“",
    "unterminated front matter: no closing '---' line": "Front Matter nicht abgeschlossen: die schließende Zeile „---“ fehlt",
    "invalid front matter: %1": "ungültiges Front Matter: %1",
    "missing title: the front matter is empty": "Titel fehlt: Das Front Matter ist leer",
    "the front matter must be a list of 'key: value' lines": "das Front Matter muss aus Zeilen „Schlüssel: Wert“ bestehen",
    "front-matter keys must be plain words": "Schlüssel im Front Matter müssen einfache Wörter sein",
    "'%1' appears twice": "„%1“ kommt zweimal vor",
    "invalid slug '%1': use lower-case letters a-z, digits and single hyphens":
        "ungültiger Slug „%1“: bitte Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche verwenden",
    "unknown language '%1' (use one of: %2)": "unbekannte Sprache „%1“ (erlaubt: %2)",
    "unknown status '%1' (use one of: %2)": "unbekannter Status „%1“ (erlaubt: %2)",
    "'related' must be a list of slugs, e.g. [slug-a, slug-b]": "„related“ muss eine Liste von Slugs sein, z. B. [slug-a, slug-b]",
    "invalid related slug '%1'": "ungültiger Slug „%1“ in „related“",
    "related slug '%1' is listed twice": "„%1“ steht zweimal in „related“",
    "unknown front-matter key '%1' (kept as it is)": "unbekannter Schlüssel „%1“ im Front Matter (bleibt erhalten)",
    "missing title: the front matter needs 'title:'": "Titel fehlt: Das Front Matter braucht „title:“",
    "cannot derive a slug from the title; add 'slug:'": "aus dem Titel lässt sich kein Slug bilden; bitte „slug:“ angeben",
    "the article lists itself as related": "der Artikel nennt sich selbst als verwandten Artikel",
    # Command line
    "The store file (default: $FEDER_STORE, else %1).": "Die Store-Datei (Standard: $FEDER_STORE, sonst %1).",
    "Print JSON.": "JSON ausgeben.",
    "Import Markdown articles (files or folders) into the store.": "Markdown-Artikel (Dateien oder Ordner) in den Store importieren.",
    ".md files or folders of them": ".md-Dateien oder Ordner mit solchen",
    "feder import: name at least one file or folder": "feder import: bitte mindestens eine Datei oder einen Ordner angeben",
    "warning: ": "Warnung: ",
    "feder import: no .md files found": "feder import: keine .md-Dateien gefunden",
    "List the articles in the store.": "Die Artikel im Store auflisten.",
    "Print an article as Markdown with front matter (imports back losslessly).":
        "Einen Artikel als Markdown mit Front Matter ausgeben (verlustfrei wieder importierbar).",
    "the article": "der Artikel",
    "feder show: name exactly one slug": "feder show: bitte genau einen Slug angeben",
    "feder show: no article with slug '%1'": "feder show: kein Artikel mit dem Slug „%1“",
    "The pre-export checklist of an article; exit 1 when a blocking item fails.":
        "Die Prüfliste eines Artikels vor dem Export; Exit-Code 1 bei blockierenden Punkten.",
    "feder check: name exactly one slug": "feder check: bitte genau einen Slug angeben",
    "feder check: no article with slug '%1'": "feder check: kein Artikel mit dem Slug „%1“",
    "The folder to write to.": "Der Zielordner.",
    "Export articles as self-contained HTML bundles (OUT/SLUG/ or OUT/SLUG.zip).":
        "Artikel als eigenständige HTML-Pakete exportieren (OUT/SLUG/ oder OUT/SLUG.zip).",
    "Write SLUG.zip instead of a folder.": "SLUG.zip statt eines Ordners schreiben.",
    "the articles": "die Artikel",
    "Export every article (or those with --status) plus an index page.":
        "Alle Artikel (oder die mit --status) samt Übersichtsseite exportieren.",
    "Only articles with this status.": "Nur Artikel mit diesem Status.",
    "feder export-site: --out DIR is required": "feder export-site: --out ORDNER fehlt",
    # Export
    "%1: cannot create the folder": "%1: Der Ordner kann nicht angelegt werden",
    "unsafe bundle name '%1'": "unsicherer Paketname „%1“",
    "unsafe path '%1' in bundle %2": "unsicherer Pfad „%1“ im Paket %2",
    "%1: cannot write (%2)": "%1: kann nicht geschrieben werden (%2)",
    "%1: cannot move the export into place": "%1: Der Export kann nicht an seinen Platz verschoben werden",
    "%1 exists already; use --force to replace it": "%1 existiert schon; mit --force wird es ersetzt",
    "%1: cannot replace the file": "%1: Die Datei kann nicht ersetzt werden",
    "%1: cannot move the previous export aside": "%1: Der bisherige Export kann nicht beiseitegelegt werden",
    "%1: cannot move the export into place; the previous export is unchanged":
        "%1: Der Export kann nicht an seinen Platz verschoben werden; der bisherige Export ist unverändert",
    "%1: cannot create a temporary folder (%2)": "%1: Ein temporärer Ordner kann nicht angelegt werden (%2)",
    "%1: cannot create the zip file": "%1: Die ZIP-Datei kann nicht angelegt werden",
    "%1: cannot add %2 to the zip file": "%1: %2 kann nicht in die ZIP-Datei geschrieben werden",
    "%1: cannot write the zip file": "%1: Die ZIP-Datei kann nicht geschrieben werden",
    "no article with slug '%1'": "kein Artikel mit dem Slug „%1“",
    "the store has no articles": "der Store enthält keine Artikel",
    "no articles with status '%1'": "keine Artikel mit dem Status „%1“",
    "%1: cannot create a temporary folder": "%1: Ein temporärer Ordner kann nicht angelegt werden",
    "two articles would be written to the same folder '%1'": "zwei Artikel würden in denselben Ordner „%1“ geschrieben",
    "export cancelled; nothing was changed": "Export abgebrochen; nichts wurde verändert",
    # GUI start
    "The store file.": "Die Store-Datei.",
    "Feder": "Feder",
    "The store cannot be opened:\n%1": "Der Store lässt sich nicht öffnen:\n%1",
    # Import
    "the file is empty": "die Datei ist leer",
    "not a PNG, JPEG, GIF or WebP image": "kein PNG-, JPEG-, GIF- oder WebP-Bild",
    "the image cannot be read (%1)": "das Bild lässt sich nicht lesen (%1)",
    "cannot read '%1' (%2)": "„%1“ lässt sich nicht lesen (%2)",
    "'%1' is too large (%2 MB)": "„%1“ ist zu groß (%2 MB)",
    "teaser image '%1' is not in this store": "das Teaserbild „%1“ ist nicht in diesem Store",
    "invalid asset reference '%1' (expected asset:SHA256)": "ungültiger Bildverweis „%1“ (erwartet: asset:SHA256)",
    "teaser image '%1' not found": "Teaserbild „%1“ nicht gefunden",
    "teaser image '%1' is not a file": "Teaserbild „%1“ ist keine Datei",
    "teaser image '%1' is not an image: %2": "Teaserbild „%1“ ist kein Bild: %2",
    "no such file or folder": "Datei oder Ordner nicht gefunden",
    "slug '%1' is also used by %2": "der Slug „%1“ wird auch von %2 verwendet",
    "related article '%1' is not in the store": "der verwandte Artikel „%1“ ist nicht im Store",
    # Rendering
    "External image (not loaded): %1": "Externes Bild (nicht geladen): %1",
    "Image not in the store: %1": "Bild nicht im Store: %1",
    # Spelling
    "dictionary files not found: %1": "Wörterbuchdateien nicht gefunden: %1",
    "dictionary %1 uses the unsupported encoding %2": "das Wörterbuch %1 verwendet die nicht unterstützte Kodierung %2",
    "no %1 dictionary found (looked in %2); spellcheck is off for this language":
        "kein Wörterbuch für %1 gefunden (gesucht in %2); die Rechtschreibprüfung ist für diese Sprache aus",
    # Store
    "%1: not a Feder store (the file is not an SQLite database)": "%1: kein Feder-Store (die Datei ist keine SQLite-Datenbank)",
    "%1: the store is read-only; nothing was written": "%1: der Store ist schreibgeschützt; nichts wurde geschrieben",
    "%1: cannot open the store (%2)": "%1: der Store lässt sich nicht öffnen (%2)",
    "%1: the store is busy (another program is writing to it)": "%1: der Store ist belegt (ein anderes Programm schreibt gerade)",
    "%1: the disk is full; nothing was written": "%1: der Datenträger ist voll; nichts wurde geschrieben",
    "%1: the store is damaged (%2)": "%1: der Store ist beschädigt (%2)",
    "%1: the store was written by a newer Feder (schema version %2, this Feder knows up to %3)":
        "%1: der Store stammt von einer neueren Feder-Version (Schema %2, diese Version kennt bis %3)",
    "%1: the store needs an upgrade from schema version %2 but is read-only":
        "%1: der Store muss von Schema %2 aktualisiert werden, ist aber schreibgeschützt",
    "teaser image %1 is not in the store": "das Teaserbild %1 ist nicht im Store",
    "the article was deleted meanwhile": "der Artikel wurde inzwischen gelöscht",
    "the slug '%1' is already used by another article": "der Slug „%1“ gehört schon zu einem anderen Artikel",
    "a comment needs a non-empty range inside the text": "ein Kommentar braucht eine nicht leere Textstelle",
    "%1: cannot read the store (%2)": "%1: der Store lässt sich nicht lesen (%2)",
    "%1: not a Feder store (an SQLite database of another program)": "%1: kein Feder-Store (eine SQLite-Datenbank eines anderen Programms)",
    "%1: no such store": "%1: Store nicht gefunden",
    "%1: not a Feder store (not a regular file)": "%1: kein Feder-Store (keine normale Datei)",
    "%1: cannot create the folder for the store": "%1: der Ordner für den Store kann nicht angelegt werden",
    "'%1' exists already; merge the two instead": "„%1“ gibt es schon; bitte die beiden zusammenführen",
    "an author needs a name": "eine Autorin, ein Autor braucht einen Namen",
    "the author still has %n article(s); merge instead": ["die Person hat noch %n Artikel; bitte zusammenführen",
                                                           "die Person hat noch %n Artikel; bitte zusammenführen"],
    "a category needs a name": "eine Kategorie braucht einen Namen",
    "the category still has %n article(s); merge instead": ["die Kategorie hat noch %n Artikel; bitte zusammenführen",
                                                             "die Kategorie hat noch %n Artikel; bitte zusammenführen"],
    "the new order must name every category exactly once": "die neue Reihenfolge muss jede Kategorie genau einmal nennen",
    # Library
    "Draft": "Entwurf",
    "In review": "In Prüfung",
    "Revision": "Überarbeitung",
    "Approved": "Freigegeben",
    "Published": "Veröffentlicht",
    "%n min.": ["%n Min.", "%n Min."],
    "Title": "Titel",
    "Author": "Autor/in",
    "Category": "Kategorie",
    "Status": "Status",
    "Reading time": "Lesezeit",
    "Last change": "Letzte Änderung",
    "Delete “%1”": "„%1“ löschen",
    "Delete article": "Artikel löschen",
    "Move “%1” to the trash?\nYou can undo this (Edit ▸ Undo).":
        "„%1“ in den Papierkorb verschieben?\nDas lässt sich rückgängig machen (Bearbeiten ▸ Rückgängig).",
    "Search title, excerpt and text…": "Titel, Anreißer und Text durchsuchen …",
    "All statuses": "Alle Status",
    "New": "Neu",
    "Create a new article": "Neuen Artikel anlegen",
    "Duplicate": "Duplizieren",
    "Copy the selected article": "Den gewählten Artikel kopieren",
    "Delete": "Löschen",
    "Move the selected article to the trash": "Den gewählten Artikel in den Papierkorb verschieben",
    "All categories": "Alle Kategorien",
    "New article": "Neuer Artikel",
    "Copy of %1": "Kopie von %1",
    # Checklist
    "Click to go to the field (%1)": "Klicken, um zum Feld zu springen (%1)",
    "Everything is ready for export.": "Alles bereit für den Export.",
    "%n item(s) block the export.": ["%n Punkt blockiert den Export.", "%n Punkte blockieren den Export."],
    "Ready for export, with %n hint(s).": ["Bereit für den Export, mit %n Hinweis.", "Bereit für den Export, mit %n Hinweisen."],
    # Export dialogs
    "Export to folder": "In Ordner exportieren",
    "Checklist": "Prüfliste",
    "The checklist has blocking items:\n\n%1": "Die Prüfliste hat blockierende Punkte:\n\n%1",
    "Export anyway": "Trotzdem exportieren",
    "Replace export": "Export ersetzen",
    "%1 exists already. Replace it?": "%1 existiert schon. Ersetzen?",
    "Export finished": "Export abgeschlossen",
    "Exported to %1": "Exportiert nach %1",
    "Open folder": "Ordner öffnen",
    "Open page": "Seite öffnen",
    "Exporting…": "Exportiere …",
    "Cancel": "Abbrechen",
    "Export failed": "Export fehlgeschlagen",
    # Main window
    "Library": "Bibliothek",
    "Metadata": "Metadaten",
    "&File": "&Datei",
    "&New article": "&Neuer Artikel",
    "&Save": "&Speichern",
    "&Export…": "&Exportieren …",
    "Export &website…": "&Website exportieren …",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "Undo metadata": "Metadaten rückgängig",
    "Redo metadata": "Metadaten wiederherstellen",
    "Undo": "Rückgängig",
    "Redo": "Wiederherstellen",
    "&Duplicate article": "Artikel &duplizieren",
    "Move article to &trash": "Artikel in den &Papierkorb",
    "&Search articles": "Artikel &suchen",
    "&Store": "&Redaktion",
    "&Authors…": "&Autorinnen und Autoren …",
    "&Categories…": "&Kategorien …",
    "Empty the &trash": "Papierkorb &leeren",
    "Empty the trash": "Papierkorb leeren",
    "Delete %n article(s) in the trash for good?": ["%n Artikel im Papierkorb endgültig löschen?",
                                                    "%n Artikel im Papierkorb endgültig löschen?"],
    "&View": "&Ansicht",
    "&Preview": "&Vorschau",
    "Saved": "Gespeichert",
    "No article": "Kein Artikel",
    "%1[*] — Feder": "%1[*] – Feder",
    "Unsaved changes": "Ungespeicherte Änderungen",
    "Not saved": "Nicht gespeichert",
    "Saving failed: %1": "Speichern fehlgeschlagen: %1",
    "The article could not be saved. Close anyway and lose the changes?":
        "Der Artikel konnte nicht gespeichert werden. Trotzdem schließen und die Änderungen verwerfen?",
    # Metadata panel
    "Choose image…": "Bild wählen …",
    "Remove": "Entfernen",
    "German (Germany)": "Deutsch (Deutschland)",
    "German (Austria)": "Deutsch (Österreich)",
    "German (Switzerland)": "Deutsch (Schweiz)",
    "English (US)": "Englisch (USA)",
    "Generate from first paragraph": "Aus erstem Absatz erzeugen",
    "Order…": "Reihenfolge …",
    "Edit the categories and their order": "Kategorien und ihre Reihenfolge bearbeiten",
    "Slug": "Slug",
    "Role": "Rolle",
    "Language": "Sprache",
    "Excerpt": "Anreißer",
    "Teaser image": "Teaserbild",
    "Alt text": "Alternativtext",
    "SEO title": "SEO-Titel",
    "SEO description": "SEO-Beschreibung",
    "Related": "Verwandte Artikel",
    "Change role": "Rolle ändern",
    "Change alt text": "Alternativtext ändern",
    "Change SEO title": "SEO-Titel ändern",
    "Change author": "Autor/in ändern",
    "Change category": "Kategorie ändern",
    "Change status": "Status ändern",
    "Change language": "Sprache ändern",
    "Change related articles": "Verwandte Artikel ändern",
    "Excerpts over %1 characters get cut off in teaser lists.": "Anreißer über %1 Zeichen werden in Teaserlisten abgeschnitten.",
    "Alt texts over %1 characters are hard to listen to.": "Alternativtexte über %1 Zeichen sind schwer anzuhören.",
    "Search engines show about %1 characters.": "Suchmaschinen zeigen etwa %1 Zeichen.",
    "Replace image…": "Bild ersetzen …",
    "No image": "Kein Bild",
    "An article needs a title.": "Ein Artikel braucht einen Titel.",
    "Change title": "Titel ändern",
    "“%1” is not a valid slug: use lower-case letters a–z, digits and single hyphens.":
        "„%1“ ist kein gültiger Slug: bitte Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche verwenden.",
    "The slug “%1” is already used by another article.": "Der Slug „%1“ gehört schon zu einem anderen Artikel.",
    "This article is published: its address changes from “%1” to “%2”, and existing links to it break.":
        "Dieser Artikel ist veröffentlicht: Seine Adresse ändert sich von „%1“ zu „%2“, bestehende Links darauf funktionieren nicht mehr.",
    "Change slug": "Slug ändern",
    "Change excerpt": "Anreißer ändern",
    "Change SEO description": "SEO-Beschreibung ändern",
    "The text has no paragraph to take an excerpt from yet.": "Der Text hat noch keinen Absatz, aus dem sich ein Anreißer erzeugen lässt.",
    "Choose teaser image": "Teaserbild wählen",
    "Images (*.png *.jpg *.jpeg *.gif *.webp)": "Bilder (*.png *.jpg *.jpeg *.gif *.webp)",
    "%1 cannot be read: %2": "%1 lässt sich nicht lesen: %2",
    "%1 is not an image Feder can use: %2": "%1 ist kein Bild, das Feder verwenden kann: %2",
    "Add teaser image": "Teaserbild hinzufügen",
    "Replace teaser image": "Teaserbild ersetzen",
    "Remove teaser image": "Teaserbild entfernen",
    # Names dialog
    "Authors": "Autorinnen und Autoren",
    "Categories": "Kategorien",
    "Role, e.g. Digital Transformation Lead, Public Sector": "Rolle, z. B. Digital Transformation Lead, Public Sector",
    "Rename…": "Umbenennen …",
    "Merge into…": "Zusammenführen mit …",
    "Up": "Nach oben",
    "Down": "Nach unten",
    "Rename": "Umbenennen",
    "New name:": "Neuer Name:",
    "Merge": "Zusammenführen",
    "Merge “%1” into:": "„%1“ zusammenführen mit:",
    "Used by %n article(s).": ["Von %n Artikel verwendet.", "Von %n Artikeln verwendet."],
    # Preview
    "Desktop": "Desktop",
    "Smartphone": "Smartphone",
    "Teaser card": "Teaserkarte",
    "Add related article: type a title…": "Verwandten Artikel hinzufügen: Titel eingeben …",
    "missing: %1": "fehlt: %1",
    "This article is not in the store (deleted or not imported yet).": "Dieser Artikel ist nicht im Store (gelöscht oder noch nicht importiert).",
    "the page could not be rendered": "die Seite ließ sich nicht darstellen",
    "nothing was painted": "es wurde nichts gezeichnet",
    "cannot write %1": "%1 kann nicht geschrieben werden",
    # Spellcheck and review on the command line
    "cannot read (%1)": "kann nicht gelesen werden (%1)",
    "Spellcheck Markdown files (German business prose); exit 0 clean, 1 findings, 2 error.":
        "Markdown-Dateien prüfen (deutsche Geschäftstexte); Exit-Code 0 fehlerfrei, 1 Funde, 2 Fehler.",
    "Language: de-DE, de-AT, de-CH or en-US (default: the file's language, else de-DE).":
        "Sprache: de-DE, de-AT, de-CH oder en-US (Standard: die Sprache der Datei, sonst de-DE).",
    ".md files or folders": ".md-Dateien oder Ordner",
    "feder spellcheck: name at least one file": "feder spellcheck: bitte mindestens eine Datei angeben",
    "feder spellcheck: unknown language '%1' (use one of: %2)": "feder spellcheck: unbekannte Sprache „%1“ (erlaubt: %2)",
    "The personal dictionary: list, add WORD..., remove WORD..., import FILE, export FILE.":
        "Das persönliche Wörterbuch: list, add WORT..., remove WORT..., import DATEI, export DATEI.",
    "feder dictionary: unknown action '%1'": "feder dictionary: unbekannte Aktion „%1“",
    "feder dictionary %1: name at least one word or file": "feder dictionary %1: bitte mindestens ein Wort oder eine Datei angeben",
    "List review threads (open ones unless --all), or add, reply, resolve, reopen.":
        "Kommentare auflisten (offene, mit --all alle) oder hinzufügen, beantworten, erledigen, wieder öffnen.",
    "word list %1 cannot be read": "die Wortliste %1 lässt sich nicht lesen",
    "a comment needs a text": "ein Kommentar braucht einen Text",
    "a reply needs a text": "eine Antwort braucht einen Text",
    "no such comment thread": "diesen Kommentar gibt es nicht",
    # Spelling and review in the window
    "Spelling": "Rechtschreibung",
    "Review": "Review",
    "Add &comment": "&Kommentar hinzufügen",
    "Next comment": "Nächster Kommentar",
    "Previous comment": "Vorheriger Kommentar",
    "Your name": "Ihr Name",
    "Name shown with your comments:": "Name, der bei Ihren Kommentaren steht:",
    "Comment:": "Kommentar:",
    "Comment on “%1”": "Kommentar zu „%1“",
    "Reply": "Antworten",
    "Open": "Offen",
    "Resolved": "Erledigt",
    "All": "Alle",
    "Resolve": "Erledigt",
    "Reopen": "Wieder öffnen",
    "Reference deleted: “%1”": "Bezug gelöscht: „%1“",
    "(resolved)": "(erledigt)",
    "(no suggestions)": "(keine Vorschläge)",
    "Add to dictionary": "Zum Wörterbuch hinzufügen",
    "Ignore in this article": "Im Artikel ignorieren",
    "Next occurrence": "Nächste Stelle",
    "Replace all": "Alle ersetzen",
    "Language:": "Sprache:",
    "No spelling findings.": "Keine Rechtschreibfunde.",
    "%n finding(s)": ["%n Fund", "%n Funde"],
    # Revisions, workflow, review files
    "the revision or its article no longer exists": "die Version oder ihr Artikel existiert nicht mehr",
    "not a review file (%1)": "keine Review-Datei (%1)",
    "not a Feder review file": "keine Feder-Review-Datei",
    "written by a newer Feder (review format %1)": "von einer neueren Feder-Version geschrieben (Review-Format %1)",
    "the text of '%1' differs from yours; your text was kept, comments were placed on it":
        "der Text von „%1“ weicht von Ihrem ab; Ihr Text wurde behalten, die Kommentare wurden daran verankert",
    "saved": "gespeichert",
    "after 10 minutes of editing": "nach 10 Minuten Bearbeitung",
    "before import": "vor dem Import",
    "status change": "Statuswechsel",
    "before restoring": "vor der Wiederherstellung",
    "History": "Verlauf",
    "Name the revision": "Version benennen",
    "Name:": "Name:",
    "Compare": "Vergleichen",
    "Restore": "Wiederherstellen",
    "Name…": "Benennen …",
    "Revisions (select one or two)": "Versionen (eine oder zwei auswählen)",
    "Workflow": "Workflow",
    "Restore this revision? The current state is kept as a revision.":
        "Diese Version wiederherstellen? Der aktuelle Stand bleibt als Version erhalten.",
    "No changes.": "Keine Änderungen.",
    "Text": "Text",
    "Export for review…": "Für Review exportieren …",
    "Import review…": "Review importieren …",
    "&History…": "&Verlauf …",
    "Export for review": "Für Review exportieren",
    "Feder review (*.federreview)": "Feder-Review (*.federreview)",
    "Exported for review: %1": "Für Review exportiert: %1",
    "Import review": "Review importieren",
    "%n comment(s) added": ["%n Kommentar hinzugefügt", "%n Kommentare hinzugefügt"],
    "%n reply(ies) added": ["%n Antwort hinzugefügt", "%n Antworten hinzugefügt"],
    "%n updated.": ["%n aktualisiert.", "%n aktualisiert."],
    "Approve article": "Artikel freigeben",
    "Only %1 can edit this comment.": "Nur %1 kann diesen Kommentar bearbeiten.",
    "Edit comment": "Kommentar bearbeiten",
    "Only %1 can delete this comment.": "Nur %1 kann diesen Kommentar löschen.",
    "Edit": "Bearbeiten",
    "comments can go on the text or on: %1": "Kommentare gehören zum Text oder zu: %1",
    "%n review comment(s) are still open. Approve anyway?": ["%n Kommentar ist noch offen. Trotzdem freigeben?",
                                                              "%n Kommentare sind noch offen. Trotzdem freigeben?"],
    # Store safety: lock, damage, backups (issue 10)
    "unknown front-matter keys that cannot be kept as they are (control characters?); remove them or put their values in quotes":
        "unbekannte Schlüssel im Front Matter, die sich nicht unverändert erhalten lassen (Steuerzeichen?); bitte entfernen oder die Werte in Anführungszeichen setzen",
    "Create an empty store (also in an existing empty file).": "Einen leeren Store anlegen (auch in einer vorhandenen leeren Datei).",
    "Copy the store with SQLite's online backup (safe while Feder is open).":
        "Den Store mit der Online-Sicherung von SQLite kopieren (sicher, auch während Feder geöffnet ist).",
    "The backup file to write.": "Die zu schreibende Sicherungsdatei.",
    "Replace an existing backup file.": "Eine vorhandene Sicherungsdatei ersetzen.",
    "feder backup: --out FILE is required": "feder backup: --out DATEI fehlt",
    "feder backup: --out must not be the store itself": "feder backup: --out darf nicht der Store selbst sein",
    "Replace the store by a backup; the current file is kept beside it.":
        "Den Store durch eine Sicherung ersetzen; die bisherige Datei bleibt daneben erhalten.",
    "The backup file.": "Die Sicherungsdatei.",
    "feder restore: --from FILE is required": "feder restore: --from DATEI fehlt",
    "Run SQLite's integrity_check on the store (exit 1: damaged).":
        "Den Store mit SQLites integrity_check prüfen (Exit-Code 1: beschädigt).",
    "%1 is a symbolic link; Feder does not export through links (choose the folder it points to)":
        "%1 ist ein symbolischer Link; Feder exportiert nicht über Links (bitte den Ordner wählen, auf den er zeigt)",
    "the comment id %1 belongs to another article in this store": "die Kommentar-ID %1 gehört in diesem Store zu einem anderen Artikel",
    "the comment id %1 is a %2 here but a %3 in the package": "die Kommentar-ID %1 ist hier ein(e) %2, im Paket aber ein(e) %3",
    "the article id %1 belongs to '%2' in this store, not to '%3'": "die Artikel-ID %1 gehört in diesem Store zu „%2“, nicht zu „%3“",
    "missing": "fehlt",
    "expected an object": "Objekt erwartet",
    "expected a list": "Liste erwartet",
    "more than %1 entries": "mehr als %1 Einträge",
    "expected text": "Text erwartet",
    "longer than %1 characters": "länger als %1 Zeichen",
    "expected a whole number of at least 0": "ganze Zahl ab 0 erwartet",
    "not a UUID: '%1'": "keine UUID: „%1“",
    "not a time: '%1'": "keine Zeitangabe: „%1“",
    "expected open or resolved": "„open“ oder „resolved“ erwartet",
    "not a field that takes comments: '%1'": "kein kommentierbares Feld: „%1“",
    "before start": "liegt vor dem Anfang",
    "the article's teaser image is missing from the package": "das Teaserbild des Artikels fehlt im Paket",
    "not valid base64": "kein gültiges Base64",
    "the bytes do not match their SHA-256": "die Bytes passen nicht zu ihrem SHA-256",
    "the id %1 occurs twice in the package": "die ID %1 kommt im Paket zweimal vor",
    "larger than %1 MiB": "größer als %1 MiB",
    "expected a whole number of at least 1": "ganze Zahl ab 1 erwartet",
    "expected asset:SHA256, found '%1'": "asset:SHA256 erwartet, gefunden: „%1“",
    "larger than %1 MiB; not read": "größer als %1 MiB; nicht gelesen",
    "%1: the store is damaged (%2); nothing was written. Restore a backup (feder backup, or the app's daily backups).":
        "%1: Der Store ist beschädigt (%2); es wurde nichts geschrieben. Bitte eine Sicherung wiederherstellen (feder backup oder die täglichen Sicherungen der App).",
    "%1: the file is empty, not a Feder store (feder init --store FILE makes it one)":
        "%1: Die Datei ist leer und kein Feder-Store (feder init --store DATEI macht einen daraus)",
    "%1: the file is empty, not a Feder store": "%1: Die Datei ist leer und kein Feder-Store",
    "%1: the store is in use by %2 (process %3 on %4); close it there and try again. Nothing was written.":
        "%1: Der Store wird von %2 benutzt (Prozess %3 auf %4); bitte dort schließen und erneut versuchen. Es wurde nichts geschrieben.",
    "%1: cannot take the store's lock file %2 (%3); nothing was written":
        "%1: Die Sperrdatei %2 des Stores lässt sich nicht anlegen (%3); es wurde nichts geschrieben",
    "%1: cannot move it aside; nothing was changed": "%1: kann nicht beiseitegelegt werden; es wurde nichts geändert",
    "%1: the backup failed (%2); nothing was written": "%1: Die Sicherung ist fehlgeschlagen (%2); es wurde nichts geschrieben",
    "%1: cannot write the backup": "%1: Die Sicherung kann nicht geschrieben werden",
    "%1: cannot create the backup folder": "%1: Der Sicherungsordner kann nicht angelegt werden",
    "%1: the backup is damaged too (%2); nothing was changed": "%1: Auch die Sicherung ist beschädigt (%2); es wurde nichts geändert",
    "%1: cannot copy the backup beside the store; nothing was changed":
        "%1: Die Sicherung kann nicht neben den Store kopiert werden; es wurde nichts geändert",
    "%1: cannot put the backup in place; the previous store is %2":
        "%1: Die Sicherung kann nicht an ihren Platz gelegt werden; der bisherige Store liegt unter %2",
    "changed elsewhere, replaced by the editor's text": "anderswo geändert, durch den Text im Editor ersetzt",
    "Restore a &backup…": "Sicherung &wiederherstellen …",
    "Changed elsewhere": "Anderswo geändert",
    "This article had been changed outside this window. Your text was saved; the other version is kept in the history (Edit ▸ History…).":
        "Dieser Artikel wurde außerhalb dieses Fensters geändert. Ihr Text wurde gespeichert; die andere Fassung ist im Verlauf erhalten (Bearbeiten ▸ Verlauf …).",
    "Read-only: %1": "Schreibgeschützt: %1",
    "%1[*] — Feder (read-only)": "%1[*] — Feder (schreibgeschützt)",
    "%1\n\nOpen it read-only? You can read and export, but not change anything.":
        "%1\n\nSchreibgeschützt öffnen? Sie können lesen und exportieren, aber nichts ändern.",
    "another Feder (process %1) has this store open": "ein anderes Feder (Prozess %1) hat diesen Store geöffnet",
    "the store file is read-only": "die Store-Datei ist schreibgeschützt",
    "The store is damaged. Feder does not write to it.\n\n%1": "Der Store ist beschädigt. Feder schreibt nicht hinein.\n\n%1",
    "Restore a backup…": "Sicherung wiederherstellen …",
    "There is no backup in %1.": "In %1 gibt es keine Sicherung.",
    "Restore a backup": "Sicherung wiederherstellen",
    "Backup of:": "Sicherung vom:",
    "There is no backup yet in %1.": "In %1 gibt es noch keine Sicherung.",
    "Replace the store by the backup of (the current store is kept beside it):":
        "Den Store ersetzen durch die Sicherung vom (der bisherige Store bleibt daneben erhalten):",
    "The backup was restored.": "Die Sicherung wurde wiederhergestellt.",
    "The backup was restored. The previous store is kept as %1.": "Die Sicherung wurde wiederhergestellt. Der bisherige Store liegt unter %1.",
    "the front matter contains the noncharacter U+%1; remove it": "das Front Matter enthält das Nichtzeichen U+%1; bitte entfernen",
    "'%1' in this store is another article than the one in the package (different id); nothing was imported":
        "„%1“ ist in diesem Store ein anderer Artikel als der im Paket (andere ID); es wurde nichts importiert",
    "the folder is not writable": "der Ordner ist nicht beschreibbar",
    "unknown error": "unbekannter Fehler",
    "%1: not a Feder store; nothing was changed": "%1: kein Feder-Store; es wurde nichts geändert",
    # issue 13 / 11.7 (spelling)
    "Choose a replacement": "Ersatz wählen",
    "Looking for suggestions…": "Vorschläge werden gesucht …",
    "Export running": "Export läuft",
    "An export is still running. Cancel it and close? The previous export stays as it was.":
        "Ein Export läuft noch. Abbrechen und schließen? Der vorige Export bleibt, wie er war.",
    "status changed to %1": "Status geändert auf „%1“",
    "the page is %1 px tall; a snapshot shows at most %2 px, so nothing was written":
        "die Seite ist %1 px hoch; ein Schnappschuss zeigt höchstens %2 px, daher wurde nichts geschrieben",
    # issue 11 (GUI)
    "Your comment…": "Ihr Kommentar …",
    "Ctrl+Enter to submit, Enter for a new line, Esc to cancel.":
        "Strg+Enter sendet, Enter beginnt eine neue Zeile, Esc bricht ab.",
    "Comment": "Kommentieren",
    "No revisions yet – a revision is taken when you save with Ctrl+S, on status changes and on import.":
        "Noch keine Versionen – eine Version entsteht beim Speichern mit Strg+S, bei Statuswechseln und beim Import.",
    "imported, status: %1": "importiert, Status: %1",
    "imported": "importiert",
    "No differences": "Keine Unterschiede",
    "an image": "ein Bild",
    "An article cannot be related to itself.": "Ein Artikel kann nicht mit sich selbst verwandt sein.",
    "There is no article titled “%1”.": "Es gibt keinen Artikel mit dem Titel „%1“.",
    "“%1” is already a related article.": "„%1“ ist schon ein verwandter Artikel.",
    # issue 11 (export, snapshot, plurals)
    "%n open review comment(s). Please reply and resolve them before the article is exported.":
        ["%n offener Kommentar. Bitte beantworten und erledigen, bevor der Artikel exportiert wird.",
         "%n offene Kommentare. Bitte beantworten und erledigen, bevor der Artikel exportiert wird."],
    "%n possible spelling mistake(s). Please check them in the Spelling panel.":
        ["%n möglicher Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen.",
         "%n mögliche Rechtschreibfehler. Bitte im Bereich „Rechtschreibung“ prüfen."],
    "the page's render process ended unexpectedly": "der Darstellungsprozess der Seite wurde unerwartet beendet",
    "the web engine did not paint the page (%1 frames)": "die Web-Engine hat die Seite nicht gezeichnet (%1 Bilder)",
    "the page was not painted completely after %1 frames (%2); no PNG was written":
        "die Seite war nach %1 Bildern nicht vollständig gezeichnet (%2); es wurde kein PNG geschrieben",
    # issue 12
    "&Sidebar": "&Seitenleiste",
    "Se&ttings…": "&Einstellungen…",
    "Settings": "Einstellungen",
    "As the system": "Wie das System",
    "A new language takes effect when Feder is started again.": "Eine andere Sprache gilt ab dem nächsten Start von Feder.",
    "&Language of the interface:": "&Sprache der Oberfläche:",
    # Issue 15: the core's use cases (app/services) say why a write did not happen.
    "The article no longer exists.": "Den Artikel gibt es nicht mehr.",
    "Choose another name to merge into.": "Bitte einen anderen Namen wählen, mit dem zusammengeführt wird.",
    "A comment needs a text.": "Ein Kommentar braucht einen Text.",
    "Select the words the comment is about.": "Bitte die Wörter markieren, um die es im Kommentar geht.",
    "A reply needs a text.": "Eine Antwort braucht einen Text.",
    "The comment no longer exists.": "Den Kommentar gibt es nicht mehr.",
    "A revision needs a name.": "Eine Version braucht einen Namen.",
    # Issue 15: export's two permissions are separate options.
    "Replace existing exports.": "Vorhandene Exporte ersetzen.",
    "Export despite blocking checklist items.": "Trotz blockierender Prüfpunkte exportieren.",
    "Both: --replace and --ignore-checklist.": "Beides: --replace und --ignore-checklist.",
    "feder export: usage: feder export --store FILE --out DIR [--zip] [--replace] [--ignore-checklist] [--force] SLUG...":
        "feder export: Aufruf: feder export --store DATEI --out ORDNER [--zip] [--replace] [--ignore-checklist] [--force] SLUG...",
    "%1 exists already; use --replace to replace it": "%1 existiert schon; mit --replace wird es ersetzt",
    "%1: not exported, the checklist has blocking items (use --ignore-checklist to export anyway):\n%2":
        "%1: nicht exportiert, die Prüfliste hat blockierende Punkte (mit --ignore-checklist trotzdem exportieren):\n%2",
    "%1 exists already and is not empty; use --replace to replace it": "%1 existiert schon und ist nicht leer; mit --replace wird es ersetzt",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        german = GERMAN.get(source)
        if german is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = german if isinstance(german, list) else [german, german]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = german
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
