#include "pdfpreview.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QToolBar>

namespace erp::app {

PdfPreviewDialog::PdfPreviewDialog(const QByteArray &pdf, const QString &fileName, QWidget *parent)
    : QPrintPreviewDialog(parent), m_pdf(pdf), m_fileName(fileName), m_buffer(new QBuffer(&m_pdf, this)),
      m_document(new QPdfDocument(this))
{
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    QPrinter *p = printer();
    p->setPageSize(QPageSize(QPageSize::A4));
    if (m_document->pageCount() > 0) {
        const QSizeF first = m_document->pagePointSize(0);
        p->setPageOrientation(first.width() > first.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
    p->setFullPage(true); // the PDF has its own margins
    p->setDocName(fileName);
    connect(this, &QPrintPreviewDialog::paintRequested, this, &PdfPreviewDialog::paintPages);
    if (auto *bar = findChild<QToolBar *>()) {
        auto *save = new QAction(tr("Save PDF…"), this);
        save->setObjectName(QStringLiteral("savePdf"));
        save->setShortcut(QKeySequence::Save);
        connect(save, &QAction::triggered, this, &PdfPreviewDialog::askAndSave);
        bar->addSeparator();
        bar->addAction(save);
    }
}

PdfPreviewDialog::~PdfPreviewDialog() = default;

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

void PdfPreviewDialog::paintPages(QPrinter *printer)
{
    QPainter painter(printer);
    // Pages as images at the printer's resolution, at most 300 dpi: one page in memory at a time.
    const int dpi = qMin(printer->resolution(), 300);
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer->newPage();
        const QSizeF points = m_document->pagePointSize(page);
        const QSize pixels((points * dpi / 72.0).toSize());
        const QImage image = m_document->render(page, pixels);
        const QRect target = painter.viewport();
        painter.drawImage(QRect(target.topLeft(), image.size().scaled(target.size(), Qt::KeepAspectRatio)), image);
    }
}

bool PdfPreviewDialog::savePdf(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.flush()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void PdfPreviewDialog::askAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), m_fileName, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        QMessageBox::warning(this, tr("Save PDF"), error);
}

} // namespace erp::app
