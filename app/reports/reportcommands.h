#pragma once

#include <QObject>
#include <QPageLayout>

class QAction;
class QToolButton;

namespace erp::app {

class ClientSession;
class PdfPreviewDialog;
class ReportView;

// A report view's Print and Export commands. Print (Ctrl+P) asks report.pdf for the view's
// current parameters in the orientation chosen in the button's menu (landscape by default
// for a report of more than five columns) and shows the PDF in the print preview; Export…
// (Ctrl+Shift+E) writes the rows shown (the last run's answer) to XLSX or CSV like a list's
// export. Errors are shown above the table like a run's.
class ReportCommands : public QObject
{
    Q_OBJECT

public:
    ReportCommands(ClientSession *session, ReportView *view);

    QToolButton *printButton() const { return m_printButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    QPageLayout::Orientation orientation() const;
    void setOrientation(QPageLayout::Orientation orientation);
    // Chooses the orientation by the report's columns (after report.describe).
    void setColumnCount(int columns);

    void print();
    // Writes the rows shown to path (*.csv or *.xlsx); false with *message saying why.
    bool exportTo(const QString &path, QString *message);

Q_SIGNALS:
    void previewOpened(erp::app::PdfPreviewDialog *dialog);
    void printFailed(const QString &message);

private:
    void askAndExport();
    QStringList parameterLines() const;

    ClientSession *m_session;
    ReportView *m_view;
    QAction *m_print;
    QAction *m_export;
    QAction *m_portrait;
    QAction *m_landscape;
    QToolButton *m_printButton;
    QToolButton *m_exportButton;
    int m_request = 0;
};

} // namespace erp::app
