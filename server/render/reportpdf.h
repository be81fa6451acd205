#pragma once

#include "chartrequest.h"
#include "core/reports.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace erp::render {

struct PdfParameter
{
    QString title;
    QString value; // as a reader knows it: names of referenced objects, dates in the language
};

// A report's answer as printed: texts already translated, rows and totals as report.run has them.
struct ReportPdfInput
{
    QString title;
    QList<PdfParameter> params;
    QDateTime printedAt;
    QString printedBy;
    QList<erp::core::ReportColumn> columns; // titles translated by the caller into `columnTitles`
    QStringList columnTitles;
    QCborArray rows;
    QCborMap totals;
    std::optional<ChartRequest> chart; // drawn on the first page, as vectors
    bool landscape = false;
};

struct ReportPdf
{
    QByteArray pdf;
    int pages = 0;
};

// An A4 PDF with 15 mm margins: on every page the title, parameters and who printed it when,
// the table's column header and "Page n of N"; the chart on the first page; numbers right-aligned
// in the calling thread's language; the totals row after the last row. Runs on any thread (the
// chart alone is drawn on the GUI thread).
ReportPdf reportPdf(const ReportPdfInput &input);

} // namespace erp::render
