"""In-app preview of a decrypted document, from memory only.

Why no temp file: "no plaintext client data on disk, ever". The decrypted bytes arrive from the
database worker (``operations.read_document``), stay in this widget's memory, and are dropped
on ``clear()`` (lock, another document, another matter). Images decode with ``QImage.fromData``;
PDFs render page by page with pypdfium2 from the in-memory bytes (QtPdf is not part of
PySide6-Essentials), on the CPU pool so the GUI thread never waits on a heavy page.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.i18n import translate
from ..core.operations import DocumentContent
from .tasks import TaskManager, error_text
from .widgets import hint

_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one rendering at a time
PAGE_WIDTH = 900  # pixels; the label scales down for display


def render_pdf_page(data: bytes, index: int, width: int = PAGE_WIDTH) -> tuple[QImage, int]:
    """Page ``index`` of the PDF held in ``data`` as an image, and the page count."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            pdf.init_forms()  # without a form environment PDFium leaves filled form fields blank
            count = len(pdf)
            page = pdf[max(0, min(index, count - 1))]
            bitmap = page.render(scale=width / page.get_width(), may_draw_forms=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32 if bitmap.n_channels == 4 else QImage.Format.Format_BGR888)
            image = image.copy()  # own the pixels before PDFium frees the bitmap
            bitmap.close()
            page.close()
        finally:
            pdf.close()
    return image, count


def decode_image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError(translate("PreviewPane", "This image could not be read."))
    return image


class PreviewPane(QWidget):
    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._content: DocumentContent | None = None
        self._page, self._pages = 0, 0
        self._generation = 0
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(translate("PreviewPane", "Document preview"))
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.image)
        self.status = hint(translate("PreviewPane", "Select a document and choose Preview (or press Enter)."), self)
        self.prev_button = QPushButton(translate("PreviewPane", "‹ Previous page"), self)
        self.next_button = QPushButton(translate("PreviewPane", "Next page ›"), self)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.status, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(self.area, 1)
        self._update_nav()

    @property
    def content(self) -> DocumentContent | None:
        return self._content

    @property
    def page_count(self) -> int:
        return self._pages

    def has_image(self) -> bool:
        pixmap = self.image.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def clear(self) -> None:
        """Drop the decrypted bytes and the rendered image."""
        self._generation += 1
        self._content = None
        self._page = self._pages = 0
        self.image.clear()
        self.status.setText(translate("PreviewPane", "Select a document and choose Preview (or press Enter)."))
        self._update_nav()

    def show_content(self, content: DocumentContent) -> None:
        self.clear()
        self._content = content
        if content.media_type == "application/pdf":
            self.show_page(0)
        elif content.media_type.startswith("image/"):
            self._render(lambda data=content.data: (decode_image(data), 1), content.title)
        else:
            self.status.setText(translate("PreviewPane", "“{title}” cannot be previewed here ({type}). Use Export "
                                                         "to open a copy with another program.")
                                .format(title=content.title, type=content.media_type))

    def show_page(self, index: int) -> None:
        if self._content is None or (self._pages and not 0 <= index < self._pages):
            return
        self._page = index
        data = self._content.data
        self._render(lambda: render_pdf_page(data, index), self._content.title)

    def _render(self, work, title: str) -> None:
        self._generation += 1
        generation = self._generation
        self.status.setText(translate("PreviewPane", "Opening “{title}”…").format(title=title))

        def done(future) -> None:
            if generation != self._generation:
                return  # cleared or another page asked for meanwhile
            if future.exception() is not None:
                self.status.setText(translate("PreviewPane", "“{title}” could not be shown: {error}")
                                    .format(title=title, error=error_text(future.exception())))
                return
            image, pages = future.result()
            self._pages = pages
            width = max(200, self.area.viewport().width() - 24)
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pixmap)
            self.status.setText(translate("PreviewPane", "{title} — page {page} of {pages}")
                                .format(title=title, page=self._page + 1, pages=pages) if pages > 1 else title)
            self._update_nav()
        self._tasks.run_cpu(work, done)

    def _update_nav(self) -> None:
        self.prev_button.setVisible(self._pages > 1)
        self.next_button.setVisible(self._pages > 1)
        self.prev_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < self._pages)
