#pragma once

#include <QByteArray>
#include <QPrintPreviewDialog>

class QBuffer;
class QPdfDocument;

namespace erp::app {

// A PDF the server rendered (a printed document, a report) in Qt's print preview: pages drawn
// at the printer's resolution one at a time, A4 in the orientation of the PDF's first page;
// printing goes to the printer chosen, "Save PDF…" writes the server's bytes unchanged.
class PdfPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    PdfPreviewDialog(const QByteArray &pdf, const QString &fileName, QWidget *parent = nullptr);
    ~PdfPreviewDialog() override;

    int pageCount() const;
    // Writes the PDF to `path`; false with *error naming the file when it cannot.
    bool savePdf(const QString &path, QString *error) const;
    // Draws every page on the printer (what printing and the preview do).
    void paintPages(QPrinter *printer);

private:
    void askAndSave();

    QByteArray m_pdf;
    QString m_fileName;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
};

} // namespace erp::app
