"""The manual's window: contents on the left, the page, back and forward, and find in page.

It opens no bigger than the screen it is on allows (a 1024x768 office PC included), and its
keys are a browser's: Alt+Left/Right for back and forward, Ctrl+F to find, F3 for the next hit.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ukpbj_desktop.config import APP_NAME
from ukpbj_desktop.ui.help.manual import manual_path, read_outline, section_url
from ukpbj_desktop.ui.widgets import screen_fit
from ukpbj_desktop.ui.widgets.actions import add_action

PREFERRED_SIZE = QSize(960, 700)
CONTENTS_WIDTH = 230
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
NOT_FOUND_STYLE = "color: #a00000;"


class FindBar(QWidget):
    """Find a text in the page as it is typed; Enter and F3 find the next hit, Shift+F3 the previous."""

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = browser
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Cari di panduan"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(lambda _text: self.find_from_start_of_hit())
        self.edit.returnPressed.connect(self.find_next)
        self.status = QLabel(self)
        self.status.setStyleSheet(NOT_FOUND_STYLE)
        previous = QToolButton(self)
        previous.setText(self.tr("Sebelumnya"))
        previous.setToolTip(self.tr("Temuan sebelumnya (Shift+F3)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setText(self.tr("Berikutnya"))
        following.setToolTip(self.tr("Temuan berikutnya (F3)"))
        following.clicked.connect(self.find_next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.status)

    def start(self) -> None:
        """Show the bar; finding starts at the top of what is on screen, unless a hit is selected."""
        if not self.browser.textCursor().hasSelection():
            self.browser.setTextCursor(self.browser.cursorForPosition(QPoint(0, 0)))
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def find_from_start_of_hit(self) -> bool:
        """As the text is typed: the first hit from where the last one began, so it grows in place."""
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        return self.find_next()

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """The next hit in that direction, going round the page's end once; says when there is none."""
        text = self.edit.text()
        found = not text or self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else self.tr("Tidak ditemukan"))
        return found


class HelpWindow(QMainWindow):
    """The manual in the UI's language, opened at ``section`` (its start when None)."""

    def __init__(self, parent: QWidget | None = None, section: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Panduan {app}").format(app=APP_NAME))
        self.path = manual_path()
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._show_in_contents)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Daftar isi"))
        self.contents.setWordWrap(True)  # a long title takes two lines rather than a sideways scroll
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for heading in read_outline(self.path).headings:
            item = QListWidgetItem(("    " if heading.level > 2 else "") + heading.title, self.contents)
            item.setData(ANCHOR_ROLE, heading.anchor)
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.find_bar = FindBar(self.browser, self)
        self.find_bar.hide()
        self._build_actions()

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.browser, 1)
        page_layout.addWidget(self.find_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(page)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([CONTENTS_WIDTH, PREFERRED_SIZE.width() - CONTENTS_WIDTH])
        self.setCentralWidget(splitter)
        self._fit_to_screen()
        self.open_section(section)

    def _build_actions(self) -> None:
        self.back_action = add_action(self, self.tr("&Kembali"), self.browser.backward, "Alt+Left",
                                      self.tr("Kembali ke bagian sebelumnya (Alt+Left)"))
        self.forward_action = add_action(self, self.tr("&Maju"), self.browser.forward, "Alt+Right",
                                         self.tr("Maju lagi (Alt+Right)"))
        self.start_action = add_action(self, self.tr("&Awal"), lambda: self.open_section(None), None,
                                       self.tr("Awal panduan dan daftar isi (Alt+Home, F1)"))
        self.start_action.setShortcuts([QKeySequence("Alt+Home"), QKeySequence(QKeySequence.StandardKey.HelpContents)])
        self.find_action = add_action(self, self.tr("&Cari"), self.find_bar.start, QKeySequence.StandardKey.Find,
                                      self.tr("Cari kata di panduan (Ctrl+F)"))
        add_action(self, self.tr("Temuan berikutnya"), lambda: self._find_again(backward=False),
                   QKeySequence.StandardKey.FindNext)
        add_action(self, self.tr("Temuan sebelumnya"), lambda: self._find_again(backward=True),
                   QKeySequence.StandardKey.FindPrevious)
        add_action(self, self.tr("Tutup"), self.close, QKeySequence.StandardKey.Close)
        for action, available in ((self.back_action, self.browser.backwardAvailable),
                                  (self.forward_action, self.browser.forwardAvailable)):
            action.setEnabled(False)
            available.connect(action.setEnabled)
        toolbar = self.addToolBar(self.tr("Navigasi panduan"))
        toolbar.setObjectName("help_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.back_action, self.forward_action, self.start_action, self.find_action])

    def _fit_to_screen(self) -> None:
        """The preferred size, or less on a small screen, centred on the screen of the window it belongs to."""
        screen_fit.fit_to_screen(self, PREFERRED_SIZE)
        frame = self.frameGeometry()
        frame.moveCenter(screen_fit.available_geometry(self).center())
        self.move(frame.topLeft())

    # --- navigation -----------------------------------------------------------------------

    def open_section(self, section: str | None) -> None:
        """Show ``section`` (an anchor of the manual), or the manual's start when None."""
        self.browser.setSource(section_url(self.path, section))
        if not section:
            self.browser.verticalScrollBar().setValue(0)

    def _contents_chosen(self, item: QListWidgetItem) -> None:
        self.open_section(item.data(ANCHOR_ROLE))

    def _show_in_contents(self, url: QUrl) -> None:
        """Select the section shown, so the contents list says where the reader is."""
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(ANCHOR_ROLE) == url.fragment():
                self.contents.setCurrentItem(item)
                return
        self.contents.clearSelection()

    def _find_again(self, backward: bool) -> None:
        """F3 and Shift+F3: the next or previous hit, or the find bar first when it is closed."""
        if not self.find_bar.isVisible():
            self.find_bar.start()
        elif backward:
            self.find_bar.find_previous()
        else:
            self.find_bar.find_next()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc closes the find bar first, then the window."""
        if event.key() == Qt.Key.Key_Escape:
            if self.find_bar.isVisible():
                self.find_bar.hide()
                self.browser.setFocus()
            else:
                self.close()
            return
        super().keyPressEvent(event)
